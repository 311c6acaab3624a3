// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "childprofile.h"
#include "repository.h"

// The one child a case is about.
class ChildRepository : public Repository
{
public:
    explicit ChildRepository(CaseFile &file)
        : Repository(file)
    {}
    ChildProfile load();
    StorageError save(const ChildProfile &child);
};
