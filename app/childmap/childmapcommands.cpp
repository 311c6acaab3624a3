// SPDX-License-Identifier: GPL-3.0-or-later
#include "childmapcommands.h"

#include "putcommand.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace {

using PutChildMap = PutCommand<ChildMapDocument, ChildMap>;

class Names
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    static QString person(const ChildMapDocument &doc, ItemId id)
    {
        const auto p = doc.model().person(id);
        return p ? p->displayName() : tr("someone");
    }
};

void push(QUndoStack &stack, ChildMapDocument &doc, const ChildMap &changed, const QString &text)
{
    const std::optional<ChildMap> before = changed.id == kNoId ? std::nullopt : doc.map(changed.id);
    if (before && *before == changed)
        return;
    stack.push(new PutChildMap(doc, before, changed, text));
}

} // namespace

void Command::placeOnChildMap(QUndoStack &stack, ChildMapDocument &doc, const ChildMapPlace &place)
{
    ChildMap map = doc.workingCopy();
    const bool moving = map.place(place.personId) != nullptr;
    if (moving && *map.place(place.personId) == place)
        return;
    map.places.removeIf([&](const ChildMapPlace &p) { return p.personId == place.personId; });
    map.places << place;
    push(stack, doc, map,
         (moving ? Names::tr("Move %1 on the child's own map")
                 : Names::tr("Put %1 on the child's own map"))
             .arg(Names::person(doc, place.personId)));
}

void Command::takeOffChildMap(QUndoStack &stack, ChildMapDocument &doc, ItemId personId)
{
    ChildMap map = doc.workingCopy();
    if (!map.place(personId))
        return;
    map.places.removeIf([&](const ChildMapPlace &p) { return p.personId == personId; });
    push(stack, doc, map,
         Names::tr("Take %1 off the child's own map").arg(Names::person(doc, personId)));
}
