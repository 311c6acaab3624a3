// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookrenderer.h"

#include "feelingicon.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

BookRenderer::BookRenderer(const BookModel &model, ImageSource images, EcomapPainter ecomap,
                           Lookahead lookahead)
    : m_model(model)
    , m_style(model.audience)
    , m_images(std::move(images))
    , m_ecomap(std::move(ecomap))
    , m_lookahead(std::move(lookahead))
{}

QList<std::pair<ItemId, QSize>> BookRenderer::imagesOn(const BookPage &page)
{
    QList<std::pair<ItemId, QSize>> list;
    for (const BookItem &item : page.items) {
        if (item.type == BookItem::Type::Image)
            list << std::pair(item.mediaId, (item.rect.size() * kPrintDpi / 72.0).toSize());
    }
    return list;
}

void BookRenderer::paintPage(QPainter &p, int pageIndex) const
{
    if (pageIndex < 0 || pageIndex >= m_model.pages.size())
        return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.fillRect(QRectF(QPointF(0, 0), m_model.size()), Qt::white);
    for (const BookItem &item : m_model.pages[pageIndex].items) {
        switch (item.type) {
        case BookItem::Type::Text: {
            const QFont font = m_style.font(item.style);
            p.setFont(font);
            p.setPen(item.colour);
            p.drawText(QPointF(item.rect.left(), item.rect.top() + QFontMetricsF(font).ascent()),
                       item.text);
            break;
        }
        case BookItem::Type::Box:
            p.setPen(item.border.isValid() ? QPen(item.border, 1) : QPen(Qt::NoPen));
            p.setBrush(item.colour);
            if (item.radius > 0)
                p.drawRoundedRect(item.rect, item.radius, item.radius);
            else
                p.drawRect(item.rect);
            break;
        case BookItem::Type::Line:
            p.setPen(QPen(item.colour, item.radius));
            p.drawLine(item.line);
            break;
        case BookItem::Type::Image: {
            const QSize pixels = (item.rect.size() * kPrintDpi / 72.0).toSize(); // as imagesOn()
            const QImage image = m_images ? m_images(item.mediaId, pixels) : QImage();
            if (image.isNull()) {
                // A picture that cannot be read leaves a quiet placeholder, not a hole.
                p.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 1, Qt::DashLine));
                p.setBrush(QColor(0xf4, 0xf4, 0xf4));
                p.drawRect(item.rect);
            } else {
                p.drawImage(item.rect, image);
            }
            break;
        }
        case BookItem::Type::Ecomap:
            if (m_ecomap)
                m_ecomap(p, item.rect, item.text);
            break;
        case BookItem::Type::Genogram:
            if (m_genogram)
                m_genogram(p, item.rect, item.text);
            break;
        case BookItem::Type::ChildMap:
            if (m_childMap)
                m_childMap(p, item.rect, item.text);
            break;
        case BookItem::Type::Feeling:
            FeelingIcon::paint(p, item.rect, item.feeling);
            break;
        }
    }
    p.restore();
}

bool BookRenderer::render(QPagedPaintDevice &device, const Progress &progress) const
{
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    const qreal scale = device.logicalDpiX() / 72.0;
    for (int i = 0; i < m_model.pages.size(); ++i) {
        if (i > 0 && !device.newPage())
            return false;
        if (m_lookahead)
            m_lookahead(i);
        painter.save();
        painter.scale(scale, device.logicalDpiY() / 72.0);
        paintPage(painter, i);
        painter.restore();
        if (progress && !progress(i + 1, int(m_model.pages.size()))) {
            painter.end();
            return false;
        }
    }
    return painter.end();
}
