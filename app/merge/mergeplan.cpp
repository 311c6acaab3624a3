// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergeplan.h"

namespace {

using State = RecordVersions::State;
using Record = RecordVersions::Record;

// Whether `from` has seen every change in `record` (nothing in it is new to them).
bool sawAll(const State &from, const Record &record)
{
    for (const RecordVersions::Version &v : record.versions) {
        if (!from.hasSeen(v))
            return false;
    }
    return true;
}

} // namespace

MergePlan MergePlan::make(const State &here, const State &other)
{
    MergePlan plan;
    const QList<RecordKind> &kinds = RecordKind::all();
    for (int k = 0; k < kinds.size(); ++k) {
        const RecordVersions::Kind &mine = here.kinds[k];
        const RecordVersions::Kind &theirs = other.kinds[k];
        for (auto it = theirs.records.cbegin(); it != theirs.records.cend(); ++it) {
            const auto own = mine.records.constFind(it.key());
            if (own == mine.records.cend()) {
                const auto removed = mine.tombstones.constFind(it.key());
                if (removed == mine.tombstones.cend() || other.hasSeen(*removed))
                    plan.additions << Item{k, it.key()}; // new there, or kept there knowingly
                else if (!sawAll(here, *it))
                    plan.questions << Question{{k, it.key()}, true};
                continue;
            }
            for (int f = 0; f < it->values.size(); ++f) {
                const RecordVersions::Version &mineV = own->versions[f];
                const RecordVersions::Version &theirsV = it->versions[f];
                if (mineV.hash == theirsV.hash)
                    continue; // the same value (the hash is always of the value held now)
                if (mineV.sameChange(theirsV) || here.hasSeen(theirsV))
                    continue; // left out of their copy, or already decided here
                // A field their copy never held as the story has it (left out for them) is
                // never simply taken: the story's own value would be lost.
                if (other.hasSeen(mineV) && !it->withheld.value(f))
                    plan.changes << Item{k, it.key(), f};
                else
                    plan.conflicts << Conflict{{k, it.key(), f}};
            }
        }
        for (auto it = mine.records.cbegin(); it != mine.records.cend(); ++it) {
            const auto removed = theirs.tombstones.constFind(it.key());
            if (theirs.records.contains(it.key()) || removed == theirs.tombstones.cend() ||
                here.hasSeen(*removed))
                continue; // not removed there, or kept here knowingly
            if (sawAll(other, *it))
                plan.removals << Item{k, it.key()};
            else
                plan.questions << Question{{k, it.key()}, false};
        }
    }
    return plan;
}

bool MergePlan::allChosen() const
{
    for (const Conflict &c : conflicts) {
        if (c.choice == Choice::Unchosen)
            return false;
    }
    for (const Question &q : questions) {
        if (q.choice == Choice::Unchosen)
            return false;
    }
    return true;
}

void MergePlan::chooseAll(Choice choice)
{
    for (Conflict &c : conflicts)
        c.choice = choice;
    for (Question &q : questions)
        q.choice = choice;
}
