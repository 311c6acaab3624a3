// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casemodel.h"
#include "letter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>

#include <functional>
#include <optional>

// letter: the later life letter — written to the child by their social worker, from the facts
// already in the case, checked for jargon, with the permission of everyone it names.
//
// LetterDocument holds the open case's letter and its history. Every change is written with a
// history entry (who, what, when, and the whole text after it) in one transaction, then
// announced. It follows the case model: who the letter names is worked out again when people
// change, so someone removed from the case is shown as a warning, never silently dropped.
class LetterDocument : public QObject
{
    Q_OBJECT

public:
    explicit LetterDocument(CaseModel &model, QObject *parent = nullptr);
    // Typing in one part for a while is one step of the history and of undo, not one per pause.
    static constexpr qint64 kSameSittingSeconds = 10 * 60;

    StorageError load();
    CaseModel &model() const { return m_model; }
    bool hasLetter() const { return m_letter.has_value(); }
    // The letter, or a new one addressed to the child, dated today, when none is begun.
    LaterLifeLetter letter() const;
    const QList<LetterVersion> &versions() const { return m_versions; }

    // From `before` to `after` (nullopt = no letter).
    StorageError put(const std::optional<LaterLifeLetter> &before,
                     const std::optional<LaterLifeLetter> &after);
    // Records that this text left the program (a PDF, a print) so the text handed over is
    // known.
    StorageError recordOutput(const QString &what, const QString &text);

    // The letter's words as plain text, headings included: what history keeps.
    static QString plainText(const LaterLifeLetter &letter);
    static QString plainText(const QString &markdown);
    // Paragraphs of plain text as Markdown (what a draft is kept as).
    static QString markdownFrom(const QStringList &paragraphs);
    // The letter with its list of named people brought up to date with its text: someone newly
    // named is "not asked yet"; a choice already made is kept.
    LaterLifeLetter withPermissionsFor(LaterLifeLetter letter) const;
    // The people the letter names now (still in the case), and the names of people it names who
    // are no longer in the case.
    QList<LetterPermission> namedNow(const LaterLifeLetter &letter) const;
    QStringList namedButRemoved(const LaterLifeLetter &letter) const;

    using Clock = std::function<QDateTime()>;
    void setClock(Clock clock) { m_clock = std::move(clock); } // for tests
    QDateTime now() const { return m_clock(); }

signals:
    void reset();
    void changed();
    void failed(const StorageError &error);

private:
    QString describeChange(const std::optional<LaterLifeLetter> &before,
                           const std::optional<LaterLifeLetter> &after) const;

    CaseModel &m_model;
    std::optional<LaterLifeLetter> m_letter;
    QList<LetterVersion> m_versions;
    Clock m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    bool m_lastWasOutput = false;
};
