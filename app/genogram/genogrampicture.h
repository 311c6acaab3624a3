// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casecontent.h"
#include "genogramlayout.h"

#include <QCoreApplication>
#include <QDate>
#include <QFont>
#include <QImage>
#include <QPainterPath>
#include <QPolygonF>
#include <QRectF>

#include <optional>

class QPainter;

// The family drawn: who is in the genogram, where (GenogramLayout plus anyone's nudge), and how
// each line and symbol looks in McGoldrick/Gerson notation as UK practice uses it. One class
// draws the Family tab, the court and review packs' page and the child's "My family tree", so
// they never disagree; the key (legend) comes from the same place.
class GenogramPicture
{
    Q_DECLARE_TR_FUNCTIONS(GenogramPicture)

public:
    enum class Style : quint8 {
        Professional, // full names, dates, the key's professional words
        Child,        // the names the child uses, their photos, friendly words; no losses
    };
    struct Input
    {
        ChildProfile child;
        QList<Person> people;
        Family family;
        QList<Relationship> ties;    // drawn over the family when showTies
        QList<Placement> placements; // households
        QDate householdOn;           // whose household is outlined (invalid: none)
        QDate today = QDate::currentDate();
        bool showTies = false;
        Style style = Style::Professional;
        QHash<ItemId, QImage> photos; // child style: faces inside the symbols
    };

    // Scene units; the view scales them.
    static constexpr double kSymbol = 44;
    static constexpr double kColumn = 124; // centre to centre
    static constexpr double kRow = 170;

    void build(const Input &input);
    void paint(QPainter &p) const;
    QRectF bounds() const { return m_bounds; }

    // People drawn, left to right and top to bottom (keyboard order).
    QList<ItemId> order() const { return m_order; }
    bool contains(ItemId person) const { return m_at.contains(person); }
    QPointF centre(ItemId person) const { return m_at.value(person); }
    QRectF symbolRect(ItemId person) const;
    // The person whose symbol or name is at `point`, if any.
    std::optional<ItemId> personAt(QPointF point) const;
    QString nameOf(ItemId person) const;
    // One line for screen readers: "Mum (Sarah Jones), female, born 1988; separated from Dad".
    QString describe(ItemId person) const;
    int crossings() const { return m_crossings; }
    // The automatic place, before any nudge.
    QPointF automaticCentre(ItemId person) const { return m_auto.value(person); }

    void setSelected(ItemId person, bool on) { m_selected = on ? person : kNoSelection; }
    static constexpr ItemId kNoSelection = -1;

    // The key: one row per symbol and line, with its words.
    struct KeyRow
    {
        enum class Sample : quint8 {
            Female,
            Male,
            Neutral,
            Child,
            Deceased,
            Married,
            Together,
            Separated,
            Divorced,
            BirthChild,
            Adopted,
            Fostered,
            Twins,
            Household,
            Loss,
            ChildFemale, // the child's own symbol, when their gender is known
            ChildMale,
        };
        Sample sample;
        QString words;
    };
    static QList<KeyRow> key(Style style);
    // Only the rows for symbols and lines this picture draws (for books: a short key is read).
    QList<KeyRow> keyForWhatIsDrawn() const;
    static void paintSample(QPainter &p, KeyRow::Sample sample, const QRectF &box);
    // The key drawn as a block `width` wide; returns the height used.
    static double paintKey(QPainter &p, const QRectF &area, const QList<KeyRow> &rows);

    // The age drawn in someone's symbol on `today`: none when the birth is uncertain enough
    // to make it one of two.
    static std::optional<int> ageOn(const FuzzyDate &born, QDate today);

    // Who belongs in a genogram: the child, anyone in a family line, and family by role.
    static bool isFamily(const Person &person);

private:
    struct Couple
    {
        ItemId a = kNoId, b = kNoId; // b == kNoSelection for one parent alone
        const Partnership *partnership = nullptr;
        QList<ItemId> children; // drawn under this couple
    };
    struct Extra // a child drawn under other parents, linked to these too
    {
        int couple = 0;
        ItemId child = kNoId;
        ParentLink::Kind kind = ParentLink::Kind::Other;
    };
    void paintPerson(QPainter &p, ItemId id) const;
    void paintCouple(QPainter &p, const Couple &c) const;
    QPointF dropOf(const Couple &c) const;
    double coupleY(const Couple &c) const;
    ParentLink::Kind linkKind(ItemId child, const Couple &c) const;
    QPolygonF extraLine(const Extra &e) const; // from the other parents down to the child
    void paintOrderYear(QPainter &p, ItemId child, const Couple &c, QPointF at) const;

    Input m_in;
    QHash<ItemId, const Person *> m_people;
    QHash<ItemId, QPointF> m_at, m_auto;
    QList<ItemId> m_order;
    QList<Couple> m_couples;
    QList<Extra> m_extras;
    QList<const LostPregnancy *> m_losses; // drawn as the couple's children
    QHash<ItemId, QPointF> m_lossAt;       // by loss id
    QList<QList<ItemId>> m_households;     // rows of people in the household, per row
    QString m_householdName;
    QRectF m_bounds;
    int m_crossings = 0;
    ItemId m_selected = kNoSelection;
    mutable QFont m_font; // the painter's, plain, at the start of paint()
};
