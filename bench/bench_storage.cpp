// SPDX-License-Identifier: GPL-3.0-or-later
// Storage benchmarks (issue: encrypted case file). Prints "BENCH storage.<figure> <value> <unit>".
//   bench_storage [--quick]
#include "casecontentio.h"
#include "childrepository.h"
#include "democase.h"
#include "keyderivation.h"
#include "mediarepository.h"
#include "memoryrepository.h"
#include "schema.h"
#include "sqlcipherdriver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

namespace {

void report(const char *figure, double value, const char *unit)
{
    std::printf("BENCH storage.%s %.3f %s\n", figure, value, unit);
    std::fflush(stdout);
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

QSqlDatabase openCipher(const QString &name, const QString &path)
{
    auto *driver = new SqlCipherDriver;
    SecureBytes key(KeyDerivation::kKeyBytes);
    std::memset(key.data(), 0x5a, key.size());
    driver->setKeySpec(KeyDerivation::sqlcipherKeySpec(key, QByteArray(16, 's')));
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
    db.setDatabaseName(path);
    return db;
}

QSqlDatabase openPlain(const QString &name, const QString &path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    return db;
}

struct Timings
{
    double insert = 0;
    double read = 0;
    QString version;
};

// The same SQL through either driver: schema v1, N memories in one transaction, then a cold
// read (a new connection) of all of them.
Timings memoryWorkload(QSqlDatabase (*open)(const QString &, const QString &), const QString &path,
                       int count)
{
    Timings t;
    {
        QSqlDatabase db = open(QStringLiteral("w"), path);
        if (!db.open())
            qFatal("open failed: %s", qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
        q.exec(QStringLiteral("PRAGMA synchronous = FULL"));
        if (Schema::migrate(db))
            qFatal("schema failed");
        q.exec(QStringLiteral("SELECT sqlite_version()"));
        q.next();
        t.version = q.value(0).toString();
        q.finish();
        QElapsedTimer timer;
        timer.start();
        db.transaction();
        q.prepare(QStringLiteral("INSERT INTO memory (title, date, date_sort, childs_words, "
                                 "feelings, private) VALUES (?, ?, ?, ?, ?, ?)"));
        for (int i = 0; i < count; ++i) {
            q.addBindValue(QStringLiteral("Memory number %1").arg(i));
            q.addBindValue(QStringLiteral("2019-03-12"));
            q.addBindValue(2458555 + i);
            q.addBindValue(QStringLiteral("Something that happened, in the child's own words, "
                                          "number %1.")
                               .arg(i));
            q.addBindValue(QStringLiteral("0,3"));
            q.addBindValue(false);
            if (!q.exec())
                qFatal("insert failed: %s", qPrintable(q.lastError().text()));
        }
        db.commit();
        t.insert = ms(timer);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("w"));
    {
        QSqlDatabase db = open(QStringLiteral("r"), path);
        QElapsedTimer timer;
        timer.start();
        if (!db.open())
            qFatal("reopen failed");
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT id, title, date, date_sort, childs_words, feelings, private "
                              "FROM memory ORDER BY date_sort"));
        int rows = 0;
        qint64 checksum = 0;
        while (q.next()) {
            checksum += q.value(1).toString().size() + q.value(4).toString().size();
            ++rows;
        }
        t.read = ms(timer);
        if (rows != count || checksum == 0)
            qFatal("read back %d of %d rows", rows, count);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("r"));
    return t;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    QTemporaryDir dir;

    // 1. SQLCipher against Qt's own QSQLITE, same workload, same run (best of 3).
    const int memories = 10000;
    Timings cipher, plain;
    cipher.insert = cipher.read = plain.insert = plain.read = 1e18;
    for (int round = 0; round < 3; ++round) {
        const QString c = dir.filePath(QStringLiteral("cipher%1.db").arg(round));
        const QString p = dir.filePath(QStringLiteral("plain%1.db").arg(round));
        const Timings tc = memoryWorkload(openCipher, c, memories);
        const Timings tp = memoryWorkload(openPlain, p, memories);
        cipher.insert = qMin(cipher.insert, tc.insert);
        cipher.read = qMin(cipher.read, tc.read);
        plain.insert = qMin(plain.insert, tp.insert);
        plain.read = qMin(plain.read, tp.read);
        cipher.version = tc.version;
        plain.version = tp.version;
    }
    if (cipher.version == plain.version)
        qFatal("both drivers report SQLite %s: the engines were swapped",
               qPrintable(plain.version));
    std::printf("# SQLCipher's SQLite %s vs system SQLite %s\n", qPrintable(cipher.version),
                qPrintable(plain.version));
    report("insert_10k_encrypted", cipher.insert, "ms");
    report("insert_10k_plain", plain.insert, "ms");
    report("insert_ratio", cipher.insert / plain.insert, "x");
    report("read_10k_cold_encrypted", cipher.read, "ms");
    report("read_10k_cold_plain", plain.read, "ms");
    report("read_ratio", cipher.read / plain.read, "x");
    report("total_ratio", (cipher.insert + cipher.read) / (plain.insert + plain.read), "x");

    // 2. Opening a large case: 10,000 memories and 2,000 photos.
    DemoCase::Size size;
    size.people = 60;
    size.memories = quick ? 1000 : 10000;
    size.photos = quick ? 200 : 2000;
    size.placements = 30;
    size.photoSize = QSize(1600, 1200);
    const QString casePath = dir.filePath(QStringLiteral("large.belonging"));
    const SecureBytes passphrase = SecureBytes::fromUtf8(QStringLiteral("benchmark passphrase"));
    {
        CaseContent content = DemoCase::generate(size);
        StorageError error;
        // Built with the test KDF so the open below can be timed without Argon2id's deliberate
        // cost; that cost is measured on its own with the product parameters.
        auto file = CaseFile::create(casePath, passphrase, &error, KdfParams::fastForTests());
        if (!file || CaseContentIO::write(*file, content))
            qFatal("could not build the large case");
    }
    report("large_case_file_size", double(QFile(casePath).size()) / (1024 * 1024), "MiB");

    QElapsedTimer timer;
    timer.start();
    {
        QFile f(casePath);
        f.open(QIODevice::ReadOnly);
        const QByteArray salt = f.read(16);
        const SecureBytes key = KeyDerivation::deriveKey(passphrase, salt, KdfParams());
        if (key.isEmpty())
            qFatal("kdf failed");
    }
    const double kdf = ms(timer);
    report("argon2id_derivation", kdf, "ms");

    timer.restart();
    StorageError error;
    auto file = CaseFile::open(casePath, passphrase, &error, KdfParams::fastForTests());
    if (!file)
        qFatal("open failed: %s", qPrintable(error.detail()));
    const ChildProfile child = ChildRepository(*file).load();
    const double firstQuery = ms(timer);
    if (child.knownAs.isEmpty())
        qFatal("no child");
    report("open_to_first_query_test_kdf", firstQuery, "ms");

    timer.restart();
    const QList<Memory> all = MemoryRepository(*file).all();
    const QList<Media> thumbs = MediaRepository(*file).thumbnails();
    if (all.size() != size.memories || thumbs.size() != size.photos)
        qFatal("wrong counts");
    report("load_memories_and_thumbnails", ms(timer), "ms");
    return 0;
}
