// SPDX-License-Identifier: GPL-3.0-or-later
#include "childmappicture.h"

#include "feelingicon.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace {
// Ring radii as parts of half the square: room outside the last ring for names.
constexpr double kRings[3] = {0.38, 0.64, 0.9};
const QColor kRingFill[3] = {QColor(0xfd, 0xe8, 0xc8), QColor(0xfe, 0xf1, 0xdc),
                             QColor(0xff, 0xf8, 0xee)};
const QColor kInk(0x2b, 0x2b, 0x2b);

// "Mum" is M, "Mrs Khan" MK: two people with one first letter still look different.
QString initials(const QString &name)
{
    QString out;
    for (const QString &word : name.split(u' ', Qt::SkipEmptyParts)) {
        if (out.size() < 2 && word.at(0).isLetter())
            out += word.at(0).toUpper();
    }
    return out;
}
} // namespace

void ChildMapPicture::setPerson(ItemId id, const QString &name, const QImage &photo)
{
    m_names.insert(id, name);
    if (!photo.isNull())
        m_photos.insert(id, photo);
}

void ChildMapPicture::setDifferences(const QList<ChildMapDifference> &differences)
{
    m_marks.clear();
    for (const ChildMapDifference &d : differences) {
        if (d.kind != ChildMapDifference::Kind::OnlyAdults)
            m_marks.insert(d.personId, d.kind);
    }
}

QRectF ChildMapPicture::square(const QRectF &area)
{
    const double side = std::min(area.width(), area.height());
    return QRectF(area.center().x() - side / 2, area.center().y() - side / 2, side, side);
}

double ChildMapPicture::ringRadius(int ring, const QRectF &area)
{
    return square(area).width() / 2 * kRings[std::clamp(ring, 0, 2)];
}

double ChildMapPicture::personRadius(const QRectF &area) const
{
    return std::max(12.0, square(area).width() * 0.045);
}

QPointF ChildMapPicture::centreOf(const ChildMapPlace &place, const QRectF &area) const
{
    // Between the ring's inner edge and its line, so the name fits inside the ring.
    const int ring = int(place.ring);
    const double inner = ring == 0 ? ringRadius(0, area) * 0.45 : ringRadius(ring - 1, area);
    const double r = (inner + ringRadius(ring, area)) / 2;
    const double a = qDegreesToRadians(place.angle);
    const QPointF c = square(area).center();
    return {c.x() + r * std::cos(a), c.y() - r * std::sin(a)};
}

ItemId ChildMapPicture::personAt(QPointF point, const QRectF &area) const
{
    const double r = personRadius(area);
    for (auto it = m_map.places.crbegin(); it != m_map.places.crend(); ++it) {
        if (QLineF(point, centreOf(*it, area)).length() <= r * 1.2)
            return it->personId;
    }
    return kNoId;
}

ChildMapPlace::Ring ChildMapPicture::ringAt(QPointF point, const QRectF &area, double *angle)
{
    const QPointF c = square(area).center();
    const QPointF d = point - c;
    if (angle)
        *angle = qRadiansToDegrees(std::atan2(-d.y(), d.x()));
    const double distance = std::hypot(d.x(), d.y());
    if (distance < ringRadius(0, area))
        return ChildMapPlace::Ring::Close;
    if (distance < ringRadius(1, area))
        return ChildMapPlace::Ring::Middle;
    return ChildMapPlace::Ring::Further;
}

void ChildMapPicture::paint(QPainter &painter, const QRectF &area, ItemId selected) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF sq = square(area);
    const QPointF c = sq.center();
    // Rings, outermost first, each a softer colour, with its name along the top.
    QFont small = painter.font();
    small.setPixelSize(std::max(8, int(sq.width() / 45)));
    for (int ring = 2; ring >= 0; --ring) {
        const double r = ringRadius(ring, area);
        painter.setPen(QPen(QColor(0xc9, 0xa8, 0x7c), std::max(1.0, sq.width() / 400)));
        painter.setBrush(kRingFill[ring]);
        painter.drawEllipse(c, r, r);
    }
    // The rings' names under the people: a person or a mark is never hidden by one.
    painter.setFont(small);
    painter.setPen(QColor(0x7a, 0x5c, 0x38));
    const QFontMetricsF smallMetrics(small);
    for (int ring = 0; ring < 3; ++ring) {
        const double r = ringRadius(ring, area);
        const QString name = ChildMapCompare::ringName(ring);
        const double w = smallMetrics.horizontalAdvance(name);
        // On a light backing, so it reads over the ring's line.
        const QRectF label(c.x() - w / 2 - 2, c.y() - r + 2, w + 4, smallMetrics.height());
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, 170));
        painter.drawRoundedRect(label, 3, 3);
        painter.setPen(QColor(0x7a, 0x5c, 0x38));
        painter.drawText(QPointF(c.x() - w / 2, c.y() - r + smallMetrics.ascent() + 2), name);
    }

    // Me, in the middle.
    const double meR = ringRadius(0, area) * 0.3;
    painter.setPen(QPen(kInk, 2));
    painter.setBrush(QColor(0xff, 0xd2, 0x7f));
    painter.drawEllipse(c, meR, meR);
    QFont bold = painter.font();
    bold.setPixelSize(std::max(9, int(sq.width() / 30)));
    bold.setBold(true);
    painter.setFont(bold);
    painter.drawText(QRectF(c.x() - meR, c.y() - meR, 2 * meR, 2 * meR),
                     Qt::AlignCenter | Qt::TextWordWrap, tr("Me"));

    const double pr = personRadius(area);
    QFont nameFont = painter.font();
    nameFont.setBold(false);
    nameFont.setPixelSize(std::max(8, int(sq.width() / 42)));
    const QFontMetricsF nameMetrics(nameFont);
    for (const ChildMapPlace &place : m_map.places) {
        const QPointF p = centreOf(place, area);
        const QString name = m_names.value(place.personId);
        const QRectF disc(p.x() - pr, p.y() - pr, 2 * pr, 2 * pr);
        painter.setPen(QPen(place.personId == selected ? QColor(0x1a, 0x5f, 0xb4) : kInk,
                            place.personId == selected ? 4 : 1.5));
        const QImage photo = m_photos.value(place.personId);
        if (!photo.isNull()) {
            QPainterPath clip;
            clip.addEllipse(disc);
            painter.save();
            painter.setClipPath(clip);
            const QSize scaled =
                photo.size().scaled(disc.size().toSize(), Qt::KeepAspectRatioByExpanding);
            painter.drawImage(QRectF(p.x() - scaled.width() / 2.0, p.y() - scaled.height() / 2.0,
                                     scaled.width(), scaled.height()),
                              photo);
            painter.restore();
            painter.setBrush(Qt::NoBrush);
        } else {
            painter.setBrush(QColor(0xd6, 0xe6, 0xf5));
        }
        painter.drawEllipse(disc);
        if (photo.isNull()) {
            QFont initial = nameFont;
            initial.setBold(true);
            initial.setPixelSize(int(pr * 0.8));
            painter.setFont(initial);
            painter.setPen(kInk);
            painter.drawText(disc, Qt::AlignCenter, initials(name));
        }
        painter.setFont(nameFont);
        painter.setPen(kInk);
        const QString shown = nameMetrics.elidedText(name, Qt::ElideRight, pr * 4.5);
        const double w = nameMetrics.horizontalAdvance(shown);
        // A light backing, so a name reads over a ring's line or a neighbour.
        const QRectF label(p.x() - w / 2 - 2, p.y() + pr + 1, w + 4, nameMetrics.height());
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, 200));
        painter.drawRoundedRect(label, 3, 3);
        painter.setPen(kInk);
        painter.drawText(QPointF(p.x() - w / 2, p.y() + pr + nameMetrics.ascent() + 1), shown);
        if (place.feeling)
            FeelingIcon::paint(painter, QRectF(p.x() + pr * 0.45, p.y() - pr * 1.15, pr, pr),
                               *place.feeling);
        // Where the adults see it differently: a mark the key explains.
        const auto mark = m_marks.constFind(place.personId);
        if (mark != m_marks.constEnd()) {
            const QRectF badge(p.x() - pr * 1.3, p.y() - pr * 1.3, pr * 0.9, pr * 0.9);
            QColor fill = *mark == ChildMapDifference::Kind::Closer    ? QColor(0x26, 0x8b, 0x4a)
                          : *mark == ChildMapDifference::Kind::Further ? QColor(0xb3, 0x5c, 0x00)
                                                                       : QColor(0x6a, 0x3d, 0x9a);
            painter.setPen(Qt::white);
            painter.setBrush(fill);
            painter.drawEllipse(badge);
            QFont markFont = nameFont;
            markFont.setBold(true);
            painter.setFont(markFont);
            const QString symbol = *mark == ChildMapDifference::Kind::Closer ? QStringLiteral("+")
                                   : *mark == ChildMapDifference::Kind::Further
                                       ? QStringLiteral("−")
                                       : QStringLiteral("!");
            painter.drawText(badge, Qt::AlignCenter, symbol);
        }
    }
    painter.restore();
}
