// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bookcomposer.h"

#include <QWidget>

#include <functional>

class CaseFile;
class CaseModel;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialog;
class QLabel;
class PeopleChecklist;
class QListWidget;
class QPrinter;
class QPushButton;

// The Books tab: choose who the book is for and what goes in it, see what will be left out,
// then preview, print or save it as a PDF — with progress, and a way to stop.
class BookPane : public QWidget
{
    Q_OBJECT

public:
    using ChooseFile = std::function<QString(const QString &suggested)>;

    explicit BookPane(QWidget *parent = nullptr);

    // Shows the case (nullptr: none); its lists follow every change to the case's people.
    void setCase(CaseModel *model);
    BookOptions options() const;
    void setAudience(Redaction::Audience audience);
    using ChoosePrinter = std::function<bool(QPrinter &printer)>;
    // Tests answer the file and print dialogs through these.
    void setChooseFile(ChooseFile choose) { m_chooseFile = std::move(choose); }
    void setChoosePrinter(ChoosePrinter choose) { m_choosePrinter = std::move(choose); }

    void preview();
    // Returns an error message (empty on success or when nothing was chosen).
    QString print();
    // Returns an error message (empty on success or when nothing was chosen).
    QString saveAsPdf();

    QListWidget *leftOutList() const { return m_leftOut; }
    PeopleChecklist *withheldList() const { return m_withheld; }
    QLabel *summary() const { return m_summary; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *courtDetailsButton() const { return m_courtDetails; }
    // Asks for the court or review details and keeps them in the case file.
    void editCourtDetails();
    // Tests answer dialogs through this (default: exec()).
    using RunDialog = std::function<int(QDialog *dialog)>;
    void setRunDialog(RunDialog run) { m_runDialog = std::move(run); }

signals:
    void errorOccurred(const QString &message);
    // A PDF was written there: offer to open it or show it in its folder.
    void exported(const QString &path);
    // The book went to that printer (CUPS has the whole job).
    void printed(const QString &printer);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reload();
    void refresh();
    void fillWithheld(const QList<Person> &people);
    // The choices live in the case file, so one case's never carry over to the next.
    void loadSettings();
    void saveSettings();

    CaseFile *m_file = nullptr;
    CaseModel *m_model = nullptr;
    CaseContent m_content; // metadata only, for the lists and the left-out preview
    QButtonGroup *m_audience;
    QCheckBox *m_ecomap;
    QCheckBox *m_family;
    QCheckBox *m_people;
    QCheckBox *m_placements;
    QCheckBox *m_memories;
    QCheckBox *m_wishes;
    QCheckBox *m_chronology;
    QCheckBox *m_impact;
    QCheckBox *m_nameInMetadata;
    QComboBox *m_pageSize;
    PeopleChecklist *m_withheld;
    QLabel *m_withheldLabel = nullptr;
    QListWidget *m_leftOut;
    QLabel *m_summary;
    QPushButton *m_preview;
    QPushButton *m_print;
    QPushButton *m_save;
    QPushButton *m_courtDetails;
    QLabel *m_courtSummary;
    RunDialog m_runDialog;
    ChooseFile m_chooseFile;
    ChoosePrinter m_choosePrinter;
    bool m_loadingSettings = false;
    QSet<ItemId> m_withheldIds; // ticked in "leave out", kept while the list is rebuilt
};
