// SPDX-License-Identifier: GPL-3.0-or-later
#include "legendwidget.h"

#include "look.h"
#include "notation.h"

#include <QPainter>

LegendWidget::LegendWidget(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Key to the lines"));
    QStringList description;
    for (const Notation::LegendEntry &e : Notation::legend())
        description << e.label;
    setAccessibleDescription(description.join(QStringLiteral(", ")) + QStringLiteral(". ") +
                             Notation::directionLegend());
}

QSize LegendWidget::sizeHint() const
{
    const int line = fontMetrics().height() + 10;
    return QSize(220, line * (Notation::legend().size() + 3) + 10);
}

qreal LegendWidget::paintLegend(QPainter &p, const QRectF &rect, const QFont &font,
                                Notation::Words words)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF metrics(font);
    const qreal line = metrics.height() + 10;
    qreal y = rect.top();
    p.setFont(bold);
    p.setPen(Look::colours().ink);
    p.drawText(QRectF(rect.left(), y, rect.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Key"));
    y += line;
    p.setFont(font);
    const qreal sample = 54;
    const qreal textWidth = rect.width() - sample - 12;
    for (const Notation::LegendEntry &e : Notation::legend(words)) {
        // Longer words (Welsh, larger text) wrap onto a second line rather than being cut off.
        const qreal height = qMax(line, metrics.boundingRect(QRectF(0, 0, textWidth, 10 * line),
                                                             Qt::TextWordWrap, e.label)
                                                .height() +
                                            10);
        const qreal mid = y + height / 2;
        const Notation::Style s = Notation::style(e.kind);
        p.setPen(s.pen);
        p.setBrush(Qt::NoBrush);
        p.drawLines(Notation::tieLines(e.kind, QPointF(rect.left() + 2, mid),
                                       QPointF(rect.left() + sample, mid)));
        p.setPen(Look::colours().ink);
        p.drawText(QRectF(rect.left() + sample + 12, y, textWidth, height),
                   Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, e.label);
        y += height;
    }
    // An arrow sample, then what arrows mean (wrapped).
    const qreal mid = y + line / 2;
    p.setPen(Notation::style(Relationship::Kind::Ordinary).pen);
    p.drawLine(QPointF(rect.left() + 2, mid), QPointF(rect.left() + sample - 6, mid));
    p.setPen(Qt::NoPen);
    p.setBrush(Notation::style(Relationship::Kind::Ordinary).pen.color());
    p.drawPolygon(
        Notation::arrowHead(QPointF(rect.left(), mid), QPointF(rect.left() + sample, mid)));
    p.setPen(Look::colours().ink);
    const QRectF text(rect.left() + sample + 12, y + 4, rect.width() - sample - 12, line * 2);
    QRectF used;
    p.drawText(text, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
               Notation::directionLegend(words), &used);
    y += qMax(line, used.height() + 8);
    p.restore();
    return y - rect.top();
}

void LegendWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const qreal used = paintLegend(p, QRectF(rect()).adjusted(8, 4, -8, -4), font());
    if (used + 8 > height())
        setMinimumHeight(int(used + 12));
}
