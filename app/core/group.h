// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ids.h"

#include <QList>
#include <QString>

// People who belong together on the ecomap — a household, a school, a team — drawn as a
// labelled outline around them.
struct EcomapGroup
{
    ItemId id = kNoId;
    QString name;
    QList<ItemId> memberIds;

    bool operator==(const EcomapGroup &) const = default;
};
