// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fuzzydate.h"
#include "ids.h"
#include "memory.h"

#include <QDate>
#include <QList>
#include <QString>

// Something the child said about their life — a wish, a worry, a good thing — in their own
// words, with who heard it, who the child agreed may see it, and what happened because they
// said it. Many over time, not one box filled by an adult.
struct VoiceEntry
{
    // The Three Houses frame (worries, good things, dreams) and the places children talk about.
    enum class Topic : quint8 {
        NotChosen,
        Worries,
        GoodThings,
        Dreams,
        Home,
        FamilyTime,
        School,
        Health,
        Other
    };
    static constexpr int kTopicCount = int(Topic::Other) + 1;

    enum class Given : quint8 { NotRecorded, TypedByChild, WrittenDownByAdult, Drawn, OwnVoice };
    static constexpr int kGivenCount = int(Given::OwnVoice) + 1;

    enum class ReadBack : quint8 { NotYet, Agreed, NotAgreed };

    // Who the child agreed may see it: each a separate yes. None means nobody asked yet, and
    // the entry stays in the case file only.
    enum Audience : quint8 {
        MeAndCarer = 0x1, // the child's own book
        SocialWorker = 0x2,
        ReviewsAndCourt = 0x4,
        Family = 0x8,
    };
    static constexpr quint8 kAllAudiences = MeAndCarer | SocialWorker | ReviewsAndCourt | Family;

    enum class Outcome : quint8 { NotAnswered, Done, Partly, NotPossible };

    ItemId id = kNoId;
    FuzzyDate date; // when it was said
    QString prompt; // the question asked, if any
    QString words;  // verbatim
    Given given = Given::NotRecorded;
    ItemId saidToId = kNoId;    // a person in the case
    ItemId writtenById = kNoId; // ignored when the child typed it
    QList<ItemId> presentIds;   // who else was there
    Topic topic = Topic::NotChosen;
    QList<Memory::Feeling> feelings;
    ReadBack readBack = ReadBack::NotYet;
    QDate readBackOn;
    quint8 audiences = 0;
    bool migrated = false;      // came from the single "wishes and feelings" box of older files
    ItemId recordingId = kNoId; // what they said in their own voice (a Media recording)
    // The child chose "I don't want to say": a choice, kept as one, not as words they said.
    bool declined = false;
    // The worry meter: how big the worry feels, 1 (a tiny bit) to 5 (really big); 0 not asked.
    int worrySize = 0;
    static constexpr int kWorrySizes = 5;

    // What happened next. The review may later be removed: the answer's words stay.
    ItemId answeredByEventId = kNoId;
    QString answer; // in words the child understands
    Outcome outcome = Outcome::NotAnswered;
    QString whyNot; // for partly or not possible
    bool toldToChild = false;
    QDate toldOn;

    bool mayBeSeenBy(Audience audience) const { return (audiences & audience) != 0; }
    bool isAnswered() const { return outcome != Outcome::NotAnswered || !answer.isEmpty(); }
    bool operator==(const VoiceEntry &) const = default;
};
