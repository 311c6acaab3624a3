// SPDX-License-Identifier: GPL-3.0-or-later
#include "childmapdocument.h"

#include "childmaprepository.h"

#include <QSet>

#include <algorithm>

ChildMapDocument::ChildMapDocument(CaseModel &model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    connect(&m_model, &CaseModel::peopleChanged, this, &ChildMapDocument::personGone);
}

StorageError ChildMapDocument::load()
{
    ChildMapRepository repo(m_model.file());
    m_maps = repo.all();
    emit reset();
    if (const StorageError e = repo.lastError()) {
        emit failed(e);
        return e;
    }
    return {};
}

std::optional<ChildMap> ChildMapDocument::latest() const
{
    return m_maps.isEmpty() ? std::nullopt : std::optional<ChildMap>(m_maps.last());
}

std::optional<ChildMap> ChildMapDocument::map(ItemId id) const
{
    for (const ChildMap &m : m_maps) {
        if (m.id == id)
            return m;
    }
    return std::nullopt;
}

ChildMap ChildMapDocument::workingCopy() const
{
    ChildMap copy = m_maps.isEmpty() ? ChildMap{} : m_maps.last();
    if (copy.seenOn != m_today) {
        copy.id = kNoId;
        copy.seenOn = m_today;
    }
    return copy;
}

QList<Person> ChildMapDocument::people() const
{
    QList<Person> out;
    for (const Person &p : m_model.people()) {
        if (!p.isPrivate)
            out << p;
    }
    return out;
}

StorageError ChildMapDocument::put(const std::optional<ChildMap> &before,
                                   std::optional<ChildMap> &after)
{
    ChildMapRepository repo(m_model.file());
    StorageError error;
    if (before && !after)
        error = repo.remove(before->id);
    else if (after)
        error = repo.put(*after, !before && after->id != kNoId);
    if (error) {
        emit failed(error);
        return error;
    }
    const ItemId id = after ? after->id : before->id;
    m_maps.removeIf([id](const ChildMap &m) { return m.id == id; });
    if (after)
        m_maps << *after;
    std::stable_sort(m_maps.begin(), m_maps.end(), [](const ChildMap &a, const ChildMap &b) {
        return a.seenOn < b.seenOn || (a.seenOn == b.seenOn && a.id < b.id);
    });
    m_model.noteSaved();
    emit changed(id);
    return {};
}

// The file dropped their places already (ON DELETE CASCADE); the snapshots in memory follow.
void ChildMapDocument::personGone()
{
    QSet<ItemId> present;
    for (const Person &p : m_model.people())
        present.insert(p.id);
    bool any = false;
    for (ChildMap &m : m_maps) {
        any |= m.places.removeIf(
                   [&](const ChildMapPlace &p) { return !present.contains(p.personId); }) > 0;
    }
    if (any)
        emit reset();
}
