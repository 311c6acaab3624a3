// SPDX-License-Identifier: GPL-3.0-or-later
#include "childmapcompare.h"

#include <algorithm>
#include <cmath>

// Cards sit on or just outside their ring (a card is wide), so the bands reach a tenth past
// the middle between two rings.
int ChildMapCompare::ringAt(double distance, const double (&radii)[3])
{
    if (distance < (radii[0] + radii[1]) / 2 * 1.1)
        return 0;
    if (distance < (radii[1] + radii[2]) / 2 * 1.1)
        return 1;
    return 2;
}

QHash<ItemId, int> ChildMapCompare::ringsOf(const QHash<ItemId, QPointF> &positions,
                                            const double (&radii)[3])
{
    QHash<ItemId, int> rings;
    for (auto it = positions.cbegin(); it != positions.cend(); ++it)
        rings.insert(it.key(), ringAt(std::hypot(it.value().x(), it.value().y()), radii));
    return rings;
}

QList<ChildMapDifference> ChildMapCompare::differences(const ChildMap &map,
                                                       const QHash<ItemId, int> &adultRings)
{
    QList<ChildMapDifference> out;
    for (const ChildMapPlace &p : map.places) {
        ChildMapDifference d;
        d.personId = p.personId;
        d.childRing = int(p.ring);
        const auto adult = adultRings.constFind(p.personId);
        if (adult == adultRings.constEnd()) {
            d.kind = ChildMapDifference::Kind::OnlyChilds;
        } else if (*adult == d.childRing) {
            continue;
        } else {
            d.adultRing = *adult;
            d.kind = d.childRing < d.adultRing ? ChildMapDifference::Kind::Closer
                                               : ChildMapDifference::Kind::Further;
        }
        out << d;
    }
    // People only the adults placed, in a fixed order (by id) so a list never reshuffles.
    QList<ItemId> onlyAdults;
    for (auto it = adultRings.cbegin(); it != adultRings.cend(); ++it) {
        if (!map.place(it.key()))
            onlyAdults << it.key();
    }
    std::sort(onlyAdults.begin(), onlyAdults.end());
    for (ItemId id : std::as_const(onlyAdults))
        out << ChildMapDifference{id, ChildMapDifference::Kind::OnlyAdults, -1, adultRings[id]};
    return out;
}

QString ChildMapCompare::ringName(int ring)
{
    switch (ring) {
    case 0:
        return tr("close");
    case 1:
        return tr("in the middle");
    case 2:
        return tr("further away");
    default:
        return {};
    }
}

QString ChildMapCompare::describe(const ChildMapDifference &d, const QString &person,
                                  const QString &child)
{
    switch (d.kind) {
    case ChildMapDifference::Kind::Closer:
        return tr("%1 puts %2 closer than the adults' map does (%3, not %4).")
            .arg(child, person, ringName(d.childRing), ringName(d.adultRing));
    case ChildMapDifference::Kind::Further:
        return tr("%1 puts %2 further away than the adults' map does (%3, not %4).")
            .arg(child, person, ringName(d.childRing), ringName(d.adultRing));
    case ChildMapDifference::Kind::OnlyChilds:
        return tr("%1 put %2 on their map (%3); the adults' map does not have them.")
            .arg(child, person, ringName(d.childRing));
    case ChildMapDifference::Kind::OnlyAdults:
        return tr("%2 is on the adults' map (%3) but not on %1's.")
            .arg(child, person, ringName(d.adultRing));
    }
    return {};
}
