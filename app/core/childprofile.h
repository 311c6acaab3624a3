// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fuzzydate.h"
#include "ids.h"
#include "person.h"

#include <QDate>
#include <QString>

// The child the case is about: the centre of the ecomap and the reader of the book.
struct ChildProfile
{
    QString fullName;
    QString knownAs; // the name they choose for their book
    FuzzyDate born;  // "spring 2015" is fine: many children in care have an uncertain birth date
    QString pronouns;
    QString allAboutMe; // in their own words (what they say over time: VoiceEntry)
    ItemId photoId = kNoId;
    Person::Gender gender = Person::Gender::NotKnown; // the genogram's symbol for them
    QString genderWords;

    QString displayName() const { return knownAs.isEmpty() ? fullName : knownAs; }
    // The first day the child could have been born (invalid when not known): ages and the
    // timeline start from it.
    QDate dateOfBirth() const { return born.isUnknown() ? QDate() : born.earliest(); }
    bool operator==(const ChildProfile &) const = default;
};
