// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUndoCommand>

#include <optional>

// One change of one item in a document, from `before` to `after` (nullopt = absent); undo swaps
// them. `Doc::put(before, after)` writes the change and returns a StorageError; if it fails the
// first time, the command drops itself from the stack (the document has reported the error).
template <typename Doc, typename T> class PutCommand : public QUndoCommand
{
public:
    PutCommand(Doc &doc, std::optional<T> before, std::optional<T> after, const QString &text,
               QUndoCommand *parent = nullptr)
        : QUndoCommand(parent)
        , m_doc(doc)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
        setText(text);
    }
    void redo() override
    {
        if (m_doc.put(m_before, m_after) && !m_done)
            setObsolete(true);
        m_done = true;
    }
    void undo() override { m_doc.put(m_after, m_before); }

protected:
    Doc &m_doc;
    std::optional<T> m_before;
    std::optional<T> m_after; // a new item's id is written back here, for the next redo
    bool m_done = false;
};
