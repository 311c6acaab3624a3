// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "childmap.h"
#include "childmapcompare.h"

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QRectF>

class QPainter;

// The child's own map drawn: "Me" in the middle, three rings (close, in the middle, further
// away), each person as a round picture or initial with their name and face. Where the adults'
// map disagrees, a person carries a mark (closer, further, only on this map). Painted the same
// on screen, in a book and in the benchmark.
class ChildMapPicture
{
    Q_DECLARE_TR_FUNCTIONS(ChildMapPicture)

public:
    void setMap(const ChildMap &map) { m_map = map; }
    const ChildMap &map() const { return m_map; }
    void setChildName(const QString &name) { m_child = name; }
    void setPerson(ItemId id, const QString &name, const QImage &photo = {});
    void setDifferences(const QList<ChildMapDifference> &differences);
    QString name(ItemId id) const { return m_names.value(id); }

    void paint(QPainter &painter, const QRectF &area, ItemId selected = kNoId) const;

    // Geometry, for pointing and dragging.
    static QRectF square(const QRectF &area);
    static double ringRadius(int ring, const QRectF &area);
    QPointF centreOf(const ChildMapPlace &place, const QRectF &area) const;
    double personRadius(const QRectF &area) const;
    ItemId personAt(QPointF point, const QRectF &area) const;
    // The ring nearest a point and the angle of the point round the middle.
    static ChildMapPlace::Ring ringAt(QPointF point, const QRectF &area, double *angle);

private:
    ChildMap m_map;
    QString m_child;
    QHash<ItemId, QString> m_names;
    QHash<ItemId, QImage> m_photos;
    QHash<ItemId, ChildMapDifference::Kind> m_marks;
};
