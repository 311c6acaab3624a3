// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casecontent.h"
#include "casefile.h"

// Writes a whole CaseContent (the demo, a generated case, an import) into a case file in one
// transaction, mapping its local ids to the file's; and reads a whole case back.
class CaseContentIO
{
public:
    // On success the ids inside content are the file's ids.
    static StorageError write(CaseFile &file, CaseContent &content);
    // Media are loaded with thumbnails only unless withPictures is set.
    static CaseContent read(CaseFile &file, bool withPictures, StorageError *error);
};
