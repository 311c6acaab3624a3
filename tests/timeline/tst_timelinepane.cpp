// SPDX-License-Identifier: GPL-3.0-or-later
#include "../storage/testcase.h"
#include "casecontentio.h"
#include "childrepository.h"
#include "democase.h"
#include "eventdialog.h"
#include "fuzzydateedit.h"
#include "mediarepository.h"
#include "memorydialog.h"
#include "memoryrepository.h"
#include "placementdialog.h"
#include "timelinecommands.h"
#include "timelinemodel.h"
#include "timelinepane.h"
#include "timelineview.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>

class TestTimelinePane : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void theDemoStoryIsAllThere();
    void addAMemoryWithAPhotoUsingTheKeyboardAndMouse();
    void searchFiltersAndTheTwoViewsFollowEachOther();
    void aGapIsListedUntilItIsFilled();
    void badDatesAreExplainedAndBlockSaving();
    void removeAsksFirstAndCanBeUndone();
    void zoomAndKeyboardWalkThroughTime();
    void rightToLeftRunsTimeFromTheRight();
    void screenReadersHearEveryMarker();

private:
    void openDemo();
    void saveScreenshot(QWidget *widget, const QString &name);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CaseFile> m_file;
    std::unique_ptr<CaseModel> m_model;
    std::unique_ptr<TimelinePane> m_pane;
    QUndoStack m_stack;
};

void TestTimelinePane::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_file = TestCase::create(m_dir->filePath(QStringLiteral("t.belonging")));
    QVERIFY(m_file);
    ChildProfile child;
    child.knownAs = QStringLiteral("Maisie");
    child.born = FuzzyDate::day(QDate(2015, 5, 12));
    QVERIFY(!ChildRepository(*m_file).save(child));
    m_pane = std::make_unique<TimelinePane>();
    m_pane->resize(1200, 760);
}

void TestTimelinePane::cleanup()
{
    m_pane.reset();
    m_stack.clear();
    m_model.reset();
    m_file.reset();
    m_dir.reset();
}

void TestTimelinePane::openDemo()
{
    CaseContent demo = DemoCase::build();
    QVERIFY(!CaseContentIO::write(*m_file, demo));
    m_model = TestCase::model(*m_file);
    m_pane->setCase(m_model.get(), &m_stack);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    QApplication::setActiveWindow(m_pane.get());
    QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
    m_pane->view()->setFocus();
}

// Set BELONGING_SCREENSHOTS=folder to keep pictures of the pane for a person to look at.
void TestTimelinePane::saveScreenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("BELONGING_SCREENSHOTS");
    if (!folder.isEmpty())
        QVERIFY(widget->grab().save(folder + QLatin1Char('/') + name));
}

void TestTimelinePane::theDemoStoryIsAllThere()
{
    openDemo();
    const CaseContent demo = DemoCase::build();
    auto *model = static_cast<TimelineModel *>(m_pane->filter()->sourceModel());
    QAbstractItemModelTester modelTester(model,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(m_pane->filter(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), int(demo.placements.size() + demo.memories.size() +
                                    demo.events.size() + demo.voice.size()));
    // What Maisie said has a lane of its own, below the events, each described for a reader.
    QCOMPARE(m_pane->document()->said().size(), demo.voice.size());
    for (const VoiceEntry &v : m_pane->document()->said()) {
        const QRect said = m_pane->view()->itemRect(TimelineDocument::Kind::Voice, v.id);
        QVERIFY(!said.isEmpty());
        QVERIFY(said.top() >= TimelineView::kAxisHeight + 3 * TimelineView::kLaneHeight);
        QVERIFY(m_pane->view()
                    ->describe(TimelineDocument::Kind::Voice, v.id)
                    .startsWith(QStringLiteral("Maisie said: “")));
    }
    // Opening one there asks for it in "My say", where it is edited.
    QSignalSpy asked(m_pane.get(), &TimelinePane::saidRequested);
    const ItemId first = m_pane->document()->said().first().id;
    m_pane->edit(TimelineDocument::Kind::Voice, first);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().first().value<ItemId>(), first);
    QCOMPARE(m_pane->list()->model()->rowCount(), model->rowCount());
    // The demo has a home for every stretch of time; its planned move leaves Tyler undecided.
    QCOMPARE(m_pane->unknowns()->count(), 2);
    QVERIFY(m_pane->unknowns()->item(0)->text().startsWith(QStringLiteral("Nothing missing")));
    QCOMPARE(m_pane->unknowns()->item(1)->text(),
             QStringLiteral("Before the move to Nana's new bungalow: nothing is decided yet about "
                            "keeping in touch with Tyler."));
    // Every placement is drawn as a band inside the view.
    for (const Placement &p : m_pane->document()->placements())
        QVERIFY(!m_pane->view()->itemRect(TimelineDocument::Kind::Placement, p.id).isEmpty());
    // Rows come in date order.
    for (int r = 1; r < model->rowCount(); ++r)
        QVERIFY(model->data(model->index(r - 1, 0), TimelineModel::SortRole).toLongLong() <=
                model->data(model->index(r, 0), TimelineModel::SortRole).toLongLong());
    saveScreenshot(m_pane.get(), QStringLiteral("timeline.png"));
}

void TestTimelinePane::addAMemoryWithAPhotoUsingTheKeyboardAndMouse()
{
    openDemo();
    const QString picture = m_dir->filePath(QStringLiteral("bike.png"));
    QImage image(800, 600, QImage::Format_RGB32);
    image.fill(QColor(0x3a, 0x9d, 0x5d));
    QVERIFY(image.save(picture));
    const qsizetype before = m_pane->document()->memories().size();

    m_pane->setRunDialog([&](QDialog *d) {
        auto *dialog = qobject_cast<MemoryDialog *>(d);
        if (!dialog)
            return int(QDialog::Rejected);
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog))
            return int(QDialog::Rejected);
        if (dialog->okButton()->isEnabled()) // nothing written yet: can't save
            return int(QDialog::Rejected);
        dialog->titleEdit()->setFocus();
        QTest::keyClicks(dialog->titleEdit(), QStringLiteral("My first bike"));
        QTest::keyClick(dialog->titleEdit(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("summer 2021"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Nana held the back"));
        const auto feelings = dialog->findChildren<QToolButton *>();
        for (QToolButton *b : feelings) {
            if (b->text() == QStringLiteral("Proud"))
                QTest::mouseClick(b, Qt::LeftButton);
        }
        dialog->setChoosePhotos([&] { return QStringList{picture}; });
        QTest::mouseClick(dialog->addPhotosButton(), Qt::LeftButton);
        saveScreenshot(dialog, QStringLiteral("memory-dialog.png"));
        if (!dialog->okButton()->isEnabled())
            return int(QDialog::Rejected);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        return dialog->result();
    });
    QTest::keyClick(m_pane->view(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_pane->document()->memories().size(), before + 1);
    const auto it =
        std::find_if(m_pane->document()->memories().cbegin(), m_pane->document()->memories().cend(),
                     [](const Memory &m) { return m.title == QStringLiteral("My first bike"); });
    QVERIFY(it != m_pane->document()->memories().cend());
    const Memory added = *it;
    QCOMPARE(added.date, FuzzyDate::season(2021, FuzzyDate::Season::Summer));
    QCOMPARE(added.childsWords, QStringLiteral("Nana held the back"));
    QCOMPARE(added.feelings, QList<Memory::Feeling>{Memory::Feeling::Proud});
    QCOMPARE(added.mediaIds.size(), 1);
    // Stored in the case file, photo and all, and chosen in both views.
    QCOMPARE(MemoryRepository(*m_file).find(added.id)->title, added.title);
    QCOMPARE(QImage::fromData(MediaRepository(*m_file).data(added.mediaIds.first())).size(),
             QSize(800, 600));
    QCOMPARE(m_pane->view()->selectedId(), added.id);
    const QModelIndexList rows = m_pane->list()->selectionModel()->selectedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().siblingAtColumn(TimelineModel::What).data().toString(),
             QStringLiteral("My first bike"));
    QCOMPARE(m_stack.undoText(), QStringLiteral("Add My first bike"));
}

void TestTimelinePane::searchFiltersAndTheTwoViewsFollowEachOther()
{
    openDemo();
    const int all = m_pane->list()->model()->rowCount();
    QTest::keyClicks(m_pane->searchEdit(), QStringLiteral("nana"));
    const int matches = m_pane->list()->model()->rowCount();
    QVERIFY(matches > 0);
    QVERIFY(matches < all);
    for (int r = 0; r < matches; ++r) {
        const QModelIndex source =
            m_pane->filter()->mapToSource(m_pane->list()->model()->index(r, 0));
        QVERIFY(static_cast<TimelineModel *>(m_pane->filter()->sourceModel())
                    ->searchTextAt(source.row())
                    .contains(QStringLiteral("nana")));
    }
    QTest::keyClicks(m_pane->searchEdit(), QStringLiteral(" zzzz-nothing"));
    QCOMPARE(m_pane->list()->model()->rowCount(), 0);
    m_pane->searchEdit()->clear();
    QCOMPARE(m_pane->list()->model()->rowCount(), all);

    // Click a row: the view chooses the same item.
    const QModelIndex third = m_pane->list()->model()->index(3, TimelineModel::What);
    QTest::mouseClick(m_pane->list()->viewport(), Qt::LeftButton, {},
                      m_pane->list()->visualRect(third).center());
    const QModelIndex source = m_pane->filter()->mapToSource(third);
    auto *model = static_cast<TimelineModel *>(m_pane->filter()->sourceModel());
    QCOMPARE(m_pane->view()->selectedId(), model->idAt(source.row()));
    QCOMPARE(m_pane->view()->selectedKind(), model->kindAt(source.row()));

    // Click a memory marker in the view: the list follows.
    const Memory memory = m_pane->document()->memories().at(4);
    m_pane->view()->select(TimelineDocument::Kind::Memory, memory.id);
    const QRect marker = m_pane->view()->itemRect(TimelineDocument::Kind::Memory, memory.id);
    QVERIFY(m_pane->view()->viewport()->rect().contains(marker.center()));
    m_pane->view()->select(TimelineDocument::Kind::Placement, kNoId);
    QTest::mouseClick(m_pane->view()->viewport(), Qt::LeftButton, {}, marker.center());
    QCOMPARE(m_pane->view()->selectedKind(), TimelineDocument::Kind::Memory);
    const QModelIndexList rows = m_pane->list()->selectionModel()->selectedRows();
    QCOMPARE(rows.size(), 1);
    const QModelIndex chosen = m_pane->filter()->mapToSource(rows.first());
    QCOMPARE(model->idAt(chosen.row()), m_pane->view()->selectedId());
}

void TestTimelinePane::aGapIsListedUntilItIsFilled()
{
    m_model = TestCase::model(*m_file);
    m_pane->setCase(m_model.get(), &m_stack);
    m_pane->show();
    auto addPlace = [this](const QString &name, const QString &from, const QString &to) {
        m_pane->setRunDialog([&](QDialog *d) {
            auto *dialog = qobject_cast<PlacementDialog *>(d);
            dialog->nameEdit()->setText(name);
            dialog->typeCombo()->setCurrentIndex(0); // chosen: nothing is assumed
            dialog->fromEdit()->lineEdit()->setText(from);
            dialog->toEdit()->lineEdit()->setText(to);
            return dialog->okButton()->isEnabled() ? int(QDialog::Accepted)
                                                   : int(QDialog::Rejected);
        });
        m_pane->addPlacement();
    };
    addPlace(QStringLiteral("Home with Mum"), QStringLiteral("12/05/2015"),
             QStringLiteral("March 2018"));
    addPlace(QStringLiteral("Sue and Dev's"), QStringLiteral("September 2018"), QString());
    QCOMPARE(m_pane->document()->placements().size(), 2);
    QCOMPARE(m_pane->unknowns()->count(), 1);
    QCOMPARE(m_pane->unknowns()->item(0)->text(),
             QStringLiteral("We don't know where you lived between April 2018 and August 2018."));
    addPlace(QStringLiteral("Emergency carers"), QStringLiteral("April 2018"),
             QStringLiteral("August 2018"));
    QVERIFY(m_pane->unknowns()->item(0)->text().startsWith(QStringLiteral("Nothing missing")));
    m_stack.undo();
    QVERIFY(m_pane->unknowns()->item(0)->text().contains(QStringLiteral("April 2018")));
}

void TestTimelinePane::badDatesAreExplainedAndBlockSaving()
{
    m_model = TestCase::model(*m_file);
    m_pane->setCase(m_model.get(), &m_stack);
    TimelineDocument &doc = *m_pane->document();
    PlacementDialog placement(doc);
    placement.nameEdit()->setText(QStringLiteral("Sue's"));
    QVERIFY(!placement.okButton()->isEnabled()); // the kind of home is not chosen yet
    placement.typeCombo()->setCurrentIndex(int(Placement::Type::Foster));
    placement.fromEdit()->lineEdit()->setText(QStringLiteral("2019"));
    placement.toEdit()->lineEdit()->setText(QStringLiteral("2017"));
    QVERIFY(!placement.okButton()->isEnabled());
    QVERIFY(placement.toEdit()->feedback().contains(QStringLiteral("before the start")));
    placement.toEdit()->lineEdit()->setText(QStringLiteral("2020"));
    QVERIFY(placement.okButton()->isEnabled());
    // Moving the start after the end blocks saving again.
    placement.fromEdit()->lineEdit()->setText(QStringLiteral("2021"));
    QVERIFY(!placement.okButton()->isEnabled());

    MemoryDialog memory(doc);
    memory.titleEdit()->setText(QStringLiteral("Grandad's farm"));
    memory.dateEdit()->lineEdit()->setText(QStringLiteral("the 45th of Smarch"));
    QVERIFY(!memory.okButton()->isEnabled());
    QVERIFY(!memory.dateEdit()->feedback().isEmpty());
    memory.dateEdit()->lineEdit()->setText(QStringLiteral("1990"));
    QVERIFY(memory.okButton()->isEnabled()); // family history is allowed…
    QVERIFY(memory.dateEdit()->feedback().contains(QStringLiteral("before you were born")));
    memory.dateEdit()->lineEdit()->setText(QStringLiteral("2099"));
    QVERIFY(memory.okButton()->isEnabled());
    QVERIFY(memory.dateEdit()->feedback().contains(QStringLiteral("future")));

    // A file that is not a picture is explained, and nothing is added.
    const QString letter = m_dir->filePath(QStringLiteral("letter.txt"));
    QFile f(letter);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a picture");
    f.close();
    memory.addPhotoFiles({letter});
    QVERIFY(memory.photos().isEmpty());
    QVERIFY(memory.message().contains(QStringLiteral("letter.txt")));

    EventDialog event(doc);
    QVERIFY(!event.okButton()->isEnabled());
    event.titleEdit()->setText(QStringLiteral("Review"));
    QVERIFY(event.okButton()->isEnabled());
}

void TestTimelinePane::removeAsksFirstAndCanBeUndone()
{
    openDemo();
    const Memory memory = m_pane->document()->memories().first();
    m_pane->view()->select(TimelineDocument::Kind::Memory, memory.id);
    int asked = 0;
    m_pane->setConfirm([&](const QString &, const QString &question) {
        ++asked;
        return question.contains(memory.title) && asked > 1;
    });
    QTest::keyClick(m_pane->view(), Qt::Key_Delete);
    QCOMPARE(asked, 1);
    QVERIFY(m_pane->document()->memory(memory.id));
    QTest::keyClick(m_pane->view(), Qt::Key_Delete);
    QCOMPARE(asked, 2);
    QVERIFY(!m_pane->document()->memory(memory.id));
    QVERIFY(!MemoryRepository(*m_file).find(memory.id));
    m_stack.undo();
    QCOMPARE(*MemoryRepository(*m_file).find(memory.id), memory);
}

void TestTimelinePane::zoomAndKeyboardWalkThroughTime()
{
    openDemo();
    TimelineView *view = m_pane->view();
    view->setFocus();
    const double lifetime = view->pixelsPerDay();
    QTest::keyClick(view, Qt::Key_Plus);
    QVERIFY(view->pixelsPerDay() > lifetime);
    for (int i = 0; i < 30; ++i)
        QTest::keyClick(view, Qt::Key_Plus);
    // Zoomed in as far as it goes: about a month fills the view.
    const int width = view->viewport()->width() - TimelineView::kLabelWidth;
    QVERIFY(view->pixelsPerDay() * 31 <= width + 1);
    QTest::keyClick(view, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(view->pixelsPerDay(), lifetime);

    QTest::keyClick(view, Qt::Key_Home);
    const ItemId first = view->selectedId();
    QVERIFY(first != kNoId);
    QTest::keyClick(view, Qt::Key_Right);
    QVERIFY(view->selectedId() != first ||
            view->selectedKind() != TimelineDocument::Kind::Placement);
    QVERIFY(!view->accessibleDescription().isEmpty());
    QTest::keyClick(view, Qt::Key_End);
    const QRect last = view->itemRect(view->selectedKind(), view->selectedId());
    QVERIFY(view->viewport()->rect().intersects(last));
}

void TestTimelinePane::rightToLeftRunsTimeFromTheRight()
{
    openDemo();
    TimelineView *view = m_pane->view();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Home);
    const auto firstKind = view->selectedKind();
    const ItemId first = view->selectedId();
    QTest::keyClick(view, Qt::Key_End);
    const auto lastKind = view->selectedKind();
    const ItemId last = view->selectedId();
    QVERIFY(view->itemRect(firstKind, first).center().x() <
            view->itemRect(lastKind, last).center().x());

    m_pane->setLayoutDirection(Qt::RightToLeft);
    QVERIFY(view->isRightToLeft());
    const QRect firstRect = view->itemRect(firstKind, first);
    const QRect lastRect = view->itemRect(lastKind, last);
    // The earliest is on the right now, the latest on the left, and both are on screen.
    QVERIFY2(
        firstRect.center().x() > lastRect.center().x(),
        qPrintable(QStringLiteral("%1 %2").arg(firstRect.center().x()).arg(lastRect.center().x())));
    QVERIFY(view->viewport()->rect().contains(firstRect.center()));
    QVERIFY(view->viewport()->rect().contains(lastRect.center()));
    // The lane names sit on the right: nothing is drawn under them.
    QVERIFY(firstRect.right() < view->viewport()->width() - TimelineView::kLabelWidth);

    // Clicking where an item is drawn chooses it; Left goes on in time, as reading does.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, lastRect.center());
    QCOMPARE(view->selectedId(), last);
    QTest::keyClick(view, Qt::Key_Home);
    QCOMPARE(view->selectedId(), first);
    QTest::keyClick(view, Qt::Key_Left);
    const QRect next = view->itemRect(view->selectedKind(), view->selectedId());
    QVERIFY(next.center().x() <= firstRect.center().x());
    QVERIFY(view->selectedId() != first || view->selectedKind() != firstKind);
    QTest::keyClick(view, Qt::Key_Right);
    QCOMPARE(view->selectedId(), first);
    saveScreenshot(m_pane.get(), QStringLiteral("timeline-rtl.png"));
}

void TestTimelinePane::screenReadersHearEveryMarker()
{
    openDemo();
    TimelineView *view = m_pane->view();
    view->setFocus();
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(view);
    QVERIFY(iface);
    QCOMPARE(iface->role(), QAccessible::List);
    QCOMPARE(iface->childCount(), view->itemCount());
    QVERIFY(iface->childCount() > 20);
    QSet<QString> names;
    for (int i = 0; i < iface->childCount(); ++i) {
        QAccessibleInterface *item = iface->child(i);
        QVERIFY(item && item->isValid());
        QCOMPARE(item->role(), QAccessible::ListItem);
        QCOMPARE(iface->indexOfChild(item), i);
        QCOMPARE(item->parent(), iface);
        QVERIFY(!item->text(QAccessible::Name).isEmpty());
        names << item->text(QAccessible::Name);
        QCOMPARE(iface->child(i), item); // the same interface each time
    }
    QVERIFY(names.size() > iface->childCount() / 2);

    // The one chosen by keyboard is selected and focused, and where it is drawn.
    QTest::keyClick(view, Qt::Key_Home);
    QTest::keyClick(view, Qt::Key_Right);
    const int chosen = view->indexOf(view->selectedKind(), view->selectedId());
    QAccessibleInterface *item = iface->child(chosen);
    QVERIFY(item->state().selected);
    QVERIFY(item->state().focused);
    QCOMPARE(iface->focusChild(), item);
    QCOMPARE(item->text(QAccessible::Name),
             view->describe(view->selectedKind(), view->selectedId()));
    const QRect onScreen = item->rect();
    const QRect drawn = view->itemRect(view->selectedKind(), view->selectedId());
    QCOMPARE(onScreen.topLeft(), view->viewport()->mapToGlobal(drawn.topLeft()));
    QVERIFY(!iface->child(chosen + 1)->state().selected);

    // A memory removed by an edit is no longer there for the screen reader either.
    const auto memories = m_pane->document()->memories();
    QVERIFY(!memories.isEmpty());
    const ItemId gone = memories.first().id;
    const int index = view->indexOf(TimelineDocument::Kind::Memory, gone);
    QAccessibleInterface *removed = iface->child(index);
    QVERIFY(removed->isValid());
    Command::removeMemory(m_stack, *m_pane->document(), gone);
    QVERIFY(!removed->isValid());
    QCOMPARE(iface->childCount(), view->itemCount());
}

QTEST_MAIN(TestTimelinePane)
#include "tst_timelinepane.moc"
