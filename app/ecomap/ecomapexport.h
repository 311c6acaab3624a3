// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notation.h"

#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QString>

class EcomapScene;
class QPainter;

// Renders the map with its title, date and legend — to a painter (for the book), to a PNG
// image, or to an SVG file. All three use the scene's own drawing code.
class EcomapExport
{
    Q_DECLARE_TR_FUNCTIONS(EcomapExport)

public:
    // Draws into `target` (any paint device's coordinates), keeping the map's proportions.
    static void render(EcomapScene &scene, QPainter &painter, const QRectF &target,
                       const QString &title, Notation::Words words = Notation::Words::Professional);
    static QImage toImage(EcomapScene &scene, const QString &title, int width = 2400);
    // Writes through QSaveFile, so a failed write never leaves half a file. Returns an error
    // message, empty on success.
    static QString writePng(EcomapScene &scene, const QString &title, const QString &path);
    static QString writeSvg(EcomapScene &scene, const QString &title, const QString &path);
    static QString dateLine(QDate asOf);
};
