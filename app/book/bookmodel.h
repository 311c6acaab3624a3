// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ids.h"
#include "memory.h"
#include "redaction.h"

#include <QColor>
#include <QLineF>
#include <QList>
#include <QPageSize>
#include <QRectF>
#include <QString>

// book: life-story books and court/review packs. A book is composed once into this page
// model (BookComposer), then drawn by one renderer (BookRenderer) onto any paged device — the
// preview, a printer and a PDF show the same pixels.
//
// Coordinates are in points (1/72 inch) from the page's top-left corner.

enum class TextStyle : quint8 {
    Title,
    Subtitle,
    Heading1,
    Heading2,
    Body,
    Quote,
    Caption,
    Small,
    TableHeader,
    TableCell,
    Banner,
};

struct BookItem
{
    enum class Type : quint8 { Text, Image, Box, Line, Ecomap, Feeling, Genogram, ChildMap };
    Type type = Type::Text;
    QRectF rect;  // Text: the line's box (baseline = rect.top() + ascent)
    QString text; // Text: one laid-out line
    TextStyle style = TextStyle::Body;
    QColor colour;                                    // Text ink, Box fill, Line colour
    QColor border;                                    // Box border (invalid = none)
    qreal radius = 0;                                 // Box corner radius; Line width
    QLineF line;                                      // Line
    ItemId mediaId = kNoId;                           // Image
    Memory::Feeling feeling = Memory::Feeling::Happy; // Feeling face
};

struct BookPage
{
    QList<BookItem> items;
    QString section; // running head
};

struct BookOutlineEntry
{
    QString title;
    int page = 0; // index into pages
    int level = 0;
};

struct BookModel
{
    Redaction::Audience audience = Redaction::Audience::ChildBook;
    QPageSize pageSize = QPageSize(QPageSize::A4);
    QString title;
    QString subject;
    QList<BookPage> pages;
    QList<BookOutlineEntry> outline;
    QStringList leftOut; // from the redaction, for the preview
    QSizeF size() const { return pageSize.size(QPageSize::Point); }
};
