// SPDX-License-Identifier: GPL-3.0-or-later
#include "ecomapdocument.h"

#include "familyrepository.h"

#include "childrepository.h"
#include "grouprepository.h"
#include "layoutrepository.h"
#include "mediarepository.h"
#include "notation.h"
#include "personrepository.h"
#include "relationshiprepository.h"

#include <QLineF>

#include <algorithm>
#include <cmath>

EcomapDocument::EcomapDocument(CaseModel &model, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_file(model.file())
{
    connect(&m_model, &CaseModel::childChanged, this, &EcomapDocument::childChanged);
}

StorageError EcomapDocument::load()
{
    RelationshipRepository ties(m_file);
    LayoutRepository layout(m_file);
    m_relationships.clear();
    for (const Relationship &r : ties.all())
        m_relationships.insert(r.id, r);
    m_positions = layout.positions();
    GroupRepository groupRepo(m_file);
    m_groups.clear();
    for (const EcomapGroup &g : groupRepo.all())
        m_groups.insert(g.id, g);
    // Anyone without a position yet gets a spot on a ring — except relatives brought in from
    // a family tree, who stay off the map until someone puts them on it (a tree of hundreds
    // would bury the people who matter day to day).
    QHash<ItemId, QPointF> missing;
    const Family family = FamilyRepository(m_file).load();
    for (const Person &p : m_model.people()) {
        if (!m_positions.contains(p.id) && !family.hasLine(p.id)) {
            const QPointF spot = suggestPosition(1);
            m_positions.insert(p.id, spot);
            missing.insert(p.id, spot);
        }
    }
    if (!missing.isEmpty())
        layout.setPositions(missing);
    emit reset();
    for (const StorageError &e : {ties.lastError(), layout.lastError()}) {
        if (e)
            return report(e);
    }
    return {};
}

StorageError EcomapDocument::report(const StorageError &error)
{
    if (error)
        emit failed(error);
    return error;
}

QImage EcomapDocument::photoOf(ItemId personId) const
{
    const auto p = m_model.person(personId);
    return p ? thumbnail(p->photoId) : QImage();
}

QImage EcomapDocument::childPhoto() const
{
    return thumbnail(m_model.child().photoId);
}

QImage EcomapDocument::thumbnail(ItemId media) const
{
    if (media == kNoId)
        return {};
    if (!m_photos.contains(media))
        m_photos.insert(media, QImage::fromData(MediaRepository(m_file).thumbnail(media)));
    return m_photos.value(media);
}

QList<Person> EcomapDocument::people() const
{
    return m_model.people();
}

QList<Person> EcomapDocument::peopleOnMap() const
{
    QList<Person> out = m_model.people();
    out.removeIf([this](const Person &p) { return !m_positions.contains(p.id); });
    return out;
}

StorageError EcomapDocument::placeOnMap(ItemId id, std::optional<QPointF> position)
{
    if (!position) {
        if (StorageError e = LayoutRepository(m_file).removePosition(id))
            return report(e);
        m_positions.remove(id);
        emit personLeftMap(id);
        return {};
    }
    if (StorageError e = LayoutRepository(m_file).setPosition(id, *position))
        return report(e);
    m_positions.insert(id, *position);
    emit personAdded(id);
    return {};
}

std::optional<Person> EcomapDocument::person(ItemId id) const
{
    return m_model.person(id);
}

QList<Relationship> EcomapDocument::relationships() const
{
    QList<Relationship> list = m_relationships.values();
    std::sort(list.begin(), list.end(),
              [](const Relationship &a, const Relationship &b) { return a.id < b.id; });
    return list;
}

std::optional<Relationship> EcomapDocument::relationship(ItemId id) const
{
    const auto it = m_relationships.constFind(id);
    return it == m_relationships.cend() ? std::nullopt : std::optional<Relationship>(*it);
}

QList<Relationship> EcomapDocument::relationshipsOf(ItemId personId) const
{
    QList<Relationship> list;
    for (const Relationship &r : relationships()) {
        if (r.personA == personId || r.personB == personId)
            list << r;
    }
    return list;
}

QList<Relationship> EcomapDocument::relationshipsAsOf(QDate date) const
{
    QList<Relationship> list;
    for (const Relationship &r : relationships()) {
        if (!date.isValid() || r.isActiveOn(date))
            list << r;
    }
    return list;
}

QPointF EcomapDocument::suggestPosition(int ring) const
{
    const qreal radius = Notation::kRingRadii[qBound(0, ring, 2)];
    // Try evenly spread angles, finest last, and take the one farthest from everyone.
    QPointF best(radius, 0);
    qreal bestDistance = -1;
    for (int step = 0; step < 48; ++step) {
        const qreal angle = 2 * M_PI * step / 48.0 - M_PI / 2;
        const QPointF candidate(radius * std::cos(angle), radius * std::sin(angle));
        qreal nearest = 1e9;
        for (const QPointF &p : m_positions)
            nearest = qMin(nearest, QLineF(candidate, p).length());
        if (nearest > bestDistance + 0.5) {
            bestDistance = nearest;
            best = candidate;
        }
    }
    return best;
}

StorageError EcomapDocument::addPerson(Person &person, QPointF position)
{
    if (StorageError e = PersonRepository(m_file).add(person))
        return report(e);
    if (StorageError e = LayoutRepository(m_file).setPosition(person.id, position))
        return report(e);
    m_positions.insert(person.id, position);
    m_model.personStored(person);
    emit personAdded(person.id);
    return {};
}

StorageError EcomapDocument::restorePerson(const Person &person, QPointF position,
                                           const QList<Relationship> &ties,
                                           const PersonLinks &links)
{
    if (StorageError e = m_file.beginBatch())
        return report(e);
    StorageError error = PersonRepository(m_file).restore(person);
    if (!error)
        error = LayoutRepository(m_file).setPosition(person.id, position);
    for (const Relationship &r : ties) {
        if (!error)
            error = RelationshipRepository(m_file).restore(r);
    }
    if (!error && !links.isEmpty())
        error = PersonRepository(m_file).restoreLinks(links);
    const StorageError end = m_file.endBatch(!error);
    if (error || end)
        return report(error ? error : end);
    m_positions.insert(person.id, position);
    m_model.personStored(person);
    emit personAdded(person.id);
    for (const Relationship &r : ties) {
        m_relationships.insert(r.id, r);
        emit relationshipAdded(r.id);
    }
    if (!links.isEmpty())
        m_model.linksRestored();
    return {};
}

StorageError EcomapDocument::updatePerson(const Person &person)
{
    if (StorageError e = PersonRepository(m_file).update(person))
        return report(e);
    m_model.personStored(person);
    emit personChanged(person.id);
    return {};
}

StorageError EcomapDocument::removePerson(ItemId id, PersonLinks *links)
{
    const QList<Relationship> ties = relationshipsOf(id);
    if (links)
        *links = PersonRepository(m_file).linksOf(id);
    if (StorageError e = PersonRepository(m_file).remove(id))
        return report(e);
    for (const Relationship &r : ties) {
        m_relationships.remove(r.id);
        emit relationshipRemoved(r.id);
    }
    m_positions.remove(id);
    m_model.personRemoved(id);
    emit personRemoved(id);
    // The case file drops them from their groups (ON DELETE CASCADE); mirror that here.
    for (EcomapGroup &g : m_groups) {
        if (g.memberIds.removeAll(id) > 0)
            emit groupChanged(g.id);
    }
    return {};
}

StorageError EcomapDocument::movePerson(ItemId id, QPointF position)
{
    if (StorageError e = LayoutRepository(m_file).setPosition(id, position))
        return report(e);
    m_positions.insert(id, position);
    emit personMoved(id);
    m_model.noteSaved();
    return {};
}

StorageError EcomapDocument::addRelationship(Relationship &relationship)
{
    if (StorageError e = RelationshipRepository(m_file).add(relationship))
        return report(e);
    m_relationships.insert(relationship.id, relationship);
    emit relationshipAdded(relationship.id);
    m_model.tiesStored();
    return {};
}

StorageError EcomapDocument::restoreRelationship(const Relationship &relationship)
{
    if (StorageError e = RelationshipRepository(m_file).restore(relationship))
        return report(e);
    m_relationships.insert(relationship.id, relationship);
    emit relationshipAdded(relationship.id);
    m_model.tiesStored();
    return {};
}

StorageError EcomapDocument::updateRelationship(const Relationship &relationship)
{
    if (StorageError e = RelationshipRepository(m_file).update(relationship))
        return report(e);
    m_relationships.insert(relationship.id, relationship);
    emit relationshipChanged(relationship.id);
    m_model.tiesStored();
    return {};
}

StorageError EcomapDocument::removeRelationship(ItemId id)
{
    if (StorageError e = RelationshipRepository(m_file).remove(id))
        return report(e);
    m_relationships.remove(id);
    emit relationshipRemoved(id);
    m_model.tiesStored();
    return {};
}

QList<EcomapGroup> EcomapDocument::groups() const
{
    QList<EcomapGroup> list = m_groups.values();
    std::sort(list.begin(), list.end(),
              [](const EcomapGroup &a, const EcomapGroup &b) { return a.id < b.id; });
    return list;
}

std::optional<EcomapGroup> EcomapDocument::group(ItemId id) const
{
    const auto it = m_groups.constFind(id);
    return it == m_groups.cend() ? std::nullopt : std::optional<EcomapGroup>(*it);
}

StorageError EcomapDocument::addGroup(EcomapGroup &group)
{
    if (StorageError e = GroupRepository(m_file).add(group))
        return report(e);
    m_groups.insert(group.id, group);
    emit groupAdded(group.id);
    m_model.noteSaved();
    return {};
}

StorageError EcomapDocument::restoreGroup(const EcomapGroup &group)
{
    if (StorageError e = GroupRepository(m_file).restore(group))
        return report(e);
    m_groups.insert(group.id, group);
    emit groupAdded(group.id);
    m_model.noteSaved();
    return {};
}

StorageError EcomapDocument::updateGroup(const EcomapGroup &group)
{
    if (StorageError e = GroupRepository(m_file).update(group))
        return report(e);
    m_groups.insert(group.id, group);
    emit groupChanged(group.id);
    m_model.noteSaved();
    return {};
}

StorageError EcomapDocument::removeGroup(ItemId id)
{
    if (StorageError e = GroupRepository(m_file).remove(id))
        return report(e);
    m_groups.remove(id);
    emit groupRemoved(id);
    m_model.noteSaved();
    return {};
}
