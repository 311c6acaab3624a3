// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casecontent.h"

#include <QCoreApplication>
#include <QSet>

// What a book may contain, by audience. Redaction works on the data *before* anything is laid
// out, so what is left out is absent from the output — never text hidden under a black box.
class Redaction
{
    Q_DECLARE_TR_FUNCTIONS(Redaction)

public:
    enum class Audience { ChildBook, Family, Court, Review };

    struct Policy
    {
        Audience audience = Audience::ChildBook;
        bool leaveOutPrivate = true;             // items marked private
        bool leaveOutContactDetails = true;      // addresses and phone numbers
        bool leaveOutRecordText = true;          // professional notes and recorded reasons
        bool withholdWhereTheChildLives = false; // the current home's name and school
        QSet<ItemId> withheldPeople;             // named people left out entirely
        QDate today = QDate::currentDate();      // a home starting later is a planned move
        // Which of the child's "who may see it" answers lets an entry in (see voiceConsent());
        // everythingTheChildSaid keeps every entry (the young person's own copy, a worker's).
        VoiceEntry::Audience voiceConsent = VoiceEntry::MeAndCarer;
        bool everythingTheChildSaid = false;
        bool keepLetter = false;      // books never carry it; a hand-over to adopters does
        bool keepUnusedMedia = false; // a book drops pictures nothing in it shows

        static Policy forAudience(Audience audience);
    };

    struct Result
    {
        CaseContent content;
        QStringList leftOut;       // plain sentences for the preview: what was left out and why
        QStringList withheldNames; // names replaced by withheldMark() wherever they appeared
    };

    static Result apply(const CaseContent &content, const Policy &policy);
    static QString withheldMark(); // what replaces a withheld name in running text
    // Every name the result withheld, replaced in other text (a hand-over letter, the name of
    // its sender) the same way as in the story.
    static QString scrub(const QString &text, const QStringList &names);
    static QString audienceName(Audience audience);
    // Professional layouts: the court pack and the review pack.
    static bool isProfessional(Audience audience)
    {
        return audience == Audience::Court || audience == Audience::Review;
    }
    // Which of the child's "who may see it" answers lets an entry into this audience's book.
    static VoiceEntry::Audience voiceConsent(Audience audience);
};
