// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "voicedocument.h"

class QUndoStack;

// The front door for edits of what the child said: each builds one undoable command with a
// readable name and pushes it. Nothing is pushed when nothing changes.
namespace Command {

void addVoiceEntry(QUndoStack &stack, VoiceDocument &doc, const VoiceEntry &entry);
void editVoiceEntry(QUndoStack &stack, VoiceDocument &doc, const VoiceEntry &updated);
// The same change as an edit, named for what it is: "Answer what Maisie said".
void answerVoiceEntry(QUndoStack &stack, VoiceDocument &doc, const VoiceEntry &answered);
void removeVoiceEntry(QUndoStack &stack, VoiceDocument &doc, ItemId id);

} // namespace Command
