// SPDX-License-Identifier: GPL-3.0-or-later
#include "../storage/testcase.h"
#include "childmapcommands.h"
#include "childmapcompare.h"
#include "childmapdocument.h"
#include "childmaprepository.h"
#include "childmapview.h"
#include "childviewpanel.h"
#include "commands.h"
#include "ecomapdocument.h"
#include "notation.h"
#include "redaction.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QUndoStack>

// The child's own map, kept apart from the adults': each change goes into the day's snapshot in
// the real case file, earlier days stay as they were, and where the two maps disagree is found
// and said.
class TestChildMap : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void ringsAreBandsRoundTheChild();
    void differencesAreCloserFurtherAndOnOneMapOnly();
    void aChangeGoesIntoTodaysSnapshotAndUndoes();
    void anotherDayStartsANewSnapshotAndKeepsTheOld();
    void someoneRemovedFromTheStoryLeavesEverySnapshot();
    void theKeysChooseAndMovePeople();
    void aDragPutsSomeoneOnAnotherRing();
    void theAdultsSeeTheDifferencesInWords();
    void theFamilyCopyLeavesTheChildsMapOut();

private:
    ItemId addPerson(const QString &name, QPointF at);
    ChildMapPlace place(ItemId who, ChildMapPlace::Ring ring) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CaseFile> m_file;
    std::unique_ptr<CaseModel> m_model;
    std::unique_ptr<EcomapDocument> m_ecomap;
    std::unique_ptr<ChildMapDocument> m_doc;
    QUndoStack m_stack;
};

void TestChildMap::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_file = TestCase::create(m_dir->filePath(QStringLiteral("m.belonging")));
    QVERIFY(m_file);
    m_model = TestCase::model(*m_file);
    ChildProfile child = m_model->child();
    child.knownAs = QStringLiteral("Ava");
    QVERIFY(!m_model->setChild(child));
    m_ecomap = std::make_unique<EcomapDocument>(*m_model);
    QVERIFY(!m_ecomap->load());
    m_doc = std::make_unique<ChildMapDocument>(*m_model);
    QVERIFY(!m_doc->load());
    m_doc->setToday(QDate(2026, 3, 3));
}

void TestChildMap::cleanup()
{
    m_stack.clear();
    m_doc.reset();
    m_ecomap.reset();
    m_model.reset();
    m_file.reset();
    m_dir.reset();
}

ItemId TestChildMap::addPerson(const QString &name, QPointF at)
{
    Person p;
    p.knownAs = name;
    Command::addPerson(m_stack, *m_ecomap, p, at, Relationship());
    for (const Person &q : m_model->people()) {
        if (q.knownAs == name)
            return q.id;
    }
    return kNoId;
}

ChildMapPlace TestChildMap::place(ItemId who, ChildMapPlace::Ring ring) const
{
    ChildMapPlace p;
    p.personId = who;
    p.ring = ring;
    p.angle = 90;
    return p;
}

void TestChildMap::ringsAreBandsRoundTheChild()
{
    const double(&r)[3] = Notation::kRingRadii;
    // On each ring, and a card's width outside it, is that ring.
    QCOMPARE(ChildMapCompare::ringAt(r[0], r), 0);
    QCOMPARE(ChildMapCompare::ringAt(r[0] * 1.25, r), 0);
    QCOMPARE(ChildMapCompare::ringAt(r[1], r), 1);
    QCOMPARE(ChildMapCompare::ringAt(r[1] * 1.25, r), 1);
    QCOMPARE(ChildMapCompare::ringAt(r[2], r), 2);
    QCOMPARE(ChildMapCompare::ringAt(5000, r), 2);
    QCOMPARE(ChildMapCompare::ringAt(0, r), 0);
}

void TestChildMap::differencesAreCloserFurtherAndOnOneMapOnly()
{
    ChildMap map;
    map.places = {place(1, ChildMapPlace::Ring::Close), place(2, ChildMapPlace::Ring::Further),
                  place(3, ChildMapPlace::Ring::Middle), place(4, ChildMapPlace::Ring::Middle)};
    const QHash<ItemId, int> adults = {{1, 1}, {2, 0}, {3, 1}, {5, 2}};
    const QList<ChildMapDifference> d = ChildMapCompare::differences(map, adults);
    QCOMPARE(d.size(), 4); // 3 is where the adults have them too
    QCOMPARE(d[0], (ChildMapDifference{1, ChildMapDifference::Kind::Closer, 0, 1}));
    QCOMPARE(d[1], (ChildMapDifference{2, ChildMapDifference::Kind::Further, 2, 0}));
    QCOMPARE(d[2], (ChildMapDifference{4, ChildMapDifference::Kind::OnlyChilds, 1, -1}));
    QCOMPARE(d[3], (ChildMapDifference{5, ChildMapDifference::Kind::OnlyAdults, -1, 2}));
    QCOMPARE(ChildMapCompare::describe(d[0], QStringLiteral("Tyler"), QStringLiteral("Maisie")),
             QStringLiteral("Maisie puts Tyler closer than the adults' map does (close, not in "
                            "the middle)."));
    QVERIFY(ChildMapCompare::differences(ChildMap{}, {}).isEmpty());
}

void TestChildMap::aChangeGoesIntoTodaysSnapshotAndUndoes()
{
    const ItemId tyler = addPerson(QStringLiteral("Tyler"), QPointF(310, 0));
    Command::placeOnChildMap(m_stack, *m_doc, place(tyler, ChildMapPlace::Ring::Close));
    QCOMPARE(m_doc->maps().size(), 1);
    QCOMPARE(m_doc->maps().first().seenOn, QDate(2026, 3, 3));
    QCOMPARE(m_stack.undoText(), QStringLiteral("Put Tyler on the child's own map"));
    // Another change the same day is the same snapshot.
    ChildMapPlace happy = place(tyler, ChildMapPlace::Ring::Close);
    happy.feeling = Memory::Feeling::Happy;
    Command::placeOnChildMap(m_stack, *m_doc, happy);
    QCOMPARE(m_doc->maps().size(), 1);
    QCOMPARE(m_stack.undoText(), QStringLiteral("Move Tyler on the child's own map"));
    // The same again changes nothing and is not pushed.
    const int steps = m_stack.count();
    Command::placeOnChildMap(m_stack, *m_doc, happy);
    QCOMPARE(m_stack.count(), steps);

    // In the file, as the child left it.
    QList<ChildMap> stored = ChildMapRepository(*m_file).all();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().places, QList<ChildMapPlace>{happy});

    m_stack.undo();
    QCOMPARE(m_doc->latest()->places.first().feeling, std::nullopt);
    m_stack.undo();
    QVERIFY(m_doc->maps().isEmpty());
    QVERIFY(ChildMapRepository(*m_file).all().isEmpty());
    m_stack.redo();
    m_stack.redo();
    stored = ChildMapRepository(*m_file).all();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().places.first().feeling, Memory::Feeling::Happy);
}

void TestChildMap::anotherDayStartsANewSnapshotAndKeepsTheOld()
{
    const ItemId tyler = addPerson(QStringLiteral("Tyler"), QPointF(310, 0));
    const ItemId tom = addPerson(QStringLiteral("Tom"), QPointF(0, 190));
    Command::placeOnChildMap(m_stack, *m_doc, place(tyler, ChildMapPlace::Ring::Middle));
    m_doc->setToday(QDate(2026, 6, 1));
    Command::placeOnChildMap(m_stack, *m_doc, place(tom, ChildMapPlace::Ring::Further));
    QCOMPARE(m_doc->maps().size(), 2);
    QCOMPARE(m_doc->maps()[0].places.size(), 1); // March: Tyler only
    QCOMPARE(m_doc->maps()[1].places.size(), 2); // June starts from March
    QCOMPARE(m_doc->maps()[1].seenOn, QDate(2026, 6, 1));

    // Opened again, both days are there, oldest first.
    m_doc = std::make_unique<ChildMapDocument>(*m_model);
    QVERIFY(!m_doc->load());
    QCOMPARE(m_doc->maps().size(), 2);
    QCOMPARE(m_doc->maps()[0].seenOn, QDate(2026, 3, 3));
    m_stack.clear();
}

void TestChildMap::someoneRemovedFromTheStoryLeavesEverySnapshot()
{
    const ItemId tyler = addPerson(QStringLiteral("Tyler"), QPointF(310, 0));
    const ItemId tom = addPerson(QStringLiteral("Tom"), QPointF(0, 190));
    Command::placeOnChildMap(m_stack, *m_doc, place(tyler, ChildMapPlace::Ring::Close));
    Command::placeOnChildMap(m_stack, *m_doc, place(tom, ChildMapPlace::Ring::Further));
    Command::removePerson(m_stack, *m_ecomap, tom);
    QCOMPARE(m_doc->latest()->places.size(), 1);
    QCOMPARE(ChildMapRepository(*m_file).all().first().places.size(), 1);
}

void TestChildMap::theKeysChooseAndMovePeople()
{
    const ItemId tyler = addPerson(QStringLiteral("Tyler"), QPointF(310, 0));
    ChildMapView view;
    view.resize(400, 400);
    view.setDocument(m_doc.get(), &m_stack);
    view.put(tyler); // the middle ring, at a free spot
    QCOMPARE(m_doc->latest()->place(tyler)->ring, ChildMapPlace::Ring::Middle);
    view.select(kNoId);
    QTest::keyClick(&view, Qt::Key_Right);
    QCOMPARE(view.selected(), tyler);
    QTest::keyClick(&view, Qt::Key_Up);
    QCOMPARE(m_doc->latest()->place(tyler)->ring, ChildMapPlace::Ring::Close);
    QTest::keyClick(&view, Qt::Key_Up); // already as close as can be
    QCOMPARE(m_doc->latest()->place(tyler)->ring, ChildMapPlace::Ring::Close);
    QTest::keyClick(&view, Qt::Key_Down);
    QTest::keyClick(&view, Qt::Key_Down);
    QCOMPARE(m_doc->latest()->place(tyler)->ring, ChildMapPlace::Ring::Further);
    QVERIFY(view.accessibleDescription().contains(QStringLiteral("Tyler: further away")));
}

void TestChildMap::aDragPutsSomeoneOnAnotherRing()
{
    const ItemId tyler = addPerson(QStringLiteral("Tyler"), QPointF(310, 0));
    ChildMapView view;
    view.resize(400, 400);
    view.setDocument(m_doc.get(), &m_stack);
    view.put(tyler, ChildMapPlace::Ring::Further);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QRectF area = QRectF(view.rect()).adjusted(8, 8, -8, -8);
    const QPoint from = view.picture().centreOf(*m_doc->latest()->place(tyler), area).toPoint();
    // Dropped just beside "Me": the close ring.
    const QPoint to = area.center().toPoint() + QPoint(0, -30);
    QTest::mousePress(&view, Qt::LeftButton, {}, from);
    QMouseEvent move(QEvent::MouseMove, QPointF(to), view.mapToGlobal(QPointF(to)), Qt::NoButton,
                     Qt::LeftButton, {});
    QApplication::sendEvent(&view, &move);
    QTest::mouseRelease(&view, Qt::LeftButton, {}, to);
    QCOMPARE(m_doc->latest()->place(tyler)->ring, ChildMapPlace::Ring::Close);
    // A tap only chooses.
    const QPoint now = view.picture().centreOf(*m_doc->latest()->place(tyler), area).toPoint();
    const int steps = m_stack.count();
    QTest::mouseClick(&view, Qt::LeftButton, {}, now);
    QCOMPARE(m_stack.count(), steps);
    QCOMPARE(view.selected(), tyler);
}

void TestChildMap::theAdultsSeeTheDifferencesInWords()
{
    const ItemId tyler = addPerson(QStringLiteral("Tyler"), QPointF(310, 0)); // middle
    const ItemId tom = addPerson(QStringLiteral("Tom"), QPointF(0, 190));     // close
    addPerson(QStringLiteral("Mr Evans"), QPointF(430, 0));                   // further
    ChildViewPanel panel;
    const auto rings = [this] {
        QHash<ItemId, QPointF> placed;
        for (const Person &p : m_model->people())
            placed.insert(p.id, m_ecomap->position(p.id));
        return ChildMapCompare::ringsOf(placed, Notation::kRingRadii);
    };
    panel.setDocument(m_doc.get(), rings);
    QVERIFY(panel.differencesLabel()->text().contains(QStringLiteral("has not made")));
    Command::placeOnChildMap(m_stack, *m_doc, place(tyler, ChildMapPlace::Ring::Close));
    Command::placeOnChildMap(m_stack, *m_doc, place(tom, ChildMapPlace::Ring::Further));
    const QString text = panel.differencesLabel()->text();
    QVERIFY2(text.contains(QStringLiteral("Ava puts Tyler closer than the adults' map does")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Ava puts Tom further away than the adults' map does")));
    QVERIFY(text.contains(QStringLiteral("Mr Evans is on the adults' map (further away) but not "
                                         "on Ava's.")));
    QCOMPARE(panel.differences().size(), 3);
    QCOMPARE(panel.dayBox()->count(), 1);
    QVERIFY(panel.dayBox()->currentText().contains(QStringLiteral("3 March 2026")) ||
            panel.dayBox()->currentText().contains(QStringLiteral("03/03/2026")));
}

void TestChildMap::theFamilyCopyLeavesTheChildsMapOut()
{
    CaseContent c;
    Person tyler;
    tyler.id = 1;
    tyler.knownAs = QStringLiteral("Tyler");
    c.people << tyler;
    ChildMap map;
    map.seenOn = QDate(2026, 3, 3);
    map.places = {place(1, ChildMapPlace::Ring::Close)};
    c.childMaps << map;
    const Redaction::Result family =
        Redaction::apply(c, Redaction::Policy::forAudience(Redaction::Audience::Family));
    QVERIFY(family.content.childMaps.isEmpty());
    QVERIFY(
        family.leftOut.contains(QStringLiteral("The child's own map of the people in their life")));
    const Redaction::Result child =
        Redaction::apply(c, Redaction::Policy::forAudience(Redaction::Audience::ChildBook));
    QCOMPARE(child.content.childMaps.size(), 1);
}

QTEST_MAIN(TestChildMap)
#include "tst_childmap.moc"
