// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>
#include <QVariantList>

// Many rows into one table, many to a statement. Inside a transaction SQLCipher encrypts every
// page a statement's journal keeps, once per statement: a row a statement (a trigger or OR
// REPLACE makes SQLite keep one) costs a page encryption each, so writing a family tree or a
// copy's bookkeeping a row at a time was most of the time spent. Rows go out when as many are
// waiting as SQLite's 999 parameters allow, and at finish().
class BulkInsert
{
public:
    // `head`: "INSERT OR REPLACE INTO field_version" (without the columns).
    BulkInsert(QSqlDatabase db, QString head, QStringList columns);
    bool add(const QVariantList &row);
    bool finish();
    QSqlError lastError() const { return m_error; }

private:
    bool flush();

    QSqlDatabase m_db;
    QString m_head;
    QStringList m_columns;
    int m_perStatement;
    QVariantList m_waiting;
    int m_rows = 0;
    QSqlError m_error;
};
