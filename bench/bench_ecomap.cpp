// SPDX-License-Identifier: GPL-3.0-or-later
// Ecomap benchmarks (issue: the ecomap editor). Prints "BENCH ecomap.<figure> <value> <unit>".
//   bench_ecomap [--quick]
#include "casecontentio.h"
#include "democase.h"
#include "ecomapdocument.h"
#include "ecomapitems.h"
#include "ecomappane.h"
#include "ecomapscene.h"
#include "relationshiprepository.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QGraphicsSceneMouseEvent>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>

namespace {

void report(const char *figure, double value, const char *unit)
{
    std::printf("BENCH ecomap.%s %.3f %s\n", figure, value, unit);
    std::fflush(stdout);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    QTemporaryDir dir;

    // A large case: 300 people, each tied to the child, plus 300 ties between people (600).
    DemoCase::Size size;
    size.people = 300;
    size.memories = 0;
    size.photos = 0;
    CaseContent content = DemoCase::generate(size);
    for (int i = 0; i < 300; ++i) {
        Relationship r;
        r.id = 1000 + i;
        r.personA = content.people[i].id;
        r.personB = content.people[(i + 7) % 300].id;
        r.kind = Relationship::Kind(i % Relationship::kKindCount);
        content.relationships << r;
    }
    StorageError error;
    auto file = CaseFile::create(dir.filePath(QStringLiteral("big.belonging")),
                                 SecureBytes::fromUtf8(QStringLiteral("benchmark")), &error,
                                 KdfParams::fastForTests());
    if (!file || CaseContentIO::write(*file, content))
        qFatal("could not build the case");
    if (RelationshipRepository(*file).all().size() != 600)
        qFatal("expected 600 relationships");

    // Time to open the ecomap: load the document and build the scene.
    QUndoStack stack;
    QList<double> opens;
    std::unique_ptr<CaseModel> model;
    std::unique_ptr<EcomapDocument> doc;
    std::unique_ptr<EcomapScene> scene;
    for (int i = 0; i < (quick ? 3 : 7); ++i) {
        QElapsedTimer t;
        t.start();
        scene.reset();
        doc.reset();
        model = std::make_unique<CaseModel>(*file);
        model->load();
        doc = std::make_unique<EcomapDocument>(*model);
        doc->load();
        scene = std::make_unique<EcomapScene>(*doc, stack);
        opens << double(t.nsecsElapsed()) / 1e6;
    }
    report("open_300_people_600_ties", median(opens), "ms");

    // Full repaint of the whole map into a 1920x1080 frame, as a view would.
    QImage frame(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    QList<double> frames;
    for (int i = 0; i < (quick ? 10 : 60); ++i) {
        QElapsedTimer t;
        t.start();
        QPainter p(&frame);
        p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        scene->render(&p, QRectF(frame.rect()), scene->contentsRect());
        p.end();
        frames << double(t.nsecsElapsed()) / 1e6;
    }
    report("render_whole_map_1080p_uncached", median(frames), "ms");

    // Full repaint of a 1920x1080 view showing the whole map (what the user sees).
    EcomapView view;
    view.resize(1920, 1080);
    view.setScene(scene.get());
    view.show();
    view.fitAll();
    QCoreApplication::processEvents();
    view.viewport()->grab(); // warm the item caches once
    QList<double> repaints;
    for (int i = 0; i < (quick ? 10 : 60); ++i) {
        QElapsedTimer t;
        t.start();
        view.viewport()->repaint();
        repaints << double(t.nsecsElapsed()) / 1e6;
    }
    report("full_repaint_view_1080p", median(repaints), "ms");
    if (qEnvironmentVariableIsSet("BENCH_BREAKDOWN")) {
        auto measure = [&view] {
            QList<double> r;
            for (int i = 0; i < 20; ++i) {
                QElapsedTimer t;
                t.start();
                view.viewport()->repaint();
                r << double(t.nsecsElapsed()) / 1e6;
            }
            return median(r);
        };
        for (QGraphicsItem *item : scene->items())
            item->setVisible(dynamic_cast<TieItem *>(item) == nullptr);
        std::printf("# without ties %.2f ms\n", measure());
        for (QGraphicsItem *item : scene->items())
            item->setVisible(false);
        std::printf("# background only %.2f ms\n", measure());
        for (QGraphicsItem *item : scene->items())
            item->setVisible(dynamic_cast<TieItem *>(item) != nullptr);
        std::printf("# ties only %.2f ms\n", measure());
        for (QGraphicsItem *item : scene->items())
            item->setVisible(true);
    }

    // Drag latency: one card moved by mouse-move events (ties follow live).
    PersonItem *card = scene->personItemsInOrder().first();
    QList<double> moves;
    for (int i = 0; i < (quick ? 100 : 1000); ++i) {
        QElapsedTimer t;
        t.start();
        card->setPos(card->pos() + QPointF(i % 2 ? 1 : -1, 0.5));
        moves << double(t.nsecsElapsed()) / 1e6;
    }
    report("drag_move_event", median(moves), "ms");

    // A drag ends with one stored move.
    QElapsedTimer t;
    t.start();
    doc->movePerson(card->personId(), card->pos());
    report("drag_release_save", double(t.nsecsElapsed()) / 1e6, "ms");
    return 0;
}
