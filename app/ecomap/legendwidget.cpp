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
                             Notation::directionLegend() + QStringLiteral(". ") +
                             cardKeyLabels().join(QStringLiteral(", ")));
}

QSize LegendWidget::sizeHint() const
{
    const int line = fontMetrics().height() + 10;
    return QSize(220, line * (Notation::legend().size() + int(cardKeyLabels().size()) + 5) + 10);
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

QStringList LegendWidget::cardKeyLabels()
{
    return {tr("Family"),
            tr("Carers"),
            tr("Workers"),
            tr("School and friends"),
            tr("Pets"),
            tr("Places and others"),
            tr("Dashed outline: kept private (left out of books)"),
            tr("Amber glow: ended when a home ended")};
}

qreal LegendWidget::paintCardKey(QPainter &p, const QRectF &rect, const QFont &font)
{
    using R = Person::Role;
    const QList<QColor> colours = {
        Notation::roleColor(R::BirthMother),  Notation::roleColor(R::FosterCarer),
        Notation::roleColor(R::SocialWorker), Notation::roleColor(R::Teacher),
        Notation::roleColor(R::Pet),          Notation::roleColor(R::Other)};
    const QStringList labels = cardKeyLabels();
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF metrics(font);
    const qreal line = metrics.height() + 8;
    const qreal sample = 54;
    const qreal textWidth = rect.width() - sample - 12;
    qreal y = rect.top();
    p.setFont(bold);
    p.setPen(Look::colours().ink);
    p.drawText(QRectF(rect.left(), y, rect.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Cards"));
    y += line;
    p.setFont(font);
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const qreal height = qMax(line, metrics.boundingRect(QRectF(0, 0, textWidth, 10 * line),
                                                             Qt::TextWordWrap, labels[i])
                                                .height() +
                                            8);
        const QRectF swatch(rect.left() + 8, y + height / 2 - 8, sample - 16, 16);
        if (i < colours.size()) {
            p.setPen(Qt::NoPen);
            p.setBrush(colours[i]);
            p.drawRoundedRect(swatch, 5, 5);
        } else if (i == colours.size()) {
            p.setPen(QPen(Look::colours().broken, 1.5, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(swatch, 5, 5);
        } else {
            p.setPen(QPen(Notation::endedWithAHome(), 8, Qt::SolidLine, Qt::FlatCap));
            p.drawLine(QPointF(swatch.left(), swatch.center().y()),
                       QPointF(swatch.right(), swatch.center().y()));
            p.setPen(Notation::style(Relationship::Kind::Ordinary).pen);
            p.drawLine(QPointF(swatch.left(), swatch.center().y()),
                       QPointF(swatch.right(), swatch.center().y()));
        }
        p.setPen(Look::colours().ink);
        p.drawText(QRectF(rect.left() + sample + 12, y, textWidth, height),
                   Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, labels[i]);
        y += height;
    }
    p.restore();
    return y - rect.top();
}

void LegendWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QRectF area = QRectF(rect()).adjusted(8, 4, -8, -4);
    qreal used = paintLegend(p, area, font());
    used += paintCardKey(p, area.adjusted(0, used + 6, 0, 0), font()) + 6;
    if (used + 8 > height())
        setMinimumHeight(int(used + 12));
}
