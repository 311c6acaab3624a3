// SPDX-License-Identifier: GPL-3.0-or-later
#include "gedcomwriter.h"

#include <QHash>

// not translated (whole file): GEDCOM's own words.

namespace {

const char *const kMonths[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                               "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};

QString month(int m)
{
    return QString::fromLatin1(kMonths[qBound(1, m, 12) - 1]);
}

// A point; a season becomes the months it spans (winter: December to February).
QString pointText(const FuzzyDate::Point &p, bool *span, QString *spanEnd)
{
    *span = false;
    switch (p.precision) {
    case FuzzyDate::Precision::Day:
        return QStringLiteral("%1 %2 %3").arg(p.day).arg(month(p.month)).arg(p.year);
    case FuzzyDate::Precision::Month:
        return QStringLiteral("%1 %2").arg(month(p.month)).arg(p.year);
    case FuzzyDate::Precision::Season: {
        *span = true;
        const int start = 3 * int(p.season); // spring: March
        const int endMonth = start + 2 > 12 ? start + 2 - 12 : start + 2;
        *spanEnd =
            QStringLiteral("%1 %2").arg(month(endMonth)).arg(start + 2 > 12 ? p.year + 1 : p.year);
        return QStringLiteral("%1 %2").arg(month(start)).arg(p.year);
    }
    case FuzzyDate::Precision::Year:
        break;
    }
    return QString::number(p.year);
}

// GEDCOM 7: a line value never starts with "@" unless it is a pointer.
QString escaped(const QString &value)
{
    return value.startsWith(QLatin1Char('@')) ? QLatin1Char('@') + value : value;
}

void line(QByteArray &out, int level, const QString &tag, const QString &value = {})
{
    out += QByteArray::number(level) + ' ' + tag.toUtf8();
    const QStringList parts = value.split(QLatin1Char('\n'));
    if (!value.isEmpty())
        out += ' ' + escaped(parts.first()).toUtf8();
    out += '\n';
    for (qsizetype i = 1; i < parts.size(); ++i)
        out += QByteArray::number(level + 1) + " CONT " + escaped(parts[i]).toUtf8() + '\n';
}

void event(QByteArray &out, const char *tag, const FuzzyDate &d, bool known = true)
{
    if (!known)
        return;
    const QString text = GedcomWriter::date(d);
    line(out, 1, QString::fromLatin1(tag), text.isEmpty() ? QStringLiteral("Y") : QString());
    if (!text.isEmpty())
        line(out, 2, QStringLiteral("DATE"), text);
}

const char *pedigree(GedcomReader::Pedigree p)
{
    switch (p) {
    case GedcomReader::Pedigree::Birth:
        return "BIRTH";
    case GedcomReader::Pedigree::Adopted:
        return "ADOPTED";
    case GedcomReader::Pedigree::Foster:
        return "FOSTER";
    case GedcomReader::Pedigree::Sealing:
        return "SEALING";
    case GedcomReader::Pedigree::Step:
    case GedcomReader::Pedigree::Other:
        return "OTHER";
    case GedcomReader::Pedigree::Unknown:
        break;
    }
    return nullptr;
}

} // namespace

QString GedcomWriter::date(const FuzzyDate &d)
{
    if (d.isUnknown())
        return {};
    bool span = false;
    QString end;
    const QString first = pointText(d.first(), &span, &end);
    switch (d.qualifier()) {
    case FuzzyDate::Qualifier::Exact:
        return span ? QStringLiteral("BET %1 AND %2").arg(first, end) : first;
    case FuzzyDate::Qualifier::About:
        return QStringLiteral("ABT ") + first;
    case FuzzyDate::Qualifier::Before:
        return QStringLiteral("BEF ") + first;
    case FuzzyDate::Qualifier::After:
        return QStringLiteral("AFT ") + (span ? end : first);
    case FuzzyDate::Qualifier::Between: {
        bool lastSpan = false;
        QString lastEnd;
        const QString last = pointText(d.last(), &lastSpan, &lastEnd);
        return QStringLiteral("BET %1 AND %2").arg(first, lastSpan ? lastEnd : last);
    }
    case FuzzyDate::Qualifier::Unknown:
        break;
    }
    return {};
}

QByteArray GedcomWriter::write(const QList<GedcomReader::Individual> &people,
                               const QList<GedcomReader::Family> &families)
{
    QByteArray out;
    line(out, 0, QStringLiteral("HEAD"));
    line(out, 1, QStringLiteral("GEDC"));
    line(out, 2, QStringLiteral("VERS"), QStringLiteral("7.0"));
    line(out, 1, QStringLiteral("SOUR"), QStringLiteral("BELONGING"));
    line(out, 2, QStringLiteral("NAME"), QStringLiteral("Belonging"));
    // Each partner's own families (FAMS): GEDCOM 7 allows leaving them out, but programs
    // that read 5.5.1 find a couple through them.
    QHash<QString, QStringList> spouseIn;
    for (const GedcomReader::Family &f : families) {
        for (const QString &partner : {f.husband, f.wife}) {
            if (!partner.isEmpty())
                spouseIn[partner] << f.xref;
        }
    }
    for (const GedcomReader::Individual &p : people) {
        out += "0 " + p.xref.toUtf8() + " INDI\n";
        QString name = p.given;
        if (!p.surname.isEmpty())
            name += (name.isEmpty() ? QString() : QStringLiteral(" ")) + QLatin1Char('/') +
                    p.surname + QLatin1Char('/');
        if (!name.isEmpty())
            line(out, 1, QStringLiteral("NAME"), name.simplified());
        const char *sex = p.sex == GedcomReader::Sex::Female  ? "F"
                          : p.sex == GedcomReader::Sex::Male  ? "M"
                          : p.sex == GedcomReader::Sex::Other ? "X"
                                                              : "U";
        line(out, 1, QStringLiteral("SEX"), QString::fromLatin1(sex));
        event(out, "BIRT", p.born, !p.born.isUnknown());
        event(out, "DEAT", p.died, p.deceased);
        for (const GedcomReader::FamilyLink &l : p.childOf) {
            out += "1 FAMC " + l.family.toUtf8() + '\n';
            if (const char *pedi = pedigree(l.pedigree))
                line(out, 2, QStringLiteral("PEDI"), QString::fromLatin1(pedi));
        }
        for (const QString &family : spouseIn.value(p.xref))
            out += "1 FAMS " + family.toUtf8() + '\n';
    }
    for (const GedcomReader::Family &f : families) {
        out += "0 " + f.xref.toUtf8() + " FAM\n";
        if (!f.husband.isEmpty())
            out += "1 HUSB " + f.husband.toUtf8() + '\n';
        if (!f.wife.isEmpty())
            out += "1 WIFE " + f.wife.toUtf8() + '\n';
        for (const QString &c : f.children)
            out += "1 CHIL " + c.toUtf8() + '\n';
        event(out, "ENGA", f.engagedOn, f.engaged);
        event(out, "MARR", f.marriedOn, f.married);
        event(out, "DIV", f.divorcedOn, f.divorced);
    }
    line(out, 0, QStringLiteral("TRLR"));
    return out;
}
