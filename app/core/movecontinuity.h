// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event.h"
#include "moveplan.h"
#include "person.h"
#include "placement.h"
#include "relationship.h"

#include <QDate>
#include <QList>

// What each move did to the child's relationships, worked out from the case, never typed:
// who was in the child's life before a move, and — six months on — who was still there (a
// contact recorded, or the tie's own dates), who was lost, and what is not known. For a move
// still to come, what the keeping-in-touch plan says instead.
class MoveContinuity
{
public:
    // Siblings first (the research: second only to the carer), then carers, and so on.
    enum class Group : quint8 { Sibling, Carer, Family, Friend, School, Worker, Pet, Place, Other };
    enum class Outcome : quint8 { Kept, Changed, Lost, NotKnown, TooSoon, Planned };
    static constexpr int kOutcomeCount = int(Outcome::Planned) + 1;
    // Why the outcome is what it is, so a reader can check it.
    enum class Evidence : quint8 {
        ContactAfter,    // a contact recorded six months or more after the move
        TieGoesOn,       // the tie has no end, and the map says how often they are in touch
        OpenNoContact,   // the tie has no end, but nothing says they are in touch
        MovesWith,       // the child lives with them in the new home too
        TieLasted,       // the tie ended, but more than six months after
        TieEnded,        // the tie ended before six months had passed
        TieEndUncertain, // the tie's end is too vague to say
        NoTie,           // a carer with no tie recorded
        MoveDateUnknown, // nobody knows when the move was
        NotYet,          // six months have not passed (or the move is still to come)
    };

    struct Tie
    {
        ItemId personId = kNoId;
        Group group = Group::Other;
        Outcome outcome = Outcome::NotKnown;
        Evidence evidence = Evidence::NotYet;
        FuzzyDate evidenceDate;      // the contact's, or the tie's end, as recorded
        KeepInTouch plan;            // personId is kNoId when nothing is planned
        bool isCurrentCarer = false; // lived with the child at the home left (its carers)
        bool movesWith = false;      // lives with the child in the new home too
        Relationship::Contact contact = Relationship::Contact::NotSet; // as the map says now
        // Someone moving with the child needs no plan to stay in touch.
        bool decided() const { return movesWith || plan.plan != KeepInTouch::Plan::NotDecided; }
        bool operator==(const Tie &) const = default;
    };

    struct Move
    {
        ItemId fromPlacement = kNoId; // kNoId when nobody knows where the child was
        ItemId toPlacement = kNoId;
        FuzzyDate date;
        bool upcoming = false; // still to come (after today)
        QDate dayBefore;       // whose life the child was in: invalid when the date is unknown
        QDate sixMonthsAfter;
        MovePlan plan;   // what was recorded (may be empty)
        QList<Tie> ties; // everyone in the child's life before the move, siblings first

        int count(Outcome outcome) const;
        int undecided() const;
        // A move still to come with a sibling or the current carer not decided yet.
        bool needsDecision() const;
        // Those siblings and carers (empty unless the move is still to come).
        QList<ItemId> undecidedKeyPeople() const;
        const Tie *tie(ItemId personId) const;
    };

    MoveContinuity(const QList<Placement> &placements, const QList<Person> &people,
                   const QList<Relationship> &relationships, const QList<Event> &events,
                   const QList<MovePlan> &plans, QDate today);

    // Every move, in date order (moves with unknown dates last).
    const QList<Move> &moves() const { return m_moves; }
    const Move *moveInto(ItemId placementId) const;

    static Group groupOf(Person::Role role);

private:
    QList<Move> m_moves;
};
