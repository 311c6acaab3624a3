// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "courtdetails.h"
#include "repository.h"

#include <QHash>
#include <QPointF>

// Where each person sits on the ecomap, and the book settings: small per-case preferences.
class LayoutRepository : public Repository
{
public:
    explicit LayoutRepository(CaseFile &file)
        : Repository(file)
    {}
    QHash<ItemId, QPointF> positions();
    StorageError setPosition(ItemId personId, QPointF position);
    StorageError removePosition(ItemId personId);
    StorageError setPositions(const QHash<ItemId, QPointF> &positions);

    QString bookSetting(const QString &key, const QString &fallback = {});
    StorageError setBookSetting(const QString &key, const QString &value);
    // The court or review a pack is for, kept with the book settings; written in one go.
    CourtDetails courtDetails();
    StorageError setCourtDetails(const CourtDetails &details);
};
