// SPDX-License-Identifier: GPL-3.0-or-later
#include "letterwords.h"

QString LetterWords::heading(LetterSection::Kind kind)
{
    using K = LetterSection::Kind;
    switch (kind) {
    case K::Birth:
        return tr("You and your birth");
    case K::BirthFamily:
        return tr("Your birth family");
    case K::Homes:
        return tr("Where you lived and why you moved");
    case K::Decisions:
        return tr("The decisions about you, and who made them");
    case K::FamilySaid:
        return tr("What your birth family said");
    case K::Siblings:
        return tr("Your brothers and sisters");
    case K::WhatYouWereLike:
        return tr("What you were like");
    case K::ContactLater:
        return tr("Who you can talk to later");
    }
    return {};
}

QString LetterWords::guidance(LetterSection::Kind kind)
{
    using K = LetterSection::Kind;
    switch (kind) {
    case K::Birth:
        return tr("When and where they were born, their name and who chose it, their first days.");
    case K::BirthFamily:
        return tr("Who their birth parents and wider family are, something good about each, "
                  "and what they were like.");
    case K::Homes:
        return tr("Each home in order: who they lived with, and the true reason for each move.");
    case K::Decisions:
        return tr("Why they could not live with their birth family, what was tried first, and "
                  "who decided (a judge, a panel, their social worker).");
    case K::FamilySaid:
        return tr("What their birth parents said about the decision and about them, in their "
                  "words where you have them.");
    case K::Siblings:
        return tr("Each brother and sister, where they live, and how the child can keep in "
                  "touch.");
    case K::WhatYouWereLike:
        return tr("What they loved, what they were good at, funny moments, what they said.");
    case K::ContactLater:
        return tr("Who they can ask for their records and for support when they are older.");
    }
    return {};
}

QString LetterWords::careName(LaterLifeLetter::Care care)
{
    using C = LaterLifeLetter::Care;
    switch (care) {
    case C::NotChosen:
        return tr("Not chosen yet");
    case C::Adoption:
        return tr("Adoption");
    case C::LongTermFoster:
        return tr("Long-term foster care");
    case C::Kinship:
        return tr("Kinship care (with family or friends)");
    case C::LeavingCare:
        return tr("Leaving care");
    }
    return {};
}

QString LetterWords::statusName(LetterPermission::Status status)
{
    using S = LetterPermission::Status;
    switch (status) {
    case S::NotAsked:
        return tr("Not asked yet");
    case S::Asked:
        return tr("Asked, no answer yet");
    case S::Given:
        return tr("Permission given");
    case S::Refused:
        return tr("Permission refused");
    }
    return {};
}

QString LetterWords::rolePhrase(Person::Role role)
{
    using R = Person::Role;
    switch (role) {
    case R::BirthMother:
        return tr("your birth mother");
    case R::BirthFather:
        return tr("your birth father");
    case R::Sibling:
        return tr("your brother or sister");
    case R::Grandparent:
        return tr("your grandparent");
    case R::OtherRelative:
        return tr("someone in your family");
    case R::FosterCarer:
        return tr("your foster carer");
    case R::KinshipCarer:
        return tr("the family member who looked after you");
    case R::AdoptiveParent:
        return tr("your parent");
    case R::ResidentialKeyWorker:
        return tr("your key worker");
    case R::SocialWorker:
        return tr("your social worker");
    case R::Iro:
        return tr("the person who checked your care was going well");
    case R::Teacher:
        return tr("your teacher");
    case R::Therapist:
        return tr("someone who helped you talk about your feelings");
    case R::HealthWorker:
        return tr("someone who helped you stay healthy");
    case R::Friend:
        return tr("a friend");
    case R::Pet:
    case R::Place:
    case R::Other:
    case R::NotSure:
        return tr("someone who knew you");
    }
    return {};
}
