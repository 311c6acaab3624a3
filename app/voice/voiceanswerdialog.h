// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event.h"
#include "guardeddialog.h"
#include "voiceentry.h"

class FuzzyDateEdit;
class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;

// What happened because the child spoke: the review or hearing that decided, what was done,
// the answer in words the child understands, why not (when it wasn't), and whether the child
// has been told.
class VoiceAnswerDialog : public GuardedDialog
{
    Q_OBJECT

public:
    VoiceAnswerDialog(const VoiceEntry &entry, const QList<Event> &decisions,
                      const QString &childName, QWidget *parent = nullptr);

    VoiceEntry entry() const;
    QString message() const;
    void accept() override;

    QComboBox *outcomeBox() const { return m_outcome; }
    QPlainTextEdit *answerEdit() const { return m_answer; }

private:
    void refreshEnabled();
    QString problem() const;

    VoiceEntry m_entry;
    QString m_child;
    QComboBox *m_decision;
    QComboBox *m_outcome;
    QPlainTextEdit *m_answer;
    QPlainTextEdit *m_whyNot;
    QCheckBox *m_told;
    FuzzyDateEdit *m_toldOn;
    QLabel *m_message;
};
