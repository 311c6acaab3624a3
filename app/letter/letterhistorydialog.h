// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "letter.h"

#include <QDialog>

class QListWidget;
class QTextBrowser;

// The letter's history: who changed what and when, newest first, and the whole text after each
// change — so the text that was handed over can always be found again.
class LetterHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    LetterHistoryDialog(const QList<LetterVersion> &versions, QWidget *parent = nullptr);
    QListWidget *list() const { return m_list; }
    QTextBrowser *text() const { return m_text; }

private:
    QListWidget *m_list;
    QTextBrowser *m_text;
};
