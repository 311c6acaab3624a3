// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fuzzydate.h"
#include "ids.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

// A photo or picture, kept only inside the encrypted case file.
struct Media
{
    ItemId id = kNoId;
    QString mimeType;     // of the stored bytes, e.g. image/jpeg
    QByteArray data;      // the stored picture (already scaled and stripped of location)
    QByteArray thumbnail; // small JPEG/PNG for lists and maps
    // A smaller copy for books (long side kPrintLongSide), made on import when the picture is
    // bigger: a book of 400 photos decodes a third of the pixels. Empty: books use data.
    QByteArray printCopy;
    static constexpr int kPrintLongSide = 1600;
    int width = 0;
    int height = 0;
    FuzzyDate takenOn;
    QString caption;
    QString originalName; // file name it was imported from, without the folder
    QDateTime addedAt;
    bool isPrivate = false;
    // A recording in the child's own voice (Ogg Opus) rather than a picture: no thumbnail, no
    // size, never printed — a book says that a recording was made.
    int durationMs = 0;

    bool isRecording() const { return mimeType.startsWith(QLatin1String("audio/")); }
    bool operator==(const Media &) const = default;
};
