// SPDX-License-Identifier: GPL-3.0-or-later
#include "repository.h"

#include <QSqlError>

QSqlQuery Repository::query() const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    return q;
}

StorageError Repository::write(const std::function<bool(QSqlQuery &)> &fn)
{
    // A statement that ran fine but touched no row means the item is gone.
    const auto failure = [this](const QSqlQuery &q) {
        const StorageError e = m_file.errorFor(q.lastError());
        return e.isError() ? e : StorageError(StorageError::Kind::NotFound);
    };
    if (m_file.inBatch()) {
        QSqlQuery q = query();
        m_lastError = fn(q) ? StorageError() : failure(q);
        return m_lastError;
    }
    m_lastError = m_file.checkLocation();
    if (m_lastError)
        return m_lastError;
    QSqlDatabase database = db();
    if (!database.transaction()) {
        m_lastError = m_file.errorFor(database.lastError());
        return m_lastError;
    }
    QSqlQuery q = query();
    if (!fn(q)) {
        m_lastError = failure(q);
        q.finish();
        database.rollback();
        return m_lastError;
    }
    q.finish();
    if (!database.commit()) {
        m_lastError = m_file.errorFor(database.lastError());
        database.rollback();
        return m_lastError;
    }
    m_lastError = {};
    return {};
}

bool Repository::check(QSqlQuery &q, bool ok)
{
    m_lastError = ok ? StorageError() : m_file.errorFor(q.lastError());
    return ok;
}

bool Repository::replaceLinks(QSqlQuery &q, const QString &table, const QString &ownerColumn,
                              const QString &otherColumn, ItemId owner, const QList<ItemId> &ids)
{
    if (!q.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, ownerColumn)))
        return false;
    q.addBindValue(owner);
    if (!q.exec())
        return false;
    if (!q.prepare(QStringLiteral("INSERT OR IGNORE INTO %1 (%2, %3, position) VALUES (?, ?, ?)")
                       .arg(table, ownerColumn, otherColumn)))
        return false;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        q.addBindValue(owner);
        q.addBindValue(ids[i]);
        q.addBindValue(i);
        if (!q.exec())
            return false;
    }
    return true;
}

QList<ItemId> Repository::links(const QString &table, const QString &ownerColumn,
                                const QString &otherColumn, ItemId owner)
{
    QList<ItemId> ids;
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? ORDER BY position")
                  .arg(otherColumn, table, ownerColumn));
    q.addBindValue(owner);
    if (!check(q, q.exec()))
        return ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

StorageError Repository::removeRow(const QString &table, ItemId id)
{
    return write([&](QSqlQuery &q) {
        if (!q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table)))
            return false;
        q.addBindValue(id);
        return q.exec();
    });
}

QString Repository::feelingsText(const QList<Memory::Feeling> &feelings)
{
    QStringList parts;
    for (Memory::Feeling f : feelings)
        parts << QString::number(int(f));
    return parts.join(QLatin1Char(','));
}

QList<Memory::Feeling> Repository::feelingsFrom(const QString &text)
{
    QList<Memory::Feeling> feelings;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int f = part.toInt(&ok);
        if (ok && f >= 0 && f < Memory::kFeelingCount)
            feelings << Memory::Feeling(f);
    }
    return feelings;
}
