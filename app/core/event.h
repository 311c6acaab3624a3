// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fuzzydate.h"
#include "ids.h"

#include <QList>
#include <QString>

// Something significant on the record: the raw material of the court chronology.
struct Event
{
    enum class Type : quint8 {
        Contact,
        Review,
        CourtHearing,
        WorkerChange,
        PlacementMove,
        School,
        Health,
        Other,
    };
    static constexpr int kTypeCount = int(Type::Other) + 1;

    ItemId id = kNoId;
    Type type = Type::Other;
    FuzzyDate date;
    QString title;
    QString details;
    QString outcome;       // for contact: how it went
    QString source;        // document or reference, for the chronology
    QString impactOnChild; // optional column of the chronology
    QList<ItemId> peopleIds;
    bool isPrivate = false;

    bool operator==(const Event &) const = default;
};
