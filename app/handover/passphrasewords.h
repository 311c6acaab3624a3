// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// A strong passphrase made of words, offered for a hand-over copy: six words from a list of a
// little over a thousand is about 60 bits, and each guess costs an Argon2id stretch.
class PassphraseWords
{
public:
    static constexpr int kDefaultCount = 6;
    static QString generate(int count = kDefaultCount); // "otter maple lantern …"
    static int listSize();
    static QString word(int index);
    static double bits(int count = kDefaultCount);
};
