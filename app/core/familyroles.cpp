// SPDX-License-Identifier: GPL-3.0-or-later
#include "familyroles.h"

#include <QSet>

std::optional<Person::Role> roleFromFamily(const Family &family, ItemId person,
                                           Person::Gender gender)
{
    using Role = Person::Role;
    using Kind = ParentLink::Kind;
    QSet<ItemId> childsBirthParents;
    for (const ParentLink &l : family.parents) {
        if (l.child != kChildId)
            continue;
        if (l.kind == Kind::Birth)
            childsBirthParents.insert(l.parent);
        if (l.parent != person)
            continue;
        switch (l.kind) {
        case Kind::Birth:
            if (gender == Person::Gender::Female)
                return Role::BirthMother;
            if (gender == Person::Gender::Male)
                return Role::BirthFather;
            return std::nullopt; // a birth parent, but mother or father is not recorded
        case Kind::Adoptive:
            return Role::AdoptiveParent;
        case Kind::Foster:
            return Role::FosterCarer;
        case Kind::KinshipCarer:
        case Kind::SpecialGuardian:
            return Role::KinshipCarer;
        case Kind::Step:
        case Kind::Other:
            return Role::OtherRelative;
        }
    }
    bool relative = false;
    for (const ParentLink &l : family.parents) {
        // A brother or sister: a child of one of the child's birth parents (half too).
        if (l.child == person && childsBirthParents.contains(l.parent) &&
            (l.kind == Kind::Birth || l.kind == Kind::Adoptive))
            return Role::Sibling;
        // A grandparent: a parent of one of the child's birth parents.
        if (l.parent == person && childsBirthParents.contains(l.child) &&
            (l.kind == Kind::Birth || l.kind == Kind::Adoptive))
            return Role::Grandparent;
        relative = relative || ((l.child == person || l.parent == person) && l.kind == Kind::Birth);
    }
    // Joined to the family by birth somewhere further out: an aunt, a cousin. A partner alone
    // is not a relative, nor a sister's adoptive parent.
    if (relative)
        return Role::OtherRelative;
    return std::nullopt;
}
