// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casefile.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

// Every row of every table of an open case, in order: two equal dumps are two equal cases
// (for the merge tests and fuzzer: undo must put back exactly what was there).
inline QString dumpEveryRow(CaseFile &file)
{
    QString out;
    QSqlQuery tables(file.database());
    tables.exec(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &t : std::as_const(names)) {
        QSqlQuery q(file.database());
        q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(t));
        while (q.next()) {
            out += t + QLatin1Char(':');
            for (int i = 0; i < q.record().count(); ++i)
                out += q.value(i).toString() + QLatin1Char('|');
            out += QLatin1Char('\n');
        }
    }
    return out;
}
