// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casecontent.h"
#include "letter.h"

#include <QCoreApplication>
#include <QLocale>

// A first draft of each part of the later life letter, made from the facts already in the case:
// plain sentences with the dates and names filled in, for the writer to rewrite in their own
// voice. Only what the child's own book may hold is used (nothing private, no addresses, no
// professional notes).
class LetterDrafter
{
    Q_DECLARE_TR_FUNCTIONS(LetterDrafter)

public:
    LetterDrafter(const CaseContent &content, LaterLifeLetter::Care care,
                  QDate today = QDate::currentDate(), const QLocale &locale = QLocale());

    // Paragraphs of plain text; empty when the case holds nothing for this part.
    QStringList draft(LetterSection::Kind kind) const;

private:
    QStringList birth() const;
    QStringList birthFamily() const;
    QStringList homes() const;
    QStringList decisions() const;
    QStringList siblings() const;
    QStringList whatYouWereLike() const;
    QStringList contactLater() const;
    QString names(const QList<ItemId> &ids) const;
    QString when(const FuzzyDate &date) const; // "in March 2019" / "on 3 March 2019"
    const Person *person(ItemId id) const;

    CaseContent m_content; // as the child's book may see it
    LaterLifeLetter::Care m_care;
    QDate m_today;
    QLocale m_locale;
};
