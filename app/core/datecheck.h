// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fuzzydate.h"

#include <QCoreApplication>

// Checks on dates people type, with the words to say about them. A warning still lets the
// user save ("before you were born" is family history); an error does not.
class DateCheck
{
    Q_DECLARE_TR_FUNCTIONS(DateCheck)

public:
    enum class Severity { Fine, Warning, Error };
    struct Result
    {
        Severity severity = Severity::Fine;
        QString message;
        bool blocksSaving() const { return severity == Severity::Error; }
    };

    // A memory or event date: in the future, or before the child was born.
    static Result pointInLife(const FuzzyDate &date, QDate birth, QDate today);
    // A from/to pair: the end must not be surely before the start.
    static Result range(const FuzzyDate &from, const FuzzyDate &to);
};
