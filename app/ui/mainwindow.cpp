// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "inactivitytimer.h"
#include "languages.h"
#include "lockscreen.h"
#include "look.h"

#include "casearchive.h"
#include "casecontentio.h"
#include "casefile.h"
#include "casemodel.h"
#include "caseworkspace.h"
#include "childmodeview.h"
#include "childrepository.h"
#include "commands.h"
#include "democase.h"
#include "dialogs.h"
#include "ecomappane.h"
#include "genogrampane.h"
#include "gettingstarted.h"
#include "guardeddialog.h"
#include "handoverdialog.h"
#include "handoverplan.h"
#include "handoverrepository.h"
#include "handoversheet.h"
#include "joinedlettersstyle.h"
#include "mergecommand.h"
#include "mergedialog.h"
#include "movespane.h"
#include "mypeoplepage.h"
#include "recentfiles.h"
#include "slowwork.h"
#include "timelinepane.h"
#include "voicepane.h"
#include "welcomepage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QCommandLinkButton>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryFile>
#include <QUndoStack>

MainWindow::MainWindow(QSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_recent(new RecentFiles(settings, this))
    , m_undoStack(new QUndoStack(this))
    , m_stack(new QStackedWidget(this))
    , m_welcome(new WelcomePage(m_stack))
    , m_workspace(new CaseWorkspace(m_stack))
    , m_lockScreen(new LockScreen(m_stack))
    , m_childMode(new ChildModeView(m_stack))
    , m_inactivity(new InactivityTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/belonging.svg")));
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_workspace);
    m_stack->addWidget(m_lockScreen);
    m_stack->addWidget(m_childMode);
    m_childMode->setCheckPassphrase([this](const QString &given) {
        return m_case && m_case->isPassphrase(SecureBytes::fromUtf8(given), m_kdf);
    });
    connect(m_childMode, &ChildModeView::leaveAllowed, this, &MainWindow::leaveChildMode);
    connect(m_workspace, &CaseWorkspace::childModeRequested, this, &MainWindow::enterChildMode);
    connect(m_lockScreen, &LockScreen::unlockRequested, this,
            [this](const QString &passphrase) { unlock(passphrase); });
    connect(m_lockScreen, &LockScreen::closeRequested, this, &MainWindow::closeCase);
    connect(m_workspace, &CaseWorkspace::status, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_inactivity, &InactivityTimer::inactive, this, [this] {
        if (hasOpenCase() && !m_case->isInMemory())
            lock();
    });
    setCentralWidget(m_stack);

    createActions();
    createMenus();
    GuardedDialog::setAskDiscard([](QWidget *asker) {
        return Dialogs::question(asker, GuardedDialog::discardTitle(),
                                 GuardedDialog::discardQuestion(),
                                 QMessageBox::Discard | QMessageBox::Cancel,
                                 QMessageBox::Cancel) == QMessageBox::Discard;
    });

    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::newCase);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::chooseAndOpen);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemo);
    connect(m_welcome, &WelcomePage::recentRequested, this, &MainWindow::openFile);
    connect(m_welcome, &WelcomePage::clearRecentRequested, m_recent, &RecentFiles::clear);
    connect(m_recent, &RecentFiles::changed, this, &MainWindow::updateRecentMenu);

    // The screen less room for a title bar, which the window manager adds outside our size.
    const QRect screenArea = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 720);
    const QSize room = screenArea.size() - QSize(0, 40);
    if (!restoreGeometry(m_settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(QSize(1200, 800).boundedTo(room));
    // Remembered on a bigger monitor, or opened on a small laptop: never larger than the
    // screen, so the window's edges and the status bar stay in sight.
    if (!isMaximized() && !isFullScreen() && (width() > room.width() || height() > room.height())) {
        resize(size().boundedTo(room));
        move(screenArea.topLeft());
    }
    restoreState(m_settings.value(QStringLiteral("window/state")).toByteArray());

    updateRecentMenu();
    setWindowTitle(tr("Belonging"));
    m_inactivity->setInterval(autoLockMinutes() * 60 * 1000);
    m_baseFont = QApplication::font();
    applyReadingSettings();
    updateActions();
    statusBar()->showMessage(tr("Ready"), 3000);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_newAction =
        new QAction(QIcon(QStringLiteral(":/icons/new-story.svg")), tr("&New Life Story…"), this);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setStatusTip(tr("Start a new life story in a new, protected file"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newCase);

    m_openAction =
        new QAction(QIcon(QStringLiteral(":/icons/open-story.svg")), tr("&Open Life Story…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open a life story file"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseAndOpen);

    m_demoAction =
        new QAction(QIcon(QStringLiteral(":/icons/demo-story.svg")), tr("Explore the &Demo"), this);
    m_demoAction->setStatusTip(tr("Open a made-up life story to look around"));
    connect(m_demoAction, &QAction::triggered, this, &MainWindow::openDemo);

    m_closeAction = new QAction(tr("&Close Life Story"), this);
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeCase);

    m_saveCopyAction = new QAction(tr("&Save a Copy…"), this);
    m_saveCopyAction->setShortcut(QKeySequence::SaveAs);
    m_saveCopyAction->setStatusTip(tr("Write an encrypted copy of this life story"));
    connect(m_saveCopyAction, &QAction::triggered, this, &MainWindow::saveCopy);
    m_handOverAction = new QAction(tr("&Hand Over a Copy…"), this);
    m_handOverAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_handOverAction->setStatusTip(
        tr("Make a copy for new carers, adopters, the young person, the family or a worker"));
    connect(m_handOverAction, &QAction::triggered, this, &MainWindow::handOver);
    m_exportAllAction = new QAction(tr("&Export Everything…"), this);
    m_exportAllAction->setStatusTip(
        tr("Save the whole story in an open format (a ZIP archive) that other programs can read"));
    connect(m_exportAllAction, &QAction::triggered, this, &MainWindow::exportEverything);
    m_importAction = new QAction(tr("&Import a Story…"), this);
    m_importAction->setStatusTip(tr("Make a new life story from an export"));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importExport);
    m_mergeAction = new QAction(tr("&Bring In Changes from Another Copy…"), this);
    m_mergeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_mergeAction->setStatusTip(
        tr("Add what was added and changed in another copy of this story (a worker's, or a "
           "copy handed over)"));
    connect(m_mergeAction, &QAction::triggered, this, &MainWindow::bringInChanges);
    m_importTreeAction = new QAction(tr("Bring In a Family &Tree (GEDCOM)…"), this);
    m_importTreeAction->setStatusTip(
        tr("Add the people in a family tree saved by a family history program"));
    connect(m_importTreeAction, &QAction::triggered, this, [this] {
        m_workspace->showPane(CaseWorkspace::Pane::Family);
        m_workspace->familyPane()->importTree();
    });
    m_exportTreeAction = new QAction(tr("Save the Family Tree as &GEDCOM…"), this);
    m_exportTreeAction->setStatusTip(
        tr("Save the family's shape (names, births, deaths, parents and partners) for a family "
           "history program"));
    connect(m_exportTreeAction, &QAction::triggered, this,
            [this] { m_workspace->familyPane()->exportTree(); });
    m_changePassphraseAction = new QAction(tr("Change &Passphrase…"), this);
    connect(m_changePassphraseAction, &QAction::triggered, this, &MainWindow::changePassphrase);

    m_lockAction = new QAction(tr("&Lock"), this);
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setStatusTip(tr("Close the life story now; its passphrase opens it again"));
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lock);

    m_rememberRecentAction = new QAction(tr("Remember Recent &Files"), this);
    m_rememberRecentAction->setCheckable(true);
    m_rememberRecentAction->setChecked(m_recent->isRemembering());
    m_rememberRecentAction->setStatusTip(
        tr("Turn off on a shared computer: file names often say whose story it is"));
    connect(m_rememberRecentAction, &QAction::toggled, this, [this](bool on) {
        m_recent->setRemembering(on);
        Dialogs::setPrivateFileDialogs(!on);
    });
    Dialogs::setPrivateFileDialogs(!m_recent->isRemembering());

    m_largerTextAction = new QAction(tr("&Larger Text"), this);
    m_largerTextAction->setCheckable(true);
    m_largerTextAction->setChecked(
        m_settings.value(QStringLiteral("accessibility/largerText"), false).toBool());
    m_easyReadAction = new QAction(tr("&Easy-Read Font"), this);
    m_easyReadAction->setCheckable(true);
    m_easyReadAction->setStatusTip(tr("Andika: letters designed to be easy to tell apart"));
    m_easyReadAction->setChecked(
        m_settings.value(QStringLiteral("accessibility/easyReadFont"), false).toBool());
    m_highContrastAction = new QAction(tr("&High Contrast"), this);
    m_highContrastAction->setCheckable(true);
    m_highContrastAction->setStatusTip(tr("White on black, with the chosen thing in yellow"));
    m_highContrastAction->setChecked(
        m_settings.value(QStringLiteral("accessibility/highContrast"), false).toBool());
    for (QAction *a : {m_largerTextAction, m_easyReadAction, m_highContrastAction})
        connect(a, &QAction::toggled, this, &MainWindow::applyReadingSettings);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
    // Ctrl+Shift+Z and Ctrl+Y alike, whatever the desktop's own habit.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &key :
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}) {
        if (!redoKeys.contains(key))
            redoKeys << key;
    }
    m_redoAction->setShortcuts(redoKeys);
    m_aboutChildAction = new QAction(tr("A&bout the Child…"), this);
    m_aboutChildAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_aboutChildAction->setStatusTip(tr("Their name, birthday, photo and all about them"));
    connect(m_aboutChildAction, &QAction::triggered, this, [this] { m_workspace->editChild(); });

    auto paneAction = [this](const QString &text, const QKeySequence &key,
                             CaseWorkspace::Pane pane) {
        auto *action = new QAction(text, this);
        action->setShortcut(key);
        connect(action, &QAction::triggered, this, [this, pane] { m_workspace->showPane(pane); });
        return action;
    };
    m_ecomapAction = paneAction(tr("&People Who Matter"), QKeySequence(Qt::CTRL | Qt::Key_1),
                                CaseWorkspace::Pane::Ecomap);
    m_timelineAction = paneAction(tr("&Timeline"), QKeySequence(Qt::CTRL | Qt::Key_2),
                                  CaseWorkspace::Pane::Timeline);
    m_movesAction =
        paneAction(tr("&Moves"), QKeySequence(Qt::CTRL | Qt::Key_3), CaseWorkspace::Pane::Moves);
    m_voiceAction =
        paneAction(tr("My &Say"), QKeySequence(Qt::CTRL | Qt::Key_4), CaseWorkspace::Pane::Voice);
    m_bookAction =
        paneAction(tr("&Books"), QKeySequence(Qt::CTRL | Qt::Key_5), CaseWorkspace::Pane::Book);
    m_familyAction = paneAction(tr("&Family Tree"), QKeySequence(Qt::CTRL | Qt::Key_7),
                                CaseWorkspace::Pane::Family);
    m_childModeAction = new QAction(tr("&Child Mode"), this);
    m_childModeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_8));
    m_childModeAction->setStatusTip(tr("A space for the child, with big buttons and reading "
                                       "aloud; leaving it asks for the password"));
    connect(m_childModeAction, &QAction::triggered, this, &MainWindow::enterChildMode);
    m_letterAction = new QAction(tr("Later Life Lette&r"), this);
    m_letterAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_6));
    connect(m_letterAction, &QAction::triggered, this, [this] { m_workspace->showLetter(); });

    m_guideAction = new QAction(tr("&Getting Started"), this);
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    connect(m_guideAction, &QAction::triggered, this, [this] {
        // One guide, left open beside the window while the steps are followed.
        auto *guide = findChild<GettingStarted *>();
        if (!guide) {
            guide = new GettingStarted(this);
            guide->setAttribute(Qt::WA_DeleteOnClose);
        }
        guide->show();
        guide->raise();
        guide->activateWindow();
    });
    m_aboutAction = new QAction(tr("&About Belonging"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(m_demoAction);
    file->addSeparator();
    file->addAction(m_saveCopyAction);
    file->addAction(m_handOverAction);
    file->addAction(m_exportAllAction);
    file->addAction(m_importAction);
    file->addAction(m_mergeAction);
    file->addAction(m_importTreeAction);
    file->addAction(m_exportTreeAction);
    file->addAction(m_changePassphraseAction);
    file->addSeparator();
    file->addAction(m_lockAction);
    m_autoLockMenu = file->addMenu(tr("Lock &Automatically"));
    auto *choices = new QActionGroup(m_autoLockMenu);
    const int current = autoLockMinutes();
    for (int minutes : {5, 10, 15, 30, 0}) {
        QAction *a = m_autoLockMenu->addAction(
            minutes == 0 ? tr("&Never") : tr("After %1 minutes of no use").arg(minutes));
        a->setCheckable(true);
        a->setChecked(minutes == current);
        choices->addAction(a);
        connect(a, &QAction::triggered, this, [this, minutes] { setAutoLockMinutes(minutes); });
    }
    file->addAction(m_rememberRecentAction);
    file->addAction(m_closeAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_aboutChildAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_ecomapAction);
    view->addAction(m_timelineAction);
    view->addAction(m_movesAction);
    view->addAction(m_voiceAction);
    view->addAction(m_bookAction);
    view->addAction(m_letterAction);
    view->addAction(m_familyAction);
    view->addSeparator();
    view->addAction(m_childModeAction);
    view->addSeparator();
    view->addAction(m_largerTextAction);
    view->addAction(m_easyReadAction);
    view->addAction(m_highContrastAction);
    QMenu *language = view->addMenu(tr("Lan&guage"));
    auto *languages = new QActionGroup(language);
    const QString chosen = m_settings.value(QStringLiteral("language")).toString();
    QList<Languages::Language> options = Languages::available();
    options.prepend({QString(), tr("As the computer is set")});
    for (const Languages::Language &l : options) {
        QAction *a = language->addAction(l.nativeName);
        a->setCheckable(true);
        a->setChecked(l.code == chosen);
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = l.code] {
            m_settings.setValue(QStringLiteral("language"), code);
            statusBar()->showMessage(tr("Belonging will use this language when it next starts."),
                                     8000);
        });
    }

    // Every toolbar command is in a menu too, with its shortcut shown beside it.
    auto commandMenu = [this](const QString &title, const QList<QAction *> &commands) {
        QMenu *menu = menuBar()->addMenu(title);
        for (QAction *a : commands) {
            if (a)
                menu->addAction(a);
            else
                menu->addSeparator();
        }
        m_commandMenus << menu;
    };
    commandMenu(tr("&People"), m_workspace->ecomapPane()->commands());
    commandMenu(tr("&Timeline"), m_workspace->timelinePane()->commands());
    commandMenu(tr("&Moves"), m_workspace->movesPane()->commands());
    // A pane's menu shows with its pane, as its toolbar does: the menu bar's Alt letters then
    // only have to differ from the pane on screen.
    connect(m_workspace->tabs(), &QTabWidget::currentChanged, this,
            &MainWindow::updateCommandMenus);
    updateCommandMenus();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_guideAction);
    help->addSeparator();
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::updateRecentMenu()
{
    // While locked, file names (often the child's name) stay out of sight.
    const QStringList paths = isLocked() ? QStringList() : m_recent->paths();
    m_welcome->setRecentFiles(paths);
    m_recentMenu->clear();
    int number = 1;
    for (const QString &path : paths) {
        const QString label =
            number <= 9
                ? QStringLiteral("&%1 %2").arg(number).arg(QFileInfo(path).completeBaseName())
                : QFileInfo(path).completeBaseName();
        QAction *action = m_recentMenu->addAction(label);
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
        ++number;
    }
    if (!paths.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear List"), m_recent, &RecentFiles::clear);
    }
    m_recentMenu->setEnabled(!paths.isEmpty());
}

void MainWindow::updateCommandMenus()
{
    const int pane = m_workspace->tabs()->currentIndex();
    const QList<int> panes = {int(CaseWorkspace::Pane::Ecomap), int(CaseWorkspace::Pane::Timeline),
                              int(CaseWorkspace::Pane::Moves)};
    for (qsizetype i = 0; i < m_commandMenus.size(); ++i)
        m_commandMenus[i]->menuAction()->setVisible(hasOpenCase() && panes.value(i) == pane);
}

void MainWindow::updateActions()
{
    const bool open = hasOpenCase();
    m_closeAction->setEnabled(open);
    m_recentMenu->setEnabled(!isLocked() && !m_recent->paths().isEmpty());
    m_saveCopyAction->setEnabled(open);
    m_handOverAction->setEnabled(open);
    m_exportAllAction->setEnabled(open);
    m_mergeAction->setEnabled(open);
    m_importTreeAction->setEnabled(open);
    m_exportTreeAction->setEnabled(open);
    m_changePassphraseAction->setEnabled(open && !m_case->isInMemory());
    m_lockAction->setEnabled(open && !m_case->isInMemory());
    for (QAction *a : {m_ecomapAction, m_timelineAction, m_movesAction, m_voiceAction, m_bookAction,
                       m_letterAction, m_familyAction, m_aboutChildAction, m_childModeAction})
        a->setEnabled(open);
    updateCommandMenus();
}

bool MainWindow::hasOpenCase() const
{
    return m_case != nullptr;
}

void MainWindow::showError(const QString &title, const QString &message)
{
    Dialogs::warning(this, title, message);
}

void MainWindow::newCase()
{
    const QString title = tr("Start a new life story");
    const auto story = Dialogs::newStory(this);
    if (!story || story->name.isEmpty())
        return;
    QString path = QDir::home().filePath(story->name + QStringLiteral(".belonging"));
    // A place that cannot be written is found now, before the passphrase, and the choice is
    // offered again (the name and birthday are kept).
    for (;;) {
        path = Dialogs::saveFileName(this, title, path, tr("Life stories (*.belonging)"));
        if (path.isEmpty())
            return;
        if (!path.endsWith(QLatin1String(".belonging")))
            path += QStringLiteral(".belonging");
        QTemporaryFile probe(QFileInfo(path).absolutePath() + QStringLiteral("/.belonging-XXXXXX"));
        if (probe.open())
            break;
        showError(title, StorageError(StorageError::Kind::ReadOnlyLocation).message());
    }
    auto passphrase = Dialogs::passphrase(this, PassphraseDialog::Mode::Create, story->name, {});
    if (!passphrase)
        return;
    const SecureBytes secret = SecureBytes::fromUtf8(*passphrase);
    SecureBytes::wipe(*passphrase);

    StorageError error;
    if (QFileInfo::exists(path)) { // chosen in a dialog that asked to replace it: refused
        showError(title, StorageError(StorageError::Kind::FileExists).message());
        return;
    }
    CaseFile::Key key;
    SlowWork::run(this, tr("Protecting the new life story with its passphrase…"),
                  [&] { key = CaseFile::newKey(secret, m_kdf); });
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto file = CaseFile::create(path, key, &error);
    if (file) {
        ChildProfile child;
        child.fullName = story->name;
        child.knownAs = story->name;
        child.born = story->born;
        error = ChildRepository(*file).save(child);
    }
    QApplication::restoreOverrideCursor();
    if (!file || error) {
        // Nothing was there to lose: "the last change was not saved" would puzzle.
        showError(title, error.kind() == StorageError::Kind::DiskFull
                             ? tr("The disk is full, so the new life story could not be made "
                                  "there. Free some space, or choose another place.")
                             : error.message());
        return;
    }
    m_recent->add(path);
    showCase(std::move(file), QFileInfo(path).completeBaseName());
}

void MainWindow::saveCopy()
{
    if (!m_case)
        return;
    const QString title = tr("Save a copy");
    const QString folder =
        m_case->isInMemory() ? QDir::homePath() : QFileInfo(m_case->path()).absolutePath();
    const QString child = m_model ? m_model->child().displayName() : QString();
    QString path = Dialogs::saveFileName(
        this, title,
        QDir(folder).filePath(tr("%1 – copy").arg(child.isEmpty() ? tr("Life story") : child) +
                              QStringLiteral(".belonging")),
        tr("Life stories (*.belonging)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".belonging")))
        path += QStringLiteral(".belonging");
    if (QFileInfo::exists(path)) { // a dialog that asked to replace it: never replaced
        showError(title, StorageError(StorageError::Kind::FileExists).message());
        return;
    }
    // A copy gets its own passphrase, so it can be handed on without sharing this one.
    auto passphrase = Dialogs::passphrase(this, PassphraseDialog::Mode::NewCopy,
                                          QFileInfo(path).completeBaseName(), {});
    if (!passphrase)
        return;
    const SecureBytes secret = SecureBytes::fromUtf8(*passphrase);
    SecureBytes::wipe(*passphrase);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const StorageError error = m_case->saveCopy(path, &secret, m_kdf);
    QApplication::restoreOverrideCursor();
    if (error) {
        showError(title, error.message());
        return;
    }
    statusBar()->showMessage(tr("Saved an encrypted copy: “%1”, in the folder “%2”.")
                                 .arg(QFileInfo(path).fileName(),
                                      QDir::toNativeSeparators(QFileInfo(path).absolutePath())),
                             10000);
}

void MainWindow::handOver()
{
    if (!m_case || !m_model)
        return;
    const QString title = tr("Hand over a copy");
    StorageError error;
    const CaseContent content = CaseContentIO::read(*m_case, false, &error);
    if (error) {
        showError(title, error.message());
        return;
    }
    const QString fromKey = QStringLiteral("handover/from");
    HandoverDialog dialog(content, m_settings.value(fromKey).toString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const HandoverWriter::Request request = dialog.request();
    m_settings.setValue(fromKey, request.from); // the sender's own name, offered next time

    const QString child = m_model->child().displayName();
    const QString folder =
        m_case->isInMemory() ? QDir::homePath() : QFileInfo(m_case->path()).absolutePath();
    QString path =
        QDir(folder).filePath(tr("%1 – copy for %2")
                                  .arg(child.isEmpty() ? tr("Life story") : child,
                                       HandoverPlan::receiverName(request.receiver).toLower()) +
                              QStringLiteral(".belonging"));
    path = Dialogs::saveFileName(this, title, path, tr("Life stories (*.belonging)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".belonging")))
        path += QStringLiteral(".belonging");
    if (QFileInfo::exists(path)) { // a dialog that asked to replace it: never replaced
        showError(title, StorageError(StorageError::Kind::FileExists).message());
        return;
    }
    auto passphrase = Dialogs::handoverPassphrase(this, QFileInfo(path).completeBaseName());
    if (!passphrase)
        return;
    const SecureBytes secret = SecureBytes::fromUtf8(*passphrase);
    SecureBytes::wipe(*passphrase);
    CaseFile::Key key;
    SlowWork::run(this, tr("Protecting the copy with its passphrase…"),
                  [&] { key = CaseFile::newKey(secret, m_kdf); });
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const HandoverWriter::Outcome out = HandoverWriter::write(*m_case, request, path, key);
    QApplication::restoreOverrideCursor();
    if (out.error) {
        showError(title, out.error.kind() == StorageError::Kind::DiskFull
                             ? tr("The disk is full, so the copy could not be made there, and "
                                  "nothing was left behind. Free some space, or choose another "
                                  "place.")
                             : out.error.message());
        return;
    }
    const QString receiver = HandoverPlan::receiverName(request.receiver);
    statusBar()->showMessage(tr("Made the copy for: %1.").arg(receiver), 10000);
    const bool wantsSheet = Dialogs::offerHandoverSheet(
        this, title,
        tr("The copy is made: “%1”, in the folder “%2”.\n\nGive them the file and, "
           "separately, its passphrase. You can save a hand-over sheet to print for the "
           "records: it lists what the copy holds and what stayed here, never the passphrase.")
            .arg(QFileInfo(path).fileName(),
                 QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
    if (!wantsSheet)
        return;
    const HandoverSheet sheet(out.record, out.summary, QFileInfo(path).fileName(), child);
    QString sheetPath =
        Dialogs::saveFileName(this, tr("Save the hand-over sheet"),
                              QDir(QFileInfo(path).absolutePath())
                                  .filePath(tr("Hand-over sheet for %1").arg(receiver.toLower()) +
                                            QStringLiteral(".pdf")),
                              tr("PDF documents (*.pdf)"));
    if (sheetPath.isEmpty())
        return;
    if (!sheetPath.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        sheetPath += QStringLiteral(".pdf");
    if (const QString problem = sheet.writePdf(sheetPath); !problem.isEmpty()) {
        showError(tr("Save the hand-over sheet"), problem);
        return;
    }
    Dialogs::exportDone(this, sheetPath);
}

void MainWindow::exportEverything()
{
    if (!m_case || !m_model)
        return;
    const QString title = tr("Export everything");
    const QString child = m_model->child().displayName();
    const auto protect = Dialogs::question(
        this, title,
        tr("Protect the export with a passphrase? It holds the whole story, with its pictures, "
           "in an open format other programs can read. With a passphrase, 7-Zip and other "
           "archive programs open it; without one, anybody who has the file can read it all."),
        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
    if (protect == QMessageBox::Cancel)
        return;
    if (protect == QMessageBox::No &&
        Dialogs::question(this, title,
                          tr("Save it without a passphrase? Anybody who gets the file — on a "
                             "lost memory stick, in an email — can read everything in it, "
                             "private items and addresses too."),
                          QMessageBox::Save | QMessageBox::Cancel,
                          QMessageBox::Cancel) != QMessageBox::Save)
        return;
    const QString folder =
        m_case->isInMemory() ? QDir::homePath() : QFileInfo(m_case->path()).absolutePath();
    QString path = Dialogs::saveFileName(
        this, title,
        QDir(folder).filePath(
            tr("%1 – everything").arg(child.isEmpty() ? tr("Life story") : child) +
            QStringLiteral(".zip")),
        tr("ZIP archives (*.zip)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
        path += QStringLiteral(".zip");
    QByteArray passphrase;
    if (protect == QMessageBox::Yes) {
        auto typed = Dialogs::passphrase(this, PassphraseDialog::Mode::NewCopy,
                                         QFileInfo(path).completeBaseName(), {});
        if (!typed)
            return;
        passphrase = typed->toUtf8();
        SecureBytes::wipe(*typed);
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString problem = CaseArchive::write(*m_case, path, passphrase);
    QApplication::restoreOverrideCursor();
    passphrase.fill('\0');
    if (!problem.isEmpty()) {
        showError(title, problem);
        return;
    }
    statusBar()->showMessage(tr("Exported everything to “%1”.").arg(QFileInfo(path).fileName()),
                             10000);
    Dialogs::exportDone(this, path);
}

void MainWindow::importExport()
{
    const QString title = tr("Import a story");
    const QString archive =
        Dialogs::openFileName(this, title, tr("Exported stories (*.zip);;All files (*)"));
    if (archive.isEmpty())
        return;
    QByteArray passphrase;
    QString retry;
    CaseArchive::ReadResult read;
    for (;;) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        read = CaseArchive::read(archive, passphrase);
        QApplication::restoreOverrideCursor();
        passphrase.fill('\0');
        if (read.problem != CaseArchive::Problem::NeedsPassphrase &&
            read.problem != CaseArchive::Problem::WrongPassphrase)
            break;
        if (read.problem == CaseArchive::Problem::WrongPassphrase)
            retry = read.error;
        auto typed = Dialogs::passphrase(this, PassphraseDialog::Mode::Open,
                                         QFileInfo(archive).completeBaseName(), retry);
        if (!typed)
            return;
        passphrase = typed->toUtf8();
        SecureBytes::wipe(*typed);
    }
    if (!read.ok()) {
        showError(title, read.error);
        return;
    }
    // Where the new story goes: a name of its own, never the story it may have come from
    // (from a trial: the dialog offered the original's name).
    const QString child = read.content.child.displayName();
    QString path =
        QDir(QFileInfo(archive).absolutePath())
            .filePath(tr("%1 (brought in)").arg(child.isEmpty() ? tr("Life story") : child) +
                      QStringLiteral(".belonging"));
    path = Dialogs::saveFileName(this, tr("Where to keep the story brought in"), path,
                                 tr("Life stories (*.belonging)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".belonging")))
        path += QStringLiteral(".belonging");
    if (QFileInfo::exists(path)) {
        showError(title, StorageError(StorageError::Kind::FileExists).message());
        return;
    }
    auto typed = Dialogs::passphrase(this, PassphraseDialog::Mode::Create,
                                     QFileInfo(path).completeBaseName(), {});
    if (!typed)
        return;
    const SecureBytes secret = SecureBytes::fromUtf8(*typed);
    SecureBytes::wipe(*typed);
    CaseFile::Key key;
    SlowWork::run(this, tr("Protecting the new life story with its passphrase…"),
                  [&] { key = CaseFile::newKey(secret, m_kdf); });
    QApplication::setOverrideCursor(Qt::WaitCursor);
    StorageError error = CaseArchive::createCase(path, key, read.content);
    std::unique_ptr<CaseFile> file;
    if (!error)
        file = CaseFile::open(path, key, &error);
    QApplication::restoreOverrideCursor();
    if (!file) {
        showError(title, error.message());
        return;
    }
    m_recent->add(path);
    showCase(std::move(file), QFileInfo(path).completeBaseName());
    statusBar()->showMessage(
        tr("Brought the story in from “%1” as a new story.").arg(QFileInfo(archive).fileName()),
        10000);
}

void MainWindow::bringInChanges()
{
    if (!m_case || !m_model)
        return;
    const QString title = tr("Bring in changes");
    const QString path =
        Dialogs::openFileName(this, title, tr("Life stories (*.belonging);;All files (*)"));
    if (path.isEmpty())
        return;
    if (!m_case->isInMemory() &&
        QFileInfo(path).canonicalFilePath() == QFileInfo(m_case->path()).canonicalFilePath()) {
        showError(title, tr("That is the story you have open. Choose the other person's copy "
                            "of it."));
        return;
    }
    if (StorageError e = CaseFile::identify(path)) {
        showError(title, e.message());
        return;
    }
    std::unique_ptr<CopyMerge> merge;
    QString retry;
    for (;;) {
        auto typed = Dialogs::passphrase(this, PassphraseDialog::Mode::OtherCopy,
                                         QFileInfo(path).completeBaseName(), retry);
        if (!typed)
            return;
        const SecureBytes secret = SecureBytes::fromUtf8(*typed);
        SecureBytes::wipe(*typed);
        CaseFile::Key key;
        SlowWork::run(this, tr("Opening the other copy…"),
                      [&] { key = CaseFile::keyFor(path, secret, m_kdf); });
        QApplication::setOverrideCursor(Qt::WaitCursor);
        merge = CopyMerge::prepare(*m_case, path, key);
        QApplication::restoreOverrideCursor();
        if (merge->problem != CopyMerge::Problem::CannotOpen ||
            merge->error.kind() != StorageError::Kind::WrongPassphrase)
            break;
        retry = merge->message();
    }
    if (merge->problem != CopyMerge::Problem::None) {
        showError(title, merge->message());
        return;
    }
    const QString otherName = QFileInfo(path).fileName();
    if (merge->plan.isEmpty()) {
        Dialogs::question(this, title,
                          tr("Nothing new to bring in from “%1”: everything changed there is "
                             "already here, or was decided before.")
                              .arg(otherName),
                          QMessageBox::Ok, QMessageBox::Ok);
        return;
    }
    const QString thisName =
        m_case->isInMemory() ? tr("the demo") : QFileInfo(m_case->path()).completeBaseName();
    MergeDialog dialog(*merge, thisName, QFileInfo(path).completeBaseName(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const MergeWriter::Outcome out = merge->bringIn(*m_case);
    merge.reset(); // the other copy closes
    QApplication::restoreOverrideCursor();
    if (out.error) {
        showError(title, out.error.kind() == StorageError::Kind::DiskFull
                             ? tr("The disk is full, so nothing was brought in: this copy is "
                                  "just as it was. Free some space and try again.")
                             : out.error.message());
        return;
    }
    // The views are rebuilt from the file, so undo steps from before (which belong to the old
    // views) go; the merge itself is one step that Undo takes back.
    m_undoStack->clear();
    reloadCase();
    m_undoStack->push(new MergeCommand(
        *m_case, out.undo, [this] { reloadCase(); },
        [this](const StorageError &e) { showError(tr("Belonging"), e.message()); }));
    statusBar()->showMessage(
        tr("Brought in the changes from “%1”. Edit › Undo takes them all back.").arg(otherName),
        15000);
}

void MainWindow::reloadCase()
{
    if (!m_case || !m_model)
        return;
    const auto pane = m_workspace->currentPane();
    m_workspace->setCase(nullptr, nullptr);
    m_model->load();
    m_workspace->setCase(m_model.get(), m_undoStack);
    updateChildName();
    m_workspace->showPane(pane);
}

void MainWindow::showHandoverLetter()
{
    if (!m_case)
        return;
    HandoverRepository handovers(*m_case);
    const auto letter = handovers.unreadLetter();
    if (!letter)
        return;
    Dialogs::handoverLetter(this, *letter);
    if (StorageError e = handovers.markRead(letter->id))
        showError(tr("Belonging"), e.message());
}

void MainWindow::changePassphrase()
{
    if (!m_case || m_case->isInMemory())
        return;
    // Whoever finds the story unlocked must not be able to lock its owner out of it.
    const QString name = QFileInfo(m_case->path()).completeBaseName();
    QString problem;
    for (int attempt = 0;; ++attempt) {
        auto current = Dialogs::passphrase(this, PassphraseDialog::Mode::Current, name, problem);
        if (!current)
            return;
        const SecureBytes secret = SecureBytes::fromUtf8(*current);
        SecureBytes::wipe(*current);
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const bool right = m_case->isPassphrase(secret, m_kdf);
        QApplication::restoreOverrideCursor();
        if (right)
            break;
        if (attempt == 2) {
            showError(tr("Change passphrase"),
                      tr("That is not the passphrase of this story, so it has not been changed."));
            return;
        }
        problem = tr("That is not the passphrase of this story. Try again.");
    }
    auto passphrase = Dialogs::passphrase(this, PassphraseDialog::Mode::Create, name, {});
    if (!passphrase)
        return;
    const SecureBytes secret = SecureBytes::fromUtf8(*passphrase);
    SecureBytes::wipe(*passphrase);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const StorageError error = m_case->changePassphrase(secret, m_kdf);
    QApplication::restoreOverrideCursor();
    if (error) {
        showError(tr("Change passphrase"), error.message());
        if (!m_case->isOpen())
            closeCase();
        return;
    }
    statusBar()->showMessage(tr("The passphrase has been changed."), 5000);
}

void MainWindow::chooseAndOpen()
{
    // Where the last story opened lives: carers keep their stories together.
    const QStringList recent = m_recent->paths();
    const QString folder = recent.isEmpty() ? QString() : QFileInfo(recent.first()).absolutePath();
    const QString path = Dialogs::openFileName(
        this, tr("Open a life story"), tr("Life stories (*.belonging);;All files (*)"), folder);
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::openFile(const QString &path)
{
    const QString title = tr("Open a life story");
    if (!QFileInfo::exists(path)) {
        showError(title, tr("That file is not there any more. It may have been moved, renamed "
                            "or deleted."));
        m_recent->remove(path);
        return false;
    }
    if (const StorageError problem = CaseFile::identify(path)) {
        showError(title, problem.message());
        return false;
    }
    if (m_case && m_case->path() == QFileInfo(path).absoluteFilePath())
        return true; // already open here
    QString retry;
    for (;;) {
        auto passphrase = Dialogs::passphrase(this, PassphraseDialog::Mode::Open,
                                              QFileInfo(path).completeBaseName(), retry);
        if (!passphrase)
            return false;
        const SecureBytes secret = SecureBytes::fromUtf8(*passphrase);
        SecureBytes::wipe(*passphrase);
        StorageError error;
        CaseFile::Key key;
        SlowWork::run(this, tr("Unlocking the life story…"),
                      [&] { key = CaseFile::keyFor(path, secret, m_kdf); });
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto file = CaseFile::open(path, key, &error);
        QApplication::restoreOverrideCursor();
        if (file) {
            m_recent->add(path);
            showCase(std::move(file), QFileInfo(path).completeBaseName());
            return true;
        }
        if (error.kind() != StorageError::Kind::WrongPassphrase) {
            showError(title, error.message());
            return false;
        }
        retry = error.message();
    }
}

void MainWindow::openDemo()
{
    // The demo lives in an encrypted in-memory case: same storage, nothing written to disk.
    StorageError error;
    auto file = CaseFile::createInMemory(&error);
    if (file) {
        CaseContent demo = DemoCase::build();
        error = CaseContentIO::write(*file, demo);
    }
    if (!file || error) {
        showError(tr("Explore the demo"), error.message());
        return;
    }
    showCase(std::move(file), tr("Demo"));
}

void MainWindow::showCase(std::unique_ptr<CaseFile> file, const QString &windowTitle)
{
    closeCase();
    m_case = std::move(file);
    m_model = std::make_unique<CaseModel>(*m_case);
    connect(m_model.get(), &CaseModel::failed, this,
            [this](const StorageError &e) { showError(tr("Belonging"), e.message()); });
    m_model->load();
    m_workspace->setCase(m_model.get(), m_undoStack);
    updateChildName();
    connect(m_model.get(), &CaseModel::childChanged, this, &MainWindow::updateChildName);
    // Every edit is written at once; say so, so nobody looks for a Save button.
    connect(m_model.get(), &CaseModel::saved, this,
            [this] { statusBar()->showMessage(tr("All changes saved"), 4000); });
    m_workspace->showPane(CaseWorkspace::Pane::Ecomap);
    m_stack->setCurrentWidget(m_workspace);
    m_caseTitle = windowTitle;
    setWindowTitle(tr("%1 — Belonging").arg(windowTitle));
    updateRecentMenu();
    updateActions();
    showHandoverLetter(); // a copy handed over: its letter, the first time it is opened
}

void MainWindow::updateChildName()
{
    const QString name = m_model ? m_model->child().displayName() : QString();
    m_workspace->setChildName(name);
    m_aboutChildAction->setText(name.isEmpty() ? tr("A&bout the Child…")
                                               : tr("A&bout %1…").arg(name));
}

void MainWindow::applyReadingSettings()
{
    m_settings.setValue(QStringLiteral("accessibility/largerText"),
                        m_largerTextAction->isChecked());
    m_settings.setValue(QStringLiteral("accessibility/easyReadFont"),
                        m_easyReadAction->isChecked());
    m_settings.setValue(QStringLiteral("accessibility/highContrast"),
                        m_highContrastAction->isChecked());
    Look::setHighContrast(m_highContrastAction->isChecked());
    JoinedLettersStyle::install();
    // The Fusion style draws frames and tick boxes a shade darker than the window, which on
    // black is invisible: in high contrast they get white outlines, and a tick is yellow.
    qApp->setStyleSheet(
        m_highContrastAction->isChecked()
            ? QStringLiteral(
                  "QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, "
                  "QAbstractItemView, QPushButton, QToolButton:hover { border: 1px solid white; }"
                  "QPushButton { padding: 4px 12px; }"
                  "QPushButton:focus, QLineEdit:focus, QTextEdit:focus, QPlainTextEdit:focus,"
                  " QComboBox:focus, QAbstractItemView:focus { border: 2px solid #ffe000; }"
                  "QCheckBox::indicator, QRadioButton::indicator, QGroupBox::indicator,"
                  " QAbstractItemView::indicator { width: 12px; height: 12px;"
                  " border: 2px solid white; background: black; }"
                  "QRadioButton::indicator { border-radius: 8px; }"
                  "QCheckBox::indicator:checked, QRadioButton::indicator:checked,"
                  " QGroupBox::indicator:checked, QAbstractItemView::indicator:checked"
                  " { background: #ffe000; }")
            : QString());
    QFont font = m_baseFont;
    if (m_easyReadAction->isChecked() &&
        QFontDatabase::families().contains(QStringLiteral("Andika")))
        font.setFamily(QStringLiteral("Andika"));
    if (m_largerTextAction->isChecked()) {
        if (font.pointSizeF() > 0)
            font.setPointSizeF(font.pointSizeF() * 1.3);
        else
            font.setPixelSize(int(font.pixelSize() * 1.3));
    }
    QApplication::setFont(font);
}

int MainWindow::autoLockMinutes() const
{
    return m_settings.value(QStringLiteral("privacy/autoLockMinutes"), 10).toInt();
}

void MainWindow::setAutoLockMinutes(int minutes)
{
    m_settings.setValue(QStringLiteral("privacy/autoLockMinutes"), minutes);
    m_inactivity->setInterval(minutes * 60 * 1000);
}

namespace {

// While the child has the window, no shortcut of the adults' view does anything, whatever
// else enables its action meanwhile (the undo action follows the undo stack, for one).
class ChildModeGuard : public QObject
{
public:
    ChildModeGuard(QWidget *space, QObject *parent)
        : QObject(parent)
        , m_space(space)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Shortcut)
            return false;
        if (auto *shortcut = qobject_cast<QShortcut *>(watched);
            shortcut && m_space->isAncestorOf(qobject_cast<QWidget *>(shortcut->parent())))
            return false; // the child's own (Escape stops the reading)
        return true;
    }

private:
    QWidget *m_space;
};

} // namespace

bool MainWindow::isInChildMode() const
{
    return m_stack->currentWidget() == m_childMode;
}

void MainWindow::enterChildMode()
{
    if (!hasOpenCase() || isInChildMode())
        return;
    // Open dialogs belong to the adults' view.
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<QDialog *>(w); dialog && dialog->isVisible())
            dialog->reject();
    }
    // Nothing of the adults' view may be reached: no menus, and no shortcut does anything.
    m_beforeChildMode.clear();
    for (QAction *a : findChildren<QAction *>()) {
        m_beforeChildMode.insert(a, a->isEnabled());
        a->setEnabled(false);
    }
    menuBar()->hide();
    statusBar()->hide();
    if (!m_childModeGuard) {
        m_childModeGuard = new ChildModeGuard(m_childMode, this);
        qApp->installEventFilter(m_childModeGuard);
    }
    m_childMode->setCase(m_model.get(), m_workspace->voicePane()->document(), m_undoStack);
    m_childMode->setChildMap(m_workspace->ecomapPane()->childMapDocument());
    // Someone new named in child mode joins the story as "Not sure yet": who they are, and
    // their tie, are for the adults to record; on the adults' map they start on the middle
    // ring, as anyone added without a place does.
    EcomapDocument *adults = m_workspace->ecomapPane()->document();
    m_childMode->peoplePage()->setAddPerson([this, adults](const QString &name) -> ItemId {
        Person p;
        p.knownAs = name;
        p.role = Person::Role::NotSure;
        Relationship tie;
        tie.kind = Relationship::Kind::NotSure;
        const qsizetype before = adults->people().size();
        Command::addPerson(*m_undoStack, *adults, p, adults->suggestPosition(1), tie);
        ItemId newest = kNoId;
        for (const Person &q : adults->people())
            newest = std::max(newest, q.id);
        return adults->people().size() > before ? newest : kNoId;
    });
    m_childMode->setMemories(m_workspace->timelinePane()->document(), m_case.get());
    m_childMode->start();
    m_stack->setCurrentWidget(m_childMode);
    setWindowTitle(tr("%1 — Belonging").arg(m_childMode->title()));
}

void MainWindow::leaveChildMode()
{
    if (!isInChildMode() && m_beforeChildMode.isEmpty())
        return;
    for (auto it = m_beforeChildMode.cbegin(); it != m_beforeChildMode.cend(); ++it)
        it.key()->setEnabled(it.value());
    m_beforeChildMode.clear();
    if (m_childModeGuard) {
        qApp->removeEventFilter(m_childModeGuard);
        delete m_childModeGuard;
        m_childModeGuard = nullptr;
    }
    menuBar()->show();
    statusBar()->show();
    if (isInChildMode()) {
        m_stack->setCurrentWidget(m_workspace);
        setWindowTitle(tr("%1 — Belonging").arg(m_caseTitle));
        // What the child said is waiting in My say: shown, and said.
        if (const int said = m_childMode->answersKept(); said > 0) {
            m_workspace->showPane(CaseWorkspace::Pane::Voice);
            statusBar()->showMessage(tr("%1 said something new in My say (%n answer(s)).", "", said)
                                         .arg(m_childMode->childName()),
                                     15000);
        } else if (const int memories = m_childMode->memoriesKept(); memories > 0) {
            m_workspace->showPane(CaseWorkspace::Pane::Timeline);
            statusBar()->showMessage(
                tr("%1 added memories to the timeline (%n memory(s)): add when they happened.", "",
                   memories)
                    .arg(m_childMode->childName()),
                15000);
        }
    }
    updateActions();
}

bool MainWindow::isLocked() const
{
    return m_stack->currentWidget() == m_lockScreen;
}

void MainWindow::lock()
{
    if (!hasOpenCase() || m_case->isInMemory())
        return;
    const QString path = m_case->path();
    const int pane = int(m_workspace->currentPane());
    // Open dialogs would still show the story over the lock screen: they go first.
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<QDialog *>(w); dialog && dialog->isVisible())
            dialog->done(QDialog::Rejected); // no "throw away?" question: locking is final
    }
    closeCase();
    m_lockedPath = path;
    m_lockedPane = pane;
    m_stack->setCurrentWidget(m_lockScreen);
    setWindowTitle(tr("Locked — Belonging")); // never the file's (often the child's) name
    updateRecentMenu();
    updateActions();
    m_lockScreen->reset();
}

bool MainWindow::unlock(const QString &passphrase)
{
    if (!isLocked() || m_lockedPath.isEmpty())
        return false;
    StorageError error;
    const SecureBytes secret = SecureBytes::fromUtf8(passphrase);
    const QString path = m_lockedPath;
    CaseFile::Key key;
    SlowWork::run(this, tr("Unlocking the life story…"),
                  [&] { key = CaseFile::keyFor(path, secret, m_kdf); });
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto file = CaseFile::open(path, key, &error);
    QApplication::restoreOverrideCursor();
    if (!file) {
        m_lockScreen->reset(error.message());
        return false;
    }
    const int pane = m_lockedPane;
    m_lockedPath.clear();
    showCase(std::move(file), QFileInfo(path).completeBaseName());
    m_workspace->showPane(CaseWorkspace::Pane(pane));
    return true;
}

void MainWindow::closeCase()
{
    leaveChildMode(); // the adults' actions come back, for whoever opens a story next
    // Everything that could hold a copy of the case goes first; then the key is wiped.
    m_workspace->setCase(nullptr, nullptr);
    m_undoStack->clear();
    m_stack->setCurrentWidget(m_welcome);
    m_model.reset();
    updateChildName(); // nothing of the child's name left in the menus
    updateRecentMenu();
    m_case.reset();
    m_lockedPath.clear();
    setWindowTitle(tr("Belonging"));
    updateActions();
    m_welcome->newButton()->setFocus();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Belonging"),
        tr("<h3>Belonging %1</h3>"
           "<p>Life-story work and relationship mapping with children in care: the people who "
           "matter, where a child has lived, and their memories, kept together and safe.</p>"
           "<p>Everything is stored in one encrypted file that only opens with its "
           "passphrase.</p>"
           "<p>Belonging is free software, released under the GNU General Public License, "
           "version 3 or later.</p>")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A child cannot end their own session by closing the window: the grown-up's passphrase
    // is asked first, as for leaving child mode.
    if (isInChildMode()) {
        m_childMode->askForGrownUp();
        event->ignore();
        return;
    }
    m_settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_settings.setValue(QStringLiteral("window/state"), saveState());
    closeCase();
    event->accept();
}
