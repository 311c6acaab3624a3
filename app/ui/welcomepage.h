// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCommandLinkButton;
class QListWidget;
class QPushButton;

// The first thing people see: start a story, open one, explore the demo, or pick a recent file.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void setRecentFiles(const QStringList &paths);

    QCommandLinkButton *newButton() const { return m_new; }
    QCommandLinkButton *openButton() const { return m_open; }
    QCommandLinkButton *demoButton() const { return m_demo; }
    QListWidget *recentList() const { return m_recent; }

signals:
    void newRequested();
    void openRequested();
    void demoRequested();
    void recentRequested(const QString &path);
    void clearRecentRequested();

private:
    QCommandLinkButton *m_new;
    QCommandLinkButton *m_open;
    QCommandLinkButton *m_demo;
    QListWidget *m_recent;
    QPushButton *m_clearRecent;
};
