// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fuzzydate.h"
#include "ids.h"

#include <QDate>
#include <QList>
#include <QString>

// Where, and with whom, the child lived for a time.
struct Placement
{
    enum class Type : quint8 {
        LivingAtHome,
        Kinship,
        Foster,
        Residential,
        Adoptive,
        SupportedLodgings,
        Other,
    };
    static constexpr int kTypeCount = int(Type::Other) + 1;

    ItemId id = kNoId;
    QString placeName; // how the child names it: "Nana's house"
    Type type = Type::Other;
    FuzzyDate from;
    FuzzyDate to; // unknown = the child still lives here
    QList<ItemId> carerIds;
    QString school;
    // Sensitive: never leaves the household unredacted.
    QString address;
    QString schoolAddress;
    // Why the child came to live here, and why they left: in their words and the record's.
    QString cameReasonChildsWords;
    QString cameReasonRecord;
    QString leftReasonChildsWords;
    QString leftReasonRecord;
    bool isPrivate = false;

    // A home not moved into yet on `today` (its earliest possible start is later): a planned
    // move, said in the future tense everywhere.
    bool isPlannedOn(QDate today) const
    {
        const QDate start = from.isUnknown() ? QDate() : from.earliest();
        return start.isValid() && start > today;
    }
    bool operator==(const Placement &) const = default;
};
