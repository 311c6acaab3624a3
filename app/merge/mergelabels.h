// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordversions.h"

#include <QCoreApplication>
#include <QString>

// Words for what a merge will do, for the review window and the command line: what kind of
// thing a record is, which one ("Mum", "Seaside day"), which of its details, and a value as a
// person would read it (names instead of ids, "Yes" instead of 1).
class MergeLabels
{
    Q_DECLARE_TR_FUNCTIONS(MergeLabels)

public:
    static QString kind(int kind);
    static QString title(const RecordVersions::State &state, int kind, const QString &key);
    // In the words of the person window where it has its own ("What Maya calls them").
    static QString field(const RecordVersions::State &state, int kind, int field);
    // The child's name as the story has it, or "the child".
    static QString childName(const RecordVersions::State &state);
    static QString value(const RecordVersions::State &state, int kind, int field,
                         const QVariant &value);
    // "Memory “Seaside day”" — the kind and which one.
    static QString thing(const RecordVersions::State &state, int kind, const QString &key);
};
