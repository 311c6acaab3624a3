// SPDX-License-Identifier: GPL-3.0-or-later
#include "feelingicon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

QColor FeelingIcon::colour(Memory::Feeling feeling)
{
    using F = Memory::Feeling;
    switch (feeling) {
    case F::Happy:
        return QColor(0xff, 0xd1, 0x4a);
    case F::Excited:
        return QColor(0xff, 0xa9, 0x3a);
    case F::Proud:
        return QColor(0xf7, 0xc9, 0x48);
    case F::Calm:
        return QColor(0x9f, 0xd8, 0xc4);
    case F::Loved:
        return QColor(0xf7, 0x9a, 0xb4);
    case F::Sad:
        return QColor(0x8e, 0xb8, 0xe5);
    case F::Worried:
        return QColor(0xc7, 0xb8, 0xe8);
    case F::Angry:
        return QColor(0xee, 0x6b, 0x5e);
    case F::Confused:
        return QColor(0xd3, 0xc6, 0x9a);
    }
    return Qt::lightGray;
}

void FeelingIcon::paint(QPainter &p, const QRectF &rect, Memory::Feeling feeling)
{
    using F = Memory::Feeling;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = std::min(rect.width(), rect.height());
    const QRectF face(rect.center().x() - s / 2 + 1, rect.center().y() - s / 2 + 1, s - 2, s - 2);
    p.setPen(QPen(QColor(0x3b, 0x3f, 0x4a), s / 24));
    p.setBrush(colour(feeling));
    p.drawEllipse(face);
    auto at = [&face](qreal x, qreal y) {
        return QPointF(face.left() + face.width() * x, face.top() + face.height() * y);
    };
    const qreal eye = s * 0.07;
    p.setBrush(QColor(0x3b, 0x3f, 0x4a));
    QPen line(QColor(0x3b, 0x3f, 0x4a), s / 14, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    if (feeling == F::Loved) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xd6, 0x2e, 0x5c));
        for (qreal x : {0.35, 0.65}) {
            QPainterPath heart;
            const QPointF c = at(x, 0.4);
            const qreal h = s * 0.09;
            heart.moveTo(c + QPointF(0, h));
            heart.cubicTo(c + QPointF(-2 * h, -0.2 * h), c + QPointF(-0.6 * h, -1.6 * h), c);
            heart.cubicTo(c + QPointF(0.6 * h, -1.6 * h), c + QPointF(2 * h, -0.2 * h),
                          c + QPointF(0, h));
            p.drawPath(heart);
        }
    } else if (feeling == F::Proud || feeling == F::Calm) {
        p.setPen(line);
        p.setBrush(Qt::NoBrush);
        for (qreal x : {0.35, 0.65})
            p.drawArc(QRectF(at(x - 0.08, 0.34), QSizeF(s * 0.16, s * 0.12)), 0, 180 * 16);
    } else {
        p.setPen(Qt::NoPen);
        for (qreal x : {0.35, 0.65})
            p.drawEllipse(at(x, 0.4), eye, feeling == F::Excited ? eye * 1.3 : eye);
    }
    p.setPen(line);
    p.setBrush(Qt::NoBrush);
    QPainterPath mouth;
    switch (feeling) {
    case F::Happy:
    case F::Proud:
    case F::Loved:
        mouth.moveTo(at(0.3, 0.62));
        mouth.quadTo(at(0.5, 0.82), at(0.7, 0.62));
        break;
    case F::Excited:
        p.setBrush(QColor(0x8a, 0x2b, 0x1f));
        mouth.moveTo(at(0.28, 0.6));
        mouth.quadTo(at(0.5, 0.92), at(0.72, 0.6));
        mouth.closeSubpath();
        break;
    case F::Calm:
        mouth.moveTo(at(0.36, 0.66));
        mouth.quadTo(at(0.5, 0.72), at(0.64, 0.66));
        break;
    case F::Sad:
        mouth.moveTo(at(0.32, 0.74));
        mouth.quadTo(at(0.5, 0.58), at(0.68, 0.74));
        break;
    case F::Worried:
        mouth.moveTo(at(0.3, 0.7));
        mouth.cubicTo(at(0.4, 0.62), at(0.5, 0.78), at(0.7, 0.66));
        break;
    case F::Angry:
        mouth.moveTo(at(0.34, 0.72));
        mouth.quadTo(at(0.5, 0.62), at(0.66, 0.72));
        mouth.moveTo(at(0.24, 0.26));
        mouth.lineTo(at(0.42, 0.33));
        mouth.moveTo(at(0.76, 0.26));
        mouth.lineTo(at(0.58, 0.33));
        break;
    case F::Confused:
        mouth.moveTo(at(0.34, 0.72));
        mouth.lineTo(at(0.66, 0.64));
        break;
    }
    p.drawPath(mouth);
    p.restore();
}

QIcon FeelingIcon::icon(Memory::Feeling feeling)
{
    QIcon icon;
    for (int side : {24, 32, 48, 64}) {
        QPixmap pixmap(side, side);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        paint(p, QRectF(0, 0, side, side), feeling);
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}
