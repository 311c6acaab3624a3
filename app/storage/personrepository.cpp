// SPDX-License-Identifier: GPL-3.0-or-later
#include "personrepository.h"

namespace {
const QString kColumns = QStringLiteral(
    "full_name, known_as, role, role_detail, photo_id, notes, childs_words, address, phone, "
    "private");

void bind(QSqlQuery &q, const Person &p)
{
    q.addBindValue(p.fullName);
    q.addBindValue(p.knownAs);
    q.addBindValue(int(p.role));
    q.addBindValue(p.roleDetail);
    q.addBindValue(p.photoId == kNoId ? QVariant() : QVariant(p.photoId));
    q.addBindValue(p.notes);
    q.addBindValue(p.childsWords);
    q.addBindValue(p.address);
    q.addBindValue(p.phone);
    q.addBindValue(p.isPrivate);
}

Person fromRow(const QSqlQuery &q)
{
    Person p;
    p.id = q.value(0).toLongLong();
    p.fullName = q.value(1).toString();
    p.knownAs = q.value(2).toString();
    p.role = Person::Role(qBound(0, q.value(3).toInt(), Person::kRoleCount - 1));
    p.roleDetail = q.value(4).toString();
    p.photoId = q.value(5).isNull() ? kNoId : q.value(5).toLongLong();
    p.notes = q.value(6).toString();
    p.childsWords = q.value(7).toString();
    p.address = q.value(8).toString();
    p.phone = q.value(9).toString();
    p.isPrivate = q.value(10).toBool();
    return p;
}
} // namespace

StorageError PersonRepository::add(Person &person)
{
    return write([&](QSqlQuery &q) {
        if (!q.prepare(QStringLiteral("INSERT INTO person (%1) VALUES (?,?,?,?,?,?,?,?,?,?)")
                           .arg(kColumns)))
            return false;
        bind(q, person);
        if (!q.exec())
            return false;
        person.id = q.lastInsertId().toLongLong();
        return true;
    });
}

StorageError PersonRepository::restore(const Person &person)
{
    return write([&](QSqlQuery &q) {
        if (!q.prepare(QStringLiteral("INSERT INTO person (id, %1) VALUES (?,?,?,?,?,?,?,?,?,?,?)")
                           .arg(kColumns)))
            return false;
        q.addBindValue(person.id);
        bind(q, person);
        return q.exec();
    });
}

StorageError PersonRepository::update(const Person &person)
{
    return write([&](QSqlQuery &q) {
        if (!q.prepare(QStringLiteral(
                "UPDATE person SET full_name=?, known_as=?, role=?, role_detail=?, photo_id=?, "
                "notes=?, childs_words=?, address=?, phone=?, private=? WHERE id=?")))
            return false;
        bind(q, person);
        q.addBindValue(person.id);
        return q.exec() && q.numRowsAffected() == 1;
    });
}

StorageError PersonRepository::remove(ItemId id)
{
    return removeRow(QStringLiteral("person"), id);
}

std::optional<Person> PersonRepository::find(ItemId id)
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT id, %1 FROM person WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (check(q, q.exec()) && q.next())
        return fromRow(q);
    return std::nullopt;
}

QList<Person> PersonRepository::all()
{
    QList<Person> people;
    QSqlQuery q = query();
    if (check(q, q.exec(QStringLiteral("SELECT id, %1 FROM person ORDER BY id").arg(kColumns)))) {
        while (q.next())
            people << fromRow(q);
    }
    return people;
}

int PersonRepository::count()
{
    QSqlQuery q = query();
    if (check(q, q.exec(QStringLiteral("SELECT count(*) FROM person"))) && q.next())
        return q.value(0).toInt();
    return 0;
}
