// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fuzzydate.h"
#include "ids.h"

#include <QString>

// Someone (or something: a pet, a place) who matters to the child.
struct Person
{
    enum class Role : quint8 {
        BirthMother,
        BirthFather,
        Sibling,
        Grandparent,
        OtherRelative,
        FosterCarer,
        KinshipCarer,
        AdoptiveParent,
        ResidentialKeyWorker,
        SocialWorker,
        Iro,
        Teacher,
        Therapist,
        HealthWorker,
        Friend,
        Pet,
        Place,
        Other,
        NotSure, // chosen as "Not sure yet": never a guess nobody made
    };
    static constexpr int kRoleCount = int(Role::NotSure) + 1;

    // How the genogram draws them: a square, a circle, or the neutral symbol.
    enum class Gender : quint8 { NotKnown, Female, Male, NonBinary };
    static constexpr int kGenderCount = int(Gender::NonBinary) + 1;

    ItemId id = kNoId;
    QString fullName;
    QString knownAs; // the name the child uses: "Nana"
    Role role = Role::Other;
    QString roleDetail; // free text: "Mum's partner", "Year 6 teacher"
    ItemId photoId = kNoId;
    QString notes;
    QString childsWords; // "what I'd like you to know about Nana"
    // Sensitive: left out of anything shared outside the household.
    QString address;
    QString phone;
    bool isPrivate = false;
    // The family (the genogram). `genderWords`: how they describe themselves, in their words.
    Gender gender = Gender::NotKnown;
    QString genderWords;
    FuzzyDate born;
    FuzzyDate died;
    bool deceased = false; // also when the date of death is not known

    // What the child calls them, falling back to the full name.
    QString displayName() const { return knownAs.isEmpty() ? fullName : knownAs; }
    bool operator==(const Person &) const = default;
};
