// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ids.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

// The later life letter: written by the child's social worker *to the child*, to read when
// older — their story from birth, in warm plain words. One per case (siblings are separate
// cases, so nothing of a sibling's letter can reach another's).
struct LetterSection
{
    // The parts the adoption guidance expects, in the order the letter tells them.
    enum class Kind : quint8 {
        Birth,
        BirthFamily,
        Homes,
        Decisions,
        FamilySaid,
        Siblings,
        WhatYouWereLike,
        ContactLater,
    };
    static constexpr int kKindCount = int(Kind::ContactLater) + 1;

    Kind kind = Kind::Birth;
    QString markdown;   // the writer's rich text (bold, lists) as Markdown; empty = nothing written
    bool draft = false; // made from the case's facts and not yet rewritten by the writer
    bool operator==(const LetterSection &) const = default;
};

// Whether someone named in the letter (beyond their first name) agreed to be.
struct LetterPermission
{
    enum class Status : quint8 { NotAsked, Asked, Given, Refused };
    static constexpr int kStatusCount = int(Status::Refused) + 1;

    ItemId personId = kNoId;
    QString name; // as they were when named: kept if they are later removed from the case
    Status status = Status::NotAsked;
    bool operator==(const LetterPermission &) const = default;
};

struct LaterLifeLetter
{
    // Sets the wording of the drafts: why the child could not stay with their birth family,
    // and who looks after them now. Never guessed.
    enum class Care : quint8 { NotChosen, Adoption, LongTermFoster, Kinship, LeavingCare };
    static constexpr int kCareCount = int(Care::LeavingCare) + 1;

    QString to;         // the name the child uses
    QString author;     // who writes it
    QString authorRole; // "Your social worker"
    QDate written;      // the date on the letter (invalid: not set)
    Care care = Care::NotChosen;
    bool easyRead = false;         // printed in the literacy-friendly font
    QList<LetterSection> sections; // one per kind, in order (see normalised())
    QList<LetterPermission> permissions;

    // The same letter with exactly one section of each kind, in order.
    LaterLifeLetter normalised() const
    {
        LaterLifeLetter l = *this;
        l.sections.clear();
        for (int k = 0; k < LetterSection::kKindCount; ++k)
            l.sections << section(LetterSection::Kind(k));
        return l;
    }
    LetterSection section(LetterSection::Kind kind) const
    {
        for (const LetterSection &s : sections) {
            if (s.kind == kind)
                return s;
        }
        return LetterSection{kind, {}, false};
    }
    void setSection(const LetterSection &section)
    {
        for (LetterSection &s : sections) {
            if (s.kind == section.kind) {
                s = section;
                return;
            }
        }
        sections << section;
    }
    const LetterPermission *permission(ItemId personId) const
    {
        for (const LetterPermission &p : permissions) {
            if (p.personId == personId)
                return &p;
        }
        return nullptr;
    }
    bool operator==(const LaterLifeLetter &) const = default;
};

// One step in the letter's history: who changed what, when, and the whole text after it, so
// the text finally handed over is known.
struct LetterVersion
{
    ItemId id = kNoId;
    QDateTime at; // UTC
    QString by;
    QString what;
    QString text; // the letter as plain text after this change
    bool operator==(const LetterVersion &) const = default;
};
