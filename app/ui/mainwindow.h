// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keyderivation.h"

#include <QMainWindow>

#include <memory>

class CaseFile;
class CaseModel;
class CaseWorkspace;
class InactivityTimer;
class ChildModeView;
class LockScreen;
class QAction;
class QMenu;
class QSettings;
class QStackedWidget;
class QUndoStack;
class RecentFiles;
class WelcomePage;

// ui: windows and dialogs. Thin: they show and forward; logic lives in the library below.
//
// MainWindow switches between the welcome page and an open case, owns the menus and their
// standard shortcuts, and remembers its geometry and recent files in QSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    bool hasOpenCase() const;
    // Opens a case file, asking for its passphrase. Returns false (after telling the user
    // why) when it could not be opened.
    bool openFile(const QString &path);
    void openDemo();
    void closeCase();
    void newCase();
    // Closes the case (key wiped, nothing of it left in the window) but keeps the window on
    // a lock screen; only the passphrase opens it again. Not for the demo, which has none.
    void lock();
    bool isLocked() const;
    // The child's own space, full window; leaving asks for the passphrase.
    void enterChildMode();
    bool isInChildMode() const;
    bool unlock(const QString &passphrase);
    // Minutes of no keyboard or mouse input before locking; 0 = never.
    void setAutoLockMinutes(int minutes);
    int autoLockMinutes() const;
    InactivityTimer *inactivityTimer() const { return m_inactivity; }
    LockScreen *lockScreen() const { return m_lockScreen; }
    ChildModeView *childMode() const { return m_childMode; }
    CaseFile *currentCase() const { return m_case.get(); }
    CaseModel *caseModel() const { return m_model.get(); }
    CaseFile *caseFile() const { return m_case.get(); }
    // Tests use a fast key derivation; the product always uses the default.
    void setKdfParams(const KdfParams &params) { m_kdf = params; }

    WelcomePage *welcomePage() const { return m_welcome; }
    CaseWorkspace *workspace() const { return m_workspace; }
    RecentFiles *recentFiles() const { return m_recent; }
    QUndoStack *undoStack() const { return m_undoStack; }

    QAction *newAction() const { return m_newAction; }
    QAction *openAction() const { return m_openAction; }
    QAction *demoAction() const { return m_demoAction; }
    QAction *closeAction() const { return m_closeAction; }
    QAction *saveCopyAction() const { return m_saveCopyAction; }
    QAction *handOverAction() const { return m_handOverAction; }
    QAction *exportAllAction() const { return m_exportAllAction; }
    QAction *importAction() const { return m_importAction; }
    QAction *mergeAction() const { return m_mergeAction; }
    QAction *changePassphraseAction() const { return m_changePassphraseAction; }
    QAction *lockAction() const { return m_lockAction; }
    QAction *rememberRecentAction() const { return m_rememberRecentAction; }
    QAction *largerTextAction() const { return m_largerTextAction; }
    QAction *easyReadAction() const { return m_easyReadAction; }
    QAction *highContrastAction() const { return m_highContrastAction; }
    QAction *aboutChildAction() const { return m_aboutChildAction; }
    QAction *guideAction() const { return m_guideAction; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void chooseAndOpen();
    void showCase(std::unique_ptr<CaseFile> file, const QString &windowTitle);
    void showError(const QString &title, const QString &message);
    void saveCopy();
    void handOver();
    void exportEverything();
    void importExport();
    // File › Bring In Changes from Another Copy…, one undoable step.
    void bringInChanges();
    // Rebuilds every view from the file (after a merge, or its undo).
    void reloadCase();
    void showHandoverLetter();
    void changePassphrase();
    void updateRecentMenu();
    void updateActions();
    void updateCommandMenus();
    void updateChildName();
    void showAbout();
    // Larger text and the easy-read font (Andika), from the View menu, remembered.
    void applyReadingSettings();

    QSettings &m_settings;
    RecentFiles *m_recent;
    QUndoStack *m_undoStack;
    QStackedWidget *m_stack;
    WelcomePage *m_welcome;
    CaseWorkspace *m_workspace;
    LockScreen *m_lockScreen;
    ChildModeView *m_childMode;
    // While the child has the window: every action of the adults' view off (its state before).
    QHash<QAction *, bool> m_beforeChildMode;
    QObject *m_childModeGuard = nullptr; // eats the adults' shortcuts meanwhile
    void leaveChildMode();
    InactivityTimer *m_inactivity;
    QString m_lockedPath;
    int m_lockedPane = 0;
    std::unique_ptr<CaseFile> m_case;
    std::unique_ptr<CaseModel> m_model; // of m_case: what every view observes
    KdfParams m_kdf;
    QString m_caseTitle; // the open story's name, for the window title

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_saveCopyAction = nullptr;
    QAction *m_handOverAction = nullptr;
    QAction *m_exportAllAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_mergeAction = nullptr;
    QAction *m_changePassphraseAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_lockAction = nullptr;
    QAction *m_rememberRecentAction = nullptr;
    QAction *m_largerTextAction = nullptr;
    QAction *m_easyReadAction = nullptr;
    QAction *m_highContrastAction = nullptr;
    QFont m_baseFont;
    QMenu *m_autoLockMenu = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_aboutChildAction = nullptr;
    QAction *m_ecomapAction = nullptr;
    QAction *m_timelineAction = nullptr;
    QAction *m_movesAction = nullptr;
    QAction *m_voiceAction = nullptr;
    QAction *m_bookAction = nullptr;
    QAction *m_letterAction = nullptr;
    QAction *m_familyAction = nullptr;
    QAction *m_childModeAction = nullptr;
    QAction *m_importTreeAction = nullptr;
    QAction *m_exportTreeAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_guideAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QList<QMenu *> m_commandMenus; // the panes' own commands: People, Timeline, Moves
};
