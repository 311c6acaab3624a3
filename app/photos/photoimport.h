// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fuzzydate.h"
#include "media.h"

#include <QCoreApplication>
#include <QImage>

#include <optional>

// Turns a picture file into a Media item fit to keep inside the encrypted case:
// - decoded in memory only (no temp files, no caches);
// - turned upright from its EXIF orientation;
// - re-encoded, so no metadata survives: no GPS location, no camera serials, nothing hostile;
// - scaled down when huge (long side kMaxLongSide, enough for a full-page print at 300 dpi);
// - with a small thumbnail for lists and maps;
// - the EXIF "date taken" offered as a date for the memory.
class PhotoImport
{
    Q_DECLARE_TR_FUNCTIONS(PhotoImport)

public:
    static constexpr qint64 kMaxFileBytes = 40 * 1024 * 1024;
    static constexpr int kMaxLongSide = 3000;
    static constexpr int kThumbnailSide = 256;
    static constexpr qint64 kMaxPixels = 120'000'000; // a 120 MP panorama still decodes
    // Formats that cannot shrink while decoding (all but JPEG) need every pixel in memory at
    // full size, and a hostile GIF can claim far more than its bytes hold: a tighter cap keeps
    // one picture well under a few hundred MB on a carer's small laptop. A 600 dpi A4 scan fits.
    static constexpr qint64 kMaxFullDecodePixels = 50'000'000;

    struct Result
    {
        std::optional<Media> media;
        FuzzyDate takenOn; // from EXIF, unknown if absent
        QString error;     // translated, says what to do; empty on success
        bool ok() const { return media.has_value(); }
    };

    static Result fromBytes(const QByteArray &bytes, const QString &fileName);
    // Reads the file into memory (refusing one that is too big before reading it).
    static Result fromFile(const QString &path);

    // Picture formats this computer can read, e.g. {"JPEG", "PNG", "WebP"}.
    static QStringList readableFormats();
    // For a file dialog: "Pictures (*.jpg *.jpeg *.png ...)".
    static QString fileDialogFilter();
    static bool looksLikeHeic(const QByteArray &head);
    // EXIF orientation 1..8 applied to pixels.
    static QImage upright(const QImage &image, int orientation);
    // The smaller copy books use (Media::printCopy): empty when the picture is small enough
    // already, or has see-through parts (kept as PNG, books then use the picture itself).
    static QByteArray printCopyOf(const QImage &image);
    // A picture kept by Belonging before, brought back from an open export: its bytes stay as
    // they are, once checked to be a picture of the kind and size Belonging keeps (mimeType
    // set, long side at most kMaxLongSide); its thumbnail, book copy and size are made again.
    // False for anything else.
    static bool completeKept(Media &media);
};
