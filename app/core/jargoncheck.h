// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QString>

// Care-system words a child may not know ("placement", "s.20", "IRO"), found in anything
// written *to* a child — the later life letter, the answers in what the child said — each with
// a plain alternative or an explanation to add. The list is translated: in Welsh or Arabic the
// check finds the words of that language as well as the English ones (abbreviations are often
// used untranslated).
class JargonCheck
{
    Q_DECLARE_TR_FUNCTIONS(JargonCheck)

public:
    struct Term
    {
        QString words; // as found: "placement"
        QString plain; // what to say instead, or what to add: "home"
    };
    struct Hit
    {
        int start = 0;
        int length = 0;
        int term = 0; // index into terms()
    };

    // Reads the list in the language installed now.
    JargonCheck();
    const QList<Term> &terms() const { return m_terms; }
    QList<Hit> find(const QString &text) const;

private:
    QList<Term> m_terms;
    QList<QRegularExpression> m_patterns;
};

// A reading-age estimate (Flesch–Kincaid grade + 5) as a guide for the writer. Syllables are
// counted for English; for other languages it is a rougher guide, and for Arabic script none is
// given (sentence length alone is shown).
class ReadingAge
{
public:
    struct Result
    {
        int words = 0;
        int sentences = 0;
        int age = 0; // 0 when not worked out (too little text, or not a Latin script)
        double wordsPerSentence() const { return sentences ? double(words) / sentences : 0; }
    };
    static Result estimate(const QString &text);
};
