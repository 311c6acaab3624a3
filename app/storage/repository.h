// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casefile.h"
#include "fuzzydate.h"
#include "ids.h"
#include "memory.h"

#include <QSqlQuery>
#include <QVariant>

#include <functional>

// Shared plumbing of the repositories: each write runs in its own short transaction and is
// durable when it returns; failures come back as StorageError (disk full, file gone, ...).
class Repository
{
public:
    StorageError lastError() const { return m_lastError; }
    // A list of feelings as stored ("1,5"); unknown numbers in a file are dropped on reading.
    static QString feelingsText(const QList<Memory::Feeling> &feelings);
    static QList<Memory::Feeling> feelingsFrom(const QString &text);
    // A choice stored as a number: a file may hold anything, so one out of range reads as the
    // first choice (never a value the enum does not have).
    template <typename E> static E enumFrom(const QVariant &v, int count)
    {
        const int i = v.toInt();
        return i >= 0 && i < count ? E(i) : E(0);
    }

protected:
    explicit Repository(CaseFile &file)
        : m_file(file)
    {}

    QSqlDatabase db() const { return m_file.database(); }
    QSqlQuery query() const;
    // Runs fn in a transaction; fn returns false on a failed statement (the query's error is
    // reported). Commits on success, rolls back otherwise.
    StorageError write(const std::function<bool(QSqlQuery &)> &fn);
    // For reads: remembers the error of a failed query and returns false.
    bool check(QSqlQuery &q, bool ok);

    static QVariant text(const QString &s) { return s; }
    static QVariant idOrNull(ItemId id) { return id == kNoId ? QVariant() : QVariant(id); }
    static ItemId idFrom(const QVariant &v) { return v.isNull() ? kNoId : v.toLongLong(); }
    static QVariant dateSort(const FuzzyDate &d)
    {
        return d.isUnknown() ? QVariant() : QVariant(d.sortKey());
    }
    static FuzzyDate dateFrom(const QVariant &v)
    {
        return FuzzyDate::fromStorage(v.toString()).value_or(FuzzyDate());
    }
    // Replaces the rows of a link table (memory_person, ...) for one owner, keeping order.
    static bool replaceLinks(QSqlQuery &q, const QString &table, const QString &ownerColumn,
                             const QString &otherColumn, ItemId owner, const QList<ItemId> &ids);
    QList<ItemId> links(const QString &table, const QString &ownerColumn,
                        const QString &otherColumn, ItemId owner);
    StorageError removeRow(const QString &table, ItemId id);

    CaseFile &m_file;
    StorageError m_lastError;
};
