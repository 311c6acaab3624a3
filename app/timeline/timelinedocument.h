// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casefile.h"
#include "casemodel.h"
#include "childprofile.h"
#include "event.h"
#include "media.h"
#include "memory.h"
#include "movecontinuity.h"
#include "moveplan.h"
#include "person.h"
#include "placement.h"
#include "placementhistory.h"
#include "voiceentry.h"

#include <QHash>
#include <QImage>
#include <QObject>

#include <optional>

// timeline: the child's life on one time axis — placements, memories with photos, and events —
// as a swim-lane view and a searchable list, with undoable edits.
//
// TimelineDocument holds the timeline's data in memory and keeps it in step with the case file:
// every change is written (in one transaction) before it is applied here and announced.
class TimelineDocument : public QObject
{
    Q_OBJECT

public:
    // A memory together with its photos (full pictures), as one unit of change.
    struct MemoryWithPhotos
    {
        Memory memory;
        QList<Media> photos;
        std::optional<Media> recording; // in the child's own voice
    };
    enum class Kind { Placement, Memory, Event, Voice };

    explicit TimelineDocument(CaseModel &model, QObject *parent = nullptr);

    StorageError load();

    const ChildProfile &child() const { return m_model.child(); }
    QDate today() const { return m_today; }
    void setToday(QDate today);                                         // for tests and benchmarks
    const QList<Placement> &placements() const { return m_placements; } // by start date
    const QList<Memory> &memories() const { return m_memories; }        // by date
    const QList<Event> &events() const { return m_events; }             // by date
    // What the child said: shown on its own lane, edited in "My say".
    const QList<VoiceEntry> &said() const { return m_said; }
    std::optional<VoiceEntry> saidEntry(ItemId id) const;
    QList<Person> people() const { return m_model.people(); } // the case's, always current
    std::optional<Placement> placement(ItemId id) const;
    std::optional<Memory> memory(ItemId id) const;
    std::optional<Event> event(ItemId id) const;
    std::optional<MemoryWithPhotos> memoryWithPhotos(ItemId id) const;
    QString personName(ItemId id) const;
    QString placementName(ItemId id) const;
    const PlacementHistory &history() const { return m_history; }
    // The memory's placement: chosen by hand, or worked out from its date.
    ItemId placementOf(const Memory &memory) const;
    QImage thumbnail(ItemId mediaId) const;

    // Moves: the plans recorded for them, the child's ties (read here, edited on the map), and
    // what each move did to the child's relationships (worked out again after any change).
    const QList<MovePlan> &movePlans() const { return m_plans; }
    std::optional<MovePlan> movePlan(ItemId placementId) const;
    const QList<Relationship> &ties() const { return m_ties; }
    const MoveContinuity &continuity() const;
    // One sentence for each move still to come that leaves a brother, sister or someone the
    // child lives with undecided (shown on the Moves tab, the map and the timeline).
    QStringList moveWarnings() const;

    // Changes, used by the undo commands: from `before` to `after` (nullopt = absent), in one
    // transaction. New items (id kNoId) get their ids written back into `after`, so a redo
    // after an undo brings back the very same items.
    StorageError put(const std::optional<Placement> &before, std::optional<Placement> &after);
    StorageError put(const std::optional<Event> &before, std::optional<Event> &after);
    StorageError put(const std::optional<MemoryWithPhotos> &before,
                     std::optional<MemoryWithPhotos> &after);
    StorageError put(const std::optional<MovePlan> &before, std::optional<MovePlan> &after);

signals:
    void reset();
    void changed(TimelineDocument::Kind kind, ItemId id); // added, edited or removed
    void peopleChanged();
    // Anything that may change what the moves say: homes, events, plans, ties, people.
    void movesChanged();
    void failed(const StorageError &error);

private:
    StorageError report(const StorageError &error);
    void sortAll();
    void rebuildHistory();

    CaseModel &m_model;
    CaseFile &m_file;
    QDate m_today = QDate::currentDate();
    QList<Placement> m_placements;
    QList<Memory> m_memories;
    QList<Event> m_events;
    QList<VoiceEntry> m_said;
    QList<MovePlan> m_plans;
    QList<Relationship> m_ties;
    mutable std::optional<MoveContinuity> m_continuity;
    PlacementHistory m_history{{}, {}, {}};
    mutable QHash<ItemId, QImage> m_thumbnails;
};
