// SPDX-License-Identifier: GPL-3.0-or-later
#include "relationshiprepository.h"

namespace {
const QString kColumns = QStringLiteral(
    "person_a, person_b, kind, direction, contact, contact_note, next_contact, from_date, "
    "from_sort, to_date, to_sort, notes, private");

void bind(QSqlQuery &q, const Relationship &r)
{
    q.addBindValue(r.personA == kChildId ? QVariant() : QVariant(r.personA));
    q.addBindValue(r.personB);
    q.addBindValue(int(r.kind));
    q.addBindValue(int(r.direction));
    q.addBindValue(int(r.contact));
    q.addBindValue(r.contactNote);
    q.addBindValue(r.nextContact.isValid() ? QVariant(r.nextContact.toString(Qt::ISODate))
                                           : QVariant());
    q.addBindValue(r.from.toStorage());
    q.addBindValue(r.from.isUnknown() ? QVariant() : QVariant(r.from.sortKey()));
    q.addBindValue(r.to.toStorage());
    q.addBindValue(r.to.isUnknown() ? QVariant() : QVariant(r.to.sortKey()));
    q.addBindValue(r.notes);
    q.addBindValue(r.isPrivate);
}

Relationship fromRow(const QSqlQuery &q)
{
    Relationship r;
    r.id = q.value(0).toLongLong();
    r.personA = q.value(1).isNull() ? kChildId : q.value(1).toLongLong();
    r.personB = q.value(2).toLongLong();
    r.kind = Relationship::Kind(qBound(0, q.value(3).toInt(), Relationship::kKindCount - 1));
    r.direction = Relationship::Direction(qBound(0, q.value(4).toInt(), 3));
    r.contact =
        Relationship::Contact(qBound(0, q.value(5).toInt(), Relationship::kContactCount - 1));
    r.contactNote = q.value(6).toString();
    r.nextContact = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    r.from = FuzzyDate::fromStorage(q.value(8).toString()).value_or(FuzzyDate());
    r.to = FuzzyDate::fromStorage(q.value(10).toString()).value_or(FuzzyDate());
    r.notes = q.value(12).toString();
    r.isPrivate = q.value(13).toBool();
    return r;
}
} // namespace

StorageError RelationshipRepository::add(Relationship &relationship)
{
    return write([&](QSqlQuery &q) {
        if (!q.prepare(
                QStringLiteral("INSERT INTO relationship (%1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")
                    .arg(kColumns)))
            return false;
        bind(q, relationship);
        if (!q.exec())
            return false;
        relationship.id = q.lastInsertId().toLongLong();
        return true;
    });
}

StorageError RelationshipRepository::restore(const Relationship &relationship)
{
    return write([&](QSqlQuery &q) {
        if (!q.prepare(QStringLiteral(
                           "INSERT INTO relationship (id, %1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                           .arg(kColumns)))
            return false;
        q.addBindValue(relationship.id);
        bind(q, relationship);
        return q.exec();
    });
}

StorageError RelationshipRepository::update(const Relationship &relationship)
{
    return write([&](QSqlQuery &q) {
        if (!q.prepare(QStringLiteral(
                "UPDATE relationship SET person_a=?, person_b=?, kind=?, direction=?, contact=?, "
                "contact_note=?, next_contact=?, from_date=?, from_sort=?, to_date=?, to_sort=?, "
                "notes=?, private=? WHERE id=?")))
            return false;
        bind(q, relationship);
        q.addBindValue(relationship.id);
        return q.exec() && q.numRowsAffected() == 1;
    });
}

StorageError RelationshipRepository::remove(ItemId id)
{
    return removeRow(QStringLiteral("relationship"), id);
}

std::optional<Relationship> RelationshipRepository::find(ItemId id)
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT id, %1 FROM relationship WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (check(q, q.exec()) && q.next())
        return fromRow(q);
    return std::nullopt;
}

QList<Relationship> RelationshipRepository::all()
{
    QList<Relationship> list;
    QSqlQuery q = query();
    if (check(
            q,
            q.exec(QStringLiteral("SELECT id, %1 FROM relationship ORDER BY id").arg(kColumns)))) {
        while (q.next())
            list << fromRow(q);
    }
    return list;
}
