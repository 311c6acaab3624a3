// SPDX-License-Identifier: GPL-3.0-or-later
#include "voicedocument.h"

#include "eventrepository.h"
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

StorageError VoiceDocument::put(const std::optional<VoiceEntry> &before,
                                std::optional<VoiceEntry> &after)
{
    VoiceRepository repo(m_model.file());
    StorageError error;
    if (before && !after)
        error = repo.remove(before->id);
    else if (after && (!before || after->id == kNoId))
        error = repo.add(*after);
    else if (after)
        error = repo.update(*after);
    if (error) {
        emit failed(error);
        return error;
    }
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
    return {};
}
