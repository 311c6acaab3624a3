// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "group.h"
#include "repository.h"

#include <optional>

// Groups drawn on the ecomap, with their members in order.
class GroupRepository : public Repository
{
public:
    explicit GroupRepository(CaseFile &file)
        : Repository(file)
    {}
    StorageError add(EcomapGroup &group);
    StorageError restore(const EcomapGroup &group); // with its old id (undo of a delete)
    StorageError update(const EcomapGroup &group);
    StorageError remove(ItemId id);
    std::optional<EcomapGroup> find(ItemId id);
    QList<EcomapGroup> all();
};
