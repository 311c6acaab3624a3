// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ids.h"
#include "moveplan.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

#include <functional>

class MoveTiesModel;
class MovesTableModel;
class QAction;
class QDialog;
class QLabel;
class QTableView;
class QUndoStack;
class TimelineDocument;

// The Moves tab: every change of home with how it came about and what it did to the child's
// relationships; the keeping-in-touch plan for each (siblings first); a warning while a move
// still to come leaves a brother, sister or the current carer undecided.
class MovesPane : public QWidget
{
    Q_OBJECT

public:
    using RunDialog = std::function<int(QDialog *dialog)>;

    explicit MovesPane(QWidget *parent = nullptr);

    // The timeline's document: moves are made of its homes, events and plans.
    void setCase(TimelineDocument *doc, QUndoStack *stack);
    void setRunDialog(RunDialog run) { m_runDialog = std::move(run); }
    // The pane's commands, for the menu bar.
    const QList<QAction *> &commands() const { return m_commands; }

    // Adds the new home (its dialog), then opens the plan for moving there.
    void planMove();
    // The plan for the move into that home (the selected move when kNoId).
    void editPlan(ItemId toPlacement = kNoId);
    void select(ItemId toPlacement);
    ItemId selectedMove() const;

    QTableView *movesTable() const { return m_moves; }
    QTableView *peopleTable() const { return m_people; }
    QLabel *warningLabel() const { return m_warning; }
    QLabel *whyLabel() const { return m_why; }
    QString warning() const;

signals:
    // Moves still to come with a sibling or the current carer not decided (empty when none).
    void warningChanged(const QString &warning);
    // The map as it was the day before a move and six months after, side by side.
    void beforeAndAfterRequested(const QString &title, QDate before, QDate after);

private:
    void refresh();
    void showSelected();
    int run(QDialog *dialog);

    QPointer<TimelineDocument> m_doc;
    QUndoStack *m_stack = nullptr;
    RunDialog m_runDialog;
    MovesTableModel *m_model;
    MoveTiesModel *m_tiesModel;
    QTableView *m_moves;
    QTableView *m_people;
    QLabel *m_warning;
    QLabel *m_heading;
    QLabel *m_why;
    QList<QAction *> m_commands;
    QAction *m_plan;
    QAction *m_edit;
    QAction *m_beforeAfter;
    ItemId m_keep = kNoId; // the move chosen before the list was worked out again
};
