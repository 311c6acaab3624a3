// SPDX-License-Identifier: GPL-3.0-or-later
#include "childmaprepository.h"

#include <QHash>

// not translated (whole file): SQL.

QList<ChildMap> ChildMapRepository::all()
{
    QList<ChildMap> maps;
    QHash<ItemId, qsizetype> index;
    QSqlQuery q = query();
    if (!check(q, q.exec(QStringLiteral("SELECT id, seen_on FROM child_map ORDER BY seen_on, id"))))
        return maps;
    while (q.next()) {
        ChildMap m;
        m.id = q.value(0).toLongLong();
        m.seenOn = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        index.insert(m.id, maps.size());
        maps << m;
    }
    if (!check(q, q.exec(QStringLiteral("SELECT map_id, person_id, ring, angle, feeling FROM "
                                        "child_map_place ORDER BY map_id, rowid"))))
        return maps;
    while (q.next()) {
        const auto at = index.constFind(q.value(0).toLongLong());
        if (at == index.constEnd())
            continue;
        ChildMapPlace p;
        p.personId = q.value(1).toLongLong();
        p.ring = enumFrom<ChildMapPlace::Ring>(q.value(2), ChildMapPlace::kRingCount);
        p.angle = q.value(3).toDouble();
        if (!q.value(4).isNull()) {
            const int f = q.value(4).toInt();
            if (f >= 0 && f < Memory::kFeelingCount)
                p.feeling = Memory::Feeling(f);
        }
        maps[*at].places << p;
    }
    return maps;
}

StorageError ChildMapRepository::put(ChildMap &map, bool restore)
{
    return write([&](QSqlQuery &q) {
        const QString seen = map.seenOn.toString(Qt::ISODate);
        if (map.id == kNoId || restore) {
            if (!q.prepare(QStringLiteral("INSERT INTO child_map (id, seen_on) VALUES (?, ?)")))
                return false;
            q.addBindValue(idOrNull(map.id));
            q.addBindValue(seen);
            if (!q.exec())
                return false;
            if (map.id == kNoId)
                map.id = q.lastInsertId().toLongLong();
        } else {
            if (!q.prepare(QStringLiteral("UPDATE child_map SET seen_on = ? WHERE id = ?")))
                return false;
            q.addBindValue(seen);
            q.addBindValue(map.id);
            if (!q.exec() || q.numRowsAffected() != 1)
                return false;
            if (!q.prepare(QStringLiteral("DELETE FROM child_map_place WHERE map_id = ?")))
                return false;
            q.addBindValue(map.id);
            if (!q.exec())
                return false;
        }
        for (const ChildMapPlace &p : std::as_const(map.places)) {
            if (!q.prepare(QStringLiteral("INSERT INTO child_map_place (map_id, person_id, ring, "
                                          "angle, feeling) VALUES (?, ?, ?, ?, ?)")))
                return false;
            q.addBindValue(map.id);
            q.addBindValue(p.personId);
            q.addBindValue(int(p.ring));
            q.addBindValue(p.angle);
            q.addBindValue(p.feeling ? QVariant(int(*p.feeling)) : QVariant());
            if (!q.exec())
                return false;
        }
        return true;
    });
}

StorageError ChildMapRepository::remove(ItemId id)
{
    return removeRow(QStringLiteral("child_map"), id);
}
