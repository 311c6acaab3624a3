// SPDX-License-Identifier: GPL-3.0-or-later
#include "copymerge.h"

std::unique_ptr<CopyMerge> CopyMerge::prepare(CaseFile &here, const QString &otherPath,
                                              const CaseFile::Key &otherKey)
{
    auto m = std::make_unique<CopyMerge>();
    m->other = CaseFile::open(otherPath, otherKey, &m->error);
    if (!m->other) {
        m->problem = Problem::CannotOpen;
        return m;
    }
    if ((m->error = RecordVersions::settle(here, &m->mine))) {
        m->problem = Problem::CannotRecord;
        return m;
    }
    // The other copy's changes are recorded in it when it can be written; on read-only media
    // they stay pending, which MergeWriter counts as this copy's.
    const StorageError unread = RecordVersions::settle(*m->other, &m->theirs);
    if (m->theirs.copy.isEmpty()) {
        m->error = unread ? unread : StorageError(StorageError::Kind::Damaged);
        m->problem = Problem::CannotOpen;
        return m;
    }
    if (m->mine.story != m->theirs.story) {
        m->problem = Problem::DifferentStory;
        return m;
    }
    if (m->mine.copy == m->theirs.copy) {
        m->problem = Problem::SameCopy;
        return m;
    }
    m->plan = MergePlan::make(m->mine, m->theirs);
    return m;
}

MergeWriter::Outcome CopyMerge::bringIn(CaseFile &here)
{
    return MergeWriter::apply(here, *other, mine, theirs, plan);
}

QString CopyMerge::message() const
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::CannotOpen:
    case Problem::CannotRecord:
        return error.message();
    case Problem::DifferentStory:
        return tr("That file is a different life story, not a copy of this one, so the two "
                  "cannot be brought together. (Copies saved before this version of Belonging "
                  "cannot be brought together either.)");
    case Problem::SameCopy:
        return tr("That file is this copy of the story, not another one.");
    }
    return {};
}
