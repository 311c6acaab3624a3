// SPDX-License-Identifier: GPL-3.0-or-later
#include "datecheck.h"

DateCheck::Result DateCheck::pointInLife(const FuzzyDate &date, QDate birth, QDate today)
{
    if (date.isUnknown())
        return {};
    const QDate earliest = date.earliest();
    const QDate latest = date.latest();
    if (earliest.isValid() && earliest > today)
        return {Severity::Warning, tr("This date is in the future. Is that right?")};
    if (birth.isValid() && latest.isValid() && latest < birth)
        return {Severity::Warning,
                tr("This is before you were born. That's fine for family history.")};
    return {};
}

DateCheck::Result DateCheck::range(const FuzzyDate &from, const FuzzyDate &to)
{
    if (from.isUnknown() || to.isUnknown())
        return {};
    const QDate start = from.earliest();
    const QDate end = to.latest();
    if (start.isValid() && end.isValid() && end < start)
        return {Severity::Error, tr("The end date is before the start date.")};
    return {};
}
