// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ids.h"

#include <QDate>
#include <QString>

// The child the case is about: the centre of the ecomap and the reader of the book.
struct ChildProfile
{
    QString fullName;
    QString knownAs; // the name they choose for their book
    QDate dateOfBirth;
    QString pronouns;
    QString allAboutMe;        // in their own words
    QString wishesAndFeelings; // in their own words, for reviews and court
    ItemId photoId = kNoId;

    QString displayName() const { return knownAs.isEmpty() ? fullName : knownAs; }
    bool operator==(const ChildProfile &) const = default;
};
