// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqljournal.h"

// not translated (whole file): SQL.

#include <QSqlQuery>

namespace {

const QString kTable = QStringLiteral("belonging_journal");

} // namespace

SqlJournal::SqlJournal(QSqlDatabase db)
    : m_db(std::move(db))
{}

SqlJournal::~SqlJournal()
{
    stop();
}

bool SqlJournal::start()
{
    QSqlQuery q(m_db);
    // The notes hold the case's words: they stay in memory, never in a temporary file.
    if (!q.exec(QStringLiteral("PRAGMA temp_store = MEMORY")) ||
        !q.exec(
            QStringLiteral("CREATE TEMP TABLE %1 (n INTEGER PRIMARY KEY, note TEXT)").arg(kTable)))
        return false;
    m_on = true;
    QStringList tables;
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT name FROM main.sqlite_master WHERE type = 'table' AND "
                               "name NOT LIKE 'sqlite_%' ORDER BY rowid")))
        return false;
    while (q.next())
        tables << q.value(0).toString();
    for (const QString &table : std::as_const(tables)) {
        QStringList columns;
        if (!q.exec(QStringLiteral("PRAGMA main.table_info(%1)").arg(table)))
            return false;
        while (q.next())
            columns << q.value(1).toString();
        QStringList sets, olds, quoted;
        for (const QString &c : std::as_const(columns)) {
            sets << QStringLiteral("'\"%1\"=' || quote(OLD.\"%1\")").arg(c);
            olds << QStringLiteral("quote(OLD.\"%1\")").arg(c);
            quoted << QStringLiteral("\"%1\"").arg(c);
        }
        const QString insert = QStringLiteral("belonging_journal_%1_i").arg(table);
        const QString update = QStringLiteral("belonging_journal_%1_u").arg(table);
        const QString remove = QStringLiteral("belonging_journal_%1_d").arg(table);
        const QStringList statements = {
            QStringLiteral("CREATE TEMP TRIGGER %1 AFTER INSERT ON main.%2 BEGIN INSERT INTO "
                           "%3 (note) VALUES ('DELETE FROM main.%2 WHERE rowid = ' || "
                           "NEW.rowid); END")
                .arg(insert, table, kTable),
            QStringLiteral("CREATE TEMP TRIGGER %1 AFTER UPDATE ON main.%2 BEGIN INSERT INTO "
                           "%3 (note) VALUES ('UPDATE main.%2 SET ' || %4 || ' WHERE rowid = ' "
                           "|| OLD.rowid); END")
                .arg(update, table, kTable, sets.join(QStringLiteral(" || ', ' || "))),
            QStringLiteral("CREATE TEMP TRIGGER %1 AFTER DELETE ON main.%2 BEGIN INSERT INTO "
                           "%3 (note) VALUES ('INSERT INTO main.%2 (rowid, %4) VALUES (' || "
                           "OLD.rowid || ', ' || %5 || ')'); END")
                .arg(remove, table, kTable, quoted.join(QStringLiteral(", ")),
                     olds.join(QStringLiteral(" || ', ' || "))),
        };
        for (const QString &s : statements) {
            if (!q.exec(s))
                return false;
        }
        m_triggers << insert << update << remove;
    }
    return true;
}

QStringList SqlJournal::finish()
{
    QStringList notes;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (m_on && q.exec(QStringLiteral("SELECT note FROM %1 ORDER BY n").arg(kTable))) {
        while (q.next())
            notes << q.value(0).toString();
    }
    q.finish();
    stop();
    return notes;
}

void SqlJournal::stop()
{
    if (!m_on)
        return;
    QSqlQuery q(m_db);
    for (const QString &t : std::as_const(m_triggers))
        q.exec(QStringLiteral("DROP TRIGGER IF EXISTS temp.%1").arg(t));
    q.exec(QStringLiteral("DROP TABLE IF EXISTS temp.%1").arg(kTable));
    m_triggers.clear();
    m_on = false;
}

bool SqlJournal::replay(QSqlDatabase &db, const QStringList &notes, QSqlError *failure)
{
    QSqlQuery q(db);
    for (qsizetype i = notes.size() - 1; i >= 0; --i) {
        if (!q.exec(notes[i])) {
            *failure = q.lastError();
            return false;
        }
    }
    return true;
}
