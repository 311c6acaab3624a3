// SPDX-License-Identifier: GPL-3.0-or-later
#include "ecomapexport.h"

#include "look.h"

#include "ecomapscene.h"
#include "legendwidget.h"

#include <QBuffer>
#include <QGraphicsItem>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace {
constexpr qreal kLegendWidth = 260;
constexpr qreal kHeader = 70;
} // namespace

QString EcomapExport::dateLine(QDate asOf)
{
    if (!asOf.isValid())
        return tr("All relationships, past and present");
    return tr("As it was on %1").arg(QLocale().toString(asOf, QLocale::LongFormat));
}

void EcomapExport::render(EcomapScene &scene, QPainter &p, const QRectF &target,
                          const QString &title, Notation::Words words)
{
    // Pictures and books are for paper: always the warm colours, whatever the screen shows.
    const Look::PrintColours printable;
    const QRectF source = scene.contentsRect();
    p.save();
    p.fillRect(target, Qt::white);
    QFont titleFont = p.font();
    titleFont.setPixelSize(26);
    titleFont.setBold(true);
    QFont small = p.font();
    small.setPixelSize(15);
    p.setPen(QColor(0x22, 0x25, 0x2b));
    p.setFont(titleFont);
    p.drawText(QRectF(target.left() + 20, target.top() + 10, target.width() - 40, 34),
               Qt::AlignLeft | Qt::AlignVCenter, title);
    p.setFont(small);
    p.drawText(QRectF(target.left() + 20, target.top() + 42, target.width() - 40, 22),
               Qt::AlignLeft | Qt::AlignVCenter, dateLine(scene.asOfDate()));

    const QRectF mapArea(target.left(), target.top() + kHeader, target.width() - kLegendWidth,
                         target.height() - kHeader);
    QRectF fitted = source;
    const qreal scale = qMin(mapArea.width() / source.width(), mapArea.height() / source.height());
    fitted.setSize(source.size() * scale);
    fitted.moveCenter(mapArea.center());
    const QList<QGraphicsItem *> selected = scene.selectedItems();
    scene.clearSelection(); // exported pictures never show a selection
    scene.render(&p, fitted, source);
    for (QGraphicsItem *item : selected)
        item->setSelected(true);
    LegendWidget::paintLegend(p,
                              QRectF(mapArea.right() + 10, target.top() + kHeader + 10,
                                     kLegendWidth - 30, target.height() - kHeader - 20),
                              small, words);
    p.restore();
}

QImage EcomapExport::toImage(EcomapScene &scene, const QString &title, int width)
{
    const QRectF source = scene.contentsRect();
    const qreal mapWidth = width - kLegendWidth * (width / 1600.0);
    const qreal scale = mapWidth / source.width();
    const int height = int(source.height() * scale + kHeader * (width / 1600.0));
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    // Lay out at 1600 px wide and scale, so text keeps its size relative to the map.
    p.scale(width / 1600.0, width / 1600.0);
    render(scene, p, QRectF(0, 0, 1600, height * 1600.0 / width), title);
    p.end();
    return image;
}

QString EcomapExport::writePng(EcomapScene &scene, const QString &title, const QString &path)
{
    const QImage image = toImage(scene, title);
    QSaveFile file(path);
    // A picture of a child's relationships is for its owner's eyes: owner-only (0600).
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        !image.save(&file, "PNG") || !file.commit())
        return tr("The picture could not be saved there. Check that the folder exists, that you "
                  "may write to it and that the disk is not full.");
    return {};
}

QString EcomapExport::writeSvg(EcomapScene &scene, const QString &title, const QString &path)
{
    const QRectF source = scene.contentsRect();
    const QSize size(1600,
                     int(1600 * source.height() / (source.width() + kLegendWidth)) + int(kHeader));
    QByteArray svg;
    QBuffer buffer(&svg);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(title);
    generator.setDescription(dateLine(scene.asOfDate()));
    {
        QPainter p(&generator);
        render(scene, p, QRectF(QPointF(0, 0), size), title);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(svg) != svg.size() || !file.commit())
        return tr("The picture could not be saved there. Check that the folder exists, that you "
                  "may write to it and that the disk is not full.");
    return {};
}
