// SPDX-License-Identifier: GPL-3.0-or-later
#include "casefile.h"
#include "gedcomreader.h"
#include "memoryrepository.h"
#include "personrepository.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// The real belonging executable, driven as a script would: passphrase on standard input, a
// one-line verdict, and an exit code per outcome.
class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoThenCheckIsFine();
    void checkReportsEachProblemWithItsOwnExitCode_data();
    void checkReportsEachProblemWithItsOwnExitCode();
    void passphraseIsNeverTakenFromAnArgument();
    void versionAndHelpNeedNoDisplay();
    void exportWritesEachAudiencesPdf();
    void handoverMakesACopyTheReceiverCanOpen();
    void handoverRefusesWhatItCannotDo();
    void archiveThenImportBringsTheStoryBack();
    void mergeBringsInTheOtherCopyAndAsksBeforeSettlingQuestions();
    void aMergeKilledPartWayLeavesTheCaseAsItWas();
    void gedcomExportThenImportIntoANewStory();
    void gedcomImportReportsWhatItCannotRead();

private:
    struct Run
    {
        int code;
        QString out;
        QString err;
    };
    Run run(const QStringList &args, const QByteArray &input = {});
    QTemporaryDir m_dir;
    QString m_demo;
};

TestCommandLine::Run TestCommandLine::run(const QStringList &args, const QByteArray &input)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(BELONGING_EXE), args);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000))
        return {-1, {}, {}};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void TestCommandLine::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.belonging"));
    const Run r = run({QStringLiteral("demo"), m_demo}, "a demo passphrase\n");
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(QFile::exists(m_demo));
}

void TestCommandLine::demoThenCheckIsFine()
{
    const Run r = run({QStringLiteral("check"), m_demo}, "a demo passphrase\n");
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.trimmed().count(QLatin1Char('\n')), 0); // one line
    QVERIFY(r.out.startsWith(QLatin1String("Fine")));
    // the demo refuses to overwrite
    QCOMPARE(run({QStringLiteral("demo"), m_demo}, "a demo passphrase\n").code, 1);
}

void TestCommandLine::checkReportsEachProblemWithItsOwnExitCode_data()
{
    QTest::addColumn<QByteArray>("fileBytes");
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("wrong passphrase") << QByteArray() << QByteArray("not it\n") << 2;
    QTest::newRow("not a case") << QByteArray("just some text") << QByteArray("x\n") << 3;
    QTest::newRow("damaged") << QByteArray(5000, 'z') << QByteArray("x\n") << 4;
}

void TestCommandLine::checkReportsEachProblemWithItsOwnExitCode()
{
    QFETCH(QByteArray, fileBytes);
    QFETCH(QByteArray, passphrase);
    QFETCH(int, exitCode);
    QString path = m_demo;
    if (!fileBytes.isEmpty()) {
        path = m_dir.filePath(QStringLiteral("other.belonging"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(fileBytes);
    }
    const Run r = run({QStringLiteral("check"), path}, passphrase);
    QCOMPARE(r.code, exitCode);
    QVERIFY(!r.out.trimmed().isEmpty());
    QVERIFY(!r.out.contains(QString::fromUtf8(passphrase.trimmed())));
}

void TestCommandLine::passphraseIsNeverTakenFromAnArgument()
{
    // Extra arguments are a usage error, not a passphrase.
    const Run r = run({QStringLiteral("check"), m_demo, QStringLiteral("a demo passphrase")});
    QCOMPARE(r.code, 64);
    QCOMPARE(run({QStringLiteral("check"), m_demo}).code, 64); // nothing on stdin
}

void TestCommandLine::versionAndHelpNeedNoDisplay()
{
    const Run version = run({QStringLiteral("--version")});
    QCOMPARE(version.code, 0);
    QVERIFY(version.out.startsWith(QLatin1String("Belonging ")));
    const Run help = run({QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains(QLatin1String("check PATH")));
}

void TestCommandLine::exportWritesEachAudiencesPdf()
{
    const QString court = m_dir.filePath(QStringLiteral("court.pdf"));
    Run r = run({QStringLiteral("export"), QStringLiteral("--audience"), QStringLiteral("court"),
                 m_demo, QStringLiteral("-o"), court},
                "a demo passphrase\n");
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("Left out: Addresses and phone numbers")));
    QFile pdf(court);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    // Letter pages for the child's book.
    const QString book = m_dir.filePath(QStringLiteral("book.pdf"));
    r = run({QStringLiteral("export"), QStringLiteral("--audience"), QStringLiteral("book"), m_demo,
             QStringLiteral("-o"), book, QStringLiteral("--page-size"), QStringLiteral("letter")},
            "a demo passphrase\n");
    QCOMPARE(r.code, 0);
    QVERIFY(QFileInfo(book).size() > 10000);
    // A wrong passphrase writes nothing and says so with its own exit code.
    const QString wrong = m_dir.filePath(QStringLiteral("wrong.pdf"));
    r = run({QStringLiteral("export"), QStringLiteral("--audience"), QStringLiteral("family"),
             m_demo, QStringLiteral("-o"), wrong},
            "not the passphrase\n");
    QCOMPARE(r.code, 2);
    QVERIFY(!QFile::exists(wrong));
    // Usage mistakes: no audience, an unknown audience, no output.
    QCOMPARE(run({QStringLiteral("export"), m_demo, QStringLiteral("-o"), wrong}).code, 64);
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--audience"), QStringLiteral("aunt"),
                  m_demo, QStringLiteral("-o"), wrong})
                 .code,
             64);
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--audience"), QStringLiteral("court"),
                  m_demo})
                 .code,
             64);
}

void TestCommandLine::handoverMakesACopyTheReceiverCanOpen()
{
    const QString copy = m_dir.filePath(QStringLiteral("for family.belonging"));
    const QString letter = m_dir.filePath(QStringLiteral("letter.txt"));
    {
        QFile f(letter);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Dear Kelly, these are Maisie's memories.\n");
    }
    // No second line: a passphrase of words is made, and printed once.
    const Run r =
        run({QStringLiteral("handover"), QStringLiteral("--for"), QStringLiteral("birth-family"),
             m_demo, QStringLiteral("-o"), copy, QStringLiteral("--leave-out"),
             QStringLiteral("tyler"), QStringLiteral("--letter"), letter, QStringLiteral("--from"),
             QStringLiteral("Tom Okafor")},
            "a demo passphrase\n");
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(QFile::exists(copy));
    static const QRegularExpression words(QStringLiteral(": ([a-z]+(?: [a-z]+){5})\n"));
    const auto match = words.match(r.out);
    QVERIFY2(match.hasMatch(), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("Left out: A person chosen to be left out")));
    QVERIFY(r.out.contains(QLatin1String("where the child lives now")));
    QVERIFY(!r.out.contains(QLatin1String("a demo passphrase")));
    const Run check = run({QStringLiteral("check"), copy}, match.captured(1).toUtf8() + '\n');
    QCOMPARE(check.code, 0);
    // The original's passphrase does not open the copy.
    QCOMPARE(run({QStringLiteral("check"), copy}, "a demo passphrase\n").code, 2);

    // A passphrase of one's own, on the second line.
    const QString own = m_dir.filePath(QStringLiteral("for worker.belonging"));
    const Run mine = run({QStringLiteral("handover"), QStringLiteral("--for"),
                          QStringLiteral("worker"), m_demo, QStringLiteral("-o"), own},
                         "a demo passphrase\nthe worker's own passphrase\n");
    QVERIFY2(mine.code == 0, qPrintable(mine.err));
    QVERIFY(!mine.out.contains(QLatin1String("passphrase")));
    QCOMPARE(run({QStringLiteral("check"), own}, "the worker's own passphrase\n").code, 0);
}

void TestCommandLine::handoverRefusesWhatItCannotDo()
{
    const QString copy = m_dir.filePath(QStringLiteral("refused.belonging"));
    const auto handover = [&](const QStringList &extra, const QByteArray &input) {
        return run(QStringList{QStringLiteral("handover")} + extra, input);
    };
    QCOMPARE(handover({QStringLiteral("--for"), QStringLiteral("everyone"), m_demo,
                       QStringLiteral("-o"), copy},
                      "a demo passphrase\n")
                 .code,
             64);
    QCOMPARE(handover({QStringLiteral("--for"), QStringLiteral("adopters"), m_demo},
                      "a demo passphrase\n")
                 .code,
             64);
    QCOMPARE(handover({QStringLiteral("--for"), QStringLiteral("adopters"), m_demo,
                       QStringLiteral("-o"), copy},
                      "not it\n")
                 .code,
             2);
    const Run nobody =
        handover({QStringLiteral("--for"), QStringLiteral("adopters"), m_demo, QStringLiteral("-o"),
                  copy, QStringLiteral("--leave-out"), QStringLiteral("Nobody Atall")},
                 "a demo passphrase\n");
    QCOMPARE(nobody.code, 64);
    QVERIFY(nobody.err.contains(QLatin1String("Nobody Atall")));
    QVERIFY(!QFile::exists(copy));
    // An existing file is never replaced.
    {
        QFile f(copy);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
    }
    QCOMPARE(handover({QStringLiteral("--for"), QStringLiteral("adopters"), m_demo,
                       QStringLiteral("-o"), copy},
                      "a demo passphrase\nanother passphrase\n")
                 .code,
             1);
    QFile f(copy);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("keep me"));
    // A letter file that is not there is said, and nothing is made.
    const QString unwritten = m_dir.filePath(QStringLiteral("no-letter.belonging"));
    const Run noLetter = handover({QStringLiteral("--for"), QStringLiteral("adopters"), m_demo,
                                   QStringLiteral("-o"), unwritten, QStringLiteral("--letter"),
                                   m_dir.filePath(QStringLiteral("missing.txt"))},
                                  "a demo passphrase\n");
    QCOMPARE(noLetter.code, 64);
    QVERIFY(noLetter.err.contains(QLatin1String("letter file")));
    QVERIFY(!QFile::exists(unwritten));
    const Run help = handover({QStringLiteral("--help")}, {});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains(QLatin1String("--for new-carers|adopters")));
}

void TestCommandLine::archiveThenImportBringsTheStoryBack()
{
    const QString zip = m_dir.filePath(QStringLiteral("story.zip"));
    Run r = run({QStringLiteral("archive"), m_demo, QStringLiteral("-o"), zip},
                "a demo passphrase\narchive passphrase\n");
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("encrypted")));
    // Too short a passphrase for the archive is refused, not used.
    QCOMPARE(run({QStringLiteral("archive"), m_demo, QStringLiteral("-o"),
                  m_dir.filePath(QStringLiteral("short.zip"))},
                 "a demo passphrase\nshort\n")
                 .code,
             64);
    const QString back = m_dir.filePath(QStringLiteral("back.belonging"));
    QCOMPARE(run({QStringLiteral("import"), zip, QStringLiteral("-o"), back},
                 "wrong one\nnew story passphrase\n")
                 .code,
             2);
    QVERIFY(!QFile::exists(back));
    r = run({QStringLiteral("import"), zip, QStringLiteral("-o"), back},
            "archive passphrase\nnew story passphrase\n");
    QVERIFY2(r.code == 0, qPrintable(r.err));
    static const QRegularExpression counts(
        QStringLiteral("people: [1-9][0-9]*, memories: [1-9][0-9]*, pictures: [1-9][0-9]*"));
    QVERIFY2(counts.match(r.out).hasMatch(), qPrintable(r.out));
    QCOMPARE(run({QStringLiteral("check"), back}, "new story passphrase\n").code, 0);
    // Not an archive at all.
    const QString text = m_dir.filePath(QStringLiteral("notes.zip"));
    {
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("just some notes");
    }
    QCOMPARE(run({QStringLiteral("import"), text, QStringLiteral("-o"),
                  m_dir.filePath(QStringLiteral("never.belonging"))},
                 "\nnew story passphrase\n")
                 .code,
             3);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.belonging"))));
    QCOMPARE(run({QStringLiteral("archive"), QStringLiteral("--help")}).code, 0);
}

namespace {

std::unique_ptr<CaseFile> openDemoCopy(const QString &path)
{
    StorageError error;
    auto file =
        CaseFile::open(path, SecureBytes::fromUtf8(QStringLiteral("a demo passphrase")), &error);
    if (!file)
        qWarning("open: %s", qPrintable(error.detail()));
    return file;
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

std::optional<Person> personKnownAs(CaseFile &file, const QString &name)
{
    for (const Person &p : PersonRepository(file).all()) {
        if (p.displayName() == name)
            return p;
    }
    return std::nullopt;
}

} // namespace

void TestCommandLine::mergeBringsInTheOtherCopyAndAsksBeforeSettlingQuestions()
{
    // The carer's file and the worker's copy of it, copied as a file manager would.
    const QString mine = m_dir.filePath(QStringLiteral("carer.belonging"));
    const QString theirs = m_dir.filePath(QStringLiteral("worker.belonging"));
    QVERIFY(QFile::copy(m_demo, mine));
    QVERIFY(QFile::copy(m_demo, theirs));
    QString name;
    {
        auto file = openDemoCopy(theirs);
        QVERIFY(file);
        Person p = PersonRepository(*file).all().first();
        name = p.displayName();
        p.phone = QStringLiteral("01632 960001");
        QVERIFY(!PersonRepository(*file).update(p));
        Memory m;
        m.title = QStringLiteral("Ice skating with the worker");
        QVERIFY(!MemoryRepository(*file).add(m));
    }
    {
        auto file = openDemoCopy(mine);
        QVERIFY(file);
        Person p = *personKnownAs(*file, name);
        p.phone = QStringLiteral("01632 960999");
        QVERIFY(!PersonRepository(*file).update(p));
    }
    const QByteArray before = bytesOf(mine);
    const QByteArray both = "a demo passphrase\na demo passphrase\n";

    // Both changed the phone: listed, and nothing written until told how to settle it.
    Run r = run({QStringLiteral("merge"), mine, theirs}, both);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(QLatin1String("Both changed")) &&
                 r.out.contains(QLatin1String("Phone")) &&
                 r.out.contains(QLatin1String("01632 960999")) &&
                 r.out.contains(QLatin1String("01632 960001")),
             qPrintable(r.out));
    QVERIFY(r.err.contains(QLatin1String("Nothing was changed")));
    QCOMPARE(bytesOf(mine), before);

    // The other copy's passphrase wrong: exit code 2, nothing written.
    QCOMPARE(run({QStringLiteral("merge"), mine, theirs}, "a demo passphrase\nnot it\n").code, 2);
    QCOMPARE(bytesOf(mine), before);
    // Another story altogether.
    const QString stranger = m_dir.filePath(QStringLiteral("stranger.belonging"));
    QCOMPARE(run({QStringLiteral("demo"), stranger}, "a demo passphrase\n").code, 0);
    r = run({QStringLiteral("merge"), mine, stranger}, both);
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QLatin1String("not a copy of this one")));
    QCOMPARE(run({QStringLiteral("merge"), mine}, both).code, 64);
    QCOMPARE(run({QStringLiteral("merge"), mine, mine}, both).code, 64); // the same file twice
    // The other copy not there: said plainly, nothing changed.
    r = run({QStringLiteral("merge"), mine, m_dir.filePath(QStringLiteral("gone.belonging"))},
            both);
    QCOMPARE(r.code, 1);
    QVERIFY(!r.err.trimmed().isEmpty());
    QCOMPARE(bytesOf(mine), before);

    r = run({QStringLiteral("merge"), mine, theirs, QStringLiteral("--theirs")}, both);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("1 new, 1 changed, 0 removed")), qPrintable(r.out));
    {
        auto file = openDemoCopy(mine);
        QVERIFY(file);
        QCOMPARE(personKnownAs(*file, name)->phone, QStringLiteral("01632 960001"));
        bool found = false;
        for (const Memory &m : MemoryRepository(*file).all())
            found = found || m.title == QLatin1String("Ice skating with the worker");
        QVERIFY(found);
    }
    r = run({QStringLiteral("merge"), mine, theirs}, both);
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QLatin1String("Nothing to bring in")));
    QCOMPARE(run({QStringLiteral("merge"), QStringLiteral("--help")}).code, 0);
}

void TestCommandLine::aMergeKilledPartWayLeavesTheCaseAsItWas()
{
    const QString mine = m_dir.filePath(QStringLiteral("killed.belonging"));
    const QString theirs = m_dir.filePath(QStringLiteral("killed-other.belonging"));
    QVERIFY(QFile::copy(m_demo, mine));
    QVERIFY(QFile::copy(m_demo, theirs));
    int memoriesBefore = 0;
    {
        auto file = openDemoCopy(mine);
        QVERIFY(file);
        memoriesBefore = int(MemoryRepository(*file).all().size());
    }
    constexpr int kAdded = 3000;
    {
        auto file = openDemoCopy(theirs);
        QVERIFY(file);
        QVERIFY(!file->beginBatch());
        for (int i = 0; i < kAdded; ++i) {
            Memory m;
            m.title = QStringLiteral("Added in the other copy, number %1").arg(i);
            QVERIFY(!MemoryRepository(*file).add(m));
        }
        QVERIFY(!file->endBatch(true));
    }
    // Killed at a different moment each time, the merge has either happened whole or not at
    // all: the case opens, is whole, and holds all the new memories or none.
    QRandomGenerator rng(17);
    int whole = 0, none = 0;
    for (int round = 0; round < 4; ++round) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(BELONGING_EXE), {QStringLiteral("merge"), mine, theirs});
        p.write("a demo passphrase\na demo passphrase\n");
        p.closeWriteChannel();
        QVERIFY(p.waitForStarted());
        QTest::qWait(1500 + int(rng.bounded(2500)));
        if (p.state() != QProcess::NotRunning)
            ::kill(pid_t(p.processId()), SIGKILL);
        p.waitForFinished(60000);
        auto file = openDemoCopy(mine);
        QVERIFY(file);
        QVERIFY(!file->checkIntegrity());
        const int now = int(MemoryRepository(*file).all().size());
        QVERIFY2(now == memoriesBefore || now == memoriesBefore + kAdded,
                 qPrintable(QString::number(now)));
        (now == memoriesBefore ? none : whole)++;
        if (now != memoriesBefore)
            break; // merged: the rest would find nothing to bring in
    }
    QVERIFY(whole + none > 0);
}

void TestCommandLine::gedcomExportThenImportIntoANewStory()
{
    const QString tree = m_dir.filePath(QStringLiteral("maisie.ged"));
    Run r = run(
        {QStringLiteral("gedcom"), QStringLiteral("export"), m_demo, QStringLiteral("-o"), tree},
        "a demo passphrase\n");
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("Wrote 8 people and 3 families")));
    QVERIFY(r.out.contains(QStringLiteral("Left out: 2 people marked private")));
    QFile file(tree);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray ged = file.readAll();
    QVERIFY(ged.startsWith("0 HEAD"));
    QVERIFY(!ged.contains("Hughes"));      // Ruby's adopters are private
    QVERIFY(!ged.contains("Larch Close")); // nothing but the family's shape
    QCOMPARE(QFileInfo(tree).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());

    // A new, empty story takes the tree in; Maisie in the file is the child.
    const QString fresh = m_dir.filePath(QStringLiteral("fresh.belonging"));
    QCOMPARE(run({QStringLiteral("demo"), fresh}, "fresh passphrase\n").code, 0);
    const QString empty = m_dir.filePath(QStringLiteral("empty.belonging"));
    {
        StorageError error;
        auto created =
            CaseFile::create(empty, SecureBytes::fromUtf8(QStringLiteral("empty pass")), &error);
        QVERIFY(created);
    }
    r = run({QStringLiteral("gedcom"), QStringLiteral("import"), empty, tree,
             QStringLiteral("--child"), QStringLiteral("@I0@")},
            "empty pass\n");
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Added 7 people and 3 families.")), qPrintable(r.out));
    StorageError error;
    auto opened =
        CaseFile::open(empty, SecureBytes::fromUtf8(QStringLiteral("empty pass")), &error);
    QVERIFY(opened);
    QSqlQuery q(opened->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM parent_link WHERE child IS NULL")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 2); // Mum and Dad are the child's parents
    // Importing twice adds new people again, never changes anyone there.
    opened.reset();
    QCOMPARE(
        run({QStringLiteral("gedcom"), QStringLiteral("import"), empty, tree}, "empty pass\n").code,
        0);
    QCOMPARE(run({QStringLiteral("gedcom"), QStringLiteral("import"), empty, tree}, "wrong\n").code,
             2);
}

void TestCommandLine::gedcomImportReportsWhatItCannotRead()
{
    const QString tree = m_dir.filePath(QStringLiteral("odd.ged"));
    QFile file(tree);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("0 HEAD\n1 CHAR UTF-8\n0 @I1@ INDI\n1 NAME Ann /Lee/\n1 BIRT\n2 DATE 31 FEB "
               "1990\n0 @F1@ FAM\n1 HUSB @I9@\n1 CHIL @I1@\n0 TRLR\n");
    file.close();
    const QString empty = m_dir.filePath(QStringLiteral("odd.belonging"));
    {
        StorageError error;
        QVERIFY(CaseFile::create(empty, SecureBytes::fromUtf8(QStringLiteral("odd pass")), &error));
    }
    Run r = run({QStringLiteral("gedcom"), QStringLiteral("import"), empty, tree}, "odd pass\n");
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Added 1 person and 0 families.")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("Line 6: the date")));       // 31 February
    QVERIFY(r.out.contains(QStringLiteral("Line 7: a family names"))); // someone not there
    // Not a family tree at all: nothing added, exit 1.
    const QString notTree = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile notes(notTree);
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("Shopping: milk, bread\n");
    notes.close();
    r = run({QStringLiteral("gedcom"), QStringLiteral("import"), empty, notTree}, "odd pass\n");
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QStringLiteral("No people were found")));
    QCOMPARE(run({QStringLiteral("gedcom"), QStringLiteral("import"), empty,
                  m_dir.filePath(QStringLiteral("missing.ged"))},
                 "odd pass\n")
                 .code,
             1);
    // Far bigger than any family tree: refused before it is read (a sparse file).
    const QString huge = m_dir.filePath(QStringLiteral("huge.ged"));
    QFile big(huge);
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(GedcomReader::kMaxBytes + 1));
    big.close();
    r = run({QStringLiteral("gedcom"), QStringLiteral("import"), empty, huge}, "odd pass\n");
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QStringLiteral("far bigger")));
    QCOMPARE(run({QStringLiteral("gedcom"), QStringLiteral("sideways"), empty}).code, 64);
    QCOMPARE(run({QStringLiteral("gedcom"), QStringLiteral("export"), empty}).code, 64);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
