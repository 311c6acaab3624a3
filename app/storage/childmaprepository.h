// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "childmap.h"
#include "repository.h"

// The child's own map, one snapshot a row: `put` adds a map (its id written back) or, for a map
// with an id, writes it whole again (its places replaced). Oldest first.
class ChildMapRepository : public Repository
{
public:
    explicit ChildMapRepository(CaseFile &file)
        : Repository(file)
    {}
    QList<ChildMap> all();
    // restore: put back under its old id (undo of a removal).
    StorageError put(ChildMap &map, bool restore = false);
    StorageError remove(ItemId id);
};
