// SPDX-License-Identifier: GPL-3.0-or-later
#include "grouprepository.h"

#include <QHash>

namespace {
const QString kMembers = QStringLiteral("ecomap_group_member");
const QString kOwner = QStringLiteral("group_id");
const QString kOther = QStringLiteral("person_id");
} // namespace

StorageError GroupRepository::add(EcomapGroup &group)
{
    return write([&](QSqlQuery &q) {
        if (!q.prepare(QStringLiteral("INSERT INTO ecomap_group (name) VALUES (?)")))
            return false;
        q.addBindValue(group.name);
        if (!q.exec())
            return false;
        group.id = q.lastInsertId().toLongLong();
        return replaceLinks(q, kMembers, kOwner, kOther, group.id, group.memberIds);
    });
}

StorageError GroupRepository::restore(const EcomapGroup &group)
{
    return write([&](QSqlQuery &q) {
        if (!q.prepare(QStringLiteral("INSERT INTO ecomap_group (id, name) VALUES (?, ?)")))
            return false;
        q.addBindValue(group.id);
        q.addBindValue(group.name);
        return q.exec() && replaceLinks(q, kMembers, kOwner, kOther, group.id, group.memberIds);
    });
}

StorageError GroupRepository::update(const EcomapGroup &group)
{
    return write([&](QSqlQuery &q) {
        if (!q.prepare(QStringLiteral("UPDATE ecomap_group SET name = ? WHERE id = ?")))
            return false;
        q.addBindValue(group.name);
        q.addBindValue(group.id);
        return q.exec() && q.numRowsAffected() == 1 &&
               replaceLinks(q, kMembers, kOwner, kOther, group.id, group.memberIds);
    });
}

StorageError GroupRepository::remove(ItemId id)
{
    return removeRow(QStringLiteral("ecomap_group"), id);
}

std::optional<EcomapGroup> GroupRepository::find(ItemId id)
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT id, name FROM ecomap_group WHERE id = ?"));
    q.addBindValue(id);
    if (!check(q, q.exec()) || !q.next())
        return std::nullopt;
    EcomapGroup g{q.value(0).toLongLong(), q.value(1).toString(), {}};
    q.finish();
    g.memberIds = links(kMembers, kOwner, kOther, g.id);
    return g;
}

QList<EcomapGroup> GroupRepository::all()
{
    QList<EcomapGroup> list;
    QSqlQuery q = query();
    if (!check(q, q.exec(QStringLiteral("SELECT id, name FROM ecomap_group ORDER BY id"))))
        return list;
    QHash<ItemId, qsizetype> index;
    while (q.next()) {
        list << EcomapGroup{q.value(0).toLongLong(), q.value(1).toString(), {}};
        index.insert(list.last().id, list.size() - 1);
    }
    QSqlQuery m = query();
    if (check(m, m.exec(QStringLiteral("SELECT group_id, person_id FROM ecomap_group_member "
                                       "ORDER BY group_id, position")))) {
        while (m.next())
            list[index.value(m.value(0).toLongLong())].memberIds << m.value(1).toLongLong();
    }
    return list;
}
