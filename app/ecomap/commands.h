// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ecomapdocument.h"

#include <QPointF>

class QUndoStack;

// The one front door for ecomap edits: each function builds an undoable command with a readable
// name and pushes it (which applies it). Widgets never construct commands themselves. A command
// that would change nothing is not pushed.
namespace Command {

// Adds a person at `position`, tied to the child with `tie` (its personB is filled in).
void addPerson(QUndoStack &stack, EcomapDocument &doc, const Person &person, QPointF position,
               const Relationship &tie);
void editPerson(QUndoStack &stack, EcomapDocument &doc, const Person &updated);
void removePerson(QUndoStack &stack, EcomapDocument &doc, ItemId id);
// Puts someone already in the story (a relative brought in from a family tree) on the map, on
// closeness ring `ring` (0 close, 1 middle, 2 further away).
void placeOnMap(QUndoStack &stack, EcomapDocument &doc, ItemId id, int ring);
// Repeated moves of the same person (keyboard nudges) merge into one undo step.
void movePerson(QUndoStack &stack, EcomapDocument &doc, ItemId id, QPointF from, QPointF to);
void addRelationship(QUndoStack &stack, EcomapDocument &doc, const Relationship &relationship);
void editRelationship(QUndoStack &stack, EcomapDocument &doc, const Relationship &updated);
void setRelationshipKind(QUndoStack &stack, EcomapDocument &doc, ItemId id,
                         Relationship::Kind kind);
void removeRelationship(QUndoStack &stack, EcomapDocument &doc, ItemId id);
void makeGroup(QUndoStack &stack, EcomapDocument &doc, const QString &name,
               const QList<ItemId> &members);
void renameGroup(QUndoStack &stack, EcomapDocument &doc, ItemId id, const QString &name);
void removeGroup(QUndoStack &stack, EcomapDocument &doc, ItemId id);

} // namespace Command
