// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fuzzydate.h"
#include "ids.h"

#include <QList>
#include <QString>

// Something the child remembers, in their own words, maybe with photos.
struct Memory
{
    enum class Feeling : quint8 {
        Happy,
        Excited,
        Proud,
        Calm,
        Loved,
        Sad,
        Worried,
        Angry,
        Confused
    };
    static constexpr int kFeelingCount = int(Feeling::Confused) + 1;

    ItemId id = kNoId;
    QString title;
    FuzzyDate date;
    QString childsWords;
    QList<Feeling> feelings;
    QList<ItemId> peopleIds;
    ItemId placementId = kNoId; // kNoId: inferred from the date
    QList<ItemId> mediaIds;     // pictures
    ItemId recordingId = kNoId; // the child telling it in their own voice (a Media recording)
    bool isPrivate = false;

    bool operator==(const Memory &) const = default;
};
