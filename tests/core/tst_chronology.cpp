// SPDX-License-Identifier: GPL-3.0-or-later
#include "chronology.h"

#include <QTest>

// A hand-built story, not the demo: three homes, a recorded move, a review.
class TestChronology : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void eachMoveIsListedOnceOnItsDateWithWhyTheChildLeft();
    void theBirthRowDoesNotCarryAReasonForLeaving();
    void aMoveStillToComeIsPlannedNotDone();

private:
    CaseContent m_case;
    QList<Chronology::Entry> m_rows;
};

void TestChronology::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_case.child.knownAs = QStringLiteral("Sam");
    m_case.child.born = FuzzyDate::day(2015, 5, 12);
    Placement home;
    home.id = 1;
    home.placeName = QStringLiteral("Mum's flat");
    home.type = Placement::Type::LivingAtHome;
    home.from = FuzzyDate::day(2015, 5, 12);
    home.to = FuzzyDate::day(2020, 2, 14);
    home.leftReasonRecord = QStringLiteral("Accommodated under s.76 after neglect concerns");
    home.leftReasonChildsWords = QStringLiteral("Mum was poorly");
    Placement sue;
    sue.id = 2;
    sue.placeName = QStringLiteral("Sue's house");
    sue.type = Placement::Type::Foster;
    sue.from = FuzzyDate::day(2020, 2, 14);
    sue.to = FuzzyDate::month(2022, 8);
    sue.cameReasonRecord = QStringLiteral("Emergency placement");
    sue.leftReasonRecord = QStringLiteral("Planned move to grandmother");
    Placement nana;
    nana.id = 3;
    nana.placeName = QStringLiteral("Nana's house");
    nana.type = Placement::Type::Kinship;
    nana.from = FuzzyDate::month(2022, 8);
    nana.cameReasonChildsWords = QStringLiteral("I asked to live with Nana");
    m_case.placements = {nana, home, sue}; // not in date order on purpose
    Event moved;
    moved.id = 10;
    moved.type = Event::Type::PlacementMove;
    moved.date = FuzzyDate::day(2022, 8, 6);
    moved.title = QStringLiteral("Moved to kinship placement");
    moved.details = QStringLiteral("Sibling contact agreed weekly");
    moved.source = QStringLiteral("Placement plan PP/22/088");
    Event review;
    review.id = 11;
    review.type = Event::Type::Review;
    review.date = FuzzyDate::day(2021, 3, 1);
    review.title = QStringLiteral("First review");
    m_case.events = {moved, review};
    m_rows = Chronology::build(m_case);
}

void TestChronology::eachMoveIsListedOnceOnItsDateWithWhyTheChildLeft()
{
    QStringList texts;
    for (const Chronology::Entry &e : std::as_const(m_rows))
        texts << e.date.toDisplayString() + QStringLiteral(" | ") + e.event;
    const QString all = texts.join(u'\n');
    // Birth home, two moves, the review: the recorded move is merged, not a row of its own.
    QCOMPARE(m_rows.size(), 4);
    QVERIFY2(!all.contains(QStringLiteral("Placement began")), qPrintable(all));
    const Chronology::Entry &toSue = m_rows.at(1);
    QCOMPARE(toSue.date, FuzzyDate::day(2020, 2, 14));
    QVERIFY2(toSue.event.startsWith(QStringLiteral("Moved from Mum's flat to Sue's house")),
             qPrintable(toSue.event));
    QVERIFY(toSue.event.contains(QStringLiteral("Accommodated under s.76")));
    QVERIFY(toSue.event.contains(QStringLiteral("Emergency placement")));
    QVERIFY(toSue.impact.contains(QStringLiteral("Mum was poorly")));
    QCOMPARE(m_rows.at(2).event, QStringLiteral("Review: First review"));
    const Chronology::Entry &toNana = m_rows.at(3);
    QVERIFY(toNana.event.startsWith(QStringLiteral("Moved from Sue's house to Nana's house")));
    QVERIFY(toNana.event.contains(QStringLiteral("Planned move to grandmother")));
    QVERIFY2(toNana.event.contains(QStringLiteral("Sibling contact agreed weekly")),
             qPrintable(toNana.event));
    QCOMPARE(toNana.source, QStringLiteral("Placement plan PP/22/088"));
    QVERIFY(toNana.impact.contains(QStringLiteral("I asked to live with Nana")));
    QCOMPARE(all.count(QStringLiteral("Nana's house")), 1);
}

void TestChronology::aMoveStillToComeIsPlannedNotDone()
{
    CaseContent c = m_case;
    Placement next;
    next.id = 9;
    next.placeName = QStringLiteral("The Browns' house");
    next.type = Placement::Type::Adoptive;
    next.from = FuzzyDate::season(2027, FuzzyDate::Season::Spring);
    c.placements << next;
    const QList<Chronology::Entry> rows = Chronology::build(c, QDate(2026, 12, 2));
    QVERIFY(rows.last().event.startsWith(QStringLiteral("Planned move from ")));
    QVERIFY(rows.last().event.contains(QStringLiteral("to The Browns' house")));
    // Once the day has come, it is a move like any other.
    QVERIFY(Chronology::build(c, QDate(2027, 6, 1))
                .last()
                .event.startsWith(QStringLiteral("Moved from ")));
}

void TestChronology::theBirthRowDoesNotCarryAReasonForLeaving()
{
    const Chronology::Entry &first = m_rows.first();
    QCOMPARE(first.date, FuzzyDate::day(2015, 5, 12));
    QVERIFY2(!first.event.contains(QStringLiteral("Accommodated")), qPrintable(first.event));
    QVERIFY(first.event.contains(QStringLiteral("Mum's flat")));
}

QTEST_GUILESS_MAIN(TestChronology)
#include "tst_chronology.moc"
