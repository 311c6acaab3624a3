// SPDX-License-Identifier: GPL-3.0-or-later
#include "letternames.h"

#include "letterwords.h"

#include <QHash>

#include <algorithm>

namespace {

QRegularExpression wholeName(const QString &name)
{
    QStringList parts;
    for (const QString &w : name.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        parts << QRegularExpression::escape(w);
    return QRegularExpression(QStringLiteral("(?<![\\p{L}\\p{N}])") +
                                  parts.join(QStringLiteral("\\s+")) +
                                  QStringLiteral("(?![\\p{L}\\p{N}])"),
                              QRegularExpression::UseUnicodePropertiesOption);
}

bool counts(const Person &p)
{
    return p.role != Person::Role::Pet && p.role != Person::Role::Place;
}

// Every form of the name, longest first; none shorter than two letters, and no surname the
// child shares.
QStringList forms(const Person &p, const QString &childName)
{
    const QStringList childWords = childName.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList out;
    const QStringList words = p.fullName.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    out << p.fullName.simplified() << p.knownAs.simplified();
    if (!words.isEmpty())
        out << words.first();
    if (words.size() > 1 && !childWords.contains(words.last(), Qt::CaseInsensitive))
        out << words.last();
    out.removeIf([](const QString &s) { return s.size() < 2; });
    out.removeDuplicates();
    std::stable_sort(out.begin(), out.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return out;
}

} // namespace

bool LetterNames::mentions(const QString &text, const QString &name)
{
    return !name.trimmed().isEmpty() && wholeName(name.simplified()).match(text).hasMatch();
}

QList<ItemId> LetterNames::named(const QString &text, const QList<Person> &people,
                                 const QString &childName)
{
    QList<ItemId> out;
    for (const Person &p : people) {
        if (!counts(p))
            continue;
        for (const QString &form : forms(p, childName)) {
            if (mentions(text, form)) {
                out << p.id;
                break;
            }
        }
    }
    return out;
}

QString LetterNames::firstName(const Person &person)
{
    // The real first name ("Lee"), not what the child calls them ("Dad"): the sentence around
    // it was written with a name in mind.
    const QStringList words = person.fullName.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() > 1)
        return words.first();
    return person.knownAs.trimmed().isEmpty() ? person.fullName.simplified()
                                              : person.knownAs.simplified();
}

QList<LetterNames::Replacement> LetterNames::forPrint(const QList<Person> &people,
                                                      const QList<LetterPermission> &permissions,
                                                      const QString &childName)
{
    QHash<ItemId, const Person *> byId;
    for (const Person &p : people)
        byId.insert(p.id, &p);
    QList<std::pair<QString, QString>> pairs; // name → printed as
    for (const LetterPermission &perm : permissions) {
        const Person *p = byId.value(perm.personId);
        if (perm.status == LetterPermission::Status::Given)
            continue;
        if (perm.status == LetterPermission::Status::Refused) {
            if (!p) {
                pairs.append(
                    {perm.name.simplified(), LetterWords::rolePhrase(Person::Role::Other)});
                continue;
            }
            for (const QString &form : forms(*p, childName))
                pairs.append({form, LetterWords::rolePhrase(p->role)});
        } else if (p) {
            const QString first = firstName(*p);
            if (p->fullName.simplified() != first && p->fullName.contains(QLatin1Char(' ')))
                pairs.append({p->fullName.simplified(), first});
        }
    }
    std::stable_sort(pairs.begin(), pairs.end(),
                     [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    QList<Replacement> out;
    for (const auto &[name, with] : pairs) {
        if (name.size() >= 2)
            out << Replacement{wholeName(name), with};
    }
    return out;
}

QRegularExpression LetterNames::repeated(const QString &with)
{
    return QRegularExpression(
        QStringLiteral("(") + QRegularExpression::escape(with) + QStringLiteral(")[\\s,]+") +
            QRegularExpression::escape(with) + QStringLiteral("(?![\\p{L}\\p{N}])"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

QString LetterNames::apply(QString text, const QList<Replacement> &replacements)
{
    for (const Replacement &r : replacements)
        text.replace(r.pattern, r.with);
    for (const Replacement &r : replacements)
        text.replace(repeated(r.with), QStringLiteral("\\1"));
    return text;
}
