// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>

#include "fuzzydate.h"
#include "ids.h"

#include <QHash>
#include <QList>
#include <QPointF>

// The family's shape, drawn as a genogram: who is whose parent (and in what way), who are or
// were partners, twins, and pregnancies lost where the family wants them shown. People are the
// case's people; kChildId stands for the child the story is about (the index person).

// A parent and a child, of a kind: Gramps' model, so an adopted child keeps their birth parents
// beside their adoptive ones, and a step-parent is not mistaken for either.
struct ParentLink
{
    enum class Kind : quint8 {
        Birth,
        Adoptive,
        Step,
        Foster,
        SpecialGuardian,
        KinshipCarer,
        Other,
    };
    static constexpr int kKindCount = int(Kind::Other) + 1;

    ItemId id = kNoId;
    ItemId child = kChildId;
    ItemId parent = kNoId; // never kChildId's "no one": a parent is always someone
    Kind kind = Kind::Birth;
    FuzzyDate from; // an adoption order, a special guardianship order
    FuzzyDate to;
    // Birth and adoptive parents are drawn as the child's family; the others as lighter ties.
    bool isFamilyLine() const { return kind == Kind::Birth || kind == Kind::Adoptive; }
    bool operator==(const ParentLink &) const = default;
};

struct Partnership
{
    // NotKnown: a couple a family tree names as someone's parents without saying more.
    enum class Kind : quint8 { Married, CivilPartnership, Cohabiting, Engaged, Dating, NotKnown };
    static constexpr int kKindCount = int(Kind::NotKnown) + 1;
    enum class Ending : quint8 { Together, Separated, Divorced, Death };
    static constexpr int kEndingCount = int(Ending::Death) + 1;

    ItemId id = kNoId;
    ItemId personA = kChildId;
    ItemId personB = kNoId;
    Kind kind = Kind::Married;
    FuzzyDate from;
    Ending ending = Ending::Together;
    FuzzyDate to; // separated, divorced or widowed on

    bool involves(ItemId person) const { return personA == person || personB == person; }
    ItemId other(ItemId person) const { return personA == person ? personB : personA; }
    bool operator==(const Partnership &) const = default;
};

struct Twins
{
    ItemId id = kNoId;
    ItemId personA = kChildId;
    ItemId personB = kNoId;
    bool identical = false;
    bool operator==(const Twins &) const = default;
};

// Shown only where the family wants it (added on purpose, never inferred).
struct LostPregnancy
{
    enum class Kind : quint8 { Miscarriage, Stillbirth };
    static constexpr int kKindCount = int(Kind::Stillbirth) + 1;

    ItemId id = kNoId;
    ItemId mother = kNoId;
    ItemId father = kNoId; // kNoId when not known or not said
    Kind kind = Kind::Miscarriage;
    FuzzyDate date;
    bool isPrivate = true; // left out of the child's book and copies unless chosen
    bool operator==(const LostPregnancy &) const = default;
};

struct Family
{
    QList<ParentLink> parents;
    QList<Partnership> partnerships;
    QList<Twins> twins;
    QList<LostPregnancy> losses;
    QHash<ItemId, QPointF> nudges; // person -> how far they were moved from the automatic place

    bool isEmpty() const
    {
        return parents.isEmpty() && partnerships.isEmpty() && twins.isEmpty() && losses.isEmpty();
    }
    // Whether `person` is a parent, child or partner in a line of the family.
    bool hasLine(ItemId person) const
    {
        return std::any_of(parents.cbegin(), parents.cend(),
                           [person](const ParentLink &l) {
                               return l.child == person || l.parent == person;
                           }) ||
               std::any_of(partnerships.cbegin(), partnerships.cend(),
                           [person](const Partnership &p) { return p.involves(person); });
    }
    bool operator==(const Family &) const = default;
};
