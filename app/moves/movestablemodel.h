// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "movecontinuity.h"

#include <QAbstractTableModel>
#include <QPointer>

class TimelineDocument;

// Every move, one row each: when, from, to, how it came about, and what it did (or, for a move
// still to come, how much of the plan is decided). Follows the timeline document.
class MovesTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, From, To, How, People, kColumnCount };

    explicit MovesTableModel(QObject *parent = nullptr);
    void setDocument(TimelineDocument *doc);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const MoveContinuity::Move *moveAt(int row) const;
    int rowOf(ItemId toPlacement) const;

private:
    QPointer<TimelineDocument> m_doc;
    QList<MoveContinuity::Move> m_moves;
};

// The people in the child's life before one move: who they are, the plan, and what the record
// shows six months on.
class MoveTiesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Who, Plan, After, Why, kColumnCount };

    explicit MoveTiesModel(QObject *parent = nullptr);
    void setMove(const TimelineDocument *doc, const MoveContinuity::Move *move);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString name, who, plan, after, why;
        bool warn = false;
    };
    QList<Row> m_rows;
};
