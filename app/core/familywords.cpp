// SPDX-License-Identifier: GPL-3.0-or-later
#include "familywords.h"

QString FamilyWords::gender(Person::Gender gender)
{
    switch (gender) {
    case Person::Gender::NotKnown:
        return tr("Not known or not said");
    case Person::Gender::Female:
        return tr("Female");
    case Person::Gender::Male:
        return tr("Male");
    case Person::Gender::NonBinary:
        return tr("Non-binary");
    }
    return {};
}

QString FamilyWords::parentKind(ParentLink::Kind kind)
{
    switch (kind) {
    case ParentLink::Kind::Birth:
        return tr("Birth parent");
    case ParentLink::Kind::Adoptive:
        return tr("Adoptive parent");
    case ParentLink::Kind::Step:
        return tr("Step-parent");
    case ParentLink::Kind::Foster:
        return tr("Foster carer");
    case ParentLink::Kind::SpecialGuardian:
        return tr("Special guardian");
    case ParentLink::Kind::KinshipCarer:
        return tr("Kinship carer");
    case ParentLink::Kind::Other:
        return tr("Other parent figure");
    }
    return {};
}

QString FamilyWords::partnershipKind(Partnership::Kind kind)
{
    switch (kind) {
    case Partnership::Kind::Married:
        return tr("Married");
    case Partnership::Kind::CivilPartnership:
        return tr("Civil partnership");
    case Partnership::Kind::Cohabiting:
        return tr("Living together");
    case Partnership::Kind::Engaged:
        return tr("Engaged");
    case Partnership::Kind::Dating:
        return tr("Going out together");
    case Partnership::Kind::NotKnown:
        return tr("Not known");
    }
    return {};
}

QString FamilyWords::ending(Partnership::Ending ending)
{
    switch (ending) {
    case Partnership::Ending::Together:
        return tr("Still together");
    case Partnership::Ending::Separated:
        return tr("Separated");
    case Partnership::Ending::Divorced:
        return tr("Divorced or dissolved");
    case Partnership::Ending::Death:
        return tr("Ended by a death");
    }
    return {};
}

QString FamilyWords::loss(LostPregnancy::Kind kind)
{
    switch (kind) {
    case LostPregnancy::Kind::Miscarriage:
        return tr("Miscarriage");
    case LostPregnancy::Kind::Stillbirth:
        return tr("Stillbirth");
    }
    return {};
}
