// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event.h"
#include "memory.h"
#include "person.h"
#include "placement.h"
#include "relationship.h"

#include <QCoreApplication>
#include <QString>

// Translated, user-facing names for the domain's enumerations, so every view and every book
// uses the same words.
class Vocabulary
{
    Q_DECLARE_TR_FUNCTIONS(Vocabulary)

public:
    static QString roleName(Person::Role role);
    static QString kindName(Relationship::Kind kind);
    // The same, in words for the child's own book ("not so close", not "tenuous").
    static QString childKindName(Relationship::Kind kind);
    static QString contactName(Relationship::Contact contact);
    static QString placementTypeName(Placement::Type type);
    static QString feelingName(Memory::Feeling feeling);
    static QString eventTypeName(Event::Type type);
};
