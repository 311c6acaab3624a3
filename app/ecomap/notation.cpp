// SPDX-License-Identifier: GPL-3.0-or-later
#include "notation.h"

#include "look.h"

#include "vocabulary.h"

#include <QLineF>

#include <cmath>

Notation::Style Notation::style(Relationship::Kind kind)
{
    const Look::Colours &look = Look::colours();
    Style s;
    // Flat caps: the raster engine's fast line path does not take round caps.
    s.pen = QPen(look.ink, 2.0, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin);
    switch (kind) {
    case Relationship::Kind::Strong:
        s.pen.setWidthF(6.0);
        break;
    case Relationship::Kind::Ordinary:
        break;
    case Relationship::Kind::Tenuous:
        s.pen.setStyle(Qt::CustomDashLine);
        s.pen.setDashPattern({4.0, 3.0});
        break;
    case Relationship::Kind::Stressful:
        s.pen.setColor(look.stress);
        s.pen.setWidthF(2.4);
        s.pen.setCapStyle(Qt::SquareCap); // square caps close the zig-zag's corners
        s.zigzag = true;
        break;
    case Relationship::Kind::Broken:
        s.pen.setColor(look.broken);
        s.broken = true;
        break;
    case Relationship::Kind::NotSure:
        s.pen.setWidthF(1.5);
        s.pen.setStyle(Qt::CustomDashLine);
        s.pen.setDashPattern({1.0, 4.0});
        break;
    }
    return s;
}

QList<QLineF> Notation::tieLines(Relationship::Kind kind, QPointF a, QPointF b)
{
    QList<QLineF> lines;
    const qreal length = QLineF(a, b).length();
    if (length < 1)
        return lines;
    const Style s = style(kind);
    const QPointF along = (b - a) / length;
    const QPointF across(-along.y(), along.x());
    if (s.zigzag) {
        const qreal step = 9;
        const int teeth = qMax(2, int(length / step));
        QPointF previous = a;
        for (int i = 1; i < teeth; ++i) {
            const qreal t = qreal(i) / teeth;
            const QPointF next = a + (b - a) * t + across * ((i % 2) ? 5.0 : -5.0);
            lines << QLineF(previous, next);
            previous = next;
        }
        lines << QLineF(previous, b);
        return lines;
    }
    if (s.broken) {
        // Two halves with a gap, and a short bar across each side of the gap.
        const QPointF mid = (a + b) / 2;
        const qreal gap = qMin(14.0, length / 6);
        const QPointF p1 = mid - along * gap;
        const QPointF p2 = mid + along * gap;
        lines << QLineF(a, p1) << QLineF(p2, b);
        for (const QPointF &p : {p1, p2})
            lines << QLineF(p - across * 8, p + across * 8);
        return lines;
    }
    lines << QLineF(a, b);
    return lines;
}

QPainterPath Notation::tiePath(Relationship::Kind kind, QPointF a, QPointF b)
{
    QPainterPath path;
    for (const QLineF &line : tieLines(kind, a, b)) {
        if (path.currentPosition() != line.p1() || path.elementCount() == 0)
            path.moveTo(line.p1());
        path.lineTo(line.p2());
    }
    return path;
}

QPolygonF Notation::arrowHead(QPointF from, QPointF tip, qreal size)
{
    const QLineF line(tip, from);
    if (line.length() < 1)
        return {};
    const qreal angle = std::atan2(-line.dy(), line.dx());
    const qreal spread = M_PI / 7;
    const QPointF p1 =
        tip + QPointF(std::cos(angle + spread) * size, -std::sin(angle + spread) * size);
    const QPointF p2 =
        tip + QPointF(std::cos(angle - spread) * size, -std::sin(angle - spread) * size);
    return QPolygonF({tip, p1, p2});
}

QColor Notation::roleColor(Person::Role role)
{
    using R = Person::Role;
    switch (role) {
    case R::BirthMother:
    case R::BirthFather:
    case R::Sibling:
    case R::Grandparent:
    case R::OtherRelative:
        return QColor(0xf2, 0x8c, 0x6b); // family: warm coral
    case R::FosterCarer:
    case R::KinshipCarer:
    case R::AdoptiveParent:
    case R::ResidentialKeyWorker:
        return QColor(0x6b, 0xae, 0x8f); // carers: green
    case R::SocialWorker:
    case R::Iro:
    case R::HealthWorker:
    case R::Therapist:
        return QColor(0x6d, 0x8f, 0xc9); // professionals: blue
    case R::Teacher:
    case R::Friend:
        return QColor(0xb3, 0x8c, 0xd9); // school and friends: lilac
    case R::Pet:
        return QColor(0xd9, 0xa4, 0x41); // pets: honey
    case R::Place:
    case R::Other:
    case R::NotSure:
        return QColor(0x95, 0xa0, 0xa6);
    }
    return Qt::gray;
}

QString Notation::ringName(int ring)
{
    switch (ring) {
    case 0:
        return tr("Close to me");
    case 1:
        return tr("In the middle");
    default:
        return tr("Further away");
    }
}

int Notation::ringAt(QPointF position)
{
    const qreal distance = std::hypot(position.x(), position.y());
    int best = 0;
    for (int ring = 1; ring < 3; ++ring) {
        if (std::abs(distance - kRingRadii[ring]) < std::abs(distance - kRingRadii[best]))
            best = ring;
    }
    return best;
}

QList<Notation::LegendEntry> Notation::legend(Words words)
{
    QList<LegendEntry> entries;
    for (int k = 0; k < Relationship::kKindCount; ++k) {
        const auto kind = Relationship::Kind(k);
        entries << LegendEntry{words == Words::Child ? Vocabulary::childKindName(kind)
                                                     : Vocabulary::kindName(kind),
                               kind};
    }
    return entries;
}

QString Notation::directionLegend(Words words)
{
    if (words == Words::Child)
        return tr("Arrows show who helps who");
    return tr("Arrows show which way help and support flow");
}
