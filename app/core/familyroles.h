// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "family.h"
#include "person.h"

#include <optional>

// Who someone is to the child, as far as the family's lines say it: the child's birth mother or
// father, adoptive parent, foster or kinship carer, brother or sister, grandparent, or another
// relative. Nothing when the lines do not say (a parent's partner; someone with no line yet):
// then the role stays for a person to choose.
std::optional<Person::Role> roleFromFamily(const Family &family, ItemId person,
                                           Person::Gender gender);
