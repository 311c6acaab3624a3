// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTabWidget;

// The area shown while a case is open: the ecomap, the timeline and the books, one tab each.
// The panes are filled by their own modules; this widget only arranges them.
class CaseWorkspace : public QWidget
{
    Q_OBJECT

public:
    enum class Pane { Ecomap, Timeline, Book };

    explicit CaseWorkspace(QWidget *parent = nullptr);

    void setChildName(const QString &name);
    void showPane(Pane pane);
    Pane currentPane() const;
    QTabWidget *tabs() const { return m_tabs; }

private:
    QWidget *makeEmptyPane(const QString &accessibleName);

    QLabel *m_heading;
    QTabWidget *m_tabs;
};
