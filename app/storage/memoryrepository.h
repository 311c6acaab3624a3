// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "memory.h"
#include "repository.h"

#include <optional>

// The child's memories, with the people who were there and their photos.
class MemoryRepository : public Repository
{
public:
    explicit MemoryRepository(CaseFile &file)
        : Repository(file)
    {}
    StorageError add(Memory &memory); // a set id is kept (undo of a removal)
    StorageError update(const Memory &memory);
    StorageError remove(ItemId id);
    std::optional<Memory> find(ItemId id);
    QList<Memory> all(); // in date order
    int count();
};
