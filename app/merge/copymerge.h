// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casefile.h"
#include "mergeplan.h"
#include "mergewriter.h"
#include "recordversions.h"

#include <QCoreApplication>

#include <memory>

// Bringing in changes from another copy, from the file to the plan: opens the other copy,
// records both copies' latest changes, checks they are copies of the same story, and plans.
// The caller puts the plan's questions to the user, then calls bringIn().
class CopyMerge
{
    Q_DECLARE_TR_FUNCTIONS(CopyMerge)

public:
    enum class Problem : quint8 {
        None,
        CannotOpen,     // see error
        DifferentStory, // another child's story, or a copy from before copies could merge
        SameCopy,       // this very file
        CannotRecord,   // this case could not record its own latest changes (see error)
    };

    Problem problem = Problem::None;
    StorageError error;
    std::unique_ptr<CaseFile> other;
    RecordVersions::State mine;
    RecordVersions::State theirs;
    MergePlan plan;

    static std::unique_ptr<CopyMerge> prepare(CaseFile &here, const QString &otherPath,
                                              const CaseFile::Key &otherKey);
    // Writes the plan (every question answered) into `here`.
    MergeWriter::Outcome bringIn(CaseFile &here);

    // What went wrong, in words for the person merging.
    QString message() const;
};
