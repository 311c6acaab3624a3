// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "childmap.h"
#include "childprofile.h"
#include "event.h"
#include "family.h"
#include "group.h"
#include "letter.h"
#include "media.h"
#include "memory.h"
#include "moveplan.h"
#include "person.h"
#include "placement.h"
#include "relationship.h"
#include "voiceentry.h"

#include <QHash>
#include <QList>
#include <QPointF>

#include <optional>

// Everything in one case, in memory: what DemoCase builds and what CaseFile can load or save in
// one go. Ids inside are local to this object until it is written to a case file.
struct CaseContent
{
    ChildProfile child;
    QList<Person> people;
    QList<Relationship> relationships;
    QList<Placement> placements;
    QList<Memory> memories;
    QList<Media> media;
    QList<Event> events;
    QHash<ItemId, QPointF> ecomapPositions; // person id -> scene position
    QList<EcomapGroup> groups;
    QList<VoiceEntry> voice;               // what the child said, by date
    QList<MovePlan> movePlans;             // by the home moved into
    std::optional<LaterLifeLetter> letter; // the later life letter, once begun
    Family family;                         // parents, partners, twins: the genogram
    QList<ChildMap> childMaps;             // the child's own map, one snapshot per day, by date
};
