// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "letter.h"
#include "person.h"

#include <QCoreApplication>

// The translated words of the later life letter: its headings (to the child), the guidance
// for the writer, and the names of its choices.
class LetterWords
{
    Q_DECLARE_TR_FUNCTIONS(LetterWords)

public:
    // The heading the child reads: "Your brothers and sisters".
    static QString heading(LetterSection::Kind kind);
    // What the writer might say there, from the adoption guidance.
    static QString guidance(LetterSection::Kind kind);
    static QString careName(LaterLifeLetter::Care care);
    static QString statusName(LetterPermission::Status status);
    // Who someone is, without their name, for a reader who may not know them: "your teacher".
    static QString rolePhrase(Person::Role role);
};
