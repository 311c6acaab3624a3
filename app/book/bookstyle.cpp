// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookstyle.h"

#include <QFontDatabase>
#include <QFontMetricsF>

namespace {

int sizeFor(TextStyle style, bool child)
{
    switch (style) {
    case TextStyle::Title:
        return child ? 40 : 24;
    case TextStyle::Subtitle:
        return child ? 20 : 13;
    case TextStyle::Heading1:
        return child ? 28 : 16;
    case TextStyle::Heading2:
        return child ? 19 : 12;
    case TextStyle::Body:
        return child ? 14 : 10;
    case TextStyle::Quote:
        return child ? 15 : 10;
    case TextStyle::Caption:
        return child ? 12 : 9;
    case TextStyle::Small:
        return child ? 10 : 8;
    case TextStyle::TableHeader:
    case TextStyle::TableCell:
        return 9;
    case TextStyle::Banner:
        return 14;
    }
    return 10;
}

bool isBold(TextStyle style)
{
    switch (style) {
    case TextStyle::Title:
    case TextStyle::Heading1:
    case TextStyle::Heading2:
    case TextStyle::TableHeader:
    case TextStyle::Banner:
        return true;
    default:
        return false;
    }
}

} // namespace

BookStyle::BookStyle(Redaction::Audience audience)
    : m_childFacing(!Redaction::isProfessional(audience))
{
    // Andika (SIL, OFL) when installed; otherwise DejaVu Sans, which is always there.
    const QStringList families = QFontDatabase::families();
    m_family = m_childFacing && families.contains(QStringLiteral("Andika"))
                   ? QStringLiteral("Andika")
                   : QStringLiteral("DejaVu Sans");
    m_accent = m_childFacing ? QColor(0xe0, 0x6a, 0x4e) : QColor(0x2b, 0x3a, 0x55);
}

QFont BookStyle::font(TextStyle style) const
{
    QFont f(m_family);
    f.setPixelSize(sizeFor(style, m_childFacing)); // pixels = points in the book's coordinates
    f.setBold(isBold(style));
    f.setItalic(style == TextStyle::Quote && !m_childFacing);
    // Unhinted outlines measure the same on screen, printer and PDF.
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setStyleStrategy(QFont::ForceOutline);
    // Any letter spacing makes Qt shape without ligatures, so "fi" is stored as two letters and
    // a search of the PDF for "identified" finds it (1/64 pt: nothing anyone can see).
    f.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64);
    return f;
}

QColor BookStyle::ink(TextStyle style) const
{
    switch (style) {
    case TextStyle::Heading1:
    case TextStyle::Title:
        return m_childFacing ? QColor(0x9c, 0x3b, 0x26) : QColor(0x1b, 0x24, 0x33);
    case TextStyle::Caption:
    case TextStyle::Small:
        return QColor(0x55, 0x5b, 0x66);
    case TextStyle::Banner:
        return Qt::white;
    default:
        return QColor(0x1f, 0x22, 0x28);
    }
}

qreal BookStyle::lineHeight(TextStyle style) const
{
    const QFontMetricsF metrics(font(style));
    // Andika's own line height is already generous (about 1.6 em).
    const qreal spacing = m_childFacing ? 1.12 : 1.2;
    return metrics.height() * (style == TextStyle::Title ? 1.1 : spacing);
}

qreal BookStyle::ascent(TextStyle style) const
{
    return QFontMetricsF(font(style)).ascent();
}

QMarginsF BookStyle::margins(int pageIndex) const
{
    const qreal inner = 64;
    const qreal outer = 44;
    const bool rightHand = pageIndex % 2 == 0; // page 1 is a right-hand page
    return QMarginsF(rightHand ? inner : outer, 50, rightHand ? outer : inner, 60);
}
