// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "movecontinuity.h"
#include "moveplan.h"

#include <QCoreApplication>
#include <QLocale>

// The words for moves and keeping in touch: a professional's in lists and packs, and the
// child's own in their book.
class MoveWords
{
    Q_DECLARE_TR_FUNCTIONS(MoveWords)

public:
    static QString planName(KeepInTouch::Plan plan);
    static QString wayName(KeepInTouch::Way way);
    static QList<KeepInTouch::Way> ways();
    // "visits and video calls"
    static QString waysInWords(quint8 ways);
    static QString planningName(MovePlan::Planning planning);
    static QString outcomeName(MoveContinuity::Outcome outcome);
    static QString groupName(MoveContinuity::Group group);
    // "Big brother, 14" (their detail, or their role), and "lived with the child at the home
    // left" for someone the child lived with who is not a carer by role.
    static QString whoTheyAre(const Person &person, const MoveContinuity::Tie &tie,
                              bool detail = true);
    // "New arrangement: video calls, every week, arranged by Sue" — or just "Not decided yet"
    // ("No plan recorded" for a move that has happened).
    static QString arrangement(const KeepInTouch &keep, bool past = false);
    // The plan for one person: "Moves with the child" for someone who lives with them in the
    // new home and has no other plan; otherwise arrangement().
    static QString plan(const MoveContinuity::Tie &tie, bool past = false);
    // Why the outcome is what it is: "Last contact recorded 3 March 2021", "Tie ended June 2020".
    static QString evidence(const MoveContinuity::Tie &tie, const QLocale &locale = QLocale());

private:
    static QString evidenceOnly(const MoveContinuity::Tie &tie, const QLocale &locale);

public:
    // "Kept 3 · lost 2 · not known 1", or "4 of 7 decided" for a move still to come.
    static QString summary(const MoveContinuity::Move &move);
    // "Before the move to Nana's house: nothing is decided yet about keeping in touch with
    // Tyler." — for a move still to come with siblings or the carer undecided (`names`).
    static QString undecidedWarning(const QString &toPlace, const QStringList &names);
};
