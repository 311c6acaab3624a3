// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "guardeddialog.h"
#include "person.h"
#include "recordingpanel.h"
#include "voiceentry.h"

class FeelingPicker;
class FuzzyDateEdit;
class PeopleChecklist;
class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;

// One thing the child said: when, the question, their words exactly, how it was given and
// who heard it, how they felt, whether it was read back to them, and who they agreed may see
// it. Nothing is chosen for them: "who may see it" starts empty until someone asks.
class VoiceEntryDialog : public GuardedDialog
{
    Q_OBJECT

public:
    VoiceEntryDialog(const QList<Person> &people, const QString &childName, QDate birth,
                     QDate today, QWidget *parent = nullptr);

    // Questions this story has asked before, offered after the usual ones.
    void addOwnPrompts(const QStringList &prompts);
    void setEntry(const VoiceEntry &entry);
    // The entry's recording in the child's own voice, played from the case when asked for.
    void setStoredRecording(int durationMs, RecordingPanel::Loader loader);
    VoiceEntry entry() const;
    RecordingChange recordingChange() const { return m_recording->change(); }
    RecordingPanel *recordingPanel() const { return m_recording; }
    QString message() const;
    void accept() override;

    QPlainTextEdit *wordsEdit() const { return m_words; }
    FuzzyDateEdit *dateEdit() const { return m_date; }
    QComboBox *promptBox() const { return m_prompt; }
    QList<QCheckBox *> audienceBoxes() const { return m_audiences; }

private:
    void refreshEnabled();
    QString problem() const;
    ItemId personIn(const QComboBox *box) const;
    static void choosePerson(QComboBox *box, ItemId id);

    VoiceEntry m_entry;
    QString m_child;
    FuzzyDateEdit *m_date;
    QComboBox *m_prompt;
    QPlainTextEdit *m_words;
    RecordingPanel *m_recording;
    QComboBox *m_given;
    QComboBox *m_saidTo;
    QComboBox *m_writtenBy;
    PeopleChecklist *m_present;
    QComboBox *m_topic;
    FeelingPicker *m_feelings;
    QComboBox *m_readBack;
    FuzzyDateEdit *m_readBackOn;
    QList<QCheckBox *> m_audiences;
    QLabel *m_migrated;
    QLabel *m_message;
};
