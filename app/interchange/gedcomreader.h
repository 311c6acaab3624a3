// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fuzzydate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// interchange: family trees in and out of Belonging (GEDCOM 5.5.1 and 7.0).
//
// GedcomReader reads a GEDCOM file's bytes — UTF-8, UTF-16, ANSEL or ANSI (Windows-1252) — into
// the people and families it describes: names, sex, birth and death (dates as FuzzyDate, with
// ABT/CAL/EST, BEF/AFT, BET…AND and FROM…TO), each child's link to each family (birth, adopted,
// foster…), marriages, divorces and engagements. It reads what it can and lists, by line, what
// it could not: a bad date, a link to someone not in the file, a person their own ancestor, a
// file cut short. It never writes anything.
class GedcomReader
{
    Q_DECLARE_TR_FUNCTIONS(GedcomReader)

public:
    enum class Sex : quint8 { Unknown, Female, Male, Other };
    // How a child belongs to a family (PEDI, or ADOP): GEDCOM's words.
    enum class Pedigree : quint8 { Birth, Adopted, Foster, Sealing, Step, Other, Unknown };

    struct FamilyLink
    {
        QString family; // xref, e.g. "@F1@"
        Pedigree pedigree = Pedigree::Unknown;
    };
    struct Individual
    {
        QString xref;
        QString given;
        QString surname;
        QString name; // as written, without the slashes
        Sex sex = Sex::Unknown;
        FuzzyDate born;
        FuzzyDate died;
        bool deceased = false; // a death is recorded, with or without a date
        QList<FamilyLink> childOf;
        int line = 0;
    };
    struct Family
    {
        QString xref;
        QString husband; // xrefs; either may be empty
        QString wife;
        QStringList children;
        bool married = false;
        FuzzyDate marriedOn;
        bool divorced = false;
        FuzzyDate divorcedOn;
        bool engaged = false;
        FuzzyDate engagedOn;
        int line = 0;
    };
    struct Problem
    {
        int line = 0; // 0: the file as a whole
        QString message;
    };
    struct Result
    {
        QString version;  // "5.5.1", "7.0", … as the header says
        QString encoding; // what the bytes were read as
        QList<Individual> people;
        QList<Family> families;
        QList<Problem> problems;
        int lines = 0;
    };

    // Files bigger than this are refused whole (a family tree of many thousands is far less).
    static constexpr qsizetype kMaxBytes = 64 * 1024 * 1024;

    static Result read(const QByteArray &bytes);
    // One GEDCOM date ("ABT 1950", "BET MAR 1901 AND 1903", "12 JUN 1999"); nullopt if it
    // cannot be read.
    static std::optional<FuzzyDate> date(const QString &text);
    // The bytes as text, by BOM, the header's CHAR, or UTF-8; `encoding` says which.
    static QString decode(const QByteArray &bytes, QString *encoding);
};
