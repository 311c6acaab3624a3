// SPDX-License-Identifier: GPL-3.0-or-later
// A carer's own first story, from the welcome page, never the demo: each step is driven by
// keyboard and mouse through the real dialogs, and checked in what the user sees and in the file.
#include "aboutchilddialog.h"
#include "bookpane.h"
#include "casecontentio.h"
#include "casefile.h"
#include "casemodel.h"
#include "caseworkspace.h"
#include "childmapdocument.h"
#include "childmapview.h"
#include "childmodeview.h"
#include "childrepository.h"
#include "courtdetailsdialog.h"
#include "dialogs.h"
#include "ecomapitems.h"
#include "ecomappane.h"
#include "ecomapscene.h"
#include "eventdialog.h"
#include "familydocument.h"
#include "feelingpicker.h"
#include "fuzzydateedit.h"
#include "genogrampane.h"
#include "gettingstarted.h"
#include "handoverdialog.h"
#include "handoverrepository.h"
#include "letterdocument.h"
#include "letterpane.h"
#include "mainwindow.h"
#include "memorydialog.h"
#include "memoryrepository.h"
#include "mergedialog.h"
#include "moveplandialog.h"
#include "moveplanrepository.h"
#include "movespane.h"
#include "mymemoriespage.h"
#include "mypeoplepage.h"
#include "newstorydialog.h"
#include "notation.h"
#include "passphrasedialog.h"
#include "peoplechecklist.h"
#include "persondialog.h"
#include "placementdialog.h"
#include "relativedialog.h"
#include "timelinedocument.h"
#include "timelinepane.h"
#include "voiceanswerdialog.h"
#include "voicecommands.h"
#include "voicedocument.h"
#include "voiceentrydialog.h"
#include "voicepane.h"
#include "voicerules.h"
#include "welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QWheelEvent>

#include <functional>

namespace {

// Runs `step` on the next modal dialog of type T as soon as it is shown; a modal dialog blocks
// the caller, so the step must be armed before the action that opens it.
template <typename T> void whenShown(std::function<void(T *)> step, bool *ran)
{
    auto *poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, step, ran] {
        // Shown is not enough: a person acts once the dialog is the active window with a
        // field focused (under ASan, the first poll could come before that, with no focus).
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
            dialog && dialog->isVisible() && dialog->isActiveWindow() &&
            QApplication::focusWidget() && dialog->isAncestorOf(QApplication::focusWidget())) {
            poll->stop();
            poll->deleteLater();
            *ran = true;
            step(dialog);
        }
    });
    poll->start();
}

QPushButton *okButton(QDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

QPushButton *cancelButton(QDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel);
}

// Waits until the keyboard is in the dialog (it arrives a moment after the dialog shows).
bool focusArrives(QDialog *dialog)
{
    dialog->activateWindow();
    for (int i = 0; i < 100; ++i) {
        if (dialog->isAncestorOf(QApplication::focusWidget()))
            return true;
        QTest::qWait(10);
    }
    return false;
}

// Presses Tab until `target` has the focus; false if it never comes (the chain misses it).
bool tabTo(QWidget *target, int most = 60)
{
    for (int i = 0; i < most; ++i) {
        QWidget *focus = QApplication::focusWidget();
        if (focus == target || (focus && target->isAncestorOf(focus)))
            return true;
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    return false;
}

QStringList itemTexts(const QListWidget *list)
{
    QStringList texts;
    for (int i = 0; i < list->count(); ++i)
        texts << list->item(i)->text();
    return texts;
}

} // namespace

class TestFirstStory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void theWindowNeverOpensLargerThanTheScreen();
    void anEmptyNameIsExplained();
    void newStoryAsksNameBirthdayAndPassphraseByKeyboard();
    void cancelNeverThrowsTypedTextAwayWithoutAsking();
    void aboutTheChildFromTheMapIsUndoable();
    void someoneAddedShowsInEveryPeopleList();
    void aTiesDatesAndRingAreEditable();
    void aHomeTwoMemoriesAndAnEventByKeyboard();
    void mySayTakesTheChildsWordsAndTheAnswerByKeyboard();
    void anAnswerSaysWhatWasSaidToTheChild();
    void aDateInTheFutureWarnsButIsKept();
    void aMoveIsPlannedSiblingsFirstByKeyboard();
    void scrollingADialogNeverTurnsAChoice();
    void theBooksHoldWhatWasTyped();
    void aLaterLifeLetterIsWrittenByKeyboard();
    void f1OpensTheGettingStartedGuide();
    void tabFollowsThePageInEveryDialog();
    void largerTextMakesTheMapsCardsLarger();
    void theStoryIsHandedOverToNewCarers();
    void theNewCarersAdditionsComeHomeAndUndoTakesThemBack();
    void theFamilyTreeIsBuiltByKeyboard();
    void theChildModeKeepsTheRecordOutOfReach();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QString m_copy;      // the hand-over copy
    QString m_copyWords; // and its passphrase
};

void TestFirstStory::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")),
                                             QSettings::IniFormat);
    Dialogs::setSuppressWarnings(true);
    m_window = std::make_unique<MainWindow>(*m_settings);
    m_window->setKdfParams(KdfParams::fastForTests());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestFirstStory::cleanupTestCase()
{
    m_window.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestFirstStory::theWindowNeverOpensLargerThanTheScreen()
{
    const QRect screen = m_window->screen()->availableGeometry();
    QCOMPARE(screen.size(), QSize(1280, 720)); // the reference laptop screen of this test
    // With a title bar (about 40 pixels, added by the window manager) it still fits.
    QVERIFY(m_window->height() + 40 <= screen.height());
    // Remembered from a big monitor: opened again on the laptop, it still fits.
    QSettings big(m_dir->filePath(QStringLiteral("big.ini")), QSettings::IniFormat);
    {
        MainWindow wide(big);
        wide.resize(1900, 1100);
        wide.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wide));
        wide.close(); // remembers its geometry
    }
    MainWindow again(big);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QVERIFY2(again.height() + 40 <= screen.height() && again.width() <= screen.width(),
             qPrintable(QStringLiteral("%1×%2").arg(again.width()).arg(again.height())));
    again.close();
}

void TestFirstStory::anEmptyNameIsExplained()
{
    bool ran = false;
    whenShown<NewStoryDialog>(
        [](NewStoryDialog *d) {
            QVERIFY(!okButton(d)->isEnabled());
            const QLabel *message = nullptr;
            for (const QLabel *l : d->findChildren<QLabel *>()) {
                if (l->text().contains(QStringLiteral("name")) &&
                    l->text().contains(QStringLiteral("Type")))
                    message = l;
            }
            QVERIFY2(message && message->isVisible(), "an empty name must say what to do");
            QTest::keyClicks(d->nameEdit(), QStringLiteral("   "));
            QVERIFY(!okButton(d)->isEnabled()); // spaces are not a name
            d->done(QDialog::Rejected);
        },
        &ran);
    QTest::mouseClick(m_window->welcomePage()->newButton(), Qt::LeftButton);
    QVERIFY(ran);
    QVERIFY(!m_window->hasOpenCase());
}

void TestFirstStory::newStoryAsksNameBirthdayAndPassphraseByKeyboard()
{
    const QString path = m_dir->filePath(QStringLiteral("Sam.belonging"));
    Dialogs::setNextFileName(path);
    bool askedName = false;
    bool askedPassphrase = false;
    whenShown<NewStoryDialog>(
        [&askedPassphrase](NewStoryDialog *d) {
            QCOMPARE(QApplication::focusWidget(), d->nameEdit());
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Sam"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(), d->bornEdit()->lineEdit());
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("spring 2015"));
            QVERIFY(okButton(d)->isEnabled());
            whenShown<PassphraseDialog>(
                [](PassphraseDialog *p) {
                    auto *first = qobject_cast<QLineEdit *>(QApplication::focusWidget());
                    QVERIFY(first);
                    QTest::keyClicks(first, QStringLiteral("a long passphrase"));
                    QTest::keyClick(first, Qt::Key_Tab);
                    // Tab goes to "Again", never to Cancel (where a space would lose it all).
                    auto *again = qobject_cast<QLineEdit *>(QApplication::focusWidget());
                    QVERIFY2(again && again != first, "Tab must go to the second field");
                    QTest::keyClicks(again, QStringLiteral("a long passphrase"));
                    QVERIFY(okButton(p)->isEnabled());
                    QTest::keyClick(again, Qt::Key_Return);
                },
                &askedPassphrase);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        },
        &askedName);
    QTest::mouseClick(m_window->welcomePage()->newButton(), Qt::LeftButton);
    QVERIFY(askedName);
    QVERIFY(askedPassphrase);
    QVERIFY(m_window->hasOpenCase());
    QVERIFY(QFile::exists(path));
    const ChildProfile child = m_window->caseModel()->child();
    QCOMPARE(child.knownAs, QStringLiteral("Sam"));
    QCOMPARE(child.born, FuzzyDate::season(2015, FuzzyDate::Season::Spring));
    // The birthday is known, so "Things we don't know yet" does not ask for it.
    const QStringList unknown = itemTexts(m_window->workspace()->timelinePane()->unknowns());
    QVERIFY(!unknown.join(QLatin1Char('\n')).contains(QStringLiteral("date of birth")));
}

void TestFirstStory::cancelNeverThrowsTypedTextAwayWithoutAsking()
{
    int asked = 0;
    bool discard = false;
    GuardedDialog::setAskDiscard([&](QWidget *) {
        ++asked;
        return discard;
    });
    PassphraseDialog dialog(PassphraseDialog::Mode::Create, QStringLiteral("Sam"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("half typed"));
    QTest::mouseClick(cancelButton(&dialog), Qt::LeftButton);
    QCOMPARE(asked, 1);
    QVERIFY2(dialog.isVisible(), "answering 'keep it' must leave the dialog open");
    discard = true;
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(asked, 2);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));

    // Nothing typed: Cancel just closes.
    PassphraseDialog empty(PassphraseDialog::Mode::Create, QStringLiteral("Sam"));
    empty.show();
    QVERIFY(QTest::qWaitForWindowExposed(&empty));
    QTest::mouseClick(cancelButton(&empty), Qt::LeftButton);
    QCOMPARE(asked, 2);
    QVERIFY(!empty.isVisible());
    GuardedDialog::setAskDiscard([](QWidget *) { return true; });
}

void TestFirstStory::aboutTheChildFromTheMapIsUndoable()
{
    QVERIFY(m_window->hasOpenCase());
    CaseWorkspace *workspace = m_window->workspace();
    workspace->showPane(CaseWorkspace::Pane::Ecomap);
    EcomapPane *map = workspace->ecomapPane();
    map->view()->fitAll();
    QCoreApplication::processEvents();
    const QPoint centre = map->view()->mapFromScene(map->scene()->childItem()->scenePos());

    bool ran = false;
    whenShown<AboutChildDialog>(
        [](AboutChildDialog *d) {
            QCOMPARE(d->windowTitle(), QStringLiteral("About Sam"));
            QCOMPARE(d->bornEdit()->lineEdit()->text(), QStringLiteral("spring 2015"));
            d->knownAsEdit()->selectAll();
            QTest::keyClicks(d->knownAsEdit(), QStringLiteral("Sammy"));
            d->bornEdit()->lineEdit()->selectAll();
            QTest::keyClicks(d->bornEdit()->lineEdit(), QStringLiteral("12 May 2015"));
            QTest::keyClicks(d->allAboutMeEdit(), QStringLiteral("I love drawing dragons."));
            QVERIFY(okButton(d)->isEnabled());
            QTest::mouseClick(okButton(d), Qt::LeftButton);
        },
        &ran);
    QTest::mouseDClick(map->view()->viewport(), Qt::LeftButton, {}, centre);
    QVERIFY2(ran, "double-clicking the child opens About");

    CaseModel *model = m_window->caseModel();
    QCOMPARE(model->child().knownAs, QStringLiteral("Sammy"));
    QCOMPARE(model->child().born, FuzzyDate::day(2015, 5, 12));
    QCOMPARE(model->child().allAboutMe, QStringLiteral("I love drawing dragons."));
    // Everywhere at once: the heading, the menu, the map's centre.
    QVERIFY(m_window->aboutChildAction()->text().contains(QStringLiteral("Sammy")));
    QVERIFY(map->aboutChildAction()->text().contains(QStringLiteral("Sammy")));
    QVERIFY(map->scene()->childItem()->toolTip().contains(QStringLiteral("Sammy")));
    // Stored: a fresh read of the file agrees.
    QCOMPARE(ChildRepository(*m_window->currentCase()).load().knownAs, QStringLiteral("Sammy"));
    QUndoStack *stack = m_window->undoStack();
    QVERIFY(stack->undoText().contains(QStringLiteral("Sammy")));
    stack->undo();
    QCOMPARE(model->child().knownAs, QStringLiteral("Sam"));
    QCOMPARE(model->child().born, FuzzyDate::season(2015, FuzzyDate::Season::Spring));
    QVERIFY(m_window->aboutChildAction()->text().contains(QStringLiteral("Sam…")));
    stack->redo();
    QCOMPARE(model->child().knownAs, QStringLiteral("Sammy"));

    // The Edit menu's entry opens the same editor; cancelling without changes changes nothing.
    const int steps = stack->count();
    bool again = false;
    whenShown<AboutChildDialog>(
        [](AboutChildDialog *d) { QTest::mouseClick(cancelButton(d), Qt::LeftButton); }, &again);
    m_window->aboutChildAction()->trigger();
    QVERIFY(again);
    QCOMPARE(stack->count(), steps);
    QCOMPARE(model->child().knownAs, QStringLiteral("Sammy"));
}

void TestFirstStory::someoneAddedShowsInEveryPeopleList()
{
    EcomapPane *map = m_window->workspace()->ecomapPane();
    bool ran = false;
    whenShown<PersonDialog>(
        [](PersonDialog *d) {
            // Tab goes from field to field in the order they are shown.
            QCOMPARE(QApplication::focusWidget(), d->knownAsEdit());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget()->accessibleName(), QStringLiteral("Full name"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(), d->roleCombo());
            d->knownAsEdit()->setFocus();
            // A name that is too long is not cut off without a word.
            QTest::keyClicks(d->knownAsEdit(), QString(PersonDialog::kMaxNameLength + 5, u'J'));
            QCOMPARE(d->knownAsEdit()->text().size(), PersonDialog::kMaxNameLength);
            bool toldTheLimit = false;
            for (const QLabel *l : d->findChildren<QLabel *>())
                toldTheLimit = toldTheLimit || l->text().contains(QStringLiteral("80 letters"));
            QVERIFY2(toldTheLimit, "the length limit must be said");
            d->knownAsEdit()->clear();
            QTest::keyClicks(d->knownAsEdit(), QStringLiteral("Aunty Jo"));
            // No role and no feeling are chosen for the user: nothing to save yet.
            QCOMPARE(d->roleCombo()->currentIndex(), -1);
            QCOMPARE(d->kindCombo()->currentIndex(), -1);
            QVERIFY(!okButton(d)->isEnabled());
            d->roleCombo()->setFocus();
            QTest::keyClicks(d->roleCombo(), QStringLiteral("Other f"));
            QCOMPARE(d->roleCombo()->currentText(), QStringLiteral("Other family"));
            QVERIFY(!okButton(d)->isEnabled());
            d->kindCombo()->setFocus();
            QTest::keyClicks(d->kindCombo(), QStringLiteral("Not"));
            QCOMPARE(d->kindCombo()->currentText(), QStringLiteral("Not sure yet"));
            QVERIFY(okButton(d)->isEnabled());
            QTest::mouseClick(okButton(d), Qt::LeftButton);
        },
        &ran);
    map->addAction()->trigger();
    QVERIFY(ran);
    const QList<Person> people = m_window->caseModel()->people();
    QCOMPARE(people.size(), 1);
    QCOMPARE(people[0].role, Person::Role::OtherRelative);
    QCOMPARE(map->document()->relationshipsOf(people[0].id).value(0).kind,
             Relationship::Kind::NotSure);

    // Every dialog that lists people, opened after the person was added, lists them.
    TimelinePane *timeline = m_window->workspace()->timelinePane();
    QStringList seenIn;
    timeline->setRunDialog([&seenIn](QDialog *dialog) {
        for (const QCheckBox *box : dialog->findChildren<QCheckBox *>()) {
            if (box->text() == QStringLiteral("Aunty Jo"))
                seenIn << QString::fromLatin1(dialog->metaObject()->className());
        }
        return int(QDialog::Rejected);
    });
    timeline->addMemory();
    timeline->addPlacement();
    timeline->addEvent();
    timeline->setRunDialog({});
    QCOMPARE(seenIn, QStringList({QStringLiteral("MemoryDialog"), QStringLiteral("PlacementDialog"),
                                  QStringLiteral("EventDialog")}));
    // The Books tab's "leave out" list too, without reopening anything.
    BookPane *books = m_window->workspace()->bookPane();
    QStringList withheld;
    for (const QCheckBox *box : books->withheldList()->boxes())
        withheld << box->text();
    QVERIFY(withheld.contains(QStringLiteral("Aunty Jo")));
}

// "Show the map as it was on" depends on when a tie began and ended, and nobody could type
// those; nor choose the ring other than by dragging.
void TestFirstStory::aTiesDatesAndRingAreEditable()
{
    EcomapPane *map = m_window->workspace()->ecomapPane();
    const Person jo = m_window->caseModel()->people().value(0);
    QCOMPARE(jo.knownAs, QStringLiteral("Aunty Jo"));
    QCOMPARE(Notation::ringAt(map->document()->position(jo.id)), 1);
    bool ran = false;
    whenShown<PersonDialog>(
        [](PersonDialog *d) {
            QCOMPARE(d->ring(), 1);
            QTest::keyClicks(d->sinceEdit()->lineEdit(), QStringLiteral("2019"));
            QTest::keyClicks(d->untilEdit()->lineEdit(), QStringLiteral("2018"));
            QVERIFY2(!okButton(d)->isEnabled(), "an end before the start cannot be saved");
            d->untilEdit()->lineEdit()->clear();
            QTest::keyClicks(d->untilEdit()->lineEdit(), QStringLiteral("March 2024"));
            QVERIFY(okButton(d)->isEnabled());
            d->ringCombo()->setFocus();
            QTest::keyClick(d->ringCombo(), Qt::Key_End); // "Further away"
            QCOMPARE(d->ring(), 2);
            QTest::mouseClick(okButton(d), Qt::LeftButton);
        },
        &ran);
    map->editPerson(jo.id);
    QVERIFY(ran);
    const Relationship tie = map->document()->relationshipsOf(jo.id).value(0);
    QCOMPARE(tie.from, FuzzyDate::year(2019));
    QCOMPARE(tie.to, FuzzyDate::month(2024, 3));
    QCOMPARE(Notation::ringAt(map->document()->position(jo.id)), 2);
    // The map as it was: there in 2020, gone in 2025.
    QCOMPARE(map->document()->relationshipsAsOf(QDate(2020, 6, 1)).size(), 1);
    QVERIFY(map->document()->relationshipsAsOf(QDate(2025, 6, 1)).isEmpty());
    // One undo step takes back the dates and the move together.
    m_window->undoStack()->undo();
    QVERIFY(map->document()->relationshipsOf(jo.id).value(0).from.isUnknown());
    QCOMPARE(Notation::ringAt(map->document()->position(jo.id)), 1);
    m_window->undoStack()->redo();
    QCOMPARE(Notation::ringAt(map->document()->position(jo.id)), 2);
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("All changes saved"));
}

namespace {

// Ticks the person with that name in a dialog's people checklist, with the space bar.
bool tick(QDialog *dialog, const QString &name)
{
    for (QCheckBox *box : dialog->findChildren<QCheckBox *>()) {
        if (box->text().contains(name) && !box->isChecked()) {
            box->setFocus();
            QTest::keyClick(box, Qt::Key_Space);
            return box->isChecked();
        }
    }
    return false;
}

QString pdfText(const QString &path)
{
    QProcess text;
    text.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")),
               {path, QStringLiteral("-")});
    text.waitForFinished(60000);
    // "ﬁ" as two letters again.
    return QString::fromUtf8(text.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC);
}

} // namespace

void TestFirstStory::aHomeTwoMemoriesAndAnEventByKeyboard()
{
    TimelinePane *timeline = m_window->workspace()->timelinePane();
    m_window->workspace()->showPane(CaseWorkspace::Pane::Timeline);
    QStringList problems;
    timeline->setRunDialog([&problems](QDialog *dialog) {
        if (auto *home = qobject_cast<PlacementDialog *>(dialog)) {
            QTest::keyClicks(home->nameEdit(), QStringLiteral("Jo's house"));
            // What kind of home is chosen, never assumed.
            if (home->okButton()->isEnabled())
                problems << QStringLiteral("a home could be saved without choosing its kind");
            home->typeCombo()->setFocus();
            QTest::keyClicks(home->typeCombo(), QStringLiteral("Kin"));
            QTest::keyClicks(home->fromEdit()->lineEdit(), QStringLiteral("March 2024"));
            for (QPlainTextEdit *e : dialog->findChildren<QPlainTextEdit *>()) {
                if (e->accessibleName() == QStringLiteral("Reason for coming here, as recorded"))
                    QTest::keyClicks(e, QStringLiteral("Kinship placement with maternal aunt"));
            }
            if (!tick(dialog, QStringLiteral("Aunty Jo")))
                problems << QStringLiteral("Jo is not in the carers list");
            if (!home->okButton()->isEnabled())
                problems << QStringLiteral("the home cannot be saved");
            return int(QDialog::Accepted);
        }
        if (auto *memory = qobject_cast<MemoryDialog *>(dialog)) {
            static int count = 0;
            ++count;
            QTest::keyClicks(memory->titleEdit(),
                             count == 1 ? QStringLiteral("Feeding the ducks")
                                        : QStringLiteral("My first day at Cefn Primary School, "
                                                         "with my new red book bag"));
            QTest::keyClicks(memory->dateEdit()->lineEdit(),
                             count == 1 ? QStringLiteral("summer 2019")
                                        : QStringLiteral("4 September 2024"));
            QTest::keyClicks(memory->wordsEdit(), QStringLiteral("The ducks were greedy."));
            if (!tick(dialog, QStringLiteral("Aunty Jo")))
                problems << QStringLiteral("Jo is not in who was there");
            if (!memory->okButton()->isEnabled())
                problems << QStringLiteral("the memory cannot be saved");
            return int(QDialog::Accepted);
        }
        if (auto *event = qobject_cast<EventDialog *>(dialog)) {
            event->typeCombo()->setFocus();
            QTest::keyClicks(event->typeCombo(), QStringLiteral("Rev"));
            QTest::keyClicks(event->titleEdit(), QStringLiteral("First review at Jo's"));
            QTest::keyClicks(event->dateEdit()->lineEdit(), QStringLiteral("12/06/2024"));
            if (!event->okButton()->isEnabled())
                problems << QStringLiteral("the event cannot be saved");
            return int(QDialog::Accepted);
        }
        return int(QDialog::Rejected);
    });
    timeline->addPlacement();
    timeline->addMemory();
    timeline->addMemory();
    timeline->addEvent();
    timeline->setRunDialog({});
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

    TimelineDocument *doc = timeline->document();
    QCOMPARE(doc->placements().size(), 1);
    QCOMPARE(doc->memories().size(), 2);
    QCOMPARE(doc->events().size(), 1);
    QCOMPARE(doc->events().first().type, Event::Type::Review);
    // 12/06/2024 is read day first (British English), as the hint says.
    QCOMPARE(doc->events().first().date, FuzzyDate::day(2024, 6, 12));
    QVERIFY(doc->memories().first().peopleIds.contains(m_window->caseModel()->people()[0].id));
    // A memory from 2019 lies before the first home (2024): that is a gap, not "nothing missing".
    const QString unknown = itemTexts(timeline->unknowns()).join(u'\n');
    QVERIFY2(unknown.contains(QStringLiteral("We don't know where you lived between May 2015")),
             qPrintable(unknown));
}

void TestFirstStory::mySayTakesTheChildsWordsAndTheAnswerByKeyboard()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(m_window->workspace()->currentPane(), CaseWorkspace::Pane::Voice);
    VoicePane *pane = m_window->workspace()->voicePane();
    VoiceDocument *doc = pane->document();
    QVERIFY(doc);
    QVERIFY(doc->entries().isEmpty());
    QVERIFY(!pane->waitingLabel()->isVisible());

    bool asked = false;
    QStringList problems;
    whenShown<VoiceEntryDialog>(
        [&problems](VoiceEntryDialog *d) {
            if (!focusArrives(d))
                problems << QStringLiteral("the keyboard never reached the dialog");
            // Empty words are refused, saying why, and the cursor goes where the words go.
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            if (!d->isVisible() || !d->message().contains(QStringLiteral("own words")))
                problems << QStringLiteral("empty words were not refused: ") + d->message();
            if (QApplication::focusWidget() != d->wordsEdit())
                problems << QStringLiteral("the cursor did not go to the words");
            // Back to the top, then field by field.
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ShiftModifier);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ShiftModifier);
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("May 2024"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            if (!d->promptBox()->isAncestorOf(QApplication::focusWidget()) &&
                QApplication::focusWidget() != d->promptBox())
                problems << QStringLiteral("Tab from the date does not reach the question");
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // the first question
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Jo's pancakes."));
            QList<QCheckBox *> who = d->audienceBoxes();
            if (!tabTo(who[0]))
                problems << QStringLiteral("Tab never reaches who may see it");
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space); // me and my carer
            if (!tabTo(who[2]))
                problems << QStringLiteral("Tab never reaches reviews and court");
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            if (d->isVisible()) {
                problems << QStringLiteral("Return did not save: ") + d->message();
                d->done(QDialog::Rejected);
            }
        },
        &asked);
    // A mnemonic clicks as a mouse would (a short press), so the dialog comes a moment later.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::AltModifier);
    QTRY_VERIFY(asked);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(doc->entries().size(), 1);
    const VoiceEntry said = doc->entries().first();
    QCOMPARE(said.words, QStringLiteral("Jo's pancakes."));
    QCOMPARE(said.date, FuzzyDate::month(2024, 5));
    QCOMPARE(said.prompt, VoiceRules::prompts().first());
    QCOMPARE(said.audiences, quint8(VoiceEntry::MeAndCarer | VoiceEntry::ReviewsAndCourt));
    // Nobody chose these, so nothing says they were.
    QCOMPARE(said.readBack, VoiceEntry::ReadBack::NotYet);
    QCOMPARE(said.given, VoiceEntry::Given::NotRecorded);
    QCOMPARE(pane->selectedId(), said.id);
    // ...and on the timeline, in its own lane, at once.
    QCOMPARE(m_window->workspace()->timelinePane()->document()->said().size(), 1);
    QVERIFY(pane->details()->toPlainText().contains(QStringLiteral("Jo's pancakes.")));
    // Said before the review of June 2024 and not answered: it waits, and says so.
    QVERIFY(pane->waitingLabel()->isVisible());
    const QString name = m_window->caseModel()->child().displayName();
    QVERIFY(pane->waitingLabel()->text().startsWith(QStringLiteral("1 thing %1 said").arg(name)));

    // Undo and redo from the keyboard.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(doc->entries().isEmpty());
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(doc->entries().size(), 1);

    // The answer: which review, what was done, the words for Sam, and that Sam was told.
    // Chosen with the mouse, as a carer would (a click selects after it moves the current row).
    pane->table()->clearSelection();
    QVERIFY(!pane->answerButton()->isEnabled());
    const QRect row = pane->table()->visualRect(pane->table()->model()->index(0, 2));
    QTest::mouseClick(pane->table()->viewport(), Qt::LeftButton, {}, row.center());
    QCOMPARE(pane->selectedId(), said.id);
    QVERIFY(pane->answerButton()->isEnabled());
    QVERIFY(pane->details()->toPlainText().contains(QStringLiteral("Jo's pancakes.")));
    QVERIFY(pane->table()->hasFocus());
    // Tab leaves the list for the next control (seen: it went cell by cell and never left).
    QTest::keyClick(pane->table(), Qt::Key_Tab);
    QVERIFY(!pane->table()->hasFocus());
    pane->table()->setFocus();
    asked = false;
    whenShown<VoiceAnswerDialog>(
        [&problems](VoiceAnswerDialog *d) {
            if (!focusArrives(d))
                problems << QStringLiteral("the keyboard never reached the dialog");
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // the review
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            if (QApplication::focusWidget() != d->outcomeBox())
                problems << QStringLiteral("Tab does not reach what was done");
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // listened to and done
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QTest::keyClicks(QApplication::focusWidget(),
                             QStringLiteral("Pancakes at Jo's every Saturday."));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // "why not" is skipped
            auto *told = qobject_cast<QCheckBox *>(QApplication::focusWidget());
            if (!told)
                problems << QStringLiteral("Tab does not reach 'has been told'");
            else
                QTest::keyClick(told, Qt::Key_Space);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            if (d->isVisible()) {
                problems << QStringLiteral("Return did not save the answer: ") + d->message();
                d->done(QDialog::Rejected);
            }
        },
        &asked);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::AltModifier);
    QTRY_VERIFY(asked);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    const VoiceEntry answered = doc->entries().first();
    QCOMPARE(answered.outcome, VoiceEntry::Outcome::Done);
    QCOMPARE(answered.answer, QStringLiteral("Pancakes at Jo's every Saturday."));
    QVERIFY(answered.toldToChild);
    QCOMPARE(answered.answeredByEventId, doc->decisions().first().id);
    QVERIFY(!pane->waitingLabel()->isVisible());
    QVERIFY(pane->details()->toPlainText().contains(QStringLiteral("%1 has been told.").arg(name)));
    QCOMPARE(m_window->findChild<QUndoStack *>()->undoText(),
             QStringLiteral("Answer what %1 said").arg(name));

    // A question of the carer's own is offered again next time, after the usual ones.
    VoiceEntry own = doc->entries().first();
    own.prompt = QStringLiteral("What did you dream about?");
    Command::editVoiceEntry(*m_window->findChild<QUndoStack *>(), *doc, own);
    asked = false;
    whenShown<VoiceEntryDialog>(
        [&problems](VoiceEntryDialog *d) {
            if (d->promptBox()->findText(QStringLiteral("What did you dream about?")) <
                VoiceRules::prompts().size())
                problems << QStringLiteral("the carer's own question is not offered");
            if (!d->promptBox()->currentText().isEmpty())
                problems << QStringLiteral("a question was chosen for a new entry");
            d->done(QDialog::Rejected);
        },
        &asked);
    pane->addEntry();
    QVERIFY(asked);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

// Seen: "Partly done" and "has been told" were saved with no answer at all.
void TestFirstStory::anAnswerSaysWhatWasSaidToTheChild()
{
    VoiceEntry said;
    said.words = QStringLiteral("More pancakes");
    VoiceAnswerDialog d(said, {}, QStringLiteral("Sam"), m_window.get());
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    d.outcomeBox()->setCurrentIndex(d.outcomeBox()->findData(int(VoiceEntry::Outcome::Partly)));
    d.findChild<QCheckBox *>()->setChecked(true);
    d.accept();
    QVERIFY(d.isVisible());
    QVERIFY2(d.message().contains(QStringLiteral("Write the answer")), qPrintable(d.message()));
    QTest::keyClicks(d.answerEdit(), QStringLiteral("Pancakes on Sundays."));
    d.accept();
    QVERIFY(d.isVisible()); // partly: and why not the rest?
    QVERIFY2(d.message().contains(QStringLiteral("why")), qPrintable(d.message()));
    d.outcomeBox()->setCurrentIndex(d.outcomeBox()->findData(int(VoiceEntry::Outcome::Done)));
    d.accept();
    QVERIFY(!d.isVisible());
    QCOMPARE(d.result(), int(QDialog::Accepted));
    QCOMPARE(d.entry().answer, QStringLiteral("Pancakes on Sundays."));
}

void TestFirstStory::aDateInTheFutureWarnsButIsKept()
{
    VoiceEntryDialog d(m_window->caseModel()->people(), QStringLiteral("Sam"), QDate(2015, 5, 1),
                       QDate(2026, 6, 1), m_window.get());
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QTest::keyClicks(d.dateEdit()->lineEdit(), QStringLiteral("March 2027"));
    QVERIFY2(d.dateEdit()->feedback().contains(QStringLiteral("future")),
             qPrintable(d.dateEdit()->feedback()));
    QTest::keyClicks(d.wordsEdit(), QStringLiteral("When I'm twelve I want a dog."));
    d.accept(); // a warning, not a refusal: it is kept as typed
    QVERIFY(!d.isVisible());
    QCOMPARE(d.entry().date, FuzzyDate::month(2027, 3));
}

// Seen: scrolling a tall dialog with the wheel turned "Worries" into "Something else" as the
// pointer passed over the list.
void TestFirstStory::aMoveIsPlannedSiblingsFirstByKeyboard()
{
    // A brother on the map first: the plan asks about him before anyone else.
    bool ran = false;
    whenShown<PersonDialog>(
        [](PersonDialog *d) {
            QTest::keyClicks(d->knownAsEdit(), QStringLiteral("Kai"));
            d->roleCombo()->setFocus();
            QTest::keyClicks(d->roleCombo(), QStringLiteral("Brother"));
            d->kindCombo()->setFocus();
            QTest::keyClicks(d->kindCombo(), QStringLiteral("Strong"));
            QTest::mouseClick(okButton(d), Qt::LeftButton);
        },
        &ran);
    m_window->workspace()->ecomapPane()->addAction()->trigger();
    QVERIFY(ran);

    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_window->workspace()->currentPane(), CaseWorkspace::Pane::Moves);
    MovesPane *moves = m_window->workspace()->movesPane();
    QCOMPARE(moves->movesTable()->model()->rowCount(), 0); // one home: no move yet

    // "Plan a move…": the new home, then the plan for moving there.
    QStringList problems;
    bool homeAsked = false;
    bool planAsked = false;
    whenShown<PlacementDialog>(
        [&problems](PlacementDialog *d) {
            if (!focusArrives(d))
                problems << QStringLiteral("the keyboard never reached the new home");
            if (d->windowTitle() != QStringLiteral("Plan a move: the new home"))
                problems << d->windowTitle();
            QTest::keyClicks(d->nameEdit(), QStringLiteral("The Smiths' house"));
            d->typeCombo()->setFocus();
            QTest::keyClicks(d->typeCombo(), QStringLiteral("Adop"));
            QTest::keyClicks(d->fromEdit()->lineEdit(), QStringLiteral("June 2031"));
            QTest::keyClick(d->fromEdit()->lineEdit(), Qt::Key_Tab);
            if (!d->okButton()->isEnabled())
                problems << QStringLiteral("a planned home cannot be saved");
            // A date to come is what a planned move has: no "in the future" warning.
            for (const QLabel *l : d->findChildren<QLabel *>()) {
                if (l->isVisible() && l->text().contains(QStringLiteral("future")))
                    problems << l->text();
            }
            QTest::mouseClick(d->okButton(), Qt::LeftButton);
        },
        &homeAsked);
    whenShown<MovePlanDialog>(
        [&problems](MovePlanDialog *d) {
            if (!focusArrives(d))
                problems << QStringLiteral("the keyboard never reached the plan");
            // Siblings first, then the carer the child is leaving.
            if (d->people().size() != 2 ||
                d->windowTitle() != QStringLiteral("Keeping in touch: the move to "
                                                   "The Smiths' house"))
                problems << QStringLiteral("the plan lists %1 people").arg(d->people().size());
            else if (d->people().at(0).plan->accessibleName() != QStringLiteral("What happens "
                                                                                "with Kai"))
                problems << d->people().at(0).plan->accessibleName();
            // Nothing is chosen for the user: every relationship starts "not decided yet".
            for (const MovePlanDialog::PersonFields &f : d->people()) {
                if (f.plan->currentText() != QStringLiteral("Not decided yet"))
                    problems << QStringLiteral("a plan was chosen for the user");
            }
            // Choosing "Plan a move…" said the move is planned.
            if (d->planningCombo()->currentText() != QStringLiteral("Planned"))
                problems << QStringLiteral("a move made with Plan a move is not planned");
            d->planningCombo()->setFocus();
            QTest::keyClick(d->planningCombo(), Qt::Key_Tab);
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Six weeks"));
            if (QApplication::focusWidget() != d->noticeEdit())
                problems << QStringLiteral("Tab does not go from how to notice");
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        },
        &planAsked);
    QTest::keyClick(moves->movesTable(), Qt::Key_Escape); // focus in the pane, nothing else
    for (QAction *a : moves->findChildren<QAction *>()) {
        if (a->text().remove(u'&') == QStringLiteral("Plan a move…"))
            a->trigger();
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY(homeAsked && planAsked);
    TimelineDocument *doc = m_window->workspace()->timelinePane()->document();
    QCOMPARE(doc->movePlans().size(), 1);
    QCOMPARE(doc->movePlans().first().planning, MovePlan::Planning::Planned);
    QCOMPARE(doc->movePlans().first().notice, QStringLiteral("Six weeks"));

    // Kai and Jo undecided before a move to come: said on the Moves tab, the map, the timeline.
    const QString warning =
        QStringLiteral("Before the move to The Smiths' house: nothing is "
                       "decided yet about keeping in touch with Kai, Aunty Jo.");
    QCOMPARE(moves->warningLabel()->text(), warning);
    QVERIFY(moves->warningLabel()->isVisible());
    QCOMPARE(m_window->workspace()->ecomapPane()->moveWarningLabel()->text(), warning);
    QVERIFY(itemTexts(m_window->workspace()->timelinePane()->unknowns()).contains(warning));
    QTabWidget *tabs = m_window->workspace()->tabs();
    QCOMPARE(tabs->tabText(int(CaseWorkspace::Pane::Moves)), QStringLiteral("Moves (to plan)"));

    // Deciding, by keyboard: Kai by video every week, arranged by Jo; Jo carries on.
    bool decided = false;
    whenShown<MovePlanDialog>(
        [&problems](MovePlanDialog *d) {
            if (!focusArrives(d))
                problems << QStringLiteral("the keyboard never reached the plan");
            const MovePlanDialog::PersonFields kai = d->people().at(0);
            if (!tabTo(kai.plan))
                problems << QStringLiteral("Tab never reaches Kai's plan");
            QTest::keyClicks(kai.plan, QStringLiteral("New"));
            if (!kai.often->isEnabled())
                problems << QStringLiteral("how often is not offered for a new arrangement");
            QTest::keyClick(kai.plan, Qt::Key_Tab);
            // (Space would open the list: arrows choose, as most people do.)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
            if (kai.often->currentText() != QStringLiteral("Every week"))
                problems << QStringLiteral("how often: ") + kai.often->currentText();
            if (!tabTo(kai.ways.at(2)))
                problems << QStringLiteral("Tab never reaches video calls");
            QTest::keyClick(kai.ways.at(2), Qt::Key_Space);
            if (!tabTo(kai.arrangedBy))
                problems << QStringLiteral("Tab never reaches who arranges it");
            QTest::keyClicks(kai.arrangedBy, QStringLiteral("Jo"));
            const MovePlanDialog::PersonFields jo = d->people().at(1);
            if (!tabTo(jo.plan))
                problems << QStringLiteral("Tab never reaches Jo's plan");
            QTest::keyClicks(jo.plan, QStringLiteral("Cont"));
            QTest::keyClick(jo.plan, Qt::Key_Return);
        },
        &decided);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    moves->movesTable()->setFocus();
    QTest::keyClick(moves->movesTable(), Qt::Key_K, Qt::ControlModifier);
    QVERIFY(decided);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QTRY_VERIFY(!moves->warningLabel()->isVisible());
    QCOMPARE(tabs->tabText(int(CaseWorkspace::Pane::Moves)), QStringLiteral("Moves"));
    QVERIFY(!m_window->workspace()->ecomapPane()->moveWarningLabel()->isVisible());
    // In the file, as chosen.
    const QList<MovePlan> stored = MovePlanRepository(m_window->caseModel()->file()).all();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().keep.size(), 2);
    const KeepInTouch kai = stored.first().keep.first();
    QCOMPARE(kai.plan, KeepInTouch::Plan::NewArrangement);
    QCOMPARE(kai.often, Relationship::Contact::Weekly);
    QCOMPARE(kai.ways, quint8(KeepInTouch::Video));
    QCOMPARE(kai.arrangedBy, QStringLiteral("Jo"));
    QCOMPARE(stored.first().keep.at(1).plan, KeepInTouch::Plan::ContinuesAsNow);
    QCOMPARE(moves->peopleTable()->model()->index(0, 2).data().toString(),
             QStringLiteral("New arrangement: video calls, every week, arranged by Jo"));

    // Undo takes the decision back (and the warning with it); redo decides again.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_VERIFY(moves->warningLabel()->isVisible());
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(!moves->warningLabel()->isVisible());
}

void TestFirstStory::scrollingADialogNeverTurnsAChoice()
{
    VoiceEntryDialog d(m_window->caseModel()->people(), QStringLiteral("Sam"), QDate(),
                       QDate::currentDate(), m_window.get());
    d.resize(d.width(), 400); // short enough to scroll
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QComboBox *topic = nullptr;
    for (QComboBox *box : d.findChildren<QComboBox *>()) {
        if (box->accessibleName() == QStringLiteral("What it is about"))
            topic = box;
    }
    QVERIFY(topic);
    topic->setCurrentIndex(1);
    QVERIFY(!topic->hasFocus());
    auto *scroll = d.findChild<QScrollArea *>();
    const int before = scroll->verticalScrollBar()->value();
    const QPointF at(topic->width() / 2.0, topic->height() / 2.0);
    QWheelEvent wheel(at, topic->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(topic, &wheel);
    QCOMPARE(topic->currentIndex(), 1);
    QVERIFY(scroll->verticalScrollBar()->value() > before); // the form scrolled instead
    d.done(QDialog::Rejected);
}

void TestFirstStory::theBooksHoldWhatWasTyped()
{
    BookPane *books = m_window->workspace()->bookPane();
    m_window->workspace()->showPane(CaseWorkspace::Pane::Book);
    const QString bookPath = m_dir->filePath(QStringLiteral("book.pdf"));
    const QString packPath = m_dir->filePath(QStringLiteral("pack.pdf"));
    books->setAudience(Redaction::Audience::ChildBook);
    books->setChooseFile([&](const QString &) { return bookPath; });
    Dialogs::setNextAnswer(QMessageBox::Close); // "Saved: Open / Show in folder / Close"
    QTest::mouseClick(books->saveButton(), Qt::LeftButton);
    books->setAudience(Redaction::Audience::Court);
    books->setChooseFile([&](const QString &) { return packPath; });
    Dialogs::setNextAnswer(QMessageBox::Close);
    QTest::mouseClick(books->saveButton(), Qt::LeftButton);
    QVERIFY(QFile::exists(bookPath));
    QVERIFY(QFile::exists(packPath));

    const QString book = pdfText(bookPath);
    const qsizetype aboutMe = book.indexOf(QStringLiteral("All about me"), book.indexOf(u'\f'));
    QVERIFY(aboutMe > 0);
    QVERIFY2(book.indexOf(QStringLiteral("I was born on 12 May 2015."), aboutMe) > aboutMe,
             qPrintable(book));
    QVERIFY(book.indexOf(QStringLiteral("I love drawing dragons."), aboutMe) > aboutMe);
    QVERIFY(book.contains(QStringLiteral("Feeding the ducks")));
    // Nothing cut off: a long memory title is there whole (it wraps), with no "…".
    // (pdftotext reads the two columns of memories line by line, so look for each word.)
    for (const char *word : {"Cefn", "Primary", "School,", "red", "book", "bag"})
        QVERIFY2(book.contains(QString::fromLatin1(word)), word);
    QVERIFY(!book.contains(QStringLiteral("…")));
    QVERIFY(book.contains(QStringLiteral("Jo's house")));
    QVERIFY2(book.contains(QStringLiteral("I live with Aunty Jo.")),
             "present tense for a home now");
    QVERIFY(book.contains(QStringLiteral("Not so close")) ||
            book.contains(QStringLiteral("Not sure yet")));
    QVERIFY2(!book.contains(QStringLiteral("Tenuous")), "child-facing words in the child's book");

    const QString pack = pdfText(packPath);
    QVERIFY(pack.contains(QStringLiteral("Date of birth:")));
    QVERIFY(pack.contains(QStringLiteral("12 May 2015")));
    const qsizetype chronology = pack.indexOf(QStringLiteral("Chronology"), pack.indexOf(u'\f'));
    QVERIFY(chronology > 0);
    QVERIFY(pack.indexOf(QStringLiteral("Home: Jo's house (Kinship"), chronology) > chronology);
    QVERIFY(pack.indexOf(QStringLiteral("First review at Jo's"), chronology) > chronology);
    // Why the child came is in the placement history too, not only in the chronology.
    const qsizetype history = pack.lastIndexOf(QStringLiteral("Placement history"));
    QVERIFY(history > chronology);
    static const QRegularExpression came(QStringLiteral("Came:\\s+Kinship\\s+placement"));
    QVERIFY2(pack.indexOf(came, history) > history, qPrintable(pack.mid(history)));
    static const QRegularExpression june(QStringLiteral("12 June\\s+2024"));
    QVERIFY2(pack.indexOf(june, chronology) > chronology, qPrintable(pack.mid(chronology)));
    // Unambiguous dates only: no 12/06/2024 or 06/12/24 in a court pack.
    static const QRegularExpression numericDate(QStringLiteral("\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b"));
    QVERIFY2(!pack.contains(numericDate), qPrintable(pack));
}

void TestFirstStory::aLaterLifeLetterIsWrittenByKeyboard()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_6, Qt::ControlModifier);
    LetterPane *pane = m_window->workspace()->letterPane();
    QVERIFY(pane->isVisible());
    LetterDocument *doc = pane->document();
    QVERIFY(doc);
    QVERIFY(!doc->hasLetter()); // nothing is written until the writer writes
    QCOMPARE(pane->toEdit()->text(), QStringLiteral("Sammy"));
    const auto alt = [](Qt::Key key) {
        QTest::keyClick(QApplication::focusWidget(), key, Qt::AltModifier);
    };
    pane->parts()->setFocus();
    alt(Qt::Key_O);
    QCOMPARE(QApplication::focusWidget(), pane->authorEdit());
    QTest::keyClicks(pane->authorEdit(), QStringLiteral("Ann Cole"));
    alt(Qt::Key_K);
    QCOMPARE(QApplication::focusWidget(), pane->careBox());
    QTest::keyClicks(pane->careBox(), QStringLiteral("Kin"));
    QCOMPARE(doc->letter().care, LaterLifeLetter::Care::Kinship);
    QCOMPARE(doc->letter().author, QStringLiteral("Ann Cole"));

    // Where you lived: started from the facts typed in earlier, then rewritten.
    alt(Qt::Key_P);
    QCOMPARE(QApplication::focusWidget(), pane->parts());
    QTest::keyClick(pane->parts(), Qt::Key_Down);
    QTest::keyClick(pane->parts(), Qt::Key_Down);
    QCOMPARE(pane->currentPart(), LetterSection::Kind::Homes);
    alt(Qt::Key_C); // a button's Alt key clicks it a moment later, as it shows the press
    QTRY_COMPARE(QApplication::focusWidget(), pane->editor());
    const QString draft = pane->editor()->toPlainText();
    QVERIFY2(draft.contains(QStringLiteral("You went to live at Jo's house with Aunty Jo in "
                                           "March 2024.")),
             qPrintable(draft));
    QVERIFY(pane->draftBanner()->isVisible());
    QVERIFY(pane->parts()->item(2)->text().contains(QStringLiteral("draft")));
    QTest::keyClick(pane->editor(), Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(pane->editor(), QStringLiteral(" It was a placement after respite."));
    // The care-system words are found as they are typed.
    const QStringList jargon = itemTexts(pane->jargonList());
    QVERIFY2(jargon.size() == 2 && jargon.join(QString()).contains(QStringLiteral("respite")),
             qPrintable(jargon.join(QLatin1Char('|'))));
    QTest::keyClick(pane->editor(), Qt::Key_Tab); // leaving the words writes them
    QVERIFY(!pane->draftBanner()->isVisible());
    QVERIFY(doc->letter()
                .section(LetterSection::Kind::Homes)
                .markdown.contains(QStringLiteral("after respite")));
    QVERIFY(!doc->letter().section(LetterSection::Kind::Homes).draft);

    // Aunty Jo is named: her permission is refused, so the letter says who she was instead.
    QVERIFY(itemTexts(pane->namedList()).contains(QStringLiteral("Aunty Jo: Not asked yet")));
    alt(Qt::Key_L);
    QCOMPARE(QApplication::focusWidget(), pane->namedList());
    QTest::keyClick(pane->namedList(), Qt::Key_Down);
    alt(Qt::Key_M);
    QCOMPARE(QApplication::focusWidget(), pane->permissionBox());
    QTest::keyClick(pane->permissionBox(), Qt::Key_End); // "Permission refused"
    QVERIFY(itemTexts(pane->namedList()).contains(QStringLiteral("Aunty Jo: Permission refused")));
    // What that means is said where it is chosen, and what is left to do beside Save.
    QVERIFY2(pane->permissionHint()->text().contains(QStringLiteral("instead of their name")),
             qPrintable(pane->permissionHint()->text()));
    QVERIFY2(pane->outlook()->text().contains(QStringLiteral("2 words a child may not know")),
             qPrintable(pane->outlook()->text()));

    const QString path = m_dir->filePath(QStringLiteral("letter.pdf"));
    pane->setChooseFile([&](const QString &) { return path; });
    Dialogs::setNextAnswer(QMessageBox::Close); // "Saved: Open / Show in folder / Close"
    alt(Qt::Key_S);
    QTRY_VERIFY(QFile::exists(path));
    const QString letter = pdfText(path);
    QVERIFY(letter.contains(QStringLiteral("Dear Sammy,")));
    QVERIFY(letter.contains(QStringLiteral("Jo's house")));
    // The copy for the child has no page for the file, and so no refused name at all.
    QVERIFY(!letter.contains(QStringLiteral("For the file")));
    QVERIFY2(!letter.contains(QStringLiteral("Aunty Jo")), qPrintable(letter));
    QVERIFY(doc->versions().last().what.contains(QStringLiteral("PDF")));
    QVERIFY(!doc->versions().last().text.contains(QStringLiteral("Aunty Jo")));

    // Undo from the Edit menu's shortcut takes the refusal back.
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(itemTexts(pane->namedList()).contains(QStringLiteral("Aunty Jo: Not asked yet")));
}

void TestFirstStory::f1OpensTheGettingStartedGuide()
{
    QApplication::setActiveWindow(m_window.get());
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    auto *guide = m_window->findChild<GettingStarted *>();
    QVERIFY(guide);
    QVERIFY(guide->isVisible());
    QVERIFY(guide->browser()->toPlainText().contains(QStringLiteral("Start a new life story")));
    // The pictures load from the app's own resources.
    const QVariant picture = guide->browser()->document()->resource(
        QTextDocument::ImageResource, QUrl(QStringLiteral(":/icons/new-story.svg")));
    QVERIFY(picture.isValid());
    guide->close();
}

namespace {

// Where a widget sits on its dialog's page, as a reader meets it: fields in a scroll area by
// their place on the whole page (not where scrolling put them), anything below it afterwards.
QPoint readingPlace(QWidget *w, QDialog *dialog)
{
    // The page's own scroll area is the outermost one (a list of people scrolls inside it).
    QScrollArea *page = nullptr;
    for (QWidget *p = w->parentWidget(); p && p != dialog; p = p->parentWidget()) {
        if (auto *scroll = qobject_cast<QScrollArea *>(p);
            scroll && scroll->widget() && scroll->widget()->isAncestorOf(w))
            page = scroll;
    }
    if (page)
        return w->mapTo(page->widget(), QPoint(0, 0));
    return w->mapTo(dialog, QPoint(0, 0)) + QPoint(0, 100000);
}

// Walks a dialog with Tab from its first field and returns what went out of reading order.
QStringList tabProblems(QDialog *dialog, const QString &name)
{
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog))
        return {name + QStringLiteral(": never shown")};
    QApplication::setActiveWindow(dialog);
    QWidget *first = QApplication::focusWidget();
    QStringList problems;
    if (!first || first->window() != dialog)
        return {name + QStringLiteral(": opens with no field focused")};
    QWidget *previous = first;
    QSet<QWidget *> visited{first};
    for (int step = 0; step < 80; ++step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        if (!now || now == first)
            break;
        if (qobject_cast<QScrollArea *>(now))
            problems << name + QStringLiteral(": Tab stops on a scroll area");
        const QPoint a = readingPlace(previous, dialog);
        const QPoint b = readingPlace(now, dialog);
        const bool sameRow = qAbs(a.y() - b.y()) < 6;
        // From the last button back up to the page is the end of the round, not a step back.
        const bool wraps = a.y() >= 100000 && b.y() < 100000;
        if (wraps)
            break;
        visited.insert(now);
        if (b.y() < a.y() - 6 || (sameRow && b.x() < a.x()))
            problems << QStringLiteral("%1: Tab goes back from %2 to %3")
                            .arg(name,
                                 previous->accessibleName().isEmpty()
                                     ? QString::fromLatin1(previous->metaObject()->className())
                                     : previous->accessibleName(),
                                 now->accessibleName().isEmpty()
                                     ? QString::fromLatin1(now->metaObject()->className())
                                     : now->accessibleName());
        previous = now;
    }
    // Every field is reached (the passphrase dialog's "Again" was not).
    for (QWidget *field : dialog->findChildren<QWidget *>()) {
        const bool isField = qobject_cast<QLineEdit *>(field) ||
                             qobject_cast<QPlainTextEdit *>(field) ||
                             qobject_cast<QComboBox *>(field);
        if (isField && field->isVisible() && field->isEnabled() &&
            (field->focusPolicy() & Qt::TabFocus) && !visited.contains(field) &&
            !qobject_cast<QComboBox *>(field->parentWidget()))
            problems
                << QStringLiteral("%1: Tab never reaches %2").arg(name, field->accessibleName());
    }
    dialog->done(QDialog::Rejected);
    return problems;
}

} // namespace

// Seen: in the new-passphrase dialog Tab skipped "Again" and landed on Cancel. Every dialog is
// walked with Tab: it must go the way the page reads, top to bottom, left to right.
void TestFirstStory::tabFollowsThePageInEveryDialog()
{
    TimelineDocument *doc = m_window->workspace()->timelinePane()->document();
    QVERIFY(doc);
    QStringList problems;
    {
        PersonDialog d(QStringLiteral("Sammy"), m_window.get());
        problems << tabProblems(&d, QStringLiteral("person"));
    }
    {
        MemoryDialog d(*doc, m_window.get());
        problems << tabProblems(&d, QStringLiteral("memory"));
    }
    {
        PlacementDialog d(*doc, m_window.get());
        problems << tabProblems(&d, QStringLiteral("place"));
    }
    {
        EventDialog d(*doc, m_window.get());
        problems << tabProblems(&d, QStringLiteral("event"));
    }
    if (!doc->continuity().moves().isEmpty()) {
        MovePlanDialog d(*doc, doc->continuity().moves().first(), m_window.get());
        problems << tabProblems(&d, QStringLiteral("move plan"));
    } else {
        problems << QStringLiteral("the planned move made earlier is gone");
    }
    {
        AboutChildDialog d(m_window.get());
        d.setChild(m_window->caseModel()->child(), {});
        problems << tabProblems(&d, QStringLiteral("about"));
    }
    {
        NewStoryDialog d(m_window.get());
        problems << tabProblems(&d, QStringLiteral("new story"));
    }
    {
        PassphraseDialog d(PassphraseDialog::Mode::Create, QStringLiteral("Sammy"), m_window.get());
        problems << tabProblems(&d, QStringLiteral("passphrase"));
    }
    {
        CourtDetailsDialog d(m_window.get());
        problems << tabProblems(&d, QStringLiteral("court details"));
    }
    {
        StorageError error;
        HandoverDialog d(CaseContentIO::read(*m_window->caseFile(), false, &error), {},
                         m_window.get());
        problems << tabProblems(&d, QStringLiteral("hand-over"));
    }
    {
        VoiceEntryDialog d(m_window->caseModel()->people(), QStringLiteral("Sammy"), QDate(),
                           QDate::currentDate(), m_window.get());
        problems << tabProblems(&d, QStringLiteral("what the child said"));
    }
    {
        VoiceEntry said;
        said.words = QStringLiteral("Words");
        VoiceAnswerDialog d(said, {}, QStringLiteral("Sammy"), m_window.get());
        problems << tabProblems(&d, QStringLiteral("what happened"));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

// Larger Text enlarged the words everywhere but on the map's cards.
void TestFirstStory::largerTextMakesTheMapsCardsLarger()
{
    EcomapPane *map = m_window->workspace()->ecomapPane();
    const ItemId jo = m_window->caseModel()->people().value(0).id;
    PersonItem *card = map->scene()->personItem(jo);
    QVERIFY(card);
    const qreal normal = card->sceneBoundingRect().width();
    QCOMPARE(map->scene()->cardScale(), 1.0);
    m_window->largerTextAction()->setChecked(true);
    QCoreApplication::processEvents();
    QVERIFY2(map->scene()->cardScale() > 1.2,
             qPrintable(QString::number(map->scene()->cardScale())));
    QVERIFY(map->scene()->personItem(jo)->sceneBoundingRect().width() > normal * 1.2);
    // The taller key scrolls instead of making the window taller than the screen.
    m_window->workspace()->showPane(CaseWorkspace::Pane::Ecomap);
    m_window->grab(); // paint everything once: the key sizes itself as it paints
    QCoreApplication::processEvents();
    QVERIFY2(m_window->minimumSizeHint().height() + 40 <= 720,
             qPrintable(QString::number(m_window->minimumSizeHint().height())));
    m_window->largerTextAction()->setChecked(false);
    QCoreApplication::processEvents();
    QCOMPARE(map->scene()->cardScale(), 1.0);
}

// The carer's own story goes to new carers: chosen, with Aunty Jo left out and a letter, by
// keyboard; the words passphrase written down; the sheet saved; then the copy opened as the new
// carers would, its letter shown once.
void TestFirstStory::theStoryIsHandedOverToNewCarers()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    const QString original = m_window->caseFile()->path();
    const QString name = m_window->caseModel()->child().knownAs;
    const QString copy = m_dir->filePath(QStringLiteral("Sam for new carers.belonging"));
    const QString sheet = m_dir->filePath(QStringLiteral("hand-over sheet.pdf"));
    const QString letter = QStringLiteral("Sam sleeps with the landing light on.");
    QString words;
    bool chose = false;
    bool wrote = false;
    bool saved = false;
    whenShown<HandoverDialog>(
        [&](HandoverDialog *d) {
            // Nobody is chosen for the user, so the copy cannot be made yet.
            QVERIFY(!okButton(d)->isEnabled());
            QAbstractButton *newCarers = d->receiverButton(HandoverRecord::Receiver::NewCarers);
            QVERIFY(tabTo(newCarers));
            QTest::keyClick(newCarers, Qt::Key_Space);
            QVERIFY(newCarers->isChecked());
            QVERIFY(okButton(d)->isEnabled());
            QVERIFY(!itemTexts(d->staysHere()).isEmpty());
            QVERIFY(tick(d, QStringLiteral("Aunty Jo")));
            QVERIFY2(itemTexts(d->staysHere())
                         .join(u'|')
                         .contains(QStringLiteral("A person chosen to be left out")),
                     qPrintable(itemTexts(d->staysHere()).join(u'|')));
            QVERIFY(tabTo(d->letter()));
            QTest::keyClicks(d->letter(), letter);
            Dialogs::setNextFileName(copy);
            whenShown<HandoverPassphraseDialog>(
                [&](HandoverPassphraseDialog *p) {
                    const QString first = p->passphrase();
                    QCOMPARE(first.split(u' ').size(), 6);
                    QVERIFY(!okButton(p)->isEnabled()); // not until it is written down
                    QTest::mouseClick(p->again(), Qt::LeftButton);
                    QVERIFY(p->passphrase() != first);
                    auto *written = p->findChild<QCheckBox *>();
                    QVERIFY(tabTo(written));
                    QTest::keyClick(written, Qt::Key_Space);
                    QVERIFY(okButton(p)->isEnabled());
                    words = p->passphrase();
                    whenShown<QMessageBox>( // "The copy is made…": save the sheet
                        [&](QMessageBox *box) {
                            QVERIFY(box->text().contains(QStringLiteral("separately")));
                            Dialogs::setNextFileName(sheet);
                            Dialogs::setNextAnswer(QMessageBox::Close); // "Saved …"
                            QTest::mouseClick(box->button(QMessageBox::Save), Qt::LeftButton);
                        },
                        &saved);
                    QTest::mouseClick(okButton(p), Qt::LeftButton);
                },
                &wrote);
            QTest::mouseClick(okButton(d), Qt::LeftButton);
        },
        &chose);
    QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(chose);
    QVERIFY(wrote);
    QVERIFY(saved);
    QTRY_VERIFY(QFile::exists(copy));
    QTRY_VERIFY(QFile::exists(sheet));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("New carers")),
             qPrintable(m_window->statusBar()->currentMessage()));
    QCOMPARE(QFile::permissions(sheet) & (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions());
    const QString printed = pdfText(sheet);
    QVERIFY2(printed.contains(QStringLiteral("New carers")), qPrintable(printed));
    QVERIFY(printed.contains(QStringLiteral("A person chosen to be left out")));
    // Never the passphrase: not whole, and no two of its words together. (One word alone may
    // be an everyday word the sheet uses anyway — "new", "copy" — so it proves nothing.)
    const QString flat = printed.simplified();
    QVERIFY2(!flat.contains(words, Qt::CaseInsensitive), "never the passphrase");
    const QStringList each = words.split(u' ');
    for (qsizetype i = 0; i + 1 < each.size(); ++i)
        QVERIFY2(!flat.contains(each[i] + u' ' + each[i + 1], Qt::CaseInsensitive),
                 "never part of the passphrase");
    m_copy = copy;
    m_copyWords = words;
    QCOMPARE(HandoverRepository(*m_window->caseFile()).all().size(), 1);

    // The new carers open it with the words: the letter greets them, the first time only.
    bool unlocked = false;
    bool greeted = false;
    whenShown<PassphraseDialog>(
        [&](PassphraseDialog *p) {
            QTest::keyClicks(QApplication::focusWidget(), words);
            whenShown<HandoverLetterDialog>(
                [&](HandoverLetterDialog *l) {
                    QVERIFY(l->findChild<QTextBrowser *>()->toPlainText() == letter);
                    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
                },
                &greeted);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            Q_UNUSED(p);
        },
        &unlocked);
    QVERIFY(m_window->openFile(copy));
    QVERIFY(unlocked);
    QVERIFY(greeted);
    QVERIFY(!HandoverRepository(*m_window->caseFile()).unreadLetter());
    QCOMPARE(m_window->caseModel()->child().knownAs, name);
    for (const Person &p : m_window->caseModel()->people())
        QVERIFY(p.knownAs != QStringLiteral("Aunty Jo"));
    QVERIFY(!m_window->caseModel()->people().isEmpty());

    bool back = false;
    whenShown<PassphraseDialog>(
        [](PassphraseDialog *) {
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("a long passphrase"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        },
        &back);
    QVERIFY(m_window->openFile(original));
    QVERIFY(back);
}

void TestFirstStory::theNewCarersAdditionsComeHomeAndUndoTakesThemBack()
{
    QVERIFY(!m_copy.isEmpty());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    // The new carers add a memory and rewrite "All about me"; here it is rewritten too.
    const QString zoo = QStringLiteral("Our first trip to the zoo");
    const QString theirWords = QStringLiteral("I like giraffes and my new bedroom.");
    const QString ourWords = QStringLiteral("I like football and drawing.");
    {
        StorageError error;
        auto copy = CaseFile::open(m_copy, SecureBytes::fromUtf8(m_copyWords), &error,
                                   KdfParams::fastForTests());
        QVERIFY2(copy, qPrintable(error.detail()));
        Memory m;
        m.title = zoo;
        QVERIFY(!MemoryRepository(*copy).add(m));
        ChildProfile child = ChildRepository(*copy).load();
        child.allAboutMe = theirWords;
        QVERIFY(!ChildRepository(*copy).save(child));
    }
    ChildProfile here = m_window->caseModel()->child();
    here.allAboutMe = ourWords;
    QVERIFY(!m_window->caseModel()->setChild(here));
    const auto memoriesHere = [this] {
        QStringList titles;
        for (const Memory &m : m_window->workspace()->timelinePane()->document()->memories())
            titles << m.title;
        return titles;
    };
    QVERIFY(!memoriesHere().contains(zoo));

    // The story that is open is not "another copy": said before any passphrase is asked.
    Dialogs::setNextFileName(m_window->caseFile()->path());
    QTimer::singleShot(0, [] { // were a passphrase asked for, it would be turned down here
        if (auto *asked = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
            asked->reject();
    });
    m_window->mergeAction()->trigger();
    QVERIFY2(Dialogs::lastWarning().contains(QStringLiteral("the story you have open")),
             qPrintable(Dialogs::lastWarning()));
    QCoreApplication::processEvents();
    bool unlocked = false;
    bool reviewed = false;
    Dialogs::setNextFileName(m_copy);
    whenShown<PassphraseDialog>(
        [&](PassphraseDialog *) {
            QTest::keyClicks(QApplication::focusWidget(), m_copyWords);
            whenShown<MergeDialog>(
                [&](MergeDialog *d) {
                    // One question, nothing chosen: Bring In waits for an answer.
                    QCOMPARE(d->questions().size(), 1);
                    QVERIFY(!d->bringIn()->isEnabled());
                    QAbstractButton *mine = d->questions()[0]->button(0);
                    QAbstractButton *theirs = d->questions()[0]->button(1);
                    QVERIFY2(mine->accessibleDescription().contains(ourWords),
                             qPrintable(mine->accessibleDescription()));
                    QVERIFY2(theirs->accessibleDescription().contains(theirWords),
                             qPrintable(theirs->accessibleDescription()));
                    QVERIFY(tabTo(mine));
                    QTest::keyClick(mine, Qt::Key_Down); // the arrow moves to "the other copy"
                    QCOMPARE(QApplication::focusWidget(), theirs);
                    QTest::keyClick(theirs, Qt::Key_Space);
                    QVERIFY(theirs->isChecked());
                    QVERIFY(d->bringIn()->isEnabled());
                    const QString list = itemTexts(d->whatChanges()).join(u'|');
                    QVERIFY2(list.contains(zoo), qPrintable(list));
                    QVERIFY2(!list.contains(QStringLiteral("Removed")),
                             "what was left out of the copy is not removed here");
                    QTest::mouseClick(d->bringIn(), Qt::LeftButton);
                },
                &reviewed);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        },
        &unlocked);
    const QString warnedBefore = Dialogs::lastWarning();
    QTest::keyClick(m_window.get(), Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(unlocked);
    QVERIFY(reviewed);
    QTRY_VERIFY(memoriesHere().contains(zoo));
    QCOMPARE(m_window->caseModel()->child().allAboutMe, theirWords);
    bool joStayed = false;
    for (const Person &p : m_window->caseModel()->people())
        joStayed = joStayed || p.knownAs == QStringLiteral("Aunty Jo");
    QVERIFY2(joStayed, "left out of the copy, still here");
    QCOMPARE(Dialogs::lastWarning(), warnedBefore); // nothing went wrong on the way

    // One step back, and forward again.
    auto *stack = m_window->findChild<QUndoStack *>();
    QVERIFY(stack);
    QVERIFY(stack->canUndo());
    QCOMPARE(stack->undoText(), QStringLiteral("bring in changes"));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_VERIFY2(!memoriesHere().contains(zoo), qPrintable(Dialogs::lastWarning()));
    QCOMPARE(m_window->caseModel()->child().allAboutMe, ourWords);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(memoriesHere().contains(zoo));
    QCOMPARE(m_window->caseModel()->child().allAboutMe, theirWords);
    QVERIFY(!m_window->caseFile()->checkIntegrity());
}

// The Family tab on the carer's own story: the child's mother added from the child's menu by
// keyboard alone (the Menu key, a letter, the dialog's fields), undone and redone; then the
// child nudged with Alt+arrow and the nudge undone.
void TestFirstStory::theFamilyTreeIsBuiltByKeyboard()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_7, Qt::ControlModifier);
    QCOMPARE(m_window->workspace()->currentPane(), CaseWorkspace::Pane::Family);
    GenogramPane *pane = m_window->workspace()->familyPane();
    GenogramCanvas *canvas = pane->canvas();
    canvas->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(pane->selected(), kChildId); // the keyboard starts at the child
    QVERIFY(canvas->accessibleDescription().contains(QStringLiteral("the child this story")));
    const qsizetype before = m_window->caseModel()->people().size();

    const QString child = m_window->caseModel()->child().displayName();
    bool ran = false;
    whenShown<RelativeDialog>(
        [child](RelativeDialog *d) {
            QCOMPARE(d->windowTitle(), QStringLiteral("Add %1's mother").arg(child));
            QVERIFY(!okButton(d)->isEnabled()); // no name, no kind of parent yet
            QVERIFY(tabTo(d->nameEdit()));
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Karen Smith"));
            QCOMPARE(d->genderCombo()->currentText(), QStringLiteral("Female"));
            QVERIFY(!okButton(d)->isEnabled()); // the kind of parent is asked, never assumed
            QVERIFY(tabTo(d->kindCombo()));
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Birth"));
            QCOMPARE(d->kindCombo()->currentText(), QStringLiteral("Birth parent"));
            QVERIFY(okButton(d)->isEnabled());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        },
        &ran);
    // The person's menu: the Menu key, then M for "Add mother…".
    QTimer::singleShot(0, [] {
        auto *poll = new QTimer;
        poll->setInterval(20);
        QObject::connect(poll, &QTimer::timeout, poll, [poll] {
            if (QWidget *menu = QApplication::activePopupWidget()) {
                poll->stop();
                poll->deleteLater();
                QTest::keyClick(menu, Qt::Key_M);
            }
        });
        poll->start();
    });
    QTest::keyClick(canvas, Qt::Key_Menu);
    QTRY_VERIFY(ran);
    QTRY_COMPARE(m_window->caseModel()->people().size(), before + 1);
    ItemId mum = kNoId;
    for (const Person &p : m_window->caseModel()->people()) {
        if (p.fullName == QStringLiteral("Karen Smith")) {
            mum = p.id;
            QCOMPARE(p.gender, Person::Gender::Female);
            // Added as Sam's mother, his birth parent: that is who she is on the map too.
            QCOMPARE(p.role, Person::Role::BirthMother);
        }
    }
    QVERIFY(mum != kNoId);
    const auto parents = pane->document()->parentsOf(kChildId);
    QCOMPARE(parents.size(), 1);
    QCOMPARE(parents.first().parent, mum);
    QCOMPARE(parents.first().kind, ParentLink::Kind::Birth);
    QVERIFY(pane->picture().contains(mum));
    QVERIFY(pane->picture().centre(mum).y() < pane->picture().centre(kChildId).y());
    // She is on the map too: every list of people is the one case model.
    QVERIFY(m_window->workspace()->ecomapPane()->document()->person(mum));

    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(m_window->caseModel()->people().size(), before);
    QVERIFY(pane->document()->parentsOf(kChildId).isEmpty());
    QVERIFY(!pane->picture().contains(mum));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(m_window->caseModel()->people().size(), before + 1);
    QCOMPARE(pane->document()->parentsOf(kChildId).size(), 1);
    QVERIFY(pane->picture().contains(mum));

    // Alt+Right moves the child a little; one undo step puts them back.
    canvas->setFocus(Qt::TabFocusReason);
    pane->select(kChildId);
    const QPointF where = pane->picture().centre(kChildId);
    QTest::keyClick(canvas, Qt::Key_Right, Qt::AltModifier);
    QTest::keyClick(canvas, Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(pane->picture().centre(kChildId), where + QPointF(20, 0));
    m_window->activateWindow();
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(pane->picture().centre(kChildId), where);
    QVERIFY(m_window->caseModel()->person(mum)); // the nudge was one step: Karen is still here
    QVERIFY(!m_window->caseFile()->checkIntegrity());
}

void TestFirstStory::theChildModeKeepsTheRecordOutOfReach()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    VoiceDocument *voice = m_window->workspace()->voicePane()->document();
    const qsizetype said = voice->entries().size();
    QTest::keyClick(m_window.get(), Qt::Key_8, Qt::ControlModifier);
    QVERIFY(m_window->isInChildMode());
    ChildModeView *space = m_window->childMode();
    QCOMPARE(space->currentPage(), space->homePage());
    QVERIFY(space->title().startsWith(QStringLiteral("Sam")));
    // Nothing of the adults' view can be reached: no menus, no action, no shortcut.
    QVERIFY(!m_window->menuBar()->isVisible());
    for (QAction *a : m_window->findChildren<QAction *>())
        QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
    for (const QKeySequence &k :
         {QKeySequence(Qt::CTRL | Qt::Key_1), QKeySequence(Qt::CTRL | Qt::Key_7),
          QKeySequence(Qt::CTRL | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_O),
          QKeySequence(Qt::Key_Escape)}) {
        QTest::keySequence(QApplication::focusWidget() ? QApplication::focusWidget() : space, k);
        QVERIFY(m_window->isInChildMode());
        QCOMPARE(QApplication::activeModalWidget(), nullptr);
    }
    // Every button a child's finger can hit (at least 44 pixels), every text with a speaker
    // named for what it reads; no word from the professional record in sight.
    const auto visibleTexts = [space] {
        QStringList out;
        for (QLabel *l : space->findChildren<QLabel *>()) {
            if (l->isVisible())
                out << l->text();
        }
        for (QAbstractButton *b : space->findChildren<QAbstractButton *>()) {
            if (b->isVisible())
                out << b->text() << b->accessibleName();
        }
        return out.join(QLatin1Char('\n'));
    };
    for (QAbstractButton *b : space->findChildren<QAbstractButton *>()) {
        if (b->isVisible())
            QVERIFY2(b->width() >= ChildModeView::kMinTarget &&
                         b->height() >= ChildModeView::kMinTarget,
                     qPrintable(b->text() + b->accessibleName()));
    }
    QVERIFY(visibleTexts().contains(QStringLiteral("Read out loud: What would you like to do?")));
    for (const char *adult : {"Chronology", "Address", "Court", "Notes", "Timeline", "ecomap",
                              "Social worker", "Private"})
        QVERIFY2(!visibleTexts().contains(QString::fromLatin1(adult), Qt::CaseInsensitive), adult);

    // "My say" by keyboard alone: Tab to it, Space, type, Tab to "Save my words", Space.
    QPushButton *mySay = nullptr;
    for (QPushButton *b : space->homePage()->findChildren<QPushButton *>()) {
        if (b->text().startsWith(QStringLiteral("My say")))
            mySay = b;
    }
    QVERIFY(mySay);
    QCOMPARE(QApplication::focusWidget(), space->peopleTile()); // the first place has the keys
    mySay->setFocus(Qt::TabFocusReason);
    QTest::keyClick(mySay, Qt::Key_Space);
    QCOMPARE(space->currentPage(), space->sayPage());
    QCOMPARE(QApplication::focusWidget(), space->answerEdit());
    QTest::keyClicks(space->answerEdit(), QStringLiteral("Playing football with Tyler"));
    QTest::keyClick(space->answerEdit(), Qt::Key_Tab); // to "Save my words"
    auto *keep = qobject_cast<QPushButton *>(QApplication::focusWidget());
    QVERIFY(keep);
    QCOMPARE(keep->text(), QStringLiteral("Save my words"));
    QTest::keyClick(keep, Qt::Key_Space);
    QTRY_COMPARE(voice->entries().size(), said + 1);
    const auto kept =
        std::find_if(voice->entries().cbegin(), voice->entries().cend(), [](const VoiceEntry &e) {
            return e.words == QStringLiteral("Playing football with Tyler");
        });
    QVERIFY(kept != voice->entries().cend());
    QCOMPARE(kept->given, VoiceEntry::Given::TypedByChild);
    QCOMPARE(kept->topic, VoiceEntry::Topic::GoodThings);
    QCOMPARE(kept->prompt, QStringLiteral("What is good in your life right now?"));
    QCOMPARE(kept->audiences, quint8(0)); // who may see it is asked with an adult, later
    // The next question; "I don't want to say" is kept as the child's answer; Skip keeps none.
    QCOMPARE(QApplication::focusWidget(), space->answerEdit());
    for (QPushButton *b : space->sayPage()->findChildren<QPushButton *>()) {
        if (b->text() == QStringLiteral("I don't want to say"))
            QTest::mouseClick(b, Qt::LeftButton);
    }
    QCOMPARE(voice->entries().size(), said + 2);
    const auto sayButton = [space](const QString &text) {
        for (QPushButton *b : space->sayPage()->findChildren<QPushButton *>()) {
            if (b->text() == text)
                return b;
        }
        return static_cast<QPushButton *>(nullptr);
    };
    QVERIFY(visibleTexts().contains(QStringLiteral("That's fine. You don't have to say.")));
    QTest::mouseClick(sayButton(QStringLiteral("Skip this one")), Qt::LeftButton);
    QCOMPARE(voice->entries().size(), said + 2);
    QVERIFY(!visibleTexts().contains(QStringLiteral("saved"))); // nothing said, nothing thanked
    QVERIFY(visibleTexts().contains(QStringLiteral("Question 4 of 5")));
    // Back to the start and in again: the same question, with what was typed still there.
    QTest::keyClicks(space->answerEdit(), QStringLiteral("I miss my nan"));
    QTest::mouseClick(sayButton(QStringLiteral("Back")), Qt::LeftButton);
    QCOMPARE(space->currentPage(), space->homePage());
    QTest::mouseClick(mySay, Qt::LeftButton);
    QVERIFY(visibleTexts().contains(QStringLiteral("Question 4 of 5")));
    QCOMPARE(space->answerEdit()->toPlainText(), QStringLiteral("I miss my nan"));
    // A face alone is an answer too.
    space->answerEdit()->clear();
    QTest::mouseClick(space->faces()->buttons().at(int(Memory::Feeling::Sad)), Qt::LeftButton);
    QTest::mouseClick(sayButton(QStringLiteral("Save my words")), Qt::LeftButton);
    QCOMPARE(voice->entries().size(), said + 3);
    QVERIFY(
        std::any_of(voice->entries().cbegin(), voice->entries().cend(), [](const VoiceEntry &e) {
            return e.words.isEmpty() && e.feelings == QList<Memory::Feeling>{Memory::Feeling::Sad};
        }));
    // Closing the window does not end the child's session: the grown-up is asked for.
    m_window->close();
    QVERIFY(m_window->isVisible());
    QVERIFY(m_window->isInChildMode());
    QCOMPARE(space->currentPage(), space->leavePage());
    for (QPushButton *b : space->leavePage()->findChildren<QPushButton *>()) {
        if (b->text() == QStringLiteral("Stay here"))
            QTest::mouseClick(b, Qt::LeftButton);
    }
    QCOMPARE(space->currentPage(), space->sayPage());

    // My people by big buttons and keys: someone put on the child's own map, then brought
    // closer with the Up key. It goes into the child's map, not the adults'.
    QTest::mouseClick(sayButton(QStringLiteral("Back")), Qt::LeftButton);
    QCOMPARE(space->currentPage(), space->homePage());
    QTest::keyClick(space->peopleTile(), Qt::Key_Space);
    MyPeoplePage *people = space->peoplePage();
    QCOMPARE(space->currentPage(), people);
    QCOMPARE(QApplication::focusWidget(), people->map());
    QVERIFY(people->others()->count() > 0);
    const QString first = people->others()->currentItem()->text();
    ChildMapDocument *own = m_window->workspace()->ecomapPane()->childMapDocument();
    QVERIFY(own->maps().isEmpty());
    const ItemId firstId = people->others()->currentItem()->data(Qt::UserRole).value<ItemId>();
    const QPointF onAdultsMap = m_window->workspace()->ecomapPane()->document()->position(firstId);
    QTest::keyClick(people->putButton(), Qt::Key_Space);
    QCOMPARE(own->maps().size(), 1);
    QCOMPARE(own->latest()->places.size(), 1);
    QCOMPARE(own->latest()->places.first().ring, ChildMapPlace::Ring::Middle);
    QTest::keyClick(people->map(), Qt::Key_Up);
    QCOMPARE(own->latest()->places.first().ring, ChildMapPlace::Ring::Close);
    QVERIFY(people->map()->accessibleDescription().contains(first + QStringLiteral(": close")));
    QCOMPARE(people->map()->selected(), firstId);
    QCOMPARE(m_window->workspace()->ecomapPane()->document()->position(firstId),
             onAdultsMap); // the adults' map is not touched
    // Someone new, by name: in the story as "Not sure yet", and on the child's map.
    const qsizetype everyone = m_window->caseModel()->people().size();
    QTest::keyClicks(people->newNameEdit(), QStringLiteral("Auntie Bea"));
    QTest::keyClick(people->newNameEdit(), Qt::Key_Return);
    QCOMPARE(m_window->caseModel()->people().size(), everyone + 1);
    const Person bea = m_window->caseModel()->people().last();
    QCOMPARE(bea.knownAs, QStringLiteral("Auntie Bea"));
    QCOMPARE(bea.role, Person::Role::NotSure);
    QVERIFY(own->latest()->place(bea.id));
    QVERIFY(people->newNameEdit()->text().isEmpty());
    QTest::keyClick(people->backButton(), Qt::Key_Space);
    QCOMPARE(space->currentPage(), space->homePage());

    // My memories by keyboard: a name, a face, words, saved; when it happened is left open.
    TimelineDocument *timeline = m_window->workspace()->timelinePane()->document();
    const qsizetype memoriesBefore = timeline->memories().size();
    QTest::keyClick(space->memoriesTile(), Qt::Key_Space);
    MyMemoriesPage *memories = space->memoriesPage();
    QCOMPARE(space->currentPage(), memories);
    QCOMPARE(QApplication::focusWidget(), memories->titleEdit());
    QVERIFY(!memories->keepButton()->isEnabled());
    QTest::keyClicks(memories->titleEdit(), QStringLiteral("Camping with Tyler"));
    QTest::keyClick(memories->faces()->buttons().at(int(Memory::Feeling::Excited)), Qt::Key_Space);
    QTest::keyClicks(memories->wordsEdit(), QStringLiteral("We saw a fox"));
    QTest::keyClick(memories->keepButton(), Qt::Key_Space);
    QCOMPARE(timeline->memories().size(), memoriesBefore + 1);
    const auto camping = std::find_if(
        timeline->memories().cbegin(), timeline->memories().cend(),
        [](const Memory &m) { return m.title == QStringLiteral("Camping with Tyler"); });
    QVERIFY(camping != timeline->memories().cend());
    QCOMPARE(camping->childsWords, QStringLiteral("We saw a fox"));
    QCOMPARE(camping->feelings, QList<Memory::Feeling>{Memory::Feeling::Excited});
    QVERIFY(camping->date.isUnknown());
    QVERIFY(memories->thanks()->text().contains(QStringLiteral("saved")));
    QTest::keyClick(memories->backButton(), Qt::Key_Space);

    // Leaving asks for the password: a wrong one keeps the child here.
    QPushButton *grownUps = nullptr;
    for (QPushButton *b : space->findChildren<QPushButton *>()) {
        if (b->text() == QStringLiteral("Grown-ups"))
            grownUps = b;
    }
    QVERIFY(grownUps);
    QTest::mouseClick(grownUps, Qt::LeftButton);
    QCOMPARE(space->currentPage(), space->leavePage());
    QTest::keyClicks(space->passphraseEdit(), QStringLiteral("let me in"));
    QTest::keyClick(space->passphraseEdit(), Qt::Key_Return);
    QVERIFY(m_window->isInChildMode());
    QVERIFY(visibleTexts().contains(QStringLiteral("That is not the password")));
    QVERIFY(space->passphraseEdit()->text().isEmpty());
    // What the child said cannot be undone from here (Ctrl+Z does nothing in child mode).
    const int steps = m_window->undoStack()->index();
    QTest::keyClick(space->passphraseEdit(), Qt::Key_Z, Qt::ControlModifier);
    QTest::keySequence(space->passphraseEdit(), QKeySequence::Undo);
    QCOMPARE(m_window->undoStack()->index(), steps);
    QCOMPARE(voice->entries().size(), said + 3);
    // The grown-up's own: back to the adults' view, menus and actions as they were.
    QTest::keyClicks(space->passphraseEdit(), QStringLiteral("a long passphrase"));
    QTest::keyClick(space->passphraseEdit(), Qt::Key_Return);
    QVERIFY(!m_window->isInChildMode());
    QCOMPARE(m_window->centralWidget()->findChild<CaseWorkspace *>(), m_window->workspace());
    QVERIFY(m_window->menuBar()->isVisible());
    // What Sam said is shown to the grown-up straight away.
    QCOMPARE(m_window->workspace()->currentPane(), CaseWorkspace::Pane::Voice);
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("said something new")));
    // What Sam said is in the adults' record, as typed by Sam.
    QVERIFY(m_window->undoStack()->canUndo());
    // The story's front page has child mode one press away too.
    QPushButton *front = nullptr;
    for (QPushButton *b : m_window->workspace()->findChildren<QPushButton *>()) {
        if (b->text().startsWith(QStringLiteral("Child mode")))
            front = b;
    }
    QVERIFY(front);
    QTest::mouseClick(front, Qt::LeftButton);
    QVERIFY(m_window->isInChildMode());
    QCOMPARE(space->currentPage(), space->homePage()); // a fresh start, nothing typed left
    QTest::mouseClick(grownUps, Qt::LeftButton);
    QTest::keyClicks(space->passphraseEdit(), QStringLiteral("a long passphrase"));
    QTest::keyClick(space->passphraseEdit(), Qt::Key_Return);
    QVERIFY(!m_window->isInChildMode());
}

QTEST_MAIN(TestFirstStory)
#include "tst_firststory.moc"
