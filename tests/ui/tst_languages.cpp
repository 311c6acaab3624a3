// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutchilddialog.h"
#include "casecontentio.h"
#include "casemodel.h"
#include "caseworkspace.h"
#include "childmodeview.h"
#include "copymerge.h"
#include "courtdetailsdialog.h"
#include "dialogs.h"
#include "ecomappane.h"
#include "eventdialog.h"
#include "familyimportdialog.h"
#include "familytree.h"
#include "fuzzydate.h"
#include "handoverdialog.h"
#include "handoverplan.h"
#include "languages.h"
#include "letterdocument.h"
#include "letterhistorydialog.h"
#include "letterpane.h"
#include "lockscreen.h"
#include "mainwindow.h"
#include "memorydialog.h"
#include "memoryrepository.h"
#include "mergedialog.h"
#include "moveplandialog.h"
#include "mybookpage.h"
#include "mymemoriespage.h"
#include "mypeoplepage.h"
#include "newstorydialog.h"
#include "passphrasedialog.h"
#include "persondialog.h"
#include "personrepository.h"
#include "placementdialog.h"
#include "relativedialog.h"
#include "storageerror.h"
#include "timelinepane.h"
#include "voiceanswerdialog.h"
#include "voicedocument.h"
#include "voiceentrydialog.h"
#include "voicepane.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMainWindow>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

namespace {

// Texts that do not fit the space their widget was given, in a window shown at its usual size.
QStringList cutOff(QWidget *window)
{
    QStringList out;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window) || qobject_cast<QToolBar *>(w->parentWidget()))
            continue;
        const QString kind = QString::fromLatin1(w->metaObject()->className());
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->text().isEmpty() || !label->pixmap().isNull())
                continue;
            const bool fits = label->wordWrap()
                                  ? label->heightForWidth(label->width()) <= label->height() + 1
                                  : label->minimumSizeHint().width() <= label->width() + 1;
            if (!fits)
                out << QStringLiteral("%1 \"%2\" (%3×%4)")
                           .arg(kind, label->text().left(50))
                           .arg(label->width())
                           .arg(label->height());
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            if (!button->text().isEmpty() && button->sizeHint().width() > button->width() + 1)
                out << QStringLiteral("%1 \"%2\" needs %3, has %4")
                           .arg(kind, button->text())
                           .arg(button->sizeHint().width())
                           .arg(button->width());
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->tabRect(i).width() <
                    tabs->fontMetrics().horizontalAdvance(tabs->tabText(i).remove(u'&')))
                    out << QStringLiteral("tab \"%1\"").arg(tabs->tabText(i));
            }
        }
    }
    return out;
}

// Alt-key letters used twice in one window (or one menu): the second never gets its turn.
// Only what is showing counts; the menu bar's letters share the window's Alt keys.
QStringList mnemonicClashes(QWidget *window)
{
    QStringList out;
    const auto clashesIn = [&out](const QString &where, const QStringList &texts) {
        QMap<QString, QStringList> byKey;
        for (const QString &text : texts) {
            const QKeySequence key = QKeySequence::mnemonic(text);
            if (!key.isEmpty())
                byKey[key.toString(QKeySequence::PortableText)] << text;
        }
        for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
            if (it.value().size() > 1)
                out << QStringLiteral("%1 %2 twice: %3")
                           .arg(where, it.key(), it.value().join(QStringLiteral(" / ")));
        }
    };
    QStringList texts;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window))
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            texts << button->text();
        else if (auto *label = qobject_cast<QLabel *>(w);
                 label && !QKeySequence::mnemonic(label->text()).isEmpty()) {
            // Qt moves focus only to a buddy that takes focus itself: Alt+W on "&When:"
            // did nothing while the date field's outer widget had no focus policy.
            if (!label->buddy() || label->buddy()->focusPolicy() == Qt::NoFocus)
                out << QStringLiteral("\"%1\" has an Alt key that goes nowhere").arg(label->text());
            else
                texts << label->text();
        } else if (auto *group = qobject_cast<QGroupBox *>(w))
            texts << group->title();
        else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i);
        }
    }
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        // Each menu's own letters must differ too.
        QList<QMenu *> menus;
        for (QAction *a : main->menuBar()->actions()) {
            if (a->isVisible())
                texts << a->text();
            if (a->menu())
                menus << a->menu();
        }
        while (!menus.isEmpty()) {
            QMenu *menu = menus.takeFirst();
            QStringList items;
            for (QAction *a : menu->actions()) {
                if (!a->isVisible() || a->isSeparator())
                    continue;
                items << a->text();
                if (a->menu())
                    menus << a->menu();
            }
            clashesIn(QStringLiteral("menu \"%1\":").arg(menu->title()), items);
        }
    }
    clashesIn(QStringLiteral("window:"), texts);
    return out;
}

} // namespace

class TestLanguages : public QObject
{
    Q_OBJECT

private slots:
    void theShippedLanguagesAreEmbedded();
    void arabicTurnsTheLayoutRoundAndWelshDoesNot();
    void theSystemLanguageIsUsedWhenNoneIsChosen();
    void datesAreReadBackAsTheyAreShown_data();
    void datesAreReadBackAsTheyAreShown();
    void welshAutumnIsNotOctober();
    void englishDatesAreBritishUnlessTheComputerSaysOtherwise();
    void qtsOwnButtonsFollowTheLanguage();
    void nothingIsCutOff_data();
    void nothingIsCutOff();
};

// Seen with LANG=C: "May 12, 2015" shown and "12/03/2019" read as 3 December, although the
// hint suggested day first. C/POSIX now means British English; a US computer keeps its order.
void TestLanguages::englishDatesAreBritishUnlessTheComputerSaysOtherwise()
{
    QCOMPARE(Languages::localeFor(QStringLiteral("en"), QLocale::c()).territory(),
             QLocale::UnitedKingdom);
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(Languages::localeFor(QStringLiteral("en"), us), us);
    QCOMPARE(Languages::localeFor(QStringLiteral("cy"), us).language(), QLocale::Welsh);

    QCOMPARE(QLocale::system().language(), QLocale::C); // the tests run with LANG=C.UTF-8
    Languages::install(QStringLiteral("en"));
    QCOMPARE(QLocale().territory(), QLocale::UnitedKingdom);
    QCOMPARE(FuzzyDate::parse(QStringLiteral("12/03/2019")).date.value_or(FuzzyDate()),
             FuzzyDate::day(2019, 3, 12));
    QCOMPARE(FuzzyDate::day(2015, 5, 12).toDisplayString(), QStringLiteral("12 May 2015"));
    QVERIFY(FuzzyDate::numericExample().contains(QStringLiteral("day/month/year")));
    // The date field's hint shows the order it reads.
    QVERIFY(FuzzyDate::numericExample(us).contains(QStringLiteral("month/day/year")));
    QCOMPARE(FuzzyDate::parse(QStringLiteral("03/12/2019"), us).date.value_or(FuzzyDate()),
             FuzzyDate::day(2019, 3, 12));
    // Long dates never have two-digit years, in any of the languages.
    for (const QString &code : {QStringLiteral("en"), QStringLiteral("cy"), QStringLiteral("ar")}) {
        const QString shown =
            FuzzyDate::day(2026, 11, 28).toDisplayString(Languages::localeFor(code));
        QVERIFY2(!shown.contains(QLatin1Char('/')), qPrintable(shown));
    }
}

void TestLanguages::theShippedLanguagesAreEmbedded()
{
    QStringList codes;
    for (const Languages::Language &l : Languages::available())
        codes << l.code;
    QCOMPARE(codes,
             (QStringList{QStringLiteral("en"), QStringLiteral("cy"), QStringLiteral("ar")}));
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/belonging_cy.qm")));
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/belonging_ar.qm")));
}

void TestLanguages::arabicTurnsTheLayoutRoundAndWelshDoesNot()
{
    QCOMPARE(Languages::install(QStringLiteral("ar")), QStringLiteral("ar"));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
    QCOMPARE(QLocale().language(), QLocale::Arabic);
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        Dialogs::setSuppressWarnings(true);
        MainWindow w(settings);
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.openDemo();
        QCOMPARE(w.layoutDirection(), Qt::RightToLeft);
        w.workspace()->showPane(CaseWorkspace::Pane::Timeline);
        const QString folder = qEnvironmentVariable("BELONGING_SCREENSHOTS");
        if (!folder.isEmpty())
            QVERIFY(w.grab().save(folder + QStringLiteral("/rtl-timeline.png")));
        // Arabic words stay joined: a shortcut's letter is not drawn apart from the rest ("&ملف"
        // draws as "ملف"), and Alt with the letter still works.
        QPushButton withKey(QStringLiteral("&ملف"));
        QPushButton without(QStringLiteral("ملف"));
        for (QPushButton *b : {&withKey, &without}) {
            b->resize(160, 40);
            b->show();
            QVERIFY(QTest::qWaitForWindowExposed(b));
        }
        QCOMPARE(withKey.grab().toImage(), without.grab().toImage());
        QVERIFY(!withKey.shortcut().isEmpty()); // Alt+م
    }
    QCOMPARE(Languages::install(QStringLiteral("cy")), QStringLiteral("cy"));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    QCOMPARE(QLocale().language(), QLocale::Welsh);
    {
        // Left to right, the shortcut's letter is underlined as usual.
        QPushButton withKey(QStringLiteral("&Ffeil"));
        QPushButton without(QStringLiteral("Ffeil"));
        for (QPushButton *b : {&withKey, &without}) {
            b->resize(160, 40);
            b->show();
            QVERIFY(QTest::qWaitForWindowExposed(b));
        }
        QVERIFY(withKey.grab().toImage() != without.grab().toImage());
    }
}

void TestLanguages::theSystemLanguageIsUsedWhenNoneIsChosen()
{
    // The tests run with LANG=C.UTF-8: not a language we ship, so English.
    QCOMPARE(Languages::install(QString()), QStringLiteral("en"));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
}

void TestLanguages::datesAreReadBackAsTheyAreShown_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("Welsh") << QStringLiteral("cy");
    QTest::newRow("Arabic") << QStringLiteral("ar");
    QTest::newRow("English") << QStringLiteral("en");
}

// A date is shown in the language in use and edited as that text: reading it back must give
// the same date, for every kind of fuzzy date.
void TestLanguages::datesAreReadBackAsTheyAreShown()
{
    QFETCH(QString, language);
    QCOMPARE(Languages::install(language), language);
    const QLocale locale;
    using P = FuzzyDate::Point;
    const P day{FuzzyDate::Precision::Day, 2019, 3, 12, FuzzyDate::Season::Spring};
    const P month{FuzzyDate::Precision::Month, 2019, 10, 0, FuzzyDate::Season::Spring};
    const P year{FuzzyDate::Precision::Year, 2012, 0, 0, FuzzyDate::Season::Spring};
    QList<FuzzyDate> dates = {FuzzyDate(),
                              FuzzyDate::exact(day),
                              FuzzyDate::exact(month),
                              FuzzyDate::about(year),
                              FuzzyDate::before(month),
                              FuzzyDate::after(day),
                              FuzzyDate::between(year, month)};
    for (auto s : {FuzzyDate::Season::Spring, FuzzyDate::Season::Summer, FuzzyDate::Season::Autumn,
                   FuzzyDate::Season::Winter})
        dates << FuzzyDate::season(2015, s);
    for (const FuzzyDate &date : std::as_const(dates)) {
        const QString shown = date.toDisplayString(locale);
        QVERIFY(!shown.isEmpty());
        const auto read = FuzzyDate::parse(shown, locale);
        QVERIFY2(read.date.has_value(), qPrintable(shown + QStringLiteral(": ") + read.error));
        QVERIFY2(*read.date == date, qPrintable(shown + QStringLiteral(" read back as ") +
                                                read.date->toDisplayString(locale)));
    }
    // English always works too, and so do digits as Arabic writes them.
    QVERIFY(FuzzyDate::parse(QStringLiteral("summer 2015"), locale).date ==
            FuzzyDate::season(2015, FuzzyDate::Season::Summer));
    QVERIFY(FuzzyDate::parse(QString::fromUtf8("\u0661\u0669\u0669\u0669"), locale).date ==
            FuzzyDate::exact(P{FuzzyDate::Precision::Year, 1999, 0, 0, FuzzyDate::Season::Spring}));
}

void TestLanguages::welshAutumnIsNotOctober()
{
    QCOMPARE(Languages::install(QStringLiteral("cy")), QStringLiteral("cy"));
    const QLocale welsh;
    QCOMPARE(welsh.language(), QLocale::Welsh);
    QVERIFY(FuzzyDate::parse(QStringLiteral("yr hydref 2015"), welsh).date ==
            FuzzyDate::season(2015, FuzzyDate::Season::Autumn));
    QVERIFY(FuzzyDate::parse(QStringLiteral("Hydref 2015"), welsh).date ==
            FuzzyDate::exact(FuzzyDate::Point{FuzzyDate::Precision::Month, 2015, 10, 0,
                                              FuzzyDate::Season::Spring}));
    QVERIFY(FuzzyDate::parse(QStringLiteral("tua 2012"), welsh).date ==
            FuzzyDate::about(FuzzyDate::Point{FuzzyDate::Precision::Year, 2012, 0, 0,
                                              FuzzyDate::Season::Spring}));
    QCOMPARE(FuzzyDate::season(2015, FuzzyDate::Season::Summer).toDisplayString(welsh),
             QStringLiteral("yr haf 2015"));
}

// Standard buttons (OK, Cancel) come from Qt's translations; Welsh ones from Belonging's own
// file, as Qt has none. Choosing again replaces the language instead of stacking under it.
void TestLanguages::qtsOwnButtonsFollowTheLanguage()
{
    const auto cancel = [] { return QCoreApplication::translate("QPlatformTheme", "Cancel"); };
    QCOMPARE(Languages::install(QStringLiteral("cy")), QStringLiteral("cy"));
    QCOMPARE(cancel(), QStringLiteral("Canslo"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&Ffeil"));
    QCOMPARE(Languages::install(QStringLiteral("ar")), QStringLiteral("ar"));
    QVERIFY(cancel() != QStringLiteral("Cancel"));
    QVERIFY(cancel() != QStringLiteral("Canslo"));
    QCOMPARE(Languages::install(QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(cancel(), QStringLiteral("Cancel"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&File"));
}

void TestLanguages::nothingIsCutOff_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("largerText");
    for (bool larger : {false, true}) {
        const char *size = larger ? ", larger text" : "";
        QTest::addRow("Welsh%s", size) << QStringLiteral("cy") << larger;
        QTest::addRow("Arabic%s", size) << QStringLiteral("ar") << larger;
        QTest::addRow("English%s", size) << QStringLiteral("en") << larger;
    }
}

// Every window at the size it opens at, in each language: no label or button too small for
// its words, and no Alt-key letter used twice. With BELONGING_SCREENSHOTS set, each is saved to be
// looked at too.
void TestLanguages::nothingIsCutOff()
{
    QFETCH(QString, language);
    QFETCH(bool, largerText);
    QCOMPARE(Languages::install(language), language);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("accessibility/largerText"), largerText);
    const QFont normalFont = QApplication::font();
    // The reference screen: a 1366×768 laptop, so every window must fit 1280×720 with a title
    // bar (the memory dialog's buttons were below the bottom of the screen).
    const QSize screen(1280, 720 - 40);
    Dialogs::setSuppressWarnings(true);
    const QString folder = qEnvironmentVariable("BELONGING_SCREENSHOTS");
    QStringList problems;
    const auto check = [&](QWidget *window, const QString &name) {
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QCoreApplication::sendPostedEvents(); // font and layout changes land before measuring
        QCoreApplication::processEvents();
        for (const QString &p : cutOff(window))
            problems << name + QStringLiteral(": ") + p;
        for (const QString &p : mnemonicClashes(window))
            problems << name + QStringLiteral(": ") + p;
        if (qobject_cast<QDialog *>(window) &&
            (window->width() > screen.width() || window->height() > screen.height()))
            problems << QStringLiteral("%1: %2×%3 does not fit the screen")
                            .arg(name)
                            .arg(window->width())
                            .arg(window->height());
        const QSize least = window->minimumSizeHint().expandedTo(window->minimumSize());
        if (least.width() > screen.width() || least.height() > screen.height())
            problems << QStringLiteral("%1: cannot be made smaller than %2×%3")
                            .arg(name)
                            .arg(least.width())
                            .arg(least.height());
        if (!folder.isEmpty())
            QVERIFY(
                window->grab().save(QStringLiteral("%1/%2-%3.png").arg(folder, language, name)));
        window->hide();
    };

    MainWindow w(settings);
    w.resize(1200, 800);
    check(&w, QStringLiteral("welcome"));
    w.show();
    w.openDemo();
    const QList<std::pair<CaseWorkspace::Pane, QString>> panes = {
        {CaseWorkspace::Pane::Ecomap, QStringLiteral("ecomap")},
        {CaseWorkspace::Pane::Timeline, QStringLiteral("timeline")},
        {CaseWorkspace::Pane::Moves, QStringLiteral("moves")},
        {CaseWorkspace::Pane::Voice, QStringLiteral("my-say")},
        {CaseWorkspace::Pane::Book, QStringLiteral("books")},
        {CaseWorkspace::Pane::Family, QStringLiteral("family")}};
    for (const auto &[pane, name] : panes) {
        w.workspace()->showPane(pane);
        check(&w, name);
    }
    // The child's own map beside the adults'.
    w.workspace()->showPane(CaseWorkspace::Pane::Ecomap);
    w.workspace()->ecomapPane()->childViewAction()->setChecked(true);
    check(&w, QStringLiteral("ecomap-child-view"));
    w.workspace()->ecomapPane()->childViewAction()->setChecked(false);
    w.workspace()->showLetter();
    check(&w, QStringLiteral("letter"));
    // Child mode: its start, a question, and the way out.
    w.enterChildMode();
    QVERIFY(w.isInChildMode());
    check(&w, QStringLiteral("child-mode"));
    // Its four places, each one press from the start.
    ChildModeView *child = w.childMode();
    const QList<std::tuple<QPushButton *, QWidget *, QString>> places = {
        {child->peopleTile(), child->peoplePage(), QStringLiteral("child-mode-people")},
        {child->memoriesTile(), child->memoriesPage(), QStringLiteral("child-mode-memories")},
        {child->bookTile(), child->bookPage(), QStringLiteral("child-mode-book")},
        {child->sayTile(), child->sayPage(), QStringLiteral("child-mode-say")}};
    for (const auto &[tile, page, name] : places) {
        QVERIFY(tile->minimumHeight() >= ChildModeView::kMinTarget * 3);
        child->start();
        tile->click();
        QCOMPARE(child->currentPage(), page);
        check(&w, name);
    }
    w.childMode()->findChild<QPushButton *>(QStringLiteral("grownUps"))->click();
    QCOMPARE(w.childMode()->currentPage(), w.childMode()->leavePage());
    check(&w, QStringLiteral("child-mode-leave"));
    w.closeCase();
    QVERIFY(!w.isInChildMode());
    w.openDemo();
    w.show();
    TimelineDocument *doc = w.workspace()->timelinePane()->document();
    QVERIFY(doc);
    MemoryDialog memory(*doc, &w);
    check(&memory, QStringLiteral("memory"));
    PlacementDialog placement(*doc, &w);
    check(&placement, QStringLiteral("placement"));
    EventDialog event(*doc, &w);
    check(&event, QStringLiteral("event"));
    // The demo's move from Sue's house: the most people, and what the record shows for each.
    MovePlanDialog plan(*doc, doc->continuity().moves().at(1), &w);
    check(&plan, QStringLiteral("move-plan"));
    PersonDialog person(QStringLiteral("Maisie"), &w);
    check(&person, QStringLiteral("person"));
    PassphraseDialog create(PassphraseDialog::Mode::Create, QStringLiteral("Maisie"), &w);
    check(&create, QStringLiteral("passphrase"));
    PassphraseDialog open(PassphraseDialog::Mode::Open, QStringLiteral("Maisie"), &w);
    open.showError(StorageError(StorageError::Kind::WrongPassphrase, QString()).message());
    check(&open, QStringLiteral("open"));
    PassphraseDialog newCopy(PassphraseDialog::Mode::NewCopy, QStringLiteral("Maisie – copy"), &w);
    check(&newCopy, QStringLiteral("copy-passphrase"));
    PassphraseDialog otherCopy(PassphraseDialog::Mode::OtherCopy,
                               QStringLiteral("Maisie – the worker's copy"), &w);
    check(&otherCopy, QStringLiteral("other-copy-passphrase"));
    AboutChildDialog about(&w);
    about.setChild(w.caseModel()->child(), {});
    check(&about, QStringLiteral("about"));
    NewStoryDialog story(&w);
    check(&story, QStringLiteral("new-story"));
    VoiceDocument *voice = w.workspace()->voicePane()->document();
    QVERIFY(voice);
    VoiceEntryDialog said(w.caseModel()->people(), QStringLiteral("Maisie"), QDate(),
                          QDate::currentDate(), &w);
    said.setEntry(voice->entries().first());
    check(&said, QStringLiteral("what-was-said"));
    VoiceAnswerDialog answer(voice->entries().first(), voice->decisions(), QStringLiteral("Maisie"),
                             &w);
    check(&answer, QStringLiteral("what-happened"));
    CourtDetailsDialog court(&w);
    check(&court, QStringLiteral("court-details"));
    LetterDocument *letter = w.workspace()->letterPane()->document();
    QVERIFY(letter);
    // The demo's letter history has one entry (as written); three give the list some rows.
    QList<LetterVersion> versions(3, LetterVersion{kNoId, QDateTime::currentDateTimeUtc(),
                                                   QStringLiteral("Tom Okafor"),
                                                   QStringLiteral("Wrote “Your birth family”"),
                                                   LetterDocument::plainText(letter->letter())});
    LetterHistoryDialog history(versions, &w);
    check(&history, QStringLiteral("letter-history"));
    {
        StorageError error;
        const CaseContent content = CaseContentIO::read(*w.caseFile(), false, &error);
        HandoverDialog handover(content, QStringLiteral("Tom Okafor"), &w);
        handover.receiverButton(HandoverRecord::Receiver::BirthFamily)->setChecked(true);
        check(&handover, QStringLiteral("hand-over"));
        HandoverPassphraseDialog words(&w);
        check(&words, QStringLiteral("hand-over-passphrase"));
        HandoverRecord received;
        received.at = QDateTime::currentDateTimeUtc();
        received.from = QStringLiteral("Tom Okafor");
        received.letter = QStringLiteral("Maisie loves swimming on Saturdays.");
        received.leftOut =
            HandoverPlan::contentFor(content, HandoverRecord::Receiver::BirthFamily, {}).leftOut;
        HandoverLetterDialog letterShown(received, &w);
        check(&letterShown, QStringLiteral("hand-over-letter"));
    }
    {
        // Bringing in a copy where both changed three people's notes and one memory was
        // removed here but changed there: every kind of question, in long words.
        QTemporaryDir copies;
        const QString copyPath = copies.filePath(QStringLiteral("copy.belonging"));
        const SecureBytes secret = SecureBytes::fromUtf8(QStringLiteral("copy passphrase"));
        QVERIFY(!w.caseFile()->saveCopy(copyPath, &secret, KdfParams::fastForTests()));
        {
            StorageError error;
            auto copy = CaseFile::open(copyPath, secret, &error, KdfParams::fastForTests());
            QVERIFY(copy);
            QList<Person> people = PersonRepository(*copy).all();
            for (int i = 0; i < 3; ++i) {
                people[i].notes = QStringLiteral("Changed at the office after the review: "
                                                 "contact moves to Saturdays at the family "
                                                 "centre, supervised, for two hours.");
                QVERIFY(!PersonRepository(*copy).update(people[i]));
            }
            Memory changed = MemoryRepository(*copy).all().first();
            changed.childsWords = QStringLiteral("We had chips on the pier.");
            QVERIFY(!MemoryRepository(*copy).update(changed));
        }
        QList<Person> people = PersonRepository(*w.caseFile()).all();
        for (int i = 0; i < 3; ++i) {
            people[i].notes = QStringLiteral("Changed at home.");
            QVERIFY(!PersonRepository(*w.caseFile()).update(people[i]));
        }
        QVERIFY(!MemoryRepository(*w.caseFile())
                     .remove(MemoryRepository(*w.caseFile()).all().first().id));
        auto merge = CopyMerge::prepare(
            *w.caseFile(), copyPath, CaseFile::keyFor(copyPath, secret, KdfParams::fastForTests()));
        QCOMPARE(merge->problem, CopyMerge::Problem::None);
        QCOMPARE(merge->plan.conflicts.size(), 3);
        QCOMPARE(merge->plan.questions.size(), 1);
        MergeDialog mergeDialog(*merge, QStringLiteral("Maisie – at home"),
                                QStringLiteral("Maisie – the worker's copy"), &w);
        check(&mergeDialog, QStringLiteral("merge"));
    }
    // The family tree's dialogs: the longest (a partner, with dates), a child (with the other
    // parent), a pregnancy lost, and a family tree file with problems to list.
    RelativeDialog partner(RelativeDialog::Relation::Partner, QStringLiteral("Mum"),
                           QStringLiteral("Maisie"), &w);
    partner.setCandidates(w.caseModel()->people());
    check(&partner, QStringLiteral("relative-partner"));
    RelativeDialog childOf(RelativeDialog::Relation::Child, QStringLiteral("Mum"),
                           QStringLiteral("Maisie"), &w);
    childOf.setCandidates(w.caseModel()->people());
    childOf.setOtherParents(w.caseModel()->people().mid(0, 3));
    check(&childOf, QStringLiteral("relative-child"));
    LossDialog loss(QStringLiteral("Mum"), &w);
    check(&loss, QStringLiteral("pregnancy-lost"));
    {
        QByteArray ged = "0 HEAD\n1 CHAR UTF-8\n";
        for (int i = 1; i <= 40; ++i)
            ged += "0 @I" + QByteArray::number(i) + "@ INDI\n1 NAME Person /Number" +
                   QByteArray::number(i) + "/\n1 BIRT\n2 DATE 31 FEB 1950\n";
        ged += "0 @K1@ INDI\n1 NAME Kelly /Jones/\n0 @K2@ INDI\n1 NAME Lee /Turner/\n0 TRLR\n";
        const GedcomReader::Result tree = GedcomReader::read(ged);
        const QList<Person> people = w.caseModel()->people();
        const auto alike = FamilyTree::lookAlikes(tree, people);
        QCOMPARE(alike.size(), 2); // Mum and Dad, by name
        FamilyImportDialog import(tree, QStringLiteral("The Jones family from Aunty Pat.ged"),
                                  QStringLiteral("Maisie"), people, alike, &w);
        check(&import, QStringLiteral("family-tree-import"));
    }
    LockScreen lock;
    lock.resize(900, 600);
    check(&lock, QStringLiteral("lock"));

    w.close();
    QApplication::setFont(normalFont);
    for (const QString &p : problems)
        qWarning().noquote() << p;
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
