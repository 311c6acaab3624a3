// SPDX-License-Identifier: GPL-3.0-or-later
// A full disk and read-only media while a photo comes in, a book or letter goes out, and an
// older case is updated: a plain message, nothing half-written, the case as it was.
#include "../storage/testcase.h"
#include "bookexport.h"
#include "casecontentio.h"
#include "democase.h"
#include "diskfaults.h"
#include "letterexport.h"
#include "mediarepository.h"
#include "memorydialog.h"
#include "memoryrepository.h"
#include "photoimport.h"
#include "timelinecommands.h"
#include "timelinepane.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImageWriter>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QUndoStack>

using DiskFaults::FullDisk;
using DiskFaults::ReadOnlyFolder;

namespace {

// A camera-like photo: noise does not compress, so it really takes room on the disk.
Media photo(int side)
{
    QImage image(side, side * 3 / 4, QImage::Format_RGB32);
    QRandomGenerator grain(7);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x)
            line[x] = qRgb(int(grain.bounded(256)), 120, int(grain.bounded(256)));
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter(&buffer, "jpeg").write(image);
    const PhotoImport::Result r = PhotoImport::fromBytes(bytes, QStringLiteral("camera.jpg"));
    if (!r.ok())
        qFatal("photo import failed");
    return *r.media;
}

QByteArray fingerprint(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QStringList everythingIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

class TestDiskFaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void aPhotoOnAFullDiskIsRefusedAndTheStoryGoesOn();
    void aMemoryRefusedOnAFullDiskComesBackWithEverythingInIt();
    void aBookOnAFullDiskLeavesNoHalfPdf();
    void aLetterOnAFullDiskLeavesNoHalfPdf();
    void aBookOnReadOnlyMediaSaysSo();
    void anUpdateWithNoRoomForTheBackupChangesNothing();
    void anUpdateThatFillsTheDiskChangesNothing();
    void anUpdateOnReadOnlyMediaChangesNothing();
    void aCaseOnReadOnlyMediaIsNotChanged();

private:
    QString path(const char *name) const { return m_dir->filePath(QString::fromLatin1(name)); }
    QString makeOldCase(const char *name);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDiskFaults::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

// A version-5 case with about a megabyte of pictures, as an older Belonging left it.
QString TestDiskFaults::makeOldCase(const char *name)
{
    const QString old = path(name);
    auto file = TestCase::create(old);
    if (!file)
        return {};
    MediaRepository media(*file);
    for (int i = 0; i < 4; ++i) {
        Media m = photo(640);
        if (media.add(m))
            return {};
    }
    // VACUUM: no free pages left where the dropped tables were, so updating must grow the file.
    return TestCase::downgradeToVersion5(*file) &&
                   QSqlQuery(file->database()).exec(QStringLiteral("VACUUM"))
               ? old
               : QString();
}

void TestDiskFaults::aPhotoOnAFullDiskIsRefusedAndTheStoryGoesOn()
{
    auto file = TestCase::create(path("story.belonging"));
    QVERIFY(file);
    auto model = TestCase::model(*file);
    TimelineDocument doc(*model);
    QVERIFY(!doc.load());
    QUndoStack stack;
    QSignalSpy failed(&doc, &TimelineDocument::failed);
    Memory before;
    before.title = QStringLiteral("First day at school");
    Command::addMemory(stack, doc, before, {photo(200)});
    QCOMPARE(failed.size(), 0);

    const Media big = photo(1400);
    QVERIFY(big.data.size() > 256 * 1024);
    {
        FullDisk full(QFileInfo(file->path()).size() + 64 * 1024);
        QVERIFY(full.ok());
        Memory beach;
        beach.title = QStringLiteral("The beach");
        Command::addMemory(stack, doc, beach, {big});
    }
    QCOMPARE(failed.size(), 1);
    const auto error = failed.first().first().value<StorageError>();
    QCOMPARE(error.kind(), StorageError::Kind::DiskFull);
    QVERIFY(error.message().contains(QStringLiteral("disk is full")));
    QCOMPARE(stack.count(), 1); // the refused memory is not an undo step
    QCOMPARE(doc.memories().size(), 1);

    // Room again: the open story carries on where it was.
    Memory after;
    after.title = QStringLiteral("Swimming badge");
    Command::addMemory(stack, doc, after, {photo(200)});
    QCOMPARE(failed.size(), 1);
    QCOMPARE(doc.memories().size(), 2);

    file->close();
    StorageError openError;
    auto again = TestCase::open(path("story.belonging"), &openError);
    QVERIFY2(again, qPrintable(openError.detail()));
    QVERIFY(!again->checkIntegrity());
    QStringList titles;
    for (const Memory &m : MemoryRepository(*again).all())
        titles << m.title;
    titles.sort();
    QCOMPARE(titles, QStringList({QStringLiteral("First day at school"),
                                  QStringLiteral("Swimming badge")}));
    QCOMPARE(MediaRepository(*again).thumbnails().size(), 2);
}

// What was typed and chosen is not lost to a full disk: after the message the memory's window
// comes back as it was, to try again with room (or a smaller photo), or to cancel.
void TestDiskFaults::aMemoryRefusedOnAFullDiskComesBackWithEverythingInIt()
{
    auto file = TestCase::create(path("story.belonging"));
    QVERIFY(file);
    auto model = TestCase::model(*file);
    QUndoStack stack;
    TimelinePane pane;
    pane.setCase(model.get(), &stack);
    QSignalSpy errors(&pane, &TimelinePane::errorOccurred);
    const QString photoFile = path("beach.jpg");
    {
        QFile f(photoFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QImage big(2400, 1800, QImage::Format_RGB32);
        QRandomGenerator grain(3);
        for (int y = 0; y < big.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(big.scanLine(y));
            for (int x = 0; x < big.width(); ++x)
                line[x] = qRgb(int(grain.bounded(256)), 90, int(grain.bounded(256)));
        }
        QVERIFY(big.save(&f, "JPEG", 90));
    }
    std::unique_ptr<FullDisk> full;
    int runs = 0;
    QStringList titlesSeen;
    int photosSeen = -1;
    pane.setRunDialog([&](QDialog *dialog) {
        auto *memory = qobject_cast<MemoryDialog *>(dialog);
        if (!memory)
            return int(QDialog::Rejected);
        ++runs;
        titlesSeen << memory->titleEdit()->text();
        if (runs == 1) {
            QTest::keyClicks(memory->titleEdit(), QStringLiteral("The beach"));
            full = std::make_unique<FullDisk>(QFileInfo(file->path()).size() + 32 * 1024);
            return int(QDialog::Accepted);
        }
        photosSeen = int(memory->photos().size());
        full.reset(); // room again
        return int(QDialog::Accepted);
    });
    pane.addMemory({photoFile});
    QCOMPARE(runs, 2);
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().first().toString().contains(QStringLiteral("disk is full")));
    QCOMPARE(titlesSeen.value(1), QStringLiteral("The beach")); // as it was typed
    QCOMPARE(photosSeen, 1);
    const QList<Memory> stored = MemoryRepository(*file).all();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().title, QStringLiteral("The beach"));
    QCOMPARE(stack.count(), 1);
}

void TestDiskFaults::aBookOnAFullDiskLeavesNoHalfPdf()
{
    const QString story = path("demo.belonging");
    {
        auto file = TestCase::create(story);
        QVERIFY(file);
        CaseContent demo = DemoCase::build();
        QVERIFY(!CaseContentIO::write(*file, demo));
    }
    const QByteArray before = fingerprint(story);
    StorageError error;
    auto file = TestCase::open(story, &error);
    QVERIFY(file);
    BookExport book(*file, BookOptions{});
    QVERIFY(!book.prepare());
    QString problem;
    {
        FullDisk full(48 * 1024);
        QVERIFY(full.ok());
        problem = book.writePdf(path("book.pdf"));
    }
    QVERIFY2(problem.contains(QStringLiteral("the disk is full")), qPrintable(problem));
    QVERIFY(!problem.contains(m_dir->path())); // no paths in messages
    QCOMPARE(everythingIn(m_dir->path()), QStringList{QStringLiteral("demo.belonging")});
    file->close();
    QCOMPARE(fingerprint(story), before);
    // With room, the same book is written whole.
    auto reopened = TestCase::open(story, &error);
    QVERIFY(reopened);
    BookExport again(*reopened, BookOptions{});
    QVERIFY(!again.prepare());
    QCOMPARE(again.writePdf(path("book.pdf")), QString());
    QVERIFY(QFileInfo(path("book.pdf")).size() > 48 * 1024);
}

void TestDiskFaults::aLetterOnAFullDiskLeavesNoHalfPdf()
{
    LaterLifeLetter letter;
    letter.to = QStringLiteral("Jade");
    QStringList paragraphs;
    for (int i = 0; i < 60; ++i)
        paragraphs << QStringLiteral("This is part %1 of your story, written for you.").arg(i);
    letter.setSection({LetterSection::Kind::Birth, paragraphs.join(QStringLiteral("\n\n")), false});
    QString problem;
    {
        FullDisk full(8 * 1024);
        QVERIFY(full.ok());
        problem = LetterExport(letter, {}).writePdf(path("letter.pdf"));
    }
    QVERIFY2(problem.contains(QStringLiteral("the disk is full")), qPrintable(problem));
    QVERIFY(everythingIn(m_dir->path()).isEmpty());
}

void TestDiskFaults::aBookOnReadOnlyMediaSaysSo()
{
    const QString story = path("demo.belonging");
    auto file = TestCase::create(story);
    QVERIFY(file);
    CaseContent demo = DemoCase::build();
    QVERIFY(!CaseContentIO::write(*file, demo));
    BookExport book(*file, BookOptions{});
    QVERIFY(!book.prepare());
    QDir(m_dir->path()).mkdir(QStringLiteral("stick"));
    const QString stick = path("stick");
    QString problem;
    {
        ReadOnlyFolder readOnly(stick);
        QVERIFY(readOnly.holds());
        problem = book.writePdf(QDir(stick).filePath(QStringLiteral("book.pdf")));
    }
    QVERIFY2(problem.contains(QStringLiteral("can't change that folder")), qPrintable(problem));
    QVERIFY(everythingIn(stick).isEmpty());
}

// The backup of an older case cannot be written: the case is not touched, and the message
// says what to do.
void TestDiskFaults::anUpdateWithNoRoomForTheBackupChangesNothing()
{
    const QString old = makeOldCase("old.belonging");
    QVERIFY(!old.isEmpty());
    const QByteArray before = fingerprint(old);
    StorageError error;
    {
        FullDisk full(QFileInfo(old).size() / 2);
        QVERIFY(full.ok());
        QVERIFY(!TestCase::open(old, &error));
    }
    QCOMPARE(error.kind(), StorageError::Kind::CannotUpdateHere);
    QVERIFY(error.message().contains(QStringLiteral("Nothing has been changed")));
    QVERIFY(!error.message().contains(m_dir->path()));
    QCOMPARE(fingerprint(old), before);
    QCOMPARE(everythingIn(m_dir->path()), QStringList{QStringLiteral("old.belonging")});

    auto file = TestCase::open(old, &error); // room again: it updates, with its backup
    QVERIFY2(file, qPrintable(error.detail()));
    QVERIFY(QFile::exists(old + QStringLiteral(".v5-backup.belonging")));
    QCOMPARE(MediaRepository(*file).thumbnails().size(), 4);
}

// The backup fits but the update itself does not, wherever in the update the disk fills: all
// of it is undone, never half of it.
void TestDiskFaults::anUpdateThatFillsTheDiskChangesNothing()
{
    int refused = 0;
    for (int pages = 1; pages <= 24; ++pages) {
        QVERIFY(QDir(m_dir->path()).removeRecursively() && QDir().mkpath(m_dir->path()));
        const QString old = makeOldCase("old.belonging");
        QVERIFY(!old.isEmpty());
        const qint64 size = QFileInfo(old).size();
        StorageError error;
        {
            FullDisk full(size + pages * 4096);
            QVERIFY(full.ok());
            if (TestCase::open(old, &error))
                break; // room enough from here on
        }
        ++refused;
        QCOMPARE(error.kind(), StorageError::Kind::CannotUpdateHere);
        // The spare copy is gone too: the case is its own backup, and the disk is full.
        QCOMPARE(everythingIn(m_dir->path()), QStringList{QStringLiteral("old.belonging")});
        // The pages rolled back are encrypted afresh, so the bytes differ; what they hold does
        // not. Opened with room, the case is still version 5 (the backup is named by the
        // version found), and whole.
        QCOMPARE(QFileInfo(old).size(), size);
        auto file = TestCase::open(old, &error);
        QVERIFY2(file, qPrintable(error.detail()));
        QVERIFY2(QFile::exists(old + QStringLiteral(".v5-backup.belonging")),
                 qPrintable(everythingIn(m_dir->path()).join(QLatin1Char(' '))));
        QCOMPARE(MediaRepository(*file).thumbnails().size(), 4);
        QVERIFY(!file->checkIntegrity());
        QVERIFY(file->database().tables().contains(QStringLiteral("letter")));
    }
    QVERIFY2(refused >= 2, qPrintable(QString::number(refused))); // the disk filled in the update
}

void TestDiskFaults::anUpdateOnReadOnlyMediaChangesNothing()
{
    QDir(m_dir->path()).mkdir(QStringLiteral("stick"));
    const QString old = makeOldCase("stick/old.belonging");
    QVERIFY(!old.isEmpty());
    const QByteArray before = fingerprint(old);
    StorageError error;
    {
        ReadOnlyFolder readOnly(path("stick"));
        QVERIFY(readOnly.holds());
        QVERIFY(!TestCase::open(old, &error));
    }
    QVERIFY2(error.kind() == StorageError::Kind::CannotUpdateHere ||
                 error.kind() == StorageError::Kind::ReadOnlyLocation,
             qPrintable(error.detail()));
    QVERIFY(error.message().contains(QStringLiteral("Documents folder")));
    QCOMPARE(fingerprint(old), before);
    QCOMPARE(everythingIn(path("stick")), QStringList{QStringLiteral("old.belonging")});
}

void TestDiskFaults::aCaseOnReadOnlyMediaIsNotChanged()
{
    QDir(m_dir->path()).mkdir(QStringLiteral("stick"));
    const QString story = path("stick/story.belonging");
    {
        auto file = TestCase::create(story);
        QVERIFY(file);
        Memory m;
        m.title = QStringLiteral("Kept");
        QVERIFY(!MemoryRepository(*file).add(m));
    }
    const QByteArray before = fingerprint(story);
    StorageError error;
    {
        ReadOnlyFolder readOnly(path("stick"));
        QVERIFY(readOnly.holds());
        auto file = TestCase::open(story, &error);
        if (file) { // opened for reading: any change is refused plainly
            Memory m;
            m.title = QStringLiteral("Refused");
            error = MemoryRepository(*file).add(m);
        }
    }
    QCOMPARE(error.kind(), StorageError::Kind::ReadOnlyLocation);
    QVERIFY(error.message().contains(QStringLiteral("Documents folder")));
    QCOMPARE(fingerprint(story), before);
    QCOMPARE(everythingIn(path("stick")), QStringList{QStringLiteral("story.belonging")});
}

QTEST_MAIN(TestDiskFaults)
#include "tst_diskfaults.moc"
