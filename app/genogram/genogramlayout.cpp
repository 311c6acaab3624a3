// SPDX-License-Identifier: GPL-3.0-or-later
#include "genogramlayout.h"

#include <QSet>

#include <functional>
#include <numeric>
#include <optional>

#include <algorithm>
#include <deque>
#include <limits>

namespace {

using Input = GenogramLayout::Input;

class Layout
{
public:
    Layout(const Input &in, const GenogramLayout::Metrics &m)
        : m_in(in)
        , m_m(m)
    {
        for (qsizetype i = 0; i < in.people.size(); ++i)
            m_index.insert(in.people[i].id, int(i));
        m_n = int(in.people.size());
        m_partnerUnions.resize(m_n);
        m_parentUnions.resize(m_n);
        m_children.resize(in.unions.size());
        for (qsizetype u = 0; u < in.unions.size(); ++u) {
            for (int id : {in.unions[u].a, in.unions[u].b}) {
                if (const int i = m_index.value(id, -1); i >= 0)
                    m_partnerUnions[i] << int(u);
            }
        }
        for (const GenogramLayout::Child &c : in.children) {
            const int i = m_index.value(c.person, -1);
            if (i < 0 || c.parents < 0 || c.parents >= in.unions.size() ||
                m_parentUnions[i].contains(c.parents))
                continue;
            m_parentUnions[i] << c.parents;
            m_children[c.parents] << i;
        }
        for (QList<int> &kids : m_children)
            std::stable_sort(kids.begin(), kids.end(),
                             [this](int x, int y) { return older(x, y); });
    }

    GenogramLayout run();

private:
    bool older(int x, int y) const
    {
        const qint64 a = m_in.people[x].birthKey, b = m_in.people[y].birthKey;
        if ((a == 0) != (b == 0))
            return a != 0; // known births first
        return a < b;
    }
    QList<int> members(int u) const
    {
        QList<int> out;
        for (int id : {m_in.unions[u].a, m_in.unions[u].b}) {
            if (const int i = m_index.value(id, -1); i >= 0)
                out << i;
        }
        return out;
    }
    void generations();
    void rowsAndBlocks();
    void sweepDown(int g);
    void sweepUp(int g);
    int crossingsBetween(int g, bool withX) const;
    int totalCrossings(bool withX) const;
    void place();
    bool tidyPlaces(const QList<QList<int>> &rows, const QList<QList<double>> &rooms);
    double unionCentre(int u, bool withX) const;
    double where(int i, bool withX) const { return withX ? m_x[i] : m_rank[i]; }
    void renumber(int g);

    const Input &m_in;
    GenogramLayout::Metrics m_m;
    QHash<int, int> m_index;
    int m_n = 0;
    QList<QList<int>> m_partnerUnions; // person -> unions they are a partner in
    QList<QList<int>> m_parentUnions;  // person -> unions they are a child of
    QList<QList<int>> m_children;      // union -> children, oldest first
    QList<int> m_gen;
    QList<QList<QList<int>>> m_blocks; // generation -> blocks (chains of partners) in order
    QList<double> m_rank;              // place in the row
    QList<double> m_x;
};

void Layout::generations()
{
    m_gen = QList<int>(m_n, 0);
    // Children below their parents, partners on one row; bounded, since a family that is its
    // own ancestor (never from GedcomReader, but from a hand-made input) would climb for ever.
    for (int pass = 0; pass < m_n + 2; ++pass) {
        bool changed = false;
        for (qsizetype u = 0; u < m_in.unions.size(); ++u) {
            const QList<int> who = members(int(u));
            int g = 0;
            for (int i : who)
                g = std::max(g, m_gen[i]);
            for (int i : who) {
                if (m_gen[i] != g) {
                    m_gen[i] = g;
                    changed = true;
                }
            }
            for (int c : std::as_const(m_children[u])) {
                if (m_gen[c] < g + 1) {
                    m_gen[c] = g + 1;
                    changed = true;
                }
            }
        }
        if (!changed)
            break;
    }
    // Nobody floats above everyone else with nothing between: rows without people close up.
    QList<int> used = m_gen;
    std::sort(used.begin(), used.end());
    used.erase(std::unique(used.begin(), used.end()), used.end());
    for (int &g : m_gen)
        g = int(std::lower_bound(used.begin(), used.end(), g) - used.begin());
}

void Layout::rowsAndBlocks()
{
    int rows = 0;
    for (int g : std::as_const(m_gen))
        rows = std::max(rows, g + 1);
    m_blocks.resize(rows);
    QList<bool> placed(m_n, false);
    // Someone with several partners in the middle: the first partner on the left, the others
    // on the right, each with their own other partners further out.
    const auto partnersOf = [this](int i) {
        QList<int> out;
        for (int u : std::as_const(m_partnerUnions[i])) {
            for (int j : members(u)) {
                if (j != i && m_gen[j] == m_gen[i] && !out.contains(j))
                    out << j;
            }
        }
        return out;
    };
    std::function<void(int, std::deque<int> &, bool)> extend = [&](int i, std::deque<int> &chain,
                                                                   bool left) {
        for (int j : partnersOf(i)) {
            if (placed[j])
                continue;
            placed[j] = true;
            left ? chain.push_front(j) : chain.push_back(j);
            extend(j, chain, left);
        }
    };
    // Whoever has the most partners anchors their chain.
    QList<int> order(m_n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) {
        return m_partnerUnions[x].size() > m_partnerUnions[y].size();
    });
    QList<QList<QList<int>>> unordered(rows);
    for (int i : std::as_const(order)) {
        if (placed[i])
            continue;
        placed[i] = true;
        std::deque<int> chain{i};
        const QList<int> partners = partnersOf(i);
        for (qsizetype p = 0; p < partners.size(); ++p) {
            const int j = partners[p];
            if (placed[j])
                continue;
            placed[j] = true;
            const bool left = p == 0;
            left ? chain.push_front(j) : chain.push_back(j);
            extend(j, chain, left);
        }
        unordered[m_gen[i]] << QList<int>(chain.begin(), chain.end());
    }
    // First order: the first row as given; each row below under its parents.
    m_rank = QList<double>(m_n, 0);
    m_blocks = unordered;
    if (!m_blocks.isEmpty()) {
        std::stable_sort(m_blocks[0].begin(), m_blocks[0].end(),
                         [](const QList<int> &a, const QList<int> &b) {
                             return *std::min_element(a.begin(), a.end()) <
                                    *std::min_element(b.begin(), b.end());
                         });
        renumber(0);
    }
    for (int g = 1; g < rows; ++g) {
        renumber(g);
        sweepDown(g);
    }
}

void Layout::renumber(int g)
{
    int r = 0;
    for (const QList<int> &block : std::as_const(m_blocks[g])) {
        for (int i : block)
            m_rank[i] = r++;
    }
}

double Layout::unionCentre(int u, bool withX) const
{
    const QList<int> who = members(u);
    if (who.isEmpty())
        return 0;
    double sum = 0;
    for (int i : who)
        sum += where(i, withX);
    return sum / double(who.size());
}

// A row ordered under the row above: each block by where its members' parents are, siblings
// oldest first.
void Layout::sweepDown(int g)
{
    // A couple from two families faces their own parents: each partner on their family's side.
    for (QList<int> &block : m_blocks[g]) {
        const auto parentsAt = [&](int i) -> std::optional<double> {
            if (m_parentUnions[i].isEmpty())
                return std::nullopt;
            return unionCentre(m_parentUnions[i].first(), false);
        };
        const auto first = parentsAt(block.first()), last = parentsAt(block.last());
        if (block.size() > 1 && first && last && *first > *last)
            std::reverse(block.begin(), block.end());
    }
    struct Key
    {
        double centre;
        double sibling;
        double before;
    };
    QHash<int, Key> keys; // by the block's first member (each person is in one block)
    for (const QList<int> &block : std::as_const(m_blocks[g])) {
        double sum = 0, count = 0, sibling = 0;
        for (int i : block) {
            // Only the parents someone hangs from place them: a carer's or adopter's line must
            // not pull a child out of birth order among their brothers and sisters.
            if (m_parentUnions[i].isEmpty())
                continue;
            const int u = m_parentUnions[i].first();
            sum += unionCentre(u, false);
            ++count;
            sibling = double(m_children[u].indexOf(i));
        }
        keys.insert(block.first(), {count > 0 ? sum / count : std::numeric_limits<double>::max(),
                                    sibling, m_rank[block.first()]});
    }
    std::stable_sort(m_blocks[g].begin(), m_blocks[g].end(),
                     [&](const QList<int> &a, const QList<int> &b) {
                         const Key ka = keys.value(a.first()), kb = keys.value(b.first());
                         if (ka.centre != kb.centre)
                             return ka.centre < kb.centre;
                         if (ka.sibling != kb.sibling)
                             return ka.sibling < kb.sibling;
                         return ka.before < kb.before;
                     });
    renumber(g);
}

// A row ordered over the row below: each block by where its children are.
void Layout::sweepUp(int g)
{
    QHash<int, double> key;
    for (const QList<int> &block : std::as_const(m_blocks[g])) {
        double sum = 0, count = 0;
        for (int i : block) {
            for (int u : std::as_const(m_partnerUnions[i])) {
                for (int c : std::as_const(m_children[u])) {
                    sum += m_rank[c];
                    ++count;
                }
            }
        }
        key.insert(block.first(), count > 0 ? sum / count : m_rank[block.first()]);
    }
    std::stable_sort(m_blocks[g].begin(), m_blocks[g].end(),
                     [&](const QList<int> &a, const QList<int> &b) {
                         return key.value(a.first()) < key.value(b.first());
                     });
    renumber(g);
}

int Layout::crossingsBetween(int g, bool withX) const
{
    QList<std::pair<double, double>> edges; // (parents' centre, child)
    for (qsizetype u = 0; u < m_in.unions.size(); ++u) {
        const QList<int> who = members(int(u));
        if (who.isEmpty() || m_gen[who.first()] != g)
            continue;
        const double centre = unionCentre(int(u), withX);
        for (int c : m_children[u])
            edges << std::pair(centre, where(c, withX));
    }
    int crossings = 0;
    for (qsizetype i = 0; i < edges.size(); ++i) {
        for (qsizetype j = i + 1; j < edges.size(); ++j) {
            const double dp = edges[i].first - edges[j].first;
            const double dc = edges[i].second - edges[j].second;
            if ((dp < 0 && dc > 0) || (dp > 0 && dc < 0))
                ++crossings;
        }
    }
    return crossings;
}

int Layout::totalCrossings(bool withX) const
{
    int total = 0;
    for (int g = 0; g + 1 < m_blocks.size(); ++g)
        total += crossingsBetween(g, withX);
    return total;
}

// The positions closest (least squares) to `want`, in the row's order, with at least `room[i]`
// between person i-1 and person i: pool adjacent violators on the positions less their
// required offsets, which turns "far enough apart" into "in order".
QList<double> closestInOrder(const QList<double> &want, const QList<double> &room)
{
    const qsizetype n = want.size();
    QList<double> offset(n, 0);
    for (qsizetype i = 1; i < n; ++i)
        offset[i] = offset[i - 1] + room[i];
    struct Pool
    {
        double sum;
        int count;
        double mean() const { return sum / count; }
    };
    QList<Pool> pools;
    for (qsizetype i = 0; i < n; ++i) {
        pools << Pool{want[i] - offset[i], 1};
        while (pools.size() > 1 && pools[pools.size() - 2].mean() > pools.last().mean()) {
            const Pool last = pools.takeLast();
            pools.last().sum += last.sum;
            pools.last().count += last.count;
        }
    }
    QList<double> out;
    out.reserve(n);
    for (const Pool &p : std::as_const(pools)) {
        for (int k = 0; k < p.count; ++k)
            out << p.mean() + offset[out.size()];
    }
    return out;
}

// Places: first evenly, then, a few times over, each row as close as it can be to where its
// parents (going down) or its children (going up) would have it, in order and never
// overlapping (closestInOrder). Partners may move apart to reach their children.
void Layout::place()
{
    const double step = m_m.symbol + m_m.gap;
    m_x = QList<double>(m_n, 0);
    QList<QList<int>> rows;
    QList<QList<double>> rooms;
    for (const QList<QList<int>> &blocks : std::as_const(m_blocks)) {
        QList<int> row;
        QList<double> room;
        for (const QList<int> &block : blocks) {
            for (qsizetype k = 0; k < block.size(); ++k) {
                room << (row.isEmpty() ? 0.0 : (k == 0 ? step + m_m.gap : step));
                row << block[k];
            }
        }
        double x = 0;
        for (qsizetype k = 0; k < row.size(); ++k) {
            x += room[k];
            m_x[row[k]] = x;
        }
        rows << row;
        rooms << room;
    }
    const bool tidy = tidyPlaces(rows, rooms);
    const auto partnerOf = [this](int i) {
        for (int u : std::as_const(m_partnerUnions[i])) {
            for (int j : members(u)) {
                if (j != i)
                    return j;
            }
        }
        return -1;
    };
    const auto settleRow = [&](int g, const std::function<std::optional<double>(int)> &want) {
        const QList<int> &row = rows[g];
        QList<double> desired(row.size());
        QList<bool> has(row.size(), false);
        for (qsizetype k = 0; k < row.size(); ++k) {
            if (const auto d = want(row[k])) {
                desired[k] = *d;
                has[k] = true;
            }
        }
        // Someone with no wish of their own stays by their partner, or where they are.
        for (qsizetype k = 0; k < row.size(); ++k) {
            if (has[k])
                continue;
            const int p = partnerOf(row[k]);
            const qsizetype pk = p < 0 ? -1 : row.indexOf(p);
            desired[k] = pk >= 0 && has[pk]
                             ? desired[pk] + (pk < k ? step : -step) * double(std::abs(k - pk))
                             : m_x[row[k]];
        }
        const QList<double> placed = closestInOrder(desired, rooms[g]);
        for (qsizetype k = 0; k < row.size(); ++k)
            m_x[row[k]] = placed[k];
    };
    // A family drawn tidily (each sibling group under its parents, as a tree is) needs only the
    // last lift; anything else is settled over many rounds.
    const int passes = tidy ? 0 : 60;
    for (int pass = 0; pass <= passes; ++pass) {
        // The last pass only lifts parents over their children: lower rows are wider, so the
        // rows above always have the room to follow.
        for (int g = 1; g < rows.size() && pass < passes; ++g) {
            settleRow(g, [&](int i) -> std::optional<double> {
                if (m_parentUnions[i].isEmpty())
                    return std::nullopt;
                // Under the first family they are listed with, in their place among siblings.
                const int u = m_parentUnions[i].first();
                const QList<int> &kids = m_children[u];
                const double k = double(kids.indexOf(i)) - double(kids.size() - 1) / 2;
                return unionCentre(u, true) + k * step;
            });
        }
        for (int g = int(rows.size()) - 2; g >= 0; --g) {
            settleRow(g, [&](int i) -> std::optional<double> {
                double sum = 0;
                int count = 0;
                for (int u : std::as_const(m_partnerUnions[i])) {
                    if (m_children[u].isEmpty())
                        continue;
                    double mid = 0;
                    for (int c : std::as_const(m_children[u]))
                        mid += m_x[c];
                    mid /= double(m_children[u].size());
                    const QList<int> who = members(u);
                    // The couple either side of their children's middle.
                    double side = 0;
                    if (who.size() > 1) {
                        const int other = who.first() == i ? who.last() : who.first();
                        side = m_x[i] < m_x[other] ? -step / 2 : step / 2;
                    }
                    sum += mid + side;
                    ++count;
                }
                if (count == 0)
                    return std::nullopt;
                return sum / count;
            });
        }
    }
    double left = std::numeric_limits<double>::max();
    for (double x : std::as_const(m_x))
        left = std::min(left, x);
    for (double &x : m_x)
        x -= left;
}

// Places a family tree the tidy way: each block as wide as its descendants need, its children's
// blocks side by side beneath it, itself centred over them. False (and nothing changed) where
// that does not keep every row in its order — a family that is not a tree there.
bool Layout::tidyPlaces(const QList<QList<int>> &rows, const QList<QList<double>> &rooms)
{
    const double step = m_m.symbol + m_m.gap;
    const int depth = int(m_blocks.size());
    // Which blocks below each block claims: those whose members' first parents are in it.
    QHash<int, int> blockOf; // person -> block index in its row
    for (int g = 0; g < depth; ++g) {
        for (qsizetype b = 0; b < m_blocks[g].size(); ++b) {
            for (int i : m_blocks[g][b])
                blockOf.insert(i, int(b));
        }
    }
    QList<QList<QList<int>>> claimed(depth); // row -> block -> its children's blocks (row g+1)
    QList<QList<bool>> taken(depth);
    for (int g = 0; g < depth; ++g) {
        claimed[g].resize(m_blocks[g].size());
        taken[g] = QList<bool>(m_blocks[g].size(), false);
    }
    for (int g = 0; g + 1 < depth; ++g) {
        for (qsizetype b = 0; b < m_blocks[g + 1].size(); ++b) {
            for (int i : m_blocks[g + 1][b]) {
                if (m_parentUnions[i].isEmpty())
                    continue;
                const QList<int> parents = members(m_parentUnions[i].first());
                if (parents.isEmpty() || m_gen[parents.first()] != g)
                    continue;
                claimed[g][blockOf.value(parents.first())] << int(b);
                taken[g + 1][b] = true;
                break;
            }
        }
    }
    for (int g = 1; g < depth; ++g) {
        if (taken[g].contains(false))
            return false; // someone in a lower row with no family above: not a tree
    }
    QList<QList<double>> width(depth);
    for (int g = depth - 1; g >= 0; --g) {
        width[g].resize(m_blocks[g].size());
        for (qsizetype b = 0; b < m_blocks[g].size(); ++b) {
            double own = double(m_blocks[g][b].size()) * step + m_m.gap;
            double below = 0;
            for (int c : std::as_const(claimed[g][b]))
                below += width[g + 1][c];
            width[g][b] = std::max(own, below);
        }
    }
    QList<double> x(m_n, 0);
    std::function<void(int, int, double)> put = [&](int g, int b, double left) {
        const QList<int> &block = m_blocks[g][b];
        const double w = width[g][b];
        const double own = double(block.size()) * step;
        for (qsizetype k = 0; k < block.size(); ++k)
            x[block[k]] = left + (w - own) / 2 + double(k) * step + m_m.symbol / 2;
        double below = 0;
        for (int c : std::as_const(claimed[g][b]))
            below += width[g + 1][c];
        double at = left + (w - below) / 2;
        for (int c : std::as_const(claimed[g][b])) {
            put(g + 1, c, at);
            at += width[g + 1][c];
        }
    };
    double left = 0;
    for (qsizetype b = 0; b < m_blocks.value(0).size(); ++b) {
        put(0, int(b), left);
        left += width[0][b];
    }
    // Every row still in its order and far enough apart.
    for (qsizetype g = 0; g < rows.size(); ++g) {
        for (qsizetype k = 1; k < rows[g].size(); ++k) {
            if (x[rows[g][k]] - x[rows[g][k - 1]] < std::min(rooms[g][k], step) - 0.01)
                return false;
        }
    }
    m_x = x;
    return true;
}

GenogramLayout Layout::run()
{
    GenogramLayout out;
    if (m_n == 0)
        return out;
    generations();
    rowsAndBlocks();
    // Sweeps up and down while they lower the crossings; the best order is kept.
    QList<QList<QList<int>>> best = m_blocks;
    int fewest = totalCrossings(false);
    for (int round = 0; round < 8 && fewest > 0; ++round) {
        for (int g = int(m_blocks.size()) - 2; g >= 0; --g)
            sweepUp(g);
        for (int g = 1; g < m_blocks.size(); ++g)
            sweepDown(g);
        const int now = totalCrossings(false);
        if (now < fewest) {
            fewest = now;
            best = m_blocks;
        }
    }
    m_blocks = best;
    for (int g = 0; g < m_blocks.size(); ++g)
        renumber(g);
    place();

    for (int g = 0; g < m_blocks.size(); ++g) {
        QList<int> row;
        for (const QList<int> &block : std::as_const(m_blocks[g])) {
            for (int i : block) {
                const int id = m_in.people[i].id;
                row << id;
                out.positions.insert(id, QPointF(m_x[i], g * m_m.rowHeight));
                out.generation.insert(id, g);
            }
        }
        out.rows << row;
    }
    for (qsizetype u = 0; u < m_in.unions.size(); ++u) {
        const QList<int> who = members(int(u));
        if (who.isEmpty())
            continue;
        GenogramLayout::Line line;
        line.union_ = int(u);
        QPointF a(m_x[who.first()], m_gen[who.first()] * m_m.rowHeight);
        QPointF b =
            who.size() > 1 ? QPointF(m_x[who.last()], m_gen[who.last()] * m_m.rowHeight) : a;
        if (b.x() < a.x())
            std::swap(a, b);
        line.left = a;
        line.right = b;
        line.drop = who.size() > 1 ? (a + b) / 2 : a + QPointF(0, m_m.symbol / 2);
        // The children's line hangs from the partnership line above the children: a long line
        // (a parent with partners on both sides) need not drop from its middle.
        if (who.size() > 1 && !m_children[u].isEmpty()) {
            double mid = 0;
            for (int c : std::as_const(m_children[u]))
                mid += m_x[c];
            mid /= double(m_children[u].size());
            const double from = a.x() + m_m.symbol / 2, to = b.x() - m_m.symbol / 2;
            if (from < to)
                line.drop.setX(std::clamp(mid, from, to));
        }
        out.unions << line;
    }
    out.crossings = totalCrossings(true);
    return out;
}

} // namespace

GenogramLayout GenogramLayout::compute(const Input &input)
{
    return compute(input, Metrics());
}

GenogramLayout GenogramLayout::compute(const Input &input, const Metrics &metrics)
{
    return Layout(input, metrics).run();
}
