// SPDX-License-Identifier: GPL-3.0-or-later
#include "handoverplan.h"

QString HandoverPlan::receiverName(Receiver receiver)
{
    switch (receiver) {
    case Receiver::NewCarers:
        return tr("New carers");
    case Receiver::AdoptiveFamily:
        return tr("An adoptive family");
    case Receiver::YoungPerson:
        return tr("The young person themself");
    case Receiver::BirthFamily:
        return tr("The birth family");
    case Receiver::Worker:
        return tr("Another worker");
    }
    return {};
}

QString HandoverPlan::whatTheyGet(Receiver receiver)
{
    switch (receiver) {
    case Receiver::NewCarers:
        return tr("The story to carry on with the child. Private items, addresses and phone "
                  "numbers, professional notes, and anything the child did not want their "
                  "carers to see stay here.");
    case Receiver::AdoptiveFamily:
        return tr("As for new carers, with the later life letter. Private items, addresses and "
                  "phone numbers, and professional notes stay here.");
    case Receiver::YoungPerson:
        return tr("Their own story when they leave care: everything they said, and the later "
                  "life letter. Private items, other people's addresses and professional notes "
                  "stay here.");
    case Receiver::BirthFamily:
        return tr("What the child agreed their family may see. Where the child lives now, "
                  "their carers, school and teachers, private items, addresses and professional "
                  "notes stay here.");
    case Receiver::Worker:
        return tr("Everything, including private items, addresses and professional notes, for "
                  "a social worker who takes the case on.");
    }
    return {};
}

Redaction::Policy HandoverPlan::policyFor(Receiver receiver, const QSet<ItemId> &leaveOut,
                                          const QDate &today)
{
    using A = Redaction::Audience;
    Redaction::Policy p;
    switch (receiver) {
    case Receiver::NewCarers:
        p = Redaction::Policy::forAudience(A::ChildBook);
        break;
    case Receiver::AdoptiveFamily:
        p = Redaction::Policy::forAudience(A::ChildBook);
        p.keepLetter = true; // written for the child, kept by the adopters until they are ready
        break;
    case Receiver::YoungPerson:
        p = Redaction::Policy::forAudience(A::ChildBook);
        p.everythingTheChildSaid = true; // their own words are theirs
        p.keepLetter = true;
        break;
    case Receiver::BirthFamily:
        p = Redaction::Policy::forAudience(A::Family);
        break;
    case Receiver::Worker:
        p = Redaction::Policy::forAudience(A::Court);
        p.leaveOutPrivate = false;
        p.leaveOutContactDetails = false;
        p.leaveOutRecordText = false;
        p.everythingTheChildSaid = true;
        p.keepLetter = true;
        p.keepUnusedMedia = true;
        break;
    }
    p.withheldPeople = leaveOut;
    p.today = today;
    return p;
}

Redaction::Result HandoverPlan::contentFor(const CaseContent &content, Receiver receiver,
                                           const QSet<ItemId> &leaveOut, const QDate &today)
{
    return Redaction::apply(content, policyFor(receiver, leaveOut, today));
}

QString HandoverPlan::receiverKey(Receiver receiver)
{
    switch (receiver) {
    case Receiver::NewCarers:
        return QStringLiteral("new-carers");
    case Receiver::AdoptiveFamily:
        return QStringLiteral("adopters");
    case Receiver::YoungPerson:
        return QStringLiteral("young-person");
    case Receiver::BirthFamily:
        return QStringLiteral("birth-family");
    case Receiver::Worker:
        return QStringLiteral("worker");
    }
    return {};
}

std::optional<HandoverPlan::Receiver> HandoverPlan::receiverFromKey(const QString &key)
{
    for (int i = 0; i < HandoverRecord::kReceiverCount; ++i) {
        if (receiverKey(Receiver(i)) == key)
            return Receiver(i);
    }
    return std::nullopt;
}
