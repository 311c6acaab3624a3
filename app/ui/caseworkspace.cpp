// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseworkspace.h"

#include "aboutchilddialog.h"
#include "bookpane.h"
#include "casefile.h"
#include "casemodel.h"
#include "childcommands.h"
#include "dialogs.h"
#include "ecomappane.h"
#include "genogrampane.h"
#include "letterpane.h"
#include "mediarepository.h"
#include "movespane.h"
#include "placementrepository.h"
#include "timelinepane.h"
#include "voicepane.h"

#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

CaseWorkspace::CaseWorkspace(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_ecomap(new EcomapPane(m_tabs))
    , m_timeline(new TimelinePane(m_tabs))
    , m_moves(new MovesPane(m_tabs))
    , m_voice(new VoicePane(m_tabs))
    , m_books(new BookPane)
    , m_letter(new LetterPane)
    , m_family(new GenogramPane(m_tabs))
    , m_bookTabs(new QTabWidget(m_tabs))
{
    setObjectName(QStringLiteral("caseWorkspace"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setTextFormat(Qt::PlainText);

    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_ecomap, tr("People who matter"));
    m_ecomap->setConfirm([this](const QString &title, const QString &question) {
        return Dialogs::question(this, title, question, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) == QMessageBox::Yes;
    });
    m_ecomap->setChooseExportFile([this](const QString &title, const QString &suggested) {
        return Dialogs::saveFileName(this, title, suggested,
                                     tr("PNG picture (*.png);;SVG drawing (*.svg)"));
    });
    connect(m_ecomap, &EcomapPane::aboutChildRequested, this, &CaseWorkspace::editChild);
    connect(m_ecomap, &EcomapPane::errorOccurred, this,
            [this](const QString &message) { Dialogs::warning(this, tr("Belonging"), message); });
    m_tabs->addTab(m_timeline, tr("Timeline"));
    m_timeline->setConfirm([this](const QString &title, const QString &question) {
        return Dialogs::question(this, title, question, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) == QMessageBox::Yes;
    });
    connect(m_timeline, &TimelinePane::errorOccurred, this,
            [this](const QString &message) { Dialogs::warning(this, tr("Belonging"), message); });
    connect(m_timeline, &TimelinePane::saidRequested, this, [this](ItemId id) {
        showPane(Pane::Voice);
        m_voice->select(id);
        m_voice->table()->setFocus();
    });
    connect(m_timeline, &TimelinePane::placementsChanged, this,
            [this] { m_ecomap->setPlacementEndings(placementEndings()); });
    connect(m_timeline, &TimelinePane::planMoveRequested, this, [this](ItemId toPlacement) {
        showPane(Pane::Moves);
        if (toPlacement == kNoId)
            m_moves->planMove();
        else
            m_moves->editPlan(toPlacement);
    });
    m_tabs->addTab(m_moves, tr("Moves"));
    // A move still to come with a sibling or the carer undecided is seen from every tab.
    connect(m_moves, &MovesPane::warningChanged, this, [this](const QString &warning) {
        m_tabs->setTabText(m_tabs->indexOf(m_moves),
                           warning.isEmpty() ? tr("Moves") : tr("Moves (to plan)"));
        m_ecomap->setMoveWarning(warning);
    });
    connect(m_moves, &MovesPane::beforeAndAfterRequested, this,
            [this](const QString &title, QDate before, QDate after) {
                m_ecomap->showBeforeAndAfter(title, before, after);
            });
    m_tabs->addTab(m_voice, tr("My say"));
    m_voice->setConfirm([this](const QString &title, const QString &question) {
        return Dialogs::question(this, title, question, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) == QMessageBox::Yes;
    });
    // What waits for an answer is seen from every tab, not only from inside My say.
    connect(m_voice, &VoicePane::waitingChanged, this, [this](int waiting) {
        m_tabs->setTabText(m_tabs->indexOf(m_voice),
                           waiting > 0 ? tr("My say (%1 waiting)").arg(waiting) : tr("My say"));
    });
    connect(m_voice, &VoicePane::errorOccurred, this,
            [this](const QString &message) { Dialogs::warning(this, tr("Belonging"), message); });
    m_bookTabs->setDocumentMode(true);
    // With Larger Text the books' choices are taller than a laptop's screen leaves room for
    // under two rows of tabs: they scroll instead of pushing the window off the screen.
    auto *booksScroll = new QScrollArea(m_bookTabs);
    booksScroll->setWidget(m_books);
    booksScroll->setWidgetResizable(true);
    booksScroll->setFrameShape(QFrame::NoFrame);
    booksScroll->setFocusPolicy(Qt::NoFocus); // the choices inside take focus, not the frame
    booksScroll->setAccessibleName(tr("Books and packs"));
    m_bookTabs->addTab(booksScroll, tr("Books and packs"));
    m_bookTabs->addTab(m_letter, tr("Later life letter"));
    m_bookTabs->setAccessibleName(tr("Books and letters"));
    m_tabs->addTab(m_bookTabs, tr("Books"));
    m_tabs->addTab(m_family, tr("Family tree"));
    connect(m_family, &GenogramPane::errorOccurred, this,
            [this](const QString &message) { Dialogs::warning(this, tr("Belonging"), message); });
    connect(m_family, &GenogramPane::informed, this,
            [this](const QString &title, const QString &message) {
                Dialogs::information(this, title, message);
            });
    m_family->setChooseFiles(
        [this](const QString &title, const QString &) {
            return Dialogs::openFileName(this, title,
                                         tr("GEDCOM family trees (*.ged *.GED);;All files (*)"));
        },
        [this](const QString &title, const QString &suggested) {
            return Dialogs::saveFileName(this, title, suggested, tr("GEDCOM family trees (*.ged)"));
        });
    connect(m_books, &BookPane::exported, this,
            [this](const QString &path) { Dialogs::exportDone(this, path); });
    connect(m_books, &BookPane::errorOccurred, this,
            [this](const QString &message) { Dialogs::warning(this, tr("Belonging"), message); });
    connect(m_letter, &LetterPane::exported, this,
            [this](const QString &path) { Dialogs::exportDone(this, path); });
    const auto sent = [this](const QString &printer) {
        emit status(tr("Sent to the printer “%1”.").arg(printer));
    };
    connect(m_books, &BookPane::printed, this, sent);
    connect(m_letter, &LetterPane::printed, this, sent);
    connect(m_letter, &LetterPane::errorOccurred, this,
            [this](const QString &message) { Dialogs::warning(this, tr("Belonging"), message); });
    m_letter->setConfirm([this](const QString &title, const QString &question) {
        return Dialogs::question(this, title, question, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) == QMessageBox::Yes;
    });

    // The tabs have no Alt letters (they took letters the menus and panes need): Ctrl+1 to
    // Ctrl+5 switch, as the View menu and each tab's tip say.
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->setTabToolTip(
            i, QKeySequence(Qt::CTRL | (Qt::Key_1 + i)).toString(QKeySequence::NativeText));

    // The child's own space, one press from the story's front page.
    m_childModeButton = new QPushButton(tr("Child mode: the child's own space"), this);
    m_childModeButton->setMinimumHeight(44);
    m_childModeButton->setToolTip(tr("Big buttons and reading aloud for the child (Ctrl+8); "
                                     "leaving asks for the password"));
    connect(m_childModeButton, &QPushButton::clicked, this, &CaseWorkspace::childModeRequested);
    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_childModeButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
}

void CaseWorkspace::setChildName(const QString &name)
{
    m_heading->setText(name.isEmpty() ? QString() : tr("%1's story").arg(name));
    // The tabs' frame can take focus: a screen reader names it as the heading does.
    m_tabs->setAccessibleName(name.isEmpty() ? tr("The story") : tr("%1's story").arg(name));
}

QList<QDate> CaseWorkspace::placementEndings() const
{
    QList<QDate> endings;
    if (m_model) {
        for (const Placement &p : PlacementRepository(m_model->file()).all()) {
            if (!p.to.isUnknown())
                endings << p.to.representativeDay();
        }
    }
    return endings;
}

void CaseWorkspace::setCase(CaseModel *model, QUndoStack *stack)
{
    m_model = model;
    m_stack = stack;
    m_ecomap->setCase(model, stack, placementEndings());
    m_timeline->setCase(model, stack);
    m_moves->setCase(m_timeline->document(), stack);
    m_voice->setCase(model, stack);
    m_books->setCase(model);
    m_letter->setCase(model, stack);
    m_family->setCase(model, m_ecomap->document(), stack);
}

void CaseWorkspace::showLetter()
{
    showPane(Pane::Book);
    m_bookTabs->setCurrentWidget(m_letter);
}

void CaseWorkspace::editChild()
{
    if (!m_model || !m_stack)
        return;
    AboutChildDialog dialog(this);
    const ChildProfile before = m_model->child();
    const QImage photo =
        before.photoId == kNoId
            ? QImage()
            : QImage::fromData(MediaRepository(m_model->file()).thumbnail(before.photoId));
    dialog.setChild(before, photo);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Command::editChild(*m_stack, *m_model, dialog.child(), dialog.newPhoto(),
                       dialog.photoRemoved());
}

void CaseWorkspace::showPane(Pane pane)
{
    m_tabs->setCurrentIndex(int(pane));
}

CaseWorkspace::Pane CaseWorkspace::currentPane() const
{
    return Pane(m_tabs->currentIndex());
}
