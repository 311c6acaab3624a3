// SPDX-License-Identifier: GPL-3.0-or-later
#include "voicedocument.h"

#include "eventrepository.h"
#include "mediarepository.h"
#include "voicerepository.h"
#include "voicerules.h"

#include <algorithm>

VoiceDocument::VoiceDocument(CaseModel &model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    // A person or a review removed elsewhere clears its links in the file (ON DELETE SET
    // NULL): read them again so nothing here points at someone who is gone.
    connect(&m_model, &CaseModel::peopleChanged, this, [this] { load(); });
    connect(&m_model, &CaseModel::timelineChanged, this, [this] { load(); });
}

StorageError VoiceDocument::load()
{
    VoiceRepository repo(m_model.file());
    m_entries = repo.all();
    loadDecisions();
    emit reset();
    if (const StorageError e = repo.lastError()) {
        emit failed(e);
        return e;
    }
    return {};
}

void VoiceDocument::loadDecisions()
{
    m_decisions.clear();
    EventRepository events(m_model.file());
    for (const Event &e : events.all()) {
        if (e.type == Event::Type::Review || e.type == Event::Type::CourtHearing)
            m_decisions << e;
    }
}

std::optional<VoiceEntry> VoiceDocument::entry(ItemId id) const
{
    for (const VoiceEntry &e : m_entries) {
        if (e.id == id)
            return e;
    }
    return std::nullopt;
}

std::optional<Event> VoiceDocument::decision(ItemId id) const
{
    for (const Event &e : m_decisions) {
        if (e.id == id)
            return e;
    }
    return std::nullopt;
}

QHash<ItemId, ItemId> VoiceDocument::waiting() const
{
    return VoiceRules::waiting(m_entries, m_decisions, m_today);
}

void VoiceDocument::setToday(QDate today)
{
    m_today = today;
    emit reset();
}

QString VoiceDocument::personName(ItemId id) const
{
    if (id == kNoId)
        return {};
    const std::optional<Person> p = m_model.person(id);
    return p ? p->displayName() : QString();
}

StorageError VoiceDocument::write(const std::optional<VoiceEntry> &before,
                                  std::optional<VoiceEntry> &after)
{
    VoiceRepository repo(m_model.file());
    if (before && !after)
        return repo.remove(before->id);
    if (after && (!before || after->id == kNoId))
        return repo.add(*after);
    if (after)
        return repo.update(*after);
    return {};
}

StorageError VoiceDocument::put(const std::optional<VoiceEntry> &before,
                                std::optional<VoiceEntry> &after)
{
    if (const StorageError error = write(before, after)) {
        emit failed(error);
        return error;
    }
    apply(before, after);
    return {};
}

StorageError VoiceDocument::put(const std::optional<Said> &before, std::optional<Said> &after)
{
    CaseFile &file = m_model.file();
    if (StorageError e = file.beginBatch()) {
        emit failed(e);
        return e;
    }
    MediaRepository media(file);
    const ItemId old = before && before->recording ? before->recording->id : kNoId;
    std::optional<Said> stored = after;
    StorageError error;
    // The recording first (the entry points at it); a new one gets its id here, one put back
    // by an undo keeps its old id.
    if (stored && stored->recording &&
        (stored->recording->id == kNoId || stored->recording->id != old)) {
        error = media.add(*stored->recording);
        stored->entry.recordingId = stored->recording->id;
    }
    const std::optional<VoiceEntry> entryBefore =
        before ? std::optional<VoiceEntry>(before->entry) : std::nullopt;
    std::optional<VoiceEntry> entryAfter =
        stored ? std::optional<VoiceEntry>(stored->entry) : std::nullopt;
    if (!error)
        error = write(entryBefore, entryAfter);
    const bool kept = stored && stored->recording && stored->recording->id == old;
    if (!error && old != kNoId && !kept)
        error = media.remove(old);
    if (const StorageError e = file.endBatch(!error); e && !error)
        error = e;
    if (error) {
        emit failed(error);
        return error;
    }
    if (stored) {
        stored->entry = *entryAfter;
        after = stored;
    }
    apply(entryBefore, entryAfter);
    return {};
}

QByteArray VoiceDocument::recordingBytes(ItemId mediaId) const
{
    return mediaId == kNoId ? QByteArray() : MediaRepository(m_model.file()).data(mediaId);
}

std::optional<Media> VoiceDocument::recording(ItemId mediaId) const
{
    return mediaId == kNoId ? std::nullopt : MediaRepository(m_model.file()).find(mediaId);
}

void VoiceDocument::apply(const std::optional<VoiceEntry> &before,
                          const std::optional<VoiceEntry> &after)
{
    const ItemId id = after ? after->id : before->id;
    m_entries.removeIf([id](const VoiceEntry &e) { return e.id == id; });
    if (after)
        m_entries << *after;
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const VoiceEntry &a, const VoiceEntry &b) {
                         return a.date.sortKey() < b.date.sortKey() ||
                                (a.date.sortKey() == b.date.sortKey() && a.id < b.id);
                     });
    m_model.voiceStored();
    emit changed(id);
}
