// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "person.h"
#include "repository.h"

#include <optional>

// People (and pets and places) who matter to the child.
class PersonRepository : public Repository
{
public:
    explicit PersonRepository(CaseFile &file)
        : Repository(file)
    {}
    StorageError add(Person &person); // sets person.id
    // Puts a removed item back with its old id (undo of a delete).
    StorageError restore(const Person &person);
    StorageError update(const Person &person);
    StorageError remove(ItemId id); // also removes their relationships and links
    std::optional<Person> find(ItemId id);
    QList<Person> all();
    int count();
};
