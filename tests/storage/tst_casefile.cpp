// SPDX-License-Identifier: GPL-3.0-or-later
#include "casecontentio.h"
#include "democase.h"
#include "mediarepository.h"
#include "memoryrepository.h"
#include "personrepository.h"
#include "placementrepository.h"
#include "schema.h"
#include "testcase.h"
#include "voicerepository.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

using Kind = StorageError::Kind;

class TestCaseFile : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void createdFileIsOwnerOnlyAndStartsWithItsSalt();
    void reopensWithTheRightPassphrase();
    void wrongPassphraseIsRejectedWithoutLeakingContent();
    void filesThatAreNotCasesAreRecognised_data();
    void filesThatAreNotCasesAreRecognised();
    void truncatedFileIsReportedDamaged();
    void plainSqliteDatabaseIsNotACase();
    void newerVersionIsRefused();
    void theSameFileCannotBeOpenedTwice();
    void changePassphraseThenOnlyTheNewOneOpens();
    void theCurrentPassphraseIsRecognisedAndNoOther();
    void saveACopyWithTheSameOrANewPassphrase();
    void integrityCheckPassesOnAHealthyCase();
    void olderFileIsBackedUpBeforeMigrating();
    void versionOneFileGainsGroupsAndKeepsItsData();
    void versionThreeWishesBecomeTheFirstThingTheChildSaid();
    void noPlaintextOnDisk();
    void fileDeletedWhileOpenIsReported();
    void diskFullIsReportedAndNothingIsLost();
    void readOnlyLocationIsReported();
    void existingFileIsNeverOverwritten();
    void leftoversOfAKilledWriteAreClearedOnceOld();
    void inMemoryCaseWorks();

private:
    QString path(const char *name) const { return m_dir->filePath(QString::fromLatin1(name)); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCaseFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCaseFile::createdFileIsOwnerOnlyAndStartsWithItsSalt()
{
    auto file = TestCase::create(path("a.belonging"));
    QVERIFY(file);
    file->close();
    struct stat st;
    QCOMPARE(::stat(QFile::encodeName(path("a.belonging")).constData(), &st), 0);
    QCOMPARE(int(st.st_mode & 0777), 0600);
    QFile f(path("a.belonging"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.size() % 4096, 0);
    const QByteArray salt = f.read(16);
    QVERIFY(!salt.contains('\0'));
    QVERIFY(!f.readAll().contains("SQLite format 3"));
}

void TestCaseFile::reopensWithTheRightPassphrase()
{
    {
        auto file = TestCase::create(path("a.belonging"));
        QVERIFY(file);
        PersonRepository people(*file);
        Person p;
        p.fullName = QStringLiteral("Margaret Jones");
        QVERIFY(!people.add(p));
    }
    StorageError error;
    auto file = TestCase::open(path("a.belonging"), &error);
    QVERIFY2(file, qPrintable(error.detail()));
    PersonRepository people(*file);
    QCOMPARE(people.all().value(0).fullName, QStringLiteral("Margaret Jones"));
}

void TestCaseFile::wrongPassphraseIsRejectedWithoutLeakingContent()
{
    {
        auto file = TestCase::create(path("a.belonging"));
        PersonRepository people(*file);
        Person p;
        p.fullName = QStringLiteral("Secret Name");
        QVERIFY(!people.add(p));
    }
    StorageError error;
    QVERIFY(!TestCase::open(path("a.belonging"), &error, "correct horse battery stapler"));
    QCOMPARE(error.kind(), Kind::WrongPassphrase);
    QVERIFY(error.message().contains(QLatin1String("passphrase")));
    for (const QString &text : {error.message(), error.detail()}) {
        QVERIFY(!text.contains(QLatin1String("Secret")));
        QVERIFY(!text.contains(QLatin1String("stapler")));
    }
    // and the right one still works afterwards
    QVERIFY(TestCase::open(path("a.belonging"), &error));
}

void TestCaseFile::filesThatAreNotCasesAreRecognised_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("kind");
    QTest::newRow("zero-length") << QByteArray() << int(Kind::NotABelongingFile);
    QTest::newRow("small text") << QByteArray("hello, world\n") << int(Kind::NotABelongingFile);
    QByteArray random(8192, Qt::Uninitialized);
    QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(random.data()), 8192 / 4);
    // Random pages cannot be told apart from a case with another passphrase.
    QTest::newRow("random pages") << random << int(Kind::WrongPassphrase);
    QTest::newRow("random odd size") << random.left(5000) << int(Kind::Damaged);
}

void TestCaseFile::filesThatAreNotCasesAreRecognised()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, kind);
    QFile f(path("x.belonging"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    StorageError error;
    QVERIFY(!TestCase::open(path("x.belonging"), &error));
    QCOMPARE(int(error.kind()), kind);
    QVERIFY(!error.message().isEmpty());
}

void TestCaseFile::truncatedFileIsReportedDamaged()
{
    {
        auto file = TestCase::create(path("a.belonging"));
        CaseContent demo = DemoCase::build();
        QVERIFY(!CaseContentIO::write(*file, demo));
    }
    QFile f(path("a.belonging"));
    QVERIFY(f.resize(f.size() / 2 / 4096 * 4096));
    StorageError error;
    auto file = TestCase::open(path("a.belonging"), &error);
    if (file)
        error = file->checkIntegrity();
    QCOMPARE(error.kind(), Kind::Damaged);
}

void TestCaseFile::plainSqliteDatabaseIsNotACase()
{
    {
        QSqlDatabase plain =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plain"));
        plain.setDatabaseName(path("plain.belonging"));
        QVERIFY(plain.open());
        QSqlQuery q(plain);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE person (name TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO person VALUES ('someone')")));
        plain.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("plain"));
    StorageError error;
    QVERIFY(!TestCase::open(path("plain.belonging"), &error));
    QCOMPARE(error.kind(), Kind::NotABelongingFile);
}

void TestCaseFile::newerVersionIsRefused()
{
    {
        auto file = TestCase::create(path("a.belonging"));
        QSqlQuery q(file->database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    StorageError error;
    QVERIFY(!TestCase::open(path("a.belonging"), &error));
    QCOMPARE(error.kind(), Kind::NewerVersion);
    QVERIFY(error.message().contains(QLatin1String("newer version")));
}

void TestCaseFile::theSameFileCannotBeOpenedTwice()
{
    auto first = TestCase::create(path("a.belonging"));
    QVERIFY(first);
    StorageError error;
    QVERIFY(!TestCase::open(path("a.belonging"), &error));
    QCOMPARE(error.kind(), Kind::AlreadyOpen);
    first->close();
    QVERIFY(TestCase::open(path("a.belonging"), &error));
}

void TestCaseFile::changePassphraseThenOnlyTheNewOneOpens()
{
    {
        auto file = TestCase::create(path("a.belonging"), "old passphrase");
        PersonRepository people(*file);
        Person p;
        p.fullName = QStringLiteral("Tyler");
        QVERIFY(!people.add(p));
        QVERIFY(!file->changePassphrase(TestCase::passphrase("new passphrase"),
                                        KdfParams::fastForTests()));
        QVERIFY(file->isOpen());
        PersonRepository again(*file);
        QCOMPARE(again.count(), 1); // still usable after the swap
    }
    StorageError error;
    QVERIFY(!TestCase::open(path("a.belonging"), &error, "old passphrase"));
    QCOMPARE(error.kind(), Kind::WrongPassphrase);
    auto file = TestCase::open(path("a.belonging"), &error, "new passphrase");
    QVERIFY2(file, qPrintable(error.detail()));
    PersonRepository people(*file);
    QCOMPARE(people.all().value(0).fullName, QStringLiteral("Tyler"));
    QVERIFY(!QFile::exists(path("a.belonging") + QStringLiteral(".rekey")));
}

void TestCaseFile::saveACopyWithTheSameOrANewPassphrase()
{
    auto file = TestCase::create(path("a.belonging"));
    CaseContent demo = DemoCase::build();
    QVERIFY(!CaseContentIO::write(*file, demo));
    QVERIFY(!file->saveCopy(path("same.belonging")));
    const SecureBytes other = TestCase::passphrase("another one");
    QVERIFY(!file->saveCopy(path("new.belonging"), &other, KdfParams::fastForTests()));
    QCOMPARE(file->saveCopy(path("same.belonging")).kind(), Kind::FileExists);
    // A folder that cannot be written to: said so, and nothing left behind anywhere.
    const QStringList before = QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::Hidden);
    QCOMPARE(file->saveCopy(path("gone/copy.belonging")).kind(), Kind::ReadOnlyLocation);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::Hidden), before);
    file->close();

    StorageError error;
    auto same = TestCase::open(path("same.belonging"), &error);
    QVERIFY2(same, qPrintable(error.detail()));
    MemoryRepository memories(*same);
    QCOMPARE(memories.count(), 20);
    QVERIFY(!same->checkIntegrity());
    QVERIFY(!TestCase::open(path("new.belonging"), &error));
    auto renewed = TestCase::open(path("new.belonging"), &error, "another one");
    QVERIFY2(renewed, qPrintable(error.detail()));
    const CaseContent back = CaseContentIO::read(*renewed, true, &error);
    QCOMPARE(back.memories.size(), demo.memories.size());
    for (const Memory &m : demo.memories) {
        const auto found = std::find_if(back.memories.cbegin(), back.memories.cend(),
                                        [&m](const Memory &b) { return b.id == m.id; });
        QVERIFY(found != back.memories.cend());
        QVERIFY2(*found == m, qPrintable(m.title));
    }
}

void TestCaseFile::theCurrentPassphraseIsRecognisedAndNoOther()
{
    auto file = TestCase::create(path("a.belonging"));
    QVERIFY(file);
    const KdfParams fast = KdfParams::fastForTests();
    QVERIFY(file->isPassphrase(TestCase::passphrase(), fast));
    QVERIFY(!file->isPassphrase(TestCase::passphrase("correct horse battery stapler"), fast));
    QVERIFY(!file->isPassphrase(SecureBytes::fromUtf8(QString()), fast));
    // The same words with other key settings are another key.
    QVERIFY(!file->isPassphrase(TestCase::passphrase(), KdfParams{2, 8 << 10}));
    QVERIFY(!file->changePassphrase(TestCase::passphrase("a new one"), fast));
    QVERIFY(file->isPassphrase(TestCase::passphrase("a new one"), fast));
    QVERIFY(!file->isPassphrase(TestCase::passphrase(), fast));
}

void TestCaseFile::integrityCheckPassesOnAHealthyCase()
{
    auto file = TestCase::create(path("a.belonging"));
    CaseContent demo = DemoCase::build();
    QVERIFY(!CaseContentIO::write(*file, demo));
    QVERIFY(!file->checkIntegrity());
}

void TestCaseFile::olderFileIsBackedUpBeforeMigrating()
{
    {
        // A file at version 0: encrypted, marked as Belonging, but with no tables yet.
        auto file = TestCase::create(path("old.belonging"));
        QSqlQuery q(file->database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        for (const QString &table : file->database().tables())
            QVERIFY2(q.exec(QStringLiteral("DROP TABLE %1").arg(table)),
                     qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 0")));
    }
    StorageError error;
    auto file = TestCase::open(path("old.belonging"), &error);
    QVERIFY2(file, qPrintable(error.detail()));
    QCOMPARE(Schema::version(*std::make_unique<QSqlDatabase>(file->database())),
             Schema::kCurrentVersion);
    const QString backup = path("old.belonging") + QStringLiteral(".v0-backup.belonging");
    QVERIFY(QFile::exists(backup));
    // the backup is the encrypted original: it opens with the same passphrase at version 0
    file->close();
    QFile b(backup);
    QVERIFY(b.open(QIODevice::ReadOnly));
    QVERIFY(!b.readAll().contains("CREATE TABLE"));
}

void TestCaseFile::versionOneFileGainsGroupsAndKeepsItsData()
{
    {
        // Make a version 1 file: today's schema without what versions 2 and 3 added.
        auto file = TestCase::create(path("v1.belonging"));
        CaseContent demo = DemoCase::build();
        QVERIFY(!CaseContentIO::write(*file, demo));
        QSqlQuery q(file->database());
        QVERIFY(q.exec(QStringLiteral("UPDATE media SET data = (SELECT data FROM media_data "
                                      "WHERE media_id = media.id)")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE handover")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE media_print")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE media_data")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE voice_entry_person")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE voice_entry")));
        for (const char *table :
             {"letter_version", "letter_permission", "letter_section", "letter"})
            QVERIFY(q.exec(QStringLiteral("DROP TABLE ") + QString::fromLatin1(table)));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE keep_in_touch")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE move_plan")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE ecomap_group_member")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE ecomap_group")));
        // Version 4's two columns go by rebuilding the table as version 1 made it (this
        // SQLite has no DROP COLUMN).
        QString v1Placement;
        const QList<Schema::Migration> migrations = Schema::migrations();
        for (const QString &statement : migrations.first().statements) {
            if (statement.startsWith(QStringLiteral("CREATE TABLE placement (")))
                v1Placement = statement;
        }
        QVERIFY(!v1Placement.isEmpty());
        v1Placement.replace(QStringLiteral("CREATE TABLE placement ("),
                            QStringLiteral("CREATE TABLE placement_v1 ("));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY(q.exec(v1Placement));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO placement_v1 SELECT id, place_name, type, "
                                      "from_date, from_sort, to_date, to_sort, school, address, "
                                      "school_address, reason_childs_words, reason_record, "
                                      "private FROM placement")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE placement")));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE placement_v1 RENAME TO placement")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
    }
    StorageError error;
    auto file = TestCase::open(path("v1.belonging"), &error);
    QVERIFY2(file, qPrintable(error.detail()));
    QSqlDatabase db = file->database();
    QCOMPARE(Schema::version(db), Schema::kCurrentVersion);
    QVERIFY(db.tables().contains(QStringLiteral("ecomap_group")));
    QCOMPARE(MemoryRepository(*file).count(), 20);
    // Version 4: the reasons kept so far are why the child left; why they came starts empty.
    const QList<Placement> homes = PlacementRepository(*file).all();
    QCOMPARE(homes.size(), DemoCase::build().placements.size());
    QVERIFY(homes.first().leftReasonRecord.startsWith(QStringLiteral("Accommodated")));
    QVERIFY(homes.first().cameReasonRecord.isEmpty());
    // The pictures moved to their own table and still decode.
    const QList<Media> media = MediaRepository(*file).thumbnails();
    QCOMPARE(media.size(), DemoCase::build().media.size());
    QVERIFY(!QImage::fromData(MediaRepository(*file).data(media.first().id)).isNull());
    QSqlQuery empty(db);
    QVERIFY(empty.exec(QStringLiteral("SELECT COUNT(*) FROM media WHERE length(data) > 0")));
    QVERIFY(empty.next());
    QCOMPARE(empty.value(0).toInt(), 0);
    QVERIFY(!file->checkIntegrity());
    file->close();
    // The backup is still version 1 and opens with the same passphrase, untouched.
    const QString backup = path("v1.belonging") + QStringLiteral(".v1-backup.belonging");
    QVERIFY(QFile::exists(backup));
    QFile copy(backup);
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QVERIFY(!copy.readAll().contains("Maisie"));
}

void TestCaseFile::versionThreeWishesBecomeTheFirstThingTheChildSaid()
{
    const QString words = QStringLiteral("I want to stay with Nana and see Tyler more.");
    {
        // A real version 3 file: an empty encrypted file given the first three migrations,
        // then filled the way version 3 of Belonging wrote it.
        auto file = TestCase::create(path("v3.belonging"));
        QSqlDatabase db = file->database();
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        for (const QString &table : db.tables())
            QVERIFY2(q.exec(QStringLiteral("DROP TABLE %1").arg(table)),
                     qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 0")));
        QVERIFY(!Schema::migrate(db, Schema::migrations().mid(0, 3)));
        QCOMPARE(Schema::version(db), 3);
        QVERIFY(q.prepare(QStringLiteral("UPDATE child SET known_as = 'Maisie', "
                                         "wishes_and_feelings = ? WHERE id = 1")));
        q.addBindValue(words);
        QVERIFY(q.exec());
    }
    StorageError error;
    auto file = TestCase::open(path("v3.belonging"), &error);
    QVERIFY2(file, qPrintable(error.detail()));
    QSqlDatabase db = file->database();
    QCOMPARE(Schema::version(db), Schema::kCurrentVersion);
    const QList<VoiceEntry> said = VoiceRepository(*file).all();
    QCOMPARE(said.size(), 1);
    const VoiceEntry &first = said.first();
    QCOMPARE(first.words, words);
    QVERIFY(first.migrated);
    // Dated "before" the day it moved; nobody has asked the child who may see it.
    QCOMPARE(first.date.qualifier(), FuzzyDate::Qualifier::Before);
    QCOMPARE(first.date.first().earliest(), QDate::currentDate());
    QCOMPARE(first.date.sortKey(), FuzzyDate::before(first.date.first()).sortKey());
    QCOMPARE(first.audiences, quint8(0));
    QVERIFY(!first.isAnswered());
    // The old box is emptied, so the words live in one place only.
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT wishes_and_feelings IS NULL FROM child")));
    QVERIFY(q.next());
    QVERIFY(q.value(0).toBool());
    QVERIFY(!file->checkIntegrity());
    file->close();
    // The version 3 original is kept beside it, still encrypted.
    const QString backup = path("v3.belonging") + QStringLiteral(".v3-backup.belonging");
    QVERIFY(QFile::exists(backup));
    QFile copy(backup);
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QVERIFY(!copy.readAll().contains("Tyler"));
    // ...and still version 3: opening a copy of it migrates the same words again.
    QVERIFY(QFile::copy(backup, path("again.belonging")));
    auto again = TestCase::open(path("again.belonging"), &error);
    QVERIFY2(again, qPrintable(error.detail()));
    QCOMPARE(VoiceRepository(*again).all().value(0).words, words);
}

void TestCaseFile::noPlaintextOnDisk()
{
    auto file = TestCase::create(path("a.belonging"));
    CaseContent demo = DemoCase::build();
    QVERIFY(!CaseContentIO::write(*file, demo));
    // Inside an open write transaction the rollback journal exists: check it too.
    QVERIFY(!file->beginBatch());
    PersonRepository people(*file);
    Person p;
    p.fullName = QStringLiteral("Journal Marker Person");
    QVERIFY(!people.add(p));
    QVERIFY(people.all().size() > 1);
    const QStringList secrets = {QStringLiteral("Maisie"), QStringLiteral("Larch Close"),
                                 QStringLiteral("shepherd"), QStringLiteral("Journal Marker"),
                                 QStringLiteral("CREATE TABLE")};
    int filesChecked = 0;
    for (const QString &name : QDir(m_dir->path()).entryList(QDir::Files)) {
        QFile f(m_dir->filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        for (const QString &secret : secrets) {
            QVERIFY2(!bytes.contains(secret.toUtf8()),
                     qPrintable(name + QLatin1Char(':') + secret));
            QVERIFY(!bytes.contains(
                QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2)));
        }
        ++filesChecked;
    }
    QVERIFY(filesChecked >= 1);
    QVERIFY(!file->endBatch(true));
    file->close();
    QVERIFY(!QFile::exists(path("a.belonging") + QStringLiteral("-journal")));
    QVERIFY(!QFile::exists(path("a.belonging") + QStringLiteral("-wal")));
}

void TestCaseFile::fileDeletedWhileOpenIsReported()
{
    auto file = TestCase::create(path("a.belonging"));
    QVERIFY(QFile::remove(path("a.belonging")));
    PersonRepository people(*file);
    Person p;
    p.fullName = QStringLiteral("Lily");
    const StorageError error = people.add(p);
    QCOMPARE(error.kind(), Kind::FileMissing);
    QVERIFY(error.message().contains(QLatin1String("Save a Copy")));
    // the data is still reachable through the open file: save a copy rescues it
    QVERIFY(!file->saveCopy(path("rescued.belonging")));
    file->close();
    StorageError openError;
    QVERIFY(TestCase::open(path("rescued.belonging"), &openError));
}

void TestCaseFile::diskFullIsReportedAndNothingIsLost()
{
    auto file = TestCase::create(path("a.belonging"));
    PersonRepository people(*file);
    Person kept;
    kept.fullName = QStringLiteral("Kept");
    QVERIFY(!people.add(kept));

    // Simulate a full disk: the process may not grow any file beyond 256 KiB.
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit old{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
    rlimit small = old;
    small.rlim_cur = 256 * 1024;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    Person big;
    big.fullName = QStringLiteral("Too big");
    big.notes = QString(400 * 1024, QLatin1Char('x'));
    const StorageError error = people.add(big);
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &old), 0);

    QVERIFY(error.isError());
    QCOMPARE(error.kind(), Kind::DiskFull);
    QVERIFY(error.message().contains(QLatin1String("disk is full")));
    QCOMPARE(people.count(), 1);
    file->close();
    StorageError openError;
    auto again = TestCase::open(path("a.belonging"), &openError);
    QVERIFY2(again, qPrintable(openError.detail()));
    QVERIFY(!again->checkIntegrity());
    PersonRepository reopened(*again);
    QCOMPARE(reopened.all().value(0).fullName, QStringLiteral("Kept"));
}

void TestCaseFile::readOnlyLocationIsReported()
{
    StorageError error;
    QVERIFY(!CaseFile::create(QStringLiteral("/proc/belonging-test.belonging"),
                              TestCase::passphrase(), &error, KdfParams::fastForTests()));
    QCOMPARE(error.kind(), Kind::ReadOnlyLocation);
    QVERIFY(!error.message().isEmpty());
}

void TestCaseFile::leftoversOfAKilledWriteAreClearedOnceOld()
{
    const QString story = path("leftovers.belonging");
    QVERIFY(TestCase::create(story));
    const auto leave = [this](const char *name, int ageSeconds) {
        QFile f(path(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(-ageSeconds),
                              QFileDevice::FileModificationTime));
    };
    leave(".leftovers.belonging.new-a1b2c3", 3600);       // a killed create
    leave(".leftovers.belonging.rekey.new-d4e5f6", 3600); // a killed rekey
    leave("leftovers.belonging.rekey", 3600);
    leave(".leftovers.belonging.new-young1", 5); // another window, at work
    leave(".other.belonging.new-g7h8i9", 3600);  // not this story's
    StorageError error;
    QVERIFY(TestCase::open(story, &error));
    QVERIFY(!QFile::exists(path(".leftovers.belonging.new-a1b2c3")));
    QVERIFY(!QFile::exists(path(".leftovers.belonging.rekey.new-d4e5f6")));
    QVERIFY(!QFile::exists(path("leftovers.belonging.rekey")));
    QVERIFY(QFile::exists(path(".leftovers.belonging.new-young1")));
    QVERIFY(QFile::exists(path(".other.belonging.new-g7h8i9")));
}

void TestCaseFile::existingFileIsNeverOverwritten()
{
    QFile f(path("mine.txt"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("precious");
    f.close();
    StorageError error;
    QVERIFY(!CaseFile::create(path("mine.txt"), TestCase::passphrase(), &error,
                              KdfParams::fastForTests()));
    QCOMPARE(error.kind(), Kind::FileExists);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("precious"));
}

void TestCaseFile::inMemoryCaseWorks()
{
    StorageError error;
    auto file = CaseFile::createInMemory(&error);
    QVERIFY(file);
    QVERIFY(file->isInMemory());
    CaseContent demo = DemoCase::build();
    QVERIFY(!CaseContentIO::write(*file, demo));
    MemoryRepository memories(*file);
    QCOMPARE(memories.count(), 20);
    QVERIFY(QDir(m_dir->path()).entryList(QDir::Files).isEmpty());
}

QTEST_MAIN(TestCaseFile)
#include "tst_casefile.moc"
