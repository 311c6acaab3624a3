// SPDX-License-Identifier: GPL-3.0-or-later
#include "jargoncheck.h"

#include <algorithm>
#include <cmath>

namespace {

struct Source
{
    const char *words;
    const char *plain;
};

// Words from care proceedings and reviews that reach letters to children. Sources are English;
// each language's translation is the same word as a worker there would write it.
const Source kTerms[] = {
    {QT_TRANSLATE_NOOP("JargonCheck", "looked after child"),
     QT_TRANSLATE_NOOP("JargonCheck",
                       "a child who lives with carers instead of with their birth family")},
    {QT_TRANSLATE_NOOP("JargonCheck", "LAC"),
     QT_TRANSLATE_NOOP("JargonCheck",
                       "a child who lives with carers instead of with their birth family")},
    {QT_TRANSLATE_NOOP("JargonCheck", "section 20"),
     QT_TRANSLATE_NOOP("JargonCheck",
                       "your birth parents agreed that you could live with carers for a while")},
    {QT_TRANSLATE_NOOP("JargonCheck", "s.20"),
     QT_TRANSLATE_NOOP("JargonCheck",
                       "your birth parents agreed that you could live with carers for a while")},
    {QT_TRANSLATE_NOOP("JargonCheck", "section 31"),
     QT_TRANSLATE_NOOP("JargonCheck",
                       "a judge decided that the council should help to look after you")},
    {QT_TRANSLATE_NOOP("JargonCheck", "s.31"),
     QT_TRANSLATE_NOOP("JargonCheck",
                       "a judge decided that the council should help to look after you")},
    {QT_TRANSLATE_NOOP("JargonCheck", "care order"),
     QT_TRANSLATE_NOOP("JargonCheck",
                       "a judge decided that the council should help to look after you")},
    {QT_TRANSLATE_NOOP("JargonCheck", "interim care order"),
     QT_TRANSLATE_NOOP("JargonCheck", "a decision for a short time, while the judge thought "
                                      "about what was best for you")},
    {QT_TRANSLATE_NOOP("JargonCheck", "contact"),
     QT_TRANSLATE_NOOP("JargonCheck", "family time: seeing, calling or writing to your family")},
    {QT_TRANSLATE_NOOP("JargonCheck", "supervised"),
     QT_TRANSLATE_NOOP("JargonCheck", "with a worker there to help")},
    {QT_TRANSLATE_NOOP("JargonCheck", "placement order"),
     QT_TRANSLATE_NOOP("JargonCheck", "a judge's decision that you could go to live with a new "
                                      "family who would adopt you")},
    {QT_TRANSLATE_NOOP("JargonCheck", "placement"), QT_TRANSLATE_NOOP("JargonCheck", "home")},
    {QT_TRANSLATE_NOOP("JargonCheck", "placed"), QT_TRANSLATE_NOOP("JargonCheck", "went to live")},
    {QT_TRANSLATE_NOOP("JargonCheck", "respite"),
     QT_TRANSLATE_NOOP("JargonCheck",
                       "a short stay with other carers, so that everyone could have a rest")},
    {QT_TRANSLATE_NOOP("JargonCheck", "IRO"),
     QT_TRANSLATE_NOOP("JargonCheck", "the person who checks that the plan for you is working")},
    {QT_TRANSLATE_NOOP("JargonCheck", "independent reviewing officer"),
     QT_TRANSLATE_NOOP("JargonCheck", "the person who checks that the plan for you is working")},
    {QT_TRANSLATE_NOOP("JargonCheck", "CP plan"),
     QT_TRANSLATE_NOOP("JargonCheck", "a plan made to keep you safe")},
    {QT_TRANSLATE_NOOP("JargonCheck", "child protection"),
     QT_TRANSLATE_NOOP("JargonCheck", "keeping children safe from harm")},
    {QT_TRANSLATE_NOOP("JargonCheck", "safeguarding"),
     QT_TRANSLATE_NOOP("JargonCheck", "keeping children safe from harm")},
    {QT_TRANSLATE_NOOP("JargonCheck", "threshold"),
     QT_TRANSLATE_NOOP("JargonCheck", "the point where a judge decides that a child cannot "
                                      "safely live at home")},
    {QT_TRANSLATE_NOOP("JargonCheck", "neglect"),
     QT_TRANSLATE_NOOP("JargonCheck", "not getting the care every child needs, like food, "
                                      "warmth and someone to look after you")},
    {QT_TRANSLATE_NOOP("JargonCheck", "SGO"),
     QT_TRANSLATE_NOOP("JargonCheck", "a judge's decision that someone from your family, or "
                                      "a carer, looks after you until you are grown up")},
    {QT_TRANSLATE_NOOP("JargonCheck", "special guardianship order"),
     QT_TRANSLATE_NOOP("JargonCheck", "a judge's decision that someone from your family, or "
                                      "a carer, looks after you until you are grown up")},
    {QT_TRANSLATE_NOOP("JargonCheck", "PLO"),
     QT_TRANSLATE_NOOP("JargonCheck", "the steps the council takes before it asks a judge to "
                                      "decide")},
    {QT_TRANSLATE_NOOP("JargonCheck", "LADO"),
     QT_TRANSLATE_NOOP("JargonCheck", "the person who checks when an adult who works with "
                                      "children may have done something wrong")},
    {QT_TRANSLATE_NOOP("JargonCheck", "presenting issues"),
     QT_TRANSLATE_NOOP("JargonCheck", "the worries people had")},
    {QT_TRANSLATE_NOOP("JargonCheck", "care plan"),
     QT_TRANSLATE_NOOP("JargonCheck", "the plan for who looks after you, and how")},
    {QT_TRANSLATE_NOOP("JargonCheck", "local authority"),
     QT_TRANSLATE_NOOP("JargonCheck", "the council")},
    {QT_TRANSLATE_NOOP("JargonCheck", "permanence"),
     QT_TRANSLATE_NOOP("JargonCheck", "a home where you can stay until you are grown up")},
    {QT_TRANSLATE_NOOP("JargonCheck", "disclosure"),
     QT_TRANSLATE_NOOP("JargonCheck", "when you told someone what had happened")},
    {QT_TRANSLATE_NOOP("JargonCheck", "child in need"),
     QT_TRANSLATE_NOOP("JargonCheck", "a child the council gives extra help to")},
};

bool isAbbreviation(const QString &words)
{
    bool letters = false;
    for (QChar c : words) {
        if (c.isLower())
            return false;
        letters = letters || c.isLetter();
    }
    return letters;
}

bool isArabic(QChar c)
{
    return c.script() == QChar::Script_Arabic;
}

QRegularExpression patternFor(const QString &words)
{
    QStringList parts;
    for (const QString &w : words.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        parts << QRegularExpression::escape(w);
    QString body = parts.join(QStringLiteral("\\s+"));
    // Arabic joins "the", "and", "with" to the word ("والإهمال"): allow them in front.
    const bool arabic = !words.isEmpty() && isArabic(words.at(0));
    const QString before = arabic ? QStringLiteral("(?<![\\p{L}\\p{N}])(?:[وفبلك]?(?:ال)?)")
                                  : QStringLiteral("(?<![\\p{L}\\p{N}])");
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    // "LAC" and "IRO" only as capitals: "lac" is a Welsh word, "iro" a name.
    if (!isAbbreviation(words))
        options |= QRegularExpression::CaseInsensitiveOption;
    return QRegularExpression(
        before + QStringLiteral("(?:") + body + QStringLiteral(")(?![\\p{L}\\p{N}])"), options);
}

} // namespace

JargonCheck::JargonCheck()
{
    for (const Source &s : kTerms) {
        const QString words = tr(s.words);
        const QString plain = tr(s.plain);
        QStringList forms = words.split(QLatin1Char('|'), Qt::SkipEmptyParts);
        // In Welsh or Arabic the English word is still jargon (often written as is).
        const QString english = QString::fromUtf8(s.words);
        if (!forms.contains(english))
            forms << english;
        for (const QString &form : forms) {
            m_terms << Term{form.trimmed(), plain};
            m_patterns << patternFor(form.trimmed());
        }
    }
}

QList<JargonCheck::Hit> JargonCheck::find(const QString &text) const
{
    QList<Hit> hits;
    for (int i = 0; i < m_patterns.size(); ++i) {
        auto it = m_patterns.at(i).globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            // Already explained to the child: "LAC (a child who lives with carers …)".
            const QString after = text.mid(m.capturedEnd(), m_terms.at(i).plain.size() + 2);
            if (after.startsWith(QStringLiteral(" (") +
                                 m_terms.at(i).plain.left(after.size() - 2)) &&
                after.size() > 2)
                continue;
            hits << Hit{int(m.capturedStart()), int(m.capturedLength()), i};
        }
    }
    // Longest first at each place, then drop what a longer term already covers ("care order"
    // inside "interim care order").
    std::sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) {
        return a.start != b.start ? a.start < b.start : a.length > b.length;
    });
    QList<Hit> out;
    int end = -1;
    for (const Hit &h : hits) {
        if (h.start < end)
            continue;
        out << h;
        end = h.start + h.length;
    }
    return out;
}

namespace {

int syllables(const QString &word)
{
    int count = 0;
    bool inVowel = false;
    for (QChar c : word) {
        const bool vowel = QStringLiteral("aeiouyw").contains(c.toLower());
        if (vowel && !inVowel)
            ++count;
        inVowel = vowel;
    }
    if (word.size() > 2 && word.endsWith(QLatin1Char('e'), Qt::CaseInsensitive) &&
        !word.endsWith(QStringLiteral("le"), Qt::CaseInsensitive) && count > 1)
        --count; // a silent final e
    return std::max(1, count);
}

} // namespace

ReadingAge::Result ReadingAge::estimate(const QString &text)
{
    Result r;
    int syllableCount = 0, arabicLetters = 0, letters = 0;
    static const QRegularExpression wordPattern(QStringLiteral("[\\p{L}\\p{N}'’]+"),
                                                QRegularExpression::UseUnicodePropertiesOption);
    auto it = wordPattern.globalMatch(text);
    while (it.hasNext()) {
        const QString w = it.next().captured();
        ++r.words;
        syllableCount += syllables(w);
        for (QChar c : w) {
            letters += c.isLetter() ? 1 : 0;
            arabicLetters += isArabic(c) ? 1 : 0;
        }
    }
    static const QRegularExpression ends(QStringLiteral("[.!?؟]+(\\s|$)"));
    r.sentences = int(text.count(ends));
    if (r.words > 0 && r.sentences == 0)
        r.sentences = 1;
    constexpr int kFewestWords = 20;
    if (r.words < kFewestWords || arabicLetters * 2 > letters)
        return r;
    const double grade =
        0.39 * r.wordsPerSentence() + 11.8 * double(syllableCount) / r.words - 15.59;
    r.age = std::clamp(int(std::lround(grade + 5)), 6, 18);
    return r;
}
