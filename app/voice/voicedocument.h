// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casemodel.h"
#include "event.h"
#include "media.h"
#include "voiceentry.h"

#include <QDate>
#include <QHash>
#include <QObject>

#include <optional>

// voice: the child's voice — what they said over time, who heard it, who they agreed may see
// it, and what happened because they said it ("My say").
//
// VoiceDocument holds the entries of an open case in memory, in date order, and keeps them in
// step with the case file: each change is written before it is applied and announced. It
// follows the case model, so a person or review removed elsewhere is gone from here too.
class VoiceDocument : public QObject
{
    Q_OBJECT

public:
    explicit VoiceDocument(CaseModel &model, QObject *parent = nullptr);

    StorageError load();
    CaseModel &model() const { return m_model; }
    const QList<VoiceEntry> &entries() const { return m_entries; } // by date
    std::optional<VoiceEntry> entry(ItemId id) const;
    // Reviews and court hearings: where what the child said is decided on.
    const QList<Event> &decisions() const { return m_decisions; }
    std::optional<Event> decision(ItemId id) const;
    // Entries still waiting for an answer after a review, each with that review.
    QHash<ItemId, ItemId> waiting() const;
    QDate today() const { return m_today; }
    void setToday(QDate today); // for tests
    QString personName(ItemId id) const;

    // From `before` to `after` (nullopt = absent). A new entry's id is written into `after`,
    // so a redo after an undo brings back the very same entry.
    StorageError put(const std::optional<VoiceEntry> &before, std::optional<VoiceEntry> &after);

    // An entry with its recording in the child's own voice, for a change that adds, replaces or
    // removes the recording: the recording (its bytes) and the entry are written in one go, and
    // a recording the entry no longer has leaves the case.
    struct Said
    {
        VoiceEntry entry;
        std::optional<Media> recording;
    };
    StorageError put(const std::optional<Said> &before, std::optional<Said> &after);
    // The recording's bytes (Ogg Opus), read from the case when someone plays it.
    QByteArray recordingBytes(ItemId mediaId) const;
    std::optional<Media> recording(ItemId mediaId) const; // with its bytes

signals:
    void reset();
    void changed(ItemId id); // added, edited or removed
    void failed(const StorageError &error);

private:
    void loadDecisions();
    StorageError write(const std::optional<VoiceEntry> &before, std::optional<VoiceEntry> &after);
    void apply(const std::optional<VoiceEntry> &before, const std::optional<VoiceEntry> &after);

    CaseModel &m_model;
    QList<VoiceEntry> m_entries;
    QList<Event> m_decisions;
    QDate m_today = QDate::currentDate();
};
