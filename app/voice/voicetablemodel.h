// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "voicedocument.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

// What the child said, one row per entry, for the "My say" list: when, the topic, the words,
// who may see it and what happened. Follows the document.
class VoiceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, TopicColumn, WordsColumn, AudienceColumn, AnswerColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        TopicRole,     // int(VoiceEntry::Topic)
        AudiencesRole, // the consent bits
        StatusRole,    // int(Status)
        SortRole,
    };
    enum class Status { Waiting, NotAnswered, NotTold, AnsweredAndTold };

    explicit VoiceTableModel(VoiceDocument &doc, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QModelIndex indexOf(ItemId id) const;
    static QString statusName(Status status);

private:
    void refresh();
    Status statusOf(const VoiceEntry &entry) const;
    QString answerText(const VoiceEntry &entry) const;

    VoiceDocument &m_doc;
    QHash<ItemId, ItemId> m_waiting;
};

// Narrows the list by topic, by what has happened, and by who may see it.
class VoiceFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    static constexpr int kAny = -1;
    static constexpr int kNotAsked = 0; // audience filter: nobody has asked the child yet

    explicit VoiceFilterModel(QObject *parent = nullptr);
    void setTopic(int topic);   // int(VoiceEntry::Topic) or kAny
    void setStatus(int status); // int(VoiceTableModel::Status) or kAny
    void setAudience(int bits); // one consent bit, kNotAsked or kAny

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_topic = kAny;
    int m_status = kAny;
    int m_audience = kAny;
};
