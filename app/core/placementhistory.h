// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "placement.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>

// Where the child lived, checked for what is missing: gaps nobody has filled in yet, overlaps,
// and placements whose dates are not known. Fuzzy dates are taken at their widest, so a gap or
// an overlap is only reported when it is certain ("2015" to "2016" is not a gap).
class PlacementHistory
{
    Q_DECLARE_TR_FUNCTIONS(PlacementHistory)

public:
    struct Span
    {
        QDate from;
        QDate to;
        ItemId before = kNoId; // the placement before a gap, or the first of an overlap
        ItemId after = kNoId;  // the placement after a gap, or the second of an overlap
        bool operator==(const Span &) const = default;
    };

    // `birth` may be invalid (not known); `today` bounds a placement that has not ended.
    // `earliestOther` is the first day anything else happened (a memory, an event): time
    // before the first known home is a gap when the birth or such a thing lies before it.
    PlacementHistory(const QList<Placement> &placements, QDate birth, QDate today,
                     QDate earliestOther = QDate());

    const QList<Span> &gaps() const { return m_gaps; }
    const QList<Span> &overlaps() const { return m_overlaps; }
    // Placements with no start date, or (other than the newest) no end date.
    const QList<ItemId> &unknownStarts() const { return m_unknownStarts; }
    const QList<ItemId> &unknownEnds() const { return m_unknownEnds; }

    // The placement the child most likely lived in on that date, or kNoId.
    ItemId placementAt(const FuzzyDate &date) const;
    // The days a placement may cover, as drawn on the timeline (end = today while ongoing).
    QDate startOf(ItemId id) const;
    QDate endOf(ItemId id) const;

    // "We don't know where you lived between March 2014 and June 2014."
    static QString describeGap(const Span &gap, const QLocale &locale = QLocale());
    // Everything still unresolved, one plain sentence each, in date order.
    QStringList unresolved(const QLocale &locale = QLocale()) const;

private:
    struct Interval
    {
        ItemId id = kNoId;
        QString name;
        QDate startEarliest, startLatest, endEarliest, endLatest;
    };
    QList<Interval> m_intervals; // by start
    QList<Span> m_gaps;
    QList<Span> m_overlaps;
    QList<ItemId> m_unknownStarts;
    QList<ItemId> m_unknownEnds;
    QHash<ItemId, QString> m_names;
    bool m_birthKnown = false;
};
