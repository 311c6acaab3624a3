// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "letter.h"
#include "person.h"

#include <QList>
#include <QRegularExpression>

// Who the later life letter names, and how names may be printed. A name beyond the first (a
// surname, a full name) needs the person's permission; someone who refused is printed as who
// they were to the child ("your teacher").
class LetterNames
{
public:
    // The people (not pets or places) the text names in any form: the name the child uses,
    // a first name, a surname or a full name. In the order of `people`. A surname the child
    // shares (part of `childName`) does not count on its own: it names the child too.
    static QList<ItemId> named(const QString &text, const QList<Person> &people,
                               const QString &childName = {});
    // Whether a name (as kept in a permission) still appears in the text.
    static bool mentions(const QString &text, const QString &name);

    struct Replacement
    {
        QRegularExpression pattern;
        QString with;
    };
    // What printing changes, longest names first: refused → their role (or "someone who knew
    // you" for someone no longer in the case); not given → a full name cut to the first name.
    static QList<Replacement> forPrint(const QList<Person> &people,
                                       const QList<LetterPermission> &permissions,
                                       const QString &childName = {});
    static QString apply(QString text, const QList<Replacement> &replacements);
    // "your teacher, your teacher" where the writer had put both: said once.
    static QRegularExpression repeated(const QString &with);
    // The first name for printing: the first of a full name, else the name the child uses.
    static QString firstName(const Person &person);
};
