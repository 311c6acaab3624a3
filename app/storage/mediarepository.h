// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "media.h"
#include "repository.h"

#include <optional>

// Photos and pictures, stored as BLOBs inside the encrypted case. Lists load thumbnails only;
// the full picture is read when it is needed.
class MediaRepository : public Repository
{
public:
    explicit MediaRepository(CaseFile &file)
        : Repository(file)
    {}
    StorageError add(Media &media);          // a set id is kept (undo of a removal)
    StorageError update(const Media &media); // metadata, thumbnail and data
    StorageError remove(ItemId id);
    std::optional<Media> find(ItemId id); // with the full picture
    QList<Media> thumbnails();            // every item, data left empty
    QByteArray data(ItemId id);
    QByteArray printCopy(ItemId id); // empty when the picture has none (small, or older)
    QByteArray thumbnail(ItemId id);

private:
    static bool writeData(QSqlQuery &q, ItemId id, const QByteArray &data);
    static bool writePrintCopy(QSqlQuery &q, ItemId id, const QByteArray &copy);
    QByteArray blob(const QString &sql, ItemId id);
};
