// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTextBrowser;

// Help › Getting Started (F1): a short, translated guide to a first life story, with pictures,
// that stays open beside the window while the user follows it.
class GettingStarted : public QDialog
{
    Q_OBJECT

public:
    explicit GettingStarted(QWidget *parent = nullptr);
    QTextBrowser *browser() const { return m_browser; }
    // The guide as HTML, in the language in use.
    static QString html();

private:
    QTextBrowser *m_browser;
};
