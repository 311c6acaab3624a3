// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casefile.h"
#include "childprofile.h"
#include "media.h"
#include "person.h"

#include <QHash>
#include <QObject>

#include <optional>

// casemodel: the one model of an open case that every view and dialog observes.
//
// CaseModel holds the child and the people of one open case and announces every change, so
// a person added on the map is in the memory dialog's "who was there", the place dialog's
// carers and the Books tab's "leave out" list at once, and a new name or date of birth for the
// child shows everywhere. Documents that write people (the ecomap's) tell the model after each
// successful write; the child is written here.
class CaseModel : public QObject
{
    Q_OBJECT

public:
    explicit CaseModel(CaseFile &file, QObject *parent = nullptr);

    CaseFile &file() const { return m_file; }
    StorageError load();

    const ChildProfile &child() const { return m_child; }
    // Everyone, in the order they were added.
    QList<Person> people() const;
    std::optional<Person> person(ItemId id) const;

    // Writes the child's details in one transaction, then announces them. `addPhoto` (stored
    // with its id kept, or given a new one, written back into both) becomes the child's photo;
    // `removePhoto` is deleted.
    StorageError setChild(ChildProfile &child, std::optional<Media> *addPhoto = nullptr,
                          ItemId removePhoto = kNoId);

    // For documents that wrote a person (added, restored or changed) or removed one.
    void personStored(const Person &person);
    void personRemoved(ItemId id);
    // For documents that wrote places, memories or events, so lists that show them follow.
    void timelineStored();
    // For the child's voice (what they said), so the timeline's lane follows.
    void voiceStored()
    {
        emit voiceChanged();
        emit saved();
    }
    // For a person put back with the homes, memories and plans they were part of (undo of a
    // removal): documents that hold those reload them.
    void linksRestored() { emit linksChanged(); }
    // For ties written on the map, so what the moves say follows.
    void tiesStored()
    {
        emit tiesChanged();
        emit saved();
    }
    // For any other successful write (a tie, a position on the map).
    void noteSaved() { emit saved(); }

signals:
    void childChanged();
    void peopleChanged();
    void timelineChanged();
    void voiceChanged();
    void linksChanged();
    void tiesChanged();
    // After every successful write, whoever made it: "All changes saved".
    void saved();
    void failed(const StorageError &error);

private:
    CaseFile &m_file;
    ChildProfile m_child;
    QHash<ItemId, Person> m_people;
};
