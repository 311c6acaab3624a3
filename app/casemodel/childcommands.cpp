// SPDX-License-Identifier: GPL-3.0-or-later
#include "childcommands.h"

#include "mediarepository.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QUndoStack>

namespace {

// The child's details before and after, with the photos that come and go, kept whole so an
// undo brings back the very same picture.
class EditChild : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditChild)

public:
    EditChild(CaseModel &model, ChildProfile before, ChildProfile after,
              std::optional<Media> oldPhoto, std::optional<Media> newPhoto)
        : m_model(model)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_oldPhoto(std::move(oldPhoto))
        , m_newPhoto(std::move(newPhoto))
    {
        const QString name =
            m_after.displayName().isEmpty() ? m_before.displayName() : m_after.displayName();
        setText(tr("Change what we know about %1").arg(name));
    }

    void redo() override
    {
        const bool photoChanges = m_before.photoId != m_after.photoId || m_newPhoto;
        if (m_model.setChild(m_after, photoChanges ? &m_newPhoto : nullptr,
                             photoChanges ? m_before.photoId : kNoId))
            setObsolete(true);
    }

    void undo() override
    {
        const bool photoChanges = m_before.photoId != m_after.photoId || m_newPhoto;
        if (m_model.setChild(m_before, photoChanges ? &m_oldPhoto : nullptr,
                             photoChanges ? m_after.photoId : kNoId))
            setObsolete(true);
    }

private:
    CaseModel &m_model;
    ChildProfile m_before;
    ChildProfile m_after;
    std::optional<Media> m_oldPhoto;
    std::optional<Media> m_newPhoto;
};

} // namespace

void Command::editChild(QUndoStack &stack, CaseModel &model, const ChildProfile &updated,
                        const std::optional<Media> &newPhoto, bool removePhoto)
{
    const ChildProfile before = model.child();
    ChildProfile after = updated;
    after.photoId = before.photoId;
    if (newPhoto || removePhoto)
        after.photoId = kNoId;
    if (after == before && !newPhoto)
        return;
    std::optional<Media> oldPhoto;
    if (after.photoId != before.photoId && before.photoId != kNoId)
        oldPhoto = MediaRepository(model.file()).find(before.photoId);
    stack.push(new EditChild(model, before, after, oldPhoto, newPhoto));
}
