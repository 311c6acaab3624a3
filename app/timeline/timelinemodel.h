// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinedocument.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

// Everything on the timeline as one table — places lived, memories, events — in date order.
// Rows are rebuilt from the document when it changes; text for searching is prepared once per
// row so that filtering ten thousand rows stays instant.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, What, Kind, Where, Who, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, KindRole, IdRole };
    static constexpr int kIconSide = 28;

    explicit TimelineModel(QObject *parent = nullptr);
    void setDocument(TimelineDocument *doc);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int rowOf(TimelineDocument::Kind kind, ItemId id) const;
    TimelineDocument::Kind kindAt(int row) const { return m_rows.at(row).kind; }
    ItemId idAt(int row) const { return m_rows.at(row).id; }
    // Lower-cased text of every column and the child's words, for the search filter.
    const QString &searchTextAt(int row) const { return m_rows.at(row).search; }

private:
    struct Row
    {
        TimelineDocument::Kind kind;
        ItemId id;
        qint64 sortKey;
        QString text[ColumnCount];
        QString search;
        ItemId firstPhoto = kNoId;
        bool isPrivate = false;
    };
    void rebuild();

    TimelineDocument *m_doc = nullptr;
    QList<Row> m_rows;
    mutable QHash<ItemId, QImage> m_icons; // small photos for the list, made when first shown
};

// Search and sort for the list view: every word typed must appear somewhere in the row.
class TimelineFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TimelineFilter(QObject *parent = nullptr);
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
};
