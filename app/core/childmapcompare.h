// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "childmap.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>

// Two voices on one map: where the child's own map and the adults' ecomap disagree. A person
// the child puts closer or further than the adults do, or on one map and not the other.
struct ChildMapDifference
{
    enum class Kind : quint8 { Closer, Further, OnlyChilds, OnlyAdults };
    ItemId personId = kNoId;
    Kind kind = Kind::Closer;
    int childRing = -1; // 0 close, 1 middle, 2 further away; -1 not on the child's map
    int adultRing = -1; // likewise on the adults' map

    bool operator==(const ChildMapDifference &) const = default;
};

class ChildMapCompare
{
    Q_DECLARE_TR_FUNCTIONS(ChildMapCompare)

public:
    // The ring a distance from the child falls in, given the rings' radii (close first).
    static int ringAt(double distance, const double (&radii)[3]);
    // Everyone placed on the adults' map (positions round the child at 0,0), as rings.
    static QHash<ItemId, int> ringsOf(const QHash<ItemId, QPointF> &positions,
                                      const double (&radii)[3]);
    // Differences in the order of the child's map, then people only the adults placed.
    // adultRings: each person on the adults' map and the ring they are nearest.
    static QList<ChildMapDifference> differences(const ChildMap &map,
                                                 const QHash<ItemId, int> &adultRings);
    static QString ringName(int ring); // "close", "in the middle", "further away"
    // "Maisie puts Tyler closer than the adults' map does (close, not in the middle)."
    static QString describe(const ChildMapDifference &d, const QString &person,
                            const QString &child);
};
