// SPDX-License-Identifier: GPL-3.0-or-later
#include "genogrampicture.h"

#include "familywords.h"
#include "notation.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QSet>

#include <algorithm>
#include <limits>

namespace {

constexpr double kHalf = GenogramPicture::kSymbol / 2;
constexpr double kSiblingRise = 26; // from the children's tops up to the sibling line
constexpr double kNameHeight = 58;  // below a symbol: name, second name, dates

const QColor kInk(0x20, 0x20, 0x20);
const QColor kHousehold(0x2f, 0x6f, 0xb0);
const QColor kSelection(0x1a, 0x73, 0xe8);

QPen ink(double width = 2, Qt::PenStyle style = Qt::SolidLine)
{
    QPen pen(kInk, width, style);
    pen.setCapStyle(Qt::FlatCap);
    return pen;
}

Qt::PenStyle styleFor(ParentLink::Kind kind)
{
    switch (kind) {
    case ParentLink::Kind::Birth:
        return Qt::SolidLine;
    case ParentLink::Kind::Adoptive:
        return Qt::DashLine;
    default:
        return Qt::DotLine;
    }
}

bool solidCouple(const Partnership *p)
{
    return p && (p->kind == Partnership::Kind::Married ||
                 p->kind == Partnership::Kind::CivilPartnership);
}

// A year as the record knows it: "c. 1948" when it is about, before, after or between.
QString year(const FuzzyDate &d)
{
    if (d.isUnknown())
        return {};
    const QDate first = d.earliest();
    if (!first.isValid())
        return {};
    if (d.qualifier() == FuzzyDate::Qualifier::Exact)
        return QString::number(first.year());
    // "between 1960 and 1962" reads as the range, not as one year.
    const QDate last = d.latest();
    if (d.qualifier() == FuzzyDate::Qualifier::Between && last.isValid() &&
        last.year() != first.year())
        return GenogramPicture::tr("%1–%2", "a range of years").arg(first.year()).arg(last.year());
    return GenogramPicture::tr("c. %1").arg(first.year());
}

void shape(QPainter &p, Person::Gender gender, const QRectF &r)
{
    switch (gender) {
    case Person::Gender::Female:
        p.drawEllipse(r);
        break;
    case Person::Gender::Male:
        p.drawRect(r);
        break;
    case Person::Gender::NonBinary:
    case Person::Gender::NotKnown: {
        const QPointF c = r.center();
        const QPolygonF diamond = {QPointF(c.x(), r.top()), QPointF(r.right(), c.y()),
                                   QPointF(c.x(), r.bottom()), QPointF(r.left(), c.y())};
        p.drawPolygon(diamond);
        break;
    }
    }
}

QPainterPath shapePath(Person::Gender gender, const QRectF &r)
{
    QPainterPath path;
    if (gender == Person::Gender::Female) {
        path.addEllipse(r);
    } else if (gender == Person::Gender::Male) {
        path.addRect(r);
    } else {
        const QPointF c = r.center();
        path.addPolygon(QPolygonF({QPointF(c.x(), r.top()), QPointF(r.right(), c.y()),
                                   QPointF(c.x(), r.bottom()), QPointF(r.left(), c.y()),
                                   QPointF(c.x(), r.top())}));
    }
    return path;
}

void slashes(QPainter &p, QPointF at, int count)
{
    p.setPen(ink(2));
    for (int i = 0; i < count; ++i) {
        const double dx = (i - (count - 1) / 2.0) * 8;
        p.drawLine(at + QPointF(dx - 5, 9), at + QPointF(dx + 5, -9));
    }
}

} // namespace

bool GenogramPicture::isFamily(const Person &person)
{
    using R = Person::Role;
    return person.role == R::BirthMother || person.role == R::BirthFather ||
           person.role == R::Sibling || person.role == R::Grandparent ||
           person.role == R::OtherRelative;
}

void GenogramPicture::build(const Input &input)
{
    *this = GenogramPicture();
    m_in = input;
    for (const Person &p : std::as_const(m_in.people))
        m_people.insert(p.id, &p);
    const auto known = [&](ItemId id) { return id == kChildId || m_people.contains(id); };

    // The child's carers today, when nothing else says how they are related: a fostering line
    // drawn from the home the case records, so the household has its people.
    QList<ParentLink> links;
    for (const ParentLink &l : std::as_const(m_in.family.parents)) {
        if (known(l.child) && known(l.parent) && l.parent != kChildId)
            links << l;
    }
    for (const Placement &home : std::as_const(m_in.placements)) {
        if (!home.from.isUnknown() && home.from.earliest() > m_in.today)
            continue;
        if (!home.to.isUnknown())
            continue;
        for (ItemId carer : home.carerIds) {
            const Person *p = m_people.value(carer);
            if (!p || p->role == Person::Role::ResidentialKeyWorker)
                continue;
            const bool linked = std::any_of(links.cbegin(), links.cend(), [&](const ParentLink &l) {
                return l.child == kChildId && l.parent == carer;
            });
            if (linked)
                continue;
            ParentLink l;
            l.child = kChildId;
            l.parent = carer;
            l.kind = p->role == Person::Role::KinshipCarer     ? ParentLink::Kind::KinshipCarer
                     : p->role == Person::Role::AdoptiveParent ? ParentLink::Kind::Adoptive
                     : p->role == Person::Role::FosterCarer    ? ParentLink::Kind::Foster
                                                               : ParentLink::Kind::Other;
            links << l;
        }
    }

    // Who is drawn.
    QList<ItemId> who = {kChildId};
    QSet<ItemId> in = {kChildId};
    const auto include = [&](ItemId id) {
        if (known(id) && !in.contains(id)) {
            in.insert(id);
            who << id;
        }
    };
    for (const Person &p : std::as_const(m_in.people)) {
        if (isFamily(p))
            include(p.id);
    }
    for (const ParentLink &l : std::as_const(links)) {
        include(l.child);
        include(l.parent);
    }
    for (const Partnership &p : std::as_const(m_in.family.partnerships)) {
        if (known(p.personA) && known(p.personB)) {
            include(p.personA);
            include(p.personB);
        }
    }
    for (const Twins &t : std::as_const(m_in.family.twins)) {
        if (known(t.personA) && known(t.personB)) {
            include(t.personA);
            include(t.personB);
        }
    }

    // Couples: partnerships in the order they began, then parents of a child who are not
    // recorded as partners (drawn with a dashed line: the family tree does not say more).
    QList<const Partnership *> partnerships;
    for (const Partnership &p : std::as_const(m_in.family.partnerships)) {
        if (in.contains(p.personA) && in.contains(p.personB) && p.personA != p.personB)
            partnerships << &p;
    }
    std::stable_sort(partnerships.begin(), partnerships.end(),
                     [](const Partnership *x, const Partnership *y) {
                         const qint64 a = x->from.isUnknown() ? LLONG_MAX : x->from.sortKey();
                         const qint64 b = y->from.isUnknown() ? LLONG_MAX : y->from.sortKey();
                         return a < b;
                     });
    QHash<QPair<ItemId, ItemId>, int> coupleOf;
    const auto pairKey = [](ItemId a, ItemId b) {
        return b == kNoSelection ? qMakePair(a, b) : qMakePair(qMin(a, b), qMax(a, b));
    };
    for (const Partnership *p : std::as_const(partnerships)) {
        const auto k = pairKey(p->personA, p->personB);
        if (coupleOf.contains(k))
            continue;
        coupleOf.insert(k, int(m_couples.size()));
        m_couples << Couple{p->personA, p->personB, p, {}};
    }
    const auto coupleFor = [&](ItemId a, ItemId b) {
        const auto k = pairKey(a, b);
        if (const auto it = coupleOf.constFind(k); it != coupleOf.cend())
            return *it;
        coupleOf.insert(k, int(m_couples.size()));
        m_couples << Couple{a, b, nullptr, {}};
        return int(m_couples.size() - 1);
    };

    // Each child's parents, by kind: birth first (drawn under them), then adoptive, then the rest.
    QHash<ItemId, QList<QPair<int, ParentLink::Kind>>> childCouples;
    {
        QHash<ItemId, QList<const ParentLink *>> byChild;
        for (const ParentLink &l : std::as_const(links))
            byChild[l.child] << &l;
        for (ItemId child : std::as_const(who)) {
            QList<const ParentLink *> ls = byChild.value(child);
            std::stable_sort(ls.begin(), ls.end(), [](const ParentLink *x, const ParentLink *y) {
                return int(x->kind) < int(y->kind);
            });
            while (!ls.isEmpty()) {
                const ParentLink *first = ls.takeFirst();
                ItemId other = kNoSelection;
                for (qsizetype i = 0; i < ls.size(); ++i) {
                    if (ls[i]->kind == first->kind) {
                        other = ls.takeAt(i)->parent;
                        break;
                    }
                }
                childCouples[child] << qMakePair(coupleFor(first->parent, other), first->kind);
            }
        }
    }

    // The layout's input: people (the losses too, as the couple's children), couples, children.
    GenogramLayout::Input layoutIn;
    QHash<ItemId, int> index;
    const auto birthKey = [&](ItemId id) -> qint64 {
        const FuzzyDate &d = id == kChildId ? m_in.child.born : m_people.value(id)->born;
        return d.isUnknown() ? 0 : d.sortKey();
    };
    for (ItemId id : std::as_const(who)) {
        index.insert(id, int(layoutIn.people.size()));
        layoutIn.people << GenogramLayout::Person{int(layoutIn.people.size()), birthKey(id)};
    }
    for (const Couple &c : std::as_const(m_couples))
        layoutIn.unions << GenogramLayout::Union{index.value(c.a, -1),
                                                 c.b == kNoSelection ? -1 : index.value(c.b, -1)};
    for (ItemId child : std::as_const(who)) {
        const auto list = childCouples.value(child);
        for (qsizetype i = 0; i < list.size(); ++i) {
            layoutIn.children << GenogramLayout::Child{index.value(child), list[i].first};
            if (i == 0)
                m_couples[list[i].first].children << child;
            else
                m_extras << Extra{list[i].first, child, list[i].second};
        }
    }
    QHash<int, ItemId> lossIndex;
    if (m_in.style == Style::Professional) {
        for (const LostPregnancy &l : std::as_const(m_in.family.losses)) {
            if (!in.contains(l.mother) || (l.father != kNoId && !in.contains(l.father)))
                continue;
            const int couple = coupleFor(l.mother, l.father == kNoId ? kNoSelection : l.father);
            if (couple >= layoutIn.unions.size())
                layoutIn.unions << GenogramLayout::Union{
                    index.value(l.mother, -1), l.father == kNoId ? -1 : index.value(l.father, -1)};
            const int i = int(layoutIn.people.size());
            layoutIn.people << GenogramLayout::Person{i, l.date.isUnknown() ? 0 : l.date.sortKey()};
            layoutIn.children << GenogramLayout::Child{i, couple};
            lossIndex.insert(i, l.id);
            m_losses << &l;
        }
    }
    // Couples made for the losses above were appended after the children were listed.
    while (layoutIn.unions.size() < m_couples.size()) {
        const Couple &c = m_couples[layoutIn.unions.size()];
        layoutIn.unions << GenogramLayout::Union{index.value(c.a, -1),
                                                 c.b == kNoSelection ? -1 : index.value(c.b, -1)};
    }

    GenogramLayout::Metrics metrics;
    metrics.symbol = kSymbol;
    metrics.gap = kColumn - kSymbol;
    metrics.rowHeight = kRow;
    const GenogramLayout layout = GenogramLayout::compute(layoutIn, metrics);
    m_crossings = layout.crossings;
    for (ItemId id : std::as_const(who)) {
        const QPointF at = layout.positions.value(index.value(id));
        m_auto.insert(id, at);
        m_at.insert(id, at + m_in.family.nudges.value(id));
    }
    for (auto it = lossIndex.cbegin(); it != lossIndex.cend(); ++it)
        m_lossAt.insert(it.value(), layout.positions.value(it.key()));

    m_order = who;
    std::sort(m_order.begin(), m_order.end(), [&](ItemId a, ItemId b) {
        const QPointF pa = m_at.value(a), pb = m_at.value(b);
        return pa.y() != pb.y() ? pa.y() < pb.y() : pa.x() < pb.x();
    });

    // The household: the child and whoever they lived with on that day, outlined row by row
    // where they stand side by side.
    if (m_in.householdOn.isValid()) {
        QSet<ItemId> members = {kChildId};
        for (const Placement &home : std::as_const(m_in.placements)) {
            const bool started = home.from.isUnknown() || !home.from.earliest().isValid() ||
                                 home.from.earliest() <= m_in.householdOn;
            const bool ended = !home.to.isUnknown() && home.to.latest().isValid() &&
                               home.to.latest() < m_in.householdOn;
            if (!started || ended)
                continue;
            for (ItemId c : home.carerIds)
                members.insert(c);
            const QString years = home.from.isUnknown() ? QString() : year(home.from);
            m_householdName =
                years.isEmpty() ? home.placeName : tr("%1, from %2").arg(home.placeName, years);
        }
        // No home recorded for that day: a box round the child alone would say nothing.
        if (members.size() == 1 && m_householdName.isEmpty())
            members.clear();
        QHash<int, QList<ItemId>> rows;
        for (ItemId id : std::as_const(m_order)) {
            if (members.contains(id))
                rows[qRound(m_at.value(id).y())] << id;
        }
        for (auto it = rows.cbegin(); it != rows.cend(); ++it)
            m_households << it.value();
    }

    QRectF bounds;
    for (ItemId id : std::as_const(who)) {
        const QPointF c = m_at.value(id);
        bounds |=
            QRectF(c.x() - kColumn / 2, c.y() - kHalf - 8, kColumn, kSymbol + kNameHeight + 16);
    }
    m_bounds = bounds.adjusted(-16, -16, 16, m_householdName.isEmpty() ? 16 : 40);
}

QRectF GenogramPicture::symbolRect(ItemId person) const
{
    const QPointF c = m_at.value(person);
    return QRectF(c.x() - kHalf, c.y() - kHalf, kSymbol, kSymbol);
}

std::optional<ItemId> GenogramPicture::personAt(QPointF point) const
{
    for (auto it = m_at.cbegin(); it != m_at.cend(); ++it) {
        const QPointF c = it.value();
        const QRectF area(c.x() - kColumn / 2 + 6, c.y() - kHalf, kColumn - 12,
                          kSymbol + kNameHeight);
        if (area.contains(point))
            return it.key();
    }
    return std::nullopt;
}

QString GenogramPicture::nameOf(ItemId person) const
{
    if (person == kChildId)
        return m_in.child.displayName();
    const Person *p = m_people.value(person);
    if (!p)
        return {};
    return p->displayName();
}

QString GenogramPicture::describe(ItemId id) const
{
    const Person::Gender gender = id == kChildId ? m_in.child.gender : m_people.value(id)->gender;
    QStringList parts;
    QString name = nameOf(id);
    if (id != kChildId) {
        const Person *p = m_people.value(id);
        if (!p->knownAs.isEmpty() && !p->fullName.isEmpty() && p->knownAs != p->fullName)
            name = tr("%1 (%2)").arg(p->knownAs, p->fullName);
    } else {
        name = tr("%1, the child this story is about").arg(name);
    }
    parts << name;
    if (gender != Person::Gender::NotKnown)
        parts << FamilyWords::gender(gender).toLower();
    const FuzzyDate born = id == kChildId ? m_in.child.born : m_people.value(id)->born;
    if (!born.isUnknown())
        parts << tr("born %1").arg(born.toDisplayString());
    if (id != kChildId) {
        const Person *p = m_people.value(id);
        if (!p->died.isUnknown())
            parts << tr("died %1").arg(p->died.toDisplayString());
        else if (p->deceased)
            parts << tr("has died");
    }
    QStringList family;
    for (const Partnership &p : std::as_const(m_in.family.partnerships)) {
        if (!p.involves(id) || !m_at.contains(p.other(id)))
            continue;
        QString words = FamilyWords::partnershipKind(p.kind);
        if (p.ending != Partnership::Ending::Together)
            words = FamilyWords::ending(p.ending);
        family << tr("%1: partner, %2").arg(nameOf(p.other(id)), words.toLower());
    }
    for (const ParentLink &l : std::as_const(m_in.family.parents)) {
        if (l.child == id && m_at.contains(l.parent))
            family << tr("%1: %2").arg(nameOf(l.parent), FamilyWords::parentKind(l.kind).toLower());
        else if (l.parent == id && m_at.contains(l.child))
            family << tr("%1: their child").arg(nameOf(l.child));
    }
    QString out = parts.join(QStringLiteral(", "));
    if (!family.isEmpty())
        out += QStringLiteral("; ") + family.join(QStringLiteral("; "));
    return out;
}

double GenogramPicture::coupleY(const Couple &c) const
{
    // Between the partners' symbols, at their middle: the names below stay clear of it.
    double y = m_at.value(c.a).y();
    if (c.b != kNoSelection)
        y = std::max(y, m_at.value(c.b).y());
    return y;
}

QPointF GenogramPicture::dropOf(const Couple &c) const
{
    const QPointF a = m_at.value(c.a);
    if (c.b == kNoSelection) {
        // Beside them, in the gap between their name and the next — on the side where no
        // partner stands, so a carer's line never seems to come from a couple.
        const auto someoneAt = [&](double x) {
            return std::any_of(m_at.cbegin(), m_at.cend(), [&](const QPointF &p) {
                return std::abs(p.y() - a.y()) < 1 && std::abs(p.x() - x) < 1;
            });
        };
        const bool rightTaken = someoneAt(a.x() + kColumn);
        return QPointF(rightTaken && !someoneAt(a.x() - kColumn) ? a.x() - kColumn / 2
                                                                 : a.x() + kColumn / 2,
                       a.y());
    }
    const QPointF b = m_at.value(c.b);
    const double left = std::min(a.x(), b.x()) + kHalf;
    const double right = std::max(a.x(), b.x()) - kHalf;
    double mid = (a.x() + b.x()) / 2;
    // Side by side, the line drops between their names; further apart, over the children.
    if (!c.children.isEmpty() && std::abs(b.x() - a.x()) > kColumn + 1) {
        double sum = 0;
        for (ItemId child : c.children)
            sum += m_at.value(child).x();
        mid = sum / double(c.children.size());
    }
    return QPointF(left < right ? std::clamp(mid, left, right) : (a.x() + b.x()) / 2, coupleY(c));
}

ParentLink::Kind GenogramPicture::linkKind(ItemId child, const Couple &c) const
{
    for (const ParentLink &l : std::as_const(m_in.family.parents)) {
        if (l.child == child && (l.parent == c.a || l.parent == c.b))
            return l.kind;
    }
    // A carer drawn from the home the child lives in.
    const Person *p = m_people.value(c.a);
    if (p && p->role == Person::Role::AdoptiveParent)
        return ParentLink::Kind::Adoptive;
    return p && p->role == Person::Role::KinshipCarer ? ParentLink::Kind::KinshipCarer
                                                      : ParentLink::Kind::Foster;
}

QPolygonF GenogramPicture::extraLine(const Extra &e) const
{
    const QPointF from = dropOf(m_couples[e.couple]);
    const QPointF to = m_at.value(e.child) - QPointF(0, kHalf);
    // Down the gap beside the carers' names to below their row, then across and down: square
    // turns in the empty bands between rows, never through a symbol or a name.
    const double below = from.y() + kHalf + kNameHeight + 4;
    QList<std::pair<double, double>> taken; // names in the rows between, left to right
    double lowest = below;
    for (auto it = m_at.cbegin(); it != m_at.cend(); ++it) {
        const QPointF at = it.value();
        if (at.y() > from.y() + 1 && at.y() < to.y() - 1) {
            taken.append({at.x() - kColumn / 2 + 12, at.x() + kColumn / 2 - 12});
            lowest = std::max(lowest, at.y() + kHalf + kNameHeight + 4);
        }
    }
    double channel = from.x();
    if (!taken.isEmpty()) {
        const auto isFree = [&](double x) {
            return std::none_of(taken.cbegin(), taken.cend(), [x](const auto &span) {
                return x > span.first && x < span.second;
            });
        };
        QList<double> candidates = {from.x()};
        for (const auto &[left, right] : std::as_const(taken))
            candidates << left - 4 << right + 4;
        double best = std::numeric_limits<double>::max();
        for (double x : std::as_const(candidates)) {
            const double cost = std::abs(x - from.x()) + std::abs(x - to.x());
            if (isFree(x) && cost < best) {
                best = cost;
                channel = x;
            }
        }
    }
    // Beside the child's own line from their parents, not on top of it.
    const double endX = to.x() + (channel < to.x() ? -8 : 8);
    QPolygonF line({from, QPointF(from.x(), below)});
    if (!taken.isEmpty())
        line << QPointF(channel, below) << QPointF(channel, lowest);
    line << QPointF(endX, lowest) << QPointF(endX, to.y());
    return line;
}

void GenogramPicture::paintOrderYear(QPainter &p, ItemId child, const Couple &c, QPointF at) const
{
    // An adoption or an order has a year worth reading beside its line; a birth line has none.
    for (const ParentLink &l : std::as_const(m_in.family.parents)) {
        if (l.child != child || (l.parent != c.a && l.parent != c.b) ||
            l.kind == ParentLink::Kind::Birth)
            continue;
        const QString y = year(l.from);
        if (y.isEmpty())
            return;
        const QString text = l.kind == ParentLink::Kind::Adoptive ? tr("adopted %1").arg(y)
                             : l.kind == ParentLink::Kind::SpecialGuardian
                                 ? tr("SGO %1", "special guardianship order").arg(y)
                                 : tr("from %1").arg(y);
        QFont f = m_font;
        f.setPixelSize(10);
        p.setFont(f);
        p.setPen(kInk);
        const QFontMetricsF fm(f);
        const double width = kColumn - 20; // short of the next line along
        p.drawText(QRectF(at.x() + 4, at.y() - fm.height() / 2, width, fm.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(text, Qt::ElideRight, width));
        return;
    }
}

void GenogramPicture::paintCouple(QPainter &p, const Couple &c) const
{
    const QPointF drop = dropOf(c);
    const bool carriesLines = !c.children.isEmpty() || !m_losses.isEmpty() ||
                              std::any_of(m_extras.cbegin(), m_extras.cend(), [&](const Extra &e) {
                                  return &m_couples[e.couple] == &c;
                              });
    if (c.b == kNoSelection && carriesLines) {
        p.setPen(ink(2));
        const QPointF a = m_at.value(c.a);
        p.drawLine(QPointF(drop.x() < a.x() ? a.x() - kHalf : a.x() + kHalf, a.y()), drop);
    }
    if (c.b != kNoSelection) {
        QPointF a = m_at.value(c.a), b = m_at.value(c.b);
        if (b.x() < a.x())
            std::swap(a, b);
        const double y = coupleY(c);
        const Qt::PenStyle style = solidCouple(c.partnership) ? Qt::SolidLine : Qt::DashLine;
        p.setPen(ink(2, style));
        if (std::abs(a.y() - y) > 1)
            p.drawLine(QPointF(a.x(), a.y() + kHalf), QPointF(a.x(), y + kHalf + 6));
        if (std::abs(b.y() - y) > 1)
            p.drawLine(QPointF(b.x(), b.y() + kHalf), QPointF(b.x(), y + kHalf + 6));
        p.drawLine(QPointF(a.x() + kHalf, y), QPointF(b.x() - kHalf, y));
        if (c.partnership) {
            const double markX = c.children.isEmpty()                ? (a.x() + b.x()) / 2
                                 : drop.x() - 16 > a.x() + kHalf + 8 ? drop.x() - 16
                                                                     : drop.x() + 16;
            const QPointF mark(markX, y);
            if (c.partnership->ending == Partnership::Ending::Separated)
                slashes(p, mark, 1);
            else if (c.partnership->ending == Partnership::Ending::Divorced)
                slashes(p, mark, 2);
            if (m_in.style == Style::Professional) {
                QStringList words;
                if (const QString y1 = year(c.partnership->from); !y1.isEmpty())
                    words
                        << (solidCouple(c.partnership) ? tr("married %1") : tr("from %1")).arg(y1);
                // Whole words: "sep. 2016" reads as September.
                if (const QString y2 = year(c.partnership->to); !y2.isEmpty()) {
                    if (c.partnership->ending == Partnership::Ending::Divorced)
                        words << tr("divorced %1").arg(y2);
                    else if (c.partnership->ending == Partnership::Ending::Separated)
                        words << tr("separated %1").arg(y2);
                    else
                        words << tr("to %1").arg(y2);
                }
                if (!words.isEmpty()) {
                    QFont f = m_font;
                    f.setPixelSize(10);
                    p.setFont(f);
                    p.setPen(kInk);
                    const QFontMetricsF fm(f);
                    const double width = b.x() - a.x() - kSymbol - 4;
                    // Above the slashes (which reach 9 above the line), never through them.
                    double top = y - 11 - fm.height() * words.size();
                    for (const QString &w : std::as_const(words)) {
                        p.drawText(QRectF(a.x() + kHalf + 2, top, width, fm.height()),
                                   Qt::AlignHCenter, fm.elidedText(w, Qt::ElideRight, width));
                        top += fm.height();
                    }
                }
            }
        }
    }

    // Children (and pregnancies lost) hang from a sibling line above them.
    struct Hung
    {
        QPointF top;
        ItemId child = kNoId;
        bool loss = false;
    };
    QList<Hung> hung;
    for (ItemId child : c.children) {
        const QPointF at = m_at.value(child);
        hung << Hung{QPointF(at.x(), at.y() - kHalf), child, false};
    }
    for (const LostPregnancy *l : std::as_const(m_losses)) {
        const bool mine =
            (l->mother == c.a || l->mother == c.b) &&
            (l->father == kNoId ? c.b == kNoSelection : (l->father == c.a || l->father == c.b));
        if (mine) {
            const QPointF at = m_lossAt.value(l->id);
            hung << Hung{QPointF(at.x(), at.y() - 10), kNoId, true};
        }
    }
    if (hung.isEmpty())
        return;
    double top = hung.first().top.y();
    for (const Hung &h : std::as_const(hung))
        top = std::min(top, h.top.y());
    const double bar = top - kSiblingRise;
    double left = drop.x(), right = drop.x();

    // Twins meet at one point on the sibling line.
    QHash<ItemId, double> twinPoint;
    QList<std::pair<ItemId, ItemId>> identical;
    for (const Twins &t : std::as_const(m_in.family.twins)) {
        if (c.children.contains(t.personA) && c.children.contains(t.personB)) {
            const double x = (m_at.value(t.personA).x() + m_at.value(t.personB).x()) / 2;
            twinPoint.insert(t.personA, x);
            twinPoint.insert(t.personB, x);
            if (t.identical)
                identical.append({t.personA, t.personB});
        }
    }
    for (const Hung &h : std::as_const(hung)) {
        const double x =
            h.child != kNoId && twinPoint.contains(h.child) ? twinPoint.value(h.child) : h.top.x();
        left = std::min(left, x);
        right = std::max(right, x);
    }
    p.setPen(ink(2));
    p.drawLine(drop, QPointF(drop.x(), bar));
    p.drawLine(QPointF(left, bar), QPointF(right, bar));
    for (const Hung &h : std::as_const(hung)) {
        if (h.loss) {
            p.setPen(ink(1.5));
            p.drawLine(QPointF(h.top.x(), bar), h.top);
            continue;
        }
        p.setPen(ink(2, styleFor(linkKind(h.child, c))));
        const QPointF from(twinPoint.value(h.child, h.top.x()), bar);
        p.drawLine(from, h.top);
        if (m_in.style == Style::Professional)
            paintOrderYear(p, h.child, c, (from + h.top) / 2);
    }
    p.setPen(ink(2));
    for (const auto &[a, b] : std::as_const(identical)) {
        const QPointF from(twinPoint.value(a), bar);
        const QPointF ta(m_at.value(a).x(), m_at.value(a).y() - kHalf);
        const QPointF tb(m_at.value(b).x(), m_at.value(b).y() - kHalf);
        p.drawLine(from + (ta - from) / 2, from + (tb - from) / 2);
    }
}

std::optional<int> GenogramPicture::ageOn(const FuzzyDate &born, QDate today)
{
    // Only from a birth the record is sure of (not "about 1988"), and only when every day the
    // birth could have been gives the same age: "born 1995" is 30 or 31 in December 2026.
    if (born.isUnknown() || born.qualifier() != FuzzyDate::Qualifier::Exact ||
        !born.earliest().isValid() || !born.latest().isValid())
        return std::nullopt;
    const auto ageFrom = [today](QDate b) {
        int age = today.year() - b.year();
        if (today < b.addYears(age))
            --age;
        return age;
    };
    const int age = ageFrom(born.earliest());
    if (age != ageFrom(born.latest()) || age < 0 || age >= 130)
        return std::nullopt;
    return age;
}

void GenogramPicture::paintPerson(QPainter &p, ItemId id) const
{
    const Person *person = m_people.value(id);
    const Person::Gender gender = id == kChildId ? m_in.child.gender : person->gender;
    const QRectF r = symbolRect(id);
    p.setPen(ink(2));
    p.setBrush(Qt::white);
    shape(p, gender, r);
    const ItemId photoId = id == kChildId ? m_in.child.photoId : person->photoId;
    if (m_in.style == Style::Child && m_in.photos.contains(photoId)) {
        p.save();
        p.setClipPath(shapePath(gender, r.adjusted(2, 2, -2, -2)));
        const QImage img = m_in.photos.value(photoId);
        const QSizeF s = img.size().scaled(r.size().toSize(), Qt::KeepAspectRatioByExpanding);
        p.drawImage(QRectF(r.center() - QPointF(s.width() / 2, s.height() / 2), s), img);
        p.restore();
        p.setBrush(Qt::NoBrush);
        shape(p, gender, r);
    }
    if (id == kChildId) {
        p.setBrush(Qt::NoBrush);
        shape(p, gender, r.adjusted(-6, -6, 6, 6)); // the index person: a double outline
    }
    const bool deceased = person && (person->deceased || !person->died.isUnknown());
    if (deceased) {
        p.setPen(ink(2));
        p.drawLine(r.topLeft(), r.bottomRight());
        p.drawLine(r.topRight(), r.bottomLeft());
    }
    // A living person's age inside their symbol.
    const FuzzyDate &born = id == kChildId ? m_in.child.born : person->born;
    // Only from a birth date the record is sure of (not "about 1988"): an age is read as fact.
    if (!deceased && m_in.style == Style::Professional) {
        if (const auto age = ageOn(born, m_in.today)) {
            QFont f = m_font;
            f.setPixelSize(15);
            f.setBold(true);
            p.setFont(f);
            p.setPen(kInk);
            p.drawText(r, Qt::AlignCenter, QString::number(*age));
        }
    }
    if (id == m_selected) {
        QPen sel(kSelection, 3);
        p.setPen(sel);
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(r.adjusted(-8, -8, 8, 2), 8, 8); // clear of the name beneath
    }

    // Name, other name, years.
    QStringList lines = {nameOf(id)};
    if (m_in.style == Style::Professional) {
        const QString full = id == kChildId ? m_in.child.fullName : person->fullName;
        if (!full.isEmpty() && full != lines.first())
            lines << full;
        const QString b = year(born);
        const QString d = person ? year(person->died) : QString();
        if (!b.isEmpty() && !d.isEmpty())
            lines << tr("%1–%2").arg(b, d);
        else if (!b.isEmpty())
            lines << tr("b. %1").arg(b);
        else if (!d.isEmpty())
            lines << tr("d. %1").arg(d);
    }
    QFont f = m_font;
    const QRectF box(r.center().x() - kColumn / 2 + 4, r.bottom() + (id == kChildId ? 9 : 4),
                     kColumn - 8, kNameHeight);
    double y = box.top();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QFont lf = f;
        lf.setBold(i == 0);
        lf.setPixelSize(i == 0 ? 13 : 11);
        p.setFont(lf);
        p.setPen(kInk);
        const QFontMetricsF fm(lf);
        const QString text = fm.elidedText(lines[i], Qt::ElideRight, box.width());
        p.drawText(QRectF(box.left(), y, box.width(), fm.height()), Qt::AlignHCenter, text);
        y += fm.height();
    }
}

void GenogramPicture::paint(QPainter &p) const
{
    p.save();
    m_font = p.font();
    m_font.setItalic(false);
    m_font.setBold(false);
    p.setRenderHint(QPainter::Antialiasing);
    // Households behind everything.
    for (const QList<ItemId> &row : m_households) {
        if (row.isEmpty())
            continue;
        // Runs of members standing next to each other.
        QList<ItemId> run;
        const auto flush = [&] {
            if (run.isEmpty())
                return;
            QRectF box;
            for (ItemId id : std::as_const(run))
                box |= symbolRect(id);
            box = box.adjusted(-kColumn / 2 + 10, -18, kColumn / 2 - 10, kNameHeight + 8);
            QPen pen(kHousehold, 2, Qt::DotLine);
            p.setPen(pen);
            p.setBrush(QColor(kHousehold.red(), kHousehold.green(), kHousehold.blue(), 18));
            p.drawRoundedRect(box, 18, 18);
            run.clear();
        };
        QList<ItemId> sameRow;
        for (ItemId id : m_order) {
            if (qRound(m_at.value(id).y()) == qRound(m_at.value(row.first()).y()))
                sameRow << id;
        }
        std::sort(sameRow.begin(), sameRow.end(),
                  [&](ItemId a, ItemId b) { return m_at.value(a).x() < m_at.value(b).x(); });
        for (ItemId id : std::as_const(sameRow)) {
            if (row.contains(id))
                run << id;
            else
                flush();
        }
        flush();
    }
    if (!m_householdName.isEmpty() && !m_households.isEmpty()) {
        // Beneath the child's own row.
        QRectF box;
        for (const QList<ItemId> &row : m_households) {
            if (row.contains(kChildId)) {
                for (ItemId id : row)
                    box |= symbolRect(id);
            }
        }
        QFont f = m_font;
        f.setPixelSize(11);
        p.setFont(f);
        p.setPen(kHousehold);
        // Under the outline, clear of the lines above it.
        const double bottom = box.bottom() + kNameHeight + 10;
        p.drawText(QRectF(box.center().x() - 150, bottom, 300, 16), Qt::AlignHCenter,
                   m_householdName);
    }

    for (const Couple &c : m_couples)
        paintCouple(p, c);
    for (const Extra &e : m_extras) {
        p.setPen(ink(2, styleFor(e.kind)));
        p.setBrush(Qt::NoBrush);
        const QPolygonF line = extraLine(e);
        p.drawPolyline(line);
        if (m_in.style == Style::Professional && line.size() >= 2)
            paintOrderYear(p, e.child, m_couples[e.couple],
                           (line[line.size() - 2] + line.last()) / 2);
    }
    if (m_in.showTies) {
        for (const Relationship &r : m_in.ties) {
            if (!m_at.contains(r.personA) || !m_at.contains(r.personB))
                continue;
            const Notation::Style style = Notation::style(r.kind);
            QPen pen = style.pen;
            QColor col = pen.color();
            col.setAlpha(150);
            pen.setColor(col);
            p.setPen(pen);
            p.drawLines(Notation::tieLines(r.kind, m_at.value(r.personA), m_at.value(r.personB)));
        }
    }
    for (const LostPregnancy *l : m_losses) {
        const QPointF at = m_lossAt.value(l->id);
        p.setPen(ink(1.5));
        if (l->kind == LostPregnancy::Kind::Miscarriage) {
            p.setBrush(kInk);
            p.drawPolygon(
                QPolygonF({at + QPointF(0, -10), at + QPointF(9, 7), at + QPointF(-9, 7)}));
        } else {
            p.setBrush(Qt::white);
            const QRectF r(at.x() - 10, at.y() - 10, 20, 20);
            p.drawEllipse(r);
            p.drawLine(r.topLeft(), r.bottomRight());
            p.drawLine(r.topRight(), r.bottomLeft());
        }
    }
    for (ItemId id : m_order)
        paintPerson(p, id);
    p.restore();
}

QList<GenogramPicture::KeyRow> GenogramPicture::keyForWhatIsDrawn() const
{
    using S = KeyRow::Sample;
    QSet<S> used = {S::Child};
    const auto lineSample = [](ParentLink::Kind kind) {
        const Qt::PenStyle style = styleFor(kind);
        return style == Qt::SolidLine  ? S::BirthChild
               : style == Qt::DashLine ? S::Adopted
                                       : S::Fostered;
    };
    for (auto it = m_at.cbegin(); it != m_at.cend(); ++it) {
        if (it.key() == kChildId) {
            if (m_in.child.gender != Person::Gender::NotKnown &&
                m_in.child.gender != Person::Gender::NonBinary)
                used.insert(m_in.child.gender == Person::Gender::Female ? S::Female : S::Male);
            continue;
        }
        const Person *person = m_people.value(it.key());
        if (!person)
            continue;
        used.insert(person->gender == Person::Gender::Female ? S::Female
                    : person->gender == Person::Gender::Male ? S::Male
                                                             : S::Neutral);
        if (person->deceased)
            used.insert(S::Deceased);
    }
    for (const Couple &c : m_couples) {
        if (c.b != kNoSelection) {
            used.insert(solidCouple(c.partnership) ? S::Married : S::Together);
            if (c.partnership && c.partnership->ending == Partnership::Ending::Separated)
                used.insert(S::Separated);
            if (c.partnership && c.partnership->ending == Partnership::Ending::Divorced)
                used.insert(S::Divorced);
        }
        for (ItemId child : c.children)
            used.insert(lineSample(linkKind(child, c)));
    }
    for (const Extra &e : m_extras)
        used.insert(lineSample(e.kind));
    for (const Twins &t : std::as_const(m_in.family.twins)) {
        if (m_at.contains(t.personA) && m_at.contains(t.personB))
            used.insert(S::Twins);
    }
    if (!m_households.isEmpty())
        used.insert(S::Household);
    if (!m_losses.isEmpty())
        used.insert(S::Loss);
    QList<KeyRow> rows = key(m_in.style);
    rows.removeIf([&](const KeyRow &row) { return !used.contains(row.sample); });
    // The child's sample is drawn as the child is.
    for (KeyRow &row : rows) {
        if (row.sample == S::Child && m_in.child.gender == Person::Gender::Female)
            row.sample = S::ChildFemale;
        else if (row.sample == S::Child && m_in.child.gender == Person::Gender::Male)
            row.sample = S::ChildMale;
    }
    return rows;
}

QList<GenogramPicture::KeyRow> GenogramPicture::key(Style style)
{
    using S = KeyRow::Sample;
    if (style == Style::Child)
        return {{S::Child, tr("Me")},
                {S::Female, tr("A girl or woman")},
                {S::Male, tr("A boy or man")},
                {S::Neutral, tr("Someone else")},
                {S::Deceased, tr("Someone who has died")},
                {S::Married, tr("A married couple")},
                {S::Together, tr("A couple")},
                {S::Separated, tr("A couple who split up")},
                {S::BirthChild, tr("Their child")},
                {S::Adopted, tr("Adopted")},
                {S::Fostered, tr("Looks after a child")},
                {S::Twins, tr("Twins")},
                {S::Household, tr("Who I live with")}};
    return {{S::Female, tr("Female")},
            {S::Male, tr("Male")},
            {S::Neutral, tr("Non-binary, or not known")},
            {S::Child, tr("The child (index person)")},
            {S::Deceased, tr("Deceased")},
            {S::Married, tr("Married or civil partnership")},
            {S::Together, tr("Living together, engaged, dating, or not known")},
            {S::Separated, tr("Separated")},
            {S::Divorced, tr("Divorced or dissolved")},
            {S::BirthChild, tr("Birth child")},
            {S::Adopted, tr("Adopted")},
            {S::Fostered, tr("Fostered, step, special guardianship or kinship care")},
            {S::Twins, tr("Twins (a bar between: identical)")},
            {S::Household, tr("Household (who the child lives with)")},
            {S::Loss, tr("Miscarriage (triangle), stillbirth (crossed circle)")}};
}

void GenogramPicture::paintSample(QPainter &p, KeyRow::Sample sample, const QRectF &box)
{
    using S = KeyRow::Sample;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const double s = std::min(box.height() - 4, 20.0);
    const QRectF sym(box.center().x() - s / 2, box.center().y() - s / 2, s, s);
    const double y = box.center().y();
    const QPointF l(box.left() + 4, y), r(box.right() - 4, y);
    p.setPen(ink(2));
    p.setBrush(Qt::white);
    switch (sample) {
    case S::Female:
        shape(p, Person::Gender::Female, sym);
        break;
    case S::Male:
        shape(p, Person::Gender::Male, sym);
        break;
    case S::Neutral:
        shape(p, Person::Gender::NotKnown, sym);
        break;
    case S::Child:
    case S::ChildFemale:
    case S::ChildMale: {
        const Person::Gender g = sample == S::ChildFemale ? Person::Gender::Female
                                 : sample == S::ChildMale ? Person::Gender::Male
                                                          : Person::Gender::NotKnown;
        shape(p, g, sym.adjusted(3, 3, -3, -3));
        p.setBrush(Qt::NoBrush);
        shape(p, g, sym.adjusted(-1, -1, 1, 1));
        break;
    }
    case S::Deceased:
        shape(p, Person::Gender::Male, sym);
        p.drawLine(sym.topLeft(), sym.bottomRight());
        p.drawLine(sym.topRight(), sym.bottomLeft());
        break;
    case S::Married:
        p.drawLine(l, r);
        break;
    case S::Together:
        p.setPen(ink(2, Qt::DashLine));
        p.drawLine(l, r);
        break;
    case S::Separated:
    case S::Divorced:
        p.drawLine(l, r);
        slashes(p, box.center(), sample == S::Separated ? 1 : 2);
        break;
    case S::BirthChild:
    case S::Adopted:
    case S::Fostered: {
        // A short line from a bar, kept clear of the rows above and below, so three of them
        // in a column never join into one.
        p.setPen(ink(2, sample == S::BirthChild ? Qt::SolidLine
                        : sample == S::Adopted  ? Qt::DashLine
                                                : Qt::DotLine));
        const double top = box.top() + box.height() * 0.2,
                     bottom = box.bottom() - box.height() * 0.2;
        p.drawLine(QPointF(box.center().x(), top), QPointF(box.center().x(), bottom));
        p.setPen(ink(2));
        p.drawLine(QPointF(box.center().x() - 8, top), QPointF(box.center().x() + 8, top));
        break;
    }
    case S::Twins: {
        const QPointF top(box.center().x(), box.top() + 2);
        p.drawLine(top, QPointF(box.center().x() - 10, box.bottom() - 2));
        p.drawLine(top, QPointF(box.center().x() + 10, box.bottom() - 2));
        break;
    }
    case S::Household:
        p.setPen(QPen(kHousehold, 2, Qt::DotLine));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(box.adjusted(4, 2, -4, -2), 6, 6);
        break;
    case S::Loss: {
        const QPointF c = box.center() - QPointF(12, 0);
        p.setBrush(kInk);
        p.drawPolygon(QPolygonF({c + QPointF(0, -7), c + QPointF(6, 5), c + QPointF(-6, 5)}));
        const QRectF circle(box.center().x() + 5, y - 7, 14, 14);
        p.setBrush(Qt::white);
        p.drawEllipse(circle);
        p.drawLine(circle.topLeft(), circle.bottomRight());
        p.drawLine(circle.topRight(), circle.bottomLeft());
        break;
    }
    }
    p.restore();
}

double GenogramPicture::paintKey(QPainter &p, const QRectF &area, const QList<KeyRow> &rows)
{
    QFont f = p.font();
    f.setBold(false);
    f.setItalic(false);
    p.setFont(f);
    const QFontMetricsF fm(f);
    const int columns = area.width() > 560 ? 2 : 1;
    const double columnWidth = area.width() / columns;
    const double textWidth = columnWidth - 60;
    const bool rtl = QGuiApplication::layoutDirection() == Qt::RightToLeft;
    // Each row as tall as its words wrap to (never less than a sample needs).
    QList<double> heights;
    for (const KeyRow &row : rows) {
        const QRectF need =
            fm.boundingRect(QRectF(0, 0, textWidth, 1000), Qt::TextWordWrap, row.words);
        heights << std::max(24.0, need.height() + 6);
    }
    const int perColumn = int((rows.size() + columns - 1) / columns);
    double tallest = 0;
    for (int col = 0; col < columns; ++col) {
        double y = area.top();
        for (int i = col * perColumn; i < std::min<int>((col + 1) * perColumn, rows.size()); ++i) {
            const double left =
                rtl ? area.right() - (col + 1) * columnWidth : area.left() + col * columnWidth;
            const QRectF sample(rtl ? left + columnWidth - 48 : left, y, 48, heights[i]);
            const QRectF words(rtl ? left : sample.right() + 8, y, textWidth, heights[i]);
            paintSample(p, rows[i].sample, sample);
            p.setPen(kInk);
            p.setFont(f);
            p.drawText(words,
                       Qt::AlignVCenter | Qt::TextWordWrap | Qt::AlignAbsolute |
                           (rtl ? Qt::AlignRight : Qt::AlignLeft),
                       rows[i].words);
            y += heights[i];
        }
        tallest = std::max(tallest, y - area.top());
    }
    return tallest;
}
