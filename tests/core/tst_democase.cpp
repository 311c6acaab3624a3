// SPDX-License-Identifier: GPL-3.0-or-later
#include "democase.h"
#include "voicerules.h"

#include <QGuiApplication>
#include <QImage>
#include <QSet>
#include <QTest>

class TestDemoCase : public QObject
{
    Q_OBJECT

private slots:
    void demoTellsACompleteStory();
    void demoIdsAreConsistent();
    void demoPicturesDecode();
    void generatorBuildsTheSizeAskedFor();
};

void TestDemoCase::demoTellsACompleteStory()
{
    const CaseContent c = DemoCase::build();
    QCOMPARE(c.child.knownAs, QStringLiteral("Maisie"));
    QCOMPARE(c.memories.size(), 20);
    int carePlacements = 0;
    for (const Placement &p : c.placements) {
        if (p.type != Placement::Type::LivingAtHome)
            ++carePlacements;
    }
    QCOMPARE(carePlacements, 4); // three homes in care, and a move still to come
    QCOMPARE(c.movePlans.size(), 3);
    const auto countRole = [&c](Person::Role role) {
        return std::count_if(c.people.cbegin(), c.people.cend(),
                             [role](const Person &p) { return p.role == role; });
    };
    QCOMPARE(countRole(Person::Role::Sibling), 2);
    QCOMPARE(countRole(Person::Role::SocialWorker), 2);
    QCOMPARE(countRole(Person::Role::KinshipCarer), 1);
    QCOMPARE(countRole(Person::Role::Pet), 1);
    QVERIFY(countRole(Person::Role::Iro) == 1 && countRole(Person::Role::Therapist) == 1);
    // sensitive fields exist so redaction has something to do
    QVERIFY(std::any_of(c.placements.cbegin(), c.placements.cend(),
                        [](const Placement &p) { return !p.schoolAddress.isEmpty(); }));
    QVERIFY(std::any_of(c.people.cbegin(), c.people.cend(),
                        [](const Person &p) { return !p.address.isEmpty(); }));
    // every event type used by the chronology is present
    QSet<Event::Type> types;
    for (const Event &e : c.events)
        types.insert(e.type);
    for (Event::Type t : {Event::Type::Contact, Event::Type::Review, Event::Type::CourtHearing,
                          Event::Type::WorkerChange})
        QVERIFY(types.contains(t));
    // all dates are valid and memories are not in the future
    for (const Memory &m : c.memories) {
        QVERIFY(m.date.isValid() && !m.date.isUnknown());
        QVERIFY(m.date.representativeDay() <= DemoCase::referenceDate());
    }
    // The child's voice, the loop closed: a wish to see Tyler more, answered by a review, the
    // answer told to Maisie; one worry kept from her family; one wish still waiting.
    QSet<ItemId> reviews;
    for (const Event &e : c.events) {
        if (e.type == Event::Type::Review)
            reviews.insert(e.id);
    }
    const auto tyler = std::find_if(c.voice.cbegin(), c.voice.cend(), [](const VoiceEntry &v) {
        return v.words.contains(QStringLiteral("Tyler"));
    });
    QVERIFY(tyler != c.voice.cend());
    QVERIFY(reviews.contains(tyler->answeredByEventId));
    QVERIFY(!tyler->answer.isEmpty() && tyler->toldToChild && tyler->toldOn.isValid());
    QCOMPARE(std::count_if(c.voice.cbegin(), c.voice.cend(),
                           [](const VoiceEntry &v) { return !v.mayBeSeenBy(VoiceEntry::Family); }),
             1);
    QCOMPARE(VoiceRules::waiting(c.voice, c.events, DemoCase::referenceDate()).size(), 1);
    for (const VoiceEntry &v : c.voice) {
        QVERIFY(VoiceRules::wordsProblem(v.words).isEmpty());
        QVERIFY(v.date.representativeDay() <= DemoCase::referenceDate());
        QVERIFY(v.saidToId == kNoId ||
                std::any_of(c.people.cbegin(), c.people.cend(),
                            [&](const Person &p) { return p.id == v.saidToId; }));
    }
}

void TestDemoCase::demoIdsAreConsistent()
{
    const CaseContent c = DemoCase::build();
    QSet<ItemId> people;
    for (const Person &p : c.people)
        people.insert(p.id);
    QCOMPARE(people.size(), c.people.size());
    for (const Relationship &r : c.relationships) {
        QVERIFY(r.personA == kChildId || people.contains(r.personA));
        QVERIFY(people.contains(r.personB));
    }
    for (const Memory &m : c.memories) {
        for (ItemId id : m.peopleIds)
            QVERIFY(people.contains(id));
        for (ItemId id : m.mediaIds)
            QVERIFY(id >= 1 && id <= c.media.size());
    }
    for (auto it = c.ecomapPositions.cbegin(); it != c.ecomapPositions.cend(); ++it)
        QVERIFY(people.contains(it.key()));
}

void TestDemoCase::demoPicturesDecode()
{
    const CaseContent c = DemoCase::build();
    QCOMPARE(c.media.size(), 20);
    for (const Media &m : c.media) {
        const QImage image = QImage::fromData(m.data);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(m.width, m.height));
        const QImage thumb = QImage::fromData(m.thumbnail);
        QVERIFY(!thumb.isNull());
        QVERIFY(thumb.width() <= 256 && thumb.height() <= 256);
    }
}

void TestDemoCase::generatorBuildsTheSizeAskedFor()
{
    DemoCase::Size size;
    size.people = 300;
    size.memories = 1000;
    size.photos = 12;
    size.placements = 30;
    size.photoSize = QSize(64, 48);
    const CaseContent c = DemoCase::generate(size);
    QCOMPARE(c.people.size(), 300);
    QCOMPARE(c.relationships.size(), 300);
    QCOMPARE(c.memories.size(), 1000);
    QCOMPARE(c.media.size(), 12);
    QCOMPARE(c.placements.size(), 30);
    QVERIFY(c.placements.last().to.isUnknown());
    // deterministic
    QCOMPARE(DemoCase::generate(size).memories, c.memories);
}

QTEST_MAIN(TestDemoCase)
#include "tst_democase.moc"
