// SPDX-License-Identifier: GPL-3.0-or-later
// The child's own map (issue 14): a repaint of a full map — 40 people on three rings, each with
// a face, a third with photos, differences from the adults' map marked — at the size child mode
// shows it on a 1366×768 laptop, and the comparison with the adults' map. A repaint must stay
// well inside a frame (16 ms) so dragging someone follows the finger.
#include "benchutil.h"

#include "childmapcompare.h"
#include "childmappicture.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>

using Bench::report;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    constexpr int kPeople = 40;
    ChildMap map;
    map.seenOn = QDate(2026, 3, 3);
    ChildMapPicture picture;
    picture.setChildName(QStringLiteral("Maisie"));
    QHash<ItemId, int> adults;
    QImage photo(96, 96, QImage::Format_RGB32);
    photo.fill(QColor(0x88, 0xaa, 0xcc));
    for (int i = 1; i <= kPeople; ++i) {
        ChildMapPlace p;
        p.personId = i;
        p.ring = ChildMapPlace::Ring(i % 3);
        p.angle = (i * 37) % 360;
        p.feeling = Memory::Feeling(i % Memory::kFeelingCount);
        map.places << p;
        picture.setPerson(i, QStringLiteral("Person %1").arg(i), i % 3 == 0 ? photo : QImage());
        adults.insert(i, (i + i / 4) % 3);
    }
    adults.insert(kPeople + 1, 0);
    picture.setMap(map);
    QElapsedTimer timer;
    const int compareRuns = quick ? 200 : 2000;
    timer.start();
    qsizetype found = 0;
    for (int i = 0; i < compareRuns; ++i)
        found += ChildMapCompare::differences(map, adults).size();
    report("childmap", "compare_40_people", double(timer.nsecsElapsed()) / 1e3 / compareRuns, "us");
    picture.setDifferences(ChildMapCompare::differences(map, adults));

    QImage screen(600, 600, QImage::Format_ARGB32_Premultiplied);
    const QRectF area(8, 8, 584, 584);
    {
        QPainter warm(&screen);
        picture.paint(warm, area); // fonts and glyphs cached, as after the first frame
    }
    const int runs = quick ? 20 : 100;
    timer.restart();
    for (int i = 0; i < runs; ++i) {
        screen.fill(Qt::white);
        QPainter painter(&screen);
        picture.paint(painter, area, ItemId(i % kPeople + 1));
    }
    report("childmap", "repaint_40_people", double(timer.nsecsElapsed()) / 1e6 / runs, "ms");
    report("childmap", "differences_found", double(found) / compareRuns, "people");
    return 0;
}
