// SPDX-License-Identifier: GPL-3.0-or-later
// The key paths, for counting instructions under callgrind (scripts/bench): opening a case,
// repainting the ecomap, showing the timeline, drawing book pages. Instruction counts hardly
// move when other work shares the machine, so a change can be judged against the last one.
// Run alone it prints milliseconds; under callgrind each path is a dump named after it.
//   bench_paths
#include "benchutil.h"
#include "bookexport.h"
#include "casecontentio.h"
#include "ecomapdocument.h"
#include "ecomappane.h"
#include "ecomapscene.h"
#include "timelinepane.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QUndoStack>

#include <valgrind/callgrind.h>

namespace {

// Runs `work` once to warm caches (fonts, glyphs, pictures), then measures one more run: under
// callgrind as a dump of its own, otherwise in milliseconds.
template <typename Work> void measure(const char *name, Work work)
{
    work();
    QElapsedTimer t;
    CALLGRIND_ZERO_STATS;
    t.start();
    work();
    const double ms = double(t.nsecsElapsed()) / 1e6;
    CALLGRIND_DUMP_STATS_AT(name);
    if (!RUNNING_ON_VALGRIND)
        Bench::report("paths", name, ms, "ms");
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const SecureBytes passphrase = SecureBytes::fromUtf8(QStringLiteral("benchmark"));

    // A mid-sized case, the same every run: 120 people, 600 memories, 40 photos.
    DemoCase::Size size;
    size.people = 120;
    size.memories = 600;
    size.photos = 40;
    size.placements = 8;
    size.photoSize = QSize(1200, 900);
    const QString path = dir.filePath(QStringLiteral("paths.belonging"));
    {
        StorageError error;
        auto file = CaseFile::create(path, passphrase, &error, KdfParams::fastForTests());
        CaseContent content = DemoCase::generate(size);
        if (!file || CaseContentIO::write(*file, content))
            qFatal("could not build the case");
    }

    // Opening: the connection, the schema check and the case's one model (the key stretching
    // is the fixed cost of Argon2id and is left out: bench_storage times it).
    std::unique_ptr<CaseFile> file;
    std::unique_ptr<CaseModel> model;
    measure("case_open", [&] {
        model.reset();
        file.reset();
        StorageError error;
        file = CaseFile::open(path, passphrase, &error, KdfParams::fastForTests());
        if (!file)
            qFatal("could not open the case");
        model = std::make_unique<CaseModel>(*file);
        model->load();
    });

    QUndoStack stack;
    EcomapDocument map(*model);
    map.load();
    EcomapScene scene(map, stack);
    EcomapView view;
    view.resize(1366, 768);
    view.setScene(&scene);
    view.show();
    view.fitAll();
    QCoreApplication::processEvents();
    measure("ecomap_repaint", [&] { view.viewport()->repaint(); });

    TimelinePane timeline;
    timeline.resize(1366, 768);
    timeline.show();
    QCoreApplication::processEvents();
    measure("timeline_show", [&] {
        timeline.setCase(nullptr, nullptr);
        timeline.setCase(model.get(), &stack);
        timeline.repaint();
        QCoreApplication::processEvents();
    });

    BookExport book(*file, BookOptions{});
    if (book.prepare())
        qFatal("could not prepare the book");
    const QSizeF pageSize = book.model().size();
    QImage page((pageSize * 100 / 72).toSize(), QImage::Format_ARGB32_Premultiplied);
    measure("book_pages_render", [&] {
        // The first pages: the cover, the contents, pages with people and with photos.
        for (int i = 0; i < std::min<int>(8, int(book.model().pages.size())); ++i) {
            QPainter p(&page);
            p.scale(100 / 72.0, 100 / 72.0);
            book.renderer().paintPage(p, i);
        }
    });
    return 0;
}
