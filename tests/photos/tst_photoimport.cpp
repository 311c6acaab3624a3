// SPDX-License-Identifier: GPL-3.0-or-later
#include "exifinfo.h"
#include "photoimport.h"

#include <QBuffer>
#include <QDir>
#include <QImageWriter>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <exiv2/exiv2.hpp>

namespace {

QByteArray encode(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(95);
    if (!writer.write(image))
        qFatal("could not encode a test picture");
    return bytes;
}

// Left half red, right half blue: easy to see which way up it ended.
QImage leftRed(int width = 200, int height = 100)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::blue);
    QPainter(&image).fillRect(0, 0, width / 2, height, Qt::red);
    return image;
}

// A camera's metadata, written with Exiv2 the way a phone would.
QByteArray withExif(const QByteArray &jpeg, int orientation, bool gps, const char *taken)
{
    auto image = Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(jpeg.constData()),
                                           long(jpeg.size()));
    image->readMetadata();
    Exiv2::ExifData &exif = image->exifData();
    exif["Exif.Image.Orientation"] = uint16_t(orientation);
    exif["Exif.Image.Make"] = "PhoneCo";
    exif["Exif.Photo.BodySerialNumber"] = "SN-123456789";
    if (taken)
        exif["Exif.Photo.DateTimeOriginal"] = taken;
    if (gps) {
        exif["Exif.GPSInfo.GPSLatitudeRef"] = "N";
        Exiv2::URationalValue latitude;
        latitude.read("51/1 28/1 4000/100");
        exif["Exif.GPSInfo.GPSLatitude"] = latitude;
        exif["Exif.GPSInfo.GPSLongitudeRef"] = "W";
    }
    image->writeMetadata();
    Exiv2::BasicIo &io = image->io();
    io.seek(0, Exiv2::BasicIo::beg);
    const Exiv2::DataBuf buffer = io.read(long(io.size()));
    return QByteArray(reinterpret_cast<const char *>(buffer.pData_), int(buffer.size_));
}

QColor colourAt(const QByteArray &stored, QPointF where)
{
    const QImage image = QImage::fromData(stored);
    return image.pixelColor(int(where.x() * (image.width() - 1)),
                            int(where.y() * (image.height() - 1)));
}

bool isRed(const QColor &c)
{
    return c.red() > 200 && c.blue() < 60;
}

} // namespace

class TestPhotoImport : public QObject
{
    Q_OBJECT

private slots:
    void aPhoneJpegIsUprightDatedAndHasNoLocation();
    void everyOrientationEndsUpright_data();
    void everyOrientationEndsUpright();
    void hugePhotosAreScaledAndThumbnailed();
    void transparencyIsKeptAsPng();
    void tooBigFilesAreRefusedBeforeReading();
    void notAPictureSaysWhatCanBeRead();
    void heicGetsItsOwnAdvice();
    void damagedPicturesAreRefusedClearly();
    void picturesThatWouldFillMemoryAreRefused();
    void hostileExifIsIgnoredNeverFatal();
    void nothingIsWrittenToTheTempFolder();
};

void TestPhotoImport::aPhoneJpegIsUprightDatedAndHasNoLocation()
{
    const QByteArray original = withExif(encode(leftRed(), "jpeg"), 6, true, "2015:07:14 10:21:00");
    const ExifInfo before = ExifInfo::read(original);
    QVERIFY(before.readable);
    QVERIFY(before.hasLocation);
    QCOMPARE(before.orientation, 6);

    const PhotoImport::Result r = PhotoImport::fromBytes(original, QStringLiteral("IMG_0001.JPG"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    // 90° clockwise: 100 wide, 200 tall, and the red left half is now on top.
    QCOMPARE(r.media->width, 100);
    QCOMPARE(r.media->height, 200);
    QVERIFY(isRed(colourAt(r.media->data, {0.5, 0.1})));
    QVERIFY(!isRed(colourAt(r.media->data, {0.5, 0.9})));
    QCOMPARE(r.media->mimeType, QStringLiteral("image/jpeg"));
    QCOMPARE(r.takenOn, FuzzyDate::day(2015, 7, 14));
    QCOMPARE(r.media->takenOn, r.takenOn);
    QCOMPARE(r.media->originalName, QStringLiteral("IMG_0001.JPG"));

    // Read the stored bytes back with Exiv2: no location, no serial number, no metadata at all.
    const ExifInfo after = ExifInfo::read(r.media->data);
    QVERIFY(!after.hasLocation);
    QVERIFY2(after.keys.isEmpty(), qPrintable(after.keys.join(QLatin1Char(','))));
    QVERIFY(!r.media->data.contains("SN-123456789"));
    QVERIFY(!r.media->data.contains("PhoneCo"));
    QVERIFY(ExifInfo::read(r.media->thumbnail).keys.isEmpty());
}

void TestPhotoImport::everyOrientationEndsUpright_data()
{
    // Where the red half ends up for each EXIF orientation of a left-red picture.
    QTest::addColumn<int>("orientation");
    QTest::addColumn<QPointF>("red");
    QTest::addColumn<bool>("portrait");
    QTest::newRow("1 upright") << 1 << QPointF(0.1, 0.5) << false;
    QTest::newRow("2 mirrored") << 2 << QPointF(0.9, 0.5) << false;
    QTest::newRow("3 upside down") << 3 << QPointF(0.9, 0.5) << false;
    QTest::newRow("4 flipped") << 4 << QPointF(0.1, 0.5) << false;
    QTest::newRow("5 transposed") << 5 << QPointF(0.5, 0.1) << true;
    QTest::newRow("6 rotated cw") << 6 << QPointF(0.5, 0.1) << true;
    QTest::newRow("7 transversed") << 7 << QPointF(0.5, 0.9) << true;
    QTest::newRow("8 rotated ccw") << 8 << QPointF(0.5, 0.9) << true;
}

void TestPhotoImport::everyOrientationEndsUpright()
{
    QFETCH(int, orientation);
    QFETCH(QPointF, red);
    QFETCH(bool, portrait);
    const PhotoImport::Result r = PhotoImport::fromBytes(
        withExif(encode(leftRed(), "jpeg"), orientation, false, nullptr), QStringLiteral("a.jpg"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.media->height > r.media->width, portrait);
    QVERIFY(isRed(colourAt(r.media->data, red)));
    QVERIFY(r.takenOn.isUnknown());
}

void TestPhotoImport::hugePhotosAreScaledAndThumbnailed()
{
    const PhotoImport::Result r =
        PhotoImport::fromBytes(encode(leftRed(6000, 4000), "jpeg"), QStringLiteral("big.jpg"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.media->width, PhotoImport::kMaxLongSide);
    QCOMPARE(r.media->height, PhotoImport::kMaxLongSide * 2 / 3);
    const QImage thumb = QImage::fromData(r.media->thumbnail);
    QCOMPARE(thumb.width(), PhotoImport::kThumbnailSide);
    QVERIFY(thumb.height() < PhotoImport::kThumbnailSide); // never stretched
    QVERIFY(isRed(thumb.pixelColor(5, thumb.height() / 2)));
    // Books get a smaller copy of the same picture, the same way up.
    const QImage forBooks = QImage::fromData(r.media->printCopy);
    QCOMPARE(forBooks.size(), QSize(Media::kPrintLongSide, Media::kPrintLongSide * 2 / 3));
    QVERIFY(isRed(forBooks.pixelColor(5, forBooks.height() / 2)));
    QVERIFY(!isRed(forBooks.pixelColor(forBooks.width() - 5, forBooks.height() / 2)));
    QVERIFY(r.media->printCopy.size() < r.media->data.size());
    // A small photo is kept at its own size, and books use it as it is.
    const PhotoImport::Result small =
        PhotoImport::fromBytes(encode(leftRed(640, 480), "png"), QStringLiteral("small.png"));
    QVERIFY(small.ok());
    QCOMPARE(small.media->width, 640);
    QVERIFY(small.media->printCopy.isEmpty());
}

void TestPhotoImport::transparencyIsKeptAsPng()
{
    QImage sticker(120, 120, QImage::Format_ARGB32);
    sticker.fill(Qt::transparent);
    QPainter(&sticker).fillRect(30, 30, 60, 60, Qt::red);
    const PhotoImport::Result r =
        PhotoImport::fromBytes(encode(sticker, "png"), QStringLiteral("sticker.png"));
    QVERIFY(r.ok());
    QCOMPARE(r.media->mimeType, QStringLiteral("image/png"));
    QCOMPARE(QImage::fromData(r.media->data).pixelColor(2, 2).alpha(), 0);
    QVERIFY(r.media->printCopy.isEmpty()); // a JPEG copy would lose the see-through parts
}

void TestPhotoImport::tooBigFilesAreRefusedBeforeReading()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.jpg"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(50 * 1024 * 1024)); // sparse: 50 MB without writing it
    f.close();
    const PhotoImport::Result r = PhotoImport::fromFile(path);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(QStringLiteral("too big")), qPrintable(r.error));
    QVERIFY(r.error.contains(QStringLiteral("50 MB")));
    QVERIFY(!PhotoImport::fromFile(dir.filePath(QStringLiteral("gone.jpg"))).ok());
}

void TestPhotoImport::notAPictureSaysWhatCanBeRead()
{
    const PhotoImport::Result r = PhotoImport::fromBytes(
        "Dear Maisie, this is a letter, not a photo.", QStringLiteral("letter.txt"));
    QVERIFY(!r.ok());
    QVERIFY(r.error.contains(QStringLiteral("letter.txt")));
    QVERIFY(r.error.contains(QStringLiteral("JPEG")));
    QVERIFY(r.error.contains(QStringLiteral("PNG")));
    QVERIFY(!r.error.contains(QStringLiteral("Dear Maisie"))); // content never echoed
    QVERIFY(PhotoImport::readableFormats().contains(QStringLiteral("WebP")));
    QVERIFY(PhotoImport::fileDialogFilter().contains(QStringLiteral("*.jpg")));
}

void TestPhotoImport::heicGetsItsOwnAdvice()
{
    QByteArray heic("\0\0\0\x18"
                    "ftypheic\0\0\0\0mif1heic",
                    24);
    heic.append(QByteArray(2000, '\x11'));
    QVERIFY(PhotoImport::looksLikeHeic(heic));
    const PhotoImport::Result r = PhotoImport::fromBytes(heic, QStringLiteral("IMG_2001.HEIC"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(QStringLiteral("HEIC")), qPrintable(r.error));
    QVERIFY(r.error.contains(QStringLiteral("JPEG")));
}

void TestPhotoImport::damagedPicturesAreRefusedClearly()
{
    const QByteArray jpeg = encode(leftRed(800, 600), "jpeg");
    for (const QByteArray &damaged :
         {jpeg.left(400), jpeg.left(12),
          QByteArray(jpeg).replace(200, 3000, QByteArray(3000, '\0'))}) {
        const PhotoImport::Result r = PhotoImport::fromBytes(damaged, QStringLiteral("broken.jpg"));
        if (r.ok())
            continue; // libjpeg may rescue a partly damaged picture; that is fine too
        QVERIFY(!r.error.isEmpty());
        QVERIFY(r.error.contains(QStringLiteral("broken.jpg")));
    }
    const PhotoImport::Result truncated =
        PhotoImport::fromBytes(jpeg.left(12), QStringLiteral("broken.jpg"));
    QVERIFY(!truncated.ok());
    const PhotoImport::Result empty = PhotoImport::fromBytes({}, QStringLiteral("empty.jpg"));
    QVERIFY(!empty.ok());
}

void TestPhotoImport::picturesThatWouldFillMemoryAreRefused()
{
    // Found by the fuzzer in CI: a 67-byte GIF whose header says 2056 × 0 and whose one frame
    // says 58111 × 40545, so Qt's GIF reader would make a picture of 2056 × 40545 (333 MB) and
    // then a second one to scale it. GIFs cannot shrink while decoding, so the tighter cap
    // refuses it before any pixels are made.
    const QByteArray gif = QByteArray::fromBase64(
        "R0lGODlhCAgAAPIA2wAAABEAAFEAt24AbW0AUUkAtiQA2yYA2CwAAAAA/+JhnmYCADs=");
    const PhotoImport::Result r = PhotoImport::fromBytes(gif, QStringLiteral("tiny.gif"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(QStringLiteral("too many pixels")), qPrintable(r.error));
    QVERIFY(r.error.contains(QStringLiteral("tiny.gif")));

    // Also found by fuzzing: a 318-byte PNG whose text chunk claims 1.6 GB, which libpng
    // allocates before reading. A chunk longer than the file is damaged, said so at once.
    const QByteArray png = QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAgAAAAIEAIAAAAb/fWfAAAABGdBTUEAALGPC/xhBQAAACBjSFJN"
        "AAB6JgAAgIQAAPoAAACA6AAAdTAAAOpgAAA6mAAAF3CculE8AAAABmJLR0T///////8JWPfcAAAA"
        "B3RJTUUH6gwCAw4Ob48JHgAAAEJJREFUGNOV0FENACAUQtHrZpRnGMM8w2gXy2AXrSD8n8Eo92Kl"
        "KCGmAbagxz+oZ3gNVQltGZN6wJYBYoLSAADOtQ+WdhADNKuIKQAAACV0RVh0ZGF0ZTpjcmVhdGUA"
        "MjAyNi0xMi0QAzSriCkAAAAldEVYdGRhdGU6Y3JlAAAldEVYdGRhdGU6bW9kaWZ5ADIwMjYtMTIt"
        "MDJUMDM6MTQ6MTQrMDA6MDDUCavjAAAAAElFTkSuQmCC");
    const PhotoImport::Result chunk = PhotoImport::fromBytes(png, QStringLiteral("odd.png"));
    QVERIFY(!chunk.ok());
    QVERIFY2(chunk.error.contains(QStringLiteral("damaged")), qPrintable(chunk.error));

    // A real 64 MP PNG (a 1-bit picture, so small to make) is over the cap for formats that
    // decode at full size; the message says how big it is.
    QImage wide(8000, 8000, QImage::Format_Mono);
    wide.fill(1);
    const PhotoImport::Result widePng =
        PhotoImport::fromBytes(encode(wide, "png"), QStringLiteral("wide.png"));
    QVERIFY(!widePng.ok());
    QVERIFY2(widePng.error.contains(QStringLiteral("8000 × 8000")), qPrintable(widePng.error));
    // Just under the cap still imports, scaled to the long side kept.
    QImage scan(7000, 7000, QImage::Format_Mono);
    scan.fill(0);
    const PhotoImport::Result fits =
        PhotoImport::fromBytes(encode(scan, "png"), QStringLiteral("scan.png"));
    QVERIFY2(fits.ok(), qPrintable(fits.error));
    QCOMPARE(fits.media->width, PhotoImport::kMaxLongSide);
}

void TestPhotoImport::hostileExifIsIgnoredNeverFatal()
{
    // A valid JPEG whose EXIF block is mangled in many random ways: pixels still import,
    // no metadata survives, nothing crashes (ASan runs this too).
    const QByteArray good = withExif(encode(leftRed(), "jpeg"), 6, true, "2015:07:14 10:21:00");
    const qsizetype exif = good.indexOf("Exif");
    QVERIFY(exif > 0);
    QRandomGenerator rng(20261123);
    int imported = 0;
    for (int round = 0; round < 200; ++round) {
        QByteArray hostile = good;
        for (int i = 0; i < 1 + round % 12; ++i) {
            const qsizetype at = exif + 6 + rng.bounded(200);
            hostile[at] = char(rng.bounded(256));
        }
        const PhotoImport::Result r = PhotoImport::fromBytes(hostile, QStringLiteral("h.jpg"));
        if (!r.ok())
            continue;
        ++imported;
        QVERIFY(ExifInfo::read(r.media->data).keys.isEmpty());
        QVERIFY(r.media->width > 0);
    }
    QVERIFY(imported > 150);
    // Huge counts and offsets pointing outside the file.
    QByteArray bomb = good;
    bomb.replace(exif + 6, 40, QByteArray(40, '\xff'));
    PhotoImport::fromBytes(bomb, QStringLiteral("bomb.jpg")); // must simply return
}

void TestPhotoImport::nothingIsWrittenToTheTempFolder()
{
    // A temp folder of our own, so other tests running alongside do not disturb the count.
    QTemporaryDir privateTemp;
    const QByteArray previous = qgetenv("TMPDIR");
    qputenv("TMPDIR", QFile::encodeName(privateTemp.path()));
    QCOMPARE(QDir::tempPath(), privateTemp.path());
    const PhotoImport::Result r = PhotoImport::fromBytes(
        withExif(encode(leftRed(4000, 3000), "jpeg"), 6, true, nullptr), QStringLiteral("p.jpg"));
    const QStringList after =
        QDir(privateTemp.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    qputenv("TMPDIR", previous);
    QVERIFY(r.ok());
    QVERIFY2(after.isEmpty(), qPrintable(after.join(QLatin1Char(','))));
}

QTEST_MAIN(TestPhotoImport)
#include "tst_photoimport.moc"
