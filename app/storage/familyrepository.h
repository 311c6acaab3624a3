// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "family.h"
#include "repository.h"

// The family's shape (the genogram): parent links, partnerships, twins, pregnancies lost, and
// the nudges people were given by hand. `put` writes one item: added when its id is kNoId (the
// new id written back), put back under its old id when `restore`, otherwise changed.
class FamilyRepository : public Repository
{
public:
    explicit FamilyRepository(CaseFile &file)
        : Repository(file)
    {}
    Family load();

    StorageError add(ParentLink &link) { return put(link, false); }
    StorageError add(Partnership &partnership) { return put(partnership, false); }
    StorageError add(Twins &twins) { return put(twins, false); }
    StorageError add(LostPregnancy &loss) { return put(loss, false); }
    StorageError put(ParentLink &link, bool restore);
    StorageError put(Partnership &partnership, bool restore);
    StorageError put(Twins &twins, bool restore);
    StorageError put(LostPregnancy &loss, bool restore);
    // table: parent_link, partnership, twins or lost_pregnancy.
    StorageError remove(const QString &table, ItemId id);
    // A zero nudge removes it. kChildId is the child.
    StorageError setNudge(ItemId person, QPointF nudge);
    StorageError setNudges(const QHash<ItemId, QPointF> &nudges);
};
