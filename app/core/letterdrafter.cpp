// SPDX-License-Identifier: GPL-3.0-or-later
#include "letterdrafter.h"

#include "movewords.h"
#include "redaction.h"
#include "vocabulary.h"

#include <algorithm>

namespace {

constexpr int kMostMemories = 6;
constexpr int kMostSayings = 4;

// "Big brother, 14" inside a sentence.
QString lowerFirst(QString s)
{
    if (s.size() > 1 && s.at(0).isUpper() && s.at(1).isLower())
        s[0] = s.at(0).toLower();
    return s;
}

QString quoted(const QString &words)
{
    return LetterDrafter::tr("“%1”").arg(words.trimmed());
}

} // namespace

LetterDrafter::LetterDrafter(const CaseContent &content, LaterLifeLetter::Care care, QDate today,
                             const QLocale &locale)
    : m_care(care)
    , m_today(today)
    , m_locale(locale)
{
    Redaction::Policy policy = Redaction::Policy::forAudience(Redaction::Audience::ChildBook);
    policy.today = today;
    m_content = Redaction::apply(content, policy).content;
}

QStringList LetterDrafter::draft(LetterSection::Kind kind) const
{
    using K = LetterSection::Kind;
    switch (kind) {
    case K::Birth:
        return birth();
    case K::BirthFamily:
        return birthFamily();
    case K::Homes:
        return homes();
    case K::Decisions:
        return decisions();
    case K::FamilySaid:
        return {}; // only the writer knows what was said: the case does not record it
    case K::Siblings:
        return siblings();
    case K::WhatYouWereLike:
        return whatYouWereLike();
    case K::ContactLater:
        return contactLater();
    }
    return {};
}

const Person *LetterDrafter::person(ItemId id) const
{
    for (const Person &p : m_content.people) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

QString LetterDrafter::names(const QList<ItemId> &ids) const
{
    QStringList out;
    for (ItemId id : ids) {
        if (const Person *p = person(id))
            out << p->displayName();
    }
    if (out.size() < 2)
        return out.join(QString());
    const QString last = out.takeLast();
    return tr("%1 and %2").arg(out.join(tr(", ")), last);
}

QString LetterDrafter::when(const FuzzyDate &date) const
{
    const QString text = date.toDisplayString(m_locale);
    if (date.qualifier() == FuzzyDate::Qualifier::Exact &&
        date.first().precision == FuzzyDate::Precision::Day)
        return tr("on %1").arg(text);
    if (date.qualifier() == FuzzyDate::Qualifier::Exact)
        return tr("in %1").arg(text);
    return text; // "about 2015", "between … and …" read well on their own
}

QStringList LetterDrafter::birth() const
{
    QStringList out;
    const ChildProfile &c = m_content.child;
    QString sentence;
    if (!c.born.isUnknown())
        sentence = tr("You were born %1.").arg(when(c.born));
    if (!c.fullName.isEmpty() && !c.knownAs.isEmpty() && c.knownAs != c.fullName)
        sentence +=
            (sentence.isEmpty() ? QString() : QStringLiteral(" ")) +
            tr("Your full name is %1, and you like to be called %2.").arg(c.fullName, c.knownAs);
    else if (!c.fullName.isEmpty())
        sentence += (sentence.isEmpty() ? QString() : QStringLiteral(" ")) +
                    tr("Your name is %1.").arg(c.fullName);
    if (!sentence.isEmpty())
        out << sentence;
    for (const Placement &p : m_content.placements) {
        if (!p.isPlannedOn(m_today) && !c.born.isUnknown() && p.from == c.born) {
            out << tr("When you were born, you lived at %1.").arg(p.placeName);
            break;
        }
    }
    return out;
}

QStringList LetterDrafter::birthFamily() const
{
    QStringList out;
    for (const Person &p : m_content.people) {
        QString sentence;
        // Named by their own name, then by what the child calls them ("Mum").
        const QString name = p.fullName.isEmpty() ? p.displayName() : p.fullName;
        const QString calls = p.knownAs.isEmpty() || p.knownAs == name ? QString() : p.knownAs;
        switch (p.role) {
        case Person::Role::BirthMother:
            sentence =
                calls.isEmpty()
                    ? tr("Your birth mother is called %1.").arg(name)
                    : tr("Your birth mother is called %1. You call her %2.").arg(name, calls);
            break;
        case Person::Role::BirthFather:
            sentence =
                calls.isEmpty()
                    ? tr("Your birth father is called %1.").arg(name)
                    : tr("Your birth father is called %1. You call him %2.").arg(name, calls);
            break;
        case Person::Role::Grandparent:
        case Person::Role::OtherRelative:
            sentence = p.roleDetail.isEmpty()
                           ? tr("%1 is part of your birth family.").arg(p.displayName())
                           : tr("%1 is part of your birth family (%2).")
                                 .arg(p.displayName(), p.roleDetail);
            break;
        default:
            continue;
        }
        if (!p.childsWords.isEmpty())
            sentence += QStringLiteral(" ") + tr("You said: %1").arg(quoted(p.childsWords));
        out << sentence;
    }
    return out;
}

QStringList LetterDrafter::homes() const
{
    QList<Placement> homes = m_content.placements;
    std::stable_sort(homes.begin(), homes.end(), [](const Placement &a, const Placement &b) {
        return a.from.sortKey() < b.from.sortKey();
    });
    QStringList out;
    for (const Placement &p : homes) {
        const QString with = names(p.carerIds);
        QString sentence;
        if (p.isPlannedOn(m_today)) {
            sentence =
                with.isEmpty()
                    ? tr("Soon you will move to %1.").arg(p.placeName)
                    : tr("Soon you will move to %1, to live with %2.").arg(p.placeName, with);
        } else if (p.to.isUnknown()) {
            const QString since = p.from.isUnknown() ? QString() : when(p.from);
            if (since.isEmpty())
                sentence = with.isEmpty()
                               ? tr("Now you live at %1.").arg(p.placeName)
                               : tr("Now you live at %1 with %2.").arg(p.placeName, with);
            else
                sentence =
                    with.isEmpty()
                        ? tr("You went to live at %1 %2.").arg(p.placeName, since)
                        : tr("You went to live at %1 with %2 %3.").arg(p.placeName, with, since);
        } else {
            const QString from = p.from.isUnknown() ? tr("at a time we don't know")
                                                    : p.from.toDisplayString(m_locale);
            const QString to = p.to.toDisplayString(m_locale);
            sentence =
                with.isEmpty()
                    ? tr("From %1 to %2 you lived at %3.").arg(from, to, p.placeName)
                    : tr("From %1 to %2 you lived at %3 with %4.").arg(from, to, p.placeName, with);
        }
        for (const MovePlan &plan : m_content.movePlans) {
            if (plan.placementId != p.id)
                continue;
            if (plan.planning == MovePlan::Planning::Emergency)
                sentence +=
                    QStringLiteral(" ") +
                    (plan.notice.isEmpty()
                         ? tr("This move happened in a hurry.")
                         : tr("This move happened in a hurry, with %1 notice.").arg(plan.notice));
            else if (plan.planning == MovePlan::Planning::Planned)
                sentence += QStringLiteral(" ") + tr("This move was planned.");
        }
        if (!p.cameReasonChildsWords.isEmpty())
            sentence += QStringLiteral(" ") + (p.isPlannedOn(m_today)
                                                   ? tr("You said why you are moving: %1")
                                                   : tr("You said why you came: %1"))
                                                  .arg(quoted(p.cameReasonChildsWords));
        if (!p.leftReasonChildsWords.isEmpty())
            sentence += QStringLiteral(" ") +
                        tr("You said why you left: %1").arg(quoted(p.leftReasonChildsWords));
        out << sentence;
    }
    return out;
}

QStringList LetterDrafter::decisions() const
{
    QStringList out;
    QString carers;
    for (const Placement &p : m_content.placements) {
        if (!p.isPlannedOn(m_today) && p.to.isUnknown())
            carers = names(p.carerIds);
    }
    using C = LaterLifeLetter::Care;
    switch (m_care) {
    case C::NotChosen:
        break;
    case C::Adoption:
        out << tr("A judge in the family court decided that you should be adopted, so that you "
                  "could grow up in a family who would keep you safe and love you for always.");
        break;
    case C::LongTermFoster:
        out << (carers.isEmpty()
                    ? tr("It was decided that you would live with your foster family until you "
                         "were grown up.")
                    : tr("It was decided that you would live with %1 until you were grown up.")
                          .arg(carers));
        break;
    case C::Kinship:
        out << (carers.isEmpty()
                    ? tr("It was decided that you would grow up with people from your own "
                         "family, who love you and keep you safe.")
                    : tr("It was decided that you would grow up with %1, who is part of your "
                         "family, so that you could be safe and loved.")
                          .arg(carers));
        break;
    case C::LeavingCare:
        out << tr("As you grew older, you and the people who cared about you planned together "
                  "how you would live on your own.");
        break;
    }
    for (const Event &e : m_content.events) {
        if (e.type != Event::Type::Review && e.type != Event::Type::CourtHearing)
            continue;
        QString sentence = e.type == Event::Type::CourtHearing
                               ? tr("%1 a judge at the family court held a hearing: %2.")
                               : tr("%1 there was a meeting about how you were doing: %2.");
        QString day = when(e.date);
        if (!day.isEmpty())
            day[0] = day[0].toUpper();
        sentence = sentence.arg(day, e.title);
        const QString who = names(e.peopleIds);
        if (!who.isEmpty())
            sentence += QStringLiteral(" ") + tr("Who was there: %1.").arg(who);
        if (!e.outcome.isEmpty())
            sentence += QStringLiteral(" ") + tr("What was decided: %1").arg(e.outcome);
        out << sentence;
    }
    return out;
}

QStringList LetterDrafter::siblings() const
{
    QStringList out;
    for (const Person &p : m_content.people) {
        if (p.role != Person::Role::Sibling)
            continue;
        QString sentence =
            p.roleDetail.isEmpty()
                ? tr("%1 is your brother or sister.").arg(p.displayName())
                // The detail as typed ("big brother, lives with his dad") reads best in brackets.
                : tr("%1 is your brother or sister (%2).")
                      .arg(p.displayName(), lowerFirst(p.roleDetail));
        // The newest plan that says how they keep in touch, else what the map says.
        QString inTouch;
        for (const MovePlan &plan : m_content.movePlans) {
            const KeepInTouch *k = plan.find(p.id);
            if (!k)
                continue;
            if (k->plan == KeepInTouch::Plan::Ends)
                inTouch = tr("After one of your moves, you stopped seeing each other.");
            else if (k->ways != 0)
                inTouch = tr("You keep in touch by %1.").arg(MoveWords::waysInWords(k->ways));
        }
        if (inTouch.isEmpty()) {
            for (const Relationship &r : m_content.relationships) {
                if (!r.involvesChild() || (r.personA != p.id && r.personB != p.id))
                    continue;
                using C = Relationship::Contact;
                switch (r.contact) {
                case C::LivesTogether:
                    inTouch = tr("You live together.");
                    break;
                case C::Daily:
                case C::Weekly:
                case C::Fortnightly:
                case C::Monthly:
                case C::FewTimesAYear:
                    inTouch = tr("You see each other %1.")
                                  .arg(Vocabulary::contactName(r.contact).toLower());
                    break;
                case C::Letterbox:
                    inTouch = tr("You keep in touch by letters and cards.");
                    break;
                case C::Indirect:
                    inTouch = tr("You keep in touch by phone or video calls.");
                    break;
                case C::NotSet:
                case C::None:
                case C::NotAllowed:
                    break;
                }
            }
        }
        if (!inTouch.isEmpty())
            sentence += QStringLiteral(" ") + inTouch;
        out << sentence;
    }
    return out;
}

QStringList LetterDrafter::whatYouWereLike() const
{
    QStringList out;
    if (!m_content.child.allAboutMe.isEmpty())
        out << tr("You said about yourself: %1").arg(quoted(m_content.child.allAboutMe));
    QList<Memory> memories = m_content.memories;
    std::stable_sort(memories.begin(), memories.end(), [](const Memory &a, const Memory &b) {
        return a.date.sortKey() < b.date.sortKey();
    });
    int shown = 0;
    for (const Memory &m : memories) {
        if (m.title.isEmpty() || ++shown > kMostMemories)
            continue;
        QString day = m.date.isUnknown() ? QString() : when(m.date);
        out << (day.isEmpty() ? tr("We remember: %1.").arg(m.title)
                              : tr("We remember %1: %2.").arg(day, m.title));
    }
    shown = 0;
    for (const VoiceEntry &v : m_content.voice) {
        if (v.words.isEmpty() || ++shown > kMostSayings)
            continue;
        out << (v.date.isUnknown()
                    ? tr("You said: %1").arg(quoted(v.words))
                    : tr("%1 you said: %2").arg(v.date.toDisplayString(m_locale), quoted(v.words)));
    }
    return out;
}

QStringList LetterDrafter::contactLater() const
{
    QStringList out;
    using C = LaterLifeLetter::Care;
    switch (m_care) {
    case C::Adoption:
        out << tr("When you are 18, you have the right to see your adoption records. The "
                  "adoption agency can help you read them, and can help you get in touch with "
                  "your birth family if you want to.");
        break;
    case C::LeavingCare:
        out << tr("Your personal adviser can help you with anything you want to know, and you "
                  "can ask the council to see your records.");
        break;
    case C::NotChosen:
    case C::LongTermFoster:
    case C::Kinship:
        out << tr("When you are older, you can ask the council to see your records. The people "
                  "who look after you can help you.");
        break;
    }
    for (const Person &p : m_content.people) {
        if (p.role == Person::Role::SocialWorker) {
            out << tr("%1 was your social worker and knows your story.").arg(p.displayName());
            break;
        }
    }
    return out;
}
