// SPDX-License-Identifier: GPL-3.0-or-later
#include "democase.h"
#include "redaction.h"

#include <QRegularExpression>
#include <QTest>

namespace {

// Every piece of text in a case, to search for what must not be there.
QString allText(const CaseContent &c)
{
    QStringList parts{c.child.fullName, c.child.knownAs, c.child.allAboutMe};
    for (const VoiceEntry &v : c.voice)
        parts << v.prompt << v.words << v.answer << v.whyNot;
    for (const Person &p : c.people)
        parts << p.fullName << p.knownAs << p.roleDetail << p.notes << p.childsWords << p.address
              << p.phone;
    for (const Placement &p : c.placements)
        parts << p.placeName << p.school << p.address << p.schoolAddress << p.leftReasonChildsWords
              << p.leftReasonRecord << p.cameReasonChildsWords << p.cameReasonRecord;
    for (const Memory &m : c.memories)
        parts << m.title << m.childsWords;
    for (const Event &e : c.events)
        parts << e.title << e.details << e.outcome << e.source << e.impactOnChild;
    for (const Media &m : c.media)
        parts << m.caption;
    for (const EcomapGroup &g : c.groups)
        parts << g.name;
    return parts.join(QLatin1Char('\n'));
}

const Person &named(const CaseContent &c, const QString &knownAs)
{
    return *std::find_if(c.people.cbegin(), c.people.cend(),
                         [&](const Person &p) { return p.knownAs == knownAs; });
}

} // namespace

class TestRedaction : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_demo = DemoCase::build(); }
    void everyAudienceLeavesOutPrivateItemsAndContactDetails_data();
    void everyAudienceLeavesOutPrivateItemsAndContactDetails();
    void theCourtPackKeepsTheRecordTheChildsBookDoesNot();
    void theFamilyCopyDoesNotSayWhereTheChildLives();
    void aWithheldPersonIsGoneEverywhere();
    void nothingLeftPointsAtSomethingRemoved();
    void notAskedYetIsNotSaidToBeARefusal();
    void aRecordingStaysBehindWhereANameIsWithheld();

private:
    CaseContent m_demo;
};

void TestRedaction::everyAudienceLeavesOutPrivateItemsAndContactDetails_data()
{
    QTest::addColumn<int>("audience");
    QTest::newRow("child's book") << int(Redaction::Audience::ChildBook);
    QTest::newRow("family") << int(Redaction::Audience::Family);
    QTest::newRow("court") << int(Redaction::Audience::Court);
}

void TestRedaction::everyAudienceLeavesOutPrivateItemsAndContactDetails()
{
    QFETCH(int, audience);
    const auto r =
        Redaction::apply(m_demo, Redaction::Policy::forAudience(Redaction::Audience(audience)));
    const QString text = allText(r.content);
    QVERIFY(!text.contains(QStringLiteral("Larch Close")));
    QVERIFY(!text.contains(QStringLiteral("Mill Lane")));
    QVERIFY(!text.contains(QStringLiteral("01443")));
    QVERIFY(!text.contains(m_demo.memories[5].title)); // a private memory
    for (const Person &p : r.content.people)
        QVERIFY(!p.isPrivate);
    for (const Relationship &rel : r.content.relationships)
        QVERIFY(!rel.isPrivate);
    QVERIFY(r.leftOut.join(QLatin1Char(' ')).contains(QStringLiteral("private")));
    QVERIFY(r.leftOut.contains(QStringLiteral("Addresses and phone numbers")));
    // What is kept is kept whole: the child's own words about Nana are there.
    QVERIFY(text.contains(named(m_demo, QStringLiteral("Nana")).childsWords));
}

void TestRedaction::theCourtPackKeepsTheRecordTheChildsBookDoesNot()
{
    QString record;
    for (const Placement &p : m_demo.placements) {
        if (!p.leftReasonRecord.isEmpty())
            record = p.leftReasonRecord;
    }
    QVERIFY(!record.isEmpty());
    const auto court =
        Redaction::apply(m_demo, Redaction::Policy::forAudience(Redaction::Audience::Court));
    const auto book =
        Redaction::apply(m_demo, Redaction::Policy::forAudience(Redaction::Audience::ChildBook));
    QVERIFY(allText(court.content).contains(record));
    QVERIFY(!allText(book.content).contains(record));
}

void TestRedaction::theFamilyCopyDoesNotSayWhereTheChildLives()
{
    const Placement current = *std::find_if(m_demo.placements.cbegin(), m_demo.placements.cend(),
                                            [](const Placement &p) { return p.to.isUnknown(); });
    QVERIFY(!current.school.isEmpty());
    const auto family =
        Redaction::apply(m_demo, Redaction::Policy::forAudience(Redaction::Audience::Family));
    const QString text = allText(family.content);
    QVERIFY2(!text.contains(current.placeName), qPrintable(current.placeName));
    QVERIFY2(!text.contains(current.school), qPrintable(current.school));
    for (ItemId carer : current.carerIds) {
        const Person &p = *std::find_if(m_demo.people.cbegin(), m_demo.people.cend(),
                                        [&](const Person &person) { return person.id == carer; });
        QVERIFY2(!text.contains(p.fullName), qPrintable(p.fullName));
    }
    // A foster carer (not family) is left out whole: the name the child calls them and their
    // card on the map too (seen by a new user: "I live with Sue." was in the family copy).
    CaseContent fostered = m_demo;
    const ItemId carer = current.carerIds.first();
    Person *sue = nullptr;
    for (Person &p : fostered.people) {
        if (p.id == carer)
            sue = &p;
    }
    QVERIFY(sue);
    sue->role = Person::Role::FosterCarer;
    sue->knownAs = QStringLiteral("Auntie Sue");
    for (Placement &p : fostered.placements) {
        if (p.id == current.id)
            p.cameReasonChildsWords = QStringLiteral("I came to Auntie Sue's.");
    }
    const auto copy =
        Redaction::apply(fostered, Redaction::Policy::forAudience(Redaction::Audience::Family));
    const QString copyText = allText(copy.content);
    QVERIFY(!copyText.contains(QStringLiteral("Auntie Sue")));
    QVERIFY(copyText.contains(QStringLiteral("I came to [withheld]'s.")));
    QVERIFY(std::none_of(copy.content.people.cbegin(), copy.content.people.cend(),
                         [&](const Person &kept) { return kept.id == carer; }));
    QVERIFY(!copy.content.ecomapPositions.contains(carer));
    QVERIFY(copy.leftOut.join(u' ').contains(QStringLiteral("carers the child lives with now")));
    // The child's book still names it.
    const auto book =
        Redaction::apply(m_demo, Redaction::Policy::forAudience(Redaction::Audience::ChildBook));
    QVERIFY(allText(book.content).contains(current.placeName));
}

void TestRedaction::aWithheldPersonIsGoneEverywhere()
{
    const Person dad = named(m_demo, QStringLiteral("Dad"));
    Redaction::Policy policy = Redaction::Policy::forAudience(Redaction::Audience::Court);
    policy.withheldPeople = {dad.id};
    const auto r = Redaction::apply(m_demo, policy);
    const QString text = allText(r.content);
    QVERIFY(!text.contains(dad.fullName));
    // as a whole word, in any case
    QVERIFY(!text.contains(QRegularExpression(QStringLiteral("\\bdad\\b"),
                                              QRegularExpression::CaseInsensitiveOption)));
    QVERIFY(std::none_of(r.content.people.cbegin(), r.content.people.cend(),
                         [&](const Person &p) { return p.id == dad.id; }));
    // A word merely containing the name is left alone ("Daddy-long-legs" is not "Dad").
    CaseContent small;
    Person x;
    x.id = 7;
    x.knownAs = QStringLiteral("Al");
    small.people << x;
    small.child.allAboutMe = QStringLiteral("Al and Alice went to Albania. AL came too.");
    Redaction::Policy p2;
    p2.withheldPeople = {7};
    QCOMPARE(Redaction::apply(small, p2).content.child.allAboutMe,
             QStringLiteral("[withheld] and Alice went to Albania. [withheld] came too."));
}

void TestRedaction::nothingLeftPointsAtSomethingRemoved()
{
    Redaction::Policy policy = Redaction::Policy::forAudience(Redaction::Audience::Family);
    policy.withheldPeople = {named(m_demo, QStringLiteral("Tyler")).id};
    const auto r = Redaction::apply(m_demo, policy);
    QSet<ItemId> people{kChildId};
    for (const Person &p : r.content.people)
        people.insert(p.id);
    QSet<ItemId> media;
    for (const Media &m : r.content.media)
        media.insert(m.id);
    for (const Relationship &rel : r.content.relationships)
        QVERIFY(people.contains(rel.personA) && people.contains(rel.personB));
    for (const Memory &m : r.content.memories) {
        for (ItemId id : m.peopleIds)
            QVERIFY(people.contains(id));
        for (ItemId id : m.mediaIds)
            QVERIFY(media.contains(id));
    }
    for (auto it = r.content.ecomapPositions.cbegin(); it != r.content.ecomapPositions.cend(); ++it)
        QVERIFY(people.contains(it.key()));
    for (const EcomapGroup &g : r.content.groups)
        for (ItemId id : g.memberIds)
            QVERIFY(people.contains(id));
}

void TestRedaction::notAskedYetIsNotSaidToBeARefusal()
{
    CaseContent c;
    VoiceEntry asked;
    asked.id = 1;
    asked.words = QStringLiteral("Only for my social worker");
    asked.audiences = VoiceEntry::SocialWorker;
    VoiceEntry notAsked;
    notAsked.id = 2;
    notAsked.words = QStringLiteral("I like ducks");
    c.voice << asked << notAsked << notAsked;
    c.voice.last().id = 3;
    const auto r =
        Redaction::apply(c, Redaction::Policy::forAudience(Redaction::Audience::ChildBook));
    QVERIFY(r.content.voice.isEmpty());
    QVERIFY(r.leftOut.contains(
        QStringLiteral("1 thing the child said that they did not agree to share here")));
    QVERIFY(r.leftOut.contains(
        QStringLiteral("2 things the child said: nobody has asked them yet who may see them")));
}

void TestRedaction::aRecordingStaysBehindWhereANameIsWithheld()
{
    CaseContent c;
    Person dean;
    dean.id = 7;
    dean.fullName = QStringLiteral("Dean Walsh");
    c.people << dean;
    Media voice;
    voice.id = 5;
    voice.mimeType = QStringLiteral("audio/ogg; codecs=opus");
    voice.data = QByteArray("OggS…");
    c.media << voice;
    VoiceEntry said;
    said.id = 1;
    said.words = QStringLiteral("I don't want to see Dean Walsh");
    said.audiences = VoiceEntry::kAllAudiences;
    said.recordingId = voice.id;
    c.voice << said;
    Redaction::Policy policy = Redaction::Policy::forAudience(Redaction::Audience::Family);
    const auto kept = Redaction::apply(c, policy);
    QCOMPARE(kept.content.voice.first().recordingId, voice.id); // nobody withheld: it travels
    QCOMPARE(kept.content.media.size(), 1);
    policy.withheldPeople = {dean.id};
    const auto r = Redaction::apply(c, policy);
    QCOMPARE(r.content.voice.size(), 1);
    QCOMPARE(r.content.voice.first().recordingId, kNoId);
    QVERIFY(r.content.media.isEmpty());
    QVERIFY(!r.content.voice.first().words.contains(QStringLiteral("Dean")));
    QVERIFY(std::any_of(r.leftOut.cbegin(), r.leftOut.cend(), [](const QString &s) {
        return s.startsWith(QStringLiteral("Recordings in the child's own voice"));
    }));
}

QTEST_MAIN(TestRedaction)
#include "tst_redaction.moc"
