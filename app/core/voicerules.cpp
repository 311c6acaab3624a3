// SPDX-License-Identifier: GPL-3.0-or-later
#include "voicerules.h"

#include "vocabulary.h"

#include <QLocale>

QString VoiceRules::topicName(VoiceEntry::Topic topic)
{
    using T = VoiceEntry::Topic;
    switch (topic) {
    case T::NotChosen:
        return tr("No topic chosen");
    case T::Worries:
        return tr("Worries");
    case T::GoodThings:
        return tr("Good things");
    case T::Dreams:
        return tr("Dreams and wishes");
    case T::Home:
        return tr("Home");
    case T::FamilyTime:
        return tr("Family time");
    case T::School:
        return tr("School");
    case T::Health:
        return tr("Health");
    case T::Other:
        return tr("Something else");
    }
    return {};
}

QString VoiceRules::givenName(VoiceEntry::Given given)
{
    using G = VoiceEntry::Given;
    switch (given) {
    case G::NotRecorded:
        return tr("Not recorded");
    case G::TypedByChild:
        return tr("Typed by the child");
    case G::WrittenDownByAdult:
        return tr("Said, and written down by an adult");
    case G::Drawn:
        return tr("Drawn");
    case G::OwnVoice:
        return tr("Recorded in their own voice");
    }
    return {};
}

QString VoiceRules::outcomeName(VoiceEntry::Outcome outcome)
{
    using O = VoiceEntry::Outcome;
    switch (outcome) {
    case O::NotAnswered:
        return tr("Not answered yet");
    case O::Done:
        return tr("Listened to and done");
    case O::Partly:
        return tr("Partly done");
    case O::NotPossible:
        return tr("Not possible");
    }
    return {};
}

QString VoiceRules::audienceName(VoiceEntry::Audience audience, bool childsWords)
{
    switch (audience) {
    case VoiceEntry::MeAndCarer:
        return childsWords ? tr("My carer and me, in my own book")
                           : tr("Child and carer (child's book)");
    case VoiceEntry::SocialWorker:
        return childsWords ? tr("My social worker") : tr("Social worker");
    case VoiceEntry::ReviewsAndCourt:
        return childsWords ? tr("Reviews and court") : tr("Reviews and court");
    case VoiceEntry::Family:
        return childsWords ? tr("My family") : tr("Family (family copy)");
    }
    return {};
}

QList<VoiceEntry::Audience> VoiceRules::audiences()
{
    return {VoiceEntry::MeAndCarer, VoiceEntry::SocialWorker, VoiceEntry::ReviewsAndCourt,
            VoiceEntry::Family};
}

QString VoiceRules::briefAudienceName(VoiceEntry::Audience audience)
{
    switch (audience) {
    case VoiceEntry::MeAndCarer:
        return tr("Child's book");
    case VoiceEntry::SocialWorker:
        return tr("Worker");
    case VoiceEntry::ReviewsAndCourt:
        return tr("Review, court");
    case VoiceEntry::Family:
        return tr("Family");
    }
    return {};
}

QString VoiceRules::audiencesSummary(quint8 audiences, bool brief)
{
    QStringList names;
    for (VoiceEntry::Audience a : VoiceRules::audiences()) {
        if (audiences & a)
            names << (brief ? briefAudienceName(a) : audienceName(a, false));
    }
    if (brief && !names.isEmpty())
        return names.join(QStringLiteral(" · "));
    if (names.isEmpty())
        return tr("Not asked yet");
    return QLocale().createSeparatedList(names);
}

QStringList VoiceRules::prompts()
{
    return {tr("What's good at the moment?"),
            tr("What worries you?"),
            tr("If you could wish for anything, what would it be?"),
            tr("Who would you like to see more?"),
            tr("Who would you like to see less?"),
            tr("What would make home better?"),
            tr("How is school going?")};
}

QString VoiceRules::worrySizeName(int size)
{
    switch (size) {
    case 1:
        return tr("a tiny bit");
    case 2:
        return tr("a little");
    case 3:
        return tr("medium");
    case 4:
        return tr("quite big");
    case 5:
        return tr("really big");
    default:
        return {};
    }
}

QString VoiceRules::worryInWords(int size)
{
    if (size < 1 || size > VoiceEntry::kWorrySizes)
        return {};
    return tr("How big the worry felt: %1 (%2 of %3)")
        .arg(worrySizeName(size))
        .arg(size)
        .arg(VoiceEntry::kWorrySizes);
}

QString VoiceRules::feelingsInWords(const QList<Memory::Feeling> &feelings)
{
    QStringList names;
    for (Memory::Feeling f : feelings)
        names << Vocabulary::feelingName(f).toLower();
    return QLocale().createSeparatedList(names);
}

QString VoiceRules::oneLine(const QString &words, int most)
{
    const QString line = words.simplified();
    return line.size() > most ? line.left(most - 3) + QStringLiteral("…") : line;
}

QString VoiceRules::wordsProblem(const QString &words)
{
    if (words.trimmed().isEmpty())
        return tr("Write down what was said, in the child's own words.");
    return {};
}

QHash<ItemId, ItemId> VoiceRules::waiting(const QList<VoiceEntry> &entries,
                                          const QList<Event> &events, QDate today)
{
    QList<const Event *> decisions;
    for (const Event &e : events) {
        if ((e.type == Event::Type::Review || e.type == Event::Type::CourtHearing) &&
            !e.date.isUnknown() && e.date.representativeDay() <= today)
            decisions << &e;
    }
    std::sort(decisions.begin(), decisions.end(), [](const Event *a, const Event *b) {
        return a->date.representativeDay() < b->date.representativeDay();
    });
    QHash<ItemId, ItemId> result;
    for (const VoiceEntry &entry : entries) {
        if (entry.isAnswered() || entry.date.isUnknown())
            continue;
        // A review the same day may well have heard it: the entry is said "before" it.
        const QDate said = entry.date.representativeDay();
        for (const Event *e : decisions) {
            if (e->date.representativeDay() >= said) {
                result.insert(entry.id, e->id);
                break;
            }
        }
    }
    return result;
}

QString VoiceRules::attribution(const VoiceEntry &entry, const QHash<ItemId, Person> &people,
                                const QString &childName)
{
    auto named = [&](ItemId id) -> QString {
        const auto it = people.constFind(id);
        if (it == people.constEnd())
            return {};
        const QString name = it->fullName.isEmpty() ? it->displayName() : it->fullName;
        if (it->role == Person::Role::Other || it->role == Person::Role::NotSure)
            return name;
        return tr("%1 (%2)").arg(name, Vocabulary::roleName(it->role).toLower());
    };
    QStringList sentences;
    const QString saidTo = named(entry.saidToId);
    QStringList present;
    for (ItemId id : entry.presentIds) {
        const QString name = named(id);
        if (!name.isEmpty() && id != entry.saidToId)
            present << name;
    }
    const QString others = QLocale().createSeparatedList(present);
    if (!saidTo.isEmpty() && !present.isEmpty())
        sentences << tr("Said to %1, with %2 present.").arg(saidTo, others);
    else if (!saidTo.isEmpty())
        sentences << tr("Said to %1.").arg(saidTo);
    else if (!present.isEmpty())
        sentences << tr("With %1 present.").arg(others);

    // "I don't want to say" was chosen, not typed: nothing to say about how it was given.
    switch (entry.declined ? VoiceEntry::Given::NotRecorded : entry.given) {
    case VoiceEntry::Given::TypedByChild:
        sentences << tr("Typed by %1.").arg(childName);
        break;
    case VoiceEntry::Given::Drawn:
        sentences << tr("Drawn by %1.").arg(childName);
        break;
    case VoiceEntry::Given::OwnVoice:
        sentences << tr("Recorded in %1's own voice.").arg(childName);
        break;
    case VoiceEntry::Given::WrittenDownByAdult: {
        const QString writer = named(entry.writtenById);
        sentences << (writer.isEmpty() ? tr("Written down by an adult.")
                                       : tr("Written down by %1.").arg(writer));
        break;
    }
    case VoiceEntry::Given::NotRecorded:
        break;
    }

    const QString on =
        entry.readBackOn.isValid() ? FuzzyDate::day(entry.readBackOn).toDisplayString() : QString();
    switch (entry.readBack) {
    case VoiceEntry::ReadBack::Agreed:
        sentences << (on.isEmpty() ? tr("Read back and agreed.")
                                   : tr("Read back and agreed on %1.").arg(on));
        break;
    case VoiceEntry::ReadBack::NotAgreed:
        sentences
            << (on.isEmpty()
                    ? tr("Read back; %1 did not agree it was right.").arg(childName)
                    : tr("Read back on %1; %2 did not agree it was right.").arg(on, childName));
        break;
    case VoiceEntry::ReadBack::NotYet:
        // Only words someone else wrote down need reading back.
        if (entry.given == VoiceEntry::Given::WrittenDownByAdult ||
            entry.given == VoiceEntry::Given::NotRecorded)
            sentences << tr("Not yet read back.");
        break;
    }
    if (entry.migrated)
        sentences << tr("Moved from the single wishes and feelings box of an older case file.");
    return sentences.join(QLatin1Char(' '));
}
