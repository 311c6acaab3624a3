// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: what is typed into the later life letter and the names of people in the
// case (both can be anything, and a damaged file can hold anything). The jargon check, the
// reading age and the name replacements must never crash or hang, and what they report must lie
// inside the text.
#include "jargoncheck.h"
#include "letternames.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    // The first lines are people's names ("full name|known as"), the rest the letter's text.
    const QStringList lines = input.split(QLatin1Char('\n'));
    QList<Person> people;
    QList<LetterPermission> permissions;
    for (qsizetype i = 0; i < std::min<qsizetype>(lines.size() - 1, 4); ++i) {
        Person p;
        p.id = i + 1;
        p.fullName = lines.at(i).section(QLatin1Char('|'), 0, 0);
        p.knownAs = lines.at(i).section(QLatin1Char('|'), 1, 1);
        p.role = Person::Role(i % Person::kRoleCount);
        people << p;
        permissions << LetterPermission{
            p.id, p.fullName, LetterPermission::Status(i % LetterPermission::kStatusCount)};
    }
    const QString text =
        lines.mid(std::min<qsizetype>(lines.size() - 1, 4)).join(QLatin1Char('\n'));

    static const JargonCheck check;
    int end = 0;
    for (const JargonCheck::Hit &h : check.find(text)) {
        if (h.start < end || h.length <= 0 || h.start + h.length > text.size() || h.term < 0 ||
            h.term >= check.terms().size())
            std::abort(); // in order, apart, inside the text
        end = h.start + h.length;
    }
    const ReadingAge::Result r = ReadingAge::estimate(text);
    if (r.age != 0 && (r.age < 6 || r.age > 18))
        std::abort();
    for (ItemId id : LetterNames::named(text, people)) {
        if (id < 1 || id > people.size())
            std::abort();
    }
    (void)LetterNames::apply(text, LetterNames::forPrint(people, permissions));
    return 0;
}
