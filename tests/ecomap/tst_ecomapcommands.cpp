// SPDX-License-Identifier: GPL-3.0-or-later
#include "../storage/testcase.h"
#include "casecontentio.h"
#include "commands.h"
#include "democase.h"
#include "ecomapdocument.h"
#include "grouprepository.h"
#include "layoutrepository.h"
#include "memoryrepository.h"
#include "moveplanrepository.h"
#include "notation.h"
#include "personrepository.h"
#include "placementrepository.h"
#include "relationshiprepository.h"
#include "voicerepository.h"

#include <QSignalSpy>
#include <QUndoStack>

// Ecomap edits round-trip through a real encrypted case file, with undo and redo.
class TestEcomapCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addUndoRedoPersistsEachStep();
    void removingRestoresTiesOnUndo();
    void removingRestoresHomesMemoriesVoiceAndPlansOnUndo();
    void movesAreSavedAndNudgesMerge();
    void kindChangeHasAReadableName();
    void commandsThatChangeNothingAreNotPushed();
    void asOfDateShowsTheMapAsItWas();
    void suggestedPositionsDoNotCollide();
    void notationDrawsEachKindDifferently();
    void groupsAreUndoableAndSurviveRemovingAMember();

private:
    void reopen();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CaseFile> m_file;
    std::unique_ptr<CaseModel> m_model;
    std::unique_ptr<EcomapDocument> m_doc;
    QUndoStack m_stack;
    QString m_path;
};

void TestEcomapCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("e.belonging"));
    m_file = TestCase::create(m_path);
    QVERIFY(m_file);
    m_model = TestCase::model(*m_file);
    m_doc = std::make_unique<EcomapDocument>(*m_model);
    QVERIFY(!m_doc->load());
}

void TestEcomapCommands::cleanup()
{
    m_stack.clear();
    m_doc.reset();
    m_model.reset();
    m_file.reset();
    m_dir.reset();
}

void TestEcomapCommands::reopen()
{
    m_doc.reset();
    m_model.reset();
    m_file.reset();
    StorageError error;
    m_file = TestCase::open(m_path, &error);
    QVERIFY(m_file);
    m_model = TestCase::model(*m_file);
    m_doc = std::make_unique<EcomapDocument>(*m_model);
    QVERIFY(!m_doc->load());
}

void TestEcomapCommands::addUndoRedoPersistsEachStep()
{
    Person nana;
    nana.fullName = QStringLiteral("Margaret Jones");
    nana.knownAs = QStringLiteral("Nana");
    nana.role = Person::Role::KinshipCarer;
    Relationship tie;
    tie.kind = Relationship::Kind::Strong;
    QSignalSpy added(m_doc.get(), &EcomapDocument::personAdded);
    Command::addPerson(m_stack, *m_doc, nana, QPointF(100, 50), tie);
    QCOMPARE(m_stack.undoText(), QStringLiteral("Add Nana"));
    QCOMPARE(added.count(), 1);
    const ItemId id = m_doc->people().value(0).id;
    QVERIFY(id != kNoId);
    QCOMPARE(PersonRepository(*m_file).count(), 1);
    QCOMPARE(RelationshipRepository(*m_file).all().value(0).personB, id);

    m_stack.undo();
    QCOMPARE(PersonRepository(*m_file).count(), 0);
    QVERIFY(RelationshipRepository(*m_file).all().isEmpty());
    QVERIFY(m_doc->people().isEmpty());

    m_stack.redo();
    QCOMPARE(m_doc->people().value(0).id, id); // same id, so later commands stay valid
    QCOMPARE(m_doc->relationships().size(), 1);
    reopen();
    QCOMPARE(m_doc->person(id)->knownAs, QStringLiteral("Nana"));
    QCOMPARE(m_doc->position(id), QPointF(100, 50));
    QCOMPARE(m_doc->relationships().value(0).kind, Relationship::Kind::Strong);
}

void TestEcomapCommands::removingRestoresTiesOnUndo()
{
    CaseContent demo = DemoCase::build();
    QVERIFY(!CaseContentIO::write(*m_file, demo));
    QVERIFY(!m_model->load());
    QVERIFY(!m_doc->load());
    const ItemId tyler = demo.people[2].id;
    const int tiesBefore = int(m_doc->relationshipsOf(tyler).size());
    QVERIFY(tiesBefore >= 2); // with Maisie and with Ruby
    const QPointF where = m_doc->position(tyler);
    Command::removePerson(m_stack, *m_doc, tyler);
    QCOMPARE(m_stack.undoText(), QStringLiteral("Remove Tyler"));
    QVERIFY(!m_doc->person(tyler));
    QVERIFY(!PersonRepository(*m_file).find(tyler));
    m_stack.undo();
    reopen();
    QVERIFY(m_doc->person(tyler));
    QCOMPARE(m_doc->relationshipsOf(tyler).size(), tiesBefore);
    QCOMPARE(m_doc->position(tyler), where);
}

void TestEcomapCommands::removingRestoresHomesMemoriesVoiceAndPlansOnUndo()
{
    CaseContent demo = DemoCase::build();
    QVERIFY(!CaseContentIO::write(*m_file, demo));
    QVERIFY(!m_model->load());
    QVERIFY(!m_doc->load());
    ItemId nana = kNoId;
    for (const Person &p : demo.people) {
        if (p.knownAs == QStringLiteral("Nana"))
            nana = p.id;
    }
    // Everywhere Nana is, besides her ties and her card.
    const auto traces = [this, nana] {
        QStringList where;
        for (const Placement &p : PlacementRepository(*m_file).all()) {
            if (p.carerIds.contains(nana))
                where << QStringLiteral("carer at ") + p.placeName;
        }
        for (const Memory &m : MemoryRepository(*m_file).all()) {
            if (m.peopleIds.contains(nana))
                where << QStringLiteral("at ") + m.title;
        }
        for (const VoiceEntry &v : VoiceRepository(*m_file).all()) {
            if (v.writtenById == nana || v.saidToId == nana || v.presentIds.contains(nana))
                where << QStringLiteral("heard ") + v.words;
        }
        for (const MovePlan &plan : MovePlanRepository(*m_file).all()) {
            if (plan.find(nana))
                where << QStringLiteral("in the plan for %1").arg(plan.placementId);
        }
        return where;
    };
    const QStringList before = traces();
    QVERIFY(before.size() >= 5);
    QVERIFY(before.join(u' ').contains(QStringLiteral("in the plan for")));
    Command::removePerson(m_stack, *m_doc, nana);
    QCOMPARE(traces(), QStringList());
    m_stack.undo();
    QCOMPARE(traces(), before);
    reopen();
    QCOMPARE(traces(), before);
}

void TestEcomapCommands::movesAreSavedAndNudgesMerge()
{
    Person p;
    p.fullName = QStringLiteral("Lily");
    Command::addPerson(m_stack, *m_doc, p, QPointF(0, 200), Relationship());
    const ItemId id = m_doc->people().value(0).id;
    Command::movePerson(m_stack, *m_doc, id, QPointF(0, 200), QPointF(10, 200));
    Command::movePerson(m_stack, *m_doc, id, QPointF(10, 200), QPointF(20, 200));
    QCOMPARE(m_stack.count(), 2); // add + one merged move
    QCOMPARE(LayoutRepository(*m_file).positions().value(id), QPointF(20, 200));
    m_stack.undo();
    QCOMPARE(LayoutRepository(*m_file).positions().value(id), QPointF(0, 200));
}

void TestEcomapCommands::kindChangeHasAReadableName()
{
    Person p;
    p.knownAs = QStringLiteral("Mum");
    Command::addPerson(m_stack, *m_doc, p, QPointF(), Relationship());
    const ItemId tie = m_doc->relationships().value(0).id;
    Command::setRelationshipKind(m_stack, *m_doc, tie, Relationship::Kind::Stressful);
    QCOMPARE(m_stack.undoText(), QStringLiteral("Make the line to Mum “stressful”"));
    QCOMPARE(RelationshipRepository(*m_file).find(tie)->kind, Relationship::Kind::Stressful);
    m_stack.undo();
    QCOMPARE(RelationshipRepository(*m_file).find(tie)->kind, Relationship::Kind::Ordinary);
}

void TestEcomapCommands::commandsThatChangeNothingAreNotPushed()
{
    Person p;
    p.knownAs = QStringLiteral("Jo");
    Command::addPerson(m_stack, *m_doc, p, QPointF(5, 5), Relationship());
    const Person stored = m_doc->people().value(0);
    const int before = m_stack.count();
    Command::editPerson(m_stack, *m_doc, stored);
    Command::movePerson(m_stack, *m_doc, stored.id, QPointF(5, 5), QPointF(5, 5));
    Command::setRelationshipKind(m_stack, *m_doc, m_doc->relationships().value(0).id,
                                 Relationship::Kind::Ordinary);
    Relationship self;
    self.personA = self.personB = stored.id;
    Command::addRelationship(m_stack, *m_doc, self);
    QCOMPARE(m_stack.count(), before);
}

void TestEcomapCommands::asOfDateShowsTheMapAsItWas()
{
    CaseContent demo = DemoCase::build();
    QVERIFY(!CaseContentIO::write(*m_file, demo));
    QVERIFY(!m_model->load());
    QVERIFY(!m_doc->load());
    auto names = [this](QDate date) {
        QStringList list;
        for (const Relationship &r : m_doc->relationshipsAsOf(date)) {
            if (r.involvesChild())
                list << m_doc->person(r.personB)->displayName();
        }
        return list;
    };
    const QStringList in2021 = names(QDate(2021, 6, 1));
    QVERIFY(in2021.contains(QStringLiteral("Helen")));    // first social worker
    QVERIFY(!in2021.contains(QStringLiteral("Tom")));     // not yet allocated
    QVERIFY(!in2021.contains(QStringLiteral("Biscuit"))); // not met yet
    const QStringList now = names(QDate(2026, 11, 1));
    QVERIFY(now.contains(QStringLiteral("Tom")));
    QVERIFY(!now.contains(QStringLiteral("Helen")));
    QVERIFY(!now.contains(QStringLiteral("Lisa"))); // emergency carer, ended 2022
    QVERIFY(now.contains(QStringLiteral("Tyler"))); // stayed through every move
    QVERIFY(in2021.contains(QStringLiteral("Tyler")));
}

void TestEcomapCommands::suggestedPositionsDoNotCollide()
{
    for (int i = 0; i < 12; ++i) {
        Person p;
        p.fullName = QStringLiteral("P%1").arg(i);
        Command::addPerson(m_stack, *m_doc, p, m_doc->suggestPosition(i % 3), Relationship());
    }
    const QList<Person> people = m_doc->people();
    for (const Person &a : people) {
        for (const Person &b : people) {
            if (a.id != b.id)
                QVERIFY(QLineF(m_doc->position(a.id), m_doc->position(b.id)).length() > 40);
        }
    }
}

void TestEcomapCommands::notationDrawsEachKindDifferently()
{
    using K = Relationship::Kind;
    QVERIFY(Notation::style(K::Strong).pen.widthF() > Notation::style(K::Ordinary).pen.widthF());
    QCOMPARE(Notation::style(K::Ordinary).pen.style(), Qt::SolidLine);
    QVERIFY(Notation::style(K::Tenuous).pen.style() != Qt::SolidLine);
    QVERIFY(Notation::style(K::Stressful).zigzag);
    QVERIFY(Notation::style(K::Broken).broken);
    const QPointF a(0, 0), b(200, 0);
    // a zig-zag leaves the straight line; a broken line has a gap in the middle
    QVERIFY(Notation::tiePath(K::Stressful, a, b).boundingRect().height() > 5);
    QVERIFY(!Notation::tiePath(K::Broken, a, b).contains(QPointF(100, 0)));
    QCOMPARE(Notation::tiePath(K::Ordinary, a, b).elementCount(), 2);
    QVERIFY(Notation::arrowAtB(Relationship::Direction::AToB));
    QVERIFY(!Notation::arrowAtA(Relationship::Direction::AToB));
    QVERIFY(Notation::arrowAtA(Relationship::Direction::Both));
    QCOMPARE(Notation::legend().size(), Relationship::kKindCount);
}

void TestEcomapCommands::groupsAreUndoableAndSurviveRemovingAMember()
{
    Person a, b;
    a.knownAs = QStringLiteral("Nana");
    b.knownAs = QStringLiteral("Biscuit");
    Command::addPerson(m_stack, *m_doc, a, QPointF(0, 200), Relationship());
    Command::addPerson(m_stack, *m_doc, b, QPointF(200, 200), Relationship());
    const QList<Person> people = m_doc->people();
    Command::makeGroup(m_stack, *m_doc, QStringLiteral("  Nana's house "),
                       {people[0].id, people[1].id});
    QCOMPARE(m_stack.undoText(), QStringLiteral("Group Nana's house"));
    const ItemId group = m_doc->groups().value(0).id;
    QCOMPARE(GroupRepository(*m_file).find(group)->name, QStringLiteral("Nana's house"));
    Command::renameGroup(m_stack, *m_doc, group, QStringLiteral("Home"));
    QCOMPARE(GroupRepository(*m_file).find(group)->name, QStringLiteral("Home"));
    // removing a member takes them out of the group; undo puts them back in it
    Command::removePerson(m_stack, *m_doc, people[1].id);
    QCOMPARE(m_doc->group(group)->memberIds, QList<ItemId>({people[0].id}));
    m_stack.undo();
    QCOMPARE(GroupRepository(*m_file).find(group)->memberIds,
             QList<ItemId>({people[0].id, people[1].id}));
    Command::removeGroup(m_stack, *m_doc, group);
    QVERIFY(GroupRepository(*m_file).all().isEmpty());
    QCOMPARE(PersonRepository(*m_file).count(), 2); // the people stay
    m_stack.undo();
    reopen();
    QCOMPARE(m_doc->group(group)->name, QStringLiteral("Home"));
    // an empty name or no members makes no group
    const int count = m_stack.count();
    Command::makeGroup(m_stack, *m_doc, QStringLiteral(" "), {people[0].id});
    Command::makeGroup(m_stack, *m_doc, QStringLiteral("x"), {});
    QCOMPARE(m_stack.count(), count);
}

QTEST_MAIN(TestEcomapCommands)
#include "tst_ecomapcommands.moc"
