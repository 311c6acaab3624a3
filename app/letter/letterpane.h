// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "letter.h"

#include <QWidget>

#include <functional>
#include <memory>

class CaseModel;
class JargonHighlighter;
class LetterDocument;
class LetterExport;
class QPrinter;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTextEdit;
class QTimer;
class QUndoStack;

// The later life letter, written part by part: each part can start from a draft made from the
// case's facts; words a child may not know are underlined as you type; the people it names are
// listed with their permission; then preview, print or save it as a PDF.
class LetterPane : public QWidget
{
    Q_OBJECT

public:
    using ChooseFile = std::function<QString(const QString &suggested)>;
    using Confirm = std::function<bool(const QString &title, const QString &question)>;
    using ChoosePrinter = std::function<bool(QPrinter &printer)>;

    explicit LetterPane(QWidget *parent = nullptr);
    ~LetterPane() override;

    void setCase(CaseModel *model, QUndoStack *stack);
    LetterDocument *document() const { return m_doc.get(); }
    void setChooseFile(ChooseFile choose) { m_chooseFile = std::move(choose); }
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void setChoosePrinter(ChoosePrinter choose) { m_choosePrinter = std::move(choose); }

    void selectPart(LetterSection::Kind kind);
    LetterSection::Kind currentPart() const;
    // Replaces the part's words with a draft from the case's facts (asks first if it has words).
    void useDraft();
    // Writes what is being typed now (it is also written after a pause, and on leaving).
    void commitEdit();
    // Returns an error message (empty on success or when nothing was chosen).
    QString saveAsPdf();
    void preview();
    // Returns an error message (empty on success or when nothing was chosen).
    QString print();
    void showHistory();

    QListWidget *parts() const { return m_parts; }
    QTextEdit *editor() const { return m_editor; }
    QPushButton *draftButton() const { return m_draft; }
    QLabel *draftBanner() const { return m_banner; }
    QListWidget *namedList() const { return m_named; }
    QComboBox *permissionBox() const { return m_permission; }
    QLabel *removedWarning() const { return m_removed; }
    QLabel *permissionHint() const { return m_permissionHint; }
    QLabel *outlook() const { return m_outlook; }
    QCheckBox *filePageBox() const { return m_filePage; }
    QListWidget *jargonList() const { return m_jargon; }
    QLabel *readingAge() const { return m_readingAge; }
    QLineEdit *toEdit() const { return m_to; }
    QLineEdit *authorEdit() const { return m_author; }
    QComboBox *careBox() const { return m_care; }

signals:
    void errorOccurred(const QString &message);
    void exported(const QString &path);
    void printed(const QString &printer); // CUPS has the whole job

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void showPart();
    void refreshParts();
    void refreshNamed();
    void refreshJargon();
    void commitDetails();
    void choosePermission();
    void showPermissionHint();
    void fitHeadingFont();
    // How far the letter is from ready: parts still drafts, words a child may not know.
    void refreshOutlook();
    void showEditorMenu(const QPoint &position);
    LetterExport makeExport() const;

    CaseModel *m_model = nullptr;
    QUndoStack *m_stack = nullptr;
    std::unique_ptr<LetterDocument> m_doc;
    QLineEdit *m_to;
    QLineEdit *m_author;
    QLineEdit *m_role;
    QDateEdit *m_date;
    QComboBox *m_care;
    QCheckBox *m_easyRead;
    QListWidget *m_parts;
    QLabel *m_heading;
    QLabel *m_guidance;
    QLabel *m_banner;
    QPushButton *m_draft;
    QTextEdit *m_editor;
    JargonHighlighter *m_highlighter;
    QListWidget *m_jargon;
    QLabel *m_readingAge;
    QListWidget *m_named;
    QComboBox *m_permission;
    QLabel *m_removed;
    QLabel *m_status;
    QLabel *m_permissionHint;
    QLabel *m_outlook;
    QCheckBox *m_filePage;
    QPushButton *m_preview;
    QPushButton *m_print;
    QPushButton *m_save;
    QPushButton *m_history;
    QTimer *m_commitTimer;
    ChooseFile m_chooseFile;
    ChoosePrinter m_choosePrinter;
    Confirm m_confirm;
    bool m_loading = false;
};
