// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkinsert.h"

#include <QSqlQuery>

// not translated (whole file): SQL.

BulkInsert::BulkInsert(QSqlDatabase db, QString head, QStringList columns)
    : m_db(std::move(db))
    , m_head(std::move(head))
    , m_columns(std::move(columns))
    , m_perStatement(std::max(1, 999 / int(std::max<qsizetype>(1, m_columns.size()))))
{}

bool BulkInsert::add(const QVariantList &row)
{
    m_waiting << row;
    ++m_rows;
    return m_rows < m_perStatement || flush();
}

bool BulkInsert::finish()
{
    return m_rows == 0 || flush();
}

bool BulkInsert::flush()
{
    const QString one = QStringLiteral("(") +
                        QStringList(m_columns.size(), QStringLiteral("?")).join(u',') +
                        QStringLiteral(")");
    QSqlQuery q(m_db);
    const bool ok =
        q.prepare(QStringLiteral("%1 (%2) VALUES %3")
                      .arg(m_head, m_columns.join(u','), QStringList(m_rows, one).join(u',')));
    if (ok) {
        for (const QVariant &v : std::as_const(m_waiting))
            q.addBindValue(v);
    }
    const bool done = ok && q.exec();
    if (!done)
        m_error = q.lastError();
    m_waiting.clear();
    m_rows = 0;
    return done;
}
