// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casecontent.h"

#include <QCoreApplication>

// The court and review chronology: one row per significant thing, in date order. Each move
// is listed once, on its date — "Moved from Sue's house to Lisa's flat: <why>" — with why the
// child left the one home and came to the next, and with a "move" event recorded for the same
// move merged into that row instead of repeating it.
class Chronology
{
    Q_DECLARE_TR_FUNCTIONS(Chronology)

public:
    struct Entry
    {
        FuzzyDate date;
        QString event;
        QString source;
        QString impact; // the child's own words about it, or the recorded impact
    };

    // `today` tells a move that happened from one still planned.
    static QList<Entry> build(const CaseContent &content, QDate today = QDate::currentDate());
};
