// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzydate.h"

#include <QRegularExpression>
#include <QStringList>

#include <tuple>

namespace {

constexpr int kMinYear = 1800;
constexpr int kMaxYear = 2200;

QString seasonStorageName(FuzzyDate::Season s)
{
    switch (s) {
    case FuzzyDate::Season::Spring:
        return QStringLiteral("spring");
    case FuzzyDate::Season::Summer:
        return QStringLiteral("summer");
    case FuzzyDate::Season::Autumn:
        return QStringLiteral("autumn");
    case FuzzyDate::Season::Winter:
        return QStringLiteral("winter");
    }
    return {};
}

QString pointToStorage(const FuzzyDate::Point &p)
{
    const QString y = QStringLiteral("%1").arg(p.year, 4, 10, QLatin1Char('0'));
    switch (p.precision) {
    case FuzzyDate::Precision::Year:
        return y;
    case FuzzyDate::Precision::Season:
        return y + QLatin1Char('-') + seasonStorageName(p.season);
    case FuzzyDate::Precision::Month:
        return y + QStringLiteral("-%1").arg(p.month, 2, 10, QLatin1Char('0'));
    case FuzzyDate::Precision::Day:
        return y + QStringLiteral("-%1-%2")
                       .arg(p.month, 2, 10, QLatin1Char('0'))
                       .arg(p.day, 2, 10, QLatin1Char('0'));
    }
    return {};
}

std::optional<FuzzyDate::Point> pointFromStorage(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?|-(spring|summer|autumn|winter))?$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    FuzzyDate::Point p;
    p.year = m.captured(1).toInt();
    if (m.hasCaptured(4)) {
        p.precision = FuzzyDate::Precision::Season;
        for (int s = 1; s <= 4; ++s) {
            if (seasonStorageName(FuzzyDate::Season(s)) == m.captured(4))
                p.season = FuzzyDate::Season(s);
        }
    } else if (m.hasCaptured(3)) {
        p.precision = FuzzyDate::Precision::Day;
        p.month = m.captured(2).toInt();
        p.day = m.captured(3).toInt();
    } else if (m.hasCaptured(2)) {
        p.precision = FuzzyDate::Precision::Month;
        p.month = m.captured(2).toInt();
    }
    if (!p.isValid())
        return std::nullopt;
    return p;
}

// A long date without the weekday, in the locale's own order ("12 March 2019", "March 12, 2019").
QString dayFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::LongFormat);
    static const QRegularExpression weekday(QStringLiteral("d{4}[,\u060C]?\\s*"));
    format.remove(weekday);
    format = format.trimmed();
    if (format.endsWith(QLatin1Char(',')) || format.endsWith(QChar(0x060C)))
        format.chop(1);
    return format.isEmpty() ? QStringLiteral("d MMMM yyyy") : format;
}

} // namespace

QDate FuzzyDate::Point::earliest() const
{
    switch (precision) {
    case Precision::Year:
        return QDate(year, 1, 1);
    case Precision::Season:
        switch (season) {
        case Season::Spring:
            return QDate(year, 3, 1);
        case Season::Summer:
            return QDate(year, 6, 1);
        case Season::Autumn:
            return QDate(year, 9, 1);
        case Season::Winter:
            return QDate(year, 12, 1);
        }
        break;
    case Precision::Month:
        return QDate(year, month, 1);
    case Precision::Day:
        return QDate(year, month, day);
    }
    return {};
}

QDate FuzzyDate::Point::latest() const
{
    switch (precision) {
    case Precision::Year:
        return QDate(year, 12, 31);
    case Precision::Season:
        return earliest().addMonths(3).addDays(-1);
    case Precision::Month:
        return earliest().addMonths(1).addDays(-1);
    case Precision::Day:
        return earliest();
    }
    return {};
}

bool FuzzyDate::Point::isValid() const
{
    if (year < kMinYear || year > kMaxYear)
        return false;
    switch (precision) {
    case Precision::Year:
        return month == 0 && day == 0;
    case Precision::Season:
        return month == 0 && day == 0 && int(season) >= 1 && int(season) <= 4;
    case Precision::Month:
        return month >= 1 && month <= 12 && day == 0;
    case Precision::Day:
        return QDate::isValid(year, month, day);
    }
    return false;
}

FuzzyDate FuzzyDate::exact(const Point &point)
{
    FuzzyDate d;
    d.m_qualifier = Qualifier::Exact;
    d.m_first = point;
    return d;
}

FuzzyDate FuzzyDate::day(int y, int m, int d)
{
    return exact(Point{Precision::Day, y, m, d, Season::Spring});
}

FuzzyDate FuzzyDate::day(QDate date)
{
    return day(date.year(), date.month(), date.day());
}

FuzzyDate FuzzyDate::month(int y, int m)
{
    return exact(Point{Precision::Month, y, m, 0, Season::Spring});
}

FuzzyDate FuzzyDate::season(int y, Season s)
{
    return exact(Point{Precision::Season, y, 0, 0, s});
}

FuzzyDate FuzzyDate::year(int y)
{
    return exact(Point{Precision::Year, y, 0, 0, Season::Spring});
}

FuzzyDate FuzzyDate::about(const Point &point)
{
    FuzzyDate d = exact(point);
    d.m_qualifier = Qualifier::About;
    return d;
}

FuzzyDate FuzzyDate::before(const Point &point)
{
    FuzzyDate d = exact(point);
    d.m_qualifier = Qualifier::Before;
    return d;
}

FuzzyDate FuzzyDate::after(const Point &point)
{
    FuzzyDate d = exact(point);
    d.m_qualifier = Qualifier::After;
    return d;
}

FuzzyDate FuzzyDate::between(const Point &first, const Point &last)
{
    FuzzyDate d = exact(first);
    d.m_qualifier = Qualifier::Between;
    d.m_last = last;
    return d;
}

bool FuzzyDate::isValid() const
{
    switch (m_qualifier) {
    case Qualifier::Unknown:
        return true;
    case Qualifier::Between:
        return m_first.isValid() && m_last.isValid() && m_first.earliest() < m_last.earliest();
    default:
        return m_first.isValid();
    }
}

QDate FuzzyDate::earliest() const
{
    switch (m_qualifier) {
    case Qualifier::Unknown:
    case Qualifier::Before:
        return {};
    case Qualifier::After:
        return m_first.latest().addDays(1);
    default:
        return m_first.earliest();
    }
}

QDate FuzzyDate::latest() const
{
    switch (m_qualifier) {
    case Qualifier::Unknown:
    case Qualifier::After:
        return {};
    case Qualifier::Before:
        return m_first.earliest().addDays(-1);
    case Qualifier::Between:
        return m_last.latest();
    default:
        return m_first.latest();
    }
}

bool FuzzyDate::mayInclude(QDate date) const
{
    if (isUnknown() || !date.isValid())
        return false;
    const QDate from = earliest();
    const QDate to = latest();
    return (!from.isValid() || from <= date) && (!to.isValid() || date <= to);
}

QDate FuzzyDate::representativeDay() const
{
    switch (m_qualifier) {
    case Qualifier::Unknown:
        return {};
    case Qualifier::Before:
        return m_first.earliest().addDays(-1);
    case Qualifier::After:
        return m_first.latest().addDays(1);
    default:
        return m_first.earliest();
    }
}

qint64 FuzzyDate::sortKey() const
{
    if (isUnknown())
        return std::numeric_limits<qint64>::max();
    return representativeDay().toJulianDay();
}

std::strong_ordering FuzzyDate::operator<=>(const FuzzyDate &other) const
{
    auto key = [](const FuzzyDate &d) {
        auto point = [](const Point &p) {
            return std::make_tuple(int(p.precision), p.year, p.month, p.day, int(p.season));
        };
        return std::make_tuple(d.sortKey(), int(d.m_qualifier), point(d.m_first),
                               d.m_qualifier == Qualifier::Between ? point(d.m_last)
                                                                   : point(Point{}));
    };
    return key(*this) <=> key(other);
}

QString FuzzyDate::toStorage() const
{
    switch (m_qualifier) {
    case Qualifier::Unknown:
        return QString(QLatin1String(""));
    case Qualifier::Exact:
        return pointToStorage(m_first);
    case Qualifier::About:
        return QLatin1Char('~') + pointToStorage(m_first);
    case Qualifier::Before:
        return QLatin1Char('<') + pointToStorage(m_first);
    case Qualifier::After:
        return QLatin1Char('>') + pointToStorage(m_first);
    case Qualifier::Between:
        return pointToStorage(m_first) + QStringLiteral("..") + pointToStorage(m_last);
    }
    return {};
}

std::optional<FuzzyDate> FuzzyDate::fromStorage(const QString &text)
{
    if (text.isEmpty())
        return FuzzyDate();
    const QChar lead = text.front();
    if (lead == QLatin1Char('~') || lead == QLatin1Char('<') || lead == QLatin1Char('>')) {
        const auto p = pointFromStorage(text.mid(1));
        if (!p)
            return std::nullopt;
        if (lead == QLatin1Char('~'))
            return about(*p);
        return lead == QLatin1Char('<') ? before(*p) : after(*p);
    }
    const qsizetype dots = text.indexOf(QStringLiteral(".."));
    if (dots >= 0) {
        const auto a = pointFromStorage(text.left(dots));
        const auto b = pointFromStorage(text.mid(dots + 2));
        if (!a || !b)
            return std::nullopt;
        const FuzzyDate d = between(*a, *b);
        return d.isValid() ? std::optional(d) : std::nullopt;
    }
    const auto p = pointFromStorage(text);
    return p ? std::optional(exact(*p)) : std::nullopt;
}

namespace {

QString pointDisplay(const FuzzyDate::Point &p, const QLocale &locale)
{
    const QString y = QString::number(p.year);
    switch (p.precision) {
    case FuzzyDate::Precision::Year:
        return y;
    case FuzzyDate::Precision::Season:
        switch (p.season) {
        case FuzzyDate::Season::Spring:
            return FuzzyDate::tr("spring %1").arg(y);
        case FuzzyDate::Season::Summer:
            return FuzzyDate::tr("summer %1").arg(y);
        case FuzzyDate::Season::Autumn:
            return FuzzyDate::tr("autumn %1").arg(y);
        case FuzzyDate::Season::Winter:
            return FuzzyDate::tr("winter %1").arg(y);
        }
        break;
    case FuzzyDate::Precision::Month:
        return FuzzyDate::tr("%1 %2", "month name, then year")
            .arg(locale.standaloneMonthName(p.month, QLocale::LongFormat), y);
    case FuzzyDate::Precision::Day:
        return locale.toString(QDate(p.year, p.month, p.day), dayFormat(locale));
    }
    return {};
}

} // namespace

QString FuzzyDate::toDisplayString(const QLocale &locale) const
{
    switch (m_qualifier) {
    case Qualifier::Unknown:
        return tr("not known yet");
    case Qualifier::Exact:
        return pointDisplay(m_first, locale);
    case Qualifier::About:
        return tr("about %1").arg(pointDisplay(m_first, locale));
    case Qualifier::Before:
        return tr("before %1").arg(pointDisplay(m_first, locale));
    case Qualifier::After:
        return tr("after %1").arg(pointDisplay(m_first, locale));
    case Qualifier::Between:
        return tr("between %1 and %2")
            .arg(pointDisplay(m_first, locale), pointDisplay(m_last, locale));
    }
    return {};
}

// ---- parsing ---------------------------------------------------------------------------------

namespace {

struct PointParse
{
    std::optional<FuzzyDate::Point> point;
    QString error;
};

QStringList words(const QString &translated, const char *english)
{
    QStringList list = translated.toLower().split(QLatin1Char('|'), Qt::SkipEmptyParts);
    const QStringList en = QString::fromLatin1(english).split(QLatin1Char('|'));
    for (const QString &w : en) {
        if (!list.contains(w))
            list << w;
    }
    return list;
}

int monthFromName(const QString &word, const QLocale &locale)
{
    QString w = word;
    if (w.endsWith(QLatin1Char('.')))
        w.chop(1);
    if (w.isEmpty())
        return 0;
    for (const QLocale &l : {locale, QLocale(QLocale::English)}) {
        for (int m = 1; m <= 12; ++m) {
            for (const QString &name :
                 {l.monthName(m, QLocale::LongFormat), l.monthName(m, QLocale::ShortFormat),
                  l.standaloneMonthName(m, QLocale::LongFormat),
                  l.standaloneMonthName(m, QLocale::ShortFormat)}) {
                QString n = l.toLower(name);
                if (n.endsWith(QLatin1Char('.')))
                    n.chop(1);
                if (n == w)
                    return m;
            }
        }
    }
    if (w == QLatin1String("sept"))
        return 9;
    return 0;
}

std::optional<FuzzyDate::Season> seasonFromName(const QString &w)
{
    const QList<QPair<QStringList, FuzzyDate::Season>> seasons = {
        {words(FuzzyDate::tr("spring", "season word when typing a date"), "spring"),
         FuzzyDate::Season::Spring},
        {words(FuzzyDate::tr("summer", "season word when typing a date"), "summer"),
         FuzzyDate::Season::Summer},
        {words(FuzzyDate::tr("autumn|fall", "season words when typing a date, | separated"),
               "autumn|fall"),
         FuzzyDate::Season::Autumn},
        {words(FuzzyDate::tr("winter", "season word when typing a date"), "winter"),
         FuzzyDate::Season::Winter},
    };
    for (const auto &[names, season] : seasons) {
        if (names.contains(w))
            return season;
    }
    return std::nullopt;
}

PointParse yearError(const QString &yearText)
{
    if (yearText.size() <= 2)
        return {std::nullopt, FuzzyDate::tr("Please write the year in full, for example 2019.")};
    return {std::nullopt,
            FuzzyDate::tr("The year %1 does not look right. Please check it.").arg(yearText)};
}

PointParse checkedDay(int y, int m, int d, const QString &yearText, const QLocale &locale)
{
    if (yearText.size() != 4 || y < kMinYear || y > kMaxYear)
        return yearError(yearText);
    if (m < 1 || m > 12)
        return {std::nullopt, FuzzyDate::tr("There is no month number %1. Months go from 1 to "
                                            "12.")
                                  .arg(m)};
    if (!QDate::isValid(y, m, d))
        return {std::nullopt,
                FuzzyDate::tr("%1 has no day %2.")
                    .arg(locale.standaloneMonthName(m) + QLatin1Char(' ') + QString::number(y),
                         QString::number(d))};
    return {FuzzyDate::Point{FuzzyDate::Precision::Day, y, m, d, FuzzyDate::Season::Spring}, {}};
}

// Day-month order of numeric dates ("12/03/2019"), taken from the locale's short date format.
bool localeIsMonthFirst(const QLocale &locale)
{
    const QString f = locale.dateFormat(QLocale::ShortFormat);
    const qsizetype d = f.indexOf(QLatin1Char('d'));
    const qsizetype m = f.indexOf(QLatin1Char('M'));
    const qsizetype y = f.indexOf(QLatin1Char('y'));
    return m >= 0 && d >= 0 && m < d && !(y >= 0 && y < m);
}

PointParse parsePoint(const QString &text, const QLocale &locale)
{
    static const QRegularExpression yearOnly(QStringLiteral("^(\\d+)$"));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?$"));
    static const QRegularExpression numeric(
        QStringLiteral("^(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d+)$"));
    static const QRegularExpression monthYearNumeric(QStringLiteral("^(\\d{1,2})[/.](\\d+)$"));
    static const QRegularExpression ordinal(QStringLiteral("(\\d+)(st|nd|rd|th)\\b"));

    QString t = text;
    t.replace(ordinal, QStringLiteral("\\1"));
    t.replace(QLatin1Char(','), QLatin1Char(' '));
    t = t.simplified();

    if (auto m = yearOnly.match(t); m.hasMatch()) {
        const int y = m.captured(1).toInt();
        if (m.captured(1).size() != 4 || y < kMinYear || y > kMaxYear)
            return yearError(m.captured(1));
        return {FuzzyDate::Point{FuzzyDate::Precision::Year, y, 0, 0, FuzzyDate::Season::Spring},
                {}};
    }
    if (auto m = iso.match(t); m.hasMatch()) {
        const int y = m.captured(1).toInt();
        const int mo = m.captured(2).toInt();
        if (!m.hasCaptured(3)) {
            if (mo < 1 || mo > 12 || y < kMinYear || y > kMaxYear)
                return {std::nullopt, FuzzyDate::tr("There is no month number %1. Months go from "
                                                    "1 to 12.")
                                          .arg(mo)};
            return {
                FuzzyDate::Point{FuzzyDate::Precision::Month, y, mo, 0, FuzzyDate::Season::Spring},
                {}};
        }
        return checkedDay(y, mo, m.captured(3).toInt(), m.captured(1), locale);
    }
    if (auto m = numeric.match(t); m.hasMatch()) {
        int a = m.captured(1).toInt();
        int b = m.captured(2).toInt();
        if (localeIsMonthFirst(locale))
            std::swap(a, b);
        return checkedDay(m.captured(3).toInt(), b, a, m.captured(3), locale);
    }
    if (auto m = monthYearNumeric.match(t); m.hasMatch()) {
        const int mo = m.captured(1).toInt();
        const int y = m.captured(2).toInt();
        if (m.captured(2).size() != 4 || y < kMinYear || y > kMaxYear)
            return yearError(m.captured(2));
        if (mo < 1 || mo > 12)
            return {std::nullopt,
                    FuzzyDate::tr("There is no month number %1. Months go from 1 to 12.").arg(mo)};
        return {FuzzyDate::Point{FuzzyDate::Precision::Month, y, mo, 0, FuzzyDate::Season::Spring},
                {}};
    }

    QStringList parts = t.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // A season can take more than one word: Welsh says "yr hydref 2015" for autumn, because
    // "Hydref" alone is October. Tried before filler words are dropped.
    if (parts.size() >= 3) {
        bool numberOk = false;
        const int y = parts.last().toInt(&numberOk);
        if (numberOk && parts.last().size() == 4 && y >= kMinYear && y <= kMaxYear) {
            if (const auto s = seasonFromName(parts.mid(0, parts.size() - 1).join(u' ')))
                return {FuzzyDate::Point{FuzzyDate::Precision::Season, y, 0, 0, *s}, {}};
        }
    }
    parts.removeAll(QStringLiteral("of"));
    parts.removeAll(FuzzyDate::tr("of", "filler word in 'summer of 2015'").toLower());
    if (parts.size() == 2) {
        const QString &yearText = parts[1];
        bool numberOk = false;
        const int y = yearText.toInt(&numberOk);
        if (numberOk) {
            if (yearText.size() != 4 || y < kMinYear || y > kMaxYear)
                return yearError(yearText);
            if (const auto s = seasonFromName(parts[0]))
                return {FuzzyDate::Point{FuzzyDate::Precision::Season, y, 0, 0, *s}, {}};
            if (const int mo = monthFromName(parts[0], locale))
                return {FuzzyDate::Point{FuzzyDate::Precision::Month, y, mo, 0,
                                         FuzzyDate::Season::Spring},
                        {}};
        }
    }
    if (parts.size() == 3) {
        bool dayFirst = false;
        bool monthFirst = false;
        const int d1 = parts[0].toInt(&dayFirst);
        const int d2 = parts[1].toInt(&monthFirst);
        if (dayFirst) {
            if (const int mo = monthFromName(parts[1], locale))
                return checkedDay(parts[2].toInt(), mo, d1, parts[2], locale);
        } else if (monthFirst) {
            if (const int mo = monthFromName(parts[0], locale))
                return checkedDay(parts[2].toInt(), mo, d2, parts[2], locale);
        }
    }
    return {std::nullopt, {}};
}

bool stripPrefix(QString &text, const QStringList &prefixes)
{
    for (const QString &p : prefixes) {
        if (text.startsWith(p + QLatin1Char(' '))) {
            text = text.mid(p.size() + 1).trimmed();
            return true;
        }
        // "~2012" and "c.2012" need no space
        if (!p.front().isLetter() && text.startsWith(p)) {
            text = text.mid(p.size()).trimmed();
            return true;
        }
    }
    return false;
}

} // namespace

FuzzyDate::ParseResult FuzzyDate::parse(const QString &input, const QLocale &locale)
{
    QString text = locale.toLower(input.simplified());
    // Digits as Arabic writes them (٢٠١٥, ۲۰۱۵) are read like 2015.
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x0660 && u <= 0x0669)
            c = QChar(u'0' + (u - 0x0660));
        else if (u >= 0x06F0 && u <= 0x06F9)
            c = QChar(u'0' + (u - 0x06F0));
    }
    const auto hint = [&input]() {
        return tr("Belonging could not read “%1” as a date. Try something like 12/03/2019, "
                  "March 2019, summer 2015, about 2012 or between 2010 and 2012.")
            .arg(input.simplified().left(60));
    };

    if (text.isEmpty() || text == QLatin1String("?") ||
        words(tr("not known|not known yet|unknown|don't know",
                 "ways of saying a date is not known, | separated"),
              // not translated: English is always understood as well as the language in use
              "not known|not known yet|unknown|don't know|dont know")
            .contains(text))
        return {FuzzyDate(), {}};

    const auto finish = [&](const PointParse &p, auto make) -> ParseResult {
        if (p.point)
            return {make(*p.point), {}};
        return {std::nullopt, p.error.isEmpty() ? hint() : p.error};
    };

    if (stripPrefix(text, words(tr("about|around|approximately|circa|roughly",
                                   "words meaning 'about' a date, | separated"),
                                "about|around|approximately|approx.|circa|roughly|c.|~")))
        return finish(parsePoint(text, locale), &FuzzyDate::about);
    if (stripPrefix(text, words(tr("before", "as in 'before 2010'"), "before")))
        return finish(parsePoint(text, locale), &FuzzyDate::before);
    if (stripPrefix(text, words(tr("after", "as in 'after 2010'"), "after")))
        return finish(parsePoint(text, locale), &FuzzyDate::after);

    // Ranges: "between A and B", "from A to B", "A to B", "A - B", "A – B"
    const bool saidBetween = stripPrefix(
        text, words(tr("between|from", "as in 'between 2010 and 2012'"), "between|from"));
    const QStringList separators =
        words(tr("and|to|until", "as in 'between 2010 and 2012'"), "and|to|until");
    QStringList rangeParts;
    for (const QString &sep : separators) {
        rangeParts = text.split(QLatin1Char(' ') + sep + QLatin1Char(' '));
        if (rangeParts.size() == 2)
            break;
    }
    if (rangeParts.size() != 2) {
        static const QRegularExpression dash(
            QStringLiteral("\\s+[-\u2013\u2014]\\s+|\u2013|\u2014"));
        rangeParts = text.split(dash);
    }
    if (rangeParts.size() == 2) {
        const PointParse a = parsePoint(rangeParts[0].trimmed(), locale);
        const PointParse b = parsePoint(rangeParts[1].trimmed(), locale);
        if (!a.point)
            return {std::nullopt, a.error.isEmpty() ? hint() : a.error};
        if (!b.point)
            return {std::nullopt, b.error.isEmpty() ? hint() : b.error};
        const FuzzyDate d = between(*a.point, *b.point);
        if (!d.isValid())
            return {std::nullopt, tr("The first date must come before the second one.")};
        return {d, {}};
    }
    if (saidBetween)
        return {std::nullopt, tr("Please give two dates, for example “between 2010 and 2012”.")};

    return finish(parsePoint(text, locale), &FuzzyDate::exact);
}

bool FuzzyDate::isMonthFirst(const QLocale &locale)
{
    return localeIsMonthFirst(locale);
}

QString FuzzyDate::numericExample(const QLocale &locale)
{
    return isMonthFirst(locale) ? tr("03/12/2019 (month/day/year)")
                                : tr("12/03/2019 (day/month/year)");
}
