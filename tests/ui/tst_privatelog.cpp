// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatelog.h"

#include <QTest>

class TestPrivateLog : public QObject
{
    Q_OBJECT

private slots:
    void pathsAndQuotedTextAreHidden_data();
    void pathsAndQuotedTextAreHidden();
};

void TestPrivateLog::pathsAndQuotedTextAreHidden_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("secret");
    QTest::newRow("absolute path")
        << QStringLiteral("QFile::open: cannot open /home/sue/Maisie Jones.belonging")
        << QStringLiteral("sue");
    QTest::newRow("path with a space")
        << QStringLiteral("QFile::open: cannot open /home/sue/Maisie Jones.belonging")
        << QStringLiteral("Jones");
    QTest::newRow("path in the middle")
        << QStringLiteral("QSaveFile: /tmp/Tyler/book.pdf, Permission denied")
        << QStringLiteral("Tyler");
    QTest::newRow("quoted") << QStringLiteral("QFont: unknown family \"Maisie's font\"")
                            << QStringLiteral("Maisie");
    QTest::newRow("url") << QStringLiteral("could not load file:///home/nana/photo.jpg")
                         << QStringLiteral("nana");
}

void TestPrivateLog::pathsAndQuotedTextAreHidden()
{
    QFETCH(QString, message);
    QFETCH(QString, secret);
    const QString scrubbed = PrivateLog::scrub(message);
    QVERIFY2(!scrubbed.contains(secret), qPrintable(scrubbed));
    // What the message is about survives.
    QVERIFY(scrubbed.startsWith(message.left(5)));
}

QTEST_GUILESS_MAIN(TestPrivateLog)
#include "tst_privatelog.moc"
