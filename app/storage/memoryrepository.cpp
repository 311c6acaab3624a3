// SPDX-License-Identifier: GPL-3.0-or-later
#include "memoryrepository.h"

#include <QHash>
#include <QStringList>

namespace {
const QString kColumns = QStringLiteral(
    "title, date, date_sort, childs_words, feelings, placement_id, private, recording_id");

void bind(QSqlQuery &q, const Memory &m)
{
    q.addBindValue(m.title);
    q.addBindValue(m.date.toStorage());
    q.addBindValue(m.date.isUnknown() ? QVariant() : QVariant(m.date.sortKey()));
    q.addBindValue(m.childsWords);
    q.addBindValue(Repository::feelingsText(m.feelings));
    q.addBindValue(m.placementId == kNoId ? QVariant() : QVariant(m.placementId));
    q.addBindValue(m.isPrivate);
    q.addBindValue(m.recordingId == kNoId ? QVariant() : QVariant(m.recordingId));
}

Memory fromRow(const QSqlQuery &q)
{
    Memory m;
    m.id = q.value(0).toLongLong();
    m.title = q.value(1).toString();
    m.date = FuzzyDate::fromStorage(q.value(2).toString()).value_or(FuzzyDate());
    m.childsWords = q.value(4).toString();
    m.feelings = Repository::feelingsFrom(q.value(5).toString());
    m.placementId = q.value(6).isNull() ? kNoId : q.value(6).toLongLong();
    m.isPrivate = q.value(7).toBool();
    m.recordingId = q.value(8).isNull() ? kNoId : q.value(8).toLongLong();
    return m;
}

const QString kOwner = QStringLiteral("memory_id");
const QString kPeople = QStringLiteral("memory_person");
const QString kPerson = QStringLiteral("person_id");
const QString kMedia = QStringLiteral("memory_media");
const QString kMediaId = QStringLiteral("media_id");
} // namespace

StorageError MemoryRepository::add(Memory &memory)
{
    return write([&](QSqlQuery &q) {
        if (!q.prepare(QStringLiteral("INSERT INTO memory (id, %1) VALUES (?,?,?,?,?,?,?,?,?)")
                           .arg(kColumns)))
            return false;
        q.addBindValue(memory.id == kNoId ? QVariant() : QVariant(memory.id));
        bind(q, memory);
        if (!q.exec())
            return false;
        if (memory.id == kNoId)
            memory.id = q.lastInsertId().toLongLong();
        return replaceLinks(q, kPeople, kOwner, kPerson, memory.id, memory.peopleIds) &&
               replaceLinks(q, kMedia, kOwner, kMediaId, memory.id, memory.mediaIds);
    });
}

StorageError MemoryRepository::update(const Memory &memory)
{
    return write([&](QSqlQuery &q) {
        if (!q.prepare(QStringLiteral("UPDATE memory SET title=?, date=?, date_sort=?, "
                                      "childs_words=?, feelings=?, placement_id=?, private=?, "
                                      "recording_id=? WHERE id=?")))
            return false;
        bind(q, memory);
        q.addBindValue(memory.id);
        return q.exec() && q.numRowsAffected() == 1 &&
               replaceLinks(q, kPeople, kOwner, kPerson, memory.id, memory.peopleIds) &&
               replaceLinks(q, kMedia, kOwner, kMediaId, memory.id, memory.mediaIds);
    });
}

StorageError MemoryRepository::remove(ItemId id)
{
    return removeRow(QStringLiteral("memory"), id);
}

std::optional<Memory> MemoryRepository::find(ItemId id)
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT id, %1 FROM memory WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (!check(q, q.exec()) || !q.next())
        return std::nullopt;
    Memory m = fromRow(q);
    q.finish();
    m.peopleIds = links(kPeople, kOwner, kPerson, m.id);
    m.mediaIds = links(kMedia, kOwner, kMediaId, m.id);
    return m;
}

QList<Memory> MemoryRepository::all()
{
    QList<Memory> list;
    QSqlQuery q = query();
    if (!check(q, q.exec(QStringLiteral("SELECT id, %1 FROM memory ORDER BY date_sort IS NULL, "
                                        "date_sort, id")
                             .arg(kColumns))))
        return list;
    QHash<ItemId, qsizetype> index;
    while (q.next()) {
        list << fromRow(q);
        index.insert(list.last().id, list.size() - 1);
    }
    QSqlQuery l = query();
    if (check(l, l.exec(QStringLiteral("SELECT memory_id, person_id FROM memory_person ORDER BY "
                                       "memory_id, position")))) {
        while (l.next())
            list[index.value(l.value(0).toLongLong())].peopleIds << l.value(1).toLongLong();
    }
    if (check(l, l.exec(QStringLiteral("SELECT memory_id, media_id FROM memory_media ORDER BY "
                                       "memory_id, position")))) {
        while (l.next())
            list[index.value(l.value(0).toLongLong())].mediaIds << l.value(1).toLongLong();
    }
    return list;
}

int MemoryRepository::count()
{
    QSqlQuery q = query();
    if (check(q, q.exec(QStringLiteral("SELECT count(*) FROM memory"))) && q.next())
        return q.value(0).toInt();
    return 0;
}
