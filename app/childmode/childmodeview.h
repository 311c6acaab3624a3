// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "voiceentry.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class CaseModel;
class CaseFile;
class ChildMapDocument;
class MyBookPage;
class MyMemoriesPage;
class MyPeoplePage;
class TimelineDocument;
class FeelingPicker;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QButtonGroup;
class QPushButton;
class RecordingPanel;
class QStackedWidget;
class QUndoStack;
class ReadAloud;
class VoiceDocument;

// The child's own space, used with an adult beside them: big buttons, the easy-read font,
// short sentences, a speaker button beside every text, and nothing from the adults' record in
// sight. Leaving asks for the story's passphrase, so a child cannot wander into the record.
class ChildModeView : public QWidget
{
    Q_OBJECT

public:
    explicit ChildModeView(QWidget *parent = nullptr);
    ~ChildModeView() override;

    // What the child's answers are kept in: the wishes-and-feelings record (its undo stack).
    void setCase(CaseModel *model, VoiceDocument *voice, QUndoStack *stack);
    // The child's own map ("My people"), changed through the same undo stack.
    void setChildMap(ChildMapDocument *childMap);
    // Memories ("My memories") go onto the timeline; the book ("My book") is made from the file.
    void setMemories(TimelineDocument *timeline, CaseFile *file);
    // Whether a passphrase is the story's (MainWindow checks it against the open file).
    using CheckPassphrase = std::function<bool(const QString &)>;
    void setCheckPassphrase(CheckPassphrase check) { m_check = std::move(check); }
    // Starts at the beginning: the places to go, with nothing typed left from last time.
    void start();
    // The way out: asks for the passphrase (also when the window is being closed).
    void askForGrownUp();
    // Answers kept since start(), for the adult coming back.
    int answersKept() const { return m_kept; }
    int memoriesKept() const;
    QString childName() const;

    QString title() const; // "Maisie's space"
    // The speaker used by every read-aloud button (tests give one with no engine).
    ReadAloud *readAloud() const { return m_reader; }

    // The smallest a button may be for a child's finger (WCAG 2.5.5).
    static constexpr int kMinTarget = 44;

    // For tests: the places and their main controls.
    QWidget *homePage() const { return m_home; }
    QWidget *sayPage() const { return m_say; }
    MyPeoplePage *peoplePage() const { return m_people; }
    MyMemoriesPage *memoriesPage() const { return m_memories; }
    MyBookPage *bookPage() const { return m_book; }
    QPushButton *memoriesTile() const { return m_memoriesTile; }
    QPushButton *bookTile() const { return m_bookTile; }
    QPushButton *sayTile() const { return m_firstPlace; }
    QPushButton *peopleTile() const { return m_peopleTile; }
    QWidget *leavePage() const { return m_leave; }
    QWidget *currentPage() const;
    QPlainTextEdit *answerEdit() const { return m_answer; }
    FeelingPicker *faces() const { return m_faces; }
    RecordingPanel *sayRecording() const { return m_sayRecording; }
    QButtonGroup *worryMeter() const { return m_worrySizes; }
    QPushButton *keepButton() const { return m_keep; }
    QLineEdit *passphraseEdit() const { return m_passphrase; }
    QLabel *speakerMessage() const { return m_speakerMessage; }

protected:
    bool event(QEvent *event) override;

signals:
    // The right passphrase was given: the adults' view may come back.
    void leaveAllowed();

private:
    struct Prompt
    {
        QString text;
        VoiceEntry::Topic topic;
    };
    QWidget *makeHome();
    QWidget *makeSay();
    QWidget *makeLeave();
    // A row of a text and its speaker button; `label` is the text's own widget.
    QWidget *withSpeaker(QWidget *text, const std::function<QString()> &words);
    QPushButton *bigButton(const QString &text);
    void speak(const QString &words);
    void refreshSpeakers();
    void showPrompt(int index);
    void resumePrompt();
    void keepAnswer(const QString &words, const QList<Memory::Feeling> &feelings);
    void refreshKeep();
    void tryLeave();
    void applyBigFont();

    QPointer<CaseModel> m_model;
    QPointer<VoiceDocument> m_voice;
    QUndoStack *m_stack = nullptr;
    CheckPassphrase m_check;
    ReadAloud *m_reader;

    QLabel *m_title;
    QStackedWidget *m_pages;
    QWidget *m_home;
    QWidget *m_say;
    MyPeoplePage *m_people;
    MyMemoriesPage *m_memories;
    MyBookPage *m_book;
    QPushButton *m_peopleTile = nullptr;
    QPushButton *m_memoriesTile = nullptr;
    QPushButton *m_bookTile = nullptr;
    QWidget *m_leave;
    QWidget *m_before = nullptr; // where "Stay here" goes back to
    QPushButton *m_firstPlace = nullptr;
    QLabel *m_speakerMessage;
    QList<Prompt> m_prompts;
    int m_prompt = 0;
    QLabel *m_promptLabel;
    QLabel *m_progress = nullptr;
    int m_kept = 0;
    bool m_declining = false;
    QLabel *m_thanks;
    QWidget *m_thanksRow = nullptr;
    QPlainTextEdit *m_answer;
    FeelingPicker *m_faces = nullptr;
    RecordingPanel *m_sayRecording = nullptr;
    QWidget *m_worryRow = nullptr;
    QButtonGroup *m_worrySizes = nullptr;
    QPushButton *m_keep;
    QPushButton *m_skip = nullptr;
    QPushButton *m_notSaying = nullptr;
    QPushButton *m_sayHome = nullptr;
    QWidget *m_facesRow = nullptr;
    QLineEdit *m_passphrase;
    QLabel *m_leaveProblem;
    QList<std::pair<QPushButton *, std::function<QString()>>> m_speakers;
};
