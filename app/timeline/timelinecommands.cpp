// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinecommands.h"

#include "putcommand.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QUndoStack>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Command", text);
}

template <typename T>
void push(QUndoStack &stack, TimelineDocument &doc, std::optional<T> before, std::optional<T> after,
          const QString &text)
{
    stack.push(new PutCommand<TimelineDocument, T>(doc, std::move(before), std::move(after), text));
}

QString titleOf(const Memory &m)
{
    return m.title.isEmpty() ? tr("a memory") : m.title;
}

bool samePhotos(const QList<Media> &a, const QList<Media> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].id == kNoId || a[i].id != b[i].id || a[i].caption != b[i].caption)
            return false;
    }
    return true;
}

} // namespace

void Command::addPlacement(QUndoStack &stack, TimelineDocument &doc, const Placement &placement)
{
    Placement p = placement;
    p.id = kNoId;
    push<Placement>(stack, doc, std::nullopt, p, tr("Add %1").arg(p.placeName));
}

void Command::editPlacement(QUndoStack &stack, TimelineDocument &doc, const Placement &updated)
{
    const auto before = doc.placement(updated.id);
    if (!before || *before == updated)
        return;
    push<Placement>(stack, doc, before, updated, tr("Change %1").arg(updated.placeName));
}

void Command::removePlacement(QUndoStack &stack, TimelineDocument &doc, ItemId id)
{
    const auto before = doc.placement(id);
    if (!before)
        return;
    // The case file drops the plan for the move into the home with it; undo brings both back.
    auto *remove = new QUndoCommand(tr("Remove %1").arg(before->placeName));
    if (const auto plan = doc.movePlan(id))
        new PutCommand<TimelineDocument, MovePlan>(doc, plan, std::nullopt, {}, remove);
    new PutCommand<TimelineDocument, Placement>(doc, before, std::nullopt, {}, remove);
    stack.push(remove);
}

void Command::setMovePlan(QUndoStack &stack, TimelineDocument &doc, const MovePlan &plan)
{
    const auto before = doc.movePlan(plan.placementId);
    if ((!before && plan.isEmpty()) || (before && *before == plan))
        return;
    push<MovePlan>(
        stack, doc, before, plan,
        tr("Keeping in touch after the move to %1").arg(doc.placementName(plan.placementId)));
}

void Command::addMemory(QUndoStack &stack, TimelineDocument &doc, const Memory &memory,
                        const QList<Media> &photos, const std::optional<Media> &recording)
{
    TimelineDocument::MemoryWithPhotos after{memory, photos, recording};
    after.memory.id = kNoId;
    if (after.recording)
        after.recording->id = kNoId;
    push<TimelineDocument::MemoryWithPhotos>(stack, doc, std::nullopt, after,
                                             tr("Add %1").arg(titleOf(memory)));
}

void Command::editMemory(QUndoStack &stack, TimelineDocument &doc, const Memory &updated,
                         const QList<Media> &photos, const RecordingChange &recording)
{
    const auto before = doc.memoryWithPhotos(updated.id);
    if (!before)
        return;
    Memory comparable = updated;
    comparable.mediaIds = before->memory.mediaIds;
    comparable.recordingId = before->memory.recordingId;
    if (comparable == before->memory && samePhotos(photos, before->photos) && !recording.changed)
        return;
    TimelineDocument::MemoryWithPhotos after{updated, photos, before->recording};
    if (recording.changed) {
        after.recording = recording.recording;
        if (after.recording)
            after.recording->id = kNoId;
    }
    push<TimelineDocument::MemoryWithPhotos>(stack, doc, before, after,
                                             tr("Change %1").arg(titleOf(updated)));
}

void Command::removeMemory(QUndoStack &stack, TimelineDocument &doc, ItemId id)
{
    const auto before = doc.memoryWithPhotos(id);
    if (!before)
        return;
    push<TimelineDocument::MemoryWithPhotos>(stack, doc, before, std::nullopt,
                                             tr("Remove %1").arg(titleOf(before->memory)));
}

void Command::addEvent(QUndoStack &stack, TimelineDocument &doc, const Event &event)
{
    Event e = event;
    e.id = kNoId;
    push<Event>(stack, doc, std::nullopt, e, tr("Add %1").arg(e.title));
}

void Command::editEvent(QUndoStack &stack, TimelineDocument &doc, const Event &updated)
{
    const auto before = doc.event(updated.id);
    if (!before || *before == updated)
        return;
    push<Event>(stack, doc, before, updated, tr("Change %1").arg(updated.title));
}

void Command::removeEvent(QUndoStack &stack, TimelineDocument &doc, ItemId id)
{
    const auto before = doc.event(id);
    if (!before)
        return;
    push<Event>(stack, doc, before, std::nullopt, tr("Remove %1").arg(before->title));
}
