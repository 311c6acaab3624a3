// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casemodel.h"

#include <optional>

class QUndoStack;

// The front door for edits of the child's own details ("About Maisie"): each builds one
// undoable command with a readable name and pushes it. Nothing is pushed when nothing changes.
namespace Command {

// `newPhoto` replaces the child's photo; `removePhoto` takes it away (without a new one).
void editChild(QUndoStack &stack, CaseModel &model, const ChildProfile &updated,
               const std::optional<Media> &newPhoto = std::nullopt, bool removePhoto = false);

} // namespace Command
