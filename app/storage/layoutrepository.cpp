// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutrepository.h"

namespace {
// not translated: keys in the case file
const char *const kCourt = "court.name";
const char *const kCaseNumber = "court.caseNumber";
const char *const kHearing = "court.hearing";
const char *const kAuthor = "court.author";
const char *const kAuthorRole = "court.authorRole";
const char *const kOrganisation = "court.organisation";
} // namespace

CourtDetails LayoutRepository::courtDetails()
{
    CourtDetails d;
    d.court = bookSetting(QLatin1String(kCourt));
    d.caseNumber = bookSetting(QLatin1String(kCaseNumber));
    d.hearing = FuzzyDate::fromStorage(bookSetting(QLatin1String(kHearing))).value_or(FuzzyDate());
    d.author = bookSetting(QLatin1String(kAuthor));
    d.authorRole = bookSetting(QLatin1String(kAuthorRole));
    d.organisation = bookSetting(QLatin1String(kOrganisation));
    return d;
}

StorageError LayoutRepository::setCourtDetails(const CourtDetails &d)
{
    const bool batch = !m_file.inBatch();
    if (batch) {
        if (StorageError e = m_file.beginBatch())
            return e;
    }
    StorageError error;
    for (const auto &[key, value] :
         {std::pair{kCourt, d.court}, std::pair{kCaseNumber, d.caseNumber},
          std::pair{kHearing, d.hearing.toStorage()}, std::pair{kAuthor, d.author},
          std::pair{kAuthorRole, d.authorRole}, std::pair{kOrganisation, d.organisation}}) {
        if (!error)
            error = setBookSetting(QLatin1String(key), value);
    }
    if (batch) {
        const StorageError end = m_file.endBatch(!error);
        if (!error)
            error = end;
    }
    return error;
}

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

StorageError LayoutRepository::removePosition(ItemId personId)
{
    return write([&](QSqlQuery &q) {
        if (!q.prepare(QStringLiteral("DELETE FROM ecomap_position WHERE person_id = ?")))
            return false;
        q.addBindValue(personId);
        return q.exec();
    });
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
