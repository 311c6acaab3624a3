// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bookmodel.h"

#include <QFont>
#include <QMarginsF>

// The typography of each kind of book: warm and large (Andika, a literacy-friendly font) for
// the child's book; sober and compact for the court pack.
class BookStyle
{
public:
    explicit BookStyle(Redaction::Audience audience);

    QFont font(TextStyle style) const;
    QColor ink(TextStyle style) const;
    qreal lineHeight(TextStyle style) const; // baseline to baseline
    qreal ascent(TextStyle style) const;
    // Inner margin is wider, for binding; pages alternate which side is inner.
    QMarginsF margins(int pageIndex) const;
    QColor accent() const { return m_accent; }
    bool isChildFacing() const { return m_childFacing; }
    QString family() const { return m_family; }

private:
    bool m_childFacing;
    QString m_family;
    QColor m_accent;
};
