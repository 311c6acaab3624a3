// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>

// Records, while it is on, how to put back every row written to an open case: temporary
// triggers (in memory, gone with the connection) note the opposite statement of each insert,
// update and delete — those done by cascades and other triggers too. Replaying the notes in
// reverse order undoes the work exactly; recording the replay gives the notes to redo it.
class SqlJournal
{
    Q_DISABLE_COPY_MOVE(SqlJournal)

public:
    explicit SqlJournal(QSqlDatabase db);
    ~SqlJournal(); // stops, if still on

    bool start();
    // The notes so far, oldest first, and stops recording.
    QStringList finish();

    // Runs notes newest first in the open transaction. False if one fails.
    static bool replay(QSqlDatabase &db, const QStringList &notes, QSqlError *failure);

private:
    void stop();

    QSqlDatabase m_db;
    QStringList m_triggers;
    bool m_on = false;
};
