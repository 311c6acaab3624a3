// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "letter.h"
#include "repository.h"

#include <optional>

// The later life letter and its history.
class LetterRepository : public Repository
{
public:
    explicit LetterRepository(CaseFile &file)
        : Repository(file)
    {}
    std::optional<LaterLifeLetter> load(); // nullopt: no letter begun
    // Writes the whole letter (nullopt removes it) and, in the same transaction, the history
    // entry for the change: a new one (its id written back) or, when it has an id, that one
    // brought up to date (typing in one part is one entry, not one per word).
    StorageError save(const std::optional<LaterLifeLetter> &letter, LetterVersion *version);
    QList<LetterVersion> versions(); // oldest first
};
