// SPDX-License-Identifier: GPL-3.0-or-later
#include "casecontentio.h"

#include "childmaprepository.h"
#include "childrepository.h"
#include "eventrepository.h"
#include "familyrepository.h"
#include "grouprepository.h"
#include "layoutrepository.h"
#include "letterrepository.h"
#include "mediarepository.h"
#include "memoryrepository.h"
#include "moveplanrepository.h"
#include "personrepository.h"
#include "placementrepository.h"
#include "relationshiprepository.h"
#include "voicerepository.h"

namespace {

ItemId mapped(const QHash<ItemId, ItemId> &map, ItemId id)
{
    return id == kNoId ? kNoId : map.value(id, kNoId);
}

QList<ItemId> mappedList(const QHash<ItemId, ItemId> &map, const QList<ItemId> &ids)
{
    QList<ItemId> out;
    for (ItemId id : ids) {
        if (const ItemId m = mapped(map, id); m != kNoId)
            out << m;
    }
    return out;
}

// People left out (of a copy) take their family rows with them. 0 is the child here (always
// written), so someone not written is nullopt.
StorageError writeFamily(CaseFile &file, Family &f, const QHash<ItemId, ItemId> &personIds)
{
    FamilyRepository family(file);
    const auto person = [&](ItemId id) -> std::optional<ItemId> {
        if (id == kChildId)
            return kChildId;
        const ItemId m = mapped(personIds, id);
        return m == kNoId ? std::nullopt : std::optional<ItemId>(m);
    };
    QList<ParentLink> parents;
    for (ParentLink l : std::as_const(f.parents)) {
        const auto child = person(l.child), parent = person(l.parent);
        if (!child || !parent || *parent == kChildId)
            continue;
        l.child = *child;
        l.parent = *parent;
        l.id = kNoId;
        if (StorageError e = family.add(l))
            return e;
        parents << l;
    }
    QList<Partnership> partnerships;
    for (Partnership p : std::as_const(f.partnerships)) {
        const auto a = person(p.personA), b = person(p.personB);
        if (!a || !b || *b == kChildId)
            continue;
        p.personA = *a;
        p.personB = *b;
        p.id = kNoId;
        if (StorageError e = family.add(p))
            return e;
        partnerships << p;
    }
    QList<Twins> twins;
    for (Twins t : std::as_const(f.twins)) {
        const auto a = person(t.personA), b = person(t.personB);
        if (!a || !b || *b == kChildId)
            continue;
        t.personA = *a;
        t.personB = *b;
        t.id = kNoId;
        if (StorageError e = family.add(t))
            return e;
        twins << t;
    }
    QList<LostPregnancy> losses;
    for (LostPregnancy l : std::as_const(f.losses)) {
        l.mother = mapped(personIds, l.mother);
        l.father = mapped(personIds, l.father);
        if (l.mother == kNoId)
            continue;
        l.id = kNoId;
        if (StorageError e = family.add(l))
            return e;
        losses << l;
    }
    QHash<ItemId, QPointF> nudges;
    for (auto it = f.nudges.cbegin(); it != f.nudges.cend(); ++it) {
        if (const auto id = person(it.key()))
            nudges.insert(*id, it.value());
    }
    if (StorageError e = family.setNudges(nudges))
        return e;
    f.parents = parents;
    f.partnerships = partnerships;
    f.twins = twins;
    f.losses = losses;
    f.nudges = nudges;
    return {};
}

StorageError writeAll(CaseFile &file, CaseContent &c, const CaseContentIO::PictureSource &pictures)
{
    MediaRepository media(file);
    PersonRepository people(file);
    RelationshipRepository relationships(file);
    PlacementRepository placements(file);
    MemoryRepository memories(file);
    EventRepository events(file);
    ChildRepository child(file);
    LayoutRepository layout(file);

    QHash<ItemId, ItemId> mediaIds, personIds, placementIds;
    for (Media &m : c.media) {
        const ItemId local = m.id;
        if (pictures)
            pictures(m);
        if (StorageError e = media.add(m))
            return e;
        if (pictures) {
            m.data = QByteArray();
            m.printCopy = QByteArray();
        }
        mediaIds.insert(local, m.id);
    }
    for (Person &p : c.people) {
        const ItemId local = p.id;
        p.photoId = mapped(mediaIds, p.photoId);
        if (StorageError e = people.add(p))
            return e;
        personIds.insert(local, p.id);
    }
    personIds.insert(kChildId, kChildId);
    for (Relationship &r : c.relationships) {
        r.personA = r.personA == kChildId ? kChildId : mapped(personIds, r.personA);
        r.personB = mapped(personIds, r.personB);
        if (StorageError e = relationships.add(r))
            return e;
    }
    for (Placement &p : c.placements) {
        const ItemId local = p.id;
        p.carerIds = mappedList(personIds, p.carerIds);
        if (StorageError e = placements.add(p))
            return e;
        placementIds.insert(local, p.id);
    }
    for (Memory &m : c.memories) {
        m.peopleIds = mappedList(personIds, m.peopleIds);
        m.mediaIds = mappedList(mediaIds, m.mediaIds);
        m.placementId = mapped(placementIds, m.placementId);
        m.recordingId = mapped(mediaIds, m.recordingId);
        if (StorageError e = memories.add(m))
            return e;
    }
    QHash<ItemId, ItemId> eventIds;
    for (Event &ev : c.events) {
        const ItemId local = ev.id;
        ev.peopleIds = mappedList(personIds, ev.peopleIds);
        if (StorageError e = events.add(ev))
            return e;
        eventIds.insert(local, ev.id);
    }
    VoiceRepository voice(file);
    for (VoiceEntry &v : c.voice) {
        v.saidToId = mapped(personIds, v.saidToId);
        v.writtenById = mapped(personIds, v.writtenById);
        v.presentIds = mappedList(personIds, v.presentIds);
        v.answeredByEventId = mapped(eventIds, v.answeredByEventId);
        v.recordingId = mapped(mediaIds, v.recordingId);
        if (StorageError e = voice.add(v))
            return e;
    }
    MovePlanRepository plans(file);
    for (MovePlan &plan : c.movePlans) {
        plan.placementId = mapped(placementIds, plan.placementId);
        if (plan.placementId == kNoId)
            continue; // the home was not written (left out of a copy)
        QList<KeepInTouch> keep;
        for (KeepInTouch k : std::as_const(plan.keep)) {
            k.personId = mapped(personIds, k.personId);
            if (k.personId != kNoId)
                keep << k;
        }
        plan.keep = keep;
        if (StorageError e = plans.put(plan))
            return e;
    }
    c.child.photoId = mapped(mediaIds, c.child.photoId);
    if (StorageError e = child.save(c.child))
        return e;
    QHash<ItemId, QPointF> positions;
    for (auto it = c.ecomapPositions.cbegin(); it != c.ecomapPositions.cend(); ++it) {
        if (const ItemId person = mapped(personIds, it.key()); person != kNoId)
            positions.insert(person, it.value()); // positions of people not written are dropped
    }
    c.ecomapPositions = positions;
    if (StorageError e = layout.setPositions(positions))
        return e;
    GroupRepository groups(file);
    for (EcomapGroup &g : c.groups) {
        g.memberIds = mappedList(personIds, g.memberIds);
        if (StorageError e = groups.add(g))
            return e;
    }
    if (StorageError e = writeFamily(file, c.family, personIds))
        return e;
    ChildMapRepository childMaps(file);
    for (ChildMap &map : c.childMaps) {
        QList<ChildMapPlace> kept;
        for (ChildMapPlace p : std::as_const(map.places)) {
            p.personId = mapped(personIds, p.personId);
            if (p.personId != kNoId)
                kept << p; // someone left out of a copy leaves the child's map too
        }
        map.places = kept;
        map.id = kNoId;
        if (StorageError e = childMaps.put(map))
            return e;
    }
    if (c.letter) {
        QList<LetterPermission> kept;
        for (LetterPermission p : std::as_const(c.letter->permissions)) {
            p.personId = mapped(personIds, p.personId);
            if (p.personId != kNoId)
                kept << p;
        }
        c.letter->permissions = kept;
        if (StorageError e = LetterRepository(file).save(c.letter, nullptr))
            return e;
    }
    return {};
}

} // namespace

StorageError CaseContentIO::write(CaseFile &file, CaseContent &content,
                                  const PictureSource &pictures)
{
    if (StorageError e = file.beginBatch())
        return e;
    StorageError error = writeAll(file, content, pictures);
    StorageError end = file.endBatch(!error.isError());
    return error.isError() ? error : end;
}

CaseContent CaseContentIO::read(CaseFile &file, bool withPictures, StorageError *error)
{
    CaseContent c;
    ChildRepository child(file);
    PersonRepository people(file);
    RelationshipRepository relationships(file);
    PlacementRepository placements(file);
    MemoryRepository memories(file);
    MediaRepository media(file);
    EventRepository events(file);
    LayoutRepository layout(file);
    c.child = child.load();
    c.people = people.all();
    c.relationships = relationships.all();
    c.placements = placements.all();
    c.memories = memories.all();
    c.media = media.thumbnails();
    if (withPictures) {
        for (Media &m : c.media) {
            m.data = media.data(m.id);
            m.printCopy = media.printCopy(m.id);
        }
    }
    c.events = events.all();
    VoiceRepository voice(file);
    c.voice = voice.all();
    MovePlanRepository plans(file);
    c.movePlans = plans.all();
    c.ecomapPositions = layout.positions();
    GroupRepository groups(file);
    c.groups = groups.all();
    LetterRepository letter(file);
    c.letter = letter.load();
    FamilyRepository family(file);
    c.family = family.load();
    ChildMapRepository childMaps(file);
    c.childMaps = childMaps.all();
    if (error) {
        *error = {};
        for (const StorageError &e :
             {child.lastError(), people.lastError(), relationships.lastError(),
              placements.lastError(), memories.lastError(), media.lastError(), events.lastError(),
              voice.lastError(), plans.lastError(), layout.lastError(), groups.lastError(),
              letter.lastError(), family.lastError(), childMaps.lastError()}) {
            if (e.isError()) {
                *error = e;
                break;
            }
        }
    }
    return c;
}
