// SPDX-License-Identifier: GPL-3.0-or-later
// Timeline benchmarks (issue: the timeline). Prints "BENCH timeline.<figure> <value> <unit>".
//   bench_timeline [--quick]
#include "benchutil.h"
#include "casecontentio.h"
#include "democase.h"
#include "photoimport.h"
#include "timelinecommands.h"
#include "timelinemodel.h"
#include "timelinepane.h"
#include "timelineview.h"

#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>

namespace {

void report(const char *figure, double value, const char *unit)
{
    Bench::report("timeline", figure, value, unit);
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    QTemporaryDir dir;
    const SecureBytes passphrase = SecureBytes::fromUtf8(QStringLiteral("benchmark"));
    StorageError error;

    // 1. Import photos of 12 MP (4000 x 3000), as the memory dialog does, then store them.
    //    Measured first, so the peak memory figure belongs to the import alone.
    const int photoCount = quick ? 10 : 100;
    QStringList files;
    {
        // Grain makes the files as big as a phone's (about 4 MB), so decoding costs what it
        // really costs.
        QList<QByteArray> pictures;
        QRandomGenerator grain(12);
        for (int t = 0; t < 4; ++t)
            pictures << Bench::grainyPhoto(t, QSize(4000, 3000), grain, 92, 12);
        report("sample_photo_size", double(pictures.first().size()) / (1024 * 1024), "MiB");
        for (int i = 0; i < photoCount; ++i) {
            const QString path =
                dir.filePath(QStringLiteral("IMG_%1.jpg").arg(i, 4, 10, QLatin1Char('0')));
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(pictures[i % 4]) != pictures[i % 4].size())
                qFatal("could not write the sample photos");
            files << path;
        }
    }
    const double rssBefore = Bench::peakRssMiB();
    {
        auto file = CaseFile::create(dir.filePath(QStringLiteral("import.belonging")), passphrase,
                                     &error, KdfParams::fastForTests());
        if (!file)
            qFatal("could not create a case");
        CaseModel model(*file);
        model.load();
        TimelineDocument doc(model);
        doc.load();
        QUndoStack stack;
        QElapsedTimer t;
        t.start();
        QList<Media> photos;
        for (const QString &path : files) {
            const PhotoImport::Result r = PhotoImport::fromFile(path);
            if (!r.ok())
                qFatal("import failed");
            photos << *r.media;
        }
        const double importMs = ms(t);
        Memory m;
        m.title = QStringLiteral("Holiday");
        Command::addMemory(stack, doc, m, photos);
        const double totalMs = ms(t);
        if (doc.memories().size() != 1 || doc.memories().first().mediaIds.size() != photoCount)
            qFatal("photos were not stored");
        qint64 stored = 0;
        for (const Media &photo : photos)
            stored += photo.data.size();
        report("stored_photo_size", double(stored) / photoCount / (1024 * 1024), "MiB");
        report("import_12mp_photos_per_s", photoCount / (importMs / 1000.0), "photos/s");
        report("import_and_store_12mp_photos_per_s", photoCount / (totalMs / 1000.0), "photos/s");
    }
    report("import_peak_rss", Bench::peakRssMiB(), "MiB");
    report("import_peak_rss_before_import", rssBefore, "MiB");

    // 2. A large case: 30 placements, 10,000 memories, 2,000 photos.
    DemoCase::Size size;
    size.people = 60;
    size.placements = 30;
    size.memories = quick ? 1000 : 10000;
    size.photos = quick ? 200 : 2000;
    size.photoSize = QSize(1600, 1200);
    const QString casePath = dir.filePath(QStringLiteral("large.belonging"));
    {
        CaseContent content = DemoCase::generate(size);
        auto file = CaseFile::create(casePath, passphrase, &error, KdfParams::fastForTests());
        if (!file || CaseContentIO::write(*file, content))
            qFatal("could not build the large case");
    }
    auto file = CaseFile::open(casePath, passphrase, &error, KdfParams::fastForTests());
    if (!file)
        qFatal("could not open the large case");

    // Time to show the timeline: load, build the list and the lanes, paint the pane once.
    QUndoStack stack;
    QList<double> shows;
    TimelinePane pane;
    pane.resize(1280, 800);
    pane.show();
    QCoreApplication::processEvents();
    std::unique_ptr<CaseModel> model;
    for (int i = 0; i < (quick ? 3 : 5); ++i) {
        pane.setCase(nullptr, nullptr);
        QElapsedTimer t;
        t.start();
        model = std::make_unique<CaseModel>(*file); // opening a case loads its model too
        model->load();
        pane.setCase(model.get(), &stack);
        pane.repaint();
        QCoreApplication::processEvents();
        shows << ms(t);
    }
    if (pane.list()->model()->rowCount() != size.placements + size.memories)
        qFatal("the list does not show everything");
    report("show_timeline_30_placements_10k_memories", Bench::median(shows), "ms");

    // Filter the list by a search term (the filter plus the table's relayout).
    QList<double> filters;
    const QStringList terms = {QStringLiteral("memory 99"), QStringLiteral("happened"),
                               QStringLiteral("placement"), QStringLiteral("number 4242"),
                               QStringLiteral("zzz"),       QStringLiteral("memory 1")};
    for (int round = 0; round < 3; ++round) {
        for (const QString &term : terms) {
            QElapsedTimer t;
            t.start();
            pane.filter()->setSearchText(term);
            pane.list()->repaint();
            filters << ms(t);
            pane.filter()->setSearchText(QString());
        }
    }
    report("filter_list_by_search_term", Bench::median(filters), "ms");

    // Repaint of the swim-lane view showing the whole life (10,000 markers).
    QList<double> paints;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer t;
        t.start();
        pane.view()->viewport()->repaint();
        paints << ms(t);
    }
    report("repaint_lanes_whole_life", Bench::median(paints), "ms");
    pane.setCase(nullptr, nullptr); // before the model goes
    return 0;
}
