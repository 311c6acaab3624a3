// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseworkspace.h"
#include "dialogs.h"
#include "fuzzydate.h"
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
    void datesAreReadBackAsTheyAreShown_data();
    void datesAreReadBackAsTheyAreShown();
    void welshAutumnIsNotOctober();
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

void TestLanguages::datesAreReadBackAsTheyAreShown_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("Welsh") << QStringLiteral("cy");
    QTest::newRow("Arabic") << QStringLiteral("ar");
    QTest::newRow("English") << QStringLiteral("en");
}

// A date is shown in the language in use and edited as that text: reading it back must give
// the same date, for every kind of fuzzy date.
void TestLanguages::datesAreReadBackAsTheyAreShown()
{
    QFETCH(QString, language);
    QCOMPARE(Languages::install(language), language);
    const QLocale locale;
    using P = FuzzyDate::Point;
    const P day{FuzzyDate::Precision::Day, 2019, 3, 12, FuzzyDate::Season::Spring};
    const P month{FuzzyDate::Precision::Month, 2019, 10, 0, FuzzyDate::Season::Spring};
    const P year{FuzzyDate::Precision::Year, 2012, 0, 0, FuzzyDate::Season::Spring};
    QList<FuzzyDate> dates = {FuzzyDate(),
                              FuzzyDate::exact(day),
                              FuzzyDate::exact(month),
                              FuzzyDate::about(year),
                              FuzzyDate::before(month),
                              FuzzyDate::after(day),
                              FuzzyDate::between(year, month)};
    for (auto s : {FuzzyDate::Season::Spring, FuzzyDate::Season::Summer, FuzzyDate::Season::Autumn,
                   FuzzyDate::Season::Winter})
        dates << FuzzyDate::season(2015, s);
    for (const FuzzyDate &date : std::as_const(dates)) {
        const QString shown = date.toDisplayString(locale);
        QVERIFY(!shown.isEmpty());
        const auto read = FuzzyDate::parse(shown, locale);
        QVERIFY2(read.date.has_value(), qPrintable(shown + QStringLiteral(": ") + read.error));
        QVERIFY2(*read.date == date, qPrintable(shown + QStringLiteral(" read back as ") +
                                                read.date->toDisplayString(locale)));
    }
    // English always works too, and so do digits as Arabic writes them.
    QVERIFY(FuzzyDate::parse(QStringLiteral("summer 2015"), locale).date ==
            FuzzyDate::season(2015, FuzzyDate::Season::Summer));
    QVERIFY(FuzzyDate::parse(QString::fromUtf8("\u0661\u0669\u0669\u0669"), locale).date ==
            FuzzyDate::exact(P{FuzzyDate::Precision::Year, 1999, 0, 0, FuzzyDate::Season::Spring}));
}

void TestLanguages::welshAutumnIsNotOctober()
{
    QCOMPARE(Languages::install(QStringLiteral("cy")), QStringLiteral("cy"));
    const QLocale welsh;
    QCOMPARE(welsh.language(), QLocale::Welsh);
    QVERIFY(FuzzyDate::parse(QStringLiteral("yr hydref 2015"), welsh).date ==
            FuzzyDate::season(2015, FuzzyDate::Season::Autumn));
    QVERIFY(FuzzyDate::parse(QStringLiteral("Hydref 2015"), welsh).date ==
            FuzzyDate::exact(FuzzyDate::Point{FuzzyDate::Precision::Month, 2015, 10, 0,
                                              FuzzyDate::Season::Spring}));
    QVERIFY(FuzzyDate::parse(QStringLiteral("tua 2012"), welsh).date ==
            FuzzyDate::about(FuzzyDate::Point{FuzzyDate::Precision::Year, 2012, 0, 0,
                                              FuzzyDate::Season::Spring}));
    QCOMPARE(FuzzyDate::season(2015, FuzzyDate::Season::Summer).toDisplayString(welsh),
             QStringLiteral("yr haf 2015"));
}

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
