// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordingpanel.h"
#include "voicedocument.h"

class QUndoStack;

// The front door for edits of what the child said: each builds one undoable command with a
// readable name and pushes it. Nothing is pushed when nothing changes.
namespace Command {

// With a recording in the child's own voice, stored with the entry in one step.
void addVoiceEntry(QUndoStack &stack, VoiceDocument &doc, const VoiceEntry &entry,
                   const std::optional<Media> &recording = std::nullopt);
void editVoiceEntry(QUndoStack &stack, VoiceDocument &doc, const VoiceEntry &updated,
                    const RecordingChange &change = {});
// The same change as an edit, named for what it is: "Answer what Maisie said".
void answerVoiceEntry(QUndoStack &stack, VoiceDocument &doc, const VoiceEntry &answered);
void removeVoiceEntry(QUndoStack &stack, VoiceDocument &doc, ItemId id);

} // namespace Command
