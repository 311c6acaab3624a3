// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "person.h"
#include "relationship.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QPainterPath>
#include <QPen>

// ecomap: the map of the people who matter, drawn in Hartman's ecomap notation on a
// QGraphicsScene, with undoable edits that write through to the case file at once.
//
// Notation maps a relationship to how it is drawn — one place, so the scene, the legend, the
// PNG/SVG export and the printed book can never disagree.
class Notation
{
    Q_DECLARE_TR_FUNCTIONS(Notation)

public:
    struct Style
    {
        QPen pen;
        bool zigzag = false; // stressful: a zig-zag line
        bool broken = false; // broken / cut off: a gap with two bars across it
    };

    static Style style(Relationship::Kind kind);
    // A tie from a to b as straight segments (one line, a zig-zag, or two halves with a break).
    // Drawn with QPainter::drawLines and the style's flat- or square-capped pen, which the
    // raster engine draws an order of magnitude faster than a stroked path with round caps.
    static QList<QLineF> tieLines(Relationship::Kind kind, QPointF a, QPointF b);
    // The same segments as a path, for hit-testing and bounds.
    static QPainterPath tiePath(Relationship::Kind kind, QPointF a, QPointF b);
    // An arrowhead at `tip`, pointing from `from` to `tip`.
    static QPolygonF arrowHead(QPointF from, QPointF tip, qreal size = 11);

    // Which ends get arrowheads, for a tie drawn from A to B.
    static bool arrowAtB(Relationship::Direction d)
    {
        return d == Relationship::Direction::AToB || d == Relationship::Direction::Both;
    }
    static bool arrowAtA(Relationship::Direction d)
    {
        return d == Relationship::Direction::BToA || d == Relationship::Direction::Both;
    }

    // A calm colour per kind of role, used for the cards' avatars.
    static QColor roleColor(Person::Role role);

    // The closeness rings around the child, in scene units.
    static constexpr qreal kRingRadii[3] = {190, 310, 430};
    static QString ringName(int ring);
    // The ring a spot on the map is nearest to.
    static int ringAt(QPointF position);
    // The amber glow of a tie that ended when one of the child's homes ended.
    static QColor endedWithAHome() { return QColor(0xff, 0xb3, 0x00, 150); }

    struct LegendEntry
    {
        QString label;
        Relationship::Kind kind;
    };
    // Professional words for the screen and court; the child's own words for their book.
    enum class Words : quint8 { Professional, Child };
    static QList<LegendEntry> legend(Words words = Words::Professional);
    static QString directionLegend(Words words = Words::Professional);
};
