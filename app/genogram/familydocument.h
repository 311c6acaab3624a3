// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casemodel.h"
#include "family.h"
#include "familyrepository.h"

#include <QObject>

#include <optional>

// The family's lines in memory (parents, partners, twins, losses, nudges), kept in step with the
// case file: each edit is written first, then applied here and announced. The people are the
// case's one CaseModel's; when someone is removed (anywhere) the file drops their lines, and
// this document reads them again.
class FamilyDocument : public QObject
{
    Q_OBJECT

public:
    explicit FamilyDocument(CaseModel &model, QObject *parent = nullptr);

    StorageError load();
    const Family &family() const { return m_family; }
    CaseModel &model() const { return m_model; }

    // One item from `before` to `after` (nullopt: absent); an added item's id is written back.
    StorageError put(const std::optional<ParentLink> &before, std::optional<ParentLink> &after);
    StorageError put(const std::optional<Partnership> &before, std::optional<Partnership> &after);
    StorageError put(const std::optional<Twins> &before, std::optional<Twins> &after);
    StorageError put(const std::optional<LostPregnancy> &before,
                     std::optional<LostPregnancy> &after);
    StorageError setNudge(ItemId person, QPointF nudge);
    StorageError setNudges(const QHash<ItemId, QPointF> &nudges);

    QList<ParentLink> parentsOf(ItemId child) const;
    QList<ParentLink> childrenOf(ItemId parent) const;
    QList<Partnership> partnershipsOf(ItemId person) const;

signals:
    void changed();
    void failed(const StorageError &error);

private:
    template <typename T>
    StorageError putItem(QList<T> &list, const QString &table, const std::optional<T> &before,
                         std::optional<T> &after);

    CaseModel &m_model;
    Family m_family;
};
