// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventrepository.h"

#include <QHash>

namespace {
const QString kColumns = QStringLiteral(
    "type, date, date_sort, title, details, outcome, source, impact_on_child, private");

void bind(QSqlQuery &q, const Event &e)
{
    q.addBindValue(int(e.type));
    q.addBindValue(e.date.toStorage());
    q.addBindValue(e.date.isUnknown() ? QVariant() : QVariant(e.date.sortKey()));
    q.addBindValue(e.title);
    q.addBindValue(e.details);
    q.addBindValue(e.outcome);
    q.addBindValue(e.source);
    q.addBindValue(e.impactOnChild);
    q.addBindValue(e.isPrivate);
}

Event fromRow(const QSqlQuery &q)
{
    Event e;
    e.id = q.value(0).toLongLong();
    e.type = Event::Type(qBound(0, q.value(1).toInt(), Event::kTypeCount - 1));
    e.date = FuzzyDate::fromStorage(q.value(2).toString()).value_or(FuzzyDate());
    e.title = q.value(4).toString();
    e.details = q.value(5).toString();
    e.outcome = q.value(6).toString();
    e.source = q.value(7).toString();
    e.impactOnChild = q.value(8).toString();
    e.isPrivate = q.value(9).toBool();
    return e;
}

const QString kPeople = QStringLiteral("event_person");
const QString kOwner = QStringLiteral("event_id");
const QString kOther = QStringLiteral("person_id");
} // namespace

StorageError EventRepository::add(Event &event)
{
    return write([&](QSqlQuery &q) {
        if (!q.prepare(QStringLiteral("INSERT INTO event (id, %1) VALUES (?,?,?,?,?,?,?,?,?,?)")
                           .arg(kColumns)))
            return false;
        q.addBindValue(event.id == kNoId ? QVariant() : QVariant(event.id));
        bind(q, event);
        if (!q.exec())
            return false;
        if (event.id == kNoId)
            event.id = q.lastInsertId().toLongLong();
        return replaceLinks(q, kPeople, kOwner, kOther, event.id, event.peopleIds);
    });
}

StorageError EventRepository::update(const Event &event)
{
    return write([&](QSqlQuery &q) {
        if (!q.prepare(QStringLiteral(
                "UPDATE event SET type=?, date=?, date_sort=?, title=?, details=?, outcome=?, "
                "source=?, impact_on_child=?, private=? WHERE id=?")))
            return false;
        bind(q, event);
        q.addBindValue(event.id);
        return q.exec() && q.numRowsAffected() == 1 &&
               replaceLinks(q, kPeople, kOwner, kOther, event.id, event.peopleIds);
    });
}

StorageError EventRepository::remove(ItemId id)
{
    return removeRow(QStringLiteral("event"), id);
}

std::optional<Event> EventRepository::find(ItemId id)
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT id, %1 FROM event WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (!check(q, q.exec()) || !q.next())
        return std::nullopt;
    Event e = fromRow(q);
    q.finish();
    e.peopleIds = links(kPeople, kOwner, kOther, e.id);
    return e;
}

QList<Event> EventRepository::all()
{
    QList<Event> list;
    QSqlQuery q = query();
    if (!check(q, q.exec(QStringLiteral("SELECT id, %1 FROM event ORDER BY date_sort IS NULL, "
                                        "date_sort, id")
                             .arg(kColumns))))
        return list;
    QHash<ItemId, qsizetype> index;
    while (q.next()) {
        list << fromRow(q);
        index.insert(list.last().id, list.size() - 1);
    }
    QSqlQuery l = query();
    if (check(l,
              l.exec(QStringLiteral(
                  "SELECT event_id, person_id FROM event_person ORDER BY event_id, position")))) {
        while (l.next())
            list[index.value(l.value(0).toLongLong())].peopleIds << l.value(1).toLongLong();
    }
    return list;
}
