// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casecontent.h"
#include "guardeddialog.h"
#include "handoverwriter.h"

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class PeopleChecklist;

// File › Hand Over a Copy…: who the copy is for, anyone else to leave out, and a letter for
// them; shows, as the choice changes, what stays here. Nobody is chosen until the user
// chooses: a copy for the birth family and one for a worker are very different things.
class HandoverDialog : public GuardedDialog
{
    Q_OBJECT

public:
    HandoverDialog(const CaseContent &content, const QString &from, QWidget *parent = nullptr);

    HandoverWriter::Request request() const;
    QAbstractButton *receiverButton(HandoverRecord::Receiver receiver) const;
    PeopleChecklist *leaveOut() const { return m_leaveOut; }
    QPlainTextEdit *letter() const { return m_letter; }
    QListWidget *staysHere() const { return m_staysHere; }

private:
    void refresh();

    CaseContent m_content;
    QButtonGroup *m_receivers;
    QLabel *m_whatTheyGet;
    PeopleChecklist *m_leaveOut;
    QListWidget *m_staysHere;
    QPlainTextEdit *m_letter;
    QLineEdit *m_from;
    QPushButton *m_make;
};

// The passphrase for the copy, made of words and shown once: the sender writes it down and
// gives it separately. "New words" draws again; the sender may type their own instead.
class HandoverPassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HandoverPassphraseDialog(QWidget *parent = nullptr);
    QString passphrase() const { return m_words; }
    bool wantsOwn() const { return m_wantsOwn; }
    QPushButton *again() const { return m_again; }

private:
    void draw();

    QString m_words;
    bool m_wantsOwn = false;
    QLabel *m_shown;
    QPushButton *m_again;
    QPushButton *m_ok;
};

// Shown the first time a copy is opened: the letter that came with it, from whom, and what
// the copy does not hold.
class HandoverLetterDialog : public QDialog
{
    Q_OBJECT

public:
    HandoverLetterDialog(const HandoverRecord &record, QWidget *parent = nullptr);
};
