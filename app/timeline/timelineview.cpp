// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include "look.h"
#include "timelineaccessible.h"
#include "vocabulary.h"
#include "voicerules.h"

#include <QAccessible>
#include <QFontMetrics>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QStyle>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace {

constexpr int kMarkerRadius = 7;
constexpr int kRowStep = 15;
constexpr int kContentLeft = TimelineView::kLabelWidth + 14;

QColor placementColour(Placement::Type type)
{
    switch (type) {
    case Placement::Type::LivingAtHome:
        return QColor(0xf6, 0xc2, 0x8b);
    case Placement::Type::Kinship:
        return QColor(0xa8, 0xd5, 0xa2);
    case Placement::Type::Foster:
        return QColor(0x9c, 0xc3, 0xe6);
    case Placement::Type::Residential:
        return QColor(0xc5, 0xb3, 0xe6);
    case Placement::Type::Adoptive:
        return QColor(0xf4, 0xa6, 0xb8);
    case Placement::Type::SupportedLodgings:
        return QColor(0xb8, 0xd8, 0xd8);
    case Placement::Type::Other:
        break;
    }
    return QColor(0xd6, 0xd6, 0xd6);
}

QColor eventColour(Event::Type type)
{
    switch (type) {
    case Event::Type::Contact:
        return QColor(0x2e, 0x8b, 0x57);
    case Event::Type::Review:
        return QColor(0x2a, 0x6f, 0xdb);
    case Event::Type::CourtHearing:
        return QColor(0x7b, 0x3f, 0xa0);
    case Event::Type::WorkerChange:
        return QColor(0xd9, 0x7a, 0x0f);
    case Event::Type::PlacementMove:
        return QColor(0x55, 0x5b, 0x66);
    case Event::Type::School:
        return QColor(0x23, 0x8b, 0x80);
    case Event::Type::Health:
        return QColor(0xc0, 0x39, 0x2b);
    case Event::Type::Other:
        break;
    }
    return QColor(0x77, 0x7d, 0x86);
}

const QColor kMemory(0xf2, 0x6b, 0x5b);
const QColor kSaid(0x7b, 0x4f, 0xc9);

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The factory first: setting a name makes Qt create and cache this view's accessible
    // interface, and a cached default one would hide every lane item from screen readers.
    TimelineAccessible::install();
    setAccessibleName(tr("Timeline"));
    viewport()->setMouseTracking(true);
    viewport()->setBackgroundRole(QPalette::Base);
    horizontalScrollBar()->setSingleStep(40);
}

QSize TimelineView::sizeHint() const
{
    return {900, kAxisHeight + kLaneCount * kLaneHeight + 24};
}

void TimelineView::setDocument(TimelineDocument *doc)
{
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = doc;
    m_selectedId = kNoId;
    m_fitted = true;
    if (m_doc) {
        connect(m_doc, &TimelineDocument::reset, this, [this] {
            m_fitted = true;
            rebuild();
        });
        connect(m_doc, &TimelineDocument::changed, this, &TimelineView::rebuild);
        // A plan or a tie changes only the warning on a planned home: once, after the edit.
        connect(m_doc, &TimelineDocument::movesChanged, this, [this] {
            if (m_rebuildPending)
                return;
            m_rebuildPending = true;
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_rebuildPending = false;
                    rebuild();
                },
                Qt::QueuedConnection);
        });
        connect(m_doc, &QObject::destroyed, this, [this] {
            m_doc = nullptr;
            rebuild();
        });
    }
    rebuild();
}

void TimelineView::rebuild()
{
    m_rebuildPending = false;
    m_items.clear();
    m_gaps.clear();
    const QDate today = m_doc ? m_doc->today() : QDate::currentDate();
    m_birth = m_doc ? m_doc->child().dateOfBirth() : QDate();
    qint64 first = m_birth.isValid() ? m_birth.toJulianDay() : today.addYears(-1).toJulianDay();
    qint64 last = today.toJulianDay();
    if (m_doc) {
        const PlacementHistory &history = m_doc->history();
        for (const Placement &p : m_doc->placements()) {
            const QDate start = history.startOf(p.id);
            if (!start.isValid())
                continue;
            // A home still to come is drawn a season wide, marked as planned, so it can be seen
            // and chosen; its end is not known.
            const bool planned = p.isPlannedOn(today);
            const QDate end =
                planned ? std::max(history.endOf(p.id), start.addMonths(3)) : history.endOf(p.id);
            const MoveContinuity::Move *move = m_doc->continuity().moveInto(p.id);
            m_items << Item{Kind::Placement,
                            p.id,
                            start.toJulianDay(),
                            end.toJulianDay(),
                            0,
                            0,
                            planned ? tr("%1 (planned)").arg(p.placeName) : p.placeName,
                            placementColour(p.type),
                            false,
                            p.isPrivate,
                            planned,
                            move && move->needsDecision()};
        }
        for (const PlacementHistory::Span &gap : history.gaps())
            m_gaps << Gap{gap.from.toJulianDay(), gap.to.toJulianDay()};
        for (const Memory &m : m_doc->memories()) {
            const QDate day = m.date.representativeDay();
            if (!day.isValid())
                continue;
            m_items << Item{Kind::Memory,
                            m.id,
                            day.toJulianDay(),
                            day.toJulianDay(),
                            1,
                            0,
                            m.title.isEmpty() ? tr("A memory") : m.title,
                            kMemory,
                            !m.mediaIds.isEmpty(),
                            m.isPrivate};
        }
        for (const Event &e : m_doc->events()) {
            const QDate day = e.date.representativeDay();
            if (!day.isValid())
                continue;
            m_items << Item{Kind::Event, e.id,       day.toJulianDay(), day.toJulianDay(),
                            2,           0,          e.title,           eventColour(e.type),
                            false,       e.isPrivate};
        }
        for (const VoiceEntry &v : m_doc->said()) {
            const QDate day = v.date.representativeDay();
            if (!day.isValid())
                continue;
            m_items << Item{Kind::Voice, v.id, day.toJulianDay(),    day.toJulianDay(),
                            3,           0,    v.words.simplified(), kSaid,
                            false,       false};
        }
    }
    std::stable_sort(m_items.begin(), m_items.end(),
                     [](const Item &a, const Item &b) { return a.day < b.day; });
    int counters[kLaneCount] = {};
    m_index.clear();
    m_index.reserve(m_items.size());
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        Item &item = m_items[i];
        m_index.insert(indexKey(item.kind, item.id), int(i));
        item.row = item.lane == 0 ? 0 : counters[item.lane]++ % 3;
        first = std::min(first, item.day);
        last = std::max(last, item.endDay);
    }
    m_firstDay = first - 30;
    m_lastDay = std::max(last + 30, m_firstDay + 60);
    if (m_fitted)
        fitLifetime();
    else
        updateScrollRange();
    viewport()->update();
}

void TimelineView::fitLifetime()
{
    m_fitted = true;
    const double width = std::max(100, viewport()->width() - kContentLeft - 16);
    m_pixelsPerDay = width / double(m_lastDay - m_firstDay);
    updateScrollRange();
    horizontalScrollBar()->setValue(0);
    viewport()->update();
}

void TimelineView::zoomBy(double factor, int anchorX)
{
    if (anchorX < 0)
        anchorX = kContentLeft + (viewport()->width() - kContentLeft) / 2;
    const double anchorDay =
        m_firstDay + (anchorX - kContentLeft + horizontalScrollBar()->value()) / m_pixelsPerDay;
    const double fit =
        std::max(100, viewport()->width() - kContentLeft - 16) / double(m_lastDay - m_firstDay);
    const double monthFills = std::max(100, viewport()->width() - kContentLeft) / 31.0;
    const double next = std::clamp(m_pixelsPerDay * factor, std::min(fit, monthFills), monthFills);
    m_fitted = qFuzzyCompare(next, fit);
    m_pixelsPerDay = next;
    updateScrollRange();
    horizontalScrollBar()->setValue(
        int(std::lround((anchorDay - m_firstDay) * m_pixelsPerDay - (anchorX - kContentLeft))));
    viewport()->update();
}

void TimelineView::updateScrollRange()
{
    const int content = int(std::ceil((m_lastDay - m_firstDay) * m_pixelsPerDay));
    const int visible = viewport()->width() - kContentLeft - 16;
    horizontalScrollBar()->setRange(0, std::max(0, content - visible));
    horizontalScrollBar()->setPageStep(std::max(1, visible));
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (m_fitted)
        fitLifetime();
    else
        updateScrollRange();
}

double TimelineView::xOf(qint64 day) const
{
    return kContentLeft + (day - m_firstDay) * m_pixelsPerDay - horizontalScrollBar()->value();
}

qint64 TimelineView::dayAt(double x) const
{
    return m_firstDay +
           qint64(std::floor((x - kContentLeft + horizontalScrollBar()->value()) / m_pixelsPerDay));
}

QRect TimelineView::laneRect(int lane) const
{
    return QRect(0, kAxisHeight + lane * kLaneHeight, viewport()->width(), kLaneHeight);
}

QRect TimelineView::rectOf(const Item &item) const
{
    return QStyle::visualRect(layoutDirection(), viewport()->rect(), logicalRectOf(item));
}

QRect TimelineView::logicalRectOf(const Item &item) const
{
    const QRect lane = laneRect(item.lane);
    if (item.kind == Kind::Placement) {
        const int left = int(std::floor(xOf(item.day)));
        const int right = int(std::ceil(xOf(item.endDay + 1)));
        return QRect(left, lane.top() + 10, std::max(3, right - left), lane.height() - 20);
    }
    const int x = int(std::lround(xOf(item.day)));
    const int y = lane.center().y() + (item.row - 1) * kRowStep;
    return QRect(x - kMarkerRadius, y - kMarkerRadius, 2 * kMarkerRadius, 2 * kMarkerRadius);
}

QRect TimelineView::itemRect(Kind kind, ItemId id) const
{
    const int index = indexOf(kind, id);
    return index >= 0 ? rectOf(m_items[index]) : QRect();
}

quint64 TimelineView::indexKey(Kind kind, ItemId id)
{
    return (quint64(kind) << 56) ^ quint64(id);
}

int TimelineView::indexOf(Kind kind, ItemId id) const
{
    // Looked up by screen readers for every item they ask about: no walk through 10,000 items.
    return m_index.value(indexKey(kind, id), -1);
}

QString TimelineView::describe(Kind kind, ItemId id) const
{
    if (!m_doc)
        return {};
    switch (kind) {
    case Kind::Placement:
        if (const auto p = m_doc->placement(id)) {
            if (p->isPlannedOn(m_doc->today()))
                return tr("Planned move to %1, %2").arg(p->placeName, p->from.toDisplayString());
            return tr("Lived at %1, %2").arg(p->placeName, p->from.toDisplayString());
        }
        break;
    case Kind::Memory:
        if (const auto m = m_doc->memory(id))
            return tr("Memory: %1, %2").arg(m->title, m->date.toDisplayString());
        break;
    case Kind::Event:
        if (const auto e = m_doc->event(id))
            return tr("%1: %2, %3")
                .arg(Vocabulary::eventTypeName(e->type), e->title, e->date.toDisplayString());
        break;
    case Kind::Voice:
        if (const auto v = m_doc->saidEntry(id))
            return tr("%1 said: “%2”, %3")
                .arg(m_doc->child().displayName(), VoiceRules::oneLine(v->words, 120),
                     v->date.toDisplayString());
        break;
    }
    return {};
}

const TimelineView::Item *TimelineView::itemAt(QPoint visualPos) const
{
    const QPoint pos = QStyle::visualPos(layoutDirection(), viewport()->rect(), visualPos);
    const Item *best = nullptr;
    int bestDistance = 1 << 30;
    // Only items near the pointer's day can be under it.
    const qint64 slack = qint64(std::ceil((kMarkerRadius + 2) / m_pixelsPerDay)) + 1;
    const qint64 day = dayAt(pos.x());
    for (const Item &item : m_items) {
        if (item.kind != Kind::Placement && (item.day < day - slack || item.day > day + slack))
            continue;
        const QRect r = logicalRectOf(item).adjusted(-2, -2, 2, 2);
        if (!r.contains(pos))
            continue;
        const int distance =
            item.kind == Kind::Placement ? 1000 : (r.center() - pos).manhattanLength();
        if (distance < bestDistance) {
            best = &item;
            bestDistance = distance;
        }
    }
    return best;
}

void TimelineView::select(Kind kind, ItemId id)
{
    if (const int index = indexOf(kind, id); index >= 0) {
        choose(&m_items[index], false);
        return;
    }
    m_selectedId = kNoId;
    setAccessibleDescription(QString());
    viewport()->update();
    emit currentChanged();
}

void TimelineView::choose(const Item *item, bool notify)
{
    if (!item)
        return;
    m_selectedKind = item->kind;
    m_selectedId = item->id;
    ensureVisible(*item);
    const QString description = describe(item->kind, item->id);
    setAccessibleDescription(description);
    if (QAccessible::isActive()) {
        QAccessibleEvent event(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
        // The chosen marker takes the screen reader's focus, as a list's current row does.
        if (hasFocus()) {
            QAccessibleEvent focus(this, QAccessible::Focus);
            focus.setChild(int(item - m_items.constData()));
            QAccessible::updateAccessibility(&focus);
        }
    }
    viewport()->update();
    emit currentChanged();
    if (notify)
        emit selected(item->kind, item->id);
}

void TimelineView::ensureVisible(const Item &item)
{
    const QRect r = logicalRectOf(item);
    const int left = kContentLeft;
    const int right = viewport()->width() - 16;
    if (item.kind == Kind::Placement && r.width() > right - left) {
        if (r.right() < left || r.left() > right)
            horizontalScrollBar()->setValue(horizontalScrollBar()->value() + r.left() - left);
        return;
    }
    if (r.left() < left)
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - (left - r.left()) - 40);
    else if (r.right() > right)
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + r.right() - right + 40);
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() == Qt::LeftButton)
        choose(itemAt(event->position().toPoint()), true);
    QAbstractScrollArea::mousePressEvent(event);
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (const Item *item = itemAt(event->position().toPoint())) {
        choose(item, true);
        emit activated(item->kind, item->id);
    }
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const int delta =
        event->angleDelta().y() != 0 ? event->angleDelta().y() : event->angleDelta().x();
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(std::pow(1.0015, delta),
               QStyle::visualPos(layoutDirection(), viewport()->rect(), event->position().toPoint())
                   .x());
    } else {
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta);
    }
    event->accept();
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const qsizetype current = indexOf(m_selectedKind, m_selectedId);
    // Time runs the way the language reads: in Arabic, later is to the left.
    const int later = isRightToLeft() ? Qt::Key_Left : Qt::Key_Right;
    const int earlier = isRightToLeft() ? Qt::Key_Right : Qt::Key_Left;
    const int key = event->key() == Qt::Key_Right  ? later
                    : event->key() == Qt::Key_Left ? earlier
                                                   : event->key();
    switch (key) {
    case Qt::Key_Right:
        if (!m_items.isEmpty())
            choose(&m_items[std::min<qsizetype>(current + 1, m_items.size() - 1)], true);
        return;
    case Qt::Key_Left:
        if (!m_items.isEmpty())
            choose(&m_items[std::max<qsizetype>(current - 1, 0)], true);
        return;
    case Qt::Key_Home:
        if (!m_items.isEmpty())
            choose(&m_items.first(), true);
        return;
    case Qt::Key_End:
        if (!m_items.isEmpty())
            choose(&m_items.last(), true);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_F2:
        if (m_selectedId != kNoId)
            emit activated(m_selectedKind, m_selectedId);
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.5);
        return;
    case Qt::Key_Minus:
        zoomBy(1 / 1.5);
        return;
    default:
        QAbstractScrollArea::keyPressEvent(event);
    }
}

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const Item *item = itemAt(help->pos()))
            QToolTip::showText(help->globalPos(), describe(item->kind, item->id), viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    p.fillRect(viewport()->rect(), Look::colours().paper);
    p.setRenderHint(QPainter::Antialiasing);
    // Everything is laid out left to right; right-to-left languages see it in a mirror, with
    // time running from right to left. Text is never mirrored: drawLabel() places it instead.
    if (isRightToLeft()) {
        p.translate(viewport()->width(), 0);
        p.scale(-1, 1);
    }
    paintAxis(p);
    paintLanes(p);
}

void TimelineView::paintAxis(QPainter &p)
{
    const Look::Colours &look = Look::colours();
    const QRect axis(0, 0, viewport()->width(), kAxisHeight);
    p.fillRect(axis, look.panel);
    const QFontMetrics metrics(font());
    const qint64 visibleFirst = dayAt(kContentLeft);
    const qint64 visibleLast = dayAt(viewport()->width());
    const QDate from = QDate::fromJulianDay(visibleFirst);
    const QDate to = QDate::fromJulianDay(visibleLast);
    // Months when zoomed in far enough for their names to fit.
    const bool months = m_pixelsPerDay * 30 > metrics.horizontalAdvance(QStringLiteral("Sep")) + 12;
    if (months) {
        p.setPen(look.rule);
        for (QDate d(from.year(), from.month(), 1); d <= to; d = d.addMonths(1)) {
            const double x = xOf(d.toJulianDay());
            p.drawLine(QPointF(x, kAxisHeight - 10), QPointF(x, kAxisHeight));
            p.setPen(look.muted);
            drawLabel(p, QPointF(x + 3, kAxisHeight - 4),
                      locale().monthName(d.month(), QLocale::ShortFormat));
            p.setPen(look.rule);
        }
    }
    // A tick at every birthday (or every new year if the birthday is not known).
    const int step = std::max(1, int(std::ceil(70 / (m_pixelsPerDay * 365.25))));
    for (int year = from.year() - 1; year <= to.year() + 1; ++year) {
        QDate tick = m_birth.isValid() ? QDate(year, m_birth.month(), std::min(m_birth.day(), 28))
                                       : QDate(year, 1, 1);
        if (m_birth.isValid() && m_birth.month() == 2 && m_birth.day() == 29)
            tick = QDate(year, 3, 1);
        const int age = m_birth.isValid() ? year - m_birth.year() : year;
        if ((m_birth.isValid() && age < 0) || age % step != 0)
            continue;
        const double x = xOf(tick.toJulianDay());
        if (x < kContentLeft - 1)
            continue;
        p.setPen(QPen(look.rule, 1));
        p.drawLine(QPointF(x, 4), QPointF(x, kAxisHeight + kLaneCount * kLaneHeight));
        p.setPen(look.ink);
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        const QString label = !m_birth.isValid() ? QString::number(year)
                              : age == 0         ? tr("Born")
                                                 : tr("Age %1").arg(age);
        drawLabel(p, QPointF(x + 4, 17), label);
        p.setFont(font());
        if (m_birth.isValid()) {
            p.setPen(look.muted);
            drawLabel(p, QPointF(x + 4, months ? 30 : 33), QString::number(year));
        }
    }
}

void TimelineView::paintLanes(QPainter &p)
{
    const Look::Colours &look = Look::colours();
    const QString laneNames[kLaneCount] = {tr("Where I lived"), tr("Memories"),
                                           tr("Contact and events"), tr("What I said")};
    const QFontMetrics metrics(font());
    for (int lane = 0; lane < kLaneCount; ++lane) {
        const QRect r = laneRect(lane);
        p.setPen(look.rule);
        p.drawLine(r.bottomLeft(), r.bottomRight());
    }
    p.save();
    p.setClipRect(
        QRect(kContentLeft - 6, kAxisHeight, viewport()->width(), kLaneCount * kLaneHeight));
    const qint64 visibleFirst = dayAt(kContentLeft - 20);
    const qint64 visibleLast = dayAt(viewport()->width() + 20);

    // Gaps first, hatched, so the child and the adult see what nobody knows yet.
    for (const Gap &gap : std::as_const(m_gaps)) {
        if (gap.to < visibleFirst || gap.from > visibleLast)
            continue;
        const QRect lane = laneRect(0);
        const QRectF r(xOf(gap.from), lane.top() + 10, (gap.to - gap.from + 1) * m_pixelsPerDay,
                       lane.height() - 20);
        p.setPen(QPen(QColor(0xb0, 0x6a, 0x00), 1, Qt::DashLine));
        p.setBrush(QBrush(QColor(0xe0, 0x9a, 0x30, 140), Qt::BDiagPattern));
        p.drawRoundedRect(r, 6, 6);
        if (r.width() > 14) {
            p.setPen(look.contrast ? look.ink : QColor(0x8a, 0x52, 0x00));
            drawLabel(p, r, Qt::AlignCenter, QStringLiteral("?"));
        }
    }

    // Markers sharing a pixel would only be drawn on top of each other: draw one per pixel.
    double lastX[kLaneCount][3];
    double lastLabelEnd[kLaneCount];
    for (int lane = 0; lane < kLaneCount; ++lane) {
        lastLabelEnd[lane] = -1e9;
        for (double &x : lastX[lane])
            x = -1e9;
    }
    const bool labels = m_pixelsPerDay > 0.9;
    const Item *selected = nullptr;
    for (const Item &item : std::as_const(m_items)) {
        if (item.endDay < visibleFirst || item.day > visibleLast)
            continue;
        if (item.kind == m_selectedKind && item.id == m_selectedId)
            selected = &item;
        const QRect r = logicalRectOf(item);
        if (item.kind == Kind::Placement) {
            p.setPen(QPen(item.colour.darker(item.planned ? 160 : 130), item.planned ? 1.5 : 1,
                          item.planned ? Qt::DashLine : Qt::SolidLine));
            p.setBrush(item.planned ? item.colour.lighter(115) : item.colour);
            p.drawRoundedRect(QRectF(r), 6, 6);
            int warnWidth = 0;
            if (item.warn) {
                // Seen from the timeline too: a sibling or the carer has no plan yet.
                const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
                const int side = std::min(18, r.height() - 8);
                warning.paint(&p, QRect(r.left() + 6, r.center().y() - side / 2, side, side));
                warnWidth = side + 4;
            }
            const QRect text =
                r.adjusted(8 + warnWidth, 0, -6, 0)
                    .intersected(QRect(kContentLeft, r.top(), viewport()->width() - kContentLeft,
                                       r.height()));
            if (text.width() > 24) {
                p.setPen(look.onPastel);
                drawLabel(p, text, Qt::AlignVCenter | Qt::AlignLeft,
                          metrics.elidedText(item.label, Qt::ElideRight, text.width()));
            }
            continue;
        }
        double &last = lastX[item.lane][item.row];
        if (std::abs(r.center().x() - last) < 2 && selected != &item)
            continue;
        last = r.center().x();
        p.setPen(QPen(item.isPrivate ? look.muted : Qt::white, item.isPrivate ? 1.5 : 1.5,
                      item.isPrivate ? Qt::DotLine : Qt::SolidLine));
        p.setBrush(item.colour);
        if (item.kind == Kind::Memory) {
            p.drawEllipse(r);
            if (item.hasPhoto) {
                p.setBrush(Qt::white);
                p.setPen(Qt::NoPen);
                p.drawEllipse(QRectF(r.center().x() - 2.5, r.center().y() - 2.5, 5, 5));
            }
        } else if (item.kind == Kind::Voice) {
            // A speech bubble: a rounded box with a tail.
            const QRectF box = QRectF(r).adjusted(-1, -1, 1, -3);
            QPainterPath bubble;
            bubble.addRoundedRect(box, 3, 3);
            QPainterPath tail;
            tail.moveTo(box.left() + 3, box.bottom() - 1);
            tail.lineTo(box.left() + 2, box.bottom() + 4);
            tail.lineTo(box.left() + 8, box.bottom() - 1);
            tail.closeSubpath();
            p.drawPath(bubble.united(tail));
        } else {
            const QPointF c = QRectF(r).center();
            const QPolygonF diamond(
                {c + QPointF(0, -kMarkerRadius - 1), c + QPointF(kMarkerRadius + 1, 0),
                 c + QPointF(0, kMarkerRadius + 1), c + QPointF(-kMarkerRadius - 1, 0)});
            p.drawPolygon(diamond);
        }
        if (labels && item.row == 1) {
            const int x = r.right() + 4;
            if (x > lastLabelEnd[item.lane]) {
                const QString text = metrics.elidedText(item.label, Qt::ElideRight, 110);
                p.setPen(look.ink);
                drawLabel(p, QPointF(x, r.center().y() + metrics.ascent() / 2 - 1), text);
                lastLabelEnd[item.lane] = x + metrics.horizontalAdvance(text) + 8;
            }
        }
    }
    if (selected) {
        const QRect r = logicalRectOf(*selected).adjusted(-4, -4, 4, 4);
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(look.focus, hasFocus() ? 3 : 2));
        if (selected->kind == Kind::Placement)
            p.drawRoundedRect(QRectF(r), 8, 8);
        else
            p.drawEllipse(r);
    }
    p.restore();

    // Lane names in a column of their own, over anything scrolled beneath.
    p.fillRect(QRect(0, kAxisHeight, kLabelWidth, kLaneCount * kLaneHeight), look.panel);
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(look.ink);
    for (int lane = 0; lane < kLaneCount; ++lane) {
        const QRect r = laneRect(lane).adjusted(10, 0, 0, 0);
        drawLabel(p, QRect(r.left(), r.top(), kLabelWidth - 16, r.height()),
                  Qt::AlignVCenter | Qt::AlignLeft | Qt::TextWordWrap, laneNames[lane]);
    }
    p.setFont(font());
}

void TimelineView::drawLabel(QPainter &p, const QRectF &logical, int flags,
                             const QString &text) const
{
    if (!isRightToLeft()) {
        p.drawText(logical, flags, text);
        return;
    }
    // Leading alignment follows the reading direction. Absolute, so Qt does not swap it back
    // for right-to-left text.
    if (flags & Qt::AlignLeft)
        flags = (flags & ~Qt::AlignLeft) | Qt::AlignRight | Qt::AlignAbsolute;
    else if (flags & Qt::AlignRight)
        flags = (flags & ~Qt::AlignRight) | Qt::AlignLeft | Qt::AlignAbsolute;
    p.save();
    p.resetTransform(); // the clip stays where the mirrored painter put it
    p.drawText(QRectF(viewport()->width() - logical.right(), logical.top(), logical.width(),
                      logical.height()),
               flags, text);
    p.restore();
}

void TimelineView::drawLabel(QPainter &p, QPointF baselineStart, const QString &text) const
{
    const QFontMetricsF metrics(p.font());
    drawLabel(p,
              QRectF(baselineStart.x(), baselineStart.y() - metrics.ascent(),
                     metrics.horizontalAdvance(text) + 1, metrics.height()),
              Qt::AlignLeft | Qt::AlignTop, text);
}
