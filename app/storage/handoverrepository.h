// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "handoverrecord.h"
#include "repository.h"

#include <optional>

// The hand-overs recorded in a case: copies sent from it, and the one it came from.
class HandoverRepository : public Repository
{
public:
    explicit HandoverRepository(CaseFile &file)
        : Repository(file)
    {}
    StorageError add(HandoverRecord &record);
    QList<HandoverRecord> all(); // oldest first
    // The letter that came with this copy, while the receiver has not seen it yet.
    std::optional<HandoverRecord> unreadLetter();
    StorageError markRead(ItemId id);
};
