// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "memory.h"

#include <QIcon>

// A simple friendly face for each feeling, drawn in code so it looks the same everywhere
// (no emoji font needed) and prints crisply in the book.
namespace FeelingIcon {
void paint(QPainter &painter, const QRectF &rect, Memory::Feeling feeling);
QIcon icon(Memory::Feeling feeling);
QColor colour(Memory::Feeling feeling);
} // namespace FeelingIcon
