// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "moveplan.h"
#include "repository.h"

#include <optional>

// The plan for each move: how it came about and what happens to each relationship.
class MovePlanRepository : public Repository
{
public:
    explicit MovePlanRepository(CaseFile &file)
        : Repository(file)
    {}
    // Writes the whole plan in place of what was there; an empty plan is removed.
    StorageError put(const MovePlan &plan);
    StorageError remove(ItemId placementId);
    std::optional<MovePlan> find(ItemId placementId);
    QList<MovePlan> all();
};
