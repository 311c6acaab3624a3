// SPDX-License-Identifier: GPL-3.0-or-later
#include "movewords.h"

#include "vocabulary.h"

QString MoveWords::planName(KeepInTouch::Plan plan)
{
    using P = KeepInTouch::Plan;
    switch (plan) {
    case P::NotDecided:
        return tr("Not decided yet");
    case P::ContinuesAsNow:
        return tr("Continues as now");
    case P::NewArrangement:
        return tr("New arrangement");
    case P::Ends:
        return tr("Ends");
    }
    return {};
}

QString MoveWords::wayName(KeepInTouch::Way way)
{
    switch (way) {
    case KeepInTouch::Visits:
        return tr("visits");
    case KeepInTouch::Calls:
        return tr("phone calls");
    case KeepInTouch::Video:
        return tr("video calls");
    case KeepInTouch::Letters:
        return tr("letters and cards");
    case KeepInTouch::Messages:
        return tr("messages");
    }
    return {};
}

QList<KeepInTouch::Way> MoveWords::ways()
{
    return {KeepInTouch::Visits, KeepInTouch::Calls, KeepInTouch::Video, KeepInTouch::Letters,
            KeepInTouch::Messages};
}

QString MoveWords::waysInWords(quint8 ways)
{
    QStringList names;
    for (KeepInTouch::Way way : MoveWords::ways()) {
        if (ways & way)
            names << wayName(way);
    }
    if (names.size() < 2)
        return names.value(0);
    const QString last = names.takeLast();
    //: joins the last two ways of keeping in touch: "visits, calls and video calls"
    return tr("%1 and %2").arg(names.join(tr(", ")), last);
}

QString MoveWords::planningName(MovePlan::Planning planning)
{
    using P = MovePlan::Planning;
    switch (planning) {
    case P::NotRecorded:
        return tr("Not recorded");
    case P::Planned:
        return tr("Planned");
    case P::Unplanned:
        return tr("Unplanned");
    case P::Emergency:
        return tr("Emergency");
    }
    return {};
}

QString MoveWords::outcomeName(MoveContinuity::Outcome outcome)
{
    using O = MoveContinuity::Outcome;
    switch (outcome) {
    case O::Kept:
        return tr("Kept");
    case O::Changed:
        return tr("Kept, arrangement changed");
    case O::Lost:
        return tr("Lost");
    case O::NotKnown:
        return tr("Not known");
    case O::TooSoon:
        return tr("Too soon to tell");
    case O::Planned:
        return tr("Planned");
    }
    return {};
}

QString MoveWords::groupName(MoveContinuity::Group group)
{
    using G = MoveContinuity::Group;
    switch (group) {
    case G::Sibling:
        return tr("Brothers and sisters");
    case G::Carer:
        return tr("Carers");
    case G::Family:
        return tr("Family");
    case G::Friend:
        return tr("Friends");
    case G::School:
        return tr("School");
    case G::Worker:
        return tr("Workers");
    case G::Pet:
        return tr("Pets");
    case G::Place:
        return tr("Places");
    case G::Other:
        return tr("Others");
    }
    return {};
}

QString MoveWords::whoTheyAre(const Person &person, const MoveContinuity::Tie &tie, bool detail)
{
    const QString who = detail && !person.roleDetail.isEmpty() ? person.roleDetail
                                                               : Vocabulary::roleName(person.role);
    if (tie.isCurrentCarer && tie.movesWith)
        return tr("%1, lives with the child in both homes").arg(who);
    if (tie.isCurrentCarer && MoveContinuity::groupOf(person.role) != MoveContinuity::Group::Carer)
        return tr("%1, lived with the child at the home left").arg(who);
    return who;
}

QString MoveWords::plan(const MoveContinuity::Tie &tie, bool past)
{
    if (tie.movesWith && tie.plan.plan == KeepInTouch::Plan::NotDecided)
        return past ? tr("Moved with the child") : tr("Moves with the child");
    return arrangement(tie.plan, past);
}

QString MoveWords::arrangement(const KeepInTouch &keep, bool past)
{
    if (past && keep.plan == KeepInTouch::Plan::NotDecided && keep.why.isEmpty())
        return tr("No plan recorded");
    if (keep.plan != KeepInTouch::Plan::NewArrangement) {
        if (keep.plan != KeepInTouch::Plan::NotDecided && !keep.why.isEmpty())
            return tr("%1: %2").arg(planName(keep.plan), keep.why);
        return planName(keep.plan);
    }
    QStringList parts;
    if (keep.ways != 0)
        parts << waysInWords(keep.ways);
    if (keep.often != Relationship::Contact::NotSet)
        parts << Vocabulary::contactName(keep.often).toLower();
    if (!keep.arrangedBy.isEmpty())
        parts << tr("arranged by %1").arg(keep.arrangedBy);
    if (!keep.why.isEmpty())
        parts << keep.why;
    if (parts.isEmpty())
        return planName(keep.plan);
    return tr("%1: %2").arg(planName(keep.plan), parts.join(tr(", ")));
}

QString MoveWords::evidenceOnly(const MoveContinuity::Tie &tie, const QLocale &locale)
{
    using E = MoveContinuity::Evidence;
    const QString day = tie.evidenceDate.toDisplayString(locale);
    switch (tie.evidence) {
    case E::ContactAfter:
        return tr("Contact recorded on %1").arg(day);
    case E::TieGoesOn:
        return tie.contact == Relationship::Contact::LivesTogether
                   ? tr("Living together, as the map says (no end recorded)")
                   : tr("In touch: %1, as the map says (no end recorded)")
                         .arg(Vocabulary::contactName(tie.contact).toLower());
    case E::OpenNoContact:
        return tr("No end recorded, but nothing says how often they are in touch");
    case E::MovesWith:
        return tr("Lives with the child in the new home too");
    case E::TieLasted:
        return tr("In touch until %1").arg(day);
    case E::TieEnded:
        return tr("Ended %1, no contact recorded since").arg(day);
    case E::TieEndUncertain:
        return tr("When it ended is too vague to say");
    case E::NoTie:
        return tr("No relationship recorded on the map");
    case E::MoveDateUnknown:
        return tr("The date of this move is not known");
    case E::NotYet:
        return tr("Six months have not passed yet");
    }
    return {};
}

QString MoveWords::evidence(const MoveContinuity::Tie &tie, const QLocale &locale)
{
    using O = MoveContinuity::Outcome;
    const QString found = evidenceOnly(tie, locale);
    // Where the plan and the record disagree, say so: one of them is out of date.
    const bool kept = tie.outcome == O::Kept || tie.outcome == O::Changed;
    if (kept && tie.plan.plan == KeepInTouch::Plan::Ends)
        return tr("%1. The plan said this would end: if it did, give the relationship an end "
                  "date on the map.")
            .arg(found);
    if (tie.outcome == O::Lost && (tie.plan.plan == KeepInTouch::Plan::ContinuesAsNow ||
                                   tie.plan.plan == KeepInTouch::Plan::NewArrangement))
        return tr("%1. The plan was to keep in touch.").arg(found);
    return found;
}

QString MoveWords::summary(const MoveContinuity::Move &move)
{
    if (move.ties.isEmpty())
        return tr("Nobody recorded before this move");
    if (move.upcoming) {
        const int undecided = move.undecided();
        if (undecided == 0)
            return tr("Everyone decided");
        if (move.needsDecision())
            return tr("%1 of %2 not decided yet, with a brother, sister or someone the child "
                      "lives with among them")
                .arg(undecided)
                .arg(move.ties.size());
        return tr("%1 of %2 not decided yet").arg(undecided).arg(move.ties.size());
    }
    using O = MoveContinuity::Outcome;
    QStringList parts;
    const int kept = move.count(O::Kept) + move.count(O::Changed);
    if (kept > 0)
        parts << tr("kept %1").arg(kept);
    if (const int lost = move.count(O::Lost))
        parts << tr("lost %1").arg(lost);
    if (const int unknown = move.count(O::NotKnown))
        parts << tr("not known %1").arg(unknown);
    if (const int soon = move.count(O::TooSoon))
        parts << tr("too soon to tell %1").arg(soon);
    const QString text = parts.join(tr(" · "));
    return text.left(1).toUpper() + text.mid(1);
}

QString MoveWords::undecidedWarning(const QString &toPlace, const QStringList &names)
{
    return tr("Before the move to %1: nothing is decided yet about keeping in touch with %2.")
        .arg(toPlace, names.join(tr(", ")));
}
