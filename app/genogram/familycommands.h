// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ecomapdocument.h"
#include "familydocument.h"
#include "familytree.h"

#include <QPointF>

class QUndoStack;

// The front door for edits of the family: each builds one undoable command with a readable name
// and pushes it. Nothing is pushed when nothing would change.
namespace Command {

// Stands for the person being added, in the lines given with them.
inline constexpr ItemId kNewPerson = -2;

// Adds `person` with the family lines that make them a relative (any end kNewPerson is them).
// They join the case's people (and the map, on its outer ring), in one undo step.
void addRelative(QUndoStack &stack, FamilyDocument &family, EcomapDocument &map,
                 const Person &person, const QList<ParentLink> &parents,
                 const QList<Partnership> &partnerships, const QString &text);
void putParentLink(QUndoStack &stack, FamilyDocument &doc, const std::optional<ParentLink> &before,
                   const std::optional<ParentLink> &after);
void putPartnership(QUndoStack &stack, FamilyDocument &doc,
                    const std::optional<Partnership> &before,
                    const std::optional<Partnership> &after);
void putTwins(QUndoStack &stack, FamilyDocument &doc, const std::optional<Twins> &before,
              const std::optional<Twins> &after);
void putLostPregnancy(QUndoStack &stack, FamilyDocument &doc,
                      const std::optional<LostPregnancy> &before,
                      const std::optional<LostPregnancy> &after);
// Moves someone by hand from where the family tree put them; repeated nudges of the same person
// (arrow keys, a drag) are one undo step.
void nudge(QUndoStack &stack, FamilyDocument &doc, ItemId person, QPointF from, QPointF to);
// Brings in everyone from a family tree (new people with their lines), one undo step; the
// case's people and map are read again after each step.
void importTree(QUndoStack &stack, FamilyDocument &family, EcomapDocument &map,
                const FamilyTree::Import &tree, const QString &text);
// Puts everyone back where the family tree puts them.
void clearNudges(QUndoStack &stack, FamilyDocument &doc);

} // namespace Command
