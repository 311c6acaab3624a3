// SPDX-License-Identifier: GPL-3.0-or-later
#include "../storage/testcase.h"
#include "casecontentio.h"
#include "childrepository.h"
#include "democase.h"
#include "ecomapexport.h"
#include "ecomapitems.h"
#include "ecomappane.h"
#include "ecomapscene.h"
#include "layoutrepository.h"
#include "mediarepository.h"
#include "persondialog.h"
#include "personrepository.h"
#include "relationshiprepository.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPixmapCache>
#include <QPushButton>
#include <QSlider>
#include <QTimer>
#include <QUndoStack>

// The ecomap tab driven as a person would: keyboard and mouse on real widgets.
class TestEcomapPane : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addSomeoneWithTheKeyboard();
    void draggingACardSavesItsPlace();
    void tabWalksRoundThePeopleAndDeleteAsksFirst();
    void sliderShowsTheMapAsItWas();
    void exportsPngAndSvgWithTheKey();
    void awkwardNamesAndThreeHundredPeopleStillDraw();
    void connectTwoPeopleAndChangeALineFromItsMenu();
    void photosShowAndBrokenOnesFallBackToInitials();
    void groupTheSelectedPeople();
    void screenReadersSeeThePeopleAsAList();

private:
    void openDemo();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CaseFile> m_file;
    std::unique_ptr<CaseModel> m_model;
    std::unique_ptr<EcomapPane> m_pane;
    QUndoStack m_stack;
};

void TestEcomapPane::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_file = TestCase::create(m_dir->filePath(QStringLiteral("p.belonging")));
    QVERIFY(m_file);
    ChildProfile child;
    child.knownAs = QStringLiteral("Maisie");
    child.born = FuzzyDate::day(QDate(2015, 5, 12));
    QVERIFY(!ChildRepository(*m_file).save(child));
    m_pane = std::make_unique<EcomapPane>();
    m_pane->resize(1100, 750);
}

void TestEcomapPane::cleanup()
{
    m_pane.reset();
    m_stack.clear();
    m_model.reset();
    m_file.reset();
    m_dir.reset();
}

void TestEcomapPane::openDemo()
{
    CaseContent demo = DemoCase::build();
    QVERIFY(!CaseContentIO::write(*m_file, demo));
    m_model = TestCase::model(*m_file);
    m_pane->setCase(m_model.get(), &m_stack);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void TestEcomapPane::addSomeoneWithTheKeyboard()
{
    m_model = TestCase::model(*m_file);
    m_pane->setCase(m_model.get(), &m_stack);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    m_pane->view()->setFocus();
    bool dialogSeen = false;
    QTimer::singleShot(0, this, [&dialogSeen] {
        auto *dialog = qobject_cast<PersonDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialogSeen = true;
        QTest::keyClicks(dialog->knownAsEdit(), QStringLiteral("Nana"));
        QVERIFY(!dialog->findChild<QDialogButtonBox *>()
                     ->button(QDialogButtonBox::Ok)
                     ->isEnabled()); // who they are and how it feels are not chosen yet
        dialog->roleCombo()->setFocus();
        QTest::keyClick(dialog->roleCombo(), Qt::Key_Home); // "Birth mother", chosen
        dialog->kindCombo()->setFocus();
        QTest::keyClick(dialog->kindCombo(), Qt::Key_Home); // "Strong"
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    QTest::keyClick(m_pane->view(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(dialogSeen);
    QCOMPARE(m_stack.undoText(), QStringLiteral("Add Nana"));
    const QList<Person> people = PersonRepository(*m_file).all();
    QCOMPARE(people.size(), 1);
    QCOMPARE(people[0].knownAs, QStringLiteral("Nana"));
    QCOMPARE(RelationshipRepository(*m_file).all().value(0).kind, Relationship::Kind::Strong);
    QVERIFY(m_pane->scene()->personItem(people[0].id));
    // Strong ties go on the closest ring.
    QVERIFY(QLineF(QPointF(), m_pane->scene()->personItem(people[0].id)->pos()).length() < 250);
    QTest::keyClick(m_pane->view(), Qt::Key_Z, Qt::ControlModifier); // not bound here: no-op
    m_stack.undo();
    QVERIFY(PersonRepository(*m_file).all().isEmpty());
    QVERIFY(m_pane->scene()->personItems().isEmpty());
}

void TestEcomapPane::draggingACardSavesItsPlace()
{
    openDemo();
    PersonItem *nana = nullptr;
    for (PersonItem *item : m_pane->scene()->personItems()) {
        if (item->person().knownAs == QStringLiteral("Nana"))
            nana = item;
    }
    QVERIFY(nana);
    const QPointF before = nana->pos();
    QWidget *viewport = m_pane->view()->viewport();
    const QPoint start = m_pane->view()->mapFromScene(nana->scenePos());
    const QPoint end = start + QPoint(60, 40);
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, start);
    for (int i = 1; i <= 6; ++i)
        QTest::mouseMove(viewport, start + (end - start) * i / 6);
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, end);
    QVERIFY(nana->pos() != before);
    QCOMPARE(m_stack.undoText(), QStringLiteral("Move Nana"));
    const QPointF saved = LayoutRepository(*m_file).positions().value(nana->personId());
    QCOMPARE(saved, nana->pos());
    m_stack.undo();
    QCOMPARE(nana->pos(), before);
}

void TestEcomapPane::tabWalksRoundThePeopleAndDeleteAsksFirst()
{
    openDemo();
    m_pane->view()->setFocus();
    QTest::keyClick(m_pane->view(), Qt::Key_Tab);
    const ItemId first = m_pane->scene()->selectedPersonId();
    QVERIFY(first != kNoId);
    // screen readers hear who has focus
    QVERIFY(m_pane->view()->accessibleDescription().startsWith(
        m_pane->document()->person(first)->displayName()));
    QCOMPARE(m_pane->scene()->personItemsInOrder().first()->personId(), first);
    QTest::keyClick(m_pane->view(), Qt::Key_Tab);
    const ItemId second = m_pane->scene()->selectedPersonId();
    QVERIFY(second != first);
    // arrow keys nudge the focused card, one undo step for several nudges
    const QPointF before = m_pane->scene()->personItem(second)->pos();
    QTest::keyClick(m_pane->view(), Qt::Key_Right);
    QTest::keyClick(m_pane->view(), Qt::Key_Right);
    QCOMPARE(m_pane->scene()->personItem(second)->pos(), before + QPointF(20, 0));

    QString asked;
    m_pane->setConfirm([&asked](const QString &, const QString &question) {
        asked = question;
        return false; // "No" keeps them
    });
    QTest::keyClick(m_pane->view(), Qt::Key_Delete);
    QVERIFY(!asked.isEmpty());
    QVERIFY(m_pane->scene()->personItem(second));
    m_pane->setConfirm([](const QString &, const QString &) { return true; });
    QTest::keyClick(m_pane->view(), Qt::Key_Delete);
    QVERIFY(!m_pane->scene()->personItem(second));
    QVERIFY(!PersonRepository(*m_file).find(second));
    m_stack.undo();
    QVERIFY(m_pane->scene()->personItem(second));
}

void TestEcomapPane::sliderShowsTheMapAsItWas()
{
    openDemo();
    auto visibleNames = [this] {
        QStringList names;
        for (const Relationship &r : m_pane->document()->relationships()) {
            TieItem *tie = m_pane->scene()->tieItem(r.id);
            if (tie && tie->isVisible() && r.involvesChild())
                names << m_pane->document()->person(r.personB)->displayName();
        }
        return names;
    };
    QVERIFY(visibleNames().contains(QStringLiteral("Helen")));
    QTest::mouseClick(m_pane->asOfCheck(), Qt::LeftButton);
    QVERIFY(m_pane->asOfSlider()->isEnabled());
    // at the far right: today — Helen has left, Tom is here
    QVERIFY(!visibleNames().contains(QStringLiteral("Helen")));
    QVERIFY(visibleNames().contains(QStringLiteral("Tom")));
    // back to 2021 with the keyboard
    m_pane->asOfSlider()->setFocus();
    const int weeksBack = int(QDate(2021, 6, 1).daysTo(QDate::currentDate()) / 7);
    m_pane->asOfSlider()->setPageStep(1);
    for (int i = 0; i < weeksBack; ++i)
        QTest::keyClick(m_pane->asOfSlider(), Qt::Key_Left);
    QVERIFY(m_pane->scene()->asOfDate() < QDate(2021, 7, 1));
    QVERIFY(visibleNames().contains(QStringLiteral("Helen")));
    QVERIFY(!visibleNames().contains(QStringLiteral("Tom")));
    // Tom's card is dimmed, not removed
    for (PersonItem *item : m_pane->scene()->personItems()) {
        if (item->person().knownAs == QStringLiteral("Tom"))
            QVERIFY(item->opacity() < 1.0);
    }
}

void TestEcomapPane::exportsPngAndSvgWithTheKey()
{
    openDemo();
    const QString png = m_dir->filePath(QStringLiteral("map.png"));
    const QString svg = m_dir->filePath(QStringLiteral("map.svg"));
    QVERIFY(EcomapExport::writePng(*m_pane->scene(), QStringLiteral("People who matter"), png)
                .isEmpty());
    QVERIFY(EcomapExport::writeSvg(*m_pane->scene(), QStringLiteral("People who matter"), svg)
                .isEmpty());
    const QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.width(), 2400);
    // not blank: the child's circle (its coral rim and name band) is near the middle
    bool coral = false;
    for (int y = image.height() * 2 / 5; y < image.height() * 3 / 5 && !coral; y += 2) {
        for (int x = 0; x < image.width() && !coral; x += 4) {
            const QColor c = image.pixelColor(x, y);
            coral = c.red() > 180 && c.green() < 110 && c.blue() < 100;
        }
    }
    QVERIFY(coral);
    QFile f(svg);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(text.contains("<svg"));
    QVERIFY(text.contains("Key"));
    QVERIFY(text.contains("All relationships"));
    // a folder that does not exist gives a message, not a crash or a half file
    QVERIFY(!EcomapExport::writePng(*m_pane->scene(), QStringLiteral("x"),
                                    m_dir->filePath(QStringLiteral("missing/map.png")))
                 .isEmpty());
}

void TestEcomapPane::awkwardNamesAndThreeHundredPeopleStillDraw()
{
    DemoCase::Size size;
    size.people = 300;
    size.memories = 0;
    size.photos = 0;
    CaseContent big = DemoCase::generate(size);
    big.people[0].knownAs = QString(200, QLatin1Char('W'));
    big.people[1].knownAs = QStringLiteral("👵🏽 Nana ❤️");
    big.people[2].knownAs = QStringLiteral("جدتي مريم");
    big.people[3].knownAs = QString();
    big.people[3].fullName = QString();
    QVERIFY(!CaseContentIO::write(*m_file, big));
    m_model = TestCase::model(*m_file);
    m_pane->setCase(m_model.get(), &m_stack);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    QCOMPARE(m_pane->scene()->personItems().size(), 300);
    const QImage image = EcomapExport::toImage(*m_pane->scene(), QStringLiteral("Big"), 1600);
    QVERIFY(!image.isNull());
    // long names stay inside their card
    for (PersonItem *item : m_pane->scene()->personItems())
        QVERIFY(item->boundingRect().width() <= PersonItem::kWidth + 8);
    // Every card's cached picture fits in the pixmap cache even at 1.5x zoom; if it does not,
    // each repaint redraws all 300 cards from scratch (that once cost ~50 ms a frame).
    const PersonItem *card = m_pane->scene()->personItems().first();
    const qreal cardBytes =
        (card->boundingRect().width() * 1.5) * (card->boundingRect().height() * 1.5) * 4;
    QVERIFY(QPixmapCache::cacheLimit() * 1024.0 > 300 * cardBytes);
}

void TestEcomapPane::connectTwoPeopleAndChangeALineFromItsMenu()
{
    openDemo();
    const QList<Person> people = m_pane->document()->people();
    const Person lily = *std::find_if(people.cbegin(), people.cend(), [](const Person &p) {
        return p.knownAs == QStringLiteral("Lily");
    });
    m_pane->setChooseItem([](const QString &, const QString &, const QStringList &items) {
        for (const QString &item : items) {
            if (item.startsWith(QStringLiteral("Biscuit")))
                return item;
        }
        return QString();
    });
    const int before = int(m_pane->document()->relationships().size());
    m_pane->connectPerson(lily.id);
    QCOMPARE(m_pane->document()->relationships().size(), before + 1);
    const Relationship added = m_pane->document()->relationships().last();
    QCOMPARE(added.personA, lily.id);
    QVERIFY(!added.involvesChild());
    QCOMPARE(RelationshipRepository(*m_file).all().size(), before + 1);

    // Right-click the new line and choose "Stressful" from its menu.
    TieItem *tie = m_pane->scene()->tieItem(added.id);
    QVERIFY(tie);
    const QPointF middle = tie->path().pointAtPercent(0.5);
    const QPoint at = m_pane->view()->mapFromScene(middle);
    bool chosen = false;
    QTimer::singleShot(50, this, [&chosen] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *a : menu->actions()) {
            if (a->text() == QStringLiteral("Stressful")) {
                chosen = true;
                a->trigger();
            }
        }
        menu->close();
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, at,
                            m_pane->view()->viewport()->mapToGlobal(at));
    QApplication::sendEvent(m_pane->view()->viewport(), &event);
    QVERIFY(chosen);
    QCOMPARE(RelationshipRepository(*m_file).find(added.id)->kind, Relationship::Kind::Stressful);
}

void TestEcomapPane::photosShowAndBrokenOnesFallBackToInitials()
{
    Media good;
    good.mimeType = QStringLiteral("image/jpeg");
    good.data = DemoCase::drawPicture(1, QSize(320, 240));
    good.thumbnail = DemoCase::thumbnailOf(good.data);
    Media broken;
    broken.mimeType = QStringLiteral("image/jpeg");
    broken.data = QByteArray("not really a jpeg");
    broken.thumbnail = QByteArray("\xff\xd8 broken");
    MediaRepository media(*m_file);
    QVERIFY(!media.add(good) && !media.add(broken));
    Person withPhoto, withBroken;
    withPhoto.knownAs = QStringLiteral("Biscuit");
    withPhoto.photoId = good.id;
    withBroken.knownAs = QStringLiteral("Pepper");
    withBroken.photoId = broken.id;
    PersonRepository people(*m_file);
    QVERIFY(!people.add(withPhoto) && !people.add(withBroken));
    m_model = TestCase::model(*m_file);
    m_pane->setCase(m_model.get(), &m_stack);
    QVERIFY(!m_pane->document()->photoOf(withPhoto.id).isNull());
    QVERIFY(m_pane->document()->photoOf(withBroken.id).isNull());
    // both cards paint
    QImage image(400, 200, QImage::Format_ARGB32);
    QPainter painter(&image);
    m_pane->scene()->render(&painter);
    painter.end();
    QVERIFY(m_pane->scene()->personItem(withBroken.id));
}

void TestEcomapPane::groupTheSelectedPeople()
{
    openDemo();
    QCOMPARE(m_pane->document()->groups().size(), 2); // the demo's household and school
    QList<PersonItem *> chosen;
    for (PersonItem *item : m_pane->scene()->personItems()) {
        if (item->person().knownAs == QStringLiteral("Sue") ||
            item->person().knownAs == QStringLiteral("Lisa"))
            chosen << item;
    }
    QCOMPARE(chosen.size(), 2);
    for (PersonItem *item : chosen)
        item->setSelected(true);
    QVERIFY(m_pane->groupAction()->isEnabled());
    m_pane->setAskText([](const QString &, const QString &, const QString &) {
        return QStringLiteral("Foster carers");
    });
    QCOMPARE(m_pane->groupAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_G));
    m_pane->groupAction()->trigger();
    QCOMPARE(m_pane->document()->groups().size(), 3);
    const EcomapGroup made = m_pane->document()->groups().last();
    QCOMPARE(made.name, QStringLiteral("Foster carers"));
    GroupItem *outline = m_pane->scene()->groupItem(made.id);
    QVERIFY(outline && outline->isVisible());
    for (PersonItem *item : chosen)
        QVERIFY(outline->sceneBoundingRect().contains(item->sceneBoundingRect()));
}

void TestEcomapPane::screenReadersSeeThePeopleAsAList()
{
    openDemo();
    QAccessibleInterface *map = QAccessible::queryAccessibleInterface(m_pane->view());
    QVERIFY(map);
    QCOMPARE(map->role(), QAccessible::List);
    const QList<PersonItem *> people = m_pane->scene()->personItemsInOrder();
    // The child at the centre comes first, then everyone round the map.
    QCOMPARE(map->childCount(), int(people.size()) + 1);
    QAccessibleInterface *centre = map->child(0);
    QVERIFY(centre);
    QCOMPARE(centre->role(), QAccessible::ListItem);
    QCOMPARE(centre->text(QAccessible::Name), QStringLiteral("Maisie, at the centre of the map"));
    QCOMPARE(centre->text(QAccessible::Description),
             QStringLiteral("People on the map: %1").arg(people.size()));
    QCOMPARE(map->indexOfChild(centre), 0);
    for (int i = 0; i < int(people.size()); ++i) {
        QAccessibleInterface *card = map->child(i + 1);
        QVERIFY(card);
        QCOMPARE(card->role(), QAccessible::ListItem);
        QCOMPARE(card->text(QAccessible::Name), people[i]->accessibleName());
        QVERIFY(!card->text(QAccessible::Name).isEmpty());
        // How the relationship feels is said, not only drawn.
        QVERIFY2(card->text(QAccessible::Description).startsWith(QStringLiteral("It feels: ")) ||
                     card->text(QAccessible::Description).contains(QStringLiteral("With ")) ||
                     card->text(QAccessible::Description).startsWith(QStringLiteral("No line")),
                 qPrintable(card->text(QAccessible::Description)));
        QCOMPARE(map->indexOfChild(card), i + 1);
        QCOMPARE(card->parent(), map);
        QVERIFY(card->rect().isValid());
        QCOMPARE(map->child(i + 1), card); // the same interface every time
    }
    // Choosing a card is announced as its state.
    people[2]->setSelected(true);
    QVERIFY(map->child(3)->state().selected);
    QVERIFY(!map->child(2)->state().selected);
    // Nana: a strong tie, seen every week, and her own words.
    for (int i = 0; i < int(people.size()); ++i) {
        if (people[i]->person().knownAs != QStringLiteral("Nana"))
            continue;
        const QString said = map->child(i + 1)->text(QAccessible::Description);
        QVERIFY2(said.startsWith(QStringLiteral("It feels: Strong")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("Contact: ")), qPrintable(said));
        QVERIFY(said.contains(QStringLiteral("Nana")));
    }
    // Tab walks to a person and the map says who has focus. (The focus event itself is checked
    // through the real accessibility bus by tests/a11y: offscreen Qt sends none.)
    people[2]->setSelected(false);
    m_pane->window()->show();
    QApplication::setActiveWindow(m_pane->window());
    m_pane->view()->setFocus();
    QVERIFY(m_pane->view()->hasFocus());
    QTest::keyClick(m_pane->view(), Qt::Key_Tab);
    QTest::keyClick(m_pane->view(), Qt::Key_Tab);
    QCOMPARE(map->focusChild(), map->child(2));
}

QTEST_MAIN(TestEcomapPane)
#include "tst_ecomappane.moc"
