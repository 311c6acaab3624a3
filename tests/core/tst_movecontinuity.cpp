// SPDX-License-Identifier: GPL-3.0-or-later
#include "democase.h"
#include "movecontinuity.h"
#include "movewords.h"

#include <QTest>

namespace {

using O = MoveContinuity::Outcome;
using E = MoveContinuity::Evidence;
using G = MoveContinuity::Group;

Placement home(ItemId id, const FuzzyDate &from, const FuzzyDate &to = {},
               QList<ItemId> carers = {})
{
    Placement p;
    p.id = id;
    p.placeName = QStringLiteral("Home %1").arg(id);
    p.from = from;
    p.to = to;
    p.carerIds = std::move(carers);
    return p;
}

Person person(ItemId id, Person::Role role)
{
    Person p;
    p.id = id;
    p.fullName = QStringLiteral("Person %1").arg(id);
    p.role = role;
    return p;
}

Relationship tie(ItemId id, ItemId other, const FuzzyDate &from = {}, const FuzzyDate &to = {})
{
    Relationship r;
    r.id = id;
    r.personB = other;
    r.from = from;
    r.to = to;
    return r;
}

Relationship inTouch(ItemId id, ItemId other,
                     Relationship::Contact how = Relationship::Contact::Weekly)
{
    Relationship r = tie(id, other);
    r.contact = how;
    return r;
}

Event contact(ItemId id, const FuzzyDate &date, QList<ItemId> people)
{
    Event e;
    e.id = id;
    e.type = Event::Type::Contact;
    e.date = date;
    e.peopleIds = std::move(people);
    return e;
}

const QDate kToday(2026, 12, 2);
const auto kSpring2020 = FuzzyDate::day(2020, 3, 1);

} // namespace

class TestMoveContinuity : public QObject
{
    Q_OBJECT

private slots:
    void theFirstHomeHasNoMoveAndEachLaterHomeHasOne();
    void aTieThatEndedSoonAfterIsLostAndOneStillGoingIsKept();
    void contactSixMonthsLaterKeepsATieThatEnded();
    void fuzzyEndsAreNotCountedLost();
    void aMoveWithAnUnknownDateSaysSo();
    void aRecentMoveIsTooSoonToTell();
    void brokenAndNoContactTiesWereNotInTouchBefore();
    void theNewHomesCarersAreNotCountedBefore();
    void aRelativeWhoCaredIsTheCarerLeftAndComesFirstAfterSiblings();
    void aSiblingWhoLivedThereTooStaysASibling();
    void aPlanTheRecordContradictsIsSaid();
    void anOpenTieWithNothingSayingTheyMeetIsNotKnown();
    void whoeverMovesWithTheChildNeedsNoPlan();
    void aRespiteStayInsideAHomeIsNotWhereTheNextMoveStarts();
    void aPlannedMoveWarnsUntilSiblingsAndTheCarerAreDecided();
    void aNewArrangementThatHeldIsKeptChanged();
    void theDemoShowsTheMoveFromSuesHouseAndThePlannedMove();
    void wordsSaySummaryAndEvidence();
};

void TestMoveContinuity::theFirstHomeHasNoMoveAndEachLaterHomeHasOne()
{
    const QList<Placement> homes = {home(2, FuzzyDate::day(2018, 1, 1), FuzzyDate::day(2019, 1, 1)),
                                    home(1, FuzzyDate::day(2015, 1, 1), FuzzyDate::day(2018, 1, 1)),
                                    home(3, FuzzyDate::day(2019, 1, 1))};
    const MoveContinuity moves(homes, {}, {}, {}, {}, kToday);
    QCOMPARE(moves.moves().size(), 2);
    QCOMPARE(moves.moves().at(0).fromPlacement, ItemId(1));
    QCOMPARE(moves.moves().at(0).toPlacement, ItemId(2));
    QCOMPARE(moves.moves().at(1).fromPlacement, ItemId(2));
    QCOMPARE(moves.moves().at(1).toPlacement, ItemId(3));
    QCOMPARE(moves.moves().at(1).dayBefore, QDate(2018, 12, 31));
    QCOMPARE(moves.moves().at(1).sixMonthsAfter, QDate(2019, 7, 1));
    QVERIFY(!moves.moveInto(1));
    QVERIFY(moves.moveInto(3));
}

void TestMoveContinuity::aTieThatEndedSoonAfterIsLostAndOneStillGoingIsKept()
{
    const QList<Placement> homes = {home(1, FuzzyDate::day(2015, 1, 1), kSpring2020),
                                    home(2, kSpring2020)};
    const QList<Person> people = {person(10, Person::Role::Friend),
                                  person(11, Person::Role::Sibling),
                                  person(12, Person::Role::Teacher)};
    const QList<Relationship> ties = {
        tie(1, 10, FuzzyDate::year(2018), FuzzyDate::day(2020, 3, 1)), // ended with the move
        inTouch(2, 11),                                                // still going
        tie(3, 12, FuzzyDate::year(2019), FuzzyDate::day(2021, 6, 1)), // lasted a year more
    };
    const MoveContinuity moves(homes, people, ties, {}, {}, kToday);
    const MoveContinuity::Move &move = moves.moves().first();
    QCOMPARE(move.ties.size(), 3);
    QCOMPARE(move.ties.first().personId, ItemId(11)); // siblings first
    QCOMPARE(move.tie(10)->outcome, O::Lost);
    QCOMPARE(move.tie(10)->evidence, E::TieEnded);
    QCOMPARE(move.tie(10)->evidenceDate, FuzzyDate::day(2020, 3, 1));
    QCOMPARE(move.tie(11)->outcome, O::Kept);
    QCOMPARE(move.tie(11)->evidence, E::TieGoesOn);
    QCOMPARE(MoveWords::evidence(*move.tie(11)),
             QStringLiteral("In touch: every week, as the map says (no end recorded)"));
    QCOMPARE(move.tie(12)->outcome, O::Kept);
    QCOMPARE(move.tie(12)->evidence, E::TieLasted);
    QCOMPARE(move.count(O::Lost), 1);
    QCOMPARE(move.count(O::Kept), 2);
}

void TestMoveContinuity::contactSixMonthsLaterKeepsATieThatEnded()
{
    const QList<Placement> homes = {home(1, FuzzyDate::day(2015, 1, 1), kSpring2020),
                                    home(2, kSpring2020)};
    const QList<Person> people = {person(10, Person::Role::BirthFather),
                                  person(11, Person::Role::Friend)};
    const QList<Relationship> ties = {tie(1, 10, {}, FuzzyDate::day(2020, 3, 1)),
                                      tie(2, 11, {}, FuzzyDate::day(2020, 3, 1))};
    // Contact with 10 a year on; with 11 only a month on (not "still there six months after").
    const QList<Event> events = {contact(1, FuzzyDate::month(2021, 3), {10}),
                                 contact(2, FuzzyDate::day(2020, 4, 1), {11})};
    const MoveContinuity moves(homes, people, ties, events, {}, kToday);
    const MoveContinuity::Move &move = moves.moves().first();
    QCOMPARE(move.tie(10)->outcome, O::Kept);
    QCOMPARE(move.tie(10)->evidence, E::ContactAfter);
    QCOMPARE(move.tie(10)->evidenceDate, FuzzyDate::month(2021, 3));
    // A contact after the tie's recorded end, but before six months: nobody can say.
    QCOMPARE(move.tie(11)->outcome, O::NotKnown);
}

void TestMoveContinuity::fuzzyEndsAreNotCountedLost()
{
    // A move in summer 2020: six months after is the end of February 2021.
    const auto summer = FuzzyDate::season(2020, FuzzyDate::Season::Summer);
    const QList<Placement> homes = {home(1, FuzzyDate::year(2015), summer), home(2, summer)};
    const QList<Person> people = {person(10, Person::Role::Friend),
                                  person(11, Person::Role::Friend),
                                  person(12, Person::Role::Friend)};
    const QList<Relationship> ties = {
        tie(1, 10, FuzzyDate::year(2019), FuzzyDate::year(2020)), // ended by December 2020
        tie(2, 11, FuzzyDate::year(2019), FuzzyDate::year(2021)), // some time in 2021
        tie(3, 12, FuzzyDate::year(2019), FuzzyDate::after({FuzzyDate::Precision::Year, 2020})),
    };
    const MoveContinuity moves(homes, people, ties, {}, {}, kToday);
    const MoveContinuity::Move &move = moves.moves().first();
    QCOMPARE(move.sixMonthsAfter, QDate(2021, 2, 28));
    QCOMPARE(move.tie(10)->outcome, O::Lost);
    QCOMPARE(move.tie(11)->outcome, O::NotKnown);
    QCOMPARE(move.tie(11)->evidence, E::TieEndUncertain);
    QCOMPARE(move.tie(12)->outcome, O::NotKnown);
}

void TestMoveContinuity::aMoveWithAnUnknownDateSaysSo()
{
    const QList<Placement> homes = {home(1, FuzzyDate::year(2015), {}, {10}), home(2, {})};
    const QList<Person> people = {person(10, Person::Role::FosterCarer)};
    const MoveContinuity moves(homes, people, {tie(1, 10)}, {}, {}, kToday);
    QCOMPARE(moves.moves().size(), 1);
    const MoveContinuity::Move &move = moves.moves().first();
    QVERIFY(move.date.isUnknown());
    QVERIFY(!move.dayBefore.isValid());
    QVERIFY(!move.upcoming);
    QCOMPARE(move.fromPlacement, kNoId);
    QVERIFY(move.ties.isEmpty()); // nobody can say who was there before an unknown day
}

void TestMoveContinuity::aRecentMoveIsTooSoonToTell()
{
    const auto moved = FuzzyDate::day(kToday.addMonths(-2));
    const QList<Placement> homes = {home(1, FuzzyDate::year(2015), moved, {10}), home(2, moved)};
    const QList<Person> people = {person(10, Person::Role::FosterCarer),
                                  person(11, Person::Role::Friend)};
    const QList<Relationship> ties = {tie(1, 10),
                                      tie(2, 11, {}, FuzzyDate::day(kToday.addMonths(-1)))};
    const MoveContinuity moves(homes, people, ties, {}, {}, kToday);
    const MoveContinuity::Move &move = moves.moves().first();
    QVERIFY(!move.upcoming);
    QCOMPARE(move.tie(10)->outcome, O::TooSoon);
    QCOMPARE(move.tie(10)->evidence, E::NotYet);
    QVERIFY(move.tie(10)->isCurrentCarer);
    QCOMPARE(move.tie(11)->outcome, O::Lost); // already ended, and nothing since
}

void TestMoveContinuity::brokenAndNoContactTiesWereNotInTouchBefore()
{
    const QList<Placement> homes = {home(1, FuzzyDate::year(2015), kSpring2020),
                                    home(2, kSpring2020)};
    const QList<Person> people = {person(10, Person::Role::BirthFather),
                                  person(11, Person::Role::OtherRelative),
                                  person(12, Person::Role::OtherRelative)};
    Relationship broken = tie(1, 10);
    broken.kind = Relationship::Kind::Broken;
    Relationship none = tie(2, 11);
    none.contact = Relationship::Contact::NotAllowed;
    const Relationship later = tie(3, 12, FuzzyDate::year(2021));
    const MoveContinuity moves(homes, people, {broken, none, later}, {}, {}, kToday);
    QVERIFY(moves.moves().first().ties.isEmpty());
}

void TestMoveContinuity::theNewHomesCarersAreNotCountedBefore()
{
    // The new carers' ties have no dates, as people often leave them.
    const QList<Placement> homes = {home(1, FuzzyDate::year(2015), kSpring2020, {10}),
                                    home(2, kSpring2020, {}, {11})};
    const QList<Person> people = {person(10, Person::Role::FosterCarer),
                                  person(11, Person::Role::FosterCarer)};
    const MoveContinuity moves(homes, people, {tie(1, 10), tie(2, 11)}, {}, {}, kToday);
    const MoveContinuity::Move &move = moves.moves().first();
    QCOMPARE(move.ties.size(), 1);
    QCOMPARE(move.ties.first().personId, ItemId(10));
    QVERIFY(move.ties.first().isCurrentCarer);
}

void TestMoveContinuity::aRelativeWhoCaredIsTheCarerLeftAndComesFirstAfterSiblings()
{
    const QList<Placement> homes = {home(1, FuzzyDate::year(2015), kSpring2020, {10}),
                                    home(2, kSpring2020)};
    const QList<Person> people = {
        person(12, Person::Role::Friend), person(10, Person::Role::Grandparent),
        person(13, Person::Role::Teacher), person(11, Person::Role::Sibling)};
    const QList<Relationship> ties = {tie(1, 12), tie(2, 10), tie(3, 13), tie(4, 11)};
    const MoveContinuity moves(homes, people, ties, {}, {}, kToday);
    const MoveContinuity::Move &move = moves.moves().first();
    QCOMPARE(move.ties.size(), 4);
    QCOMPARE(move.ties.at(0).personId, ItemId(11));
    QCOMPARE(move.ties.at(0).group, G::Sibling);
    QCOMPARE(move.ties.at(1).personId, ItemId(10));
    QCOMPARE(move.ties.at(1).group, G::Carer);
    QVERIFY(move.ties.at(1).isCurrentCarer);
    QCOMPARE(move.ties.at(2).group, G::Friend);
    QCOMPARE(move.ties.at(3).group, G::School);
}

void TestMoveContinuity::aSiblingWhoLivedThereTooStaysASibling()
{
    // Seen: a sister ticked under "Lived with" at Mum's flat was called a carer.
    const QList<Placement> homes = {home(1, FuzzyDate::year(2015), kSpring2020, {10, 11}),
                                    home(2, kSpring2020)};
    const QList<Person> people = {person(10, Person::Role::BirthMother),
                                  person(11, Person::Role::Sibling)};
    const MoveContinuity moves(homes, people, {tie(1, 10), tie(2, 11)}, {}, {}, kToday);
    const MoveContinuity::Move &move = moves.moves().first();
    QCOMPARE(move.tie(11)->group, G::Sibling);
    QVERIFY(move.tie(11)->isCurrentCarer);
    QCOMPARE(move.tie(10)->group, G::Carer);
    Person sister = people.at(1);
    sister.roleDetail = QStringLiteral("Sister, 7");
    QCOMPARE(MoveWords::whoTheyAre(sister, *move.tie(11)),
             QStringLiteral("Sister, 7, lived with the child at the home left"));
    QCOMPARE(MoveWords::whoTheyAre(sister, *move.tie(11), false),
             QStringLiteral("Brother or sister, lived with the child at the home left"));
}

void TestMoveContinuity::aPlanTheRecordContradictsIsSaid()
{
    MoveContinuity::Tie tie;
    tie.outcome = O::Kept;
    tie.evidence = E::TieGoesOn;
    tie.contact = Relationship::Contact::Monthly;
    tie.plan.plan = KeepInTouch::Plan::Ends;
    QCOMPARE(MoveWords::evidence(tie),
             QStringLiteral("In touch: every month, as the map says (no end recorded). The plan "
                            "said this would end: if it did, give the relationship an end date on "
                            "the map."));
    tie.outcome = O::Lost;
    tie.evidence = E::TieEnded;
    tie.evidenceDate = FuzzyDate::year(2021);
    tie.plan.plan = KeepInTouch::Plan::ContinuesAsNow;
    QCOMPARE(MoveWords::evidence(tie, QLocale(QLocale::English, QLocale::UnitedKingdom)),
             QStringLiteral("Ended 2021, no contact recorded since. The plan was to keep in "
                            "touch."));
}

void TestMoveContinuity::anOpenTieWithNothingSayingTheyMeetIsNotKnown()
{
    // Seen: "Kept" in a court pack for a tie with no end and nothing else recorded.
    const QList<Placement> homes = {home(1, FuzzyDate::year(2015), kSpring2020),
                                    home(2, kSpring2020)};
    const MoveContinuity moves(homes, {person(11, Person::Role::Friend)}, {tie(1, 11)}, {}, {},
                               kToday);
    const MoveContinuity::Tie *t = moves.moves().first().tie(11);
    QCOMPARE(t->outcome, O::NotKnown);
    QCOMPARE(t->evidence, E::OpenNoContact);
    QCOMPARE(MoveWords::evidence(*t),
             QStringLiteral("No end recorded, but nothing says how often they are in touch"));
}

void TestMoveContinuity::whoeverMovesWithTheChildNeedsNoPlan()
{
    // Seen: Gran and Sam, moving with Ollie, were warned about as undecided; Gran, his new
    // carer and his grandmother, was missing from the move into her house.
    const auto planned = FuzzyDate::month(2027, 7);
    const QList<Placement> homes = {
        home(1, FuzzyDate::year(2014), FuzzyDate::month(2019, 5), {10, 11}),
        home(2, FuzzyDate::month(2019, 5), {}, {12, 11}), home(3, planned, {}, {12, 11})};
    const QList<Person> people = {person(10, Person::Role::BirthFather),
                                  person(11, Person::Role::Sibling),
                                  person(12, Person::Role::KinshipCarer)};
    const QList<Relationship> ties = {tie(1, 10), tie(2, 11), tie(3, 12)};
    const MoveContinuity moves(homes, people, ties, {}, {}, kToday);
    const MoveContinuity::Move &intoGrans = moves.moves().at(0);
    QVERIFY(intoGrans.tie(12)); // family, so in his life before, though a carer after
    QVERIFY(intoGrans.tie(12)->movesWith);
    QCOMPARE(intoGrans.tie(11)->outcome, O::Kept);
    QCOMPARE(intoGrans.tie(11)->evidence, E::MovesWith);
    QCOMPARE(MoveWords::plan(*intoGrans.tie(11), true), QStringLiteral("Moved with the child"));
    const Person sam = people.at(1);
    QCOMPARE(MoveWords::whoTheyAre(sam, *intoGrans.tie(11)),
             QStringLiteral("Brother or sister, lives with the child in both homes"));
    QVERIFY(!intoGrans.tie(10)->movesWith);
    QCOMPARE(intoGrans.tie(10)->outcome, O::NotKnown);

    const MoveContinuity::Move &toFlat = moves.moves().at(1);
    QVERIFY(toFlat.upcoming);
    QVERIFY(!toFlat.needsDecision());
    QCOMPARE(toFlat.undecided(), 1); // only Dad, who is not moving with him
    QVERIFY(!toFlat.tie(10)->decided());
    QCOMPARE(MoveWords::plan(*toFlat.tie(12)), QStringLiteral("Moves with the child"));
}

void TestMoveContinuity::aRespiteStayInsideAHomeIsNotWhereTheNextMoveStarts()
{
    const QList<Placement> homes = {
        home(1, FuzzyDate::day(2016, 1, 1), FuzzyDate::day(2022, 1, 1)),
        home(2, FuzzyDate::day(2019, 3, 1), FuzzyDate::day(2019, 3, 14)), // a fortnight's respite
        home(3, FuzzyDate::day(2022, 1, 1)),
    };
    const MoveContinuity moves(homes, {}, {}, {}, {}, kToday);
    QCOMPARE(moves.moves().size(), 2);
    QCOMPARE(moves.moveInto(2)->fromPlacement, ItemId(1));
    QCOMPARE(moves.moveInto(3)->fromPlacement, ItemId(1));
}

void TestMoveContinuity::aPlannedMoveWarnsUntilSiblingsAndTheCarerAreDecided()
{
    const auto planned = FuzzyDate::month(2027, 4);
    const QList<Placement> homes = {home(1, FuzzyDate::year(2020), {}, {10}), home(2, planned)};
    const QList<Person> people = {person(10, Person::Role::FosterCarer),
                                  person(11, Person::Role::Sibling),
                                  person(12, Person::Role::Friend)};
    const QList<Relationship> ties = {tie(1, 10), tie(2, 11), tie(3, 12)};
    MovePlan plan;
    plan.placementId = 2;
    const auto at = [&](const QList<MovePlan> &plans) {
        return MoveContinuity(homes, people, ties, {}, plans, kToday).moves().first();
    };
    MoveContinuity::Move move = at({plan});
    QVERIFY(move.upcoming);
    QCOMPARE(move.dayBefore, QDate(2027, 3, 31));
    QCOMPARE(move.tie(11)->outcome, O::Planned);
    QVERIFY(move.needsDecision());
    QCOMPARE(move.undecidedKeyPeople(), (QList<ItemId>{11, 10}));
    QCOMPARE(move.undecided(), 3);

    plan.keep << KeepInTouch{11,
                             KeepInTouch::Plan::NewArrangement,
                             Relationship::Contact::Weekly,
                             KeepInTouch::Video,
                             QStringLiteral("Helen"),
                             {}};
    move = at({plan});
    QCOMPARE(move.undecidedKeyPeople(), QList<ItemId>{10});
    plan.keep << KeepInTouch{10, KeepInTouch::Plan::Ends, {}, 0, {}, QStringLiteral("Retiring")};
    move = at({plan});
    QVERIFY(!move.needsDecision()); // the friend still undecided is not a warning
    QCOMPARE(move.undecided(), 1);
    QCOMPARE(move.tie(11)->plan.ways, quint8(KeepInTouch::Video));
}

void TestMoveContinuity::aNewArrangementThatHeldIsKeptChanged()
{
    const QList<Placement> homes = {home(1, FuzzyDate::year(2015), kSpring2020),
                                    home(2, kSpring2020)};
    MovePlan plan;
    plan.placementId = 2;
    plan.keep << KeepInTouch{11, KeepInTouch::Plan::NewArrangement, {}, KeepInTouch::Calls, {}, {}};
    const MoveContinuity moves(homes, {person(11, Person::Role::Sibling)}, {inTouch(1, 11)}, {},
                               {plan}, kToday);
    QCOMPARE(moves.moves().first().tie(11)->outcome, O::Changed);
}

void TestMoveContinuity::theDemoShowsTheMoveFromSuesHouseAndThePlannedMove()
{
    const CaseContent demo = DemoCase::build();
    const MoveContinuity moves(demo.placements, demo.people, demo.relationships, demo.events,
                               demo.movePlans, QDate::currentDate());
    const auto idOf = [&](const QString &knownAs) {
        for (const Person &p : demo.people) {
            if (p.knownAs == knownAs)
                return p.id;
        }
        return kNoId;
    };
    const MoveContinuity::Move *fromSues = nullptr;
    for (const MoveContinuity::Move &m : moves.moves()) {
        for (const Placement &p : demo.placements) {
            if (p.id == m.fromPlacement && p.placeName == QStringLiteral("Sue's house"))
                fromSues = &m;
        }
    }
    QVERIFY(fromSues);
    QCOMPARE(fromSues->plan.planning, MovePlan::Planning::Emergency);
    QCOMPARE(fromSues->plan.notice, QStringLiteral("24 hours"));
    QCOMPARE(fromSues->tie(idOf(QStringLiteral("Sue")))->outcome, O::Lost);
    QCOMPARE(fromSues->tie(idOf(QStringLiteral("Amira")))->outcome, O::Lost);
    QCOMPARE(fromSues->tie(idOf(QStringLiteral("Chloe")))->outcome, O::Lost);
    const MoveContinuity::Tie *tyler = fromSues->tie(idOf(QStringLiteral("Tyler")));
    QVERIFY(tyler);
    QCOMPARE(tyler->outcome, O::Changed);
    QCOMPARE(tyler->plan.ways, quint8(KeepInTouch::Video));
    QCOMPARE(fromSues->ties.first().group, G::Sibling);

    const MoveContinuity::Move &planned = moves.moves().last();
    QVERIFY(planned.upcoming);
    QCOMPARE(planned.undecidedKeyPeople(), QList<ItemId>{idOf(QStringLiteral("Tyler"))});
}

void TestMoveContinuity::wordsSaySummaryAndEvidence()
{
    MoveContinuity::Move move;
    MoveContinuity::Tie kept;
    kept.outcome = O::Kept;
    MoveContinuity::Tie lost;
    lost.outcome = O::Lost;
    lost.evidence = E::TieEnded;
    lost.evidenceDate = FuzzyDate::day(2022, 1, 20);
    move.ties = {kept, kept, lost};
    QCOMPARE(MoveWords::summary(move), QStringLiteral("Kept 2 · lost 1"));
    QCOMPARE(MoveWords::evidence(lost, QLocale(QLocale::English, QLocale::UnitedKingdom)),
             QStringLiteral("Ended 20 January 2022, no contact recorded since"));
    move.upcoming = true;
    QCOMPARE(MoveWords::summary(move), QStringLiteral("3 of 3 not decided yet"));
    KeepInTouch k{1,
                  KeepInTouch::Plan::NewArrangement,
                  Relationship::Contact::Weekly,
                  KeepInTouch::Visits | KeepInTouch::Video,
                  QStringLiteral("Sue"),
                  {}};
    QCOMPARE(
        MoveWords::arrangement(k),
        QStringLiteral("New arrangement: visits and video calls, every week, arranged by Sue"));
    QCOMPARE(MoveWords::arrangement({}), QStringLiteral("Not decided yet"));
    QCOMPARE(MoveWords::arrangement({}, true), QStringLiteral("No plan recorded"));
    lost.evidenceDate = FuzzyDate::month(2022, 1); // said as recorded, not as a made-up day
    QCOMPARE(MoveWords::evidence(lost, QLocale(QLocale::English, QLocale::UnitedKingdom)),
             QStringLiteral("Ended January 2022, no contact recorded since"));
}

QTEST_MAIN(TestMoveContinuity) // the demo draws its pictures
#include "tst_movecontinuity.moc"
