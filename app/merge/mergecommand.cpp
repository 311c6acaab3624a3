// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergecommand.h"

#include "mergewriter.h"

MergeCommand::MergeCommand(CaseFile &file, QStringList undoNotes, std::function<void()> reload,
                           std::function<void(const StorageError &)> failed)
    : m_file(file)
    , m_notes(std::move(undoNotes))
    , m_reload(std::move(reload))
    , m_failed(std::move(failed))
{
    setText(tr("bring in changes"));
}

void MergeCommand::undo()
{
    if (m_done)
        replay(false);
}

void MergeCommand::redo()
{
    if (m_first) { // QUndoStack::push redoes; the merge is already written
        m_first = false;
        return;
    }
    if (!m_done)
        replay(true);
}

void MergeCommand::replay(bool done)
{
    QStringList reverse;
    if (StorageError e = MergeWriter::replay(m_file, m_notes, &reverse)) {
        m_failed(e);
        return;
    }
    m_notes = reverse;
    m_done = done;
    m_reload();
}
