// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casefile.h"
#include "mergeplan.h"
#include "recordversions.h"

#include <QStringList>

// Writes a merge into the open case in one transaction: a full disk or a kill part-way leaves
// the case exactly as it was. Returns the notes that undo it (SqlJournal).
class MergeWriter
{
public:
    struct Outcome
    {
        StorageError error;
        QStringList undo;
        int added = 0;
        int changed = 0;
        int removed = 0;
    };
    static Outcome apply(CaseFile &here, CaseFile &other, const RecordVersions::State &mine,
                         const RecordVersions::State &theirs, const MergePlan &plan);

    // Runs undo (or redo) notes in one transaction; returns the notes that reverse them.
    static StorageError replay(CaseFile &file, const QStringList &notes, QStringList *reverse);
};
