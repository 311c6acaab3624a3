// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casecontent.h"
#include "casefile.h"

#include <functional>

// Writes a whole CaseContent (the demo, a generated case, an import) into a case file in one
// transaction, mapping its local ids to the file's; and reads a whole case back.
class CaseContentIO
{
public:
    // Fills in one picture's bytes (data and print copy) just before it is written.
    using PictureSource = std::function<void(Media &)>;
    // On success the ids inside content are the file's ids. With `pictures`, content's media
    // may come without their bytes: each is fetched, written and let go in turn, so a copy of a
    // big story never holds all its pictures in memory.
    static StorageError write(CaseFile &file, CaseContent &content,
                              const PictureSource &pictures = {});
    // Media are loaded with thumbnails only unless withPictures is set.
    static CaseContent read(CaseFile &file, bool withPictures, StorageError *error);
};
