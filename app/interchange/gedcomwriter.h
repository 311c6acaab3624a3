// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gedcomreader.h"

#include <QByteArray>

// Writes people and families as GEDCOM 7.0 (UTF-8): the shape of a family only — names, sex,
// birth, death, who is whose child and how, partnerships with their dates. What to put in is
// the caller's choice (Belonging leaves private people and everything sensitive out); what it
// is given comes back the same through GedcomReader.
class GedcomWriter
{
public:
    static QByteArray write(const QList<GedcomReader::Individual> &people,
                            const QList<GedcomReader::Family> &families);
    // A FuzzyDate as a GEDCOM date ("ABT 1950", "BET MAR 2015 AND MAY 2015" for spring 2015);
    // empty for a date not known.
    static QString date(const FuzzyDate &date);
};
