// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: what people type as a date, in every language the app speaks. Parsing must
// never crash or hang, and what it accepts must survive storage and display.
#include "fuzzydate.h"

#include <QCoreApplication>
#include <QLocale>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QList<QLocale> locales = {QLocale(QLocale::English, QLocale::UnitedKingdom),
                                           QLocale(QLocale::English, QLocale::UnitedStates),
                                           QLocale(QLocale::Welsh),
                                           QLocale(QLocale::Arabic, QLocale::Egypt)};
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const QLocale &locale : locales) {
        const FuzzyDate::ParseResult r = FuzzyDate::parse(text, locale);
        if (r.ok() == !r.error.isEmpty())
            std::abort(); // exactly one of a date and an explanation
        if (!r.ok())
            continue;
        const FuzzyDate &date = *r.date;
        // What was understood is stored losslessly and can always be shown.
        const auto back = FuzzyDate::fromStorage(date.toStorage());
        if (!back || !(*back == date))
            std::abort();
        (void)date.toDisplayString(locale);
        (void)date.sortKey();
        (void)date.representativeDay();
    }
    // Text from a damaged file goes through fromStorage too.
    if (const auto stored = FuzzyDate::fromStorage(text)) {
        const auto again = FuzzyDate::fromStorage(stored->toStorage());
        if (!again || !(*again == *stored))
            std::abort();
    }
    return 0;
}
