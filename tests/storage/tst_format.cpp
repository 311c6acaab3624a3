// SPDX-License-Identifier: GPL-3.0-or-later
#include "casecontentio.h"
#include "democase.h"
#include "keyderivation.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// FORMAT.md is a promise: these tests hold the app to it.
class TestFormat : public QObject
{
    Q_OBJECT

private slots:
    void documentedRecipeRecoversTheData();
    void documentedKdfParametersAreTheProductDefaults();
};

void TestFormat::documentedRecipeRecoversTheData()
{
    for (const char *tool : {"sqlcipher", "argon2", "bash"})
        QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                 "scripts/install-deps installs the recovery tools");

    QFile doc(QStringLiteral(BELONGING_FORMAT_MD));
    QVERIFY(doc.open(QIODevice::ReadOnly | QIODevice::Text));
    const QString text = QString::fromUtf8(doc.readAll());
    static const QRegularExpression block(
        QStringLiteral("recovery-recipe-begin -->\\s*```sh\\n(.*?)```"),
        QRegularExpression::DotMatchesEverythingOption);
    const auto match = block.match(text);
    QVERIFY2(match.hasMatch(), "FORMAT.md has the recovery recipe");

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("story.belonging"));
    const QString passphrase = QStringLiteral("Nana's blue door 1962 – ünïcode");
    {
        // The real product parameters, so the recipe is proven for real files.
        StorageError error;
        auto file = CaseFile::create(path, SecureBytes::fromUtf8(passphrase), &error);
        QVERIFY2(file, qPrintable(error.detail()));
        CaseContent demo = DemoCase::build();
        QVERIFY(!CaseContentIO::write(*file, demo));
    }

    QProcess bash;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FILE"), path);
    env.insert(QStringLiteral("PASSPHRASE"), passphrase);
    bash.setProcessEnvironment(env);
    bash.start(QStringLiteral("bash"), {QStringLiteral("-euo"), QStringLiteral("pipefail"),
                                        QStringLiteral("-c"), match.captured(1)});
    // Generous: Argon2id with 256 MiB is slow on a busy machine.
    QVERIFY2(bash.waitForFinished(180000),
             qPrintable(QString::fromUtf8(bash.readAllStandardError())));
    const QString out = QString::fromUtf8(bash.readAllStandardOutput());
    QVERIFY2(bash.exitCode() == 0, qPrintable(QString::fromUtf8(bash.readAllStandardError())));
    QVERIFY2(out.contains(QLatin1String("Maisie|2015-05-12")), qPrintable(out));
    QVERIFY(out.contains(QLatin1String("Margaret Jones|Nana|")));
}

void TestFormat::documentedKdfParametersAreTheProductDefaults()
{
    const KdfParams params;
    QCOMPARE(params.opsLimit, quint64(3));
    QCOMPARE(params.memLimitBytes, quint64(1) << 28); // 2^18 KiB
    QCOMPARE(KeyDerivation::kSaltBytes, 16);
    QCOMPARE(KeyDerivation::kKeyBytes, 32);
}

QTEST_MAIN(TestFormat)
#include "tst_format.moc"
