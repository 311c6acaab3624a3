// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "letterdocument.h"

class QUndoStack;

// The front door for edits of the later life letter: each pushes one undoable command. Typing
// in one part merges into one step; nothing is pushed when nothing changes.
namespace Command {

// The writer's own words for a part (no longer a draft).
void writeLetterSection(QUndoStack &stack, LetterDocument &doc, LetterSection::Kind kind,
                        const QString &markdown);
// A draft made from the case's facts, marked as a draft until rewritten.
void useLetterDraft(QUndoStack &stack, LetterDocument &doc, LetterSection::Kind kind,
                    const QString &markdown);
// Who it is to, from, when, which kind of care, the font.
void setLetterDetails(QUndoStack &stack, LetterDocument &doc, const LaterLifeLetter &details);
void setLetterPermission(QUndoStack &stack, LetterDocument &doc, ItemId personId,
                         LetterPermission::Status status);

} // namespace Command
