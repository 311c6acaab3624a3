// SPDX-License-Identifier: GPL-3.0-or-later
#include "movecontinuity.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace {

// A start or end as the first and last day it may be; invalid where open or unknown.
QDate firstDay(const FuzzyDate &d)
{
    return d.isUnknown() ? QDate() : d.earliest();
}
QDate lastDay(const FuzzyDate &d)
{
    return d.isUnknown() ? QDate() : d.latest();
}

// Where a placement sits in time: its known start, and its end (open while ongoing).
struct Span
{
    const Placement *placement = nullptr;
    QDate start; // representative; invalid when unknown
    QDate end;   // invalid while ongoing or unknown
    bool covers(QDate day) const
    {
        return start.isValid() && start <= day && (!end.isValid() || day <= end);
    }
};

// The tie that says most about the person after `day`: the one ending last (an open end last
// of all).
const Relationship *latestTie(const QList<const Relationship *> &ties)
{
    const Relationship *best = nullptr;
    for (const Relationship *r : ties) {
        if (r->to.isUnknown())
            return r;
        if (!best || r->to.sortKey() > best->to.sortKey())
            best = r;
    }
    return best;
}

// Family stay part of the child's life before a move even when they become the new carers.
bool isFamily(Person::Role role)
{
    using R = Person::Role;
    return role == R::BirthMother || role == R::BirthFather || role == R::Sibling ||
           role == R::Grandparent || role == R::OtherRelative || role == R::KinshipCarer;
}

// Whether the map says they are in touch (how often), not only that the tie has no end.
bool saysInTouch(Relationship::Contact contact)
{
    using C = Relationship::Contact;
    return contact != C::NotSet && contact != C::None && contact != C::NotAllowed;
}

bool inTouchBefore(const Relationship &r, QDate dayBefore)
{
    if (r.kind == Relationship::Kind::Broken || r.contact == Relationship::Contact::None ||
        r.contact == Relationship::Contact::NotAllowed)
        return false;
    const QDate start = firstDay(r.from);
    const QDate end = lastDay(r.to);
    return (!start.isValid() || start <= dayBefore) && (!end.isValid() || dayBefore <= end);
}

} // namespace

int MoveContinuity::Move::count(Outcome outcome) const
{
    return int(std::count_if(ties.cbegin(), ties.cend(),
                             [outcome](const Tie &t) { return t.outcome == outcome; }));
}

int MoveContinuity::Move::undecided() const
{
    return int(
        std::count_if(ties.cbegin(), ties.cend(), [](const Tie &t) { return !t.decided(); }));
}

bool MoveContinuity::Move::needsDecision() const
{
    return !undecidedKeyPeople().isEmpty();
}

QList<ItemId> MoveContinuity::Move::undecidedKeyPeople() const
{
    QList<ItemId> people;
    if (!upcoming)
        return people;
    for (const Tie &t : ties) {
        if (!t.decided() && (t.group == Group::Sibling || t.isCurrentCarer))
            people << t.personId;
    }
    return people;
}

const MoveContinuity::Tie *MoveContinuity::Move::tie(ItemId personId) const
{
    for (const Tie &t : ties) {
        if (t.personId == personId)
            return &t;
    }
    return nullptr;
}

MoveContinuity::Group MoveContinuity::groupOf(Person::Role role)
{
    using R = Person::Role;
    switch (role) {
    case R::Sibling:
        return Group::Sibling;
    case R::FosterCarer:
    case R::KinshipCarer:
    case R::AdoptiveParent:
    case R::ResidentialKeyWorker:
        return Group::Carer;
    case R::BirthMother:
    case R::BirthFather:
    case R::Grandparent:
    case R::OtherRelative:
        return Group::Family;
    case R::Friend:
        return Group::Friend;
    case R::Teacher:
        return Group::School;
    case R::SocialWorker:
    case R::Iro:
    case R::Therapist:
    case R::HealthWorker:
        return Group::Worker;
    case R::Pet:
        return Group::Pet;
    case R::Place:
        return Group::Place;
    case R::Other:
    case R::NotSure:
        break;
    }
    return Group::Other;
}

MoveContinuity::MoveContinuity(const QList<Placement> &placements, const QList<Person> &people,
                               const QList<Relationship> &relationships, const QList<Event> &events,
                               const QList<MovePlan> &plans, QDate today)
{
    QList<Span> spans;
    for (const Placement &p : placements)
        spans.append(
            {&p, p.from.isUnknown() ? QDate() : p.from.representativeDay(), lastDay(p.to)});
    // Known starts in order, then the unknown ones; the first home has no move into it.
    std::stable_sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) {
        if (a.start.isValid() != b.start.isValid())
            return a.start.isValid();
        return a.start < b.start;
    });

    QHash<ItemId, Person::Role> roles;
    for (const Person &p : people)
        roles.insert(p.id, p.role);
    QHash<ItemId, QList<const Relationship *>> tiesOf;
    for (const Relationship &r : relationships) {
        if (!r.involvesChild())
            continue;
        const ItemId other = r.personA == kChildId ? r.personB : r.personA;
        if (roles.contains(other))
            tiesOf[other].append(&r);
    }
    // The last contact recorded with each person (by the last day it may have been).
    struct Contact
    {
        QDate day;
        FuzzyDate date;
    };
    QHash<ItemId, Contact> lastContact;
    for (const Event &e : events) {
        if (e.type != Event::Type::Contact || e.date.isUnknown())
            continue;
        const QDate day = e.date.latest().isValid() ? e.date.latest() : e.date.representativeDay();
        for (ItemId id : e.peopleIds) {
            Contact &last = lastContact[id];
            if (!last.day.isValid() || last.day < day)
                last = {day, e.date};
        }
    }
    QHash<ItemId, const MovePlan *> planFor;
    for (const MovePlan &p : plans)
        planFor.insert(p.placementId, &p);
    // When each person first cared for the child, so new carers are not counted as "before".
    QHash<ItemId, QDate> firstCared;
    for (const Span &s : spans) {
        for (ItemId id : s.placement->carerIds) {
            if (!firstCared.contains(id))
                firstCared.insert(id, s.start);
        }
    }

    for (qsizetype i = 1; i < spans.size(); ++i) {
        const Span &to = spans.at(i);
        Move move;
        move.toPlacement = to.placement->id;
        move.date = to.placement->from;
        move.upcoming = to.start.isValid() && firstDay(move.date) > today;
        if (const MovePlan *plan = planFor.value(move.toPlacement))
            move.plan = *plan;
        else
            move.plan.placementId = move.toPlacement;

        if (to.start.isValid()) {
            const QDate first = firstDay(move.date).isValid() ? firstDay(move.date) : to.start;
            move.dayBefore = move.upcoming ? std::max(today, first.addDays(-1)) : first.addDays(-1);
            const QDate last = lastDay(move.date).isValid() ? lastDay(move.date) : to.start;
            move.sixMonthsAfter = last.addMonths(6);
            // The home lived in the day before: the one started last that covers it.
            const Span *from = nullptr;
            for (const Span &s : spans) {
                if (s.placement != to.placement && s.covers(move.dayBefore) &&
                    (!from || from->start < s.start))
                    from = &s;
            }
            if (!from)
                from = &spans.at(i - 1);
            move.fromPlacement = from->placement->id;
        }

        const Placement *fromHome = nullptr;
        for (const Span &s : spans) {
            if (s.placement->id == move.fromPlacement)
                fromHome = s.placement;
        }
        const QList<ItemId> &livesWithAfter = to.placement->carerIds;
        QSet<ItemId> seen;
        auto addTie = [&](ItemId personId, bool currentCarer) {
            if (seen.contains(personId) || !roles.contains(personId))
                return;
            seen.insert(personId);
            Tie tie;
            tie.personId = personId;
            tie.isCurrentCarer = currentCarer;
            tie.movesWith = livesWithAfter.contains(personId);
            // Whoever the child lived with counts as a carer there, but a brother or sister who
            // lived there too is still first of all a sibling.
            const Group byRole = groupOf(roles.value(personId));
            tie.group = currentCarer && byRole != Group::Sibling ? Group::Carer : byRole;
            if (const KeepInTouch *k = move.plan.find(personId))
                tie.plan = *k;
            move.ties.append(tie);
        };
        if (fromHome) {
            for (ItemId id : fromHome->carerIds)
                addTie(id, true);
        }
        if (move.dayBefore.isValid()) {
            for (const Person &p : people) {
                const auto ties = tiesOf.constFind(p.id);
                if (ties == tiesOf.cend())
                    continue;
                const QDate cared = firstCared.value(p.id);
                if (cared.isValid() && cared > move.dayBefore && !isFamily(p.role))
                    continue; // new carers, whose ties often have no dates: not "before"
                if (std::any_of(ties->cbegin(), ties->cend(), [&](const Relationship *r) {
                        return inTouchBefore(*r, move.dayBefore);
                    }))
                    addTie(p.id, false);
            }
        }

        for (Tie &tie : move.ties) {
            if (!move.dayBefore.isValid()) {
                tie.outcome = Outcome::NotKnown;
                tie.evidence = Evidence::MoveDateUnknown;
                continue;
            }
            if (move.upcoming) {
                tie.outcome = Outcome::Planned;
                tie.evidence = tie.movesWith ? Evidence::MovesWith : Evidence::NotYet;
                continue;
            }
            const Contact contactAfter = lastContact.value(tie.personId);
            const QDate contact = contactAfter.day;
            const Relationship *r = latestTie(tiesOf.value(tie.personId));
            if (r)
                tie.contact = r->contact;
            if (tie.movesWith) {
                tie.outcome = Outcome::Kept;
                tie.evidence = Evidence::MovesWith;
            } else if (contact.isValid() && contact >= move.sixMonthsAfter) {
                tie.outcome = Outcome::Kept;
                tie.evidence = Evidence::ContactAfter;
                tie.evidenceDate = contactAfter.date;
            } else if (!r) {
                tie.outcome = move.sixMonthsAfter > today ? Outcome::TooSoon : Outcome::NotKnown;
                tie.evidence = move.sixMonthsAfter > today ? Evidence::NotYet : Evidence::NoTie;
            } else if (r->to.isUnknown()) {
                // No end is not proof of contact: only the map's "how often" says they are in
                // touch; otherwise it is not known.
                const bool inTouch = saysInTouch(r->contact);
                tie.outcome = move.sixMonthsAfter > today ? Outcome::TooSoon
                              : inTouch                   ? Outcome::Kept
                                                          : Outcome::NotKnown;
                tie.evidence = move.sixMonthsAfter > today ? Evidence::NotYet
                               : inTouch                   ? Evidence::TieGoesOn
                                                           : Evidence::OpenNoContact;
            } else if (firstDay(r->to).isValid() && firstDay(r->to) >= move.sixMonthsAfter) {
                tie.outcome = Outcome::Kept;
                tie.evidence = Evidence::TieLasted;
                tie.evidenceDate = r->to;
            } else if (lastDay(r->to).isValid() && lastDay(r->to) < move.sixMonthsAfter &&
                       (!contact.isValid() || contact <= lastDay(r->to))) {
                tie.outcome = Outcome::Lost;
                tie.evidence = Evidence::TieEnded;
                tie.evidenceDate = r->to;
            } else {
                tie.outcome = move.sixMonthsAfter > today ? Outcome::TooSoon : Outcome::NotKnown;
                tie.evidence =
                    move.sixMonthsAfter > today ? Evidence::NotYet : Evidence::TieEndUncertain;
            }
            if (tie.outcome == Outcome::Kept && tie.plan.plan == KeepInTouch::Plan::NewArrangement)
                tie.outcome = Outcome::Changed;
        }
        std::stable_sort(move.ties.begin(), move.ties.end(),
                         [](const Tie &a, const Tie &b) { return a.group < b.group; });
        m_moves.append(move);
    }
}

const MoveContinuity::Move *MoveContinuity::moveInto(ItemId placementId) const
{
    for (const Move &m : m_moves) {
        if (m.toPlacement == placementId)
            return &m;
    }
    return nullptr;
}
