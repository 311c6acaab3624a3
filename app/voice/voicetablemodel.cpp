// SPDX-License-Identifier: GPL-3.0-or-later
#include "voicetablemodel.h"

#include "voicerules.h"

#include <QColor>
#include <QFont>

VoiceTableModel::VoiceTableModel(VoiceDocument &doc, QObject *parent)
    : QAbstractTableModel(parent)
    , m_doc(doc)
{
    connect(&m_doc, &VoiceDocument::reset, this, &VoiceTableModel::refresh);
    connect(&m_doc, &VoiceDocument::changed, this, &VoiceTableModel::refresh);
    connect(&m_doc.model(), &CaseModel::childChanged, this, &VoiceTableModel::refresh);
    m_waiting = m_doc.waiting();
}

void VoiceTableModel::refresh()
{
    beginResetModel();
    m_waiting = m_doc.waiting();
    endResetModel();
}

int VoiceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_doc.entries().size());
}

int VoiceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

VoiceTableModel::Status VoiceTableModel::statusOf(const VoiceEntry &entry) const
{
    if (m_waiting.contains(entry.id))
        return Status::Waiting;
    if (!entry.isAnswered())
        return Status::NotAnswered;
    return entry.toldToChild ? Status::AnsweredAndTold : Status::NotTold;
}

QString VoiceTableModel::statusName(Status status)
{
    switch (status) {
    case Status::Waiting:
        return tr("Waiting for an answer");
    case Status::NotAnswered:
        return tr("Not answered, no review since");
    case Status::NotTold:
        return tr("Answered, not told yet");
    case Status::AnsweredAndTold:
        return tr("Answered and told");
    }
    return {};
}

QString VoiceTableModel::answerText(const VoiceEntry &entry) const
{
    const Status status = statusOf(entry);
    if (status == Status::Waiting) {
        const std::optional<Event> review = m_doc.decision(m_waiting.value(entry.id));
        return review ? tr("Waiting: %1 has been and gone")
                            .arg(review->title.isEmpty() ? review->date.toDisplayString()
                                                         : review->title)
                      : statusName(status);
    }
    if (status == Status::NotAnswered)
        return statusName(status);
    QString text = VoiceRules::outcomeName(entry.outcome);
    if (entry.outcome == VoiceEntry::Outcome::NotAnswered)
        text = tr("Answered");
    if (!entry.answer.isEmpty())
        text += QStringLiteral(": ") + entry.answer;
    if (status == Status::NotTold)
        text += QLatin1Char(' ') + tr("(not told yet)");
    return text;
}

QVariant VoiceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_doc.entries().size())
        return {};
    const VoiceEntry &e = m_doc.entries().at(index.row());
    switch (role) {
    case IdRole:
        return QVariant::fromValue(e.id);
    case TopicRole:
        return int(e.topic);
    case AudiencesRole:
        return int(e.audiences);
    case StatusRole:
        return int(statusOf(e));
    case SortRole:
        if (index.column() == DateColumn)
            return e.date.sortKey();
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case DateColumn:
            return e.date.isUnknown() ? tr("Date not known") : e.date.toDisplayString();
        case TopicColumn:
            return e.topic == VoiceEntry::Topic::NotChosen ? QString()
                                                           : VoiceRules::topicName(e.topic);
        case WordsColumn: {
            // One line in the list; the whole words are in the panel below.
            if (e.declined)
                return tr("(chose not to say)");
            if (e.words.isEmpty() && e.recordingId != kNoId)
                return tr("(said in their own voice: a recording)");
            return tr("“%1”").arg(role == Qt::DisplayRole ? VoiceRules::oneLine(e.words, 160)
                                                          : e.words.simplified());
        }
        case AudienceColumn:
            return VoiceRules::audiencesSummary(e.audiences, role == Qt::DisplayRole);
        case AnswerColumn:
            return answerText(e);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == WordsColumn)
            return e.words;
        if (index.column() == AudienceColumn)
            return VoiceRules::audiencesSummary(e.audiences);
        if (index.column() == AnswerColumn)
            return answerText(e);
        break;
    case Qt::ForegroundRole:
        if (index.column() == AnswerColumn && statusOf(e) == Status::Waiting)
            return QColor(0xb3, 0x26, 0x1e);
        if (index.column() == AudienceColumn && e.audiences == 0)
            return QColor(0x8a, 0x4b, 0x00);
        break;
    default:
        break;
    }
    return {};
}

QVariant VoiceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("When");
    case TopicColumn:
        return tr("About");
    case WordsColumn:
        return tr("What they said");
    case AudienceColumn:
        return tr("Who may see it");
    case AnswerColumn:
        return tr("What happened");
    }
    return {};
}

QModelIndex VoiceTableModel::indexOf(ItemId id) const
{
    for (int row = 0; row < m_doc.entries().size(); ++row) {
        if (m_doc.entries().at(row).id == id)
            return index(row, 0);
    }
    return {};
}

VoiceFilterModel::VoiceFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(VoiceTableModel::SortRole);
}

void VoiceFilterModel::setTopic(int topic)
{
    m_topic = topic;
    invalidateFilter();
}

void VoiceFilterModel::setStatus(int status)
{
    m_status = status;
    invalidateFilter();
}

void VoiceFilterModel::setAudience(int bits)
{
    m_audience = bits;
    invalidateFilter();
}

bool VoiceFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_topic != kAny && index.data(VoiceTableModel::TopicRole).toInt() != m_topic)
        return false;
    if (m_status != kAny && index.data(VoiceTableModel::StatusRole).toInt() != m_status)
        return false;
    if (m_audience != kAny) {
        const int bits = index.data(VoiceTableModel::AudiencesRole).toInt();
        if (m_audience == kNotAsked ? bits != 0 : (bits & m_audience) == 0)
            return false;
    }
    return true;
}
