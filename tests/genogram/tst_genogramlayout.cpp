// SPDX-License-Identifier: GPL-3.0-or-later
// The genogram's automatic layout on families that break simple drawing tools: three partners,
// half-siblings on both sides, a child adopted by one family and born to another, many
// generations. Every layout is checked against the rules a social worker reads a genogram by.
#include "genogramlayout.h"

#include <QElapsedTimer>
#include <QTest>

using L = GenogramLayout;

namespace {

// A family written compactly: people 1..n; unions as pairs; children as (person, union).
struct Family
{
    L::Input input;
    Family &people(int n)
    {
        for (int i = 1; i <= n; ++i)
            input.people << L::Person{i, 2440000 + i * 400};
        return *this;
    }
    int couple(int a, int b)
    {
        input.unions << L::Union{a, b};
        return int(input.unions.size() - 1);
    }
    Family &child(int person, int u)
    {
        input.children << L::Child{person, u};
        return *this;
    }
};

// The rules, as failures to report (empty: all kept).
QStringList broken(const L::Input &in, const L &out, const L::Metrics &m = L::Metrics())
{
    QStringList problems;
    // Everyone drawn, once.
    QHash<int, int> drawn;
    for (const QList<int> &row : out.rows) {
        for (int id : row)
            ++drawn[id];
    }
    for (const L::Person &p : in.people) {
        if (drawn.value(p.id) != 1)
            problems << QStringLiteral("person %1 drawn %2 times").arg(p.id).arg(drawn.value(p.id));
    }
    // Nobody overlapping anybody in their row.
    for (const QList<int> &row : out.rows) {
        for (qsizetype i = 1; i < row.size(); ++i) {
            const double gap = out.positions[row[i]].x() - out.positions[row[i - 1]].x();
            if (gap < m.symbol + m.gap - 0.01)
                problems << QStringLiteral("%1 and %2 overlap").arg(row[i - 1]).arg(row[i]);
        }
    }
    // Children a row below their parents; partners in one row.
    for (const L::Child &c : in.children) {
        const L::Union &u = in.unions[c.parents];
        for (int parent : {u.a, u.b}) {
            if (parent >= 0 && out.generation[c.person] <= out.generation[parent])
                problems << QStringLiteral("%1 not below parent %2").arg(c.person).arg(parent);
        }
    }
    for (const L::Union &u : in.unions) {
        if (u.a >= 0 && u.b >= 0 && out.generation[u.a] != out.generation[u.b])
            problems << QStringLiteral("partners %1 and %2 on different rows").arg(u.a).arg(u.b);
    }
    // Partners side by side, or with only their other partners between them.
    QHash<int, int> partners;
    for (const L::Union &u : in.unions) {
        if (u.a >= 0 && u.b >= 0) {
            ++partners[u.a];
            ++partners[u.b];
        }
    }
    for (const L::Union &u : in.unions) {
        if (u.a < 0 || u.b < 0)
            continue;
        const QList<int> &row = out.rows[out.generation[u.a]];
        qsizetype i = row.indexOf(u.a), j = row.indexOf(u.b);
        if (i > j)
            std::swap(i, j);
        for (qsizetype k = i + 1; k < j; ++k) {
            if (partners.value(row[k]) == 0)
                problems << QStringLiteral("%1 sits between partners %2 and %3")
                                .arg(row[k])
                                .arg(u.a)
                                .arg(u.b);
        }
    }
    // Each couple over its children: the children's line hangs within the sibling group.
    for (qsizetype u = 0; u < in.unions.size(); ++u) {
        double lo = 1e18, hi = -1e18;
        int count = 0;
        for (const L::Child &c : in.children) {
            if (c.parents != u)
                continue;
            lo = std::min(lo, out.positions[c.person].x());
            hi = std::max(hi, out.positions[c.person].x());
            ++count;
        }
        if (count == 0)
            continue;
        const double drop = out.unions[u].drop.x();
        const double slack = m.symbol + m.gap; // a child of two families cannot be under both
        if (drop < lo - slack || drop > hi + slack)
            problems << QStringLiteral("union %1 hangs at %2, its children at %3..%4")
                            .arg(u)
                            .arg(drop)
                            .arg(lo)
                            .arg(hi);
    }
    return problems;
}

} // namespace

class TestGenogramLayout : public QObject
{
    Q_OBJECT

private slots:
    void maisiesFamily();
    void threePartnersAreDrawnOnceEach();
    void halfSiblingsOnBothSides();
    void adoptedAndBornToAnotherFamily();
    void siblingsOldestOnTheLeft();
    void crossingsAreFoundAndKeptFew();
    void aLargeFamilyKeepsEveryRule();
    void anEmptyFamilyAndAStrangerAlone();
};

void TestGenogramLayout::maisiesFamily()
{
    // 1 Grandad, 2 Nana; 3 Mum (their daughter), 4 Dad; 5 Maisie, 6 Tyler, 7 Ruby; 8 Mum's partner;
    // 9, 10 Ruby's adoptive parents.
    Family f;
    f.people(10);
    const int grand = f.couple(1, 2);
    const int parents = f.couple(4, 3);
    const int partner = f.couple(3, 8);
    const int adopters = f.couple(9, 10);
    f.child(3, grand).child(5, parents).child(6, parents).child(7, parents).child(7, adopters);
    const L out = L::compute(f.input);
    QVERIFY2(broken(f.input, out).isEmpty(), qPrintable(broken(f.input, out).join(u'\n')));
    QCOMPARE(out.rows.size(), 3);
    QCOMPARE(out.generation[5], 2);
    QCOMPARE(out.generation[8], 1);
    Q_UNUSED(partner);
}

void TestGenogramLayout::threePartnersAreDrawnOnceEach()
{
    // 1 has children with 2, 3 and 4.
    Family f;
    f.people(10);
    const int a = f.couple(1, 2), b = f.couple(1, 3), c = f.couple(1, 4);
    f.child(5, a).child(6, a).child(7, b).child(8, c).child(9, c).child(10, b);
    const L out = L::compute(f.input);
    QVERIFY2(broken(f.input, out).isEmpty(), qPrintable(broken(f.input, out).join(u'\n')));
    QCOMPARE(out.rows.first().size(), 4);
    QCOMPARE(out.crossings, 0);
}

void TestGenogramLayout::halfSiblingsOnBothSides()
{
    // Mum (1) had 5 with 2 and 6 with 3; Dad 3 also had 7 with 4.
    Family f;
    f.people(7);
    const int a = f.couple(2, 1), b = f.couple(1, 3), c = f.couple(3, 4);
    f.child(5, a).child(6, b).child(7, c);
    const L out = L::compute(f.input);
    QVERIFY2(broken(f.input, out).isEmpty(), qPrintable(broken(f.input, out).join(u'\n')));
    QCOMPARE(out.crossings, 0);
    // The shared half-sibling between the other two.
    const QList<int> &kids = out.rows[1];
    QCOMPARE(kids.indexOf(6), 1);
}

void TestGenogramLayout::adoptedAndBornToAnotherFamily()
{
    // 5 born to 1 and 2, adopted by 3 and 4; 6 is 1 and 2's other child; 7 the adopters' own.
    Family f;
    f.people(7);
    const int birth = f.couple(1, 2), adoptive = f.couple(3, 4);
    f.child(5, birth).child(6, birth).child(5, adoptive).child(7, adoptive);
    const L out = L::compute(f.input);
    QVERIFY2(broken(f.input, out).isEmpty(), qPrintable(broken(f.input, out).join(u'\n')));
    QVERIFY(out.crossings <= 1);
}

void TestGenogramLayout::siblingsOldestOnTheLeft()
{
    Family f;
    f.input.people = {{1, 0}, {2, 0}, {3, 2459000}, {4, 2450000}, {5, 0}, {6, 2455000}};
    const int u = f.couple(1, 2);
    f.child(3, u).child(4, u).child(5, u).child(6, u);
    const L out = L::compute(f.input);
    QCOMPARE(out.rows[1], (QList<int>{4, 6, 3, 5})); // by birth; the one not known last
}

void TestGenogramLayout::crossingsAreFoundAndKeptFew()
{
    // Two couples whose children marry across: drawn badly, their lines would cross.
    Family f;
    f.people(8);
    const int left = f.couple(1, 2), right = f.couple(3, 4);
    f.child(5, right).child(6, left).child(7, right).child(8, left);
    f.couple(6, 7);
    const L out = L::compute(f.input);
    QVERIFY2(broken(f.input, out).isEmpty(), qPrintable(broken(f.input, out).join(u'\n')));
    QCOMPARE(out.crossings, 0);
}

// 300 people over six generations or more, as families grow: each child a partner from
// outside, two or three children each, every third a second partner and a child with them.
L::Input largeFamily(int size)
{
    Family f;
    int next = 1;
    const auto person = [&] {
        f.input.people << L::Person{next, 2400000 + next};
        return next++;
    };
    QList<int> generation = {person()};
    while (next <= size) {
        QList<int> children;
        for (qsizetype i = 0; i < generation.size() && next <= size; ++i) {
            const int u = f.couple(generation[i], person());
            for (int k = 0; k < 2 + int(i % 2 == 0) && next <= size; ++k) {
                const int c = person();
                f.child(c, u);
                children << c;
            }
            if (i % 3 == 0 && next + 1 <= size) {
                const int again = f.couple(generation[i], person());
                const int c = person();
                f.child(c, again);
                children << c;
            }
        }
        generation = children;
    }
    return f.input;
}

void TestGenogramLayout::aLargeFamilyKeepsEveryRule()
{
    const L::Input family = largeFamily(300);
    QElapsedTimer timer;
    timer.start();
    const L out = L::compute(family);
    qInfo("%lld people, %d rows, %d crossings, %lld ms", qlonglong(family.people.size()),
          int(out.rows.size()), out.crossings, qlonglong(timer.elapsed()));
    QVERIFY(out.rows.size() >= 5);
    QCOMPARE(out.crossings, 0); // a family with no marriages between cousins: none at all
    // A family tree is drawn tidily: every sibling group under its parents' line.
    QVERIFY2(broken(family, out).isEmpty(), qPrintable(broken(family, out).join(u'\n')));
}

void TestGenogramLayout::anEmptyFamilyAndAStrangerAlone()
{
    QVERIFY(L::compute({}).positions.isEmpty());
    Family f;
    f.people(1);
    const L out = L::compute(f.input);
    QCOMPARE(out.positions.size(), 1);
    QCOMPARE(out.rows.size(), 1);
    // A parent not known: the line hangs from the one there is.
    Family g;
    g.people(2);
    g.input.unions << L::Union{1, -1};
    g.child(2, 0);
    const L single = L::compute(g.input);
    QVERIFY2(broken(g.input, single).isEmpty(), qPrintable(broken(g.input, single).join(u'\n')));
}

QTEST_GUILESS_MAIN(TestGenogramLayout)
#include "tst_genogramlayout.moc"
