// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ids.h"
#include "relationship.h"

#include <QList>
#include <QString>

// What will happen to one relationship after a move.
struct KeepInTouch
{
    // NotDecided is never a guess: a person with no entry is not decided either.
    enum class Plan : quint8 { NotDecided, ContinuesAsNow, NewArrangement, Ends };
    static constexpr int kPlanCount = int(Plan::Ends) + 1;
    // How they keep in touch (a set of these).
    enum Way : quint8 { Visits = 1, Calls = 2, Video = 4, Letters = 8, Messages = 16 };
    static constexpr quint8 kAllWays = 31;

    ItemId personId = kNoId;
    Plan plan = Plan::NotDecided;
    Relationship::Contact often = Relationship::Contact::NotSet; // for a new arrangement
    quint8 ways = 0;
    QString arrangedBy; // "Sue, with Helen (social worker)"
    QString why;        // why it ends, or what else to know

    bool operator==(const KeepInTouch &) const = default;
};

// The plan for the move into a home: how it came about and what happens to every
// relationship. A home's first placement (where the child started) has no move.
struct MovePlan
{
    enum class Planning : quint8 { NotRecorded, Planned, Unplanned, Emergency };
    static constexpr int kPlanningCount = int(Planning::Emergency) + 1;

    ItemId placementId = kNoId; // the home moved into
    Planning planning = Planning::NotRecorded;
    QString notice; // in words: "24 hours", "two weeks"
    QList<KeepInTouch> keep;

    const KeepInTouch *find(ItemId personId) const
    {
        for (const KeepInTouch &k : keep) {
            if (k.personId == personId)
                return &k;
        }
        return nullptr;
    }
    bool isEmpty() const
    {
        return planning == Planning::NotRecorded && notice.isEmpty() && keep.isEmpty();
    }
    bool operator==(const MovePlan &) const = default;
};
