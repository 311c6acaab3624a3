// SPDX-License-Identifier: GPL-3.0-or-later
#include "datecheck.h"
#include "democase.h"
#include "placementhistory.h"

#include <QTest>

namespace {

Placement placement(ItemId id, const QString &name, const FuzzyDate &from, const FuzzyDate &to = {})
{
    Placement p;
    p.id = id;
    p.placeName = name;
    p.from = from;
    p.to = to;
    return p;
}

const QDate kBirth(2012, 5, 12);
const QDate kToday(2024, 6, 1);

} // namespace

class TestPlacementHistory : public QObject
{
    Q_OBJECT

private slots:
    void backToBackMovesLeaveNoGap();
    void aMissingStretchIsAGapAndSaidPlainly();
    void fuzzyDatesOnlyMakeCertainGaps();
    void timeBeforeTheFirstKnownHomeIsAGap();
    void aMemoryBeforeTheFirstHomeIsAGapEvenWithoutABirthday();
    void anUnknownBirthdayIsSaidNotNothingMissing();
    void anOverlapIsReportedAndTheShortStayWins();
    void timeSinceTheLastHomeEndedIsAGap();
    void unknownDatesAreListedNotGuessed();
    void memoriesFindTheirPlacementFromTheDate();
    void theDemoStoryHasNoGaps();
    void dateChecksWarnAndBlock();
};

void TestPlacementHistory::backToBackMovesLeaveNoGap()
{
    const PlacementHistory h(
        {placement(1, QStringLiteral("Home"), FuzzyDate::day(kBirth), FuzzyDate::day(2016, 3, 1)),
         placement(2, QStringLiteral("Sue's"), FuzzyDate::day(2016, 3, 1),
                   FuzzyDate::day(2018, 1, 9)),
         placement(3, QStringLiteral("Nana's"), FuzzyDate::day(2018, 1, 10))},
        kBirth, kToday);
    QVERIFY(h.gaps().isEmpty());
    QVERIFY(h.overlaps().isEmpty());
    QVERIFY(h.unresolved().isEmpty());
    QCOMPARE(h.endOf(3), kToday); // still living there
}

void TestPlacementHistory::aMissingStretchIsAGapAndSaidPlainly()
{
    const PlacementHistory h(
        {placement(1, QStringLiteral("Home"), FuzzyDate::day(kBirth), FuzzyDate::day(2014, 3, 10)),
         placement(2, QStringLiteral("Sue's"), FuzzyDate::day(2014, 6, 20))},
        kBirth, kToday);
    QCOMPARE(h.gaps().size(), 1);
    const PlacementHistory::Span gap = h.gaps().first();
    QCOMPARE(gap.from, QDate(2014, 3, 11));
    QCOMPARE(gap.to, QDate(2014, 6, 19));
    QCOMPARE(gap.before, ItemId(1));
    QCOMPARE(gap.after, ItemId(2));
    const QString said = PlacementHistory::describeGap(gap, QLocale(QLocale::English));
    QCOMPARE(said,
             QStringLiteral("We don't know where you lived between March 2014 and June 2014."));
    QCOMPARE(h.unresolved(QLocale(QLocale::English)), QStringList{said});
}

void TestPlacementHistory::fuzzyDatesOnlyMakeCertainGaps()
{
    // Left "in 2015", arrived "summer 2016": certain gap only from 2016-01-01 to the summer.
    const PlacementHistory h(
        {placement(1, QStringLiteral("Home"), FuzzyDate::day(kBirth), FuzzyDate::year(2015)),
         placement(2, QStringLiteral("Sue's"), FuzzyDate::season(2016, FuzzyDate::Season::Summer))},
        kBirth, kToday);
    QCOMPARE(h.gaps().size(), 1);
    QCOMPARE(h.gaps().first().from, QDate(2016, 1, 1));
    QVERIFY(h.gaps().first().to < QDate(2016, 6, 1));
    // "2015" then "2016": could be back to back, so no gap.
    const PlacementHistory close(
        {placement(1, QStringLiteral("Home"), FuzzyDate::day(kBirth), FuzzyDate::year(2015)),
         placement(2, QStringLiteral("Sue's"), FuzzyDate::year(2016))},
        kBirth, kToday);
    QVERIFY(close.gaps().isEmpty());
}

void TestPlacementHistory::timeBeforeTheFirstKnownHomeIsAGap()
{
    const PlacementHistory h({placement(7, QStringLiteral("Sue's"), FuzzyDate::month(2013, 2))},
                             kBirth, kToday);
    QCOMPARE(h.gaps().size(), 1);
    QCOMPARE(h.gaps().first().from, kBirth);
    QCOMPARE(h.gaps().first().to, QDate(2013, 1, 31));
    QCOMPARE(h.gaps().first().before, kNoId);
}

// Seen on a new story: one home from March 2024, a memory from summer 2019, no birthday: it
// said "Nothing missing". The years before the home are unknown and must be said.
void TestPlacementHistory::aMemoryBeforeTheFirstHomeIsAGapEvenWithoutABirthday()
{
    const QList<Placement> homes = {
        placement(3, QStringLiteral("Sue's"), FuzzyDate::month(2024, 3))};
    const QDate memory = FuzzyDate::season(2019, FuzzyDate::Season::Summer).earliest();
    const PlacementHistory h(homes, QDate(), kToday.addYears(1), memory);
    QCOMPARE(h.gaps().size(), 1);
    QCOMPARE(h.gaps().first().from, memory);
    QCOMPARE(h.gaps().first().to, QDate(2024, 2, 29));
    QCOMPARE(h.gaps().first().after, ItemId(3));
    const QString text =
        h.unresolved(QLocale(QLocale::English, QLocale::UnitedKingdom)).join(u'\n');
    QVERIFY2(text.contains(QStringLiteral("June 2019 and February 2024")), qPrintable(text));

    // Nothing before the home: no gap claimed, and the same without any date at all.
    QVERIFY(PlacementHistory(homes, QDate(), kToday.addYears(1)).gaps().isEmpty());
    QVERIFY(
        PlacementHistory(homes, QDate(), kToday.addYears(1), QDate(2024, 5, 1)).gaps().isEmpty());
    // No home at all yet, but a birthday: the whole life is a gap.
    const PlacementHistory none({}, kBirth, kToday);
    QCOMPARE(none.gaps().size(), 1);
    QCOMPARE(none.gaps().first().from, kBirth);
    QCOMPARE(none.gaps().first().to, kToday);
}

void TestPlacementHistory::anUnknownBirthdayIsSaidNotNothingMissing()
{
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    const QList<Placement> homes = {placement(1, QStringLiteral("Home"), FuzzyDate::day(kBirth))};
    const QStringList unknown = PlacementHistory(homes, QDate(), kToday).unresolved(english);
    QCOMPARE(unknown.value(0), QStringLiteral("We don't know your date of birth yet."));
    QVERIFY(PlacementHistory(homes, kBirth, kToday).unresolved(english).isEmpty());
}

void TestPlacementHistory::anOverlapIsReportedAndTheShortStayWins()
{
    const PlacementHistory h(
        {placement(1, QStringLiteral("Sue's"), FuzzyDate::day(kBirth), FuzzyDate::year(2022)),
         placement(2, QStringLiteral("Respite with Jan"), FuzzyDate::day(2019, 8, 1),
                   FuzzyDate::day(2019, 8, 14))},
        kBirth, kToday);
    QCOMPARE(h.overlaps().size(), 1);
    QCOMPARE(h.overlaps().first().from, QDate(2019, 8, 1));
    QCOMPARE(h.overlaps().first().to, QDate(2019, 8, 14));
    QCOMPARE(h.placementAt(FuzzyDate::day(2019, 8, 5)), ItemId(2));
    QCOMPARE(h.placementAt(FuzzyDate::day(2019, 9, 5)), ItemId(1));
    QVERIFY(h.unresolved(QLocale(QLocale::English)).join(u' ').contains(QStringLiteral("overlap")));
}

void TestPlacementHistory::timeSinceTheLastHomeEndedIsAGap()
{
    // Seen: a home that ended in June 2021, and nothing after, said "Nothing missing".
    const PlacementHistory h({placement(1, QStringLiteral("Mum's flat"), FuzzyDate::day(kBirth),
                                        FuzzyDate::month(2021, 6))},
                             kBirth, kToday);
    QCOMPARE(h.gaps().size(), 1);
    QCOMPARE(h.gaps().first().from, QDate(2021, 7, 1));
    QCOMPARE(h.gaps().first().to, kToday);
    QCOMPARE(h.unresolved(QLocale(QLocale::English)),
             QStringList{QStringLiteral("We don't know where you lived between July 2021 and "
                                        "June 2024.")});
    // A home still going, or one planned after the one now, leaves no such gap.
    QVERIFY(PlacementHistory({placement(1, QStringLiteral("Mum's flat"), FuzzyDate::day(kBirth))},
                             kBirth, kToday)
                .gaps()
                .isEmpty());
    QVERIFY(PlacementHistory({placement(1, QStringLiteral("Nana's"), FuzzyDate::day(kBirth)),
                              placement(2, QStringLiteral("New home"), FuzzyDate::month(2025, 3))},
                             kBirth, kToday)
                .unresolved(QLocale(QLocale::English))
                .isEmpty());
}

void TestPlacementHistory::unknownDatesAreListedNotGuessed()
{
    const PlacementHistory h({placement(1, QStringLiteral("Home"), FuzzyDate::day(kBirth)),
                              placement(2, QStringLiteral("Sue's"), FuzzyDate::year(2016)),
                              placement(3, QStringLiteral("Mystery"), FuzzyDate())},
                             kBirth, kToday);
    QCOMPARE(h.unknownStarts(), QList<ItemId>{3});
    QCOMPARE(h.unknownEnds(), QList<ItemId>{1});
    QVERIFY(h.gaps().isEmpty());
    const QStringList lines = h.unresolved(QLocale(QLocale::English));
    QVERIFY(lines.contains(QStringLiteral("We don't know when you moved to Mystery.")));
    QVERIFY(lines.contains(QStringLiteral("We don't know when you left Home.")));
}

void TestPlacementHistory::memoriesFindTheirPlacementFromTheDate()
{
    const PlacementHistory h(
        {placement(1, QStringLiteral("Home"), FuzzyDate::day(kBirth), FuzzyDate::month(2016, 3)),
         placement(2, QStringLiteral("Sue's"), FuzzyDate::month(2016, 3))},
        kBirth, kToday);
    QCOMPARE(h.placementAt(FuzzyDate::season(2015, FuzzyDate::Season::Summer)), ItemId(1));
    QCOMPARE(h.placementAt(FuzzyDate::year(2020)), ItemId(2));
    QCOMPARE(h.placementAt(FuzzyDate::year(2005)), kNoId); // before anything we know
    QCOMPARE(h.placementAt(FuzzyDate()), kNoId);
}

void TestPlacementHistory::theDemoStoryHasNoGaps()
{
    const CaseContent demo = DemoCase::build();
    const PlacementHistory h(demo.placements, demo.child.dateOfBirth(), QDate(2026, 11, 23));
    QVERIFY2(h.gaps().isEmpty(), qPrintable(h.unresolved().join(QLatin1Char('\n'))));
    for (const Memory &m : demo.memories) {
        if (!m.date.isUnknown() && m.date.latest() >= demo.child.dateOfBirth())
            QVERIFY2(h.placementAt(m.date) != kNoId, qPrintable(m.title));
    }
}

void TestPlacementHistory::dateChecksWarnAndBlock()
{
    using S = DateCheck::Severity;
    QCOMPARE(DateCheck::pointInLife(FuzzyDate::year(2030), kBirth, kToday).severity, S::Warning);
    QCOMPARE(DateCheck::pointInLife(FuzzyDate::year(1990), kBirth, kToday).severity, S::Warning);
    QVERIFY(!DateCheck::pointInLife(FuzzyDate::year(1990), kBirth, kToday).blocksSaving());
    QCOMPARE(DateCheck::pointInLife(FuzzyDate::year(2012), kBirth, kToday).severity, S::Fine);
    QCOMPARE(DateCheck::pointInLife(FuzzyDate(), kBirth, kToday).severity, S::Fine);
    QVERIFY(DateCheck::range(FuzzyDate::year(2016), FuzzyDate::year(2015)).blocksSaving());
    QVERIFY(!DateCheck::range(FuzzyDate::year(2016), FuzzyDate::month(2016, 1)).blocksSaving());
    QVERIFY(!DateCheck::range(FuzzyDate::year(2016), FuzzyDate()).blocksSaving());
}

QTEST_MAIN(TestPlacementHistory)
#include "tst_placementhistory.moc"
