// SPDX-License-Identifier: GPL-3.0-or-later
#include "movestablemodel.h"

#include "movewords.h"
#include "timelinedocument.h"
#include "vocabulary.h"

#include <QApplication>
#include <QStyle>

namespace {

QIcon warningIcon()
{
    return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
}

} // namespace

MovesTableModel::MovesTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void MovesTableModel::setDocument(TimelineDocument *doc)
{
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = doc;
    const auto refresh = [this] {
        beginResetModel();
        m_moves = m_doc ? m_doc->continuity().moves() : QList<MoveContinuity::Move>();
        endResetModel();
    };
    if (m_doc) {
        connect(m_doc, &TimelineDocument::movesChanged, this, refresh);
        connect(m_doc, &TimelineDocument::reset, this, refresh);
    }
    refresh();
}

int MovesTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_moves.size());
}

int MovesTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kColumnCount;
}

const MoveContinuity::Move *MovesTableModel::moveAt(int row) const
{
    return row >= 0 && row < m_moves.size() ? &m_moves.at(row) : nullptr;
}

int MovesTableModel::rowOf(ItemId toPlacement) const
{
    for (int i = 0; i < m_moves.size(); ++i) {
        if (m_moves.at(i).toPlacement == toPlacement)
            return i;
    }
    return -1;
}

QVariant MovesTableModel::data(const QModelIndex &index, int role) const
{
    const MoveContinuity::Move *move = moveAt(index.row());
    if (!move || !m_doc)
        return {};
    if (role == Qt::DecorationRole && index.column() == People && move->needsDecision())
        return warningIcon();
    if (role == Qt::ToolTipRole && index.column() == People && move->needsDecision())
        return tr("A brother, sister or the carer the child is leaving has no plan yet");
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (Column(index.column())) {
    case When: {
        const QString date =
            move->date.isUnknown() ? tr("Date not known") : move->date.toDisplayString(QLocale());
        return move->upcoming ? tr("%1 (still to come)").arg(date) : date;
    }
    case From:
        return move->fromPlacement == kNoId ? tr("Not known")
                                            : m_doc->placementName(move->fromPlacement);
    case To:
        return m_doc->placementName(move->toPlacement);
    case How:
        if (move->plan.notice.isEmpty())
            return MoveWords::planningName(move->plan.planning);
        return tr("%1; notice: %2")
            .arg(MoveWords::planningName(move->plan.planning), move->plan.notice);
    case People: {
        const QString summary = MoveWords::summary(*move);
        if (role == Qt::AccessibleTextRole && move->needsDecision())
            return tr("%1. Warning: a brother, sister or the carer the child is leaving has no "
                      "plan yet")
                .arg(summary);
        return summary;
    }
    case kColumnCount:
        break;
    }
    return {};
}

QVariant MovesTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case When:
        return tr("When");
    case From:
        return tr("From");
    case To:
        return tr("To");
    case How:
        return tr("How it came about");
    case People:
        return tr("Relationships");
    case kColumnCount:
        break;
    }
    return {};
}

MoveTiesModel::MoveTiesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void MoveTiesModel::setMove(const TimelineDocument *doc, const MoveContinuity::Move *move)
{
    beginResetModel();
    m_rows.clear();
    if (doc && move) {
        QHash<ItemId, Person> people;
        for (const Person &p : doc->people())
            people.insert(p.id, p);
        for (const MoveContinuity::Tie &tie : move->ties) {
            const Person person = people.value(tie.personId);
            Row row;
            row.name = person.displayName();
            row.who = MoveWords::whoTheyAre(person, tie);
            row.plan = MoveWords::plan(tie, !move->upcoming);
            row.after = MoveWords::outcomeName(tie.outcome);
            row.why = MoveWords::evidence(tie);
            row.warn = move->upcoming && !tie.decided() &&
                       (tie.group == MoveContinuity::Group::Sibling || tie.isCurrentCarer);
            m_rows << row;
        }
    }
    endResetModel();
}

int MoveTiesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MoveTiesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kColumnCount;
}

QVariant MoveTiesModel::data(const QModelIndex &index, int role) const
{
    if (index.row() < 0 || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::DecorationRole && index.column() == Plan && row.warn)
        return warningIcon();
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        return row.name;
    case Who:
        return row.who;
    case Plan:
        return role == Qt::AccessibleTextRole && row.warn ? tr("Warning: %1").arg(row.plan)
                                                          : row.plan;
    case After:
        return row.after;
    case Why:
        return row.why;
    case kColumnCount:
        break;
    }
    return {};
}

QVariant MoveTiesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Person");
    case Who:
        return tr("Who they are");
    case Plan:
        return tr("The plan");
    case After:
        return tr("Six months after");
    case Why:
        return tr("How we know");
    case kColumnCount:
        break;
    }
    return {};
}
