// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>

#include <compare>
#include <optional>

struct FuzzyDateParseResult;

// A date as people remember it: an exact day, a month, a season or a year, possibly "about",
// "before", "after" or "between" two such points, or "not known yet". Every FuzzyDate knows the
// range of real days it could mean, sorts in a total order, prints in the user's language, and
// round-trips losslessly through a compact text encoding (see FORMAT.md).
class FuzzyDate
{
    Q_DECLARE_TR_FUNCTIONS(FuzzyDate)

public:
    enum class Precision : quint8 { Year = 1, Season = 2, Month = 3, Day = 4 };
    enum class Season : quint8 { Spring = 1, Summer = 2, Autumn = 3, Winter = 4 };
    enum class Qualifier : quint8 { Unknown = 0, Exact, About, Before, After, Between };

    // One remembered point in time. Winter belongs to the year it starts in (December).
    struct Point
    {
        Precision precision = Precision::Year;
        int year = 0;
        int month = 0; // 1..12 for Month and Day precision
        int day = 0;   // 1..31 for Day precision
        Season season = Season::Spring;

        QDate earliest() const;
        QDate latest() const;
        bool isValid() const;
        bool operator==(const Point &) const = default;
    };

    using ParseResult = FuzzyDateParseResult;

    FuzzyDate() = default; // not known yet

    static FuzzyDate unknown() { return {}; }
    static FuzzyDate day(int year, int month, int day);
    static FuzzyDate day(QDate date);
    static FuzzyDate month(int year, int month);
    static FuzzyDate season(int year, Season season);
    static FuzzyDate year(int year);
    static FuzzyDate about(const Point &point);
    static FuzzyDate before(const Point &point);
    static FuzzyDate after(const Point &point);
    static FuzzyDate between(const Point &first, const Point &last);
    static FuzzyDate exact(const Point &point);

    // What people type: "summer 2015", "about 2012", "March 2019", "12/03/2019" (day order from
    // the locale), "2019-03-12", "between 2010 and 2012", "before 2010", "not known".
    static ParseResult parse(const QString &text, const QLocale &locale = QLocale());
    // Whether numeric dates ("03/12/2019") are read month first in this locale (US English).
    static bool isMonthFirst(const QLocale &locale = QLocale());
    // How a numeric date is read here, for hints: "12/03/2019 (day/month/year)".
    static QString numericExample(const QLocale &locale = QLocale());

    // Lossless storage form; fromStorage() returns nullopt for text it did not write.
    QString toStorage() const;
    static std::optional<FuzzyDate> fromStorage(const QString &text);

    QString toDisplayString(const QLocale &locale = QLocale()) const;

    Qualifier qualifier() const { return m_qualifier; }
    bool isUnknown() const { return m_qualifier == Qualifier::Unknown; }
    bool isValid() const;
    const Point &first() const { return m_first; }
    const Point &last() const { return m_last; } // only meaningful for Between

    // The real days this date could mean. Before/after are open-ended on one side: the open
    // side is an invalid QDate. Both are invalid for an unknown date.
    QDate earliest() const;
    QDate latest() const;
    // Whether the given real day is possibly covered by this date.
    bool mayInclude(QDate date) const;

    // A single day that stands for this date on a time axis and in SQL ORDER BY.
    QDate representativeDay() const;
    // Julian day used to sort; unknown dates sort after every known date.
    qint64 sortKey() const;

    bool operator==(const FuzzyDate &) const = default;
    std::strong_ordering operator<=>(const FuzzyDate &other) const;

private:
    Qualifier m_qualifier = Qualifier::Unknown;
    Point m_first;
    Point m_last;
};

struct FuzzyDateParseResult
{
    std::optional<FuzzyDate> date;
    QString error; // translated, says how to write it; empty on success
    bool ok() const { return date.has_value(); }
};
