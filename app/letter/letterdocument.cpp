// SPDX-License-Identifier: GPL-3.0-or-later
#include "letterdocument.h"

#include "letternames.h"
#include "letterrepository.h"
#include "letterwords.h"

#include <QTextDocument>

namespace {

class Words
{
    Q_DECLARE_TR_FUNCTIONS(LetterDocument)
};

} // namespace

LetterDocument::LetterDocument(CaseModel &model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    // Names follow the people: a rename, a removal, an undo of a removal.
    connect(&m_model, &CaseModel::peopleChanged, this, &LetterDocument::reset);
    connect(&m_model, &CaseModel::childChanged, this, &LetterDocument::reset);
}

StorageError LetterDocument::load()
{
    LetterRepository repo(m_model.file());
    m_letter = repo.load();
    m_versions = repo.versions();
    m_lastWasOutput = false;
    emit reset();
    if (const StorageError e = repo.lastError()) {
        emit failed(e);
        return e;
    }
    return {};
}

LaterLifeLetter LetterDocument::letter() const
{
    if (m_letter)
        return *m_letter;
    LaterLifeLetter l;
    l.to = m_model.child().displayName();
    l.written = m_clock().toLocalTime().date();
    return l.normalised();
}

QString LetterDocument::plainText(const QString &markdown)
{
    if (markdown.isEmpty())
        return {};
    QTextDocument doc;
    doc.setMarkdown(markdown);
    return doc.toPlainText();
}

QString LetterDocument::markdownFrom(const QStringList &paragraphs)
{
    // Through a document, so "*" or "#" in a name stays a character, not formatting.
    QTextDocument doc;
    doc.setPlainText(paragraphs.join(QStringLiteral("\n")));
    return doc.toMarkdown();
}

QString LetterDocument::plainText(const LaterLifeLetter &letter)
{
    QStringList parts;
    for (const LetterSection &s : letter.sections) {
        const QString text = plainText(s.markdown).trimmed();
        if (!text.isEmpty())
            parts << LetterWords::heading(s.kind) + QStringLiteral("\n\n") + text;
    }
    return parts.join(QStringLiteral("\n\n"));
}

LaterLifeLetter LetterDocument::withPermissionsFor(LaterLifeLetter letter) const
{
    const QList<Person> people = m_model.people();
    const QString text = plainText(letter);
    for (ItemId id : LetterNames::named(text, people, m_model.child().fullName)) {
        const Person p = *m_model.person(id);
        const QString name = p.fullName.isEmpty() ? p.displayName() : p.fullName;
        bool found = false;
        for (LetterPermission &perm : letter.permissions) {
            if (perm.personId == id) {
                perm.name = name; // renamed since
                found = true;
            }
        }
        if (!found)
            letter.permissions << LetterPermission{id, name, LetterPermission::Status::NotAsked};
    }
    // Someone no longer named with nothing chosen is dropped; a choice someone made is kept.
    letter.permissions.removeIf([&](const LetterPermission &perm) {
        const std::optional<Person> p = m_model.person(perm.personId);
        const bool named =
            p ? LetterNames::named(text, {*p}, m_model.child().fullName).contains(perm.personId)
              : LetterNames::mentions(text, perm.name);
        return !named && perm.status == LetterPermission::Status::NotAsked;
    });
    return letter;
}

QList<LetterPermission> LetterDocument::namedNow(const LaterLifeLetter &letter) const
{
    const QString text = plainText(letter);
    const LaterLifeLetter synced = withPermissionsFor(letter);
    QList<LetterPermission> out;
    for (const LetterPermission &perm : synced.permissions) {
        if (const std::optional<Person> p = m_model.person(perm.personId);
            p && LetterNames::named(text, {*p}, m_model.child().fullName).contains(perm.personId))
            out << perm;
    }
    return out;
}

QStringList LetterDocument::namedButRemoved(const LaterLifeLetter &letter) const
{
    const QString text = plainText(letter);
    QStringList out;
    for (const LetterPermission &perm : letter.permissions) {
        if (!m_model.person(perm.personId) && LetterNames::mentions(text, perm.name))
            out << perm.name;
    }
    return out;
}

QString LetterDocument::describeChange(const std::optional<LaterLifeLetter> &before,
                                       const std::optional<LaterLifeLetter> &after) const
{
    if (!after)
        return Words::tr("Letter removed");
    const LaterLifeLetter was = before ? before->normalised() : LaterLifeLetter().normalised();
    const LaterLifeLetter now = after->normalised();
    QStringList what;
    for (int i = 0; i < LetterSection::kKindCount; ++i) {
        if (was.sections.at(i).markdown != now.sections.at(i).markdown)
            what << (now.sections.at(i).draft ? Words::tr("Drafted “%1” from the facts")
                                              : Words::tr("Wrote “%1”"))
                        .arg(LetterWords::heading(now.sections.at(i).kind));
        else if (was.sections.at(i).draft != now.sections.at(i).draft)
            what << Words::tr("Marked “%1” as rewritten")
                        .arg(LetterWords::heading(now.sections.at(i).kind));
    }
    if (was.to != now.to || was.author != now.author || was.authorRole != now.authorRole ||
        was.written != now.written || was.care != now.care || was.easyRead != now.easyRead)
        what << Words::tr("Changed who it is to, from or when");
    for (const LetterPermission &p : now.permissions) {
        const LetterPermission *old = was.permission(p.personId);
        if (old && old->status != p.status)
            what << Words::tr("Permission for %1: %2")
                        .arg(p.name, LetterWords::statusName(p.status));
    }
    return what.isEmpty() ? Words::tr("Saved") : what.join(QStringLiteral("; "));
}

StorageError LetterDocument::put(const std::optional<LaterLifeLetter> &before,
                                 const std::optional<LaterLifeLetter> &after)
{
    LetterVersion v;
    v.at = m_clock();
    v.by = after ? after->author : before ? before->author : QString();
    v.what = describeChange(before, after);
    v.text = after ? plainText(*after) : QString();
    if (!m_versions.isEmpty() && !m_lastWasOutput) {
        const LetterVersion &last = m_versions.constLast();
        if (last.what == v.what && last.by == v.by && last.at.secsTo(v.at) < kSameSittingSeconds)
            v.id = last.id;
    }
    LetterRepository repo(m_model.file());
    if (const StorageError error = repo.save(after, &v)) {
        emit failed(error);
        return error;
    }
    m_letter = after;
    if (!m_versions.isEmpty() && m_versions.constLast().id == v.id)
        m_versions.last() = v;
    else
        m_versions << v;
    m_lastWasOutput = false;
    m_model.noteSaved();
    emit changed();
    return {};
}

StorageError LetterDocument::recordOutput(const QString &what, const QString &text)
{
    LetterVersion v;
    v.at = m_clock();
    v.by = letter().author;
    v.what = what;
    v.text = text;
    LetterRepository repo(m_model.file());
    if (const StorageError error = repo.save(m_letter, &v)) {
        emit failed(error);
        return error;
    }
    m_versions << v;
    m_lastWasOutput = true;
    m_model.noteSaved();
    emit changed();
    return {};
}
