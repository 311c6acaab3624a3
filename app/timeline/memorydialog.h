// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinedocument.h"

#include "guardeddialog.h"
#include "recordingpanel.h"

#include <functional>

class FuzzyDateEdit;
class PeopleChecklist;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class FeelingPicker;
class QToolButton;

// Add or change a memory: the child's words first, how it felt, who was there, photos.
// Photos can be chosen or dragged in; they are imported in memory (see PhotoImport) and only
// stored when the memory is saved.
class MemoryDialog : public GuardedDialog
{
    Q_OBJECT

public:
    MemoryDialog(const TimelineDocument &doc, QWidget *parent = nullptr);

    void setMemory(const TimelineDocument::MemoryWithPhotos &memory);
    Memory memory() const; // id kept from setMemory()
    const QList<Media> &photos() const { return m_photos; }
    // The child telling it in their own voice: made, replaced or taken away here.
    RecordingChange recordingChange() const { return m_recording->change(); }
    RecordingPanel *recordingPanel() const { return m_recording; }

    // Imports picture files; problems are listed in the dialog, nothing half-added.
    void addPhotoFiles(const QStringList &paths);
    // Tests replace the file dialog.
    void setChoosePhotos(std::function<QStringList()> choose)
    {
        m_choosePhotos = std::move(choose);
    }

    QLineEdit *titleEdit() const { return m_title; }
    FuzzyDateEdit *dateEdit() const { return m_date; }
    QPlainTextEdit *wordsEdit() const { return m_words; }
    QPushButton *addPhotosButton() const { return m_addPhotos; }
    QPushButton *okButton() const { return m_ok; }
    QString message() const;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void validate();
    void refreshPhotos();
    void refreshPlacementHint();

    const TimelineDocument &m_doc;
    Memory m_memory;
    QList<Media> m_photos;
    QLineEdit *m_title;
    FuzzyDateEdit *m_date;
    QPlainTextEdit *m_words;
    RecordingPanel *m_recording;
    FeelingPicker *m_feelings;
    PeopleChecklist *m_people;
    QComboBox *m_placement;
    QListWidget *m_photoList;
    QPushButton *m_addPhotos;
    QPushButton *m_removePhoto;
    QCheckBox *m_private;
    QLabel *m_message;
    QPushButton *m_ok;
    std::function<QStringList()> m_choosePhotos;
};
