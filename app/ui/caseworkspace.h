// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class CaseFile;
class CaseModel;
class EcomapPane;
class GenogramPane;
class QLabel;
class QPushButton;
class QTabWidget;
class QUndoStack;
class MovesPane;
class TimelinePane;
class BookPane;
class LetterPane;
class VoicePane;

// The area shown while a case is open: the ecomap, the timeline, the moves, what the child said
// and the books (with the later life letter), one tab each.
// The panes are filled by their own modules; this widget only arranges them.
class CaseWorkspace : public QWidget
{
    Q_OBJECT

public:
    enum class Pane { Ecomap, Timeline, Moves, Voice, Book, Family };

    explicit CaseWorkspace(QWidget *parent = nullptr);

    void setChildName(const QString &name);
    // Attaches the panes to a case (nullptr detaches them, before the case is closed).
    void setCase(CaseModel *model, QUndoStack *stack);
    EcomapPane *ecomapPane() const { return m_ecomap; }
    TimelinePane *timelinePane() const { return m_timeline; }
    MovesPane *movesPane() const { return m_moves; }
    VoicePane *voicePane() const { return m_voice; }
    BookPane *bookPane() const { return m_books; }
    LetterPane *letterPane() const { return m_letter; }
    GenogramPane *familyPane() const { return m_family; }
    // The Books tab, on its later life letter.
    void showLetter();
    void showPane(Pane pane);
    // "About <name>": edits the child's own details, undoably.
    void editChild();
    Pane currentPane() const;
    QTabWidget *tabs() const { return m_tabs; }

signals:
    // A short note for the status bar (a job sent to the printer).
    void status(const QString &message);
    void childModeRequested();

private:
    QList<QDate> placementEndings() const;

    QLabel *m_heading;
    QPushButton *m_childModeButton = nullptr;
    QTabWidget *m_tabs;
    EcomapPane *m_ecomap;
    TimelinePane *m_timeline;
    MovesPane *m_moves;
    VoicePane *m_voice;
    BookPane *m_books;
    LetterPane *m_letter;
    GenogramPane *m_family;
    QTabWidget *m_bookTabs; // the books, and the later life letter
    CaseModel *m_model = nullptr;
    QUndoStack *m_stack = nullptr;
};
