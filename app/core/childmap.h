// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ids.h"
#include "memory.h"

#include <QDate>
#include <QList>

#include <optional>

// The child's own map of the people in their life ("My people"): how close each person feels,
// on three rings, with a feeling face. It is the child's view, kept apart from the adults'
// ecomap, and saved as dated snapshots so that how the child saw things can be looked back on.
struct ChildMapPlace
{
    enum class Ring : quint8 { Close, Middle, Further };
    static constexpr int kRingCount = 3;

    ItemId personId = kNoId;
    Ring ring = Ring::Middle;
    double angle = 0; // degrees round the ring, 0 = to the right, counter-clockwise
    std::optional<Memory::Feeling> feeling;

    bool operator==(const ChildMapPlace &) const = default;
};

struct ChildMap
{
    ItemId id = kNoId;
    QDate seenOn; // "how I saw it on 3 March 2026"
    QList<ChildMapPlace> places;

    const ChildMapPlace *place(ItemId personId) const
    {
        for (const ChildMapPlace &p : places) {
            if (p.personId == personId)
                return &p;
        }
        return nullptr;
    }
    bool operator==(const ChildMap &) const = default;
};
