// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fuzzydate.h"

#include <QString>

// Who a court or review pack is for and who wrote it: printed on its cover and in its footer.
struct CourtDetails
{
    QString court;      // "Cardiff Family Court", "Looked-after review"
    QString caseNumber; // "CF21C00123"
    FuzzyDate hearing;  // the hearing or review the pack is for
    QString author;
    QString authorRole;   // "Social worker"
    QString organisation; // "Rhondda Cynon Taf Children's Services"

    bool isEmpty() const
    {
        return court.isEmpty() && caseNumber.isEmpty() && hearing.isUnknown() && author.isEmpty() &&
               authorRole.isEmpty() && organisation.isEmpty();
    }
    bool operator==(const CourtDetails &) const = default;
};
