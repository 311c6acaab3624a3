// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "placement.h"
#include "repository.h"

#include <optional>

// Where the child has lived, with the carers linked in order.
class PlacementRepository : public Repository
{
public:
    explicit PlacementRepository(CaseFile &file)
        : Repository(file)
    {}
    StorageError add(Placement &placement); // a set id is kept (undo of a removal)
    StorageError update(const Placement &placement);
    StorageError remove(ItemId id);
    std::optional<Placement> find(ItemId id);
    QList<Placement> all(); // in date order
};
