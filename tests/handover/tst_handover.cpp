// SPDX-License-Identifier: GPL-3.0-or-later
// Hand-over copies, checked the way a suspicious reader would: each copy is decrypted with the
// real sqlcipher tool and every table dumped, and what the receiver may not have must appear
// nowhere in it — not in a name, a note, a letter, or the bytes of a picture.
#include "casecontentio.h"
#include "diskfaults.h"
#include "handmadecase.h"
#include "handoverplan.h"
#include "handoverrepository.h"
#include "handoverwriter.h"
#include "passphrasewords.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Receiver = HandoverRecord::Receiver;
using HandMade::handMadeCase;
using HandMade::picture;

namespace {

const char *const kPass = "the original story's passphrase";

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

} // namespace

class TestHandover : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void eachReceiverGetsOnlyWhatTheyMayHave_data();
    void eachReceiverGetsOnlyWhatTheyMayHave();
    void peopleChosenToBeLeftOutAreNowhere();
    void bothFilesRecordTheHandoverAndTheLetterIsShownOnce();
    void theCopyIsARealCaseTheReceiverCanAddTo();
    void aCopyThatCannotBeMadeLeavesNothing();
    void generatedPassphrasesAreWordsAndStrong();
    void receiverKeysRoundTrip();

private:
    // Makes the copy with a fast key and returns every table of it, decrypted by sqlcipher.
    QString handOverAndDump(Receiver receiver, const QSet<ItemId> &leaveOut = {});
    QString dump(const QString &path, const CaseFile::Key &key);

    QTemporaryDir m_dir;
    QString m_source;
    CaseContent m_content; // with the ids the source file gave it
    int m_copies = 0;
};

void TestHandover::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("sqlcipher")).isEmpty(),
             "scripts/install-deps installs the sqlcipher tool");
    m_source = m_dir.filePath(QStringLiteral("Jade.belonging"));
    StorageError error;
    auto file = CaseFile::create(m_source, SecureBytes::fromUtf8(QString::fromUtf8(kPass)), &error,
                                 KdfParams::fastForTests());
    QVERIFY2(file, qPrintable(error.detail()));
    m_content = handMadeCase();
    QVERIFY(!CaseContentIO::write(*file, m_content));
}

QString TestHandover::dump(const QString &path, const CaseFile::Key &key)
{
    const QString spec =
        hex(QByteArray(key.key.chars(), qsizetype(key.key.size()))) + hex(key.salt);
    QProcess tool;
    tool.start(QStringLiteral("sqlcipher"),
               {QStringLiteral("-cmd"), QStringLiteral("PRAGMA key = \"x'%1'\";").arg(spec),
                QStringLiteral("-cmd"), QStringLiteral("PRAGMA cipher_page_size = 4096;"), path,
                QStringLiteral(".dump")});
    if (!tool.waitForFinished(60000))
        return {};
    const QString out = QString::fromUtf8(tool.readAllStandardOutput());
    return out.contains(QLatin1String("CREATE TABLE child")) ? out : QString();
}

QString TestHandover::handOverAndDump(Receiver receiver, const QSet<ItemId> &leaveOut)
{
    StorageError error;
    auto source = CaseFile::open(m_source, SecureBytes::fromUtf8(QString::fromUtf8(kPass)), &error,
                                 KdfParams::fastForTests());
    if (!source)
        return {};
    const QString path = m_dir.filePath(QStringLiteral("copy-%1.belonging").arg(++m_copies));
    const CaseFile::Key key = CaseFile::newKey(SecureBytes::fromUtf8(PassphraseWords::generate()),
                                               KdfParams::fastForTests());
    HandoverWriter::Request request;
    request.receiver = receiver;
    request.leaveOut = leaveOut;
    request.from = QStringLiteral("Helen Roy");
    request.letter = QStringLiteral("Dear all, here is Jade's story.");
    request.today = QDate(2024, 1, 1);
    const HandoverWriter::Outcome out = HandoverWriter::write(*source, request, path, key);
    if (out.error) {
        qWarning("hand-over failed: %s", qPrintable(out.error.detail()));
        return {};
    }
    return dump(path, key);
}

void TestHandover::eachReceiverGetsOnlyWhatTheyMayHave_data()
{
    QTest::addColumn<int>("receiver");
    QTest::addColumn<QStringList>("absent");
    QTest::addColumn<QStringList>("present");

    const QStringList contact = {QStringLiteral("Quarry Lane"), QStringLiteral("07700 900123"),
                                 QStringLiteral("PASTADDR"), QStringLiteral("HOMEADDR"),
                                 QStringLiteral("SCHOOLADDR")};
    const QStringList record = {QStringLiteral("PRONOTE"), QStringLiteral("RELNOTE"),
                                QStringLiteral("RECORDCAME"), QStringLiteral("EVENTDETAILS")};
    const QStringList privateItems = {QStringLiteral("Dean Marsh"), QStringLiteral("PRIVATEMEMORY"),
                                      QStringLiteral("PRIVATEEVENT"), QStringLiteral("SECRETPHOTO"),
                                      hex(picture(Qt::darkMagenta))};
    const QStringList story = {QStringLiteral("Seaside day with"), QStringLiteral("Kai Ashdown"),
                               QStringLiteral("Carol Ashdown"), hex(picture(Qt::blue)),
                               QStringLiteral("VOICESHARED")};

    QTest::newRow("new carers") << int(Receiver::NewCarers)
                                << contact + record + privateItems +
                                       QStringList{QStringLiteral("VOICEWORKER"),
                                                   QStringLiteral("VOICENOTASKED"),
                                                   QStringLiteral("LETTERWORDS")}
                                << story + QStringList{QStringLiteral("Larchfield Primary"),
                                                       QStringLiteral("Beatrice Wynn")};
    QTest::newRow("adoptive family")
        << int(Receiver::AdoptiveFamily)
        << contact + record + privateItems +
               QStringList{QStringLiteral("VOICEWORKER"), QStringLiteral("VOICENOTASKED")}
        << story + QStringList{QStringLiteral("LETTERWORDS Your mum Carol Ashdown loves you")};
    QTest::newRow("young person") << int(Receiver::YoungPerson) << contact + record + privateItems
                                  << story + QStringList{QStringLiteral("VOICEWORKER"),
                                                         QStringLiteral("VOICENOTASKED"),
                                                         QStringLiteral("LETTERWORDS")};
    QTest::newRow("birth family") << int(Receiver::BirthFamily)
                                  << contact + record + privateItems +
                                         QStringList{QStringLiteral("VOICEWORKER"),
                                                     QStringLiteral("VOICENOTASKED"),
                                                     QStringLiteral("LETTERWORDS"),
                                                     QStringLiteral("Beatrice Wynn"),
                                                     QStringLiteral("Larchfield"),
                                                     QStringLiteral("Honeysuckle"),
                                                     QStringLiteral("Pellow")}
                                  << story;
    QTest::newRow("another worker")
        << int(Receiver::Worker) << QStringList{}
        << story + contact + record + privateItems +
               QStringList{QStringLiteral("VOICEWORKER"), QStringLiteral("VOICENOTASKED"),
                           QStringLiteral("LETTERWORDS")};
}

void TestHandover::eachReceiverGetsOnlyWhatTheyMayHave()
{
    QFETCH(int, receiver);
    QFETCH(QStringList, absent);
    QFETCH(QStringList, present);
    const QString copy = handOverAndDump(Receiver(receiver));
    QVERIFY2(!copy.isEmpty(), "the copy opens with the sqlcipher tool and its own key");
    for (const QString &text : std::as_const(present))
        QVERIFY2(copy.contains(text, Qt::CaseInsensitive), qPrintable(text.left(40)));
    for (const QString &text : std::as_const(absent))
        QVERIFY2(!copy.contains(text, Qt::CaseInsensitive), qPrintable(text.left(40)));
    if (Receiver(receiver) == Receiver::BirthFamily) {
        // The carer's short name too, as a word (so "Bea" inside another word is not a leak).
        static const QRegularExpression bea(QStringLiteral("\\bBea\\b"));
        QVERIFY(!bea.match(copy).hasMatch());
    }
}

void TestHandover::peopleChosenToBeLeftOutAreNowhere()
{
    const QString copy = handOverAndDump(Receiver::NewCarers, {m_content.people[2].id});
    QVERIFY(!copy.isEmpty());
    QVERIFY(!copy.contains(QLatin1String("Kai Ashdown")));
    static const QRegularExpression kai(QStringLiteral("\\bKai\\b"));
    QVERIFY2(!kai.match(copy).hasMatch(), "the short name in anyone's words is withheld too");
    QVERIFY(copy.contains(QLatin1String("Seaside day with [withheld]")));
    // Even chosen by a worker, who otherwise gets everything.
    const QString worker = handOverAndDump(Receiver::Worker, {m_content.people[2].id});
    QVERIFY(!worker.isEmpty());
    QVERIFY(!kai.match(worker).hasMatch());
    QVERIFY(worker.contains(QLatin1String("Quarry Lane")));
}

void TestHandover::bothFilesRecordTheHandoverAndTheLetterIsShownOnce()
{
    StorageError error;
    auto source = CaseFile::open(m_source, SecureBytes::fromUtf8(QString::fromUtf8(kPass)), &error,
                                 KdfParams::fastForTests());
    QVERIFY(source);
    const int before = int(HandoverRepository(*source).all().size());
    const QString path = m_dir.filePath(QStringLiteral("recorded.belonging"));
    const SecureBytes words = SecureBytes::fromUtf8(QStringLiteral("otter-maple-lantern"));
    HandoverWriter::Request request;
    request.receiver = Receiver::BirthFamily;
    // Signed by the carer the child lives with: her name is withheld from the family's copy.
    request.from = QStringLiteral("  Beatrice Wynn, foster carer ");
    request.letter = QStringLiteral("Dear Carol,\nthese are Jade's memories. Bea\n");
    const HandoverWriter::Outcome out = HandoverWriter::write(
        *source, request, path, CaseFile::newKey(words, KdfParams::fastForTests()));
    QVERIFY2(!out.error, qPrintable(out.error.detail()));
    QCOMPARE(out.summary.people, 2); // Mum and Kai: not the carer, the teacher or Dad
    QVERIFY(out.summary.pictures >= 1);
    QVERIFY(!out.summary.laterLifeLetter);

    const QList<HandoverRecord> sent = HandoverRepository(*source).all();
    QCOMPARE(sent.size(), before + 1);
    const HandoverRecord &mine = sent.last();
    QCOMPARE(mine.direction, HandoverRecord::Direction::Sent);
    QCOMPARE(mine.receiver, Receiver::BirthFamily);
    QCOMPARE(mine.from, QStringLiteral("Beatrice Wynn, foster carer")); // the sender's record
    QVERIFY(mine.leftOut.join(QLatin1Char(' ')).contains(QLatin1String("carers")));
    QVERIFY(mine.at.isValid());
    QVERIFY(!HandoverRepository(*source).unreadLetter()); // a sent letter is not "received"

    auto copy = CaseFile::open(path, words, &error, KdfParams::fastForTests());
    QVERIFY2(copy, qPrintable(error.detail()));
    HandoverRepository received(*copy);
    QCOMPARE(received.all().size(), 1);
    const auto letter = received.unreadLetter();
    QVERIFY(letter);
    QCOMPARE(letter->direction, HandoverRecord::Direction::Received);
    QCOMPARE(letter->letter, QStringLiteral("Dear Carol,\nthese are Jade's memories. [withheld]"));
    QCOMPARE(letter->from, QStringLiteral("[withheld], foster carer"));
    QCOMPARE(letter->leftOut, mine.leftOut);
    QCOMPARE(letter->at, mine.at);
    QVERIFY(!received.markRead(letter->id));
    QVERIFY(!received.unreadLetter());
    QVERIFY(received.all().constFirst().letterRead);
}

void TestHandover::theCopyIsARealCaseTheReceiverCanAddTo()
{
    StorageError error;
    auto source = CaseFile::open(m_source, SecureBytes::fromUtf8(QString::fromUtf8(kPass)), &error,
                                 KdfParams::fastForTests());
    QVERIFY(source);
    const QString path = m_dir.filePath(QStringLiteral("adopters.belonging"));
    const SecureBytes words = SecureBytes::fromUtf8(QStringLiteral("robin-violin-cosy"));
    HandoverWriter::Request request;
    request.receiver = Receiver::AdoptiveFamily;
    QVERIFY(!HandoverWriter::write(*source, request, path,
                                   CaseFile::newKey(words, KdfParams::fastForTests()))
                 .error);
    auto copy = CaseFile::open(path, words, &error, KdfParams::fastForTests());
    QVERIFY2(copy, qPrintable(error.detail()));
    QVERIFY(!copy->checkIntegrity());
    const CaseContent got = CaseContentIO::read(*copy, true, &error);
    QVERIFY(!error);
    QCOMPARE(got.child.knownAs, QStringLiteral("Jade"));
    QCOMPARE(got.child.born, FuzzyDate::day(2016, 4, 2));
    QCOMPARE(got.memories.size(), 1);
    QCOMPARE(got.memories[0].mediaIds.size(), 1);
    QCOMPARE(got.media.size(), 1);
    QCOMPARE(got.media[0].data, picture(Qt::blue)); // the picture's own bytes
    QCOMPARE(got.movePlans.size(), 1);
    QCOMPARE(got.movePlans[0].keep.size(), 1);
    QVERIFY(got.letter);
    // The refused, private father is not in the copy, so not named in its letter either.
    QVERIFY(!got.letter->section(LetterSection::Kind::BirthFamily)
                 .markdown.contains(QLatin1String("Dean")));
    QCOMPARE(got.letter->permissions.size(), 1);
    // The adopters carry on: a new memory goes in like any other.
    Memory first;
    first.title = QStringLiteral("First night in our house");
    CaseContent more;
    more.child = got.child;
    more.memories = {first};
    QVERIFY(!CaseContentIO::write(*copy, more));
    QCOMPARE(CaseContentIO::read(*copy, false, &error).memories.size(), 2);
}

void TestHandover::aCopyThatCannotBeMadeLeavesNothing()
{
    StorageError error;
    auto source = CaseFile::open(m_source, SecureBytes::fromUtf8(QString::fromUtf8(kPass)), &error,
                                 KdfParams::fastForTests());
    QVERIFY(source);
    const int before = int(HandoverRepository(*source).all().size());
    const CaseFile::Key key =
        CaseFile::newKey(SecureBytes::fromUtf8(QStringLiteral("a-b-c")), KdfParams::fastForTests());
    HandoverWriter::Request request;
    request.receiver = Receiver::Worker;

    // A name that is taken is never replaced.
    const QString taken = m_dir.filePath(QStringLiteral("taken.belonging"));
    {
        QFile f(taken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("somebody else's file");
    }
    HandoverWriter::Outcome out = HandoverWriter::write(*source, request, taken, key);
    QCOMPARE(out.error.kind(), StorageError::Kind::FileExists);
    QFile f(taken);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("somebody else's file"));

    // A disk that fills up part-way: no copy, no hidden part of one, no record.
    QTemporaryDir full;
    const QString fullPath = full.filePath(QStringLiteral("copy.belonging"));
    {
        DiskFaults::FullDisk disk(64 * 1024); // the pictures and the rest do not fit
        out = HandoverWriter::write(*source, request, fullPath, key);
    }
    QCOMPARE(out.error.kind(), StorageError::Kind::DiskFull);
    QVERIFY(QDir(full.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());

    // A folder that cannot be written (a locked memory stick).
    QTemporaryDir locked;
    {
        DiskFaults::ReadOnlyFolder readOnly(locked.path());
        QVERIFY(readOnly.holds());
        out = HandoverWriter::write(*source, request,
                                    locked.filePath(QStringLiteral("copy.belonging")), key);
    }
    QVERIFY(out.error);
    QVERIFY(QDir(locked.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());

    QCOMPARE(HandoverRepository(*source).all().size(), before);
    QVERIFY(!out.error.message().contains(QLatin1String("Jade")));
}

void TestHandover::generatedPassphrasesAreWordsAndStrong()
{
    QVERIFY(PassphraseWords::listSize() >= 1024);
    QVERIFY(PassphraseWords::bits() >= 60.0);
    QSet<QString> words;
    for (int i = 0; i < PassphraseWords::listSize(); ++i) {
        const QString w = PassphraseWords::word(i);
        static const QRegularExpression plain(QStringLiteral("^[a-z]{3,9}$"));
        QVERIFY2(plain.match(w).hasMatch(), qPrintable(w));
        words.insert(w);
    }
    QCOMPARE(words.size(), PassphraseWords::listSize()); // no word twice
    QSet<QString> made;
    for (int i = 0; i < 50; ++i) {
        const QString p = PassphraseWords::generate();
        const QStringList parts = p.split(QLatin1Char(' '));
        QCOMPARE(parts.size(), PassphraseWords::kDefaultCount);
        for (const QString &part : parts)
            QVERIFY(words.contains(part));
        made.insert(p);
    }
    QCOMPARE(made.size(), 50); // never the same one twice
}

void TestHandover::receiverKeysRoundTrip()
{
    for (int i = 0; i < HandoverRecord::kReceiverCount; ++i) {
        const Receiver r = Receiver(i);
        QCOMPARE(HandoverPlan::receiverFromKey(HandoverPlan::receiverKey(r)), r);
        QVERIFY(!HandoverPlan::receiverName(r).isEmpty());
        QVERIFY(!HandoverPlan::whatTheyGet(r).isEmpty());
    }
    QVERIFY(!HandoverPlan::receiverFromKey(QStringLiteral("everyone")));
}

QTEST_MAIN(TestHandover)
#include "tst_handover.moc"
