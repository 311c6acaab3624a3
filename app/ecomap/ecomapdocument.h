// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casefile.h"
#include "casemodel.h"
#include "childprofile.h"
#include "group.h"
#include "person.h"
#include "personrepository.h"
#include "relationship.h"

#include <QHash>
#include <QImage>
#include <QObject>
#include <QPointF>

#include <optional>

// The ecomap's data in memory — their ties, positions and groups; the child and the people come
// from the case's one CaseModel — kept in step with the case file: every edit is written
// through the repositories before it is applied here and announced, so what the map shows is
// always what is stored.
class EcomapDocument : public QObject
{
    Q_OBJECT

public:
    explicit EcomapDocument(CaseModel &model, QObject *parent = nullptr);

    StorageError load();

    const ChildProfile &child() const { return m_model.child(); }
    CaseModel &model() const { return m_model; }
    QList<Person> people() const; // everyone in the story
    // Those with a place on the map (relatives from a family tree may have none).
    QList<Person> peopleOnMap() const;
    bool isOnMap(ItemId personId) const { return m_positions.contains(personId); }
    std::optional<Person> person(ItemId id) const;
    QList<Relationship> relationships() const;
    std::optional<Relationship> relationship(ItemId id) const;
    QList<Relationship> relationshipsOf(ItemId personId) const;
    QPointF position(ItemId personId) const { return m_positions.value(personId); }
    // The person's photo thumbnail, or a null image (no photo, or one that fails to decode).
    QImage photoOf(ItemId personId) const;
    QImage childPhoto() const;

    QList<EcomapGroup> groups() const;
    std::optional<EcomapGroup> group(ItemId id) const;

    // Ties that may have existed on that day (unknown dates count as "always").
    QList<Relationship> relationshipsAsOf(QDate date) const;
    // A free spot on a closeness ring (0 close, 1 middle, 2 further away).
    QPointF suggestPosition(int ring) const;

    // Edits, used by the undo commands. Each is one transaction in the case file.
    StorageError addPerson(Person &person, QPointF position);
    // `links` (from removePerson) puts them back in the homes, memories and plans they were in.
    StorageError restorePerson(const Person &person, QPointF position,
                               const QList<Relationship> &ties, const PersonLinks &links = {});
    StorageError updatePerson(const Person &person);
    StorageError removePerson(ItemId id, PersonLinks *links = nullptr);
    StorageError movePerson(ItemId id, QPointF position);
    // Puts someone already in the story on the map, or (nullopt) takes them off it again.
    StorageError placeOnMap(ItemId id, std::optional<QPointF> position);
    StorageError addRelationship(Relationship &relationship);
    StorageError restoreRelationship(const Relationship &relationship);
    StorageError updateRelationship(const Relationship &relationship);
    StorageError removeRelationship(ItemId id);
    StorageError addGroup(EcomapGroup &group);
    StorageError restoreGroup(const EcomapGroup &group);
    StorageError updateGroup(const EcomapGroup &group);
    StorageError removeGroup(ItemId id);

signals:
    void reset();
    void childChanged();
    void personAdded(ItemId id);
    void personChanged(ItemId id);
    void personRemoved(ItemId id);
    void personMoved(ItemId id);
    void personLeftMap(ItemId id); // still in the story, no longer on the map
    void relationshipAdded(ItemId id);
    void relationshipChanged(ItemId id);
    void relationshipRemoved(ItemId id);
    void groupAdded(ItemId id);
    void groupChanged(ItemId id);
    void groupRemoved(ItemId id);
    void failed(const StorageError &error);

private:
    StorageError report(const StorageError &error);

    CaseModel &m_model;
    CaseFile &m_file;
    QHash<ItemId, Relationship> m_relationships;
    QHash<ItemId, QPointF> m_positions;
    QHash<ItemId, EcomapGroup> m_groups;
    QImage thumbnail(ItemId media) const;

    mutable QHash<ItemId, QImage> m_photos; // by media id
};
