// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzydate.h"

#include <QTest>

#include <algorithm>

using P = FuzzyDate::Precision;
using Q = FuzzyDate::Qualifier;
using S = FuzzyDate::Season;

class TestFuzzyDate : public QObject
{
    Q_OBJECT

private slots:
    void parsesWhatPeopleType_data();
    void parsesWhatPeopleType();
    void rejectsBadInputWithAClearMessage_data();
    void rejectsBadInputWithAClearMessage();
    void numericDatesFollowTheLocale();
    void storageRoundTripIsLossless_data();
    void storageRoundTripIsLossless();
    void storageRejectsForeignText();
    void ordersDatesTotallyAndSensibly();
    void displaysInTheUsersLanguage();
    void rangesCoverTheRightDays();
};

void TestFuzzyDate::parsesWhatPeopleType_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("storage");
    QTest::newRow("season") << "summer 2015"
                            << "2015-summer";
    QTest::newRow("season of") << "Summer of 2015"
                               << "2015-summer";
    QTest::newRow("fall") << "fall 2016"
                          << "2016-autumn";
    QTest::newRow("about year") << "about 2012"
                                << "~2012";
    QTest::newRow("tilde") << "~2012"
                           << "~2012";
    QTest::newRow("circa") << "c. 2012"
                           << "~2012";
    QTest::newRow("month name") << "March 2019"
                                << "2019-03";
    QTest::newRow("short month") << "mar 2019"
                                 << "2019-03";
    QTest::newRow("uk numeric") << "12/03/2019"
                                << "2019-03-12";
    QTest::newRow("dots") << "12.03.2019"
                          << "2019-03-12";
    QTest::newRow("iso") << "2019-03-12"
                         << "2019-03-12";
    QTest::newRow("iso month") << "2019-03"
                               << "2019-03";
    QTest::newRow("day month year") << "12 March 2019"
                                    << "2019-03-12";
    QTest::newRow("ordinal") << "1st June 2020"
                             << "2020-06-01";
    QTest::newRow("us words") << "June 1, 2020"
                              << "2020-06-01";
    QTest::newRow("numeric month") << "03/2019"
                                   << "2019-03";
    QTest::newRow("year") << " 2015 "
                          << "2015";
    QTest::newRow("between") << "between 2010 and 2012"
                             << "2010..2012";
    QTest::newRow("from to") << "from May 2010 to summer 2011"
                             << "2010-05..2011-summer";
    QTest::newRow("dash") << "2010 - 2012"
                          << "2010..2012";
    QTest::newRow("en dash") << "2010–2012"
                             << "2010..2012";
    QTest::newRow("before") << "before 2010"
                            << "<2010";
    QTest::newRow("after") << "after March 2019"
                           << ">2019-03";
    QTest::newRow("about season") << "about winter 2014"
                                  << "~2014-winter";
    QTest::newRow("unknown") << "not known"
                             << "";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("question") << "?"
                              << "";
}

void TestFuzzyDate::parsesWhatPeopleType()
{
    QFETCH(QString, input);
    QFETCH(QString, storage);
    const auto result = FuzzyDate::parse(input, QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.error.isEmpty());
    QCOMPARE(result.date->toStorage(), storage);
}

void TestFuzzyDate::rejectsBadInputWithAClearMessage_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("messageContains");
    QTest::newRow("nonsense") << "last tuesday-ish"
                              << "could not read";
    QTest::newRow("two digit year") << "12/03/19"
                                    << "year in full";
    QTest::newRow("31 feb") << "31/02/2019"
                            << "no day 31";
    QTest::newRow("month 13") << "2019-13"
                              << "month number 13";
    QTest::newRow("numeric month 13") << "13/2019"
                                      << "month number 13";
    QTest::newRow("year too old") << "1066"
                                  << "does not look right";
    QTest::newRow("reversed range") << "between 2012 and 2010"
                                    << "first date must come before";
    QTest::newRow("half range") << "between 2012"
                                << "two dates";
    QTest::newRow("bad season year") << "summer 15"
                                     << "year in full";
    QTest::newRow("about nothing") << "about"
                                   << "could not read";
}

void TestFuzzyDate::rejectsBadInputWithAClearMessage()
{
    QFETCH(QString, input);
    QFETCH(QString, messageContains);
    const auto result = FuzzyDate::parse(input, QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(messageContains, Qt::CaseInsensitive), qPrintable(result.error));
}

void TestFuzzyDate::numericDatesFollowTheLocale()
{
    const auto uk = FuzzyDate::parse(QStringLiteral("04/07/2019"),
                                     QLocale(QLocale::English, QLocale::UnitedKingdom));
    const auto us = FuzzyDate::parse(QStringLiteral("04/07/2019"),
                                     QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(uk.ok() && us.ok());
    QCOMPARE(uk.date->toStorage(), QStringLiteral("2019-07-04"));
    QCOMPARE(us.date->toStorage(), QStringLiteral("2019-04-07"));
    const auto welsh = FuzzyDate::parse(QStringLiteral("Mawrth 2019"), QLocale(QLocale::Welsh));
    QVERIFY2(welsh.ok(), qPrintable(welsh.error));
    QCOMPARE(welsh.date->toStorage(), QStringLiteral("2019-03"));
}

void TestFuzzyDate::storageRoundTripIsLossless_data()
{
    QTest::addColumn<FuzzyDate>("date");
    const FuzzyDate::Point y2010 = FuzzyDate::year(2010).first();
    QTest::newRow("unknown") << FuzzyDate();
    QTest::newRow("day") << FuzzyDate::day(2019, 3, 12);
    QTest::newRow("leap day") << FuzzyDate::day(2020, 2, 29);
    QTest::newRow("month") << FuzzyDate::month(2019, 12);
    QTest::newRow("season") << FuzzyDate::season(2015, S::Winter);
    QTest::newRow("year") << FuzzyDate::year(2015);
    QTest::newRow("about") << FuzzyDate::about(FuzzyDate::month(2012, 6).first());
    QTest::newRow("before") << FuzzyDate::before(y2010);
    QTest::newRow("after") << FuzzyDate::after(FuzzyDate::day(2010, 1, 1).first());
    QTest::newRow("between") << FuzzyDate::between(y2010,
                                                   FuzzyDate::season(2012, S::Spring).first());
}

void TestFuzzyDate::storageRoundTripIsLossless()
{
    QFETCH(FuzzyDate, date);
    QVERIFY(date.isValid());
    const auto back = FuzzyDate::fromStorage(date.toStorage());
    QVERIFY(back.has_value());
    QCOMPARE(*back, date);
    QCOMPARE(back->toStorage(), date.toStorage());
}

void TestFuzzyDate::storageRejectsForeignText()
{
    for (const char *text : {"summer 2015", "2019-02-30", "2019-13", "~", "2012..2010", "20190",
                             "<<2010", "2010..", "abcd"})
        QVERIFY2(!FuzzyDate::fromStorage(QString::fromLatin1(text)).has_value(), text);
}

void TestFuzzyDate::ordersDatesTotallyAndSensibly()
{
    QList<FuzzyDate> dates = {
        FuzzyDate(),
        FuzzyDate::year(2015),
        FuzzyDate::day(2015, 3, 2),
        FuzzyDate::before(FuzzyDate::year(2015).first()),
        FuzzyDate::month(2015, 3),
        FuzzyDate::season(2015, S::Summer),
        FuzzyDate::after(FuzzyDate::year(2015).first()),
        FuzzyDate::about(FuzzyDate::year(2015).first()),
        FuzzyDate::between(FuzzyDate::year(2014).first(), FuzzyDate::year(2016).first()),
    };
    std::sort(dates.begin(), dates.end());
    QStringList order;
    for (const FuzzyDate &d : dates)
        order << d.toStorage();
    // A range sorts by where it starts; "before" just ahead of its point, "after" just behind.
    const QStringList expected = {
        QStringLiteral("2014..2016"),  QStringLiteral("<2015"),   QStringLiteral("2015"),
        QStringLiteral("~2015"),       QStringLiteral("2015-03"), QStringLiteral("2015-03-02"),
        QStringLiteral("2015-summer"), QStringLiteral(">2015"),   QString()};
    QCOMPARE(order, expected);
    // Total: exactly one of <, ==, > for every pair, and == only for equal values.
    for (const FuzzyDate &a : dates) {
        for (const FuzzyDate &b : dates) {
            const int relations = int(a < b) + int(a == b) + int(a > b);
            QCOMPARE(relations, 1);
            QCOMPARE(a == b, a.toStorage() == b.toStorage());
        }
    }
}

void TestFuzzyDate::displaysInTheUsersLanguage()
{
    const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(FuzzyDate::day(2019, 3, 12).toDisplayString(uk), QStringLiteral("12 March 2019"));
    QCOMPARE(FuzzyDate::day(2019, 3, 12).toDisplayString(us), QStringLiteral("March 12, 2019"));
    QCOMPARE(FuzzyDate::month(2019, 3).toDisplayString(uk), QStringLiteral("March 2019"));
    QCOMPARE(FuzzyDate::season(2015, S::Summer).toDisplayString(uk), QStringLiteral("summer 2015"));
    QCOMPARE(FuzzyDate::about(FuzzyDate::year(2012).first()).toDisplayString(uk),
             QStringLiteral("about 2012"));
    QCOMPARE(FuzzyDate::between(FuzzyDate::year(2010).first(), FuzzyDate::year(2012).first())
                 .toDisplayString(uk),
             QStringLiteral("between 2010 and 2012"));
    QCOMPARE(FuzzyDate().toDisplayString(uk), QStringLiteral("not known yet"));
    QCOMPARE(FuzzyDate::month(2019, 3).toDisplayString(QLocale(QLocale::Welsh)),
             QStringLiteral("Mawrth 2019"));
    // Whatever it displays parses back to the same date.
    for (const FuzzyDate &d :
         {FuzzyDate::day(2019, 3, 12), FuzzyDate::season(2015, S::Winter),
          FuzzyDate::before(FuzzyDate::month(2011, 1).first()),
          FuzzyDate::between(FuzzyDate::year(2010).first(), FuzzyDate::month(2012, 2).first())}) {
        const auto back = FuzzyDate::parse(d.toDisplayString(uk), uk);
        QVERIFY2(back.ok(), qPrintable(back.error));
        QCOMPARE(*back.date, d);
    }
}

void TestFuzzyDate::rangesCoverTheRightDays()
{
    const FuzzyDate winter = FuzzyDate::season(2015, S::Winter);
    QCOMPARE(winter.earliest(), QDate(2015, 12, 1));
    QCOMPARE(winter.latest(), QDate(2016, 2, 29));
    const FuzzyDate before = FuzzyDate::before(FuzzyDate::year(2010).first());
    QVERIFY(!before.earliest().isValid());
    QCOMPARE(before.latest(), QDate(2009, 12, 31));
    QVERIFY(before.mayInclude(QDate(1999, 1, 1)));
    QVERIFY(!before.mayInclude(QDate(2010, 1, 1)));
    QVERIFY(FuzzyDate::month(2019, 2).mayInclude(QDate(2019, 2, 28)));
    QVERIFY(!FuzzyDate::month(2019, 2).mayInclude(QDate(2019, 3, 1)));
    QVERIFY(!FuzzyDate().mayInclude(QDate(2019, 3, 1)));
}

QTEST_GUILESS_MAIN(TestFuzzyDate)
#include "tst_fuzzydate.moc"
