// SPDX-License-Identifier: GPL-3.0-or-later
// The family behind the genogram, end to end on a real encrypted case file: stored and read
// back, exported and brought in (case.json), kept out of copies where private, sent out and
// read back as GEDCOM, edited through undoable commands, and drawn by the rules of the issue.
#include "casecontentio.h"
#include "casejson.h"
#include "casemodel.h"
#include "commands.h"
#include "democase.h"
#include "ecomapdocument.h"
#include "ecomapitems.h"
#include "ecomapscene.h"
#include "familycommands.h"
#include "familydocument.h"
#include "familyrepository.h"
#include "familyroles.h"
#include "familytree.h"
#include "fuzzydateedit.h"
#include "genogrampane.h"
#include "genogrampicture.h"
#include "personrepository.h"
#include "redaction.h"
#include "relativedialog.h"

#include <QComboBox>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QJsonArray>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

namespace {

std::unique_ptr<CaseFile> newCase(const QTemporaryDir &dir, const QString &name)
{
    StorageError error;
    auto file = CaseFile::create(dir.filePath(name), SecureBytes::fromUtf8(QStringLiteral("pass")),
                                 &error, KdfParams::fastForTests());
    if (!file)
        qWarning("%s", qPrintable(error.detail()));
    return file;
}

// A story open as the app has it: the file, its model, the map, an undo stack and the Family
// tree tab over them.
class OpenStory
{
public:
    bool open(CaseContent *content) // written into the story (ids filled in), when given
    {
        m_file = newCase(m_dir, QStringLiteral("Story.belonging"));
        if (!m_file || (content && CaseContentIO::write(*m_file, *content)))
            return false;
        m_model = std::make_unique<CaseModel>(*m_file);
        if (m_model->load())
            return false;
        m_map = std::make_unique<EcomapDocument>(*m_model);
        if (m_map->load())
            return false;
        m_pane.setCase(m_model.get(), m_map.get(), &m_stack);
        return true;
    }
    struct Parts
    {
        CaseFile *file;
        CaseModel &model;
        EcomapDocument &map;
        QUndoStack &stack;
        GenogramPane &pane;
    };
    Parts parts() { return {m_file.get(), *m_model, *m_map, m_stack, m_pane}; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CaseFile> m_file;
    std::unique_ptr<CaseModel> m_model;
    std::unique_ptr<EcomapDocument> m_map;
    QUndoStack m_stack;
    GenogramPane m_pane;
};

ItemId idOf(const CaseContent &c, const QString &knownAs)
{
    for (const Person &p : c.people) {
        if (p.knownAs == knownAs || p.fullName == knownAs)
            return p.id;
    }
    return -1;
}

int count(CaseFile &file, const QString &table)
{
    QSqlQuery q(file.database());
    q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    return q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestFamily : public QObject
{
    Q_OBJECT

private slots:
    void storedAndReadBack();
    void exportedAndBroughtIn();
    void brokenFamilyInJsonIsRefused();
    void privateLinesLeftOutOfCopies();
    void gedcomOutAndBackIn();
    void gedcomFromAnotherProgram();
    void aTreeJoinsPeopleAlreadyThereAndUndoLeavesThem();
    void addRelativeUndoRedo();
    void removingSomeoneTakesTheirLinesAndUndoPutsThemBack();
    void nudgesMergeAndUndo();
    void aPartnershipIsChangedFromThePersonsMenu();
    void aParentsLineIsChangedFromThePersonsMenu();
    void theTabRefusesWhatIsNotAFamilyTreeAndSaysSo();
    void demoDrawnByTheRules_data();
    void demoDrawnByTheRules();
    void emptyStoryDrawsTheChildAlone();
    void whoSomeoneIsComesFromTheirLines();
    void aTreeBroughtInStaysOffTheMapUntilChosen();
    void parentsWithNothingRecordedAsACoupleAreAsked();
    void zoomKeepsClicksOnThePersonAndFitShowsItAll();
    void nobodyYoungerIsOfferedAsAParent();
};

void TestFamily::storedAndReadBack()
{
    QTemporaryDir dir;
    auto file = newCase(dir, QStringLiteral("Maisie.belonging"));
    QVERIFY(file);
    CaseContent demo = DemoCase::build();
    QVERIFY(!demo.family.isEmpty());
    QVERIFY(!CaseContentIO::write(*file, demo));
    StorageError error;
    const CaseContent back = CaseContentIO::read(*file, false, &error);
    QVERIFY(!error);
    QCOMPARE(back.family, demo.family);
    QCOMPARE(back.people, demo.people);
    QCOMPARE(back.child.gender, Person::Gender::Female);
    const ItemId grandad = idOf(back, QStringLiteral("David Jones"));
    QVERIFY(grandad > 0);
    const Person g = *std::find_if(back.people.cbegin(), back.people.cend(),
                                   [&](const Person &p) { return p.id == grandad; });
    QVERIFY(g.deceased);
    QCOMPARE(g.died, FuzzyDate::month(2018, 11));
    QCOMPARE(count(*file, QStringLiteral("parent_link")), int(demo.family.parents.size()));
}

void TestFamily::exportedAndBroughtIn()
{
    CaseContent demo = DemoCase::build();
    demo.family.nudges.insert(kChildId, QPointF(20, -10));
    demo.family.nudges.insert(idOf(demo, QStringLiteral("Tyler")), QPointF(-30, 0));
    Twins t;
    t.id = 1;
    t.personA = idOf(demo, QStringLiteral("Tyler"));
    t.personB = idOf(demo, QStringLiteral("Ruby"));
    t.identical = true;
    demo.family.twins << t;
    LostPregnancy loss;
    loss.id = 1;
    loss.mother = idOf(demo, QStringLiteral("Kelly Jones"));
    loss.kind = LostPregnancy::Kind::Stillbirth;
    loss.date = FuzzyDate::year(2017);
    demo.family.losses << loss;
    const CaseJson::Parsed parsed = CaseJson::fromJson(CaseJson::toJson(demo));
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QCOMPARE(parsed.content.family, demo.family);
    QCOMPARE(parsed.content.people, demo.people);
    QCOMPARE(parsed.content.child.gender, demo.child.gender);
}

void TestFamily::brokenFamilyInJsonIsRefused()
{
    const CaseContent demo = DemoCase::build();
    const QJsonObject good = CaseJson::toJson(demo);
    // A parent who is not in the file, a kind out of range, someone their own parent.
    const auto broken = [&](const std::function<void(QJsonObject &)> &edit) {
        QJsonObject json = good;
        QJsonArray links = json.value(QStringLiteral("parentLinks")).toArray();
        QJsonObject first = links.first().toObject();
        QJsonObject changed = first;
        edit(changed);
        links.replace(0, changed);
        json.insert(QStringLiteral("parentLinks"), links);
        return CaseJson::fromJson(json).error;
    };
    QVERIFY(!broken([](QJsonObject &o) { o.insert(QStringLiteral("parent"), 9999); }).isEmpty());
    QVERIFY(!broken([](QJsonObject &o) { o.insert(QStringLiteral("kind"), 99); }).isEmpty());
    QVERIFY(!broken([](QJsonObject &o) {
                 o.insert(QStringLiteral("child"), o.value(QStringLiteral("parent")));
             }).isEmpty());
    QVERIFY(!broken([](QJsonObject &o) {
                 o.insert(QStringLiteral("parent"), QStringLiteral("x"));
             }).isEmpty());
}

void TestFamily::privateLinesLeftOutOfCopies()
{
    const CaseContent demo = DemoCase::build();
    const ItemId claire = idOf(demo, QStringLiteral("Claire Hughes"));
    const ItemId ruby = idOf(demo, QStringLiteral("Ruby"));
    LostPregnancy loss;
    loss.id = 1;
    loss.mother = idOf(demo, QStringLiteral("Kelly Jones"));
    CaseContent withLoss = demo;
    withLoss.family.losses << loss;
    const auto family =
        Redaction::apply(withLoss, Redaction::Policy::forAudience(Redaction::Audience::Family));
    const Family &f = family.content.family;
    QVERIFY(std::none_of(f.parents.cbegin(), f.parents.cend(),
                         [&](const ParentLink &l) { return l.parent == claire; }));
    QVERIFY(std::any_of(f.parents.cbegin(), f.parents.cend(),
                        [&](const ParentLink &l) { return l.child == ruby; }));
    QVERIFY(f.losses.isEmpty()); // private unless chosen
    QVERIFY(std::none_of(f.partnerships.cbegin(), f.partnerships.cend(),
                         [&](const Partnership &p) { return p.involves(claire); }));
}

void TestFamily::gedcomOutAndBackIn()
{
    const CaseContent demo = DemoCase::build();
    const FamilyTree::Export out = FamilyTree::toGedcom(demo);
    const QString text = QString::fromUtf8(out.gedcom);
    QVERIFY(text.startsWith(QStringLiteral("0 HEAD")));
    // Private people, carers, workers and everything sensitive stay out.
    for (const char *absent : {"Claire", "Hughes", "Sue Baker", "Helen", "Larch Close", "01443",
                               "Biscuit", "Whereabouts", "shepherd"})
        QVERIFY2(!text.contains(QLatin1String(absent)), absent);
    QVERIFY(!out.leftOut.isEmpty());
    const GedcomReader::Result read = GedcomReader::read(out.gedcom);
    QVERIFY(read.problems.isEmpty());
    const FamilyTree::Import back = FamilyTree::fromGedcom(read, QStringLiteral("@I0@"));
    QCOMPARE(back.people.size(), qsizetype(out.people - 1)); // the child is the child
    const auto person = [&](const QString &name) -> const Person * {
        for (const Person &p : back.people) {
            if (p.fullName == name)
                return &p;
        }
        return nullptr;
    };
    QVERIFY(person(QStringLiteral("Kelly Jones")));
    QCOMPARE(person(QStringLiteral("Kelly Jones"))->gender, Person::Gender::Female);
    QVERIFY(person(QStringLiteral("David Jones"))->deceased);
    QCOMPARE(person(QStringLiteral("David Jones"))->died, FuzzyDate::month(2018, 11));
    QCOMPARE(person(QStringLiteral("Tyler Jones"))->born, FuzzyDate::day(2012, 3, 3));
    // Who she is comes from the file's lines: the child's birth mother.
    QCOMPARE(person(QStringLiteral("Kelly Jones"))->role, Person::Role::BirthMother);
    QCOMPARE(person(QStringLiteral("Dean Walsh"))->role, Person::Role::NotSure); // a partner
    const ItemId mum = person(QStringLiteral("Kelly Jones"))->id;
    // The child's own parents come back as the child's, not a new person's.
    QVERIFY(std::any_of(
        back.family.parents.cbegin(), back.family.parents.cend(), [&](const ParentLink &l) {
            return l.child == kChildId && l.parent == mum && l.kind == ParentLink::Kind::Birth;
        }));
    QVERIFY(std::any_of(back.family.partnerships.cbegin(), back.family.partnerships.cend(),
                        [&](const Partnership &p) {
                            return p.involves(mum) && p.kind == Partnership::Kind::NotKnown;
                        }));
}

void TestFamily::gedcomFromAnotherProgram()
{
    // A family tree as another program writes it: an adoption, a divorce, a marriage date.
    const QByteArray ged = "0 HEAD\n1 GEDC\n2 VERS 5.5.1\n1 CHAR UTF-8\n"
                           "0 @I1@ INDI\n1 NAME Anne /Smith/\n1 SEX F\n"
                           "0 @I2@ INDI\n1 NAME Bob /Smith/\n1 SEX M\n"
                           "0 @I3@ INDI\n1 NAME Cal /Smith/\n1 SEX U\n1 BIRT\n2 DATE ABT 2010\n"
                           "1 FAMC @F1@\n2 PEDI adopted\n"
                           "0 @F1@ FAM\n1 HUSB @I2@\n1 WIFE @I1@\n1 CHIL @I3@\n"
                           "1 MARR\n2 DATE 4 JUN 2001\n1 DIV\n2 DATE 2015\n0 TRLR\n";
    const FamilyTree::Import in = FamilyTree::fromGedcom(GedcomReader::read(ged));
    QCOMPARE(in.people.size(), qsizetype(3));
    QCOMPARE(in.families, 1);
    QCOMPARE(in.family.parents.size(), qsizetype(2));
    for (const ParentLink &l : in.family.parents)
        QCOMPARE(l.kind, ParentLink::Kind::Adoptive);
    QCOMPARE(in.family.partnerships.size(), qsizetype(1));
    const Partnership p = in.family.partnerships.first();
    QCOMPARE(p.kind, Partnership::Kind::Married);
    QCOMPARE(p.from, FuzzyDate::day(2001, 6, 4));
    QCOMPARE(p.ending, Partnership::Ending::Divorced);
    QCOMPARE(p.to, FuzzyDate::year(2015));
    QCOMPARE(in.people[2].gender, Person::Gender::NotKnown);
    QVERIFY(!in.people[2].born.isUnknown());
}

void TestFamily::addRelativeUndoRedo()
{
    QTemporaryDir dir;
    auto file = newCase(dir, QStringLiteral("New.belonging"));
    QVERIFY(file);
    CaseModel model(*file);
    QVERIFY(!model.load());
    EcomapDocument map(model);
    QVERIFY(!map.load());
    FamilyDocument family(model);
    QVERIFY(!family.load());
    QUndoStack stack;

    Person mum;
    mum.fullName = QStringLiteral("Jo Bloggs");
    mum.knownAs = QStringLiteral("Mummy");
    mum.gender = Person::Gender::Female;
    ParentLink l;
    l.child = kChildId;
    l.parent = Command::kNewPerson;
    l.kind = ParentLink::Kind::Birth;
    Command::addRelative(stack, family, map, mum, {l}, {}, QStringLiteral("Add mother"));
    QCOMPARE(model.people().size(), qsizetype(1));
    const ItemId id = model.people().first().id;
    QCOMPARE(family.parentsOf(kChildId).size(), qsizetype(1));
    QCOMPARE(family.parentsOf(kChildId).first().parent, id);
    QCOMPARE(count(*file, QStringLiteral("parent_link")), 1);

    stack.undo();
    QVERIFY(model.people().isEmpty());
    QVERIFY(family.family().parents.isEmpty());
    QCOMPARE(count(*file, QStringLiteral("parent_link")), 0);
    QCOMPARE(count(*file, QStringLiteral("person")), 0);

    stack.redo();
    QCOMPARE(model.people().size(), qsizetype(1));
    QCOMPARE(model.people().first().id, id);
    QCOMPARE(model.people().first().gender, Person::Gender::Female);
    QCOMPARE(family.parentsOf(kChildId).size(), qsizetype(1));

    // A partnership and its change, each one step.
    Partnership p;
    p.personA = id;
    p.personB = id; // invalid: the file refuses someone partnered with themselves
    Command::putPartnership(stack, family, std::nullopt, p);
    QVERIFY(family.family().partnerships.isEmpty());
    QCOMPARE(stack.count(), 1); // the failed step dropped itself
}

void TestFamily::removingSomeoneTakesTheirLinesAndUndoPutsThemBack()
{
    QTemporaryDir dir;
    auto file = newCase(dir, QStringLiteral("Demo.belonging"));
    QVERIFY(file);
    CaseContent demo = DemoCase::build();
    QVERIFY(!CaseContentIO::write(*file, demo));
    CaseModel model(*file);
    QVERIFY(!model.load());
    EcomapDocument map(model);
    QVERIFY(!map.load());
    FamilyDocument family(model);
    QVERIFY(!family.load());
    QUndoStack stack;
    const Family before = family.family();
    const ItemId mum = idOf(demo, QStringLiteral("Kelly Jones"));
    Command::removePerson(stack, map, mum);
    QVERIFY(std::none_of(family.family().parents.cbegin(), family.family().parents.cend(),
                         [&](const ParentLink &l) { return l.parent == mum || l.child == mum; }));
    stack.undo();
    QCOMPARE(family.family().parents.size(), before.parents.size());
    QCOMPARE(family.family().partnerships.size(), before.partnerships.size());
}

void TestFamily::nudgesMergeAndUndo()
{
    QTemporaryDir dir;
    auto file = newCase(dir, QStringLiteral("N.belonging"));
    QVERIFY(file);
    CaseModel model(*file);
    QVERIFY(!model.load());
    FamilyDocument family(model);
    QUndoStack stack;
    Command::nudge(stack, family, kChildId, {}, QPointF(10, 0));
    Command::nudge(stack, family, kChildId, QPointF(10, 0), QPointF(20, 0));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(family.family().nudges.value(kChildId), QPointF(20, 0));
    FamilyDocument reread(model);
    QVERIFY(!reread.load());
    QCOMPARE(reread.family().nudges.value(kChildId), QPointF(20, 0));
    stack.undo();
    QVERIFY(family.family().nudges.isEmpty());
    QCOMPARE(count(*file, QStringLiteral("genogram_nudge")), 0);
}

void TestFamily::demoDrawnByTheRules_data()
{
    QTest::addColumn<int>("audience"); // -1: the whole case, as the Family tab draws it
    QTest::newRow("tab") << -1;
    // The court pack leaves Ruby's adopters out (private): the tree must still keep its rules.
    QTest::newRow("court") << int(Redaction::Audience::Court);
    QTest::newRow("book") << int(Redaction::Audience::ChildBook);
}

void TestFamily::demoDrawnByTheRules()
{
    QFETCH(int, audience);
    CaseContent demo = DemoCase::build();
    if (audience >= 0)
        demo = Redaction::apply(demo, Redaction::Policy::forAudience(Redaction::Audience(audience)))
                   .content;
    GenogramPicture::Input in;
    in.child = demo.child;
    in.people = demo.people;
    in.family = demo.family;
    in.placements = demo.placements;
    in.today = DemoCase::referenceDate();
    in.householdOn = in.today;
    GenogramPicture picture;
    picture.build(in);
    const QList<ItemId> order = picture.order();
    // Everyone once; nobody overlapping.
    QCOMPARE(QSet<ItemId>(order.cbegin(), order.cend()).size(), order.size());
    for (qsizetype i = 0; i < order.size(); ++i) {
        for (qsizetype j = i + 1; j < order.size(); ++j)
            QVERIFY(!picture.symbolRect(order[i]).intersects(picture.symbolRect(order[j])));
    }
    const auto at = [&](const char *name) {
        return picture.centre(idOf(demo, QString::fromUtf8(name)));
    };
    // Generations: Nana above Mum above Maisie, Tyler and Ruby; siblings by age, oldest left.
    QVERIFY(at("Nana").y() < at("Mum").y());
    QVERIFY(at("Mum").y() < picture.centre(kChildId).y());
    QCOMPARE(at("Tyler").y(), picture.centre(kChildId).y());
    QCOMPARE(at("Ruby").y(), picture.centre(kChildId).y());
    QVERIFY(at("Tyler").x() < picture.centre(kChildId).x());
    QVERIFY(picture.centre(kChildId).x() < at("Ruby").x());
    // Couples side by side: Mum between Dad and Dean; Grandad beside Nana.
    QCOMPARE(std::abs(at("Mum").x() - at("Dad").x()), GenogramPicture::kColumn);
    QCOMPARE(std::abs(at("Mum").x() - at("Dean").x()), GenogramPicture::kColumn);
    QCOMPARE(std::abs(at("Nana").x() - at("Grandad").x()), GenogramPicture::kColumn);
    // Workers and friends are not in the family tree; the carer she lives with (Nana) is.
    QVERIFY(!picture.contains(idOf(demo, QStringLiteral("Tom"))));
    QVERIFY(!picture.contains(idOf(demo, QStringLiteral("Lily"))));
    // One crossing, and only one: Nana's kinship-care line reaches down past Mum's line to
    // Maisie, two generations below.
    QCOMPARE(picture.crossings(), 1);
    QVERIFY(
        picture.describe(idOf(demo, QStringLiteral("Grandad"))).contains(QStringLiteral("died")));
    // It paints without trouble.
    QImage image(picture.bounds().size().toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.translate(-picture.bounds().topLeft());
    picture.paint(p);
    p.end();
    QVERIFY(image.pixel(image.width() / 2, image.height() / 2) != 0);
    // The printed key explains what is drawn and nothing else; the child's symbol as drawn.
    QList<GenogramPicture::KeyRow::Sample> samples;
    for (const auto &row : picture.keyForWhatIsDrawn())
        samples << row.sample;
    using S = GenogramPicture::KeyRow::Sample;
    QVERIFY(samples.contains(S::ChildFemale));
    QVERIFY(samples.contains(S::Deceased));
    QVERIFY(samples.contains(S::Separated));
    QVERIFY(samples.contains(S::Household));
    QVERIFY(samples.contains(S::Fostered)); // Nana's kinship-care line
    for (S unused : {S::Child, S::Neutral, S::Divorced, S::Twins, S::Loss})
        QVERIFY(!samples.contains(unused));
    QCOMPARE(samples.contains(S::Adopted), audience < 0); // the adopters are private
}

void TestFamily::emptyStoryDrawsTheChildAlone()
{
    GenogramPicture::Input in;
    in.child.knownAs = QStringLiteral("Mia");
    GenogramPicture picture;
    picture.build(in);
    QCOMPARE(picture.order(), QList<ItemId>{kChildId});
    QVERIFY(picture.describe(kChildId).startsWith(QStringLiteral("Mia")));
    // Ages only where the record makes them certain.
    const QDate on(2026, 12, 3);
    QCOMPARE(GenogramPicture::ageOn(FuzzyDate::day(2015, 4, 1), on), 11);
    QCOMPARE(GenogramPicture::ageOn(FuzzyDate::day(2015, 12, 4), on), 10);
    QCOMPARE(GenogramPicture::ageOn(FuzzyDate::month(2015, 6), on), 11);
    QCOMPARE(GenogramPicture::ageOn(FuzzyDate::month(2015, 12), on), std::nullopt); // 10 or 11
    QCOMPARE(GenogramPicture::ageOn(FuzzyDate::year(1995), on), std::nullopt);      // 30 or 31
    QCOMPARE(GenogramPicture::ageOn(FuzzyDate(), on), std::nullopt);
    // Her key has her symbol alone.
    QCOMPARE(picture.keyForWhatIsDrawn().size(), 1);
    QCOMPARE(picture.keyForWhatIsDrawn().first().sample, GenogramPicture::KeyRow::Sample::Child);
}

void TestFamily::aTreeJoinsPeopleAlreadyThereAndUndoLeavesThem()
{
    QTemporaryDir dir;
    auto file = newCase(dir, QStringLiteral("Leo.belonging"));
    QVERIFY(file);
    // Built by hand first: Leo's mum, as his birth parent.
    Person mum;
    mum.fullName = QStringLiteral("Priya Patel");
    mum.knownAs = QStringLiteral("Mum");
    mum.born = FuzzyDate::year(1979);
    QVERIFY(!PersonRepository(*file).add(mum));
    ParentLink hers;
    hers.child = kChildId;
    hers.parent = mum.id;
    QVERIFY(!FamilyRepository(*file).add(hers));
    // A relative's tree with Leo, his mum and her parents.
    const QByteArray ged = "0 HEAD\n1 CHAR UTF-8\n"
                           "0 @I1@ INDI\n1 NAME Ravi /Patel/\n1 SEX M\n"
                           "0 @I2@ INDI\n1 NAME Meena /Patel/\n1 SEX F\n"
                           "0 @I3@ INDI\n1 NAME Priya /Patel/\n1 BIRT\n2 DATE 1979\n"
                           "0 @I4@ INDI\n1 NAME Leo /Wright/\n"
                           "0 @F1@ FAM\n1 HUSB @I1@\n1 WIFE @I2@\n1 CHIL @I3@\n"
                           "0 @F2@ FAM\n1 WIFE @I3@\n1 CHIL @I4@\n0 TRLR\n";
    const GedcomReader::Result read = GedcomReader::read(ged);
    const QList<Person> here = PersonRepository(*file).all();
    const auto alike = FamilyTree::lookAlikes(read, here);
    QCOMPARE(alike.value(QStringLiteral("@I3@")), mum.id); // by name and year of birth
    QCOMPARE(alike.size(), 1);
    FamilyTree::Import tree =
        FamilyTree::fromGedcom(read, QStringLiteral("@I4@"), alike, FamilyRepository(*file).load());
    QCOMPARE(tree.people.size(), qsizetype(2)); // the grandparents only
    QVERIFY(!FamilyTree::bringIn(*file, tree));
    const Family after = FamilyRepository(*file).load();
    // Leo's mum once, her line to Leo once, and her parents joined to her.
    QCOMPARE(PersonRepository(*file).all().size(), qsizetype(3));
    QCOMPARE(std::count_if(after.parents.cbegin(), after.parents.cend(),
                           [&](const ParentLink &l) { return l.child == kChildId; }),
             1);
    QCOMPARE(std::count_if(after.parents.cbegin(), after.parents.cend(),
                           [&](const ParentLink &l) { return l.child == mum.id; }),
             2);
    // Taken out again (undo): the grandparents and their lines go, Mum and her line stay.
    QVERIFY(!FamilyTree::takeOut(*file, tree));
    QCOMPARE(PersonRepository(*file).all().size(), qsizetype(1));
    QCOMPARE(FamilyRepository(*file).load().parents.size(), qsizetype(1));
    // And back (redo), with the same ids.
    QVERIFY(!FamilyTree::bringIn(*file, tree, true));
    QCOMPARE(FamilyRepository(*file).load(), after);
}

void TestFamily::aPartnershipIsChangedFromThePersonsMenu()
{
    CaseContent demo = DemoCase::build();
    OpenStory story;
    QVERIFY(story.open(&demo));
    [[maybe_unused]] auto [file, model, map, stack, pane] = story.parts();
    const ItemId mum = idOf(demo, QStringLiteral("Kelly Jones"));
    const ItemId dad = idOf(demo, QStringLiteral("Lee Turner"));
    // The dialog opens with what is recorded; the user says they divorced in 2020.
    QString kindShown;
    bool nameShown = true;
    pane.setExec([&](QDialog &d) -> int {
        auto *dialog = qobject_cast<RelativeDialog *>(&d);
        if (!dialog)
            return int(QDialog::Rejected);
        kindShown = dialog->kindCombo()->currentText();
        nameShown = dialog->nameEdit()->isVisibleTo(dialog); // nobody is added
        auto *ending = dialog->findChildren<QComboBox *>().last();
        ending->setCurrentIndex(int(Partnership::Ending::Divorced));
        return int(QDialog::Accepted);
    });
    QMenu *menu = pane.menuFor(mum);
    QVERIFY(menu);
    QAction *change = nullptr;
    for (QAction *a : menu->actions()) {
        if (a->text() == QStringLiteral("Change Dad and Mum as partners…") ||
            a->text() == QStringLiteral("Change Mum and Dad as partners…"))
            change = a;
    }
    QVERIFY(change);
    change->trigger();
    QCOMPARE(kindShown, QStringLiteral("Living together"));
    QVERIFY(!nameShown);
    const auto couple = [&] {
        for (const Partnership &p : pane.document()->family().partnerships) {
            if (p.involves(mum) && p.involves(dad))
                return p;
        }
        return Partnership();
    };
    QCOMPARE(couple().ending, Partnership::Ending::Divorced);
    QCOMPARE(couple().kind, Partnership::Kind::Cohabiting);
    QCOMPARE(FamilyRepository(*file).load().partnerships, pane.document()->family().partnerships);
    stack.undo();
    QCOMPARE(couple().ending, Partnership::Ending::Separated);
    delete menu;
}

void TestFamily::theTabRefusesWhatIsNotAFamilyTreeAndSaysSo()
{
    OpenStory story;
    QVERIFY(story.open(nullptr));
    [[maybe_unused]] auto [file, model, map, stack, pane] = story.parts();
    QTemporaryDir dir; // where the files to bring in are
    QString chosen;
    pane.setChooseFiles([&](const QString &, const QString &) { return chosen; },
                        [&](const QString &, const QString &) { return chosen; });
    pane.setExec([](QDialog &) { return int(QDialog::Accepted); });
    QSignalSpy errors(&pane, &GenogramPane::errorOccurred);
    const auto lastError = [&] {
        return errors.isEmpty() ? QString() : errors.last().at(0).toString();
    };

    chosen = dir.filePath(QStringLiteral("gone.ged")); // not there
    pane.importTree();
    QVERIFY(lastError().contains(QStringLiteral("could not be read")));
    chosen = dir.filePath(QStringLiteral("shopping.txt")); // not a family tree
    QFile text(chosen);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("milk, bread, eggs\n");
    text.close();
    pane.importTree();
    QVERIFY(lastError().contains(QStringLiteral("No people were found")));
    chosen = dir.filePath(QStringLiteral("huge.ged")); // bigger than any family tree (sparse)
    QFile huge(chosen);
    QVERIFY(huge.open(QIODevice::WriteOnly));
    QVERIFY(huge.resize(GedcomReader::kMaxBytes + 1));
    huge.close();
    pane.importTree();
    QVERIFY(lastError().contains(QStringLiteral("far bigger")));
    QVERIFY(model.people().isEmpty());
    QCOMPARE(stack.count(), 0); // nothing was done, so nothing to undo

    // Saving where nothing can be written says so and leaves nothing.
    chosen = dir.filePath(QStringLiteral("no such folder/tree.ged"));
    pane.exportTree();
    QVERIFY(lastError().contains(QStringLiteral("could not be saved")));
    QVERIFY(!QFileInfo::exists(chosen));
    QCOMPARE(errors.size(), 4);
}

QTEST_MAIN(TestFamily)
void TestFamily::aParentsLineIsChangedFromThePersonsMenu()
{
    CaseContent demo = DemoCase::build();
    OpenStory story;
    QVERIFY(story.open(&demo));
    [[maybe_unused]] auto [file, model, map, stack, pane] = story.parts();
    const ItemId claire = idOf(demo, QStringLiteral("Claire Hughes"));
    // Ruby's adopters: the record had the order's month wrong, and it was a special
    // guardianship order in 2024, not an adoption.
    QString kindShown;
    bool nameShown = true;
    pane.setExec([&](QDialog &d) -> int {
        auto *dialog = qobject_cast<RelativeDialog *>(&d);
        if (!dialog)
            return int(QDialog::Rejected);
        kindShown = dialog->kindCombo()->currentText();
        nameShown = dialog->nameEdit()->isVisibleTo(dialog);
        dialog->kindCombo()->setCurrentIndex(
            dialog->kindCombo()->findData(int(ParentLink::Kind::SpecialGuardian)));
        const auto dates = dialog->findChildren<FuzzyDateEdit *>();
        for (FuzzyDateEdit *e : dates) {
            if (e->isVisibleTo(dialog)) { // the first shown is "Since"
                e->lineEdit()->setText(QStringLiteral("2024"));
                break;
            }
        }
        return int(QDialog::Accepted);
    });
    const auto carerLine = [&] {
        for (const ParentLink &l : pane.document()->family().parents) {
            if (l.parent == claire && l.child != kChildId)
                return l;
        }
        return ParentLink();
    };
    const ParentLink before = carerLine();
    QCOMPARE(before.kind, ParentLink::Kind::Adoptive);
    QCOMPARE(before.from.toDisplayString(), QStringLiteral("September 2019"));
    QMenu *menu = pane.menuFor(claire);
    QVERIFY(menu);
    QAction *change = nullptr;
    for (QAction *a : menu->actions()) {
        if (a->text() == QStringLiteral("Change Claire Hughes as Ruby's adoptive parent…"))
            change = a;
    }
    QVERIFY(change);
    change->trigger();
    QCOMPARE(kindShown, QStringLiteral("Adoptive parent"));
    QVERIFY(!nameShown);
    QCOMPARE(carerLine().kind, ParentLink::Kind::SpecialGuardian);
    QCOMPARE(carerLine().from.toDisplayString(), QStringLiteral("2024"));
    QCOMPARE(carerLine().id, before.id);
    QCOMPARE(FamilyRepository(*file).load().parents, pane.document()->family().parents);
    stack.undo();
    QCOMPARE(carerLine(), before);
    QCOMPARE(FamilyRepository(*file).load().parents, pane.document()->family().parents);
    delete menu;
}

void TestFamily::whoSomeoneIsComesFromTheirLines()
{
    const CaseContent demo = DemoCase::build();
    const auto roleOf = [&](const char *knownAs) {
        const ItemId id = idOf(demo, QString::fromUtf8(knownAs));
        for (const Person &p : demo.people) {
            if (p.id == id)
                return roleFromFamily(demo.family, id, p.gender);
        }
        return std::optional<Person::Role>();
    };
    using Role = Person::Role;
    QCOMPARE(roleOf("Mum"), Role::BirthMother);
    QCOMPARE(roleOf("Dad"), Role::BirthFather);
    QCOMPARE(roleOf("Tyler"), Role::Sibling);
    QCOMPARE(roleOf("Ruby"), Role::Sibling);
    QCOMPARE(roleOf("Nana"), Role::Grandparent);
    QCOMPARE(roleOf("Grandad"), Role::Grandparent);
    QCOMPARE(roleOf("Dean"), std::nullopt);          // Mum's partner: not a relative by a line
    QCOMPARE(roleOf("Claire Hughes"), std::nullopt); // Ruby's adopter: not Maisie's relative
    QCOMPARE(roleOf("Tom"), std::nullopt);           // a worker: no line at all
    // A birth parent whose gender is not recorded is not guessed to be a mother or father.
    QCOMPARE(
        roleFromFamily(demo.family, idOf(demo, QStringLiteral("Mum")), Person::Gender::NotKnown),
        std::nullopt);
    // A carer's line says they are a carer.
    Family withCarer = demo.family;
    ParentLink sgo;
    sgo.parent = 999;
    sgo.kind = ParentLink::Kind::SpecialGuardian;
    withCarer.parents << sgo;
    QCOMPARE(roleFromFamily(withCarer, 999, Person::Gender::Female), Role::KinshipCarer);
    // Brought in from a family tree, people get the role the file's lines give them.
    const QByteArray ged = "0 HEAD\n1 CHAR UTF-8\n"
                           "0 @I1@ INDI\n1 NAME Jade /Carter/\n1 SEX F\n"
                           "0 @I2@ INDI\n1 NAME Leo /Carter/\n1 SEX M\n1 FAMC @F1@\n"
                           "0 @I3@ INDI\n1 NAME Sue /Carter/\n1 SEX F\n"
                           "0 @I4@ INDI\n1 NAME Dan /Carter/\n1 SEX M\n"
                           "0 @F1@ FAM\n1 WIFE @I1@\n1 CHIL @I2@\n"
                           "0 @F2@ FAM\n1 WIFE @I3@\n1 CHIL @I1@\n1 CHIL @I4@\n0 TRLR\n";
    const FamilyTree::Import in =
        FamilyTree::fromGedcom(GedcomReader::read(ged), QStringLiteral("@I2@"));
    QHash<QString, Person::Role> roles;
    for (const Person &p : in.people)
        roles.insert(p.fullName, p.role);
    QCOMPARE(roles.value(QStringLiteral("Jade Carter")), Role::BirthMother);
    QCOMPARE(roles.value(QStringLiteral("Sue Carter")), Role::Grandparent);
    QCOMPARE(roles.value(QStringLiteral("Dan Carter")), Role::OtherRelative); // an uncle
}

void TestFamily::aTreeBroughtInStaysOffTheMapUntilChosen()
{
    OpenStory story;
    QVERIFY(story.open(nullptr));
    [[maybe_unused]] auto [file, model, map, stack, pane] = story.parts();
    // Someone the carer added on the map is there; the tree's relatives are not.
    Person worker;
    worker.fullName = QStringLiteral("Sam Patel");
    worker.role = Person::Role::SocialWorker;
    Relationship tie;
    Command::addPerson(stack, map, worker, map.suggestPosition(1), tie);
    const QByteArray ged = "0 HEAD\n1 CHAR UTF-8\n"
                           "0 @I1@ INDI\n1 NAME Jade /Carter/\n1 SEX F\n"
                           "0 @I2@ INDI\n1 NAME Leo /Carter/\n1 SEX M\n1 FAMC @F1@\n"
                           "0 @I3@ INDI\n1 NAME Sue /Carter/\n1 SEX F\n"
                           "0 @F1@ FAM\n1 WIFE @I1@\n1 CHIL @I2@\n"
                           "0 @F2@ FAM\n1 WIFE @I3@\n1 CHIL @I1@\n0 TRLR\n";
    const FamilyTree::Import in =
        FamilyTree::fromGedcom(GedcomReader::read(ged), QStringLiteral("@I2@"));
    Command::importTree(stack, *pane.document(), map, in, QStringLiteral("Bring in"));
    QCOMPARE(model.people().size(), qsizetype(3));
    QCOMPARE(map.peopleOnMap().size(), qsizetype(1));
    EcomapScene scene(map, stack);
    const auto cards = [&] {
        int n = 0;
        for (QGraphicsItem *item : scene.items())
            n += dynamic_cast<PersonItem *>(item) != nullptr;
        return n;
    };
    QCOMPARE(cards(), 1);
    // Read again (as when the story is opened next time): still off the map.
    QVERIFY(!map.load());
    QCOMPARE(map.peopleOnMap().size(), qsizetype(1));
    // Jade is put on the map from her menu on the Family tab; undo takes her off again.
    ItemId jade = kNoId;
    for (const Person &p : model.people()) {
        if (p.fullName == QStringLiteral("Jade Carter"))
            jade = p.id;
    }
    QMenu *menu = pane.menuFor(jade);
    QVERIFY(menu);
    QAction *put = nullptr;
    for (QAction *a : menu->actions()) {
        if (a->text().contains(QStringLiteral("on the map")))
            put = a;
    }
    QVERIFY(put);
    put->trigger();
    delete menu;
    QVERIFY(map.isOnMap(jade));
    QCOMPARE(cards(), 2);
    QVERIFY(!map.load());
    QVERIFY(map.isOnMap(jade)); // kept in the file
    stack.undo();
    QVERIFY(!map.isOnMap(jade));
    QCOMPARE(cards(), 1);
    QVERIFY(!map.load());
    QVERIFY(!map.isOnMap(jade));
    // Her menu no longer offers it once she is there.
    stack.redo();
    menu = pane.menuFor(jade);
    for (QAction *a : menu->actions())
        QVERIFY(!a->text().contains(QStringLiteral("on the map")));
    delete menu;
}

void TestFamily::parentsWithNothingRecordedAsACoupleAreAsked()
{
    OpenStory story;
    QVERIFY(story.open(nullptr));
    [[maybe_unused]] auto [file, model, map, stack, pane] = story.parts();
    // Leo's mother and father, added one after the other: nothing said about them as a couple.
    pane.setExec([&](QDialog &d) -> int {
        auto *dialog = qobject_cast<RelativeDialog *>(&d);
        if (!dialog)
            return int(QDialog::Rejected);
        dialog->nameEdit()->setText(dialog->windowTitle().contains(QStringLiteral("mother"))
                                        ? QStringLiteral("Jade")
                                        : QStringLiteral("Ryan"));
        dialog->kindCombo()->setCurrentIndex(
            dialog->kindCombo()->findData(int(ParentLink::Kind::Birth)));
        return int(QDialog::Accepted);
    });
    for (const QString &add : {QStringLiteral("Add &mother…"), QStringLiteral("Add &father…")}) {
        QMenu *childMenu = pane.menuFor(kChildId);
        for (QAction *a : childMenu->actions()) {
            if (a->text() == add)
                a->trigger();
        }
        delete childMenu;
    }
    QCOMPARE(model.people().size(), qsizetype(2));
    // Added as the child's birth mother and father: that is who they are on the map too.
    QCOMPARE(model.people().first().role, Person::Role::BirthMother);
    QCOMPARE(model.people().last().role, Person::Role::BirthFather);
    const ItemId jade = model.people().first().id, ryan = model.people().last().id;
    QVERIFY(pane.document()->family().partnerships.isEmpty());
    // Jade's menu asks how she and Ryan are together; the kind starts unchosen.
    int kindShown = -2;
    pane.setExec([&](QDialog &d) -> int {
        auto *dialog = qobject_cast<RelativeDialog *>(&d);
        if (!dialog)
            return int(QDialog::Rejected);
        kindShown = dialog->kindCombo()->currentData().toInt();
        dialog->kindCombo()->setCurrentIndex(
            dialog->kindCombo()->findData(int(Partnership::Kind::Cohabiting)));
        auto *ending = dialog->findChildren<QComboBox *>().last();
        ending->setCurrentIndex(ending->findData(int(Partnership::Ending::Separated)));
        return int(QDialog::Accepted);
    });
    QMenu *menu = pane.menuFor(jade);
    QAction *record = nullptr;
    for (QAction *a : menu->actions()) {
        if (a->text() == QStringLiteral("Record how Jade and Ryan are together…"))
            record = a;
    }
    QVERIFY(record);
    record->trigger();
    delete menu;
    QCOMPARE(kindShown, -1);
    QCOMPARE(pane.document()->family().partnerships.size(), qsizetype(1));
    const Partnership p = pane.document()->family().partnerships.first();
    QVERIFY(p.involves(jade) && p.involves(ryan));
    QCOMPARE(p.ending, Partnership::Ending::Separated);
    // Now recorded: the menu offers to change it instead.
    menu = pane.menuFor(jade);
    for (QAction *a : menu->actions())
        QVERIFY(!a->text().startsWith(QStringLiteral("Record how")));
    delete menu;
    stack.undo();
    QVERIFY(pane.document()->family().partnerships.isEmpty());
}

void TestFamily::zoomKeepsClicksOnThePersonAndFitShowsItAll()
{
    CaseContent demo = DemoCase::build();
    OpenStory story;
    QVERIFY(story.open(&demo));
    [[maybe_unused]] auto [file, model, map, stack, pane] = story.parts();
    pane.resize(700, 500);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    auto *canvas = pane.findChild<GenogramCanvas *>();
    QVERIFY(canvas);
    const QSize full = canvas->sizeHint();
    // Fit: the whole tree inside the view, never drawn larger than it is.
    pane.fitTree();
    QVERIFY(canvas->zoom() < 1.0);
    auto *scroll = pane.findChild<QScrollArea *>();
    QVERIFY(canvas->sizeHint().width() <= scroll->viewport()->width());
    QVERIFY(canvas->sizeHint().height() <= scroll->viewport()->height());
    // Ctrl+= zooms in again; a click lands on the person drawn there at any zoom.
    canvas->setFocus();
    QTest::keyClick(canvas, Qt::Key_Equal, Qt::ControlModifier);
    QVERIFY(canvas->zoom() > 0.3);
    const ItemId nana = idOf(demo, QStringLiteral("Nana"));
    QTest::mouseClick(canvas, Qt::LeftButton, {}, canvas->pointOf(nana));
    QCOMPARE(canvas->selected(), nana);
    canvas->setZoom(100); // bounded
    QCOMPARE(canvas->zoom(), GenogramCanvas::kMaxZoom);
    QVERIFY(qAbs(canvas->sizeHint().width() - full.width() * GenogramCanvas::kMaxZoom) < 6);
}

void TestFamily::nobodyYoungerIsOfferedAsAParent()
{
    CaseContent demo = DemoCase::build();
    OpenStory story;
    QVERIFY(story.open(&demo));
    [[maybe_unused]] auto [file, model, map, stack, pane] = story.parts();
    QStringList offered;
    pane.setExec([&](QDialog &d) -> int {
        if (auto *dialog = qobject_cast<RelativeDialog *>(&d)) {
            for (int i = 0; i < dialog->existingCombo()->count(); ++i)
                offered << dialog->existingCombo()->itemText(i);
        }
        return int(QDialog::Rejected);
    });
    const auto open = [&](const QString &action) {
        offered.clear();
        QMenu *menu = pane.menuFor(kChildId);
        for (QAction *a : menu->actions()) {
            if (a->text() == action)
                a->trigger();
        }
        delete menu;
        return offered.join(QLatin1Char('\n'));
    };
    // Maisie (2015): Ruby (2019) is never her parent or carer; Nana (1964) may be.
    const QString parents = open(QStringLiteral("Add another &parent or carer…"));
    QVERIFY(!parents.contains(QStringLiteral("Ruby")));
    QVERIFY(parents.contains(QStringLiteral("Nana")));
    // And as her child, nobody born before her.
    const QString children = open(QStringLiteral("Add a &child…"));
    QVERIFY(!children.contains(QStringLiteral("Nana")));
    QVERIFY(children.contains(QStringLiteral("Ruby")));
    QVERIFY(!children.contains(QStringLiteral("Tyler"))); // 2012
}

#include "tst_family.moc"
