// SPDX-License-Identifier: GPL-3.0-or-later
// Book benchmarks (issue: books). Prints "BENCH book.<figure> <value> <unit>".
//   bench_book [--quick]
#include "bookexport.h"
#include "casecontentio.h"
#include "democase.h"

#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

namespace {

void report(const char *figure, double value, const char *unit)
{
    std::printf("BENCH book.%s %.3f %s\n", figure, value, unit);
    std::fflush(stdout);
}

double peakRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

// A photo-like JPEG: a drawn scene with grain, so it compresses like a real photo.
QByteArray grainyPhoto(int theme, QSize size, QRandomGenerator &grain)
{
    QImage image =
        QImage::fromData(DemoCase::drawPicture(theme, size)).convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int n = int(grain.bounded(21)) - 10;
            const QRgb c = line[x];
            line[x] = qRgb(qBound(0, qRed(c) + n, 255), qBound(0, qGreen(c) + n, 255),
                           qBound(0, qBlue(c) + n, 255));
        }
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "jpeg", 90);
    return bytes;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    QTemporaryDir dir;

    // A life story with 400 photos (800 memories, half with a photo): about 200 pages.
    DemoCase::Size size;
    size.people = 40;
    size.placements = 12;
    size.memories = quick ? 80 : 800;
    size.photos = quick ? 40 : 400;
    size.photoSize = QSize(2400, 1800);
    CaseContent content = DemoCase::generate(size);
    QRandomGenerator grain(7);
    QList<QByteArray> photos;
    for (int t = 0; t < 8; ++t)
        photos << grainyPhoto(t, size.photoSize, grain);
    for (int i = 0; i < content.media.size(); ++i)
        content.media[i].data = photos[i % photos.size()];
    report("sample_photo_size", double(photos.first().size()) / (1024 * 1024), "MiB");
    StorageError error;
    auto file = CaseFile::create(dir.filePath(QStringLiteral("book.belonging")),
                                 SecureBytes::fromUtf8(QStringLiteral("benchmark")), &error,
                                 KdfParams::fastForTests());
    if (!file || CaseContentIO::write(*file, content))
        qFatal("could not build the case");
    content = CaseContent(); // only the case file holds it now
    photos.clear();
    const double rssBefore = peakRssMiB();

    QElapsedTimer t;
    t.start();
    {
        StorageError readError;
        const CaseContent read = CaseContentIO::read(*file, false, &readError);
        report("read_case", double(t.nsecsElapsed()) / 1e6, "ms");
        QElapsedTimer c;
        c.start();
        BookOptions composeOnly;
        composeOnly.ecomap = false;
        const BookModel model = BookComposer(read, composeOnly).compose();
        report("compose_only", double(c.nsecsElapsed()) / 1e6, "ms");
    }
    t.restart();
    BookOptions options;
    BookExport book(*file, options);
    if (book.prepare())
        qFatal("could not prepare the book");
    const double composeMs = double(t.nsecsElapsed()) / 1e6;
    const QString path = dir.filePath(QStringLiteral("book.pdf"));
    const QString problem = book.writePdf(path);
    if (!problem.isEmpty())
        qFatal("%s", qPrintable(problem));
    const double totalMs = double(t.nsecsElapsed()) / 1e6;
    const int pages = int(book.model().pages.size());
    report("pages", pages, "pages");
    report("compose", composeMs, "ms");
    report("export_pages_per_s", pages / (totalMs / 1000.0), "pages/s");
    report("export_total", totalMs, "ms");
    report("peak_rss", peakRssMiB(), "MiB");
    report("peak_rss_before_export", rssBefore, "MiB");
    report("pdf_size", double(QFile(path).size()) / (1024 * 1024), "MiB");
    return 0;
}
