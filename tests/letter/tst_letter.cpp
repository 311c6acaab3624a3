// SPDX-License-Identifier: GPL-3.0-or-later
#include "../storage/testcase.h"
#include "casecontentio.h"
#include "democase.h"
#include "jargoncheck.h"
#include "languages.h"
#include "lettercommands.h"
#include "letterdocument.h"
#include "letterdrafter.h"
#include "letterexport.h"
#include "letternames.h"
#include "letterrepository.h"
#include "letterwords.h"
#include "personrepository.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>

namespace {

QString pdfText(const QString &path, int page = 0)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        qFatal("pdftotext is missing: run scripts/install-deps");
    QStringList args{QStringLiteral("-layout")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    QProcess p;
    p.start(tool, args << path << QStringLiteral("-"));
    p.waitForFinished(60000);
    // "ﬁ" as two letters again.
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

int pdfPages(const QString &path)
{
    QProcess p;
    p.start(QStandardPaths::findExecutable(QStringLiteral("pdfinfo")), {path});
    p.waitForFinished(60000);
    const QString info = QString::fromUtf8(p.readAllStandardOutput());
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    return pages.match(info).captured(1).toInt();
}

Person person(ItemId id, const QString &full, const QString &knownAs, Person::Role role,
              const QString &detail = {})
{
    Person p;
    p.id = id;
    p.fullName = full;
    p.knownAs = knownAs;
    p.role = role;
    p.roleDetail = detail;
    return p;
}

// A small case typed in by hand, as a worker would: not the demo.
CaseContent jadesCase()
{
    CaseContent c;
    c.child.fullName = QStringLiteral("Jade Amber Wilson");
    c.child.knownAs = QStringLiteral("Jade");
    c.child.born = FuzzyDate::day(2016, 3, 3);
    c.people << person(1, QStringLiteral("Dawn Wilson"), QStringLiteral("Mum"),
                       Person::Role::BirthMother)
             << person(2, QStringLiteral("Kai Wilson"), QStringLiteral("Kai"),
                       Person::Role::Sibling, QStringLiteral("big brother"))
             << person(3, QStringLiteral("Pat Lee"), QStringLiteral("Pat"),
                       Person::Role::FosterCarer)
             << person(4, QStringLiteral("Ann Cole"), QStringLiteral("Ann"),
                       Person::Role::SocialWorker);
    Placement home;
    home.id = 1;
    home.placeName = QStringLiteral("Mum's flat");
    home.type = Placement::Type::LivingAtHome;
    home.from = FuzzyDate::day(2016, 3, 3);
    home.to = FuzzyDate::month(2019, 6);
    home.carerIds = {1};
    Placement pats;
    pats.id = 2;
    pats.placeName = QStringLiteral("Pat's house");
    pats.type = Placement::Type::Foster;
    pats.from = FuzzyDate::month(2019, 6);
    pats.carerIds = {3};
    pats.cameReasonChildsWords = QStringLiteral("Mum was too poorly to look after me");
    c.placements << home << pats;
    c.movePlans << MovePlan{2,
                            MovePlan::Planning::Emergency,
                            QStringLiteral("two hours"),
                            {KeepInTouch{2,
                                         KeepInTouch::Plan::NewArrangement,
                                         Relationship::Contact::Weekly,
                                         KeepInTouch::Video,
                                         {},
                                         {}}}};
    Event hearing;
    hearing.id = 1;
    hearing.type = Event::Type::CourtHearing;
    hearing.date = FuzzyDate::month(2020, 3);
    hearing.title = QStringLiteral("Final hearing");
    hearing.outcome = QStringLiteral("Jade stays with Pat until she is grown up");
    hearing.peopleIds = {4};
    c.events << hearing;
    Memory swim;
    swim.id = 1;
    swim.title = QStringLiteral("First swim at the leisure centre");
    swim.date = FuzzyDate::month(2019, 7);
    Memory secret = swim;
    secret.id = 2;
    secret.title = QStringLiteral("Something kept private");
    secret.isPrivate = true;
    c.memories << swim << secret;
    VoiceEntry said;
    said.id = 1;
    said.date = FuzzyDate::month(2021, 1);
    said.words = QStringLiteral("I like Pat's dog best");
    said.audiences = VoiceEntry::MeAndCarer;
    VoiceEntry notShared = said;
    notShared.id = 2;
    notShared.words = QStringLiteral("Please don't tell anyone this");
    notShared.audiences = 0;
    c.voice << said << notShared;
    return c;
}

QString joined(const LetterDrafter &d, LetterSection::Kind kind)
{
    return d.draft(kind).join(QLatin1Char('\n'));
}

} // namespace

class TestLetter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void draftsAreMadeFromTheCasesFacts();
    void draftsFollowTheKindOfCare();
    void everyJargonTermIsFlaggedInEveryLanguage();
    void plainWordsAreNotFlagged();
    void readingAgeIsLowerForSimplerWords();
    void namesArePrintedOnlyAsPermissionAllows();
    void editsAreUndoableAndKeptInTheHistory();
    void theLetterSurvivesClosingTheFile();
    void someoneRemovedKeepsTheWordsAndWarns();
    void refusedNamesNeverReachThePdf();
    void emptyPartsPrintNoHeading();
    void aPdfThatCannotBeWrittenSaysSo();
    void longLettersPaginateCleanly();
    void theDemoHasALetterInProgress();
    void cleanupTestCase();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestLetter::initTestCase()
{
    Languages::install(QStringLiteral("en"));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestLetter::init()
{
    Languages::install(QStringLiteral("en")); // whatever a failed test left
}

void TestLetter::cleanupTestCase()
{
    Languages::install(QStringLiteral("en"));
}

void TestLetter::draftsAreMadeFromTheCasesFacts()
{
    const LetterDrafter d(jadesCase(), LaterLifeLetter::Care::LongTermFoster, QDate(2026, 12, 1),
                          QLocale(QLocale::English, QLocale::UnitedKingdom));
    using K = LetterSection::Kind;
    const QString birth = joined(d, K::Birth);
    QVERIFY2(birth.contains(QStringLiteral("You were born on 3 March 2016")), qPrintable(birth));
    QVERIFY(birth.contains(QStringLiteral("Jade Amber Wilson")));
    QVERIFY2(birth.contains(QStringLiteral("you lived at Mum's flat")), qPrintable(birth));
    QVERIFY(joined(d, K::BirthFamily)
                .contains(
                    QStringLiteral("Your birth mother is called Dawn Wilson. You call her Mum.")));
    const QString homes = joined(d, K::Homes);
    QVERIFY2(homes.contains(QStringLiteral("From 3 March 2016 to June 2019 you lived at Mum's "
                                           "flat with Mum")),
             qPrintable(homes));
    QVERIFY(
        homes.contains(QStringLiteral("You went to live at Pat's house with Pat in June 2019")));
    QVERIFY(homes.contains(QStringLiteral("in a hurry, with two hours notice")));
    QVERIFY(homes.contains(QStringLiteral("“Mum was too poorly to look after me”")));
    const QString decisions = joined(d, K::Decisions);
    QVERIFY2(decisions.contains(QStringLiteral("In March 2020 a judge at the family court held a "
                                               "hearing: Final hearing")),
             qPrintable(decisions));
    QVERIFY(decisions.contains(QStringLiteral("Who was there: Ann")));
    QVERIFY(decisions.contains(QStringLiteral("Jade stays with Pat until she is grown up")));
    const QString siblings = joined(d, K::Siblings);
    QVERIFY2(siblings.contains(QStringLiteral("Kai is your brother or sister (big brother). You "
                                              "keep in touch by video calls.")),
             qPrintable(siblings));
    const QString like = joined(d, K::WhatYouWereLike);
    QVERIFY(like.contains(QStringLiteral("We remember in July 2019: First swim")));
    QVERIFY(like.contains(QStringLiteral("I like Pat's dog best")));
    // Only what the child's own book may hold.
    QVERIFY(!like.contains(QStringLiteral("kept private")));
    QVERIFY(!like.contains(QStringLiteral("don't tell")));
    QVERIFY(joined(d, K::ContactLater).contains(QStringLiteral("Ann was your social worker")));
    // The case records nothing of what the birth family said: no invented words.
    QVERIFY(d.draft(K::FamilySaid).isEmpty());
    // An empty case drafts nothing at all, rather than sentences with blanks.
    const LetterDrafter empty(CaseContent(), LaterLifeLetter::Care::NotChosen);
    QVERIFY(empty.draft(K::Birth).isEmpty());
    QVERIFY(empty.draft(K::Homes).isEmpty());
    QVERIFY(empty.draft(K::Decisions).isEmpty());
}

void TestLetter::draftsFollowTheKindOfCare()
{
    using K = LetterSection::Kind;
    using C = LaterLifeLetter::Care;
    const CaseContent c = jadesCase();
    QVERIFY(
        joined(LetterDrafter(c, C::Adoption), K::Decisions).contains(QStringLiteral("adopted")));
    QVERIFY(joined(LetterDrafter(c, C::Adoption), K::ContactLater)
                .contains(QStringLiteral("adoption records")));
    QVERIFY(joined(LetterDrafter(c, C::LongTermFoster), K::Decisions)
                .contains(QStringLiteral("you would live with Pat until you were grown up")));
    QVERIFY(!joined(LetterDrafter(c, C::LongTermFoster), K::Decisions)
                 .contains(QStringLiteral("adopted")));
    QVERIFY(joined(LetterDrafter(c, C::Kinship), K::Decisions)
                .contains(QStringLiteral("part of your family")));
    // Not chosen: no sentence about a decision nobody recorded.
    QVERIFY(!joined(LetterDrafter(c, C::NotChosen), K::Decisions)
                 .contains(QStringLiteral("It was decided")));
}

void TestLetter::everyJargonTermIsFlaggedInEveryLanguage()
{
    for (const QString &language :
         {QStringLiteral("en"), QStringLiteral("cy"), QStringLiteral("ar")}) {
        QCOMPARE(Languages::install(language), language);
        const JargonCheck check;
        QVERIFY(check.terms().size() >= 30);
        QSet<QString> translated;
        for (const JargonCheck::Term &t : check.terms()) {
            QVERIFY2(!t.plain.isEmpty(), qPrintable(t.words));
            const QString sentence = QStringLiteral("%1 %2.").arg(
                language == QLatin1String("ar") ? QStringLiteral("قال") : QStringLiteral("Said"),
                t.words);
            const QList<JargonCheck::Hit> hits = check.find(sentence);
            QVERIFY2(hits.size() == 1, qPrintable(language + QStringLiteral(": ") + t.words));
            QCOMPARE(sentence.mid(hits.first().start, hits.first().length).toLower(),
                     t.words.toLower());
            translated.insert(t.plain);
        }
        if (language != QLatin1String("en")) {
            // The explanations are in the language of the app, not left in English.
            QVERIFY(!translated.contains(QStringLiteral("home")));
            QCOMPARE(LetterWords::heading(LetterSection::Kind::Siblings) ==
                         QStringLiteral("Your brothers and sisters"),
                     false);
        }
    }
    Languages::install(QStringLiteral("ar"));
    // Arabic joins "the" and "and" to the word: still found.
    const JargonCheck arabic;
    // A translation may give several forms, "a|b": the first is enough here.
    const QString neglect = JargonCheck::tr("neglect").section(QLatin1Char('|'), 0, 0);
    QVERIFY(neglect != QStringLiteral("neglect"));
    QCOMPARE(arabic.find(QStringLiteral("بسبب ال") + neglect).size(), 1);
    Languages::install(QStringLiteral("cy"));
    const JargonCheck welsh;
    QCOMPARE(welsh
                 .find(QStringLiteral("Roedd hi mewn ") +
                       JargonCheck::tr("placement").section(QLatin1Char('|'), 0, 0) +
                       QStringLiteral(" ac yna s.20"))
                 .size(),
             2);
    Languages::install(QStringLiteral("en"));
}

void TestLetter::plainWordsAreNotFlagged()
{
    const JargonCheck check;
    QVERIFY(check
                .find(QStringLiteral("You went to live with Nana, and you saw your mum every "
                                     "month. We contacted your school."))
                .isEmpty());
    // Abbreviations only as capitals: "lac" is a Welsh word.
    QVERIFY(check.find(QStringLiteral("Mae'r rhaff yn lac")).isEmpty());
    const QList<JargonCheck::Hit> hits =
        check.find(QStringLiteral("An interim care order was made, then a care plan."));
    QCOMPARE(hits.size(), 2); // "care order" inside "interim care order" is one word, not two
    QCOMPARE(hits.first().length, int(QStringLiteral("interim care order").size()));
}

void TestLetter::readingAgeIsLowerForSimplerWords()
{
    const QString simple = QStringLiteral(
        "You were born in May. Your mum held you. She was very happy. You had a red hat. Nana "
        "came to see you. She made you a cake. You liked the cake a lot.");
    const QString hard = QStringLiteral(
        "Following consideration of the comprehensive assessment, the local authority "
        "determined that permanence arrangements necessitated an application, notwithstanding "
        "the considerable difficulties experienced by the professionals involved.");
    const ReadingAge::Result a = ReadingAge::estimate(simple);
    const ReadingAge::Result b = ReadingAge::estimate(hard);
    QVERIFY2(a.age > 0 && a.age <= 8, qPrintable(QString::number(a.age)));
    QVERIFY2(b.age >= 16, qPrintable(QString::number(b.age)));
    QCOMPARE(a.sentences, 7);
    QVERIFY(ReadingAge::estimate(QStringLiteral("Too short.")).age == 0);
}

void TestLetter::namesArePrintedOnlyAsPermissionAllows()
{
    const QList<Person> people{
        person(1, QStringLiteral("Gareth Evans"), QStringLiteral("Mr Evans"),
               Person::Role::Teacher),
        person(2, QStringLiteral("Kelly Jones"), QStringLiteral("Mum"), Person::Role::BirthMother),
        person(3, QStringLiteral("Sue Baker"), QStringLiteral("Sue"), Person::Role::FosterCarer),
        person(4, QStringLiteral("Biscuit"), QStringLiteral("Biscuit"), Person::Role::Pet)};
    const QString text = QStringLiteral("Mr Evans said you sang. Kelly Jones loves you. Sue Baker "
                                        "and Biscuit came too.");
    QCOMPARE(LetterNames::named(text, people), (QList<ItemId>{1, 2, 3}));
    using S = LetterPermission::Status;
    const QList<LetterPermission> perms{{1, QStringLiteral("Gareth Evans"), S::Refused},
                                        {2, QStringLiteral("Kelly Jones"), S::Given},
                                        {3, QStringLiteral("Sue Baker"), S::NotAsked}};
    const QString printed = LetterNames::apply(text, LetterNames::forPrint(people, perms));
    QVERIFY2(!printed.contains(QStringLiteral("Evans")), qPrintable(printed));
    QVERIFY(printed.contains(QStringLiteral("your teacher said you sang")));
    QVERIFY(printed.contains(QStringLiteral("Kelly Jones loves you")));
    QVERIFY(printed.contains(QStringLiteral("Sue and Biscuit")));
    // The writer put the role as well as the name: it is said once.
    QCOMPARE(LetterNames::apply(QStringLiteral("Your teacher Mr Evans said you sang."),
                                LetterNames::forPrint(people, perms)),
             QStringLiteral("Your teacher said you sang."));
    // An explained word is not pointed out again; a longer term is found whole.
    const JargonCheck check;
    QVERIFY(check
                .find(QStringLiteral("You were LAC (") +
                      JargonCheck::tr(
                          "a child who lives with carers instead of with their birth family") +
                      QStringLiteral(")."))
                .isEmpty());
    QCOMPARE(check.find(QStringLiteral("A placement order was made.")).size(), 1);
    QCOMPARE(check.find(QStringLiteral("A placement order was made.")).first().length, 15);
    // A surname the child shares names the child, not their relative.
    const QList<Person> wilsons{
        person(5, QStringLiteral("Dawn Wilson"), QStringLiteral("Mum"), Person::Role::BirthMother)};
    QVERIFY(LetterNames::named(QStringLiteral("Your name is Jade Wilson."), wilsons,
                               QStringLiteral("Jade Wilson"))
                .isEmpty());
    QCOMPARE(LetterNames::named(QStringLiteral("Dawn Wilson loves you."), wilsons,
                                QStringLiteral("Jade Wilson")),
             QList<ItemId>{5});
    QCOMPARE(LetterNames::apply(QStringLiteral("Jade Wilson, Dawn Wilson said hello."),
                                LetterNames::forPrint(wilsons, {{5, {}, S::Refused}},
                                                      QStringLiteral("Jade Wilson"))),
             QStringLiteral("Jade Wilson, your birth mother said hello."));
    // Not asked yet: the first name of the full name, whatever the child calls them.
    QCOMPARE(LetterNames::firstName(people.at(1)), QStringLiteral("Kelly"));
    QVERIFY(!printed.contains(QStringLiteral("Baker")));
}

void TestLetter::editsAreUndoableAndKeptInTheHistory()
{
    const QString path = m_dir->filePath(QStringLiteral("history.belonging"));
    auto file = TestCase::create(path);
    QVERIFY(file);
    auto model = TestCase::model(*file);
    LetterDocument doc(*model);
    QVERIFY(!doc.load());
    QDateTime now(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
    doc.setClock([&now] { return now; });
    QUndoStack stack;
    using K = LetterSection::Kind;
    QVERIFY(!doc.hasLetter());
    LaterLifeLetter details = doc.letter();
    details.author = QStringLiteral("Ann Cole");
    Command::setLetterDetails(stack, doc, details);
    Command::writeLetterSection(stack, doc, K::Birth, QStringLiteral("You were born"));
    now = now.addSecs(30);
    Command::writeLetterSection(stack, doc, K::Birth,
                                QStringLiteral("You were born on a sunny day."));
    QCOMPARE(stack.count(), 2); // the typing merged into one step
    QCOMPARE(doc.letter().section(K::Birth).markdown,
             QStringLiteral("You were born on a sunny day."));
    QCOMPARE(doc.versions().size(), 2); // one sitting in one part is one entry
    QCOMPARE(doc.versions().last().by, QStringLiteral("Ann Cole"));
    QVERIFY(doc.versions().last().what.contains(QStringLiteral("You and your birth")));
    QVERIFY(doc.versions().last().text.contains(QStringLiteral("sunny day")));

    now = now.addSecs(11 * 60); // later: a new entry
    Command::writeLetterSection(stack, doc, K::Birth, QStringLiteral("You were born at dawn."));
    QCOMPARE(doc.versions().size(), 3);
    stack.undo();
    QCOMPARE(doc.letter().section(K::Birth).markdown,
             QStringLiteral("You were born on a sunny day."));
    // An undo is a change too; straight after the typing it belongs to the same entry.
    QCOMPARE(doc.versions().size(), 3);
    QVERIFY(doc.versions().last().text.contains(QStringLiteral("sunny day")));
    stack.redo();
    QCOMPARE(doc.letter().section(K::Birth).markdown, QStringLiteral("You were born at dawn."));

    // A draft is marked as one until the writer changes it.
    Command::useLetterDraft(stack, doc, K::Homes, QStringLiteral("From 2019 you lived at Pat's."));
    QVERIFY(doc.letter().section(K::Homes).draft);
    Command::writeLetterSection(stack, doc, K::Homes,
                                QStringLiteral("From 2019 you lived with Pat, who loves dogs."));
    QVERIFY(!doc.letter().section(K::Homes).draft);
    // Nothing changes: nothing pushed.
    const int steps = stack.count();
    Command::writeLetterSection(stack, doc, K::Homes,
                                QStringLiteral("From 2019 you lived with Pat, who loves dogs."));
    QCOMPARE(stack.count(), steps);

    // The version entries are in the file, with the text after each change.
    const QList<LetterVersion> stored = LetterRepository(*file).versions();
    QCOMPARE(stored, doc.versions());
    QVERIFY(stored.last().text.contains(QStringLiteral("loves dogs")));
    // Output is recorded with the exact printed text.
    QVERIFY(!doc.recordOutput(QStringLiteral("Saved as a PDF"), QStringLiteral("printed words")));
    QCOMPARE(LetterRepository(*file).versions().last().text, QStringLiteral("printed words"));
}

void TestLetter::theLetterSurvivesClosingTheFile()
{
    const QString path = m_dir->filePath(QStringLiteral("reopen.belonging"));
    {
        auto file = TestCase::create(path);
        auto model = TestCase::model(*file);
        LetterDocument doc(*model);
        doc.load();
        QUndoStack stack;
        LaterLifeLetter details = doc.letter();
        details.to = QStringLiteral("Jade");
        details.author = QStringLiteral("Ann Cole");
        details.care = LaterLifeLetter::Care::Adoption;
        details.easyRead = true;
        details.written = QDate(2026, 11, 30);
        Command::setLetterDetails(stack, doc, details);
        Command::writeLetterSection(stack, doc, LetterSection::Kind::Siblings,
                                    QStringLiteral("**Kai** is your brother."));
    }
    StorageError error;
    auto file = TestCase::open(path, &error);
    QVERIFY2(file, qPrintable(error.detail()));
    const std::optional<LaterLifeLetter> l = LetterRepository(*file).load();
    QVERIFY(l);
    QCOMPARE(l->to, QStringLiteral("Jade"));
    QCOMPARE(l->care, LaterLifeLetter::Care::Adoption);
    QVERIFY(l->easyRead);
    QCOMPARE(l->written, QDate(2026, 11, 30));
    QCOMPARE(l->section(LetterSection::Kind::Siblings).markdown,
             QStringLiteral("**Kai** is your brother."));
    QCOMPARE(l->sections.size(), LetterSection::kKindCount);
    // The whole case read and written again (a copy) keeps the letter too.
    CaseContent content = CaseContentIO::read(*file, false, &error);
    QVERIFY(!error);
    QVERIFY(content.letter);
    QCOMPARE(content.letter->section(LetterSection::Kind::Siblings).markdown,
             QStringLiteral("**Kai** is your brother."));
}

void TestLetter::someoneRemovedKeepsTheWordsAndWarns()
{
    auto file = TestCase::create(m_dir->filePath(QStringLiteral("removed.belonging")));
    auto model = TestCase::model(*file);
    Person sue = person(kNoId, QStringLiteral("Sue Baker"), QStringLiteral("Sue"),
                        Person::Role::FosterCarer);
    PersonRepository people(*file);
    QVERIFY(!people.add(sue));
    model->personStored(sue);
    LetterDocument doc(*model);
    doc.load();
    QUndoStack stack;
    const QString words = QStringLiteral("Sue Baker looked after you for two years.");
    Command::writeLetterSection(stack, doc, LetterSection::Kind::Homes, words);
    QCOMPARE(doc.namedNow(doc.letter()).size(), 1);
    QCOMPARE(doc.namedNow(doc.letter()).first().status, LetterPermission::Status::NotAsked);
    Command::setLetterPermission(stack, doc, sue.id, LetterPermission::Status::Refused);
    QCOMPARE(doc.letter().permission(sue.id)->status, LetterPermission::Status::Refused);
    QVERIFY(doc.versions().last().what.contains(QStringLiteral("Permission for Sue Baker")));

    QVERIFY(!people.remove(sue.id));
    model->personRemoved(sue.id);
    QCOMPARE(doc.letter().section(LetterSection::Kind::Homes).markdown, words);
    QCOMPARE(doc.namedButRemoved(doc.letter()), QStringList{QStringLiteral("Sue Baker")});
    QVERIFY(doc.namedNow(doc.letter()).isEmpty());
    // Still refused, so still not printed: as "someone who knew you".
    const LetterExport out(doc.letter(), model->people());
    QVERIFY2(!out.printedText().contains(QStringLiteral("Sue")), qPrintable(out.printedText()));
    QVERIFY(out.printedText().contains(QStringLiteral("Someone who knew you looked after you")));
}

void TestLetter::refusedNamesNeverReachThePdf()
{
    const QList<Person> people{
        person(1, QStringLiteral("Gareth Evans"), QStringLiteral("Mr Evans"),
               Person::Role::Teacher),
        person(2, QStringLiteral("Kelly Jones"), QStringLiteral("Mum"), Person::Role::BirthMother)};
    LaterLifeLetter l;
    l.to = QStringLiteral("Maisie");
    l.author = QStringLiteral("Tom Okafor");
    l.written = QDate(2026, 12, 1);
    l.setSection({LetterSection::Kind::WhatYouWereLike,
                  QStringLiteral("Mr Evans told me you sang. Gareth Evans was proud of you. "
                                 "Kelly Jones kept your drawings. Your teacher was Mr Evans."),
                  false});
    l.setSection({LetterSection::Kind::Homes, QStringLiteral("You lived with Mum."), true});
    l.permissions = {{1, QStringLiteral("Gareth Evans"), LetterPermission::Status::Refused},
                     {2, QStringLiteral("Kelly Jones"), LetterPermission::Status::Given}};
    const QString path = m_dir->filePath(QStringLiteral("refused.pdf"));
    // As it goes to the child: the letter alone, with no refused name anywhere in the file.
    const QString childCopy = m_dir->filePath(QStringLiteral("refused-child.pdf"));
    QVERIFY(LetterExport(l, people, {}, QDate(2026, 12, 1)).writePdf(childCopy).isEmpty());
    QCOMPARE(pdfPages(childCopy), 1);
    QVERIFY(!pdfText(childCopy).contains(QStringLiteral("Evans")));
    QVERIFY(!pdfText(childCopy).contains(QStringLiteral("Gareth")));
    // With the page for the file, asked for.
    LetterExport withFilePage(l, people, {}, QDate(2026, 12, 1));
    withFilePage.setFilePage(true);
    QVERIFY(withFilePage.writePdf(path).isEmpty());
    QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadOther | QFile::ReadGroup),
             QFile::Permissions());
    const int pages = pdfPages(path);
    QCOMPARE(pages, 2);
    const QString letter = pdfText(path, 1);
    QVERIFY2(!letter.contains(QStringLiteral("Evans")), qPrintable(letter));
    QVERIFY(!letter.contains(QStringLiteral("Gareth")));
    QVERIFY(letter.contains(QStringLiteral("Your teacher told me you sang")));
    // Never "your teacher was your teacher": the sentence already says who, the name goes.
    QVERIFY2(letter.simplified().contains(QStringLiteral("Your teacher was [withheld].")),
             qPrintable(letter));
    QVERIFY(letter.simplified().contains(QStringLiteral("Kelly Jones kept your drawings")));
    QVERIFY(letter.contains(QStringLiteral("Dear Maisie,")));
    QVERIFY(letter.contains(QStringLiteral("Draft made from the case's facts")));
    QVERIFY(!letter.contains(QStringLiteral("For the file")));
    // The permissions are for the file, on a page of their own, not in the letter.
    const QString file = pdfText(path, 2);
    QVERIFY(file.contains(QStringLiteral("For the file")));
    QVERIFY(file.contains(QStringLiteral("Permission refused")));
    QVERIFY(file.contains(QStringLiteral("Gareth Evans")));
    QVERIFY(!file.contains(QStringLiteral("you sang")));
    // The title in the file's details does not name the child.
    QProcess info;
    info.start(QStandardPaths::findExecutable(QStringLiteral("pdfinfo")), {path});
    info.waitForFinished();
    QVERIFY(!QString::fromUtf8(info.readAllStandardOutput()).contains(QStringLiteral("Maisie")));
}

void TestLetter::emptyPartsPrintNoHeading()
{
    LaterLifeLetter l;
    l.to = QStringLiteral("Jade");
    l.setSection({LetterSection::Kind::Siblings, QStringLiteral("Kai is your brother."), false});
    l.setSection({LetterSection::Kind::Birth, QStringLiteral("   \n\n  "), false});
    const QString path = m_dir->filePath(QStringLiteral("empty.pdf"));
    LetterExport out(l, {});
    out.setFilePage(true);
    QVERIFY(out.writePdf(path).isEmpty());
    const QString text = pdfText(path);
    QVERIFY(text.contains(LetterWords::heading(LetterSection::Kind::Siblings)));
    for (int k = 0; k < LetterSection::kKindCount; ++k) {
        if (LetterSection::Kind(k) != LetterSection::Kind::Siblings)
            QVERIFY2(!text.contains(LetterWords::heading(LetterSection::Kind(k))),
                     qPrintable(LetterWords::heading(LetterSection::Kind(k))));
    }
    QVERIFY(text.contains(QStringLiteral("Nobody is named in the letter.")));
}

// A folder that is not there (or a full disk): a plain message, and no file left behind.
void TestLetter::aPdfThatCannotBeWrittenSaysSo()
{
    LaterLifeLetter l;
    l.setSection({LetterSection::Kind::Birth, QStringLiteral("You were born in May."), false});
    const QString path = m_dir->filePath(QStringLiteral("no-such-folder/letter.pdf"));
    const QString problem = LetterExport(l, {}).writePdf(path);
    QVERIFY(problem.contains(QStringLiteral("folder is not there")));
    QVERIFY(!problem.contains(QStringLiteral("no-such-folder"))); // no paths in messages
    QVERIFY(!QFile::exists(path));
}

void TestLetter::longLettersPaginateCleanly()
{
    LaterLifeLetter l;
    l.to = QStringLiteral("Jade");
    l.author = QStringLiteral("Ann Cole");
    QStringList headings;
    for (int k = 0; k < LetterSection::kKindCount; ++k) {
        QStringList paragraphs;
        // Paragraphs of different lengths, so headings fall at many places on the pages.
        for (int p = 0; p < 3 + k % 4; ++p) {
            QStringList sentences;
            for (int n = 0; n < 12 + 2 * k; ++n)
                sentences << QStringLiteral("S%1p%2k%3.").arg(n).arg(p).arg(k);
            paragraphs << sentences.join(QLatin1Char(' '));
        }
        l.setSection({LetterSection::Kind(k), paragraphs.join(QStringLiteral("\n\n")), false});
        headings << LetterWords::heading(LetterSection::Kind(k));
    }
    const QString path = m_dir->filePath(QStringLiteral("long.pdf"));
    QVERIFY(LetterExport(l, {}).writePdf(path).isEmpty());
    const int pages = pdfPages(path);
    QVERIFY2(pages >= 4, qPrintable(QString::number(pages)));
    // Every sentence once: a line at a page's foot is not also (hidden) on the page before.
    static const QRegularExpression sentence(QStringLiteral("S\\d+p\\d+k\\d+\\."));
    QStringList seen;
    for (auto it = sentence.globalMatch(pdfText(path)); it.hasNext();)
        seen << it.next().captured();
    QCOMPARE(seen.size(), QSet<QString>(seen.cbegin(), seen.cend()).size());
    int written = 0;
    for (int k = 0; k < LetterSection::kKindCount; ++k)
        written += (3 + k % 4) * (12 + 2 * k);
    QCOMPARE(seen.size(), written); // and none lost
    for (int page = 1; page <= pages; ++page) {
        QStringList lines = pdfText(path, page).split(QLatin1Char('\n'));
        lines.removeIf([](const QString &s) { return s.trimmed().isEmpty(); });
        QVERIFY(lines.size() >= 2);
        // The last line is the page number; the one above it is never a heading.
        QCOMPARE(lines.last().trimmed(), QStringLiteral("%1 of %2").arg(page).arg(pages));
        QVERIFY2(!headings.contains(lines.at(lines.size() - 2).trimmed()),
                 qPrintable(QStringLiteral("page %1 ends with a heading").arg(page)));
    }
}

void TestLetter::theDemoHasALetterInProgress()
{
    const CaseContent demo = DemoCase::build();
    QVERIFY(demo.letter);
    const LaterLifeLetter &l = *demo.letter;
    QCOMPARE(l.care, LaterLifeLetter::Care::Kinship);
    QCOMPARE(l.to, QStringLiteral("Maisie"));
    int drafts = 0, written = 0, empty = 0;
    for (const LetterSection &s : l.sections) {
        if (s.markdown.isEmpty())
            ++empty;
        else if (s.draft)
            ++drafts;
        else
            ++written;
    }
    QVERIFY(drafts >= 1 && written >= 1 && empty >= 1); // in progress, not finished
    QVERIFY(l.section(LetterSection::Kind::Homes).markdown.contains(QStringLiteral("Nana")));
    QVERIFY(!l.section(LetterSection::Kind::Decisions).markdown.contains(QStringLiteral("adopt")));

    // Printed: Mr Evans refused, so the letter says "your teacher"; the drafts are marked.
    const QString path = m_dir->filePath(QStringLiteral("demo-letter.pdf"));
    QVERIFY(LetterExport(l, demo.people).writePdf(path).isEmpty());
    if (const QString shots = qEnvironmentVariable("BELONGING_SCREENSHOTS"); !shots.isEmpty())
        QFile::copy(path, shots + QStringLiteral("/demo-letter.pdf"));
    const QString letter = pdfText(path, 1) + pdfText(path, 2);
    QVERIFY(!letter.contains(QStringLiteral("Evans")));
    QVERIFY(letter.contains(QStringLiteral("your teacher"), Qt::CaseInsensitive));
    QVERIFY(letter.contains(QStringLiteral("Draft made from the case's facts")));
}

QTEST_MAIN(TestLetter)
#include "tst_letter.moc"
