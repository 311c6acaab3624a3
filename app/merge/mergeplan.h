// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordversions.h"

#include <QList>
#include <QString>

// merge: bringing the changes of another copy of the same story into this one.
//
// MergePlan compares two copies' records field by field with their versions (RecordVersions)
// and says what to do with each difference: records only the other copy has are added; a field
// only the other copy changed is taken; a record the other copy removed, untouched here, is
// removed. What both changed, and records removed on one side but changed on the other, are
// put to the user (or to --mine / --theirs on the command line): nothing is lost silently.
struct MergePlan
{
    enum class Choice : quint8 { Unchosen, Mine, Theirs };

    struct Item
    {
        int kind = -1; // index into RecordKind::all()
        QString key;
        int field = -1; // for changes and conflicts
    };
    struct Conflict : Item
    {
        Choice choice = Choice::Unchosen;
    };
    // A record removed in one copy and changed in the other. Mine keeps this copy's state
    // (removed, or kept); Theirs follows the other copy (brought back, or removed).
    struct Question : Item
    {
        bool removedHere = false;
        Choice choice = Choice::Unchosen;
    };

    QList<Item> additions;
    QList<Item> changes; // fields taken from the other copy
    QList<Item> removals;
    QList<Conflict> conflicts;
    QList<Question> questions;

    static MergePlan make(const RecordVersions::State &here, const RecordVersions::State &other);

    bool isEmpty() const
    {
        return additions.isEmpty() && changes.isEmpty() && removals.isEmpty() &&
               conflicts.isEmpty() && questions.isEmpty();
    }
    bool allChosen() const;
    void chooseAll(Choice choice);
};
