// SPDX-License-Identifier: GPL-3.0-or-later
#include "casecontentio.h"
#include "childrepository.h"
#include "democase.h"
#include "eventrepository.h"
#include "grouprepository.h"
#include "layoutrepository.h"
#include "mediarepository.h"
#include "memoryrepository.h"
#include "personrepository.h"
#include "placementrepository.h"
#include "relationshiprepository.h"
#include "testcase.h"
#include "voicerepository.h"

#include <QSqlQuery>

// Every repository round-trips every field through a real encrypted case file.
class TestRepositories : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void personRoundTripsEveryField();
    void relationshipRoundTripsEveryField();
    void placementRoundTripsEveryField();
    void memoryRoundTripsEveryField();
    void mediaRoundTripsAndListsThumbnailsOnly();
    void eventRoundTripsEveryField();
    void childAndLayoutRoundTrip();
    void voiceEntryRoundTripsEveryField();
    void voiceEntryKeepsItsAnswerWhenTheReviewGoes();
    void voiceEntryFromAHostileFileReadsAsSafeChoices();
    void groupRoundTripsAndLosesRemovedMembers();
    void deletingAPersonRemovesTheirTiesAndLinks();
    void updatingAMissingItemIsAnError();
    void wholeDemoSurvivesCloseAndReopen();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CaseFile> m_file;
    QString m_path;
    void reopen();
};

void TestRepositories::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("r.belonging"));
    m_file = TestCase::create(m_path);
    QVERIFY(m_file);
}

void TestRepositories::cleanup()
{
    m_file.reset();
    m_dir.reset();
}

void TestRepositories::reopen()
{
    m_file.reset();
    StorageError error;
    m_file = TestCase::open(m_path, &error);
    QVERIFY2(m_file, qPrintable(error.detail()));
}

void TestRepositories::personRoundTripsEveryField()
{
    Media photo;
    photo.mimeType = QStringLiteral("image/jpeg");
    photo.data = QByteArray("jpeg");
    QVERIFY(!MediaRepository(*m_file).add(photo));
    Person p;
    p.fullName = QStringLiteral("مريم الأحمد 👵");
    p.knownAs = QStringLiteral("Nana");
    p.role = Person::Role::KinshipCarer;
    p.roleDetail = QStringLiteral("Mum's mum");
    p.photoId = photo.id;
    p.notes = QStringLiteral("Notes\nwith lines");
    p.childsWords = QStringLiteral("She is kind.");
    p.address = QStringLiteral("14 Larch Close");
    p.phone = QStringLiteral("01443 000 111");
    p.isPrivate = true;
    PersonRepository people(*m_file);
    QVERIFY(!people.add(p));
    QVERIFY(p.id > 0);
    reopen();
    PersonRepository again(*m_file);
    QCOMPARE(again.find(p.id), std::optional<Person>(p));
    p.knownAs = QString(200, QLatin1Char('N'));
    p.photoId = kNoId;
    QVERIFY(!again.update(p));
    QCOMPARE(again.find(p.id), std::optional<Person>(p));
}

void TestRepositories::relationshipRoundTripsEveryField()
{
    PersonRepository people(*m_file);
    Person a, b;
    a.fullName = QStringLiteral("A");
    b.fullName = QStringLiteral("B");
    QVERIFY(!people.add(a) && !people.add(b));
    Relationship toChild;
    toChild.personB = a.id;
    toChild.kind = Relationship::Kind::Stressful;
    toChild.direction = Relationship::Direction::BToA;
    toChild.contact = Relationship::Contact::Letterbox;
    toChild.contactNote = QStringLiteral("once a year");
    toChild.nextContact = QDate(2026, 12, 1);
    toChild.from = FuzzyDate::season(2015, FuzzyDate::Season::Summer);
    toChild.to = FuzzyDate::about(FuzzyDate::year(2020).first());
    toChild.notes = QStringLiteral("n");
    toChild.isPrivate = true;
    Relationship between;
    between.personA = a.id;
    between.personB = b.id;
    RelationshipRepository ties(*m_file);
    QVERIFY(!ties.add(toChild) && !ties.add(between));
    reopen();
    RelationshipRepository again(*m_file);
    QCOMPARE(again.find(toChild.id), std::optional<Relationship>(toChild));
    QCOMPARE(again.find(between.id), std::optional<Relationship>(between));
    QCOMPARE(again.all().size(), 2);
}

void TestRepositories::placementRoundTripsEveryField()
{
    PersonRepository people(*m_file);
    Person a, b;
    QVERIFY(!people.add(a) && !people.add(b));
    Placement p;
    p.placeName = QStringLiteral("Nana's house");
    p.type = Placement::Type::Kinship;
    p.from = FuzzyDate::month(2022, 8);
    p.carerIds = {b.id, a.id};
    p.school = QStringLiteral("Cefn Primary");
    p.address = QStringLiteral("addr");
    p.schoolAddress = QStringLiteral("school addr");
    p.leftReasonChildsWords = QStringLiteral("words");
    p.leftReasonRecord = QStringLiteral("record");
    p.cameReasonChildsWords = QStringLiteral("came words");
    p.cameReasonRecord = QStringLiteral("came record");
    p.isPrivate = true;
    PlacementRepository placements(*m_file);
    const StorageError added = placements.add(p);
    QVERIFY2(!added, qPrintable(added.detail()));
    reopen();
    PlacementRepository again(*m_file);
    QCOMPARE(again.find(p.id), std::optional<Placement>(p));
    QCOMPARE(again.all().value(0), p);
}

void TestRepositories::memoryRoundTripsEveryField()
{
    PersonRepository people(*m_file);
    Person a;
    QVERIFY(!people.add(a));
    Media m1, m2;
    m1.mimeType = m2.mimeType = QStringLiteral("image/png");
    m1.data = m2.data = QByteArray("png");
    MediaRepository media(*m_file);
    QVERIFY(!media.add(m1) && !media.add(m2));
    Placement place;
    QVERIFY(!PlacementRepository(*m_file).add(place));
    Memory m;
    m.title = QStringLiteral("Beach");
    m.date = FuzzyDate::between(FuzzyDate::year(2010).first(), FuzzyDate::month(2011, 2).first());
    m.childsWords = QStringLiteral("sand");
    m.feelings = {Memory::Feeling::Happy, Memory::Feeling::Confused};
    m.peopleIds = {a.id};
    m.placementId = place.id;
    m.mediaIds = {m2.id, m1.id};
    m.isPrivate = true;
    MemoryRepository memories(*m_file);
    QVERIFY(!memories.add(m));
    reopen();
    MemoryRepository again(*m_file);
    QCOMPARE(again.find(m.id), std::optional<Memory>(m));
    QCOMPARE(again.all().value(0), m);
}

void TestRepositories::mediaRoundTripsAndListsThumbnailsOnly()
{
    Media m;
    m.mimeType = QStringLiteral("image/jpeg");
    m.data = QByteArray(3 * 1024 * 1024, 'p');
    m.thumbnail = QByteArray("thumb");
    m.width = 4000;
    m.height = 3000;
    m.takenOn = FuzzyDate::day(2019, 3, 12);
    m.caption = QStringLiteral("At the park");
    m.originalName = QStringLiteral("IMG_0001.JPG");
    m.addedAt = QDateTime(QDate(2026, 11, 1), QTime(9, 30, 15, 250), Qt::UTC);
    m.isPrivate = true;
    MediaRepository media(*m_file);
    QVERIFY(!media.add(m));
    reopen();
    MediaRepository again(*m_file);
    QCOMPARE(again.find(m.id), std::optional<Media>(m));
    const QList<Media> thumbs = again.thumbnails();
    QCOMPARE(thumbs.size(), 1);
    QVERIFY(thumbs[0].data.isEmpty());
    QCOMPARE(thumbs[0].thumbnail, m.thumbnail);
    QCOMPARE(again.data(m.id), m.data);
}

void TestRepositories::eventRoundTripsEveryField()
{
    PersonRepository people(*m_file);
    Person a;
    QVERIFY(!people.add(a));
    Event e;
    e.type = Event::Type::CourtHearing;
    e.date = FuzzyDate::day(2021, 3, 9);
    e.title = QStringLiteral("Final hearing");
    e.details = QStringLiteral("Care order");
    e.outcome = QStringLiteral("granted");
    e.source = QStringLiteral("CF21C00123");
    e.impactOnChild = QStringLiteral("certainty");
    e.peopleIds = {a.id};
    e.isPrivate = true;
    EventRepository events(*m_file);
    QVERIFY(!events.add(e));
    reopen();
    EventRepository again(*m_file);
    QCOMPARE(again.find(e.id), std::optional<Event>(e));
    QCOMPARE(again.all().value(0), e);
}

void TestRepositories::voiceEntryRoundTripsEveryField()
{
    PersonRepository people(*m_file);
    Person helen, sue, nana;
    QVERIFY(!people.add(helen));
    QVERIFY(!people.add(sue));
    QVERIFY(!people.add(nana));
    Event review;
    review.type = Event::Type::Review;
    QVERIFY(!EventRepository(*m_file).add(review));
    VoiceEntry v;
    v.date = FuzzyDate::about(FuzzyDate::month(2026, 3).first());
    v.prompt = QStringLiteral("Who would you like to see more?");
    v.words = QStringLiteral("Tyler. Every week.\nAnd Ruby — letters.");
    v.given = VoiceEntry::Given::WrittenDownByAdult;
    v.saidToId = helen.id;
    v.writtenById = nana.id;
    v.presentIds = {sue.id, nana.id};
    v.topic = VoiceEntry::Topic::FamilyTime;
    v.feelings = {Memory::Feeling::Sad, Memory::Feeling::Loved};
    v.readBack = VoiceEntry::ReadBack::NotAgreed;
    v.readBackOn = QDate(2026, 3, 3);
    v.audiences = VoiceEntry::ReviewsAndCourt | VoiceEntry::Family;
    v.migrated = true;
    v.answeredByEventId = review.id;
    v.answer = QStringLiteral("Every two weeks from June.");
    v.outcome = VoiceEntry::Outcome::Partly;
    v.whyNot = QStringLiteral("Football on Saturdays.");
    v.toldToChild = true;
    v.toldOn = QDate(2026, 6, 1);
    VoiceRepository voice(*m_file);
    QVERIFY(!voice.add(v));
    QVERIFY(v.id != kNoId);
    reopen();
    VoiceRepository again(*m_file);
    QCOMPARE(again.find(v.id), std::optional<VoiceEntry>(v));
    QCOMPARE(again.all(), QList<VoiceEntry>{v});
    // An edit to every field the other way round comes back too.
    VoiceEntry w;
    w.id = v.id;
    w.words = QStringLiteral("Changed");
    QVERIFY(!again.update(w));
    QCOMPARE(again.find(v.id), std::optional<VoiceEntry>(w));
    QVERIFY(!again.remove(v.id));
    QVERIFY(!again.find(v.id));
    QVERIFY(again.all().isEmpty());
}

void TestRepositories::voiceEntryKeepsItsAnswerWhenTheReviewGoes()
{
    Person helen;
    QVERIFY(!PersonRepository(*m_file).add(helen));
    Event review;
    review.type = Event::Type::Review;
    QVERIFY(!EventRepository(*m_file).add(review));
    VoiceEntry v;
    v.words = QStringLiteral("More time with Tyler");
    v.saidToId = helen.id;
    v.presentIds = {helen.id};
    v.answeredByEventId = review.id;
    v.answer = QStringLiteral("Every two weeks");
    v.outcome = VoiceEntry::Outcome::Done;
    VoiceRepository voice(*m_file);
    QVERIFY(!voice.add(v));
    QVERIFY(!EventRepository(*m_file).remove(review.id));
    QVERIFY(!PersonRepository(*m_file).remove(helen.id));
    const VoiceEntry back = *voice.find(v.id);
    QCOMPARE(back.answeredByEventId, kNoId);
    QCOMPARE(back.answer, v.answer);
    QCOMPARE(back.outcome, VoiceEntry::Outcome::Done);
    QCOMPARE(back.saidToId, kNoId);
    QVERIFY(back.presentIds.isEmpty());
    QVERIFY(!m_file->checkIntegrity());
}

void TestRepositories::voiceEntryFromAHostileFileReadsAsSafeChoices()
{
    VoiceEntry v;
    v.words = QStringLiteral("words");
    VoiceRepository voice(*m_file);
    QVERIFY(!voice.add(v));
    QSqlQuery q(m_file->database());
    QVERIFY(q.exec(QStringLiteral("UPDATE voice_entry SET given = 99, topic = -3, read_back = 7, "
                                  "outcome = 250, audiences = 255, feelings = '1,x,40,-1', "
                                  "read_back_on = 'yesterday', date = 'soon'")));
    const VoiceEntry back = *voice.find(v.id);
    QCOMPARE(back.given, VoiceEntry::Given::NotRecorded);
    QCOMPARE(back.topic, VoiceEntry::Topic::NotChosen);
    QCOMPARE(back.readBack, VoiceEntry::ReadBack::NotYet);
    QCOMPARE(back.outcome, VoiceEntry::Outcome::NotAnswered);
    QCOMPARE(back.audiences, VoiceEntry::kAllAudiences);
    QCOMPARE(back.feelings, QList<Memory::Feeling>{Memory::Feeling::Excited});
    QVERIFY(!back.readBackOn.isValid());
    QVERIFY(back.date.isUnknown());
}

void TestRepositories::childAndLayoutRoundTrip()
{
    ChildProfile c;
    c.fullName = QStringLiteral("Maisie Rose Jones");
    c.knownAs = QStringLiteral("Maisie");
    c.born = FuzzyDate::day(QDate(2015, 5, 12));
    c.pronouns = QStringLiteral("she/her");
    c.allAboutMe = QStringLiteral("I like drawing");
    QVERIFY(!ChildRepository(*m_file).save(c));
    Person a;
    QVERIFY(!PersonRepository(*m_file).add(a));
    LayoutRepository layout(*m_file);
    QVERIFY(!layout.setPosition(a.id, QPointF(12.5, -40.25)));
    QVERIFY(!layout.setBookSetting(QStringLiteral("pageSize"), QStringLiteral("A4")));
    reopen();
    QCOMPARE(ChildRepository(*m_file).load(), c);
    LayoutRepository again(*m_file);
    QCOMPARE(again.positions().value(a.id), QPointF(12.5, -40.25));
    QCOMPARE(again.bookSetting(QStringLiteral("pageSize")), QStringLiteral("A4"));
    QCOMPARE(again.bookSetting(QStringLiteral("missing"), QStringLiteral("x")),
             QStringLiteral("x"));
}

void TestRepositories::groupRoundTripsAndLosesRemovedMembers()
{
    PersonRepository people(*m_file);
    Person a, b;
    QVERIFY(!people.add(a) && !people.add(b));
    EcomapGroup g{kNoId, QStringLiteral("Nana's house"), {b.id, a.id}};
    GroupRepository groups(*m_file);
    QVERIFY(!groups.add(g));
    reopen();
    GroupRepository again(*m_file);
    QCOMPARE(again.find(g.id), std::optional<EcomapGroup>(g));
    QVERIFY(!PersonRepository(*m_file).remove(b.id));
    QCOMPARE(again.find(g.id)->memberIds, QList<ItemId>({a.id}));
    QVERIFY(!again.remove(g.id));
    QVERIFY(!again.restore(g.id == kNoId ? g : EcomapGroup{g.id, g.name, {a.id}}));
    QCOMPARE(again.all().size(), 1);
}

void TestRepositories::deletingAPersonRemovesTheirTiesAndLinks()
{
    CaseContent demo = DemoCase::build();
    QVERIFY(!CaseContentIO::write(*m_file, demo));
    const ItemId tyler = demo.people[2].id;
    PersonRepository people(*m_file);
    QVERIFY(!people.remove(tyler));
    QVERIFY(!people.find(tyler));
    for (const Relationship &r : RelationshipRepository(*m_file).all())
        QVERIFY(r.personA != tyler && r.personB != tyler);
    for (const Memory &m : MemoryRepository(*m_file).all())
        QVERIFY(!m.peopleIds.contains(tyler));
    QVERIFY(!LayoutRepository(*m_file).positions().contains(tyler));
    QVERIFY(!m_file->checkIntegrity());
}

void TestRepositories::updatingAMissingItemIsAnError()
{
    Person ghost;
    ghost.id = 999;
    QVERIFY(PersonRepository(*m_file).update(ghost).isError());
    Memory m;
    m.id = 999;
    QVERIFY(MemoryRepository(*m_file).update(m).isError());
}

void TestRepositories::wholeDemoSurvivesCloseAndReopen()
{
    CaseContent demo = DemoCase::build();
    QVERIFY(!CaseContentIO::write(*m_file, demo));
    reopen();
    StorageError error;
    const CaseContent back = CaseContentIO::read(*m_file, true, &error);
    QVERIFY(!error);
    QCOMPARE(back.child, demo.child);
    QCOMPARE(back.people, demo.people);
    QCOMPARE(back.relationships, demo.relationships);
    QCOMPARE(back.ecomapPositions, demo.ecomapPositions);
    QCOMPARE(back.groups, demo.groups);
    QCOMPARE(back.groups.size(), 2);
    QCOMPARE(back.media.size(), demo.media.size());
    for (qsizetype i = 0; i < demo.media.size(); ++i)
        QCOMPARE(back.media[i], demo.media[i]);
    auto byId = [](auto list) {
        std::sort(list.begin(), list.end(),
                  [](const auto &x, const auto &y) { return x.id < y.id; });
        return list;
    };
    QCOMPARE(byId(back.placements), byId(demo.placements));
    QCOMPARE(byId(back.memories), byId(demo.memories));
    QCOMPARE(byId(back.events), byId(demo.events));
    QCOMPARE(byId(back.voice), byId(demo.voice));
    QCOMPARE(back.voice.size(), 4);
}

QTEST_MAIN(TestRepositories)
#include "tst_repositories.moc"
