// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "family.h"
#include "person.h"

#include <QCoreApplication>
#include <QString>

// Translated names for the family's enumerations (genders, kinds of parent and partnership),
// the same in the genogram, its key, the person window, the merge and the books.
class FamilyWords
{
    Q_DECLARE_TR_FUNCTIONS(FamilyWords)

public:
    static QString gender(Person::Gender gender);
    static QString parentKind(ParentLink::Kind kind);
    static QString partnershipKind(Partnership::Kind kind);
    static QString ending(Partnership::Ending ending);
    static QString loss(LostPregnancy::Kind kind);
};
