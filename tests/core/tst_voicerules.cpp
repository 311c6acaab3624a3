// SPDX-License-Identifier: GPL-3.0-or-later
#include "voicerules.h"

#include <QTest>

class TestVoiceRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void emptyWordsAreRefusedWithAMessage();
    void anUnansweredEntryWaitsOnceAReviewHasHappened();
    void attributionSaysWhoHeardWroteAndAgreed();
    void attributionLeavesOutPeopleNoLongerThere();
    void everyChoiceHasWords();
};

namespace {
Event decision(ItemId id, Event::Type type, QDate day)
{
    Event e;
    e.id = id;
    e.type = type;
    e.date = FuzzyDate::day(day);
    return e;
}

VoiceEntry said(ItemId id, const FuzzyDate &date)
{
    VoiceEntry v;
    v.id = id;
    v.date = date;
    v.words = QStringLiteral("words");
    return v;
}
} // namespace

void TestVoiceRules::emptyWordsAreRefusedWithAMessage()
{
    QVERIFY(!VoiceRules::wordsProblem(QString()).isEmpty());
    QVERIFY(!VoiceRules::wordsProblem(QStringLiteral("  \n\t ")).isEmpty());
    QVERIFY(VoiceRules::wordsProblem(QStringLiteral("I want a dog")).isEmpty());
}

void TestVoiceRules::anUnansweredEntryWaitsOnceAReviewHasHappened()
{
    const QDate today(2026, 6, 1);
    const QList<Event> events{decision(10, Event::Type::Contact, QDate(2026, 3, 5)),
                              decision(11, Event::Type::Review, QDate(2026, 3, 20)),
                              decision(12, Event::Type::CourtHearing, QDate(2026, 5, 1)),
                              decision(13, Event::Type::Review, QDate(2026, 9, 1))};
    VoiceEntry early = said(1, FuzzyDate::day(2026, 3, 1));
    VoiceEntry sameDay = said(2, FuzzyDate::day(2026, 3, 20));
    VoiceEntry between = said(3, FuzzyDate::day(2026, 4, 2));
    VoiceEntry afterAll = said(4, FuzzyDate::day(2026, 5, 15)); // next review not yet held
    VoiceEntry answered = said(5, FuzzyDate::day(2026, 3, 1));
    answered.answer = QStringLiteral("Agreed");
    VoiceEntry outcomeOnly = said(6, FuzzyDate::day(2026, 3, 1));
    outcomeOnly.outcome = VoiceEntry::Outcome::NotPossible;
    VoiceEntry undated = said(7, FuzzyDate());
    const QHash<ItemId, ItemId> waiting = VoiceRules::waiting(
        {early, sameDay, between, afterAll, answered, outcomeOnly, undated}, events, today);
    QCOMPARE(waiting.value(1), ItemId(11)); // the first review after it, not the contact
    QCOMPARE(waiting.value(2), ItemId(11));
    QCOMPARE(waiting.value(3), ItemId(12)); // a hearing decides too
    QVERIFY(!waiting.contains(4));
    QVERIFY(!waiting.contains(5));
    QVERIFY(!waiting.contains(6));
    QVERIFY(!waiting.contains(7));
    QCOMPARE(waiting.size(), 3);
    // Nothing has waited before any review took place.
    QVERIFY(VoiceRules::waiting({early}, events, QDate(2026, 3, 19)).isEmpty());
}

void TestVoiceRules::attributionSaysWhoHeardWroteAndAgreed()
{
    QHash<ItemId, Person> people;
    Person helen;
    helen.id = 1;
    helen.fullName = QStringLiteral("Helen Price");
    helen.role = Person::Role::SocialWorker;
    Person sue;
    sue.id = 2;
    sue.knownAs = QStringLiteral("Sue");
    sue.role = Person::Role::Other;
    people.insert(1, helen);
    people.insert(2, sue);
    VoiceEntry v = said(1, FuzzyDate::day(2026, 3, 3));
    v.saidToId = 1;
    v.presentIds = {1, 2};
    v.given = VoiceEntry::Given::WrittenDownByAdult;
    v.writtenById = 1;
    v.readBack = VoiceEntry::ReadBack::Agreed;
    v.readBackOn = QDate(2026, 3, 3);
    QCOMPARE(VoiceRules::attribution(v, people, QStringLiteral("Maisie")),
             QStringLiteral("Said to Helen Price (social worker), with Sue present. Written down "
                            "by Helen Price (social worker). Read back and agreed on 3 March "
                            "2026."));
    v.given = VoiceEntry::Given::TypedByChild;
    v.readBack = VoiceEntry::ReadBack::NotAgreed;
    v.readBackOn = QDate();
    v.migrated = true;
    const QString typed = VoiceRules::attribution(v, people, QStringLiteral("Maisie"));
    QVERIFY(typed.contains(QStringLiteral("Typed by Maisie.")));
    QVERIFY(typed.contains(QStringLiteral("Maisie did not agree it was right.")));
    QVERIFY(typed.contains(QStringLiteral("older case file")));
    v.readBack = VoiceEntry::ReadBack::NotYet;
    // What the child typed needs no reading back; what an adult wrote down does.
    QVERIFY(!VoiceRules::attribution(v, people, QStringLiteral("Maisie"))
                 .contains(QStringLiteral("read back")));
    v.given = VoiceEntry::Given::WrittenDownByAdult;
    QVERIFY(VoiceRules::attribution(v, people, QStringLiteral("Maisie"))
                .contains(QStringLiteral("Not yet read back.")));
}

void TestVoiceRules::attributionLeavesOutPeopleNoLongerThere()
{
    VoiceEntry v = said(1, FuzzyDate::day(2026, 3, 3));
    v.saidToId = 40;
    v.presentIds = {41};
    v.given = VoiceEntry::Given::WrittenDownByAdult;
    v.writtenById = 40;
    QCOMPARE(VoiceRules::attribution(v, {}, QStringLiteral("Maisie")),
             QStringLiteral("Written down by an adult. Not yet read back."));
}

void TestVoiceRules::everyChoiceHasWords()
{
    QSet<QString> topics;
    for (int i = 0; i < VoiceEntry::kTopicCount; ++i)
        topics.insert(VoiceRules::topicName(VoiceEntry::Topic(i)));
    QCOMPARE(topics.size(), VoiceEntry::kTopicCount);
    for (int i = 0; i < VoiceEntry::kGivenCount; ++i)
        QVERIFY(!VoiceRules::givenName(VoiceEntry::Given(i)).isEmpty());
    for (VoiceEntry::Audience a : VoiceRules::audiences()) {
        QVERIFY(!VoiceRules::audienceName(a, true).isEmpty());
        QVERIFY(!VoiceRules::audienceName(a, false).isEmpty());
    }
    QCOMPARE(VoiceRules::audiencesSummary(0), QStringLiteral("Not asked yet"));
    QCOMPARE(VoiceRules::audiencesSummary(VoiceEntry::SocialWorker | VoiceEntry::Family),
             QStringLiteral("Social worker and Family (family copy)"));
    QVERIFY(VoiceRules::prompts().size() >= 4);
}

QTEST_GUILESS_MAIN(TestVoiceRules)
#include "tst_voicerules.moc"
