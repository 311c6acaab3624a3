// SPDX-License-Identifier: GPL-3.0-or-later
#include "redaction.h"

#include <QRegularExpression>

#include <algorithm>
#include <utility>

namespace {

// Replaces each name wherever it appears as a whole word, ignoring case.
class NameScrubber
{
public:
    void add(const QString &name)
    {
        const QString trimmed = name.trimmed();
        if (trimmed.size() >= 2) {
            m_names << QRegularExpression::escape(trimmed);
            m_plain << trimmed;
        }
    }
    QStringList names() const { return m_plain; }
    void finish()
    {
        // Longest first, so "Mary Smith" goes before "Mary".
        std::sort(m_names.begin(), m_names.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
        if (!m_names.isEmpty())
            m_pattern = QRegularExpression(
                QStringLiteral("(?<![\\w])(%1)(?![\\w])").arg(m_names.join(QLatin1Char('|'))),
                QRegularExpression::CaseInsensitiveOption |
                    QRegularExpression::UseUnicodePropertiesOption);
    }
    void scrub(QString &text) const
    {
        if (m_pattern.pattern().isEmpty() || text.isEmpty())
            return;
        text.replace(m_pattern, Redaction::withheldMark());
    }

private:
    QStringList m_names;
    QStringList m_plain;
    QRegularExpression m_pattern;
};

template <typename T> int removePrivate(QList<T> &list)
{
    return int(list.removeIf([](const T &item) { return item.isPrivate; }));
}

} // namespace

QString Redaction::withheldMark()
{
    return tr("[withheld]");
}

QString Redaction::scrub(const QString &text, const QStringList &names)
{
    NameScrubber scrubber;
    for (const QString &name : names)
        scrubber.add(name);
    scrubber.finish();
    QString out = text;
    scrubber.scrub(out);
    return out;
}

QString Redaction::audienceName(Audience audience)
{
    switch (audience) {
    case Audience::ChildBook:
        return tr("Life-story book");
    case Audience::Family:
        return tr("Copy for birth family");
    case Audience::Court:
        return tr("Court pack");
    case Audience::Review:
        return tr("Review pack");
    }
    return {};
}

Redaction::Policy Redaction::Policy::forAudience(Audience audience)
{
    Policy p;
    p.audience = audience;
    p.voiceConsent = Redaction::voiceConsent(audience);
    switch (audience) {
    case Audience::ChildBook:
        break;
    case Audience::Family:
        p.withholdWhereTheChildLives = true;
        break;
    case Audience::Court:
    case Audience::Review:
        p.leaveOutRecordText = false; // professionals need the record
        break;
    }
    return p;
}

VoiceEntry::Audience Redaction::voiceConsent(Audience audience)
{
    switch (audience) {
    case Audience::ChildBook:
        break;
    case Audience::Family:
        return VoiceEntry::Family;
    case Audience::Court:
    case Audience::Review:
        return VoiceEntry::ReviewsAndCourt;
    }
    return VoiceEntry::MeAndCarer;
}

Redaction::Result Redaction::apply(const CaseContent &input, const Policy &policy)
{
    Result r{input, {}, {}};
    CaseContent &c = r.content;
    if (!policy.keepLetter)
        c.letter.reset(); // books never carry the later life letter: it is printed on its own

    // What the child said goes only where they agreed it may go: a consent, not a setting.
    const VoiceEntry::Audience consent = policy.voiceConsent;
    // Not asked yet is not the same as asked and said no: each is counted as what it is.
    int notAsked = 0;
    int unshared = 0;
    if (!policy.everythingTheChildSaid) {
        c.voice.removeIf([&](const VoiceEntry &v) {
            if (v.mayBeSeenBy(consent))
                return false;
            ++(v.audiences == 0 ? notAsked : unshared);
            return true;
        });
    }
    if (unshared > 0)
        r.leftOut << (unshared == 1
                          ? tr("1 thing the child said that they did not agree to share here")
                          : tr("%1 things the child said that they did not agree to share here")
                                .arg(unshared));
    if (notAsked > 0)
        r.leftOut << (notAsked == 1
                          ? tr("1 thing the child said: nobody has asked them yet who may see it")
                          : tr("%1 things the child said: nobody has asked them yet who may see "
                               "them")
                                .arg(notAsked));

    // The child's own map says how close each person feels: never for the family's copy,
    // where it could hurt or put the child at risk, unless the copy keeps everything.
    if (consent == VoiceEntry::Family && !policy.everythingTheChildSaid && !c.childMaps.isEmpty()) {
        c.childMaps.clear();
        r.leftOut << tr("The child's own map of the people in their life");
    }

    if (policy.leaveOutPrivate) {
        const int people = removePrivate(c.people);
        const int memories = removePrivate(c.memories);
        const int placements = removePrivate(c.placements);
        const int events = removePrivate(c.events);
        const int media = removePrivate(c.media);
        const int ties = removePrivate(c.relationships);
        const int losses = removePrivate(c.family.losses);
        const int total = people + memories + placements + events + media + ties + losses;
        if (total > 0)
            r.leftOut << (total == 1 ? tr("1 item marked private")
                                     : tr("%1 items marked private").arg(total));
    }

    // Carers the child lives with now who are not family (foster carers, adopters, key
    // workers) would say where the child is: for a copy that goes to the birth family they are
    // left out like a person chosen to be left out. Family who care for the child (Nana) are
    // known to the family already and stay, without their full name.
    QSet<ItemId> withheld = policy.withheldPeople;
    QSet<ItemId> currentCarers;
    QSet<ItemId> familyCarers;
    QSet<ItemId> teachers;
    if (policy.withholdWhereTheChildLives) {
        QSet<ItemId> carerIds;
        for (const Placement &p : std::as_const(c.placements)) {
            if (p.to.isUnknown()) {
                for (ItemId id : p.carerIds)
                    carerIds.insert(id);
            }
        }
        using R = Person::Role;
        for (const Person &person : std::as_const(c.people)) {
            const bool family = person.role == R::BirthMother || person.role == R::BirthFather ||
                                person.role == R::Sibling || person.role == R::Grandparent ||
                                person.role == R::OtherRelative || person.role == R::KinshipCarer;
            if (carerIds.contains(person.id))
                (family ? familyCarers : currentCarers).insert(person.id);
            else if (person.role == R::Teacher)
                teachers.insert(person.id); // a teacher's card says which school (from a trial)
        }
        currentCarers.subtract(policy.withheldPeople);
        teachers.subtract(policy.withheldPeople);
        withheld.unite(currentCarers);
        withheld.unite(teachers);
    }

    // Named people: their card, their lines, and their name in anyone's words.
    NameScrubber scrubber;
    for (const Person &p : std::as_const(c.people)) {
        if (familyCarers.contains(p.id))
            scrubber.add(p.fullName); // a full name with an address book finds the house
    }
    if (!withheld.isEmpty()) {
        bool carersLeftOut = false;
        for (const Person &p : std::as_const(c.people)) {
            if (currentCarers.contains(p.id)) {
                scrubber.add(p.knownAs);
                scrubber.add(p.fullName);
                carersLeftOut = true;
            } else if (teachers.contains(p.id)) {
                scrubber.add(p.knownAs);
                scrubber.add(p.fullName);
                r.leftOut << tr("The child's teachers (they would say which school), and their "
                                "names wherever they appear");
            } else if (policy.withheldPeople.contains(p.id)) {
                scrubber.add(p.knownAs);
                scrubber.add(p.fullName);
                r.leftOut << tr("A person chosen to be left out, and their name wherever it "
                                "appears");
            }
        }
        if (carersLeftOut)
            r.leftOut << tr("The carers the child lives with now, and their names wherever they "
                            "appear");
        c.people.removeIf([&](const Person &p) { return withheld.contains(p.id); });
    }

    // The child's current home, for a copy that goes to the birth family.
    if (policy.withholdWhereTheChildLives) {
        for (Placement &p : c.placements) {
            if (p.to.isUnknown()) {
                scrubber.add(p.placeName);
                scrubber.add(p.school);
                // "Oakfield Primary School" is written "Oakfield Primary" or "Oakfield" too.
                static const QRegularExpression suffix(
                    QStringLiteral("\\s+(primary|junior|infant|secondary|high)?\\s*"
                                   "(school|academy|college)$"),
                    QRegularExpression::CaseInsensitiveOption);
                QString shorter = p.school.trimmed();
                shorter.remove(suffix);
                if (shorter.size() >= 4)
                    scrubber.add(shorter);
                p.placeName = p.isPlannedOn(policy.today) ? tr("Where I will live next")
                                                          : tr("Where I live now");
                p.school.clear();
                r.leftOut << tr("The name of the place where the child lives now, and their "
                                "school");
            }
        }
    }
    scrubber.finish();

    QSet<ItemId> remaining;
    for (const Person &p : std::as_const(c.people))
        remaining.insert(remaining.end(), p.id);
    remaining.insert(kChildId);
    c.ecomapPositions.removeIf([&](const auto &it) { return !remaining.contains(it.key()); });
    c.relationships.removeIf([&](const Relationship &rel) {
        return !remaining.contains(rel.personA) || !remaining.contains(rel.personB);
    });
    // The family tree keeps only lines between people who are still in it.
    Family &f = c.family;
    f.parents.removeIf([&](const ParentLink &l) {
        return !remaining.contains(l.child) || !remaining.contains(l.parent);
    });
    f.partnerships.removeIf([&](const Partnership &p) {
        return !remaining.contains(p.personA) || !remaining.contains(p.personB);
    });
    f.twins.removeIf([&](const Twins &t) {
        return !remaining.contains(t.personA) || !remaining.contains(t.personB);
    });
    f.losses.removeIf([&](const LostPregnancy &l) { return !remaining.contains(l.mother); });
    for (LostPregnancy &l : f.losses) {
        if (!remaining.contains(l.father))
            l.father = kNoId;
    }
    f.nudges.removeIf([&](const auto &it) { return !remaining.contains(it.key()); });
    for (EcomapGroup &g : c.groups)
        g.memberIds.removeIf([&](ItemId id) { return !remaining.contains(id); });
    c.groups.removeIf([](const EcomapGroup &g) { return g.memberIds.isEmpty(); });
    for (Memory &m : c.memories)
        m.peopleIds.removeIf([&](ItemId id) { return !remaining.contains(id); });
    for (Event &e : c.events)
        e.peopleIds.removeIf([&](ItemId id) { return !remaining.contains(id); });
    for (Placement &p : c.placements)
        p.carerIds.removeIf([&](ItemId id) { return !remaining.contains(id); });
    QSet<ItemId> events;
    for (const Event &e : std::as_const(c.events))
        events.insert(e.id);
    for (VoiceEntry &v : c.voice) {
        v.presentIds.removeIf([&](ItemId id) { return !remaining.contains(id); });
        if (!remaining.contains(v.saidToId))
            v.saidToId = kNoId;
        if (!remaining.contains(v.writtenById))
            v.writtenById = kNoId;
        if (!events.contains(v.answeredByEventId))
            v.answeredByEventId = kNoId; // the answer's words stay
    }
    for (ChildMap &m : c.childMaps)
        m.places.removeIf([&](const ChildMapPlace &p) { return !remaining.contains(p.personId); });

    bool hadContactDetails = false;
    bool hadRecordText = false;
    for (Person &p : c.people) {
        if (policy.leaveOutContactDetails && (!p.address.isEmpty() || !p.phone.isEmpty())) {
            hadContactDetails = true;
            p.address.clear();
            p.phone.clear();
        }
        if (policy.leaveOutRecordText && !p.notes.isEmpty()) {
            hadRecordText = true;
            p.notes.clear();
        }
        scrubber.scrub(p.knownAs);
        scrubber.scrub(p.fullName);
        scrubber.scrub(p.roleDetail);
        scrubber.scrub(p.childsWords);
        scrubber.scrub(p.notes);
        if (p.fullName == withheldMark())
            p.fullName.clear();
    }
    for (Placement &p : c.placements) {
        if (policy.leaveOutContactDetails && (!p.address.isEmpty() || !p.schoolAddress.isEmpty())) {
            hadContactDetails = true;
            p.address.clear();
            p.schoolAddress.clear();
        }
        if (policy.leaveOutRecordText &&
            (!p.leftReasonRecord.isEmpty() || !p.cameReasonRecord.isEmpty())) {
            hadRecordText = true;
            p.leftReasonRecord.clear();
            p.cameReasonRecord.clear();
        }
        scrubber.scrub(p.placeName);
        scrubber.scrub(p.school);
        scrubber.scrub(p.leftReasonChildsWords);
        scrubber.scrub(p.leftReasonRecord);
        scrubber.scrub(p.cameReasonChildsWords);
        scrubber.scrub(p.cameReasonRecord);
    }
    for (Memory &m : c.memories) {
        scrubber.scrub(m.title);
        scrubber.scrub(m.childsWords);
    }
    for (Event &e : c.events) {
        if (policy.leaveOutRecordText && (!e.details.isEmpty() || !e.source.isEmpty())) {
            hadRecordText = true;
            e.details.clear();
            e.source.clear();
        }
        scrubber.scrub(e.title);
        scrubber.scrub(e.details);
        scrubber.scrub(e.outcome);
        scrubber.scrub(e.source);
        scrubber.scrub(e.impactOnChild);
    }
    for (Relationship &rel : c.relationships) {
        if (policy.leaveOutRecordText && !rel.notes.isEmpty()) {
            hadRecordText = true;
            rel.notes.clear();
        }
        scrubber.scrub(rel.contactNote);
        scrubber.scrub(rel.notes);
    }
    for (MovePlan &plan : c.movePlans) {
        for (KeepInTouch &k : plan.keep) {
            scrubber.scrub(k.arrangedBy);
            scrubber.scrub(k.why);
        }
        plan.keep.removeIf([&](const KeepInTouch &k) { return !remaining.contains(k.personId); });
    }
    QSet<ItemId> homes;
    for (const Placement &p : std::as_const(c.placements))
        homes.insert(p.id);
    c.movePlans.removeIf([&](const MovePlan &plan) { return !homes.contains(plan.placementId); });
    for (Media &m : c.media) {
        scrubber.scrub(m.caption);
        scrubber.scrub(m.originalName); // "Kelly at the park.jpg"
    }
    for (EcomapGroup &g : c.groups)
        scrubber.scrub(g.name);
    scrubber.scrub(c.child.allAboutMe);
    for (VoiceEntry &v : c.voice) {
        scrubber.scrub(v.prompt);
        scrubber.scrub(v.words);
        scrubber.scrub(v.answer);
        scrubber.scrub(v.whyNot);
    }
    if (c.letter) {
        // People not in this copy are not named in the letter either; their permission goes
        // with them (it names someone the copy no longer holds).
        NameScrubber absent;
        for (const LetterPermission &p : std::as_const(c.letter->permissions)) {
            if (!remaining.contains(p.personId))
                absent.add(p.name);
        }
        absent.finish();
        c.letter->permissions.removeIf(
            [&](const LetterPermission &p) { return !remaining.contains(p.personId); });
        for (LetterSection &section : c.letter->sections) {
            scrubber.scrub(section.markdown);
            absent.scrub(section.markdown);
        }
    }
    if (hadContactDetails)
        r.leftOut << tr("Addresses and phone numbers");
    if (hadRecordText)
        r.leftOut << tr("Professional notes and recorded reasons (kept for the court pack)");

    // Words can be scrubbed of a name; a voice cannot. Where this copy withholds anyone's name,
    // the child's recordings stay behind (their entries and memories keep their words).
    bool recordingsLeft = false;
    if (!scrubber.names().isEmpty()) {
        for (Memory &m : c.memories)
            recordingsLeft |= std::exchange(m.recordingId, kNoId) != kNoId;
        for (VoiceEntry &v : c.voice)
            recordingsLeft |= std::exchange(v.recordingId, kNoId) != kNoId;
        recordingsLeft |= c.media.removeIf([](const Media &m) { return m.isRecording(); }) > 0;
    }
    if (recordingsLeft)
        r.leftOut << tr("Recordings in the child's own voice (they may name someone this copy "
                        "leaves out)");

    // Photos and recordings that nothing left in the book uses are dropped too.
    QSet<ItemId> used;
    if (policy.keepUnusedMedia) {
        for (const Media &m : std::as_const(c.media))
            used.insert(m.id);
    }
    for (const Memory &m : std::as_const(c.memories)) {
        for (ItemId id : m.mediaIds)
            used.insert(id);
        used.insert(m.recordingId);
    }
    for (const VoiceEntry &v : std::as_const(c.voice))
        used.insert(v.recordingId);
    for (const Person &p : std::as_const(c.people))
        used.insert(p.photoId);
    used.insert(c.child.photoId);
    c.media.removeIf([&](const Media &m) { return !used.contains(m.id); });
    QSet<ItemId> kept; // one lookup per reference, not a scan of every photo
    for (const Media &m : std::as_const(c.media))
        kept.insert(m.id);
    for (Memory &m : c.memories) {
        m.mediaIds.removeIf([&](ItemId id) { return !kept.contains(id); });
        if (!kept.contains(m.recordingId))
            m.recordingId = kNoId;
    }
    for (VoiceEntry &v : c.voice) {
        if (!kept.contains(v.recordingId))
            v.recordingId = kNoId;
    }
    for (Person &p : c.people) {
        if (!kept.contains(p.photoId))
            p.photoId = kNoId;
    }
    r.leftOut.removeDuplicates();
    r.withheldNames = scrubber.names();
    return r;
}
