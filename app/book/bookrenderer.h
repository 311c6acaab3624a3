// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bookmodel.h"
#include "bookstyle.h"

#include <QImage>

#include <functional>

class QPagedPaintDevice;
class QPainter;

// Draws a composed book. The same paintPage() serves the on-screen preview, the printer and
// the PDF, so all three show the same thing.
class BookRenderer
{
public:
    // A picture for an Image item, at about `pixels` size (never needs to be larger).
    using ImageSource = std::function<QImage(ItemId mediaId, QSize pixels)>;
    // Draws the ecomap (with its legend and date) into the rectangle, in points.
    using EcomapPainter =
        std::function<void(QPainter &painter, const QRectF &rect, const QString &title)>;
    // Draws the family tree (genogram) with its key into the rectangle, in points.
    using GenogramPainter = EcomapPainter;
    // Called after each page; return false to stop.
    using Progress = std::function<bool(int done, int total)>;
    // Told which page is about to be drawn, so pictures for the pages after it can be
    // prepared in the background meanwhile.
    using Lookahead = std::function<void(int page)>;

    BookRenderer(const BookModel &model, ImageSource images, EcomapPainter ecomap,
                 Lookahead lookahead = {});
    // The pictures on a page, at the size they are drawn, for the lookahead.
    static QList<std::pair<ItemId, QSize>> imagesOn(const BookPage &page);

    // The painter's coordinates must be points from the page's top-left corner.
    void paintPage(QPainter &painter, int pageIndex) const;
    // Every page onto a paged device (PDF writer or printer) whose page size is already set
    // to the book's, with no margins. False when stopped or the device failed.
    bool render(QPagedPaintDevice &device, const Progress &progress = {}) const;

    static constexpr int kPrintDpi = 200; // photos are sent at this resolution
    void setGenogramPainter(GenogramPainter painter) { m_genogram = std::move(painter); }
    // The child's own map (the latest snapshot in the book's case).
    void setChildMapPainter(GenogramPainter painter) { m_childMap = std::move(painter); }

private:
    const BookModel &m_model;
    BookStyle m_style;
    ImageSource m_images;
    EcomapPainter m_ecomap;
    GenogramPainter m_genogram;
    GenogramPainter m_childMap;
    Lookahead m_lookahead;
};
