// SPDX-License-Identifier: GPL-3.0-or-later
#include "familydocument.h"

FamilyDocument::FamilyDocument(CaseModel &model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    // Someone removed (or put back) anywhere takes their lines with them: read them again.
    connect(&m_model, &CaseModel::peopleChanged, this, [this] { load(); });
    connect(&m_model, &CaseModel::linksChanged, this, [this] { load(); });
}

StorageError FamilyDocument::load()
{
    FamilyRepository repo(m_model.file());
    Family loaded = repo.load();
    if (StorageError e = repo.lastError()) {
        emit failed(e);
        return e;
    }
    if (loaded != m_family) {
        m_family = loaded;
        emit changed();
    }
    return {};
}

template <typename T>
StorageError FamilyDocument::putItem(QList<T> &list, const QString &table,
                                     const std::optional<T> &before, std::optional<T> &after)
{
    FamilyRepository repo(m_model.file());
    StorageError error;
    if (after) {
        // Put back under its old id when it was removed (undo), changed when it is there.
        const bool there =
            std::any_of(list.cbegin(), list.cend(), [&](const T &x) { return x.id == after->id; });
        error = after->id == kNoId ? repo.add(*after) : repo.put(*after, !there);
    } else if (before) {
        error = repo.remove(table, before->id);
    }
    if (error) {
        emit failed(error);
        return error;
    }
    if (before)
        list.removeIf([&](const T &x) { return x.id == before->id; });
    if (after) {
        list.removeIf([&](const T &x) { return x.id == after->id; });
        list << *after;
        std::sort(list.begin(), list.end(), [](const T &a, const T &b) { return a.id < b.id; });
    }
    m_model.noteSaved();
    emit changed();
    return {};
}

StorageError FamilyDocument::put(const std::optional<ParentLink> &before,
                                 std::optional<ParentLink> &after)
{
    return putItem(m_family.parents, QStringLiteral("parent_link"), before, after);
}

StorageError FamilyDocument::put(const std::optional<Partnership> &before,
                                 std::optional<Partnership> &after)
{
    return putItem(m_family.partnerships, QStringLiteral("partnership"), before, after);
}

StorageError FamilyDocument::put(const std::optional<Twins> &before, std::optional<Twins> &after)
{
    return putItem(m_family.twins, QStringLiteral("twins"), before, after);
}

StorageError FamilyDocument::put(const std::optional<LostPregnancy> &before,
                                 std::optional<LostPregnancy> &after)
{
    return putItem(m_family.losses, QStringLiteral("lost_pregnancy"), before, after);
}

StorageError FamilyDocument::setNudge(ItemId person, QPointF nudge)
{
    return setNudges({{person, nudge}});
}

StorageError FamilyDocument::setNudges(const QHash<ItemId, QPointF> &nudges)
{
    if (StorageError e = FamilyRepository(m_model.file()).setNudges(nudges)) {
        emit failed(e);
        return e;
    }
    for (auto it = nudges.cbegin(); it != nudges.cend(); ++it) {
        if (it.value().isNull())
            m_family.nudges.remove(it.key());
        else
            m_family.nudges.insert(it.key(), it.value());
    }
    m_model.noteSaved();
    emit changed();
    return {};
}

QList<ParentLink> FamilyDocument::parentsOf(ItemId child) const
{
    QList<ParentLink> out;
    for (const ParentLink &l : m_family.parents) {
        if (l.child == child)
            out << l;
    }
    return out;
}

QList<ParentLink> FamilyDocument::childrenOf(ItemId parent) const
{
    QList<ParentLink> out;
    for (const ParentLink &l : m_family.parents) {
        if (l.parent == parent)
            out << l;
    }
    return out;
}

QList<Partnership> FamilyDocument::partnershipsOf(ItemId person) const
{
    QList<Partnership> out;
    for (const Partnership &p : m_family.partnerships) {
        if (p.involves(person))
            out << p;
    }
    return out;
}
