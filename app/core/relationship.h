// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fuzzydate.h"
#include "ids.h"

#include <QDate>
#include <QString>

// A tie on the ecomap, in Hartman's notation. One end is usually the child (kChildId), but
// two other people can be joined too (two siblings placed apart).
struct Relationship
{
    // NotSure is chosen as "Not sure yet" (drawn faintly dotted), never assumed.
    enum class Kind : quint8 { Strong, Ordinary, Tenuous, Stressful, Broken, NotSure };
    static constexpr int kKindCount = int(Kind::NotSure) + 1;
    // Direction of support or energy, from end A to end B.
    enum class Direction : quint8 { None, AToB, BToA, Both };
    enum class Contact : quint8 {
        NotSet,
        LivesTogether,
        Daily,
        Weekly,
        Fortnightly,
        Monthly,
        FewTimesAYear,
        Letterbox,
        Indirect,
        None,
        NotAllowed,
    };
    static constexpr int kContactCount = int(Contact::NotAllowed) + 1;

    ItemId id = kNoId;
    ItemId personA = kChildId;
    ItemId personB = kNoId;
    Kind kind = Kind::Ordinary;
    Direction direction = Direction::None;
    Contact contact = Contact::NotSet;
    QString contactNote; // "supervised, at the family centre"
    QDate nextContact;
    FuzzyDate from;
    FuzzyDate to; // unknown = still going
    QString notes;
    bool isPrivate = false;

    bool involvesChild() const { return personA == kChildId || personB == kChildId; }
    // Whether the tie may have existed on that day (unknown start or end is open).
    bool isActiveOn(QDate date) const
    {
        const QDate start = from.earliest();
        const QDate end = to.isUnknown() ? QDate() : to.latest();
        return (from.isUnknown() || !start.isValid() || start <= date) &&
               (to.isUnknown() || !end.isValid() || date <= end);
    }
    bool operator==(const Relationship &) const = default;
};
