// SPDX-License-Identifier: GPL-3.0-or-later
// Book benchmarks (issue: books). Prints "BENCH book.<figure> <value> <unit>".
//   bench_book [--quick]
#include "benchutil.h"
#include "bookexport.h"
#include "casecontentio.h"
#include "democase.h"
#include "photoimport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

namespace {

void report(const char *figure, double value, const char *unit)
{
    Bench::report("book", figure, value, unit);
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
        photos << Bench::grainyPhoto(t, size.photoSize, grain, 90, 10);
    QList<QByteArray> printCopies; // made on import, as PhotoImport does
    for (const QByteArray &photo : std::as_const(photos))
        printCopies << PhotoImport::printCopyOf(QImage::fromData(photo));
    for (int i = 0; i < content.media.size(); ++i) {
        content.media[i].data = photos[i % photos.size()];
        content.media[i].printCopy = printCopies[i % printCopies.size()];
    }
    report("sample_photo_size", double(photos.first().size()) / (1024 * 1024), "MiB");
    StorageError error;
    auto file = CaseFile::create(dir.filePath(QStringLiteral("book.belonging")),
                                 SecureBytes::fromUtf8(QStringLiteral("benchmark")), &error,
                                 KdfParams::fastForTests());
    if (!file || CaseContentIO::write(*file, content))
        qFatal("could not build the case");
    content = CaseContent(); // only the case file holds it now
    photos.clear();
    const double rssBefore = Bench::peakRssMiB();

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
    report("peak_rss", Bench::peakRssMiB(), "MiB");
    report("peak_rss_before_export", rssBefore, "MiB");
    report("pdf_size", double(QFile(path).size()) / (1024 * 1024), "MiB");
    return 0;
}
