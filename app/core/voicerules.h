// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event.h"
#include "person.h"
#include "voiceentry.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

// The words and rules of the child's voice: names for its choices (in the child's words and
// in a professional's), the prompts to start from, which entries wait for an answer, and the
// attribution line a review or court reads under each quote.
class VoiceRules
{
    Q_DECLARE_TR_FUNCTIONS(VoiceRules)

public:
    static QString topicName(VoiceEntry::Topic topic);
    static QString givenName(VoiceEntry::Given given);
    static QString outcomeName(VoiceEntry::Outcome outcome);
    // "My carer and me" in the child's words; "Child and carer (child's book)" for adults.
    static QString audienceName(VoiceEntry::Audience audience, bool childsWords);
    static QList<VoiceEntry::Audience> audiences();
    // "Child and carer (child's book), reviews and court", or "Not asked yet"; `brief` uses
    // one or two words each, for a column.
    static QString audiencesSummary(quint8 audiences, bool brief = false);
    static QString briefAudienceName(VoiceEntry::Audience audience);

    // Child-friendly questions to start from; translated, and the adult may change them.
    static QStringList prompts();

    // "sad and mixed up": the feelings in running text.
    static QString feelingsInWords(const QList<Memory::Feeling> &feelings);
    // The worry meter's answer, 1..5: "How big the worry felt: quite big (4 of 5)".
    static QString worrySizeName(int size); // "quite big"
    static QString worryInWords(int size);
    // The words on one line, cut with "…" after `most` characters (for lists and questions).
    static QString oneLine(const QString &words, int most);

    // Words are required; nothing else is.
    static QString wordsProblem(const QString &words);

    // An entry said before a review or hearing that has taken place (by `today`) and still
    // has no answer is waiting. Maps each waiting entry to the first such event.
    static QHash<ItemId, ItemId> waiting(const QList<VoiceEntry> &entries,
                                         const QList<Event> &events, QDate today);

    // "Said to Helen Price (social worker), with Sue present. Typed by Helen Price. Read back
    // and agreed on 3 March 2026." People not in `people` (removed or withheld) are left out.
    static QString attribution(const VoiceEntry &entry, const QHash<ItemId, Person> &people,
                               const QString &childName);
};
