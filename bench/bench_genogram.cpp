// SPDX-License-Identifier: GPL-3.0-or-later
// The genogram's automatic layout of a 300-person family over six generations (each child a
// partner from outside, two or three children each, every third a second partner), and a
// repaint of the whole drawn family. Targets (issue 15): layout under 50 ms, repaint under
// 16 ms.
#include "benchutil.h"

#include "genogramlayout.h"
#include "genogrampicture.h"

#include <QGuiApplication>
#include <QPainter>

#include <QCoreApplication>
#include <QElapsedTimer>

using Bench::report;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int size = app.arguments().contains(QStringLiteral("--quick")) ? 100 : 300;
    GenogramLayout::Input in;
    int next = 1;
    const auto person = [&] {
        in.people << GenogramLayout::Person{next, 2400000 + next};
        return next++;
    };
    QList<int> generation = {person()};
    while (next <= size) {
        QList<int> children;
        for (qsizetype i = 0; i < generation.size() && next <= size; ++i) {
            in.unions << GenogramLayout::Union{generation[i], person()};
            const int u = int(in.unions.size() - 1);
            for (int k = 0; k < 2 + int(i % 2 == 0) && next <= size; ++k) {
                const int c = person();
                in.children << GenogramLayout::Child{c, u};
                children << c;
            }
            if (i % 3 == 0 && next + 1 <= size) {
                in.unions << GenogramLayout::Union{generation[i], person()};
                const int c = person();
                in.children << GenogramLayout::Child{c, int(in.unions.size() - 1)};
                children << c;
            }
        }
        generation = children;
    }
    GenogramLayout::compute(in); // warm
    QElapsedTimer timer;
    constexpr int kRuns = 20;
    timer.start();
    int crossings = 0;
    for (int i = 0; i < kRuns; ++i)
        crossings += GenogramLayout::compute(in).crossings;
    report("genogram", "layout_300_people", double(timer.nsecsElapsed()) / 1e6 / kRuns, "ms");
    report("genogram", "layout_300_crossings", double(crossings) / kRuns, "crossings");

    // The same family as the case holds it, drawn as the Family tab draws it.
    GenogramPicture::Input picture;
    picture.child.knownAs = QStringLiteral("Child");
    for (const GenogramLayout::Person &p : std::as_const(in.people)) {
        Person member;
        member.id = p.id;
        member.fullName = QStringLiteral("Person %1 Surname").arg(p.id);
        member.knownAs = QStringLiteral("Person %1").arg(p.id);
        member.role = Person::Role::OtherRelative;
        member.gender = p.id % 2 ? Person::Gender::Female : Person::Gender::Male;
        member.born = FuzzyDate::year(1900 + p.id % 120);
        member.deceased = p.id % 5 == 0;
        picture.people << member;
    }
    for (const GenogramLayout::Union &u : std::as_const(in.unions)) {
        Partnership p;
        p.id = picture.family.partnerships.size() + 1;
        p.personA = u.a;
        p.personB = u.b;
        p.kind = Partnership::Kind::Married;
        p.ending = u.b % 3 == 0 ? Partnership::Ending::Divorced : Partnership::Ending::Together;
        picture.family.partnerships << p;
    }
    for (const GenogramLayout::Child &c : std::as_const(in.children)) {
        for (int parent : {in.unions[c.parents].a, in.unions[c.parents].b}) {
            ParentLink l;
            l.id = picture.family.parents.size() + 1;
            l.child = c.person;
            l.parent = parent;
            picture.family.parents << l;
        }
    }
    // The first person is the child's parent, so the child is in the tree too.
    ParentLink toChild;
    toChild.child = kChildId;
    toChild.parent = 1;
    picture.family.parents << toChild;
    QElapsedTimer built;
    built.start();
    GenogramPicture drawn;
    drawn.build(picture);
    report("genogram", "build_300_people", double(built.nsecsElapsed()) / 1e6, "ms");
    // A repaint of a laptop-sized view of it, and of all of it at once.
    QImage view(1366, 768, QImage::Format_ARGB32_Premultiplied);
    QList<double> viewTimes, wholeTimes;
    const double scale = std::min(1.0, 1366.0 / drawn.bounds().width());
    for (int i = 0; i < kRuns; ++i) {
        view.fill(Qt::white);
        QElapsedTimer t;
        t.start();
        QPainter p(&view);
        p.translate(-drawn.bounds().topLeft() - QPointF(drawn.bounds().width() / 3, 0));
        drawn.paint(p);
        p.end();
        viewTimes << double(t.nsecsElapsed()) / 1e6;
        view.fill(Qt::white);
        t.restart();
        QPainter whole(&view);
        whole.scale(scale, scale);
        whole.translate(-drawn.bounds().topLeft());
        drawn.paint(whole);
        whole.end();
        wholeTimes << double(t.nsecsElapsed()) / 1e6;
    }
    report("genogram", "repaint_view_300_people", Bench::median(viewTimes), "ms");
    report("genogram", "repaint_whole_300_people", Bench::median(wholeTimes), "ms");
    return 0;
}
