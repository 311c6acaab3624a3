// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casefile.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUndoCommand>

#include <functional>

// A merge already written, as one step on the undo stack: undo puts every row back as it was
// (MergeWriter's notes), redo writes it again. `reload` brings the open views up to date after
// either, since a merge can touch anything in the story.
class MergeCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(MergeCommand)

public:
    MergeCommand(CaseFile &file, QStringList undoNotes, std::function<void()> reload,
                 std::function<void(const StorageError &)> failed);

    void undo() override;
    void redo() override;

private:
    // Runs the notes (the merge's reverse, or the reverse of that), keeps theirs for next time.
    void replay(bool done);

    CaseFile &m_file;
    QStringList m_notes; // what the next undo (or redo) runs
    std::function<void()> m_reload;
    std::function<void(const StorageError &)> m_failed;
    bool m_done = true; // pushed after the merge was written
    bool m_first = true;
};
