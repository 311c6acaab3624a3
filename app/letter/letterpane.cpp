// SPDX-License-Identifier: GPL-3.0-or-later
#include "letterpane.h"

#include "casecontentio.h"
#include "casemodel.h"
#include "jargonhighlighter.h"
#include "lettercommands.h"
#include "letterdocument.h"
#include "letterdrafter.h"
#include "letterexport.h"
#include "letterhistorydialog.h"
#include "letternames.h"
#include "letterwords.h"
#include "mnemonicfocus.h"
#include "printjob.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace {

constexpr int kPauseBeforeSaving = 800; // ms of no typing

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

LetterPane::LetterPane(QWidget *parent)
    : QWidget(parent)
    , m_to(new QLineEdit(this))
    , m_author(new QLineEdit(this))
    , m_role(new QLineEdit(this))
    , m_date(new QDateEdit(this))
    , m_care(new QComboBox(this))
    , m_easyRead(new QCheckBox(tr("E&asy-read font"), this))
    , m_parts(new QListWidget(this))
    , m_heading(new QLabel(this))
    , m_guidance(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_draft(new QPushButton(tr("Start from the fa&cts"), this))
    , m_editor(new QTextEdit(this))
    , m_highlighter(new JargonHighlighter(m_editor))
    , m_jargon(new QListWidget(this))
    , m_readingAge(new QLabel(this))
    , m_named(new QListWidget(this))
    , m_permission(new QComboBox(this))
    , m_removed(new QLabel(this))
    , m_status(new QLabel(this))
    , m_permissionHint(new QLabel(this))
    , m_outlook(new QLabel(this))
    , m_filePage(new QCheckBox(tr("Incl&ude the page for the file"), this))
    , m_preview(new QPushButton(tr("Prev&iew…"), this))
    , m_print(new QPushButton(tr("Pri&nt…"), this))
    , m_save(new QPushButton(tr("&Save as PDF…"), this))
    , m_history(new QPushButton(tr("Histor&y…"), this))
    , m_commitTimer(new QTimer(this))
{
    setAccessibleName(tr("Later life letter"));
    m_to->setPlaceholderText(tr("The name they use"));
    m_to->setToolTip(tr("The letter begins “Dear …,” with this name: no need to write it."));
    m_author->setPlaceholderText(tr("Your name"));
    m_role->setPlaceholderText(tr("For example: your social worker"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::LongFormat));
    for (int c = 0; c < LaterLifeLetter::kCareCount; ++c)
        m_care->addItem(LetterWords::careName(LaterLifeLetter::Care(c)), c);
    m_care->setToolTip(tr("Sets the wording of the drafts: why they could not stay with their "
                          "birth family, and who looks after them now."));
    m_easyRead->setToolTip(tr("Prints the letter larger, in a font made for new readers."));

    auto *details = new QGridLayout;
    details->addWidget(buddyLabel(tr("&To:"), m_to, this), 0, 0);
    details->addWidget(m_to, 0, 1);
    details->addWidget(buddyLabel(tr("Fr&om:"), m_author, this), 0, 2);
    details->addWidget(m_author, 0, 3);
    details->addWidget(buddyLabel(tr("Their &role:"), m_role, this), 0, 4);
    details->addWidget(m_role, 0, 5);
    details->addWidget(buddyLabel(tr("&Date:"), m_date, this), 1, 0);
    details->addWidget(m_date, 1, 1);
    details->addWidget(buddyLabel(tr("&Kind of care:"), m_care, this), 1, 2);
    details->addWidget(m_care, 1, 3);
    details->addWidget(m_easyRead, 1, 4, 1, 2);
    details->setColumnStretch(1, 1);
    details->setColumnStretch(3, 1);
    details->setColumnStretch(5, 1);

    // Left: the parts, and the people the letter names.
    for (int k = 0; k < LetterSection::kKindCount; ++k)
        m_parts->addItem(LetterWords::heading(LetterSection::Kind(k)));
    m_parts->setAccessibleName(tr("Parts of the letter"));
    m_named->setAccessibleName(tr("People named in the letter"));
    m_named->setToolTip(tr("Everyone the letter names. A full name is printed only with their "
                           "permission; someone who refused is printed as who they were to "
                           "the child (\"your teacher\")."));
    for (int s = 0; s < LetterPermission::kStatusCount; ++s)
        m_permission->addItem(LetterWords::statusName(LetterPermission::Status(s)), s);
    m_permission->setEnabled(false);
    m_removed->setWordWrap(true);
    m_removed->setTextFormat(Qt::PlainText);
    QPalette warning = m_removed->palette();
    warning.setColor(QPalette::WindowText, QColor(0xa0, 0x30, 0x30));
    m_removed->setPalette(warning);
    m_removed->hide();
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(buddyLabel(tr("&Parts of the letter:"), m_parts, left));
    leftLayout->addWidget(m_parts, 3);
    leftLayout->addWidget(buddyLabel(tr("Peop&le named:"), m_named, left));
    leftLayout->addWidget(m_named, 2);
    auto *permissionRow = new QHBoxLayout;
    permissionRow->addWidget(buddyLabel(tr("Per&mission:"), m_permission, left));
    permissionRow->addWidget(m_permission, 1);
    leftLayout->addLayout(permissionRow);
    m_permissionHint->setWordWrap(true);
    m_permissionHint->setTextFormat(Qt::PlainText);
    leftLayout->addWidget(m_permissionHint);
    leftLayout->addWidget(m_removed);

    // Right: the part being written.
    fitHeadingFont();
    m_heading->setTextFormat(Qt::PlainText);
    m_guidance->setWordWrap(true);
    m_guidance->setTextFormat(Qt::PlainText);
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setText(tr("This part is a draft made from the case's facts. Rewrite it in your "
                         "own words: it stays marked as a draft until you change it."));
    // Colours through the palette, not a style sheet, so Larger Text still reaches the words.
    QPalette note = m_banner->palette();
    note.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xd6));
    note.setColor(QPalette::WindowText, QColor(0x5a, 0x3d, 0x00));
    m_banner->setPalette(note);
    m_banner->setAutoFillBackground(true);
    m_banner->setMargin(6);
    m_banner->hide();
    m_draft->setToolTip(tr("Fills this part with plain sentences made from what the case "
                           "holds: dates, names, homes. A starting point, never a finished "
                           "letter."));
    m_editor->setTabChangesFocus(true);
    m_editor->setAcceptRichText(true);
    m_editor->installEventFilter(this);
    m_jargon->setAccessibleName(tr("Words a child may not know"));
    m_jargon->setMaximumHeight(m_jargon->fontMetrics().lineSpacing() * 5);
    m_jargon->setWordWrap(true);
    m_readingAge->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *headRow = new QHBoxLayout;
    headRow->addWidget(m_heading, 1);
    headRow->addWidget(m_draft);
    rightLayout->addLayout(headRow);
    rightLayout->addWidget(m_guidance);
    rightLayout->addWidget(m_banner);
    rightLayout->addWidget(m_status);
    rightLayout->addWidget(buddyLabel(tr("Your &words:"), m_editor, right));
    rightLayout->addWidget(m_editor, 1);
    rightLayout->addWidget(buddyLabel(tr("Words a child may not know:"), m_jargon, right));
    rightLayout->addWidget(m_jargon);
    rightLayout->addWidget(m_readingAge);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    split->setSizes({380, 900});
    m_parts->setWordWrap(true);

    m_filePage->setToolTip(tr("The page lists everyone the letter names and whether they agreed. "
                              "It names people who refused, so it is for the case file only: "
                              "leave it out of the copy that goes to the child."));
    m_outlook->setWordWrap(true);
    m_outlook->setTextFormat(Qt::PlainText);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_history);
    buttons->addWidget(m_outlook, 1);
    buttons->addWidget(m_filePage);
    buttons->addWidget(m_preview);
    buttons->addWidget(m_print);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(details);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);
    MnemonicFocus::pointAll(this);

    m_commitTimer->setSingleShot(true);
    m_commitTimer->setInterval(kPauseBeforeSaving);
    connect(m_commitTimer, &QTimer::timeout, this, &LetterPane::commitEdit);
    connect(m_editor, &QTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_commitTimer->start();
        refreshJargon();
    });
    connect(m_parts, &QListWidget::currentRowChanged, this, [this] {
        if (!m_loading)
            showPart();
    });
    connect(m_draft, &QPushButton::clicked, this, &LetterPane::useDraft);
    connect(m_jargon, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        // Shows the word in the text, so it can be changed there.
        const QString words = item->data(Qt::UserRole).toString();
        QTextCursor found = m_editor->document()->find(words);
        if (!found.isNull()) {
            m_editor->setTextCursor(found);
            m_editor->setFocus(Qt::OtherFocusReason);
        }
    });
    for (QLineEdit *edit : {m_to, m_author, m_role})
        connect(edit, &QLineEdit::editingFinished, this, &LetterPane::commitDetails);
    connect(m_date, &QDateEdit::dateChanged, this, &LetterPane::commitDetails);
    connect(m_care, &QComboBox::currentIndexChanged, this, &LetterPane::commitDetails);
    connect(m_easyRead, &QCheckBox::toggled, this, &LetterPane::commitDetails);
    connect(m_named, &QListWidget::currentRowChanged, this, [this](int row) {
        m_loading = true;
        const QListWidgetItem *item = m_named->item(row);
        const bool person = item && item->data(Qt::UserRole).isValid();
        m_permission->setEnabled(person);
        if (person)
            m_permission->setCurrentIndex(item->data(Qt::UserRole + 1).toInt());
        m_loading = false;
        showPermissionHint();
    });
    m_editor->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_editor, &QTextEdit::customContextMenuRequested, this, &LetterPane::showEditorMenu);
    connect(m_permission, &QComboBox::currentIndexChanged, this, &LetterPane::choosePermission);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (const QString problem = saveAsPdf(); !problem.isEmpty())
            emit errorOccurred(problem);
    });
    connect(m_preview, &QPushButton::clicked, this, &LetterPane::preview);
    connect(m_print, &QPushButton::clicked, this, &LetterPane::print);
    connect(m_history, &QPushButton::clicked, this, &LetterPane::showHistory);
    setEnabled(false);
}

LetterPane::~LetterPane() = default;

void LetterPane::setCase(CaseModel *model, QUndoStack *stack)
{
    m_commitTimer->stop();
    m_doc.reset();
    m_model = model;
    m_stack = stack;
    if (m_model) {
        m_doc = std::make_unique<LetterDocument>(*m_model);
        connect(m_doc.get(), &LetterDocument::failed, this,
                [this](const StorageError &e) { emit errorOccurred(e.message()); });
        connect(m_doc.get(), &LetterDocument::reset, this, &LetterPane::reload);
        connect(m_doc.get(), &LetterDocument::changed, this, &LetterPane::reload);
        m_doc->load();
    }
    setEnabled(m_doc != nullptr);
    m_loading = true;
    m_parts->setCurrentRow(0);
    m_loading = false;
    reload();
}

LetterSection::Kind LetterPane::currentPart() const
{
    return LetterSection::Kind(std::max(0, m_parts->currentRow()));
}

void LetterPane::selectPart(LetterSection::Kind kind)
{
    m_parts->setCurrentRow(int(kind));
}

void LetterPane::reload()
{
    if (!m_doc) {
        m_loading = true;
        m_editor->clear();
        m_named->clear();
        m_jargon->clear();
        m_loading = false;
        return;
    }
    const LaterLifeLetter l = m_doc->letter();
    m_loading = true;
    if (!m_to->hasFocus())
        m_to->setText(l.to);
    if (!m_author->hasFocus())
        m_author->setText(l.author);
    if (!m_role->hasFocus())
        m_role->setText(l.authorRole);
    m_date->setDate(l.written.isValid() ? l.written : QDate::currentDate());
    m_care->setCurrentIndex(int(l.care));
    m_easyRead->setChecked(l.easyRead);
    m_loading = false;
    refreshParts();
    showPart();
    refreshNamed();
}

void LetterPane::refreshParts()
{
    const LaterLifeLetter l = m_doc ? m_doc->letter() : LaterLifeLetter().normalised();
    for (int k = 0; k < LetterSection::kKindCount; ++k) {
        const LetterSection s = l.section(LetterSection::Kind(k));
        const bool empty = LetterDocument::plainText(s.markdown).trimmed().isEmpty();
        const QString heading = LetterWords::heading(s.kind);
        m_parts->item(k)->setText(empty     ? tr("%1 (not started)").arg(heading)
                                  : s.draft ? tr("%1 (draft)").arg(heading)
                                            : heading);
    }
}

void LetterPane::showPart()
{
    const LetterSection::Kind kind = currentPart();
    const LetterSection s = m_doc ? m_doc->letter().section(kind) : LetterSection{kind, {}, false};
    m_heading->setText(LetterWords::heading(kind));
    m_guidance->setText(LetterWords::guidance(kind));
    m_banner->setVisible(s.draft);
    m_editor->setAccessibleName(LetterWords::heading(kind));
    // A screen reader hears that the words are still a draft, as the banner shows.
    m_editor->setAccessibleDescription(s.draft ? m_banner->text() + QLatin1Char(' ') +
                                                     LetterWords::guidance(kind)
                                               : LetterWords::guidance(kind));
    m_editor->setPlaceholderText(tr("Write to %1 in your own words, or start from the facts.")
                                     .arg(m_model ? m_model->child().displayName() : QString()));
    // Leaves what is being typed alone when it is what the letter already holds.
    if (m_editor->toMarkdown() != s.markdown &&
        !(s.markdown.isEmpty() && m_editor->toPlainText().trimmed().isEmpty())) {
        m_loading = true;
        m_editor->setMarkdown(s.markdown);
        m_loading = false;
    }
    m_status->clear();
    m_status->hide();
    refreshJargon();
}

void LetterPane::refreshJargon()
{
    m_jargon->clear();
    for (const JargonCheck::Term &t : m_highlighter->found()) {
        auto *item = new QListWidgetItem(tr("“%1”: %2").arg(t.words, t.plain), m_jargon);
        item->setData(Qt::UserRole, t.words);
    }
    if (m_jargon->count() == 0)
        m_jargon->addItem(tr("None found in this part."));
    refreshOutlook();
    const QString whole =
        m_doc ? LetterDocument::plainText(m_doc->letter()) : m_editor->toPlainText();
    const ReadingAge::Result r = ReadingAge::estimate(whole);
    if (r.words == 0)
        m_readingAge->setText(tr("Reading age: nothing written yet."));
    else if (r.age == 0)
        m_readingAge->setText(tr("Whole letter: %1 words, about %2 words a sentence.")
                                  .arg(r.words)
                                  .arg(qRound(r.wordsPerSentence())));
    else
        m_readingAge->setText(tr("Whole letter: %1 words. Reading age about %2 (a guide only: "
                                 "shorter sentences and words make it easier).")
                                  .arg(r.words)
                                  .arg(r.age));
}

void LetterPane::refreshNamed()
{
    const int row = m_named->currentRow();
    m_loading = true;
    m_named->clear();
    if (m_doc) {
        const LaterLifeLetter l = m_doc->letter();
        for (const LetterPermission &p : m_doc->namedNow(l)) {
            auto *item = new QListWidgetItem(
                tr("%1: %2").arg(p.name, LetterWords::statusName(p.status)), m_named);
            item->setData(Qt::UserRole, p.personId);
            item->setData(Qt::UserRole + 1, int(p.status));
        }
        const QStringList removed = m_doc->namedButRemoved(l);
        m_removed->setVisible(!removed.isEmpty());
        m_removed->setText(tr("Named in the letter but no longer in the story: %1. The words are "
                              "kept; check that they are still right.")
                               .arg(removed.join(tr(", "))));
    }
    if (m_named->count() == 0) {
        // A note, not an entry: greyed and not chosen, so it does not look like someone.
        auto *none = new QListWidgetItem(tr("Nobody named yet."), m_named);
        none->setFlags(Qt::ItemIsEnabled);
        none->setForeground(m_named->palette().brush(QPalette::PlaceholderText));
    }
    m_loading = false;
    // Someone is always chosen, so the permission box says whose it is and can be used.
    if (m_named->item(0)->flags() & Qt::ItemIsSelectable)
        m_named->setCurrentRow(row >= 0 && row < m_named->count() ? row : 0);
    showPermissionHint();
}

void LetterPane::showPermissionHint()
{
    const QListWidgetItem *item = m_named->currentItem();
    if (!m_doc || !item || !item->data(Qt::UserRole).isValid()) {
        m_permissionHint->clear();
        m_permissionHint->hide();
        return;
    }
    const std::optional<Person> p = m_model->person(item->data(Qt::UserRole).toLongLong());
    if (!p)
        return;
    using S = LetterPermission::Status;
    const auto status = S(item->data(Qt::UserRole + 1).toInt());
    QString hint;
    if (status == S::Given)
        hint = tr("Printed as written.");
    else if (status == S::Refused)
        hint = tr("Printed as “%1” instead of their name.").arg(LetterWords::rolePhrase(p->role));
    else if (p->fullName.contains(QLatin1Char(' ')))
        hint = tr("Until they agree, a full name is printed as “%1” only.")
                   .arg(LetterNames::firstName(*p));
    else
        hint = tr("Printed as written; a full name would need their permission.");
    m_permissionHint->setText(hint);
    m_permissionHint->show();
}

void LetterPane::refreshOutlook()
{
    if (!m_doc) {
        m_outlook->clear();
        return;
    }
    const LaterLifeLetter l = m_doc->letter();
    int drafts = 0;
    for (const LetterSection &s : l.sections) {
        if (s.draft && !LetterDocument::plainText(s.markdown).trimmed().isEmpty())
            ++drafts;
    }
    QSet<QString> words;
    const JargonCheck &check = m_highlighter->check();
    for (const JargonCheck::Hit &h : check.find(LetterDocument::plainText(l)))
        words.insert(check.terms().at(h.term).words.toLower());
    QStringList parts;
    if (drafts > 0)
        parts << (drafts == 1 ? tr("1 part is still a draft.")
                              : tr("%1 parts are still drafts.").arg(drafts));
    if (!words.isEmpty())
        parts << (words.size() == 1 ? tr("1 word a child may not know.")
                                    : tr("%1 words a child may not know.").arg(words.size()));
    m_outlook->setText(parts.join(QLatin1Char(' ')));
}

void LetterPane::showEditorMenu(const QPoint &position)
{
    std::unique_ptr<QMenu> menu(m_editor->createStandardContextMenu(position));
    const int at = m_editor->cursorForPosition(position).position();
    if (const std::optional<JargonCheck::Hit> h = m_highlighter->hitAt(at)) {
        const JargonCheck::Term term = m_highlighter->check().terms().at(h->term);
        QAction *first = menu->actions().value(0);
        // Short alternatives replace the word; longer ones are an explanation to add.
        const bool replaces = term.plain.count(QLatin1Char(' ')) < 3;
        auto *use = new QAction(replaces ? tr("Say “%1” instead").arg(term.plain)
                                         : tr("Explain it: add “(%1)”").arg(term.plain),
                                menu.get());
        connect(use, &QAction::triggered, this, [this, h = *h, term, replaces] {
            QTextCursor c(m_editor->document());
            c.setPosition(h.start);
            c.setPosition(h.start + h.length, QTextCursor::KeepAnchor);
            c.insertText(replaces ? term.plain
                                  : c.selectedText() + QStringLiteral(" (") + term.plain +
                                        QLatin1Char(')'));
        });
        menu->insertAction(first, use);
        menu->insertSeparator(first);
    }
    menu->exec(m_editor->viewport()->mapToGlobal(position));
}

LetterExport LetterPane::makeExport() const
{
    LetterExport letter(m_doc->letter(), m_model->people(), m_model->child().fullName);
    letter.setFilePage(m_filePage->isChecked());
    return letter;
}

void LetterPane::commitEdit()
{
    m_commitTimer->stop();
    if (!m_doc || !m_stack || m_loading)
        return;
    const LetterSection s = m_doc->letter().section(currentPart());
    const QString now = m_editor->toMarkdown();
    if (now == s.markdown || (s.markdown.isEmpty() && m_editor->toPlainText().trimmed().isEmpty()))
        return;
    Command::writeLetterSection(*m_stack, *m_doc, currentPart(), now);
}

void LetterPane::commitDetails()
{
    if (m_loading || !m_doc || !m_stack)
        return;
    LaterLifeLetter l = m_doc->letter();
    l.to = m_to->text().trimmed();
    l.author = m_author->text().trimmed();
    l.authorRole = m_role->text().trimmed();
    l.written = m_date->date();
    l.care = LaterLifeLetter::Care(m_care->currentData().toInt());
    l.easyRead = m_easyRead->isChecked();
    Command::setLetterDetails(*m_stack, *m_doc, l);
}

void LetterPane::choosePermission()
{
    if (m_loading || !m_doc || !m_stack)
        return;
    const QListWidgetItem *item = m_named->currentItem();
    if (!item || !item->data(Qt::UserRole).isValid())
        return;
    const ItemId id = item->data(Qt::UserRole).toLongLong();
    Command::setLetterPermission(*m_stack, *m_doc, id,
                                 LetterPermission::Status(m_permission->currentData().toInt()));
}

void LetterPane::useDraft()
{
    if (!m_doc || !m_stack)
        return;
    commitEdit();
    const LetterSection::Kind kind = currentPart();
    StorageError error;
    const CaseContent content = CaseContentIO::read(m_model->file(), false, &error);
    if (error) {
        emit errorOccurred(error.message());
        return;
    }
    const QStringList paragraphs = LetterDrafter(content, m_doc->letter().care).draft(kind);
    if (paragraphs.isEmpty()) {
        m_status->setText(tr("The story holds nothing for this part yet: write it in your own "
                             "words."));
        m_status->show();
        return;
    }
    const LetterSection s = m_doc->letter().section(kind);
    if (!LetterDocument::plainText(s.markdown).trimmed().isEmpty() && m_confirm &&
        !m_confirm(tr("Start from the facts"),
                   tr("Put a draft made from the facts in place of what is written in “%1”? "
                      "Undo brings your words back.")
                       .arg(LetterWords::heading(kind))))
        return;
    Command::useLetterDraft(*m_stack, *m_doc, kind, LetterDocument::markdownFrom(paragraphs));
    m_editor->setFocus(Qt::OtherFocusReason);
}

void LetterPane::fitHeadingFont()
{
    QFont headingFont = font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
}

void LetterPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        fitHeadingFont(); // Larger Text
    QWidget::changeEvent(event);
}

bool LetterPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::FocusOut)
        commitEdit();
    return QWidget::eventFilter(watched, event);
}

QString LetterPane::saveAsPdf()
{
    if (!m_doc)
        return {};
    commitEdit();
    const QString folder = m_model->file().isInMemory()
                               ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                               : QFileInfo(m_model->file().path()).absolutePath();
    const QString suggested =
        folder + QLatin1Char('/') + tr("Later life letter") + QStringLiteral(".pdf");
    const QString path = m_chooseFile
                             ? m_chooseFile(suggested)
                             : QFileDialog::getSaveFileName(this, tr("Save as PDF"), suggested,
                                                            tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return {};
    const LetterExport letter = makeExport();
    if (const QString problem = letter.writePdf(path); !problem.isEmpty())
        return problem;
    m_doc->recordOutput(tr("Saved as a PDF"), letter.printedText());
    emit exported(path);
    return {};
}

void LetterPane::preview()
{
    if (!m_doc)
        return;
    commitEdit();
    const LetterExport letter = makeExport();
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Preview: later life letter"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&letter](QPrinter *p) { letter.print(*p); });
    dialog.exec();
}

QString LetterPane::print()
{
    if (!m_doc)
        return {};
    commitEdit();
    const LetterExport letter = makeExport();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(tr("Later life letter"));
    if (!m_choosePrinter) {
        QPrintDialog dialog(&printer, this);
        dialog.setMinMax(1, 99); // a letter is a few pages; Qt would offer page 1 only
        if (dialog.exec() != QDialog::Accepted)
            return {};
    } else if (!m_choosePrinter(printer)) {
        return {};
    }
    // The same pages as the PDF, to a file or to the printer from memory (see PrintJob).
    QString problem;
    const QByteArray pdf = letter.pdfBytes(&problem);
    if (problem.isEmpty())
        problem = PrintJob::deliver(printer, pdf);
    if (!problem.isEmpty()) {
        emit errorOccurred(problem);
        return problem;
    }
    m_doc->recordOutput(tr("Printed"), letter.printedText());
    if (!printer.outputFileName().isEmpty())
        emit exported(printer.outputFileName()); // say where the file went
    else
        emit printed(printer.printerName());
    return {};
}

void LetterPane::showHistory()
{
    if (!m_doc)
        return;
    commitEdit();
    LetterHistoryDialog dialog(m_doc->versions(), this);
    dialog.exec();
}
