// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notation.h"

#include <QWidget>

// The key to the lines on the map, drawn with the same Notation as the map itself. paintLegend()
// is shared with the PNG/SVG export and the printed book.
class LegendWidget : public QWidget
{
    Q_OBJECT

public:
    explicit LegendWidget(QWidget *parent = nullptr);
    QSize sizeHint() const override;
    // Draws the legend into `rect` (top-left aligned); returns the height used.
    static qreal paintLegend(QPainter &painter, const QRectF &rect, const QFont &font,
                             Notation::Words words = Notation::Words::Professional);

    // The screen's extra key to the cards: their colours, the dashed outline of a private
    // person, and the amber glow of a tie that ended when a home ended.
    static qreal paintCardKey(QPainter &painter, const QRectF &rect, const QFont &font);
    static QStringList cardKeyLabels();

protected:
    void paintEvent(QPaintEvent *event) override;
};
