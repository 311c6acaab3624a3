// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casefile.h"
#include "ids.h"
#include "recordkinds.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QVariant>

// Which change of which copy each field of a case last came from, so two copies of one story
// can be brought together without a shared clock and without losing anything silently.
//
// Every file is one *copy* of one *story*. A copy counts its own changes (seq); a change is
// found by comparing each field's value with the hash recorded at the last settle, so every way
// of writing (dialogs, undo, imports) is covered without each repository taking part. A copy
// also remembers how far it has seen every other copy's changes; a field changed in copy B
// that copy A has not seen, while A's own value is one B has seen, is simply B's newer value.
// When neither has seen the other's, both changed it: the user chooses.
class RecordVersions
{
public:
    struct Version
    {
        QString origin;       // the copy that made the change
        qint64 seq = 0;       // that copy's count of settled changes when it was made
        qint64 at = 0;        // seconds since 1970 (shown to people; never compared)
        qint64 hash = 0;      // of the value it set
        bool pending = false; // found by read(), not yet written by settle()

        bool sameChange(const Version &o) const { return origin == o.origin && seq == o.seq; }
    };
    struct Record
    {
        ItemId id = kNoId;
        // Fields (refs as the uid of what they point at), then parts (lists of rows per table).
        QVariantList values;
        QList<Version> versions;
        // Fields this copy holds differently from the copy it was made from (left out or
        // scrubbed for its receiver): what they hold here is not the story's value.
        QList<bool> withheld;
    };
    struct Kind
    {
        QHash<QString, Record> records;     // by key
        QHash<QString, Version> tombstones; // removed records, by key
        QHash<ItemId, QString> keys;        // row id -> key
    };
    struct State
    {
        QString story;
        QString copy;
        qint64 seq = 0; // settled
        QHash<QString, qint64> seen;
        QList<Kind> kinds; // as RecordKind::all()
        int pending = 0;

        // Whether this copy already had the change (its own, or one it brought in).
        bool hasSeen(const Version &v) const
        {
            if (v.origin == copy)
                return v.seq <= seq + 1;
            return seen.value(v.origin, 0) >= v.seq;
        }
    };

    // A file found somewhere other than where it was last opened was copied there: it becomes a
    // new copy of the story that has seen everything the old one had. Files that cannot be
    // written keep who they are.
    static void identify(CaseFile &file);
    // Reads every record with its values and versions. Changes since the last settle are given
    // this copy's next change number (pending) without writing anything.
    static State read(CaseFile &file, StorageError *error);
    // Records the changes read() finds as pending. Writes nothing if there are none. `state`,
    // if given, receives the records read on the way: as recorded when the write succeeded,
    // still pending when it did not (read-only media), so no caller need read them again.
    static StorageError settle(CaseFile &file, State *state = nullptr);
    // The values of fields and parts of one record, as the file holds them now.
    static qint64 hashOf(const QVariant &value);
    static QString fieldName(const RecordKind &kind, int field);

    // For a copy written afresh from another case (a hand-over): records written from the
    // original (row id there, row id in the copy, per table) take the original's ids and
    // versions, so bringing the copy back later recognises them; values the copy holds
    // differently (left out, scrubbed) keep the original's version and so never look like
    // changes made in the copy. The copy is a new copy of the same story.
    using IdPairs = QHash<QString, QList<QPair<ItemId, ItemId>>>;
    static StorageError carry(CaseFile &from, CaseFile &to, const IdPairs &pairs);

    static QString newUid();

private:
    static StorageError carryInto(CaseFile &to, const State &original, const IdPairs &pairs);
};
