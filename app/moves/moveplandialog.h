// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "movecontinuity.h"

#include "guardeddialog.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class TimelineDocument;

// The keeping-in-touch plan for one move: how the move came about, and for everyone in the
// child's life before it (siblings first), what will happen after — continues as now, a new
// arrangement (how often, how, who arranges it), ends (and why), or not decided yet. For a
// move that has happened, what the record shows six months on is shown beside the plan.
class MovePlanDialog : public GuardedDialog
{
    Q_OBJECT

public:
    MovePlanDialog(const TimelineDocument &doc, const MoveContinuity::Move &move,
                   QWidget *parent = nullptr);

    MovePlan plan() const;

    QComboBox *planningCombo() const { return m_planning; }
    QLineEdit *noticeEdit() const { return m_notice; }
    // One row of fields per person, in the order shown.
    struct PersonFields
    {
        ItemId personId = kNoId;
        QComboBox *plan = nullptr;
        QComboBox *often = nullptr;
        QList<QCheckBox *> ways;
        QLineEdit *arrangedBy = nullptr;
        QLineEdit *why = nullptr;
    };
    const QList<PersonFields> &people() const { return m_people; }

private:
    void refreshEnabled();

    MovePlan m_original;
    QComboBox *m_planning;
    QLineEdit *m_notice;
    QList<PersonFields> m_people;
};
