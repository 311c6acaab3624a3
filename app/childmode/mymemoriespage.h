// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "childmodekit.h"

#include "media.h"

#include <QWidget>

#include <functional>

class FeelingPicker;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QUndoStack;
class RecordingPanel;
class TimelineDocument;

// "My memories" in child mode: a memory added with a photo (chosen by the adult, or dropped
// on the page), a face, and the child's words, typed or said in their own voice. When it
// happened is left for an adult to add: nothing is guessed.
class MyMemoriesPage : public QWidget
{
    Q_OBJECT

public:
    using WithSpeaker = ChildModeKit::WithSpeaker;
    using BigButton = ChildModeKit::BigButton;
    using ChoosePhoto = std::function<QString()>;
    MyMemoriesPage(const WithSpeaker &withSpeaker, const BigButton &bigButton,
                   QWidget *parent = nullptr);

    void setDocument(TimelineDocument *timeline, QUndoStack *stack);
    void setChoosePhoto(ChoosePhoto choose) { m_choose = std::move(choose); }
    void start();     // a new visit: nothing kept yet, an empty memory to fill in
    void clearForm(); // an empty memory to fill in
    // A photo for the memory, from a file (the chooser, a drop, or a test).
    bool addPhoto(const QString &path);
    int kept() const { return m_kept; }

    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *wordsEdit() const { return m_words; }
    FeelingPicker *faces() const { return m_faces; }
    RecordingPanel *recording() const { return m_recording; }
    QPushButton *photoButton() const { return m_photoButton; }
    QPushButton *keepButton() const { return m_keep; }
    QPushButton *backButton() const { return m_back; }
    QLabel *thanks() const { return m_thanks; }

signals:
    void backRequested();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void refresh();
    void keep();

    TimelineDocument *m_timeline = nullptr;
    QUndoStack *m_stack = nullptr;
    ChoosePhoto m_choose;
    QList<Media> m_photos;
    int m_kept = 0;
    QLineEdit *m_title;
    QPushButton *m_photoButton;
    QLabel *m_photo;
    FeelingPicker *m_faces;
    QPlainTextEdit *m_words;
    RecordingPanel *m_recording;
    QPushButton *m_keep;
    QPushButton *m_back;
    QLabel *m_thanks;
    QWidget *m_thanksRow = nullptr;
    QLabel *m_problem;
};
