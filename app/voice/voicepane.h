// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ids.h"

#include <QWidget>

#include <functional>
#include <memory>

class CaseModel;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class VoicePlayer;
class QTableView;
class QUndoStack;
class VoiceDocument;
class VoiceFilterModel;
class VoiceTableModel;

// "My say": what the child has said over time, newest questions answered or waiting, with
// add, change, answer and remove (all undoable), and filters by topic, by what happened and
// by who may see it. The selected entry is shown in full below the list.
class VoicePane : public QWidget
{
    Q_OBJECT

public:
    using Confirm = std::function<bool(const QString &title, const QString &question)>;

    explicit VoicePane(QWidget *parent = nullptr);
    ~VoicePane() override;

    void setCase(CaseModel *model, QUndoStack *stack);
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    VoiceDocument *document() const { return m_doc.get(); }

    void addEntry();
    void editSelected();
    void answerSelected();
    void removeSelected();
    void playSelected();
    ItemId selectedId() const;
    void select(ItemId id);

    QTableView *table() const { return m_table; }
    QComboBox *topicFilter() const { return m_topic; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *audienceFilter() const { return m_audience; }
    QLabel *waitingLabel() const { return m_waiting; }
    QPlainTextEdit *details() const { return m_details; }
    QPushButton *answerButton() const { return m_answer; }

signals:
    void errorOccurred(const QString &message);
    // How many things the child said wait for an answer after a review (for the tab's name).
    void waitingChanged(int count);

private:
    void refresh();
    void fitColumns();
    void showDetails();
    QString childName() const;
    QStringList ownPrompts() const;

    CaseModel *m_model = nullptr;
    QUndoStack *m_stack = nullptr;
    std::unique_ptr<VoiceDocument> m_doc;
    VoiceTableModel *m_source = nullptr;
    VoiceFilterModel *m_filter;
    Confirm m_confirm;
    int m_waitingCount = -1;
    QLabel *m_intro;
    QLabel *m_waiting;
    QPushButton *m_showWaiting;
    QComboBox *m_topic;
    QComboBox *m_status;
    QComboBox *m_audience;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_answer;
    QPushButton *m_remove;
    QPushButton *m_play;   // the selected entry's recording in the child's own voice
    VoicePlayer *m_player; // from memory: nothing written to a file
    QTableView *m_table;
    QPlainTextEdit *m_details;
};
