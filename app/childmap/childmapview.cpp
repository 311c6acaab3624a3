// SPDX-License-Identifier: GPL-3.0-or-later
#include "childmapview.h"

#include "childmapcommands.h"
#include "childmapdocument.h"
#include "vocabulary.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QUndoStack>

#include <cmath>

ChildMapView::ChildMapView(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("My people: how close each person feels"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ChildMapView::setDocument(ChildMapDocument *doc, QUndoStack *stack)
{
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = doc;
    m_stack = stack;
    if (m_doc) {
        connect(m_doc, &ChildMapDocument::reset, this, &ChildMapView::refresh);
        connect(m_doc, &ChildMapDocument::changed, this, &ChildMapView::refresh);
    }
    refresh();
}

void ChildMapView::showPicture(const ChildMapPicture &picture)
{
    m_picture = picture;
    describe();
    update();
}

void ChildMapView::refresh()
{
    if (!m_doc)
        return;
    m_picture = ChildMapPicture();
    m_picture.setChildName(m_doc->model().child().displayName());
    for (const Person &p : m_doc->people())
        m_picture.setPerson(p.id, p.displayName());
    m_picture.setMap(m_doc->latest().value_or(ChildMap{}));
    if (m_selected != kNoId && !m_picture.map().place(m_selected))
        select(kNoId);
    describe();
    update();
}

// What a screen reader says: everyone on the map, ring by ring.
void ChildMapView::describe()
{
    QStringList parts;
    for (const ChildMapPlace &p : m_picture.map().places) {
        QString line =
            tr("%1: %2").arg(m_picture.name(p.personId), ChildMapCompare::ringName(int(p.ring)));
        if (p.feeling)
            line += QStringLiteral(", ") + Vocabulary::feelingName(*p.feeling);
        parts << line;
    }
    setAccessibleDescription(parts.isEmpty() ? tr("Nobody is on the map yet.")
                                             : parts.join(QStringLiteral("; ")));
}

QRectF ChildMapView::area() const
{
    return QRectF(rect()).adjusted(8, 8, -8, -8);
}

void ChildMapView::select(ItemId personId)
{
    if (m_selected == personId)
        return;
    m_selected = personId;
    update();
    emit selectionChanged(personId);
}

double ChildMapView::freeAngle(const ChildMap &map, ChildMapPlace::Ring ring, ItemId except)
{
    // Each ring starts somewhere else, and nobody is put on the rings' names at the top.
    const double start = 60 - 120.0 * int(ring);
    double best = start;
    double bestGap = -1;
    for (int step = 0; step < 24; ++step) {
        const double candidate = std::fmod(start - step * 15.0 + 720, 360.0);
        if (std::abs(candidate - 90) < 25)
            continue;
        double nearest = 360;
        for (const ChildMapPlace &p : map.places) {
            if (p.ring != ring || p.personId == except)
                continue;
            double gap = std::fmod(std::abs(candidate - p.angle), 360.0);
            nearest = std::min(nearest, std::min(gap, 360 - gap));
        }
        if (nearest > bestGap + 0.01) {
            bestGap = nearest;
            best = candidate;
        }
    }
    return best;
}

void ChildMapView::place(const ChildMapPlace &place)
{
    if (m_doc && m_stack)
        Command::placeOnChildMap(*m_stack, *m_doc, place);
}

void ChildMapView::put(ItemId personId, ChildMapPlace::Ring ring)
{
    if (!m_doc)
        return;
    const ChildMap current = m_doc->workingCopy();
    ChildMapPlace p;
    if (const ChildMapPlace *already = current.place(personId))
        p = *already;
    p.personId = personId;
    p.ring = ring;
    p.angle = freeAngle(current, ring, personId);
    place(p);
    select(personId);
}

void ChildMapView::moveSelected(int rings)
{
    const ChildMapPlace *now = m_picture.map().place(m_selected);
    if (!now || !m_doc)
        return;
    const int ring = std::clamp(int(now->ring) + rings, 0, ChildMapPlace::kRingCount - 1);
    if (ring == int(now->ring))
        return;
    ChildMapPlace p = *now;
    p.ring = ChildMapPlace::Ring(ring);
    // The same direction from "Me" where there is room there: a child follows the person
    // straight in or out instead of looking for where they went.
    bool crowded = false;
    for (const ChildMapPlace &other : m_doc->workingCopy().places) {
        const double gap = std::fmod(std::abs(other.angle - p.angle), 360.0);
        crowded |=
            other.personId != p.personId && other.ring == p.ring && std::min(gap, 360 - gap) < 25;
    }
    if (crowded)
        p.angle = freeAngle(m_doc->workingCopy(), p.ring, p.personId);
    place(p);
}

void ChildMapView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setFont(font());
    if (m_dragging != kNoId) {
        // Drawn where the finger is while it moves.
        ChildMapPicture moving = m_picture;
        ChildMap map = moving.map();
        for (ChildMapPlace &p : map.places) {
            if (p.personId == m_dragging)
                p.ring = ChildMapPicture::ringAt(m_dragAt, area(), &p.angle);
        }
        moving.setMap(map);
        moving.paint(painter, area(), m_selected);
    } else {
        m_picture.paint(painter, area(), m_selected);
    }
    if (hasFocus()) {
        painter.setPen(QPen(QColor(0x1a, 0x5f, 0xb4), 3));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5), 6, 6);
    }
}

void ChildMapView::mousePressEvent(QMouseEvent *event)
{
    const ItemId hit = m_picture.personAt(event->position(), area());
    select(hit);
    if (hit != kNoId && m_doc && m_stack) {
        m_dragging = hit;
        m_dragAt = event->position();
    }
    setFocus(Qt::MouseFocusReason);
}

void ChildMapView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging == kNoId)
        return;
    m_dragAt = event->position();
    update();
}

void ChildMapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragging == kNoId)
        return;
    const ItemId who = m_dragging;
    m_dragging = kNoId;
    const ChildMapPlace *now = m_picture.map().place(who);
    if (!now)
        return;
    ChildMapPlace p = *now;
    p.ring = ChildMapPicture::ringAt(event->position(), area(), &p.angle);
    if (QLineF(event->position(), m_picture.centreOf(*now, area())).length() < 6)
        return update(); // a tap, not a drag
    place(p);
    update();
}

void ChildMapView::keyPressEvent(QKeyEvent *event)
{
    const QList<ChildMapPlace> &places = m_picture.map().places;
    qsizetype at = -1;
    for (qsizetype i = 0; i < places.size(); ++i) {
        if (places[i].personId == m_selected)
            at = i;
    }
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
        if (!places.isEmpty()) {
            const int step = (event->key() == Qt::Key_Right) != rtl ? 1 : -1;
            const qsizetype next = at < 0 ? 0 : (at + step + places.size()) % places.size();
            select(places[next].personId);
        }
        return;
    case Qt::Key_Up:
        if (m_doc && m_stack)
            moveSelected(-1);
        return;
    case Qt::Key_Down:
        if (m_doc && m_stack)
            moveSelected(1);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}
