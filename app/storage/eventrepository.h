// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event.h"
#include "repository.h"

#include <optional>

// Contact, reviews, hearings, worker changes: the chronology's raw material.
class EventRepository : public Repository
{
public:
    explicit EventRepository(CaseFile &file)
        : Repository(file)
    {}
    StorageError add(Event &event); // a set id is kept (undo of a removal)
    StorageError update(const Event &event);
    StorageError remove(ItemId id);
    std::optional<Event> find(ItemId id);
    QList<Event> all(); // in date order
};
