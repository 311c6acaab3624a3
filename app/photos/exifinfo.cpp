// SPDX-License-Identifier: GPL-3.0-or-later
#include "exifinfo.h"

#include <exiv2/exiv2.hpp>

#include <exception>

namespace {

// Exiv2 writes warnings to stderr by default; those can quote metadata, so keep it quiet.
void muteExiv2()
{
    static const bool muted = [] {
        Exiv2::LogMsg::setLevel(Exiv2::LogMsg::mute);
        return true;
    }();
    Q_UNUSED(muted);
}

QDateTime parseExifDate(const std::string &text)
{
    // "YYYY:MM:DD HH:MM:SS"; cameras with no clock write zeros or blanks.
    const QDateTime when = QDateTime::fromString(QString::fromStdString(text).trimmed(),
                                                 QStringLiteral("yyyy:MM:dd HH:mm:ss"));
    return when.isValid() && when.date().year() > 1900 ? when : QDateTime();
}

} // namespace

ExifInfo ExifInfo::read(const QByteArray &bytes)
{
    ExifInfo info;
    if (bytes.isEmpty())
        return info;
    muteExiv2();
    try {
        auto image = Exiv2::ImageFactory::open(
            reinterpret_cast<const Exiv2::byte *>(bytes.constData()), long(bytes.size()));
        if (!image.get())
            return info;
        image->readMetadata();
        info.readable = true;
        const Exiv2::ExifData &exif = image->exifData();
        for (const Exiv2::Exifdatum &d : exif) {
            info.keys << QString::fromStdString(d.key());
            if (d.groupName() == "GPSInfo")
                info.hasLocation = true;
        }
        for (const Exiv2::Xmpdatum &d : image->xmpData()) {
            info.keys << QString::fromStdString(d.key());
            if (QString::fromStdString(d.key()).contains(QStringLiteral("GPS")))
                info.hasLocation = true;
        }
        for (const Exiv2::Iptcdatum &d : image->iptcData())
            info.keys << QString::fromStdString(d.key());
        const auto orientation = exif.findKey(Exiv2::ExifKey("Exif.Image.Orientation"));
        if (orientation != exif.end() && orientation->count() > 0) {
            const long value = orientation->toLong();
            if (value >= 1 && value <= 8)
                info.orientation = int(value);
        }
        for (const char *key : {"Exif.Photo.DateTimeOriginal", "Exif.Image.DateTime"}) {
            const auto it = exif.findKey(Exiv2::ExifKey(key));
            if (it != exif.end()) {
                info.taken = parseExifDate(it->toString());
                if (info.taken.isValid())
                    break;
            }
        }
    } catch (const std::exception &) {
        // Exiv2::Error derives from std::exception: bad metadata is ignored, never fatal.
        return ExifInfo{};
    }
    return info;
}
