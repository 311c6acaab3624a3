// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casecontent.h"
#include "casefile.h"
#include "gedcomreader.h"

#include <QCoreApplication>

// A family tree (GEDCOM) turned into the case's people and family, and back.
//
// Brought in, everyone in the file is a new person ("Not sure yet" who they are to the child,
// since the file does not say), with their sex, birth and death; each family's couple a
// partnership; each child's link to each parent of the kind the file gives (birth when it says
// nothing, as GEDCOM means). The person chosen as the child becomes the child's links instead of
// a new person. Sent out, only the family's shape goes: names, sex, birth, death, parents and
// partners — not private people, pregnancies lost, notes, addresses, roles or anything else.
class FamilyTree
{
    Q_DECLARE_TR_FUNCTIONS(FamilyTree)

public:
    struct Import
    {
        QList<Person> people; // ids 1.. local to this import
        Family family;        // links between them (kChildId: the child)
        int families = 0;     // families in the file that brought at least one line
        QList<GedcomReader::Problem> problems;
        // Given by bringIn(), kept for putting the same records back (redo).
        QStringList personUids, parentUids, partnershipUids;
    };
    // `childXref`: the file's person who is the child the story is about (empty: no one);
    // `same`: people in the file who are someone already in the story (xref -> their id),
    // joined by the file's lines instead of being added again. Lines the story has already
    // (`existing`) are not added twice.
    static Import fromGedcom(const GedcomReader::Result &file, const QString &childXref = {},
                             const QHash<QString, ItemId> &same = {}, const Family &existing = {});
    // People in the file who look like someone already in the story: the same name (full, or
    // what the child calls them), and the same year of birth where both are known. Only
    // suggestions: the user ticks the ones that are the same person.
    static QHash<QString, ItemId> lookAlikes(const GedcomReader::Result &file,
                                             const QList<Person> &people);

    // Writes what was read into an open case in one transaction, as new people (never over
    // anyone there) with their family lines. The first time, the people and lines get new ids,
    // written back into `import`; with `again` (redo) they are put back under those ids.
    static StorageError bringIn(CaseFile &file, Import &import, bool again = false);
    // Removes what bringIn added (undo), in one transaction.
    static StorageError takeOut(CaseFile &file, const Import &import);

    struct Export
    {
        QByteArray gedcom;
        int people = 0;
        int families = 0;
        QStringList leftOut; // plain sentences for the person exporting
    };
    static Export toGedcom(const CaseContent &content);
};
