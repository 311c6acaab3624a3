// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// What a case holds, described as records for bringing two copies together: each kind of
// record, how one is known in every copy (a stable id, a fixed name or a natural key), its
// fields (some of which point at other records) and its parts (rows in other tables that
// belong to it, such as who was at a memory). RecordVersions and the merge read and write
// cases through this description, so a table added later is merged by describing it here.
struct RecordKind
{
    enum class Key : quint8 {
        Uid,     // a random id in the `uid` column, kept in every copy
        Single,  // the one row with id 1 (the child, the letter)
        Natural, // the value of `keyColumn` (a book setting's name)
    };

    // A column, and the kind of record it points at (its id), if any.
    struct Column
    {
        QString name;
        int ref = -1; // index into RecordKind::all(), -1 for a plain value
        bool nullIsChild = false;
        bool required = false; // a record pointing at someone not in a copy is not written
        // Written with it, never on its own: a date's sort key. The value is then a list of
        // the two.
        QString companion;
    };

    // Rows in another table that belong to the record, kept together as one value.
    struct PartTable
    {
        QString table;
        QString ownerColumn; // empty: the whole table belongs to a single record
        QList<Column> columns;
        QString orderBy;
    };
    struct Part
    {
        QString name;
        QList<PartTable> tables; // written in this order, removed in the reverse
    };

    QString table;
    Key key = Key::Uid;
    QString keyColumn; // Natural only
    QList<Column> fields;
    QList<Part> parts;
    // Columns and tables that travel only when the record is added (a picture's bytes never
    // change after it is added, and comparing them would read every picture).
    QStringList addedOnlyColumns;
    QList<PartTable> addedOnlyTables;

    // In the order records can be written: a kind only points at kinds before it.
    static const QList<RecordKind> &all();
    static int indexOf(const QString &table);
    // The key a Single record has in every copy.
    QString singleKey() const { return table; }
};
