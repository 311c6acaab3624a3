// SPDX-License-Identifier: GPL-3.0-or-later
#include "../faults/diskfaults.h"
#include "casecontentio.h"
#include "casefile.h"
#include "caseworkspace.h"
#include "childrepository.h"
#include "democase.h"
#include "dialogs.h"
#include "inactivitytimer.h"
#include "lockscreen.h"
#include "mainwindow.h"
#include "recentfiles.h"
#include "slowwork.h"
#include "welcomepage.h"

#include <QAction>
#include <QCommandLinkButton>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void opensOnTheWelcomePageWithItsActions();
    void exploreTheDemoOpensTheDemoCase();
    void keyboardShortcutsSwitchPanes();
    void closingReturnsToWelcome();
    void standardShortcutsAreSet();
    void openingAMissingFileSaysSoAndForgetsIt();
    void geometryIsRememberedAcrossRuns();
    void startANewStoryThenOpenItAgain();
    void wrongPassphraseIsAskedAgain();
    void notACaseFileIsExplained();
    void saveACopyAndChangePassphraseFromTheMenu();
    void ctrlLLocksAndOnlyThePassphraseUnlocks();
    void unlockingSaysWhatIsHappeningAndTheWindowStaysAlive();
    void openStartsWhereTheLastStoryLives();
    void aFolderThatCannotBeWrittenIsRefusedBeforeThePassphrase();
    void nobodyUsingItLocksItByItself();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")),
                                             QSettings::IniFormat);
    Dialogs::setSuppressWarnings(true);
}

void TestMainWindow::cleanup()
{
    m_settings.reset();
    m_dir.reset();
}

void TestMainWindow::opensOnTheWelcomePageWithItsActions()
{
    MainWindow w(*m_settings);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.welcomePage()->isVisible());
    QVERIFY(!w.workspace()->isVisible());
    QVERIFY(!w.hasOpenCase());
    QCOMPARE(w.welcomePage()->newButton()->text(), QStringLiteral("Start a new life story"));
    QCOMPARE(w.welcomePage()->openButton()->text(), QStringLiteral("Open a life story"));
    QCOMPARE(w.welcomePage()->demoButton()->text(), QStringLiteral("Explore the demo"));
    QVERIFY(!w.closeAction()->isEnabled());
    QCOMPARE(w.windowTitle(), QStringLiteral("Belonging"));
}

void TestMainWindow::exploreTheDemoOpensTheDemoCase()
{
    MainWindow w(*m_settings);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTest::mouseClick(w.welcomePage()->demoButton(), Qt::LeftButton);
    QVERIFY(w.hasOpenCase());
    QVERIFY(w.workspace()->isVisible());
    QVERIFY(!w.welcomePage()->isVisible());
    QVERIFY(w.closeAction()->isEnabled());
    QVERIFY(w.windowTitle().contains(QStringLiteral("Demo")));
    QCOMPARE(w.workspace()->currentPane(), CaseWorkspace::Pane::Ecomap);
}

void TestMainWindow::keyboardShortcutsSwitchPanes()
{
    MainWindow w(*m_settings);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    w.openDemo();
    QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(w.workspace()->currentPane(), CaseWorkspace::Pane::Timeline);
    QTest::keyClick(&w, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(w.workspace()->currentPane(), CaseWorkspace::Pane::Moves);
    QTest::keyClick(&w, Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(w.workspace()->currentPane(), CaseWorkspace::Pane::Voice);
    QTest::keyClick(&w, Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(w.workspace()->currentPane(), CaseWorkspace::Pane::Book);
    QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(w.workspace()->currentPane(), CaseWorkspace::Pane::Ecomap);
}

void TestMainWindow::closingReturnsToWelcome()
{
    MainWindow w(*m_settings);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    w.openDemo();
    QVERIFY(w.hasOpenCase());
    QTest::keySequence(&w, w.closeAction()->shortcut());
    QVERIFY(!w.hasOpenCase());
    QVERIFY(w.welcomePage()->isVisible());
    QCOMPARE(w.windowTitle(), QStringLiteral("Belonging"));
}

void TestMainWindow::standardShortcutsAreSet()
{
    MainWindow w(*m_settings);
    QCOMPARE(w.newAction()->shortcut(), QKeySequence(QKeySequence::New));
    QCOMPARE(w.openAction()->shortcut(), QKeySequence(QKeySequence::Open));
    QCOMPARE(w.closeAction()->shortcut(), QKeySequence(QKeySequence::Close));
    QStringList menus;
    for (QAction *a : w.menuBar()->actions())
        menus << a->text();
    QCOMPARE(menus,
             QStringList({QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"),
                          QStringLiteral("&People"), QStringLiteral("&Timeline"),
                          QStringLiteral("&Moves"), QStringLiteral("&Help")}));
}

void TestMainWindow::openingAMissingFileSaysSoAndForgetsIt()
{
    MainWindow w(*m_settings);
    const QString missing = m_dir->filePath(QStringLiteral("gone.belonging"));
    w.recentFiles()->add(missing);
    QCOMPARE(w.welcomePage()->recentList()->count(), 1);
    QVERIFY(!w.openFile(missing));
    QVERIFY(Dialogs::lastWarning().contains(QStringLiteral("not there")));
    QVERIFY(!Dialogs::lastWarning().contains(missing)); // no paths or content in messages
    QVERIFY(w.recentFiles()->paths().isEmpty());
    QVERIFY(!w.hasOpenCase());
}

void TestMainWindow::geometryIsRememberedAcrossRuns()
{
    QSize wanted;
    {
        MainWindow w(*m_settings);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // Within the test screen: a bigger one is made to fit the screen.
        wanted = w.minimumSizeHint() + QSize(10, 10);
        QVERIFY(wanted.height() <= w.screen()->availableGeometry().height());
        w.resize(wanted);
        w.close();
    }
    MainWindow again(*m_settings);
    QCOMPARE(again.size(), wanted);
}

void TestMainWindow::startANewStoryThenOpenItAgain()
{
    const QString path = m_dir->filePath(QStringLiteral("Sam.belonging"));
    {
        MainWindow w(*m_settings);
        w.setKdfParams(KdfParams::fastForTests());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        Dialogs::scriptTexts({QStringLiteral("Sam")});
        Dialogs::setNextFileName(m_dir->filePath(QStringLiteral("Sam")));
        Dialogs::scriptPassphrases({QStringLiteral("a long passphrase")});
        QTest::mouseClick(w.welcomePage()->newButton(), Qt::LeftButton);
        QVERIFY(w.hasOpenCase());
        QCOMPARE(w.currentCase()->path(), path);
        QCOMPARE(ChildRepository(*w.currentCase()).load().knownAs, QStringLiteral("Sam"));
        QCOMPARE(w.workspace()->findChild<QLabel *>()->text(), QStringLiteral("Sam's story"));
        QCOMPARE(w.recentFiles()->paths().value(0), path);
        QTest::keySequence(&w, w.closeAction()->shortcut());
        QVERIFY(!w.hasOpenCase());
    }
    QVERIFY(QFile::exists(path));
    MainWindow w(*m_settings);
    w.setKdfParams(KdfParams::fastForTests());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.welcomePage()->recentList()->item(0)->text(), QStringLiteral("Sam"));
    Dialogs::scriptPassphrases({QStringLiteral("a long passphrase")});
    w.welcomePage()->recentList()->setFocus();
    w.welcomePage()->recentList()->setCurrentRow(0);
    QTest::keyClick(w.welcomePage()->recentList(), Qt::Key_Return);
    QVERIFY(w.hasOpenCase());
    QVERIFY(w.windowTitle().startsWith(QStringLiteral("Sam")));
}

void TestMainWindow::wrongPassphraseIsAskedAgain()
{
    const QString path = m_dir->filePath(QStringLiteral("story.belonging"));
    {
        StorageError error;
        QVERIFY(CaseFile::create(path, SecureBytes::fromUtf8(QStringLiteral("right one!")), &error,
                                 KdfParams::fastForTests()));
    }
    MainWindow w(*m_settings);
    w.setKdfParams(KdfParams::fastForTests());
    Dialogs::scriptPassphrases({QStringLiteral("wrong one"), QStringLiteral("right one!")});
    QVERIFY(w.openFile(path));
    QVERIFY(w.hasOpenCase());
    // Cancelling after a wrong passphrase leaves the window as it was.
    w.closeCase();
    Dialogs::scriptPassphrases({QStringLiteral("wrong again")});
    QVERIFY(!w.openFile(path));
    QVERIFY(!w.hasOpenCase());
}

// The real key stretching (a second on a busy laptop): while it runs, a window says what is
// happening and the app keeps painting, instead of freezing under a wait cursor.
void TestMainWindow::unlockingSaysWhatIsHappeningAndTheWindowStaysAlive()
{
    const KdfParams slow{4, 192 << 20};
    const QString path = m_dir->filePath(QStringLiteral("Sam.belonging"));
    {
        StorageError error;
        QVERIFY(CaseFile::create(path, SecureBytes::fromUtf8(QStringLiteral("right one!")), &error,
                                 slow));
    }
    MainWindow w(*m_settings);
    w.setKdfParams(slow);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QStringList seen;
    int ticks = 0;
    QTimer watch;
    connect(&watch, &QTimer::timeout, &w, [&] {
        ++ticks; // the event loop runs while the key is stretched
        for (QProgressDialog *p : w.findChildren<QProgressDialog *>()) {
            if (p->isVisible())
                seen << p->labelText();
        }
    });
    watch.start(20);
    QElapsedTimer t;
    t.start();
    Dialogs::scriptPassphrases({QStringLiteral("right one!")});
    QVERIFY(w.openFile(path));
    const qint64 took = t.elapsed();
    watch.stop();
    if (took < SlowWork::kShowAfterMs + 100)
        QSKIP("this machine stretched the key too fast to need a progress window");
    QVERIFY2(ticks >= 5, qPrintable(QString::number(ticks)));
    QVERIFY2(seen.contains(QStringLiteral("Unlocking the life story…")),
             qPrintable(seen.join(QLatin1Char('|'))));
    QVERIFY(w.hasOpenCase());
    for (QProgressDialog *p : w.findChildren<QProgressDialog *>())
        QVERIFY(!p->isVisible());
}

// File › Open starts in the folder of the story opened last, not wherever the app started.
void TestMainWindow::openStartsWhereTheLastStoryLives()
{
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("stories")));
    const QString folder = m_dir->filePath(QStringLiteral("stories"));
    MainWindow w(*m_settings);
    w.recentFiles()->add(folder + QStringLiteral("/Sam.belonging"));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    Dialogs::setPrivateFileDialogs(true); // Qt's own dialog, which a test can read
    QString shown;
    QTimer::singleShot(300, &w, [&shown] {
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<QFileDialog *>(top); dialog && dialog->isVisible()) {
                shown = dialog->directory().absolutePath();
                dialog->reject();
            }
        }
    });
    QTest::keyClick(&w, Qt::Key_O, Qt::ControlModifier);
    Dialogs::setPrivateFileDialogs(false);
    QCOMPARE(shown, QDir(folder).absolutePath());
    QVERIFY(!w.hasOpenCase());
}

// A new story in a read-only folder: said at once, the place asked for again, and no
// passphrase asked for a story that could not be made there.
void TestMainWindow::aFolderThatCannotBeWrittenIsRefusedBeforeThePassphrase()
{
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("stick")));
    const QString stick = m_dir->filePath(QStringLiteral("stick"));
    MainWindow w(*m_settings);
    w.setKdfParams(KdfParams::fastForTests());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    Dialogs::setPrivateFileDialogs(true);
    bool askedAgain = false;
    QTimer::singleShot(300, &w, [&askedAgain] {
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<QFileDialog *>(top); dialog && dialog->isVisible()) {
                askedAgain = true;
                dialog->reject(); // the carer gives up
            }
        }
    });
    Dialogs::scriptTexts({QStringLiteral("Sam")});
    Dialogs::setNextFileName(QDir(stick).filePath(QStringLiteral("Sam")));
    Dialogs::scriptPassphrases({QStringLiteral("a long passphrase")});
    {
        DiskFaults::ReadOnlyFolder readOnly(stick);
        QVERIFY(readOnly.holds());
        QTest::mouseClick(w.welcomePage()->newButton(), Qt::LeftButton);
    }
    Dialogs::setPrivateFileDialogs(false);
    QVERIFY(Dialogs::lastWarning().contains(QStringLiteral("can't save in that place")));
    QVERIFY(askedAgain);
    QVERIFY(!w.hasOpenCase());
    QVERIFY(QDir(stick).isEmpty(QDir::Files | QDir::Hidden));
    // The passphrase was never asked for: it is still waiting.
    QCOMPARE(Dialogs::passphrase(&w, PassphraseDialog::Mode::Create, QStringLiteral("Sam"), {}),
             std::optional<QString>(QStringLiteral("a long passphrase")));
}

void TestMainWindow::ctrlLLocksAndOnlyThePassphraseUnlocks()
{
    const QString path = m_dir->filePath(QStringLiteral("Maisie Jones.belonging"));
    {
        StorageError error;
        auto file = CaseFile::create(path, SecureBytes::fromUtf8(QStringLiteral("right one!")),
                                     &error, KdfParams::fastForTests());
        QVERIFY(file);
        CaseContent demo = DemoCase::build();
        QVERIFY(!CaseContentIO::write(*file, demo));
    }
    MainWindow w(*m_settings);
    w.setKdfParams(KdfParams::fastForTests());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QApplication::setActiveWindow(&w);
    Dialogs::scriptPassphrases({QStringLiteral("right one!")});
    QVERIFY(w.openFile(path));
    w.workspace()->showPane(CaseWorkspace::Pane::Timeline);
    QVERIFY(w.windowTitle().contains(QStringLiteral("Maisie")));
    QTest::keyClick(&w, Qt::Key_L, Qt::ControlModifier);
    QVERIFY(w.isLocked());
    QVERIFY(!w.hasOpenCase()); // closed: the key is gone with it
    QVERIFY(w.lockScreen()->isVisible());
    QVERIFY(!w.workspace()->isVisible());
    QVERIFY(!w.windowTitle().contains(QStringLiteral("Maisie")));
    QVERIFY(w.undoStack()->count() == 0);
    // Nothing in any menu names the case while locked (File › Open Recent did).
    const std::function<QStringList(const QMenu *)> texts = [&texts](const QMenu *menu) {
        QStringList all;
        for (const QAction *a : menu->actions()) {
            all << a->text() << a->toolTip();
            if (a->menu())
                all << texts(a->menu());
        }
        return all;
    };
    QStringList menuTexts;
    for (const QMenu *menu : w.menuBar()->findChildren<QMenu *>())
        menuTexts << texts(menu);
    QVERIFY2(!menuTexts.join(QLatin1Char('|')).contains(QStringLiteral("Maisie")),
             qPrintable(menuTexts.join(QLatin1Char('|'))));
    // A wrong passphrase, typed and entered: still locked, told why.
    QTest::keyClicks(w.lockScreen()->passphraseEdit(), QStringLiteral("guess"));
    QTest::keyClick(w.lockScreen()->passphraseEdit(), Qt::Key_Return);
    QVERIFY(w.isLocked());
    QVERIFY2(w.lockScreen()->problem().contains(QStringLiteral("passphrase")),
             qPrintable(w.lockScreen()->problem()));
    QVERIFY(w.lockScreen()->passphraseEdit()->text().isEmpty());
    // The right one: back where we were.
    QTest::keyClicks(w.lockScreen()->passphraseEdit(), QStringLiteral("right one!"));
    QTest::mouseClick(w.lockScreen()->unlockButton(), Qt::LeftButton);
    QVERIFY(!w.isLocked());
    QVERIFY(w.hasOpenCase());
    QCOMPARE(w.workspace()->currentPane(), CaseWorkspace::Pane::Timeline);
    // The demo has no passphrase, so it cannot be locked (there is nothing private in it).
    w.openDemo();
    QVERIFY(!w.lockAction()->isEnabled());
}

void TestMainWindow::nobodyUsingItLocksItByItself()
{
    const QString path = m_dir->filePath(QStringLiteral("story.belonging"));
    {
        StorageError error;
        QVERIFY(CaseFile::create(path, SecureBytes::fromUtf8(QStringLiteral("right one!")), &error,
                                 KdfParams::fastForTests()));
    }
    MainWindow w(*m_settings);
    QCOMPARE(w.autoLockMinutes(), 10); // the default
    w.setKdfParams(KdfParams::fastForTests());
    Dialogs::scriptPassphrases({QStringLiteral("right one!")});
    QVERIFY(w.openFile(path));
    w.inactivityTimer()->setInterval(150);
    // Input keeps it open...
    for (int i = 0; i < 4; ++i) {
        QTest::qWait(60);
        QTest::keyClick(w.workspace(), Qt::Key_Shift);
    }
    QVERIFY(!w.isLocked());
    // ...and none locks it.
    QTRY_VERIFY_WITH_TIMEOUT(w.isLocked(), 2000);
    QVERIFY(!w.hasOpenCase());
    w.setAutoLockMinutes(0);
    QCOMPARE(m_settings->value(QStringLiteral("privacy/autoLockMinutes")).toInt(), 0);
}

void TestMainWindow::notACaseFileIsExplained()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.txt"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("shopping list");
    f.close();
    MainWindow w(*m_settings);
    QVERIFY(!w.openFile(path));
    QVERIFY(Dialogs::lastWarning().contains(QStringLiteral("not a Belonging life story")));
}

void TestMainWindow::saveACopyAndChangePassphraseFromTheMenu()
{
    const QString path = m_dir->filePath(QStringLiteral("story.belonging"));
    const QString copy = m_dir->filePath(QStringLiteral("copy.belonging"));
    {
        StorageError error;
        QVERIFY(CaseFile::create(path, SecureBytes::fromUtf8(QStringLiteral("first passphrase")),
                                 &error, KdfParams::fastForTests()));
    }
    MainWindow w(*m_settings);
    w.setKdfParams(KdfParams::fastForTests());
    w.openDemo();
    QVERIFY(w.saveCopyAction()->isEnabled());
    QVERIFY(!w.changePassphraseAction()->isEnabled()); // the demo has no passphrase
    Dialogs::scriptPassphrases({QStringLiteral("first passphrase")});
    QVERIFY(w.openFile(path));
    QVERIFY(w.changePassphraseAction()->isEnabled());
    Dialogs::setNextFileName(copy);
    Dialogs::scriptPassphrases({QStringLiteral("copy passphrase")});
    w.saveCopyAction()->trigger();
    QVERIFY(QFile::exists(copy));
    QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("copy.belonging")),
             qPrintable(w.statusBar()->currentMessage()));
    // A copy under a name already taken is refused before any passphrase is asked.
    const auto bytesOf = [](const QString &file) {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const QByteArray made = bytesOf(copy);
    Dialogs::setNextFileName(copy);
    Dialogs::scriptPassphrases({QStringLiteral("never used")});
    w.saveCopyAction()->trigger();
    QCOMPARE(bytesOf(copy), made);
    QVERIFY(Dialogs::lastWarning().contains(QStringLiteral("already")));
    // Whoever finds it unlocked cannot change it without the passphrase it has now.
    Dialogs::scriptPassphrases({QStringLiteral("a guess"), QStringLiteral("another guess"),
                                QStringLiteral("third guess"), QStringLiteral("not asked")});
    w.changePassphraseAction()->trigger();
    QVERIFY(w.hasOpenCase());
    QVERIFY(Dialogs::lastWarning().contains(QStringLiteral("has not been changed")));
    Dialogs::scriptPassphrases({QStringLiteral("a guess"), QStringLiteral("first passphrase"),
                                QStringLiteral("second passphrase")});
    w.changePassphraseAction()->trigger();
    QVERIFY(w.hasOpenCase());
    w.closeCase();
    StorageError error;
    QVERIFY(!CaseFile::open(path, SecureBytes::fromUtf8(QStringLiteral("not asked")), &error,
                            KdfParams::fastForTests()));
    QVERIFY(!CaseFile::open(path, SecureBytes::fromUtf8(QStringLiteral("first passphrase")), &error,
                            KdfParams::fastForTests()));
    QVERIFY(CaseFile::open(path, SecureBytes::fromUtf8(QStringLiteral("second passphrase")), &error,
                           KdfParams::fastForTests()));
    QVERIFY(CaseFile::open(copy, SecureBytes::fromUtf8(QStringLiteral("copy passphrase")), &error,
                           KdfParams::fastForTests()));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
