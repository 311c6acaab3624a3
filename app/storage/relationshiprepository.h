// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "relationship.h"
#include "repository.h"

#include <optional>

// Ties on the ecomap, between the child and a person or between two people.
class RelationshipRepository : public Repository
{
public:
    explicit RelationshipRepository(CaseFile &file)
        : Repository(file)
    {}
    StorageError add(Relationship &relationship);
    // Puts a removed item back with its old id (undo of a delete).
    StorageError restore(const Relationship &relationship);
    StorageError update(const Relationship &relationship);
    StorageError remove(ItemId id);
    std::optional<Relationship> find(ItemId id);
    QList<Relationship> all();
};
