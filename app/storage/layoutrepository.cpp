// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutrepository.h"

QHash<ItemId, QPointF> LayoutRepository::positions()
{
    QHash<ItemId, QPointF> result;
    QSqlQuery q = query();
    if (check(q, q.exec(QStringLiteral("SELECT person_id, x, y FROM ecomap_position")))) {
        while (q.next())
            result.insert(q.value(0).toLongLong(),
                          QPointF(q.value(1).toDouble(), q.value(2).toDouble()));
    }
    return result;
}

StorageError LayoutRepository::setPosition(ItemId personId, QPointF position)
{
    return setPositions({{personId, position}});
}

StorageError LayoutRepository::setPositions(const QHash<ItemId, QPointF> &positions)
{
    return write([&](QSqlQuery &q) {
        if (!q.prepare(QStringLiteral(
                "INSERT OR REPLACE INTO ecomap_position (person_id, x, y) VALUES (?, ?, ?)")))
            return false;
        for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
            q.addBindValue(it.key());
            q.addBindValue(it.value().x());
            q.addBindValue(it.value().y());
            if (!q.exec())
                return false;
        }
        return true;
    });
}

QString LayoutRepository::bookSetting(const QString &key, const QString &fallback)
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT value FROM book_setting WHERE key = ?"));
    q.addBindValue(key);
    if (check(q, q.exec()) && q.next())
        return q.value(0).toString();
    return fallback;
}

StorageError LayoutRepository::setBookSetting(const QString &key, const QString &value)
{
    return write([&](QSqlQuery &q) {
        if (!q.prepare(
                QStringLiteral("INSERT OR REPLACE INTO book_setting (key, value) VALUES (?, ?)")))
            return false;
        q.addBindValue(key);
        q.addBindValue(value);
        return q.exec();
    });
}
