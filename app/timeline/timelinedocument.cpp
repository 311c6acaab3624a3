// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinedocument.h"

#include "childrepository.h"
#include "eventrepository.h"
#include "mediarepository.h"
#include "memoryrepository.h"
#include "moveplanrepository.h"
#include "movewords.h"
#include "personrepository.h"
#include "placementrepository.h"
#include "relationshiprepository.h"
#include "voicerepository.h"

#include <algorithm>

namespace {

template <typename T> qsizetype indexOf(const QList<T> &list, ItemId id)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list[i].id == id)
            return i;
    }
    return -1;
}

template <typename T> std::optional<T> findIn(const QList<T> &list, ItemId id)
{
    const qsizetype i = indexOf(list, id);
    return i < 0 ? std::nullopt : std::optional<T>(list[i]);
}

template <typename T> void sortByDate(QList<T> &list, FuzzyDate T::*date)
{
    std::stable_sort(list.begin(), list.end(), [date](const T &a, const T &b) {
        return (a.*date).sortKey() < (b.*date).sortKey();
    });
}

// Applies a change to one list held in memory, after it has been stored.
template <typename T>
void applyTo(QList<T> &list, const std::optional<T> &before, const std::optional<T> &after)
{
    if (before && !after)
        list.removeAt(indexOf(list, before->id));
    else if (after && indexOf(list, after->id) >= 0)
        list[indexOf(list, after->id)] = *after;
    else if (after)
        list << *after;
}

// Stores a change of one item through its repository (inside an open batch).
template <typename Repo, typename T>
StorageError store(Repo repo, const std::optional<T> &before, std::optional<T> &after)
{
    if (before && !after)
        return repo.remove(before->id);
    if (after && (!before || after->id == kNoId))
        return repo.add(*after);
    if (after)
        return repo.update(*after);
    return {};
}

} // namespace

TimelineDocument::TimelineDocument(CaseModel &model, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_file(model.file())
{
    // A new date of birth moves the age ticks and may open or close a gap; a renamed person
    // shows in the list at once.
    connect(&m_model, &CaseModel::childChanged, this, [this] {
        rebuildHistory();
        emit reset();
    });
    // A person removed or put back takes their ties with them.
    const auto reloadTies = [this] {
        RelationshipRepository ties(m_file);
        m_ties = ties.all();
        if (ties.lastError())
            report(ties.lastError());
        m_continuity.reset();
        emit movesChanged();
    };
    connect(&m_model, &CaseModel::peopleChanged, this, [this, reloadTies] {
        emit peopleChanged();
        reloadTies();
    });
    connect(&m_model, &CaseModel::tiesChanged, this, reloadTies);
    // A person put back with their links (undo of a removal) is in homes and plans again.
    connect(&m_model, &CaseModel::linksChanged, this, [this] { load(); });
    // Moves are worked out again after every change of what they are made of.
    connect(this, &TimelineDocument::changed, this, [this](Kind kind) {
        if (kind == Kind::Placement || kind == Kind::Event) {
            m_continuity.reset();
            emit movesChanged();
        }
    });
    connect(&m_model, &CaseModel::voiceChanged, this, [this] {
        VoiceRepository said(m_file);
        m_said = said.all();
        if (said.lastError())
            report(said.lastError());
        emit changed(Kind::Voice, kNoId);
    });
}

void TimelineDocument::setToday(QDate today)
{
    m_today = today;
    m_continuity.reset();
    rebuildHistory();
}

StorageError TimelineDocument::load()
{
    PlacementRepository placements(m_file);
    MemoryRepository memories(m_file);
    EventRepository events(m_file);
    m_placements = placements.all();
    m_memories = memories.all();
    m_events = events.all();
    VoiceRepository said(m_file);
    m_said = said.all();
    MovePlanRepository plans(m_file);
    m_plans = plans.all();
    RelationshipRepository ties(m_file);
    m_ties = ties.all();
    m_continuity.reset();
    m_thumbnails.clear();
    sortAll();
    rebuildHistory();
    emit reset();
    emit movesChanged();
    for (const StorageError &e : {placements.lastError(), memories.lastError(), events.lastError(),
                                  said.lastError(), plans.lastError(), ties.lastError()}) {
        if (e)
            return report(e);
    }
    return {};
}

void TimelineDocument::sortAll()
{
    sortByDate(m_placements, &Placement::from);
    sortByDate(m_memories, &Memory::date);
    sortByDate(m_events, &Event::date);
}

void TimelineDocument::rebuildHistory()
{
    // The lists are sorted by date, so the first dated one of each is the earliest.
    QDate earliest;
    const auto consider = [&earliest](const FuzzyDate &date) {
        const QDate day = date.isUnknown() ? QDate() : date.earliest();
        if (day.isValid() && (!earliest.isValid() || day < earliest))
            earliest = day;
    };
    for (const Memory &m : std::as_const(m_memories))
        consider(m.date);
    for (const Event &e : std::as_const(m_events))
        consider(e.date);
    m_history = PlacementHistory(m_placements, m_model.child().dateOfBirth(), m_today, earliest);
}

StorageError TimelineDocument::report(const StorageError &error)
{
    if (error)
        emit failed(error);
    return error;
}

std::optional<Placement> TimelineDocument::placement(ItemId id) const
{
    return findIn(m_placements, id);
}

std::optional<Memory> TimelineDocument::memory(ItemId id) const
{
    return findIn(m_memories, id);
}

std::optional<Event> TimelineDocument::event(ItemId id) const
{
    return findIn(m_events, id);
}

std::optional<TimelineDocument::MemoryWithPhotos>
TimelineDocument::memoryWithPhotos(ItemId id) const
{
    const auto m = memory(id);
    if (!m)
        return std::nullopt;
    MemoryWithPhotos full{*m, {}, std::nullopt};
    MediaRepository media(m_file);
    for (ItemId mediaId : m->mediaIds) {
        if (const auto photo = media.find(mediaId))
            full.photos << *photo;
    }
    if (m->recordingId != kNoId)
        full.recording = media.find(m->recordingId);
    return full;
}

QString TimelineDocument::personName(ItemId id) const
{
    const auto p = m_model.person(id);
    return p ? p->displayName() : QString();
}

QString TimelineDocument::placementName(ItemId id) const
{
    const auto p = placement(id);
    return p ? p->placeName : QString();
}

ItemId TimelineDocument::placementOf(const Memory &memory) const
{
    if (memory.placementId != kNoId && placement(memory.placementId))
        return memory.placementId;
    return m_history.placementAt(memory.date);
}

QImage TimelineDocument::thumbnail(ItemId mediaId) const
{
    if (mediaId == kNoId)
        return {};
    auto it = m_thumbnails.constFind(mediaId);
    if (it == m_thumbnails.cend())
        it = m_thumbnails.insert(mediaId,
                                 QImage::fromData(MediaRepository(m_file).thumbnail(mediaId)));
    return *it;
}

StorageError TimelineDocument::put(const std::optional<Placement> &before,
                                   std::optional<Placement> &after)
{
    if (const StorageError e = store(PlacementRepository(m_file), before, after))
        return report(e);
    applyTo(m_placements, before, after);
    sortAll();
    rebuildHistory();
    m_model.timelineStored();
    emit changed(Kind::Placement, after ? after->id : before->id);
    return {};
}

StorageError TimelineDocument::put(const std::optional<MovePlan> &before,
                                   std::optional<MovePlan> &after)
{
    const ItemId placementId = after ? after->placementId : before->placementId;
    MovePlanRepository repo(m_file);
    if (const StorageError e = after ? repo.put(*after) : repo.remove(placementId))
        return report(e);
    m_plans.removeIf([placementId](const MovePlan &p) { return p.placementId == placementId; });
    if (after && !after->isEmpty())
        m_plans << *after;
    m_continuity.reset();
    m_model.noteSaved();
    emit movesChanged();
    return {};
}

QStringList TimelineDocument::moveWarnings() const
{
    QStringList warnings;
    for (const MoveContinuity::Move &move : continuity().moves()) {
        QStringList names;
        for (ItemId id : move.undecidedKeyPeople())
            names << personName(id);
        if (!names.isEmpty())
            warnings << MoveWords::undecidedWarning(placementName(move.toPlacement), names);
    }
    return warnings;
}

std::optional<MovePlan> TimelineDocument::movePlan(ItemId placementId) const
{
    for (const MovePlan &p : m_plans) {
        if (p.placementId == placementId)
            return p;
    }
    return std::nullopt;
}

const MoveContinuity &TimelineDocument::continuity() const
{
    if (!m_continuity)
        m_continuity.emplace(m_placements, m_model.people(), m_ties, m_events, m_plans, m_today);
    return *m_continuity;
}

StorageError TimelineDocument::put(const std::optional<Event> &before, std::optional<Event> &after)
{
    if (const StorageError e = store(EventRepository(m_file), before, after))
        return report(e);
    applyTo(m_events, before, after);
    sortAll();
    rebuildHistory();
    m_model.timelineStored();
    emit changed(Kind::Event, after ? after->id : before->id);
    return {};
}

StorageError TimelineDocument::put(const std::optional<MemoryWithPhotos> &before,
                                   std::optional<MemoryWithPhotos> &after)
{
    std::optional<MemoryWithPhotos> stored = after;
    if (const StorageError e = m_file.beginBatch())
        return report(e);
    StorageError error;
    MediaRepository media(m_file);
    // Photos first (a memory links to them), then the memory, then photos it no longer has.
    if (stored) {
        stored->memory.mediaIds.clear();
        for (Media &photo : stored->photos) {
            const bool isNew = photo.id == kNoId || !before ||
                               !std::any_of(before->photos.cbegin(), before->photos.cend(),
                                            [&](const Media &m) { return m.id == photo.id; });
            if (isNew && !error)
                error = media.add(photo);
            stored->memory.mediaIds << photo.id;
        }
    }
    // The recording likewise: a new one (or one an undo puts back) before the memory.
    const ItemId oldRecording = before && before->recording ? before->recording->id : kNoId;
    if (stored) {
        stored->memory.recordingId = kNoId;
        if (stored->recording) {
            if (!error && (stored->recording->id == kNoId || stored->recording->id != oldRecording))
                error = media.add(*stored->recording);
            stored->memory.recordingId = stored->recording->id;
        }
    }
    std::optional<Memory> memoryBefore =
        before ? std::optional<Memory>(before->memory) : std::nullopt;
    std::optional<Memory> memoryAfter =
        stored ? std::optional<Memory>(stored->memory) : std::nullopt;
    if (!error)
        error = store(MemoryRepository(m_file), memoryBefore, memoryAfter);
    if (before) {
        for (const Media &photo : before->photos) {
            if (!error && !(stored && stored->memory.mediaIds.contains(photo.id)))
                error = media.remove(photo.id);
        }
        if (!error && oldRecording != kNoId &&
            !(stored && stored->memory.recordingId == oldRecording))
            error = media.remove(oldRecording);
    }
    if (const StorageError e = m_file.endBatch(!error); e && !error)
        error = e;
    if (error)
        return report(error);
    if (stored) {
        stored->memory = *memoryAfter;
        after = stored;
    }
    if (before) {
        for (const Media &photo : before->photos)
            m_thumbnails.remove(photo.id);
    }
    applyTo(m_memories, memoryBefore, memoryAfter);
    sortAll();
    rebuildHistory();
    m_model.timelineStored();
    emit changed(Kind::Memory, memoryAfter ? memoryAfter->id : memoryBefore->id);
    return {};
}

std::optional<VoiceEntry> TimelineDocument::saidEntry(ItemId id) const
{
    return findIn(m_said, id);
}
