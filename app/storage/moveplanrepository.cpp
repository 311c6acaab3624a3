// SPDX-License-Identifier: GPL-3.0-or-later
#include "moveplanrepository.h"

#include <QHash>

namespace {

bool removeIn(QSqlQuery &q, ItemId placementId)
{
    if (!q.prepare(QStringLiteral("DELETE FROM move_plan WHERE placement_id = ?")))
        return false;
    q.addBindValue(placementId);
    return q.exec();
}

} // namespace

StorageError MovePlanRepository::put(const MovePlan &plan)
{
    return write([&](QSqlQuery &q) {
        if (!removeIn(q, plan.placementId))
            return false;
        if (plan.isEmpty())
            return true;
        if (!q.prepare(QStringLiteral(
                "INSERT INTO move_plan (placement_id, planning, notice) VALUES (?,?,?)")))
            return false;
        q.addBindValue(plan.placementId);
        q.addBindValue(int(plan.planning));
        q.addBindValue(plan.notice);
        if (!q.exec())
            return false;
        int position = 0;
        for (const KeepInTouch &k : plan.keep) {
            if (!q.prepare(QStringLiteral(
                    "INSERT INTO keep_in_touch (placement_id, person_id, position, plan, often, "
                    "ways, arranged_by, why) VALUES (?,?,?,?,?,?,?,?)")))
                return false;
            q.addBindValue(plan.placementId);
            q.addBindValue(k.personId);
            q.addBindValue(position++);
            q.addBindValue(int(k.plan));
            q.addBindValue(int(k.often));
            q.addBindValue(int(k.ways));
            q.addBindValue(k.arrangedBy);
            q.addBindValue(k.why);
            if (!q.exec())
                return false;
        }
        return true;
    });
}

StorageError MovePlanRepository::remove(ItemId placementId)
{
    return write([&](QSqlQuery &q) { return removeIn(q, placementId); });
}

std::optional<MovePlan> MovePlanRepository::find(ItemId placementId)
{
    for (const MovePlan &p : all()) {
        if (p.placementId == placementId)
            return p;
    }
    return std::nullopt;
}

QList<MovePlan> MovePlanRepository::all()
{
    QList<MovePlan> plans;
    QSqlQuery q = query();
    if (!check(q,
               q.exec(QStringLiteral(
                   "SELECT placement_id, planning, notice FROM move_plan ORDER BY placement_id"))))
        return plans;
    QHash<ItemId, qsizetype> index;
    while (q.next()) {
        MovePlan p;
        p.placementId = q.value(0).toLongLong();
        p.planning = Repository::enumFrom<MovePlan::Planning>(q.value(1), MovePlan::kPlanningCount);
        p.notice = q.value(2).toString();
        index.insert(p.placementId, plans.size());
        plans << p;
    }
    QSqlQuery k = query();
    if (!check(k, k.exec(QStringLiteral(
                      "SELECT placement_id, person_id, plan, often, ways, arranged_by, why "
                      "FROM keep_in_touch ORDER BY placement_id, position"))))
        return plans;
    while (k.next()) {
        const auto it = index.constFind(k.value(0).toLongLong());
        if (it == index.constEnd())
            continue;
        KeepInTouch keep;
        keep.personId = k.value(1).toLongLong();
        keep.plan = Repository::enumFrom<KeepInTouch::Plan>(k.value(2), KeepInTouch::kPlanCount);
        keep.often =
            Repository::enumFrom<Relationship::Contact>(k.value(3), Relationship::kContactCount);
        keep.ways = quint8(k.value(4).toUInt() & KeepInTouch::kAllWays);
        keep.arrangedBy = k.value(5).toString();
        keep.why = k.value(6).toString();
        plans[*it].keep << keep;
    }
    return plans;
}
