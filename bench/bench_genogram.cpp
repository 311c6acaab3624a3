// SPDX-License-Identifier: GPL-3.0-or-later
// The genogram's automatic layout of a 300-person family over six generations (each child a
// partner from outside, two or three children each, every third a second partner). Target
// (issue 15): under 50 ms.
#include "benchutil.h"

#include "genogramlayout.h"

#include <QCoreApplication>
#include <QElapsedTimer>

using Bench::report;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
    return 0;
}
