// SPDX-License-Identifier: GPL-3.0-or-later
#include "memoryrepository.h"
#include "testcase.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>

// A process killed with SIGKILL in the middle of a stream of writes leaves a file that opens,
// passes the integrity check and holds every change whose commit had returned.
class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void killedWriterLosesNothingCommitted();
    void killedWhileMakingANewCaseLeavesNoHalfFile();
};

void TestCrashSafety::killedWriterLosesNothingCommitted()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.belonging"));
    QSet<QString> committed;
    int next = 0;
    QRandomGenerator rng(QRandomGenerator::global()->generate());
    for (int round = 0; round < 6; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(CRASH_WRITER), {path, QString::number(next)});
        QVERIFY(writer.waitForStarted());
        // Let it commit a few, then kill it at a random moment.
        QVERIFY(writer.waitForReadyRead(20000));
        QTest::qWait(20 + int(rng.bounded(150)));
        writer.kill(); // SIGKILL
        QVERIFY(writer.waitForFinished(5000));
        const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            if (!line.trimmed().isEmpty()) {
                committed.insert(QStringLiteral("memory %1").arg(line.trimmed().toInt()));
                next = qMax(next, line.trimmed().toInt() + 1);
            }
        }
        ++next; // the one in flight may or may not be there; never reuse its number

        StorageError error;
        auto file = TestCase::open(path, &error);
        QVERIFY2(file, qPrintable(error.detail()));
        QVERIFY(!file->checkIntegrity());
        QSet<QString> stored;
        for (const Memory &m : MemoryRepository(*file).all())
            stored.insert(m.title);
        for (const QString &title : std::as_const(committed))
            QVERIFY2(stored.contains(title), qPrintable(title));
    }
    QVERIFY(committed.size() > 6);
}

// Seen: killing "belonging demo FILE" while the key was derived left a zero-byte file under
// the case's name, which then read as "not a Belonging life story".
void TestCrashSafety::killedWhileMakingANewCaseLeavesNoHalfFile()
{
    QTemporaryDir dir;
    QRandomGenerator rng(QRandomGenerator::global()->generate());
    int finished = 0;
    for (int round = 0; round < 4; ++round) {
        const QString path = dir.filePath(QStringLiteral("new%1.belonging").arg(round));
        QProcess maker;
        maker.start(QStringLiteral(CRASH_WRITER), {path, QStringLiteral("create")});
        QVERIFY(maker.waitForStarted());
        // Mostly in the middle of the key derivation; the last round is left to finish.
        if (round < 3) {
            QTest::qWait(30 + int(rng.bounded(200)));
            maker.kill();
        }
        QVERIFY(maker.waitForFinished(60000));
        if (!QFile::exists(path))
            continue; // nothing under the case's name: the user can simply start again
        // Anything under the name is a whole case that opens.
        StorageError error;
        auto file = CaseFile::open(path, TestCase::passphrase(), &error, KdfParams());
        QVERIFY2(file, qPrintable(error.detail()));
        QVERIFY(!file->checkIntegrity());
        ++finished;
    }
    QVERIFY(finished >= 1);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
