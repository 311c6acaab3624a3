// SPDX-License-Identifier: GPL-3.0-or-later
// Moves benchmark (issue: keeping relationships through moves). Prints
// "BENCH moves.<figure> <value> <unit>".
//   bench_moves [--quick]
// The analysis runs again after every edit of a home, a tie, an event or a plan, so it must
// stay well inside a frame on a slow laptop: 30 moves x 300 people under 50 ms.
#include "benchutil.h"
#include "movecontinuity.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int moveCount = 30;
    const int peopleCount = 300;
    QRandomGenerator random(16);
    const QDate start(2008, 1, 1);
    const QDate today(2026, 12, 1);

    QList<Person> people;
    for (int i = 0; i < peopleCount; ++i) {
        Person p;
        p.id = i + 1;
        p.fullName = QStringLiteral("Person %1").arg(i + 1);
        p.role = Person::Role(i % Person::kRoleCount);
        people << p;
    }
    // A home every six months or so; each with one or two carers from the people.
    QList<Placement> placements;
    for (int i = 0; i <= moveCount; ++i) {
        Placement p;
        p.id = i + 1;
        p.placeName = QStringLiteral("Home %1").arg(i + 1);
        p.from = FuzzyDate::day(start.addDays(i * 200));
        if (i < moveCount)
            p.to = FuzzyDate::day(start.addDays((i + 1) * 200));
        p.carerIds = {ItemId(1 + (i * 7) % peopleCount), ItemId(1 + (i * 11) % peopleCount)};
        placements << p;
    }
    // Every person has a tie with the child, of mixed precision; a third have ended.
    QList<Relationship> ties;
    for (int i = 0; i < peopleCount; ++i) {
        Relationship r;
        r.id = i + 1;
        r.personB = i + 1;
        const QDate from = start.addDays(int(random.bounded(6000)));
        r.from = i % 3 == 0 ? FuzzyDate::year(from.year()) : FuzzyDate::day(from);
        if (i % 3 == 1)
            r.to = FuzzyDate::month(from.addDays(int(random.bounded(1500))).year(),
                                    from.addDays(int(random.bounded(1500))).month());
        ties << r;
    }
    QList<Event> events;
    for (int i = 0; i < 2000; ++i) {
        Event e;
        e.id = i + 1;
        e.type = i % 2 ? Event::Type::Contact : Event::Type::Review;
        e.date = FuzzyDate::day(start.addDays(int(random.bounded(6900))));
        e.peopleIds = {ItemId(1 + random.bounded(peopleCount)),
                       ItemId(1 + random.bounded(peopleCount))};
        events << e;
    }
    QList<MovePlan> plans;
    for (int i = 1; i <= moveCount; ++i) {
        MovePlan plan;
        plan.placementId = i + 1;
        plan.planning = MovePlan::Planning::Planned;
        for (int k = 0; k < 60; ++k)
            plan.keep << KeepInTouch{ItemId(1 + random.bounded(peopleCount)),
                                     KeepInTouch::Plan::NewArrangement,
                                     Relationship::Contact::Monthly,
                                     KeepInTouch::Visits,
                                     {},
                                     {}};
        plans << plan;
    }

    const int runs = quick ? 5 : 30;
    QList<double> times;
    qsizetype weighed = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const MoveContinuity moves(placements, people, ties, events, plans, today);
        times << double(timer.nsecsElapsed()) / 1e6;
        weighed = 0;
        for (const MoveContinuity::Move &m : moves.moves())
            weighed += m.ties.size();
    }
    Bench::report("moves", "analysis_30_moves_300_people", Bench::median(times), "ms");
    Bench::report("moves", "ties_weighed", double(weighed), "ties");
    return 0;
}
