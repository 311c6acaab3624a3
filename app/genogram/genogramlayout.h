// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QPointF>

// genogram: the family drawn as UK practice draws it (McGoldrick/Gerson).
//
// GenogramLayout places a family automatically, in this program's own C++ (Graphviz is
// EPL-licensed and is not linked): one row per generation, partners side by side with their
// partnership between them, each couple's children in a sibling group hung from it, oldest on
// the left. Someone with several partners is drawn once, their partners on either side; a child
// of two families (born to one, adopted by another) is drawn once, under the family they are
// listed with first, and linked to the other. Crossings are reduced by barycentre ordering (down
// and up sweeps, the best order kept), then places are settled so children sit under their
// parents and couples over their children without anyone overlapping.
class GenogramLayout
{
public:
    struct Person
    {
        int id = 0;
        qint64 birthKey = 0; // sorts siblings (a Julian day); 0 when not known: after the known
    };
    struct Union
    {
        int a = -1; // person ids; -1 for a parent not known
        int b = -1;
    };
    struct Child
    {
        int person = 0;
        int parents = 0; // index into unions; a person's first entry: the parents they hang from
    };
    struct Input
    {
        QList<Person> people;
        QList<Union> unions; // in the order the partnerships began
        QList<Child> children;
    };

    // Sizes in scene units.
    struct Metrics
    {
        double symbol = 40;     // a person's square or circle
        double gap = 30;        // between two people in a row
        double rowHeight = 130; // from one generation to the next
    };

    struct Line
    {
        int union_ = 0;
        QPointF left, right; // the partnership line between the two symbols' centres
        QPointF drop;        // where the children's line hangs from
    };

    QHash<int, QPointF> positions; // each person's centre
    QHash<int, int> generation;
    QList<Line> unions;
    QList<QList<int>> rows; // people in each generation, left to right
    int crossings = 0;      // parent-to-child lines that cross

    static GenogramLayout compute(const Input &input);
    static GenogramLayout compute(const Input &input, const Metrics &metrics);
};
