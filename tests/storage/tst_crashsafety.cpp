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

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
