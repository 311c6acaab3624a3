// SPDX-License-Identifier: GPL-3.0-or-later
#include "photoimport.h"

#include "exifinfo.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QLocale>
#include <QTransform>

#include <cstring>

namespace {

QString megabytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / (1024.0 * 1024.0), 'f', 0);
}

QByteArray encode(const QImage &image, bool keepTransparency, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, keepTransparency ? "png" : "jpeg");
    writer.setQuality(quality);
    if (!keepTransparency)
        writer.setOptimizedWrite(true);
    if (!writer.write(image))
        return {};
    return bytes;
}

} // namespace

QStringList PhotoImport::readableFormats()
{
    const QList<QByteArray> formats = QImageReader::supportedImageFormats();
    QStringList names;
    const QList<std::pair<const char *, const char *>> known = {
        {"jpeg", "JPEG"}, {"png", "PNG"},   {"webp", "WebP"}, {"gif", "GIF"},
        {"bmp", "BMP"},   {"tiff", "TIFF"}, {"heic", "HEIC"}, {"heif", "HEIF"}};
    for (const auto &[format, name] : known) {
        if (formats.contains(QByteArray(format)))
            names << QString::fromLatin1(name);
    }
    names.removeDuplicates();
    return names;
}

QString PhotoImport::fileDialogFilter()
{
    QStringList patterns;
    for (const QByteArray &format : QImageReader::supportedImageFormats()) {
        if (format == "svg" || format == "svgz" || format == "ico" || format == "icns" ||
            format == "cur" || format == "pbm" || format == "pgm" || format == "ppm" ||
            format == "xbm" || format == "xpm" || format == "wbmp" || format == "tga" ||
            format == "mng")
            continue;
        patterns << QStringLiteral("*.") + QString::fromLatin1(format);
    }
    return tr("Pictures (%1)").arg(patterns.join(QLatin1Char(' ')));
}

bool PhotoImport::looksLikeHeic(const QByteArray &head)
{
    if (head.size() < 12 || head.mid(4, 4) != "ftyp")
        return false;
    const QByteArray brand = head.mid(8, 4);
    return brand == "heic" || brand == "heix" || brand == "hevc" || brand == "heim" ||
           brand == "heis" || brand == "mif1" || brand == "msf1";
}

QImage PhotoImport::upright(const QImage &image, int orientation)
{
    QTransform t;
    switch (orientation) {
    case 2:
        return image.mirrored(true, false);
    case 3:
        t.rotate(180);
        break;
    case 4:
        return image.mirrored(false, true);
    case 5:
        t.rotate(270);
        return image.mirrored(true, false).transformed(t);
    case 6:
        t.rotate(90);
        break;
    case 7:
        t.rotate(90);
        return image.mirrored(true, false).transformed(t);
    case 8:
        t.rotate(270);
        break;
    default:
        return image;
    }
    return image.transformed(t);
}

PhotoImport::Result PhotoImport::fromFile(const QString &path)
{
    Result result;
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("“%1” could not be opened. Check that it is still there and that you "
                          "are allowed to read it.")
                           .arg(name);
        return result;
    }
    if (file.size() > kMaxFileBytes) {
        result.error = tr("“%1” is too big (%2 MB). Pictures up to %3 MB can be added; try a "
                          "smaller copy of it.")
                           .arg(name, megabytes(file.size()), megabytes(kMaxFileBytes));
        return result;
    }
    return fromBytes(file.readAll(), name);
}

namespace {

// libpng allocates each chunk at the length its header claims before reading it: a 318-byte
// file claiming a 1.6 GB text chunk made it ask for 1.6 GB (found by fuzzing). The whole file
// is in memory, so a chunk that claims more than the file holds is simply damaged.
bool pngChunksFit(const QByteArray &bytes)
{
    static const QByteArray signature("\x89PNG\r\n\x1a\n", 8);
    if (!bytes.startsWith(signature))
        return true; // not a PNG: its own reader checks it
    qsizetype at = signature.size();
    while (at + 12 <= bytes.size()) {
        const auto *p = reinterpret_cast<const uchar *>(bytes.constData() + at);
        const quint32 length =
            (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
        if (qint64(length) > bytes.size() - at - 12)
            return false;
        if (memcmp(p + 4, "IEND", 4) == 0)
            return true;
        at += 12 + qsizetype(length);
    }
    return false; // ended without IEND
}

} // namespace

PhotoImport::Result PhotoImport::fromBytes(const QByteArray &bytes, const QString &fileName)
{
    Result result;
    if (bytes.size() > kMaxFileBytes) {
        result.error = tr("“%1” is too big (%2 MB). Pictures up to %3 MB can be added; try a "
                          "smaller copy of it.")
                           .arg(fileName, megabytes(bytes.size()), megabytes(kMaxFileBytes));
        return result;
    }
    if (!pngChunksFit(bytes)) {
        result.error = tr("“%1” looks damaged and could not be read. If it opens elsewhere, "
                          "save a new copy of it and try again.")
                           .arg(fileName);
        return result;
    }
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(false); // orientation comes from Exiv2, for every format alike
    reader.setDecideFormatFromContent(true);
    if (!reader.canRead()) {
        if (looksLikeHeic(bytes.left(16)) && !readableFormats().contains(QStringLiteral("HEIC")))
            result.error =
                tr("“%1” is a HEIC photo (the kind iPhones take), and this computer can't read "
                   "HEIC yet. Save it as a JPEG first: on the iPhone choose Settings › Camera › "
                   "Formats › Most Compatible, or share it by email, which sends a JPEG.")
                    .arg(fileName);
        else
            result.error = tr("“%1” isn't a picture Belonging can read. It can read %2.")
                               .arg(fileName, QLocale().createSeparatedList(readableFormats()));
        return result;
    }
    const QSize stored = reader.size();
    // Only libjpeg really decodes at a smaller size; PNG's reader says it can, but makes the
    // full picture first and scales it afterwards.
    const bool shrinksWhileDecoding =
        reader.format() == "jpeg" && reader.supportsOption(QImageIOHandler::ScaledSize);
    const qint64 maxPixels = shrinksWhileDecoding ? kMaxPixels : kMaxFullDecodePixels;
    if (stored.isValid() && qint64(stored.width()) * stored.height() > maxPixels) {
        result.error = tr("“%1” has too many pixels (%2 × %3) to add safely. Try a smaller "
                          "copy of it.")
                           .arg(fileName)
                           .arg(stored.width())
                           .arg(stored.height());
        return result;
    }
    // Let the decoder shrink huge pictures while decoding (JPEG does this cheaply), so a
    // 12 MP photo never needs its full-size pixels in memory as well as the scaled ones.
    if (stored.isValid() && qMax(stored.width(), stored.height()) > kMaxLongSide &&
        shrinksWhileDecoding)
        reader.setScaledSize(stored.scaled(kMaxLongSide, kMaxLongSide, Qt::KeepAspectRatio));
    reader.setAllocationLimit(int(maxPixels * 4 / (1024 * 1024)) + 1);
    QImage image = reader.read();
    if (image.isNull()) {
        result.error = tr("“%1” looks damaged and could not be read. If it opens elsewhere, "
                          "save a new copy of it and try again.")
                           .arg(fileName);
        return result;
    }
    if (qMax(image.width(), image.height()) > kMaxLongSide)
        image =
            image.scaled(kMaxLongSide, kMaxLongSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);

    const ExifInfo exif = ExifInfo::read(bytes);
    image = upright(image, exif.orientation);
    const bool transparent = image.hasAlphaChannel();
    if (!transparent && image.format() != QImage::Format_RGB32)
        image = image.convertToFormat(QImage::Format_RGB32);

    Media media;
    media.data = encode(image, transparent, 90);
    media.mimeType = transparent ? QStringLiteral("image/png") : QStringLiteral("image/jpeg");
    const QImage thumbnail =
        image.scaled(kThumbnailSide, kThumbnailSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    media.thumbnail = encode(thumbnail, transparent, 85);
    media.printCopy = transparent ? QByteArray() : printCopyOf(image);
    if (media.data.isEmpty() || media.thumbnail.isEmpty()) {
        result.error = tr("“%1” could not be prepared for keeping. There may not be enough "
                          "memory free.")
                           .arg(fileName);
        return result;
    }
    media.width = image.width();
    media.height = image.height();
    media.originalName = fileName;
    media.addedAt = QDateTime::currentDateTimeUtc();
    if (exif.taken.isValid()) {
        media.takenOn = FuzzyDate::day(exif.taken.date());
        result.takenOn = media.takenOn;
    }
    result.media = media;
    return result;
}

QByteArray PhotoImport::printCopyOf(const QImage &image)
{
    if (image.isNull() || image.hasAlphaChannel() ||
        qMax(image.width(), image.height()) <= Media::kPrintLongSide)
        return {};
    return encode(image.scaled(Media::kPrintLongSide, Media::kPrintLongSide, Qt::KeepAspectRatio,
                               Qt::SmoothTransformation),
                  false, 88);
}

bool PhotoImport::completeKept(Media &media)
{
    const QByteArray format = media.mimeType == QLatin1String("image/png")    ? "png"
                              : media.mimeType == QLatin1String("image/jpeg") ? "jpeg"
                                                                              : QByteArray();
    if (format.isEmpty() || media.data.isEmpty() || media.data.size() > kMaxFileBytes ||
        !pngChunksFit(media.data))
        return false;
    QBuffer buffer;
    buffer.setData(media.data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, format);
    reader.setAutoTransform(false); // kept pictures are upright already
    const QSize size = reader.size();
    if (!reader.canRead() || !size.isValid() || qMax(size.width(), size.height()) > kMaxLongSide)
        return false;
    reader.setAllocationLimit(int(qint64(kMaxLongSide) * kMaxLongSide * 4 / (1024 * 1024)) + 1);
    const QImage image = reader.read();
    if (image.isNull())
        return false;
    const bool transparent = image.hasAlphaChannel();
    media.width = image.width();
    media.height = image.height();
    media.thumbnail = encode(
        image.scaled(kThumbnailSide, kThumbnailSide, Qt::KeepAspectRatio, Qt::SmoothTransformation),
        transparent, 85);
    media.printCopy = transparent ? QByteArray() : printCopyOf(image);
    return !media.thumbnail.isEmpty();
}
