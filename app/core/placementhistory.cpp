// SPDX-License-Identifier: GPL-3.0-or-later
#include "placementhistory.h"

#include <algorithm>

namespace {

// The open side of "before 2010" / "after 2010" is as wide as it can be.
QDate orElse(QDate date, QDate fallback)
{
    return date.isValid() ? date : fallback;
}

QString monthYear(QDate date, const QLocale &locale)
{
    return locale.toString(date, QStringLiteral("MMMM yyyy"));
}

} // namespace

PlacementHistory::PlacementHistory(const QList<Placement> &placements, QDate birth, QDate today,
                                   QDate earliestOther)
    : m_birthKnown(birth.isValid())
{
    QList<const Placement *> dated;
    for (const Placement &p : placements) {
        m_names.insert(p.id, p.placeName);
        if (p.from.isUnknown())
            m_unknownStarts << p.id;
        else
            dated << &p;
    }
    std::stable_sort(dated.begin(), dated.end(), [](const Placement *a, const Placement *b) {
        return a->from.sortKey() < b->from.sortKey();
    });
    const QDate farPast = birth.isValid() ? birth : QDate(1900, 1, 1);
    for (qsizetype i = 0; i < dated.size(); ++i) {
        const Placement &p = *dated[i];
        Interval interval;
        interval.id = p.id;
        interval.name = p.placeName;
        interval.startEarliest = orElse(p.from.earliest(), farPast);
        interval.startLatest = orElse(p.from.latest(), interval.startEarliest);
        if (!p.to.isUnknown()) {
            interval.endLatest = orElse(p.to.latest(), today);
            interval.endEarliest = orElse(p.to.earliest(), interval.startLatest);
        } else if (i == dated.size() - 1) {
            // Still living there (or, for a planned home, from the day the child moves in).
            interval.endEarliest = interval.endLatest = std::max(today, interval.startLatest);
        } else if (const Placement &planned = *dated[i + 1];
                   orElse(planned.from.earliest(), today) > today) {
            // The home now, until a move that is planned: no end to ask about yet.
            interval.endEarliest = std::max(today, interval.startLatest);
            interval.endLatest =
                std::max(interval.endEarliest, planned.from.earliest().addDays(-1));
        } else {
            // Left at some point before the next move: no gap claimed, but asked about.
            m_unknownEnds << p.id;
            const Placement &next = *dated[i + 1];
            interval.endEarliest = interval.startLatest;
            interval.endLatest = orElse(next.from.latest(), today);
        }
        m_intervals << interval;
    }

    // Before the first known home: from the birth, or from the first thing we know happened.
    QDate knownFrom = birth;
    if (earliestOther.isValid() && (!knownFrom.isValid() || earliestOther < knownFrom))
        knownFrom = earliestOther;
    if (knownFrom.isValid()) {
        if (m_intervals.isEmpty() && m_unknownStarts.isEmpty() && knownFrom <= today)
            m_gaps << Span{knownFrom, today, kNoId, kNoId}; // no homes at all yet
        else if (!m_intervals.isEmpty() && m_intervals.first().startEarliest > knownFrom)
            m_gaps << Span{knownFrom, m_intervals.first().startEarliest.addDays(-1), kNoId,
                           m_intervals.first().id};
    }
    // Walk in start order keeping the latest possible end so far (and who it belongs to).
    QDate coveredUntil;
    QDate surelyUntil;
    ItemId coveredBy = kNoId;
    ItemId surelyBy = kNoId;
    for (const Interval &interval : std::as_const(m_intervals)) {
        if (coveredUntil.isValid() && interval.startEarliest > coveredUntil.addDays(1))
            m_gaps << Span{coveredUntil.addDays(1), interval.startEarliest.addDays(-1), coveredBy,
                           interval.id};
        if (surelyUntil.isValid() && interval.startLatest < surelyUntil &&
            interval.startLatest <= interval.endEarliest)
            m_overlaps << Span{interval.startLatest, std::min(surelyUntil, interval.endEarliest),
                               surelyBy, interval.id};
        if (!coveredUntil.isValid() || interval.endLatest > coveredUntil) {
            coveredUntil = interval.endLatest;
            coveredBy = interval.id;
        }
        if (!surelyUntil.isValid() || interval.endEarliest > surelyUntil) {
            surelyUntil = interval.endEarliest;
            surelyBy = interval.id;
        }
    }
    // After the last home ended, until today: nobody has said where the child lives now.
    if (coveredUntil.isValid() && coveredUntil.addDays(1) < today)
        m_gaps << Span{coveredUntil.addDays(1), today, coveredBy, kNoId};
}

ItemId PlacementHistory::placementAt(const FuzzyDate &date) const
{
    const QDate day = date.representativeDay();
    if (!day.isValid())
        return kNoId;
    // Prefer a placement that surely covered the day, then one that may have; the shorter
    // wins, so a short respite stay inside a long placement is chosen for its own days.
    ItemId best = kNoId;
    int bestRank = 0;
    qint64 bestLength = 0;
    for (const Interval &i : m_intervals) {
        int rank = 0;
        if (i.startLatest <= day && day <= i.endEarliest)
            rank = 2;
        else if (i.startEarliest <= day && day <= i.endLatest)
            rank = 1;
        const qint64 length = i.startEarliest.daysTo(i.endLatest);
        if (rank > bestRank || (rank == bestRank && rank > 0 && length < bestLength)) {
            best = i.id;
            bestRank = rank;
            bestLength = length;
        }
    }
    return best;
}

QDate PlacementHistory::startOf(ItemId id) const
{
    for (const Interval &i : m_intervals) {
        if (i.id == id)
            return i.startEarliest;
    }
    return {};
}

QDate PlacementHistory::endOf(ItemId id) const
{
    for (const Interval &i : m_intervals) {
        if (i.id == id)
            return i.endLatest;
    }
    return {};
}

QString PlacementHistory::describeGap(const Span &gap, const QLocale &locale)
{
    if (gap.from.year() == gap.to.year() && gap.from.month() == gap.to.month())
        return tr("We don't know where you lived in %1.").arg(monthYear(gap.from, locale));
    return tr("We don't know where you lived between %1 and %2.")
        .arg(monthYear(gap.from, locale), monthYear(gap.to, locale));
}

QStringList PlacementHistory::unresolved(const QLocale &locale) const
{
    QStringList lines;
    if (!m_birthKnown)
        lines << tr("We don't know your date of birth yet.");
    for (const Span &gap : m_gaps)
        lines << describeGap(gap, locale);
    for (const Span &overlap : m_overlaps)
        lines << tr("%1 and %2 overlap between %3 and %4. Was one of them a short stay?")
                     .arg(m_names.value(overlap.before), m_names.value(overlap.after),
                          FuzzyDate::day(overlap.from).toDisplayString(locale),
                          FuzzyDate::day(overlap.to).toDisplayString(locale));
    for (ItemId id : m_unknownStarts)
        lines << tr("We don't know when you moved to %1.").arg(m_names.value(id));
    for (ItemId id : m_unknownEnds)
        lines << tr("We don't know when you left %1.").arg(m_names.value(id));
    return lines;
}
