// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "childmapdocument.h"

class QUndoStack;

// The front door for changes to the child's own map: each goes into today's snapshot as one
// undoable step. Nothing is pushed when nothing changes.
namespace Command {

// Puts someone on the child's map, or moves them, or changes their face.
void placeOnChildMap(QUndoStack &stack, ChildMapDocument &doc, const ChildMapPlace &place);
void takeOffChildMap(QUndoStack &stack, ChildMapDocument &doc, ItemId personId);

} // namespace Command
