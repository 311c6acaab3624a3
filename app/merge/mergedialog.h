// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "copymerge.h"

#include <QDialog>

class QButtonGroup;
class QListWidget;
class QPushButton;

// File › Bring In Changes from Another Copy…: what the other copy brings (new, changed,
// removed there), and one question for each thing both copies changed — this copy's value or
// the other's, side by side — or that one removed and the other changed. Nothing is chosen for
// the user; "Bring In" waits until every question has an answer.
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    // thisName and otherName: the two files, as the user knows them ("Maya-Jo").
    MergeDialog(CopyMerge &merge, const QString &thisName, const QString &otherName,
                QWidget *parent = nullptr);

    // One group of two choices per question, conflicts first: button 0 is this copy's.
    QList<QButtonGroup *> questions() const { return m_groups; }
    QListWidget *whatChanges() const { return m_list; }
    QPushButton *bringIn() const { return m_bringIn; }
    QPushButton *keepAllMine() const { return m_allMine; }
    QPushButton *takeAllTheirs() const { return m_allTheirs; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose(int index, MergePlan::Choice choice);
    void refresh();
    QList<MergePlan::Item> shownAdditions() const;

    CopyMerge &m_merge;
    QList<QButtonGroup *> m_groups;
    QListWidget *m_list;
    QPushButton *m_bringIn;
    QPushButton *m_allMine = nullptr;
    QPushButton *m_allTheirs = nullptr;
};
