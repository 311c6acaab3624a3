// SPDX-License-Identifier: GPL-3.0-or-later
#include "chronology.h"

#include "vocabulary.h"

#include <algorithm>

namespace {

// Two fuzzy dates that may mean the same day (an exact day inside "August 2022").
bool mayMeetOn(const FuzzyDate &a, const FuzzyDate &b)
{
    if (a.isUnknown() || b.isUnknown())
        return false;
    const QDate aFrom = a.earliest(), aTo = a.latest(), bFrom = b.earliest(), bTo = b.latest();
    return (!aFrom.isValid() || !bTo.isValid() || aFrom <= bTo) &&
           (!bFrom.isValid() || !aTo.isValid() || bFrom <= aTo);
}

QString joined(const QStringList &parts, const QString &separator)
{
    QStringList kept;
    for (const QString &p : parts) {
        if (!p.trimmed().isEmpty() && !kept.contains(p.trimmed()))
            kept << p.trimmed();
    }
    return kept.join(separator);
}

// "…. " between sentences that may or may not end in a full stop.
QString sentences(const QStringList &parts)
{
    QString text;
    for (const QString &p : parts) {
        const QString t = p.trimmed();
        if (t.isEmpty())
            continue;
        if (!text.isEmpty())
            text += text.endsWith(QLatin1Char('.')) ? QStringLiteral(" ") : QStringLiteral(". ");
        text += t;
    }
    return text;
}

} // namespace

QList<Chronology::Entry> Chronology::build(const CaseContent &c, QDate today)
{
    const auto nameOf = [&c](ItemId id) {
        for (const Person &p : c.people) {
            if (p.id == id)
                return p.fullName.isEmpty() ? p.displayName() : p.fullName;
        }
        return QString();
    };
    const auto childSaid = [](const QString &words) {
        return words.trimmed().isEmpty() ? QString()
                                         : tr("In the child's words: “%1”").arg(words.trimmed());
    };

    QList<Entry> entries;
    QList<const Placement *> homes;
    for (const Placement &p : c.placements)
        homes << &p;
    std::stable_sort(homes.begin(), homes.end(), [](const Placement *a, const Placement *b) {
        return a->from.sortKey() < b->from.sortKey();
    });

    // Moves: into the first home, between each two, and out of the last if it ended.
    struct Move
    {
        qsizetype entry;
        FuzzyDate date;
    };
    QList<Move> moves;
    const Placement *previous = nullptr;
    for (const Placement *p : std::as_const(homes)) {
        const QString type = Vocabulary::placementTypeName(p->type);
        Entry e;
        e.date = p->from;
        if (!previous) {
            e.event = tr("Home: %1 (%2)").arg(p->placeName, type);
            e.event = sentences({e.event, p->cameReasonRecord});
            e.impact = childSaid(p->cameReasonChildsWords);
        } else {
            // A home not moved into yet is a plan, not something that happened.
            e.event =
                p->isPlannedOn(today)
                    ? tr("Planned move from %1 to %2 (%3)")
                          .arg(previous->placeName, p->placeName, type)
                    : tr("Moved from %1 to %2 (%3)").arg(previous->placeName, p->placeName, type);
            const QString why = sentences({previous->leftReasonRecord, p->cameReasonRecord});
            if (!why.isEmpty())
                e.event += QStringLiteral(": ") + why;
            e.impact = joined(
                {childSaid(previous->leftReasonChildsWords), childSaid(p->cameReasonChildsWords)},
                QStringLiteral(" "));
        }
        moves << Move{entries.size(), e.date};
        entries << e;
        previous = p;
    }
    if (previous && !previous->to.isUnknown()) {
        Entry e;
        e.date = previous->to;
        e.event = tr("Left %1").arg(previous->placeName);
        if (!previous->leftReasonRecord.isEmpty())
            e.event += QStringLiteral(": ") + previous->leftReasonRecord;
        e.impact = childSaid(previous->leftReasonChildsWords);
        moves << Move{entries.size(), e.date};
        entries << e;
    }

    for (const Event &ev : c.events) {
        QString details = sentences(
            {ev.details, ev.outcome.isEmpty() ? QString() : tr("Outcome: %1").arg(ev.outcome)});
        QStringList who;
        for (ItemId id : ev.peopleIds)
            who << nameOf(id);
        who.removeAll(QString());
        // A recorded move on the date of a move between homes is the same move: merged.
        if (ev.type == Event::Type::PlacementMove) {
            const auto same = std::find_if(moves.begin(), moves.end(), [&ev](const Move &m) {
                return mayMeetOn(m.date, ev.date);
            });
            if (same != moves.end()) {
                Entry &row = entries[same->entry];
                row.event = sentences({row.event, details});
                row.source = joined({row.source, ev.source}, QStringLiteral("; "));
                row.impact = joined({row.impact, ev.impactOnChild}, QStringLiteral(" "));
                moves.erase(same); // one event per move
                continue;
            }
        }
        QString event = Vocabulary::eventTypeName(ev.type) + QStringLiteral(": ") + ev.title;
        if (!details.isEmpty())
            event = sentences({event, details});
        if (!who.isEmpty())
            event += QStringLiteral(" (") + who.join(QStringLiteral(", ")) + QStringLiteral(")");
        entries << Entry{ev.date, event, ev.source, ev.impactOnChild};
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.date.sortKey() < b.date.sortKey();
    });
    return entries;
}
