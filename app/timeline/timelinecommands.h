// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordingpanel.h"
#include "timelinedocument.h"

class QUndoStack;

// The front door for timeline edits (see the ecomap's Command:: functions): each builds an
// undoable command with a readable name and pushes it. Edits that change nothing are not pushed.
namespace Command {

void addPlacement(QUndoStack &stack, TimelineDocument &doc, const Placement &placement);
void editPlacement(QUndoStack &stack, TimelineDocument &doc, const Placement &updated);
void removePlacement(QUndoStack &stack, TimelineDocument &doc, ItemId id);
// The keeping-in-touch plan for the move into a home, in place of the one it had.
void setMovePlan(QUndoStack &stack, TimelineDocument &doc, const MovePlan &plan);

// `photos` are full pictures; new ones (id kNoId) are stored with the memory.
// With the child telling it in their own voice (a recording), stored with it in one step.
void addMemory(QUndoStack &stack, TimelineDocument &doc, const Memory &memory,
               const QList<Media> &photos, const std::optional<Media> &recording = std::nullopt);
void editMemory(QUndoStack &stack, TimelineDocument &doc, const Memory &updated,
                const QList<Media> &photos, const RecordingChange &recording = {});
void removeMemory(QUndoStack &stack, TimelineDocument &doc, ItemId id);

void addEvent(QUndoStack &stack, TimelineDocument &doc, const Event &event);
void editEvent(QUndoStack &stack, TimelineDocument &doc, const Event &updated);
void removeEvent(QUndoStack &stack, TimelineDocument &doc, ItemId id);

} // namespace Command
