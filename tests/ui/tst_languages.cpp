// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseworkspace.h"
#include "dialogs.h"
#include "languages.h"
#include "mainwindow.h"

#include <QApplication>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestLanguages : public QObject
{
    Q_OBJECT

private slots:
    void theShippedLanguagesAreEmbedded();
    void arabicTurnsTheLayoutRoundAndWelshDoesNot();
    void theSystemLanguageIsUsedWhenNoneIsChosen();
};

void TestLanguages::theShippedLanguagesAreEmbedded()
{
    QStringList codes;
    for (const Languages::Language &l : Languages::available())
        codes << l.code;
    QCOMPARE(codes,
             (QStringList{QStringLiteral("en"), QStringLiteral("cy"), QStringLiteral("ar")}));
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/belonging_cy.qm")));
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/belonging_ar.qm")));
}

void TestLanguages::arabicTurnsTheLayoutRoundAndWelshDoesNot()
{
    QCOMPARE(Languages::install(QStringLiteral("ar")), QStringLiteral("ar"));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
    QCOMPARE(QLocale().language(), QLocale::Arabic);
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        Dialogs::setSuppressWarnings(true);
        MainWindow w(settings);
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.openDemo();
        QCOMPARE(w.layoutDirection(), Qt::RightToLeft);
        w.workspace()->showPane(CaseWorkspace::Pane::Timeline);
        const QString folder = qEnvironmentVariable("BELONGING_SCREENSHOTS");
        if (!folder.isEmpty())
            QVERIFY(w.grab().save(folder + QStringLiteral("/rtl-timeline.png")));
    }
    QCOMPARE(Languages::install(QStringLiteral("cy")), QStringLiteral("cy"));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    QCOMPARE(QLocale().language(), QLocale::Welsh);
}

void TestLanguages::theSystemLanguageIsUsedWhenNoneIsChosen()
{
    // The tests run with LANG=C.UTF-8: not a language we ship, so English.
    QCOMPARE(Languages::install(QString()), QStringLiteral("en"));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
}

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
