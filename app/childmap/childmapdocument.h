// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casemodel.h"
#include "childmap.h"

#include <QDate>
#include <QObject>

#include <optional>

// childmap: the child's own map of their people ("My people"), beside the adults' ecomap.
//
// ChildMapDocument holds the dated snapshots of an open case, oldest first, in step with the
// case file. A change made today goes into today's snapshot (started as a copy of the last
// one), so earlier days stay as the child saw them then. It follows the case model: someone
// removed from the story leaves every snapshot.
class ChildMapDocument : public QObject
{
    Q_OBJECT

public:
    explicit ChildMapDocument(CaseModel &model, QObject *parent = nullptr);

    StorageError load();
    CaseModel &model() const { return m_model; }
    const QList<ChildMap> &maps() const { return m_maps; } // oldest first
    std::optional<ChildMap> latest() const;
    std::optional<ChildMap> map(ItemId id) const;
    // What an edit today starts from: today's snapshot, or a new one copied from the last.
    ChildMap workingCopy() const;
    // People the child may put on their map: everyone not kept private, in the order added.
    QList<Person> people() const;
    QDate today() const { return m_today; }
    void setToday(QDate today) { m_today = today; } // for tests

    // From `before` to `after` (nullopt = absent); a new snapshot's id is written into `after`.
    StorageError put(const std::optional<ChildMap> &before, std::optional<ChildMap> &after);

signals:
    void reset();
    void changed(ItemId mapId);
    void failed(const StorageError &error);

private:
    void personGone();

    CaseModel &m_model;
    QList<ChildMap> m_maps;
    QDate m_today = QDate::currentDate();
};
