// SPDX-License-Identifier: GPL-3.0-or-later
#include "lettercommands.h"

#include "letterwords.h"
#include "putcommand.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace {

constexpr qint64 kSameSittingSeconds = LetterDocument::kSameSittingSeconds;

class Names
{
    Q_DECLARE_TR_FUNCTIONS(Command)
};

// A change of the letter; typing in one part (the same mergeKey) within a sitting is one step.
class PutLetter : public PutCommand<LetterDocument, LaterLifeLetter>
{
public:
    PutLetter(LetterDocument &doc, std::optional<LaterLifeLetter> before, LaterLifeLetter after,
              const QString &text, int mergeKey = -1)
        : PutCommand(doc, std::move(before), std::move(after), text)
        , m_mergeKey(mergeKey)
        , m_at(doc.now())
    {}
    int id() const override { return m_mergeKey < 0 ? -1 : 0x4c4c0000 + m_mergeKey; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const PutLetter *>(other);
        // Typing after a long pause is a step of its own, as the history keeps it.
        if (m_at.secsTo(next->m_at) > kSameSittingSeconds)
            return false;
        m_after = next->m_after;
        m_at = next->m_at;
        setObsolete(m_before == m_after);
        return true;
    }

private:
    int m_mergeKey;
    QDateTime m_at; // when last changed
};

void push(QUndoStack &stack, LetterDocument &doc, LaterLifeLetter after, const QString &text,
          int mergeKey = -1)
{
    after = doc.withPermissionsFor(after.normalised());
    const std::optional<LaterLifeLetter> before =
        doc.hasLetter() ? std::optional<LaterLifeLetter>(doc.letter()) : std::nullopt;
    if (before && *before == after)
        return;
    stack.push(new PutLetter(doc, before, after, text, mergeKey));
}

} // namespace

void Command::writeLetterSection(QUndoStack &stack, LetterDocument &doc, LetterSection::Kind kind,
                                 const QString &markdown)
{
    LaterLifeLetter letter = doc.letter();
    const LetterSection was = letter.section(kind);
    // What the editor gives back for an empty box is still empty.
    const QString kept =
        LetterDocument::plainText(markdown).trimmed().isEmpty() ? QString() : markdown;
    if (was.markdown == kept && !was.draft)
        return;
    letter.setSection({kind, kept, false});
    push(stack, doc, letter, Names::tr("Write “%1”").arg(LetterWords::heading(kind)), int(kind));
}

void Command::useLetterDraft(QUndoStack &stack, LetterDocument &doc, LetterSection::Kind kind,
                             const QString &markdown)
{
    LaterLifeLetter letter = doc.letter();
    letter.setSection({kind, markdown, true});
    push(stack, doc, letter,
         Names::tr("Start “%1” from the facts").arg(LetterWords::heading(kind)));
}

void Command::setLetterDetails(QUndoStack &stack, LetterDocument &doc,
                               const LaterLifeLetter &details)
{
    LaterLifeLetter letter = doc.letter();
    letter.to = details.to;
    letter.author = details.author;
    letter.authorRole = details.authorRole;
    letter.written = details.written;
    letter.care = details.care;
    letter.easyRead = details.easyRead;
    push(stack, doc, letter, Names::tr("Change the letter's details"), LetterSection::kKindCount);
}

void Command::setLetterPermission(QUndoStack &stack, LetterDocument &doc, ItemId personId,
                                  LetterPermission::Status status)
{
    LaterLifeLetter letter = doc.withPermissionsFor(doc.letter());
    QString name;
    for (LetterPermission &p : letter.permissions) {
        if (p.personId == personId) {
            p.status = status;
            name = p.name;
        }
    }
    if (name.isEmpty())
        return;
    push(stack, doc, letter,
         Names::tr("Permission for %1: %2").arg(name, LetterWords::statusName(status)));
}
