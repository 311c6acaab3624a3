// SPDX-License-Identifier: GPL-3.0-or-later
#include "placementrepository.h"

namespace {
const QString kColumns = QStringLiteral(
    "place_name, type, from_date, from_sort, to_date, to_sort, school, address, school_address, "
    "reason_childs_words, reason_record, private, came_reason_childs_words, came_reason_record");

void bind(QSqlQuery &q, const Placement &p)
{
    q.addBindValue(p.placeName);
    q.addBindValue(int(p.type));
    q.addBindValue(p.from.toStorage());
    q.addBindValue(p.from.isUnknown() ? QVariant() : QVariant(p.from.sortKey()));
    q.addBindValue(p.to.toStorage());
    q.addBindValue(p.to.isUnknown() ? QVariant() : QVariant(p.to.sortKey()));
    q.addBindValue(p.school);
    q.addBindValue(p.address);
    q.addBindValue(p.schoolAddress);
    q.addBindValue(p.leftReasonChildsWords);
    q.addBindValue(p.leftReasonRecord);
    q.addBindValue(p.isPrivate);
    q.addBindValue(p.cameReasonChildsWords);
    q.addBindValue(p.cameReasonRecord);
}

Placement fromRow(const QSqlQuery &q)
{
    Placement p;
    p.id = q.value(0).toLongLong();
    p.placeName = q.value(1).toString();
    p.type = Placement::Type(qBound(0, q.value(2).toInt(), Placement::kTypeCount - 1));
    p.from = FuzzyDate::fromStorage(q.value(3).toString()).value_or(FuzzyDate());
    p.to = FuzzyDate::fromStorage(q.value(5).toString()).value_or(FuzzyDate());
    p.school = q.value(7).toString();
    p.address = q.value(8).toString();
    p.schoolAddress = q.value(9).toString();
    p.leftReasonChildsWords = q.value(10).toString();
    p.leftReasonRecord = q.value(11).toString();
    p.isPrivate = q.value(12).toBool();
    p.cameReasonChildsWords = q.value(13).toString();
    p.cameReasonRecord = q.value(14).toString();
    return p;
}

const QString kCarers = QStringLiteral("placement_carer");
const QString kOwner = QStringLiteral("placement_id");
const QString kOther = QStringLiteral("person_id");
} // namespace

StorageError PlacementRepository::add(Placement &placement)
{
    return write([&](QSqlQuery &q) {
        if (!q.prepare(QStringLiteral(
                           "INSERT INTO placement (id, %1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                           .arg(kColumns)))
            return false;
        q.addBindValue(placement.id == kNoId ? QVariant() : QVariant(placement.id));
        bind(q, placement);
        if (!q.exec())
            return false;
        if (placement.id == kNoId)
            placement.id = q.lastInsertId().toLongLong();
        return replaceLinks(q, kCarers, kOwner, kOther, placement.id, placement.carerIds);
    });
}

StorageError PlacementRepository::update(const Placement &placement)
{
    return write([&](QSqlQuery &q) {
        if (!q.prepare(QStringLiteral(
                "UPDATE placement SET place_name=?, type=?, from_date=?, from_sort=?, to_date=?, "
                "to_sort=?, school=?, address=?, school_address=?, reason_childs_words=?, "
                "reason_record=?, private=?, came_reason_childs_words=?, came_reason_record=? "
                "WHERE id=?")))
            return false;
        bind(q, placement);
        q.addBindValue(placement.id);
        return q.exec() && q.numRowsAffected() == 1 &&
               replaceLinks(q, kCarers, kOwner, kOther, placement.id, placement.carerIds);
    });
}

StorageError PlacementRepository::remove(ItemId id)
{
    return removeRow(QStringLiteral("placement"), id);
}

std::optional<Placement> PlacementRepository::find(ItemId id)
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT id, %1 FROM placement WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (!check(q, q.exec()) || !q.next())
        return std::nullopt;
    Placement p = fromRow(q);
    q.finish();
    p.carerIds = links(kCarers, kOwner, kOther, p.id);
    return p;
}

QList<Placement> PlacementRepository::all()
{
    QList<Placement> list;
    QSqlQuery q = query();
    if (!check(q, q.exec(QStringLiteral("SELECT id, %1 FROM placement ORDER BY from_sort IS NULL, "
                                        "from_sort, id")
                             .arg(kColumns))))
        return list;
    while (q.next())
        list << fromRow(q);
    QSqlQuery c = query();
    if (check(c, c.exec(QStringLiteral("SELECT placement_id, person_id FROM placement_carer "
                                       "ORDER BY placement_id, position")))) {
        while (c.next()) {
            for (Placement &p : list) {
                if (p.id == c.value(0).toLongLong())
                    p.carerIds << c.value(1).toLongLong();
            }
        }
    }
    return list;
}
