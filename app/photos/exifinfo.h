// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

// What a picture's EXIF block says, read with Exiv2 from bytes in memory. Damaged or hostile
// metadata never fails an import: it is simply treated as absent.
struct ExifInfo
{
    bool readable = false;    // Exiv2 understood the file's metadata at all
    int orientation = 1;      // EXIF orientation, 1..8 (1 = upright)
    QDateTime taken;          // DateTimeOriginal (or DateTime), invalid if absent
    bool hasLocation = false; // any GPS tag
    QStringList keys;         // every EXIF/XMP/IPTC key present, for tests and diagnostics

    static ExifInfo read(const QByteArray &bytes);
};
