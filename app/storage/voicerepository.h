// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repository.h"
#include "voiceentry.h"

#include <optional>

// What the child said, with who heard it and what happened next.
class VoiceRepository : public Repository
{
public:
    explicit VoiceRepository(CaseFile &file)
        : Repository(file)
    {}
    StorageError add(VoiceEntry &entry); // a set id is kept (undo of a removal)
    StorageError update(const VoiceEntry &entry);
    StorageError remove(ItemId id);
    std::optional<VoiceEntry> find(ItemId id);
    QList<VoiceEntry> all(); // in date order
};
