// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinedocument.h"

#include <QWidget>

#include <functional>
#include <memory>

class CaseFile;
class QAction;
class QDialog;
class QLineEdit;
class QListWidget;
class QTableView;
class QUndoStack;
class TimelineFilter;
class TimelineModel;
class TimelineView;

// The Timeline tab: the swim-lane view above, a searchable list of everything below, and a
// short list of what nobody knows yet beside it. Selecting in one selects in the other.
class TimelinePane : public QWidget
{
    Q_OBJECT

public:
    using Confirm = std::function<bool(const QString &title, const QString &question)>;
    using RunDialog = std::function<int(QDialog *dialog)>;

    explicit TimelinePane(QWidget *parent = nullptr);
    ~TimelinePane() override;

    void setCase(CaseModel *model, QUndoStack *stack);
    TimelineDocument *document() const { return m_doc.get(); }
    // The timeline's commands in toolbar order (null between groups), for the menu bar.
    const QList<QAction *> &commands() const { return m_commands; }
    TimelineView *view() const { return m_view; }
    QTableView *list() const { return m_list; }
    QLineEdit *searchEdit() const { return m_search; }
    QListWidget *unknowns() const { return m_unknowns; }
    TimelineFilter *filter() const { return m_filter; }

    // Tests answer questions and drive dialogs through these.
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void setRunDialog(RunDialog run) { m_runDialog = std::move(run); }

    void addMemory(const QStringList &photoFiles = {});
    void addPlacement();
    void addEvent();
    void edit(TimelineDocument::Kind kind, ItemId id);
    void removeSelected();

signals:
    void errorOccurred(const QString &message);
    // Something the child said was opened or removed here: it is edited in "My say".
    void saidRequested(ItemId id);
    void placementsChanged();
    // "Plan a move…" (kNoId), or the plan for the move into a home, asked for here.
    void planMoveRequested(ItemId toPlacement);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void selectInList(TimelineDocument::Kind kind, ItemId id);
    void listSelectionChanged();
    void refreshUnknowns();
    void updateActions();
    int run(QDialog *dialog);
    bool runUntilStored(QDialog *dialog, const std::function<void()> &store);

    std::unique_ptr<TimelineDocument> m_doc;
    QUndoStack *m_stack = nullptr;
    TimelineModel *m_model;
    TimelineFilter *m_filter;
    TimelineView *m_view;
    QLineEdit *m_search;
    QTableView *m_list;
    QListWidget *m_unknowns;
    QAction *m_addMemory;
    QAction *m_addPlacement;
    QAction *m_addEvent;
    QAction *m_planMove;
    QAction *m_edit;
    QAction *m_remove;
    QList<QAction *> m_commands;
    Confirm m_confirm;
    RunDialog m_runDialog;
    bool m_syncing = false;
};
