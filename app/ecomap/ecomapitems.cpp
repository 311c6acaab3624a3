// SPDX-License-Identifier: GPL-3.0-or-later
#include "ecomapitems.h"

#include "look.h"

#include "notation.h"
#include "vocabulary.h"

#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace {

QFont cardFont(int pixelSize, bool bold)
{
    QFont f;
    f.setPixelSize(pixelSize);
    f.setBold(bold);
    return f;
}

const QFont &nameFont()
{
    static const QFont f = cardFont(15, true);
    return f;
}

const QFont &roleFont()
{
    static const QFont f = cardFont(11, false);
    return f;
}

constexpr qreal kTextLeft = -PersonItem::kWidth / 2 + 9 + (PersonItem::kHeight - 18) + 9;
constexpr qreal kTextWidth = PersonItem::kWidth / 2 - 8 - kTextLeft;

QString initialOf(const QString &name)
{
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            return QString(c).toUpper();
    }
    return QStringLiteral("?");
}

constexpr qreal kAvatarSide = PersonItem::kHeight - 18;

// A photo as a round picture `side` pixels across, cropped to its centre.
QImage roundAvatar(const QImage &photo, int side = int(kAvatarSide * 3))
{
    if (photo.isNull())
        return {};
    const QImage scaled =
        photo.scaled(side, side, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
    QImage avatar(side, side, QImage::Format_ARGB32_Premultiplied);
    avatar.fill(Qt::transparent);
    QPainter p(&avatar);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::white);
    p.drawEllipse(QRectF(0, 0, side, side));
    p.setCompositionMode(QPainter::CompositionMode_SourceIn);
    p.drawImage(QPointF((side - scaled.width()) / 2.0, (side - scaled.height()) / 2.0), scaled);
    return avatar;
}

QStaticText staticText(const QString &text, const QFont &font)
{
    QStaticText t(text);
    t.setTextFormat(Qt::PlainText);
    t.setPerformanceHint(QStaticText::AggressiveCaching);
    t.prepare(QTransform(), font);
    return t;
}

const QFont &initialFont()
{
    static const QFont f = cardFont(int(kAvatarSide * 0.5), true);
    return f;
}

// Where the segment from `outside` towards the centre of `rect` crosses the rect's edge.
QPointF edgePoint(const QRectF &rect, QPointF outside)
{
    const QPointF c = rect.center();
    const QPointF d = outside - c;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return c;
    const qreal sx = qAbs(d.x()) > 1e-9 ? (rect.width() / 2) / qAbs(d.x()) : 1e9;
    const qreal sy = qAbs(d.y()) > 1e-9 ? (rect.height() / 2) / qAbs(d.y()) : 1e9;
    const qreal s = qMin(sx, sy);
    return c + d * qMin(s, 1.0);
}

QPointF attachPoint(QGraphicsItem *item, QPointF towards)
{
    if (auto *child = dynamic_cast<ChildItem *>(item)) {
        const QPointF c = child->scenePos();
        const QLineF line(c, towards);
        if (line.length() < 1)
            return c;
        return line.pointAt(qMin(1.0, (ChildItem::kRadius * child->scale() + 2) / line.length()));
    }
    return edgePoint(item->sceneBoundingRect().adjusted(-2, -2, 2, 2), towards);
}

} // namespace

// ---- PersonItem ------------------------------------------------------------------------------

PersonItem::PersonItem(const Person &person, const QImage &photo)
    : m_person(person)
    , m_avatar(roundAvatar(photo))
{
    setFlags(ItemIsMovable | ItemIsSelectable | ItemIsFocusable | ItemSendsGeometryChanges);
    setCursor(Qt::OpenHandCursor);
    setZValue(2);
    // Cards are redrawn from a cached pixmap unless they change: repainting 300 of them stays
    // cheap while one is dragged.
    setCacheMode(DeviceCoordinateCache);
    layoutText();
}

void PersonItem::layoutText()
{
    const QString name =
        m_person.displayName().isEmpty() ? QStringLiteral("…") : m_person.displayName();
    const QString role =
        m_person.roleDetail.isEmpty() ? Vocabulary::roleName(m_person.role) : m_person.roleDetail;
    m_nameText = staticText(QFontMetricsF(nameFont()).elidedText(name, Qt::ElideRight, kTextWidth),
                            nameFont());
    m_roleText = staticText(QFontMetricsF(roleFont()).elidedText(role, Qt::ElideRight, kTextWidth),
                            roleFont());
    m_initialText = staticText(initialOf(m_person.displayName()), initialFont());
    setToolTip(accessibleName());
}

void PersonItem::setPerson(const Person &person, const QImage &photo)
{
    prepareGeometryChange();
    m_person = person;
    m_avatar = roundAvatar(photo);
    layoutText();
    update();
}

void PersonItem::setDimmed(bool dimmed)
{
    if (m_dimmed == dimmed)
        return;
    m_dimmed = dimmed;
    setOpacity(dimmed ? 0.35 : 1.0);
}

QString PersonItem::accessibleName() const
{
    const QString name =
        m_person.displayName().isEmpty() ? tr("Someone with no name yet") : m_person.displayName();
    return tr("%1, %2").arg(name, m_person.roleDetail.isEmpty()
                                      ? Vocabulary::roleName(m_person.role)
                                      : m_person.roleDetail);
}

QRectF PersonItem::boundingRect() const
{
    return QRectF(-kWidth / 2 - 4, -kHeight / 2 - 4, kWidth + 8, kHeight + 8);
}

QPainterPath PersonItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(QRectF(-kWidth / 2, -kHeight / 2, kWidth, kHeight), 14, 14);
    return path;
}

void PersonItem::paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF card(-kWidth / 2, -kHeight / 2, kWidth, kHeight);
    const QColor accent = Notation::roleColor(m_person.role);
    const bool selected = option->state & QStyle::State_Selected;
    const bool focused = option->state & QStyle::State_HasFocus;
    p->setRenderHint(QPainter::Antialiasing);
    // soft shadow
    p->setPen(Qt::NoPen);
    p->setBrush(QColor(0, 0, 0, 28));
    p->drawRoundedRect(card.translated(0, 2.5), 14, 14);
    const Look::Colours &look = Look::colours();
    p->setBrush(look.card);
    p->setPen(
        QPen(selected || focused ? look.focus : accent.darker(110), selected || focused ? 3 : 1.6));
    p->drawRoundedRect(card, 14, 14);

    const QRectF avatar(card.left() + 9, card.top() + 9, kAvatarSide, kAvatarSide);
    if (!m_avatar.isNull()) {
        p->setRenderHint(QPainter::SmoothPixmapTransform);
        p->drawImage(avatar, m_avatar);
    } else {
        p->setPen(Qt::NoPen);
        p->setBrush(accent);
        p->drawEllipse(avatar);
        p->setFont(initialFont());
        p->setPen(Qt::white);
        const QSizeF initial = m_initialText.size();
        p->drawStaticText(avatar.center() - QPointF(initial.width(), initial.height()) / 2,
                          m_initialText);
    }

    const qreal nameHeight = QFontMetricsF(nameFont()).height();
    p->setFont(nameFont());
    p->setPen(look.ink);
    p->drawStaticText(QPointF(kTextLeft, card.top() + 8), m_nameText);
    p->setFont(roleFont());
    p->setPen(look.muted);
    p->drawStaticText(QPointF(kTextLeft, card.top() + 10 + nameHeight), m_roleText);
    if (m_person.isPrivate) {
        p->setPen(QPen(look.broken, 1, Qt::DashLine));
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(card.adjusted(3, 3, -3, -3), 11, 11);
    }
}

QVariant PersonItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged)
        emit geometryChanged();
    return QGraphicsObject::itemChange(change, value);
}

void PersonItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    m_pressPosition = pos();
    setCursor(Qt::ClosedHandCursor);
    QGraphicsObject::mousePressEvent(event);
}

void PersonItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsObject::mouseReleaseEvent(event);
    setCursor(Qt::OpenHandCursor);
    if (pos() != m_pressPosition)
        emit moved(m_person.id, m_pressPosition, pos());
}

void PersonItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    event->accept();
    emit activated(m_person.id);
}

void PersonItem::keyPressEvent(QKeyEvent *event)
{
    QPointF step;
    const qreal distance = event->modifiers() & Qt::ShiftModifier ? 40 : 10;
    switch (event->key()) {
    case Qt::Key_Left:
        step = QPointF(-distance, 0);
        break;
    case Qt::Key_Right:
        step = QPointF(distance, 0);
        break;
    case Qt::Key_Up:
        step = QPointF(0, -distance);
        break;
    case Qt::Key_Down:
        step = QPointF(0, distance);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_F2:
        emit activated(m_person.id);
        return;
    default:
        QGraphicsObject::keyPressEvent(event);
        return;
    }
    const QPointF from = pos();
    setPos(from + step);
    emit moved(m_person.id, from, pos());
}

// ---- ChildItem -------------------------------------------------------------------------------

ChildItem::ChildItem(const QString &name, const QImage &photo)
    : m_name(name)
    , m_photo(roundAvatar(photo, int(kRadius * 4)))
{
    setZValue(3);
    setToolTip(name);
    setCacheMode(DeviceCoordinateCache);
}

void ChildItem::setName(const QString &name)
{
    m_name = name;
    setToolTip(name);
    update();
}

void ChildItem::setPhoto(const QImage &photo)
{
    m_photo = roundAvatar(photo, int(kRadius * 4));
    update();
}

void ChildItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    event->accept();
    emit activated();
}

QRectF ChildItem::boundingRect() const
{
    return QRectF(-kRadius - 4, -kRadius - 4, 2 * kRadius + 8, 2 * kRadius + 8);
}

QPainterPath ChildItem::shape() const
{
    QPainterPath path;
    path.addEllipse(QPointF(), kRadius, kRadius);
    return path;
}

void ChildItem::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(Qt::NoPen);
    p->setBrush(QColor(0, 0, 0, 30));
    p->drawEllipse(QPointF(0, 3), kRadius, kRadius);
    QRadialGradient g(QPointF(-20, -25), kRadius * 1.6);
    g.setColorAt(0, QColor(0xff, 0xc0, 0x7a));
    g.setColorAt(1, QColor(0xf2, 0x6b, 0x5b));
    p->setBrush(g);
    p->setPen(QPen(Qt::white, 4));
    p->drawEllipse(QPointF(), kRadius, kRadius);
    QFont f = p->font();
    f.setBold(true);
    f.setPixelSize(20);
    const QFontMetricsF metrics(f);
    p->setFont(f);
    if (m_photo.isNull()) {
        p->setPen(Qt::white);
        const QRectF text(-kRadius + 8, -kRadius + 8, 2 * kRadius - 16, 2 * kRadius - 16);
        p->drawText(text, Qt::AlignCenter,
                    metrics.elidedText(m_name, Qt::ElideRight, text.width()));
        return;
    }
    // The child's own picture fills the circle; their name sits on a band across the bottom.
    const QRectF circle(-kRadius + 2, -kRadius + 2, 2 * kRadius - 4, 2 * kRadius - 4);
    p->setRenderHint(QPainter::SmoothPixmapTransform);
    p->drawImage(circle, m_photo);
    QPainterPath band;
    band.addEllipse(circle);
    QPainterPath lower;
    lower.addRect(QRectF(-kRadius, kRadius * 0.32, 2 * kRadius, kRadius));
    p->setPen(Qt::NoPen);
    p->setBrush(QColor(0xc4, 0x4b, 0x3d, 215));
    p->drawPath(band.intersected(lower));
    p->setPen(Qt::white);
    const QRectF text(-kRadius * 0.8, kRadius * 0.34, kRadius * 1.6, kRadius * 0.45);
    p->drawText(text, Qt::AlignCenter, metrics.elidedText(m_name, Qt::ElideRight, text.width()));
}

// ---- TieItem ---------------------------------------------------------------------------------

TieItem::TieItem(const Relationship &relationship, QGraphicsItem *a, QGraphicsItem *b)
    : m_relationship(relationship)
    , m_a(a)
    , m_b(b)
{
    setZValue(1);
    setAcceptHoverEvents(true);
    setFlag(ItemIsSelectable);
    updatePath();
}

void TieItem::setRelationship(const Relationship &relationship)
{
    m_relationship = relationship;
    updatePath();
}

void TieItem::setHighlighted(bool highlighted)
{
    if (m_highlighted != highlighted) {
        m_highlighted = highlighted;
        update();
    }
}

void TieItem::updatePath()
{
    m_start = attachPoint(m_a, m_b->scenePos());
    m_end = attachPoint(m_b, m_a->scenePos());
    setPath(Notation::tiePath(m_relationship.kind, m_start, m_end));
    m_lines = Notation::tieLines(m_relationship.kind, m_start, m_end);
    m_arrows.clear();
    const qreal size = 9 + Notation::style(m_relationship.kind).pen.widthF();
    if (Notation::arrowAtB(m_relationship.direction))
        m_arrows << Notation::arrowHead(m_start, m_end, size);
    if (Notation::arrowAtA(m_relationship.direction))
        m_arrows << Notation::arrowHead(m_end, m_start, size);
    QString tip = Vocabulary::kindName(m_relationship.kind);
    if (m_relationship.contact != Relationship::Contact::NotSet)
        tip += QStringLiteral(" · ") + Vocabulary::contactName(m_relationship.contact);
    setToolTip(tip);
}

QRectF TieItem::boundingRect() const
{
    return QGraphicsPathItem::boundingRect().adjusted(-14, -14, 14, 14);
}

QPainterPath TieItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(14);
    return stroker.createStroke(path());
}

void TieItem::paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *)
{
    p->setRenderHint(QPainter::Antialiasing);
    const Notation::Style s = Notation::style(m_relationship.kind);
    QPen pen = s.pen;
    if (m_highlighted || (option->state & QStyle::State_Selected)) {
        QColor focus = Look::colours().focus;
        focus.setAlpha(110);
        QPen halo(m_highlighted ? Notation::endedWithAHome() : focus, pen.widthF() + 8,
                  Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        p->setPen(halo);
        p->drawPath(path());
    }
    p->setPen(pen);
    p->drawLines(m_lines);
    p->setPen(Qt::NoPen);
    p->setBrush(pen.color());
    for (const QPolygonF &arrow : m_arrows)
        p->drawPolygon(arrow);
}

// ---- GroupItem -------------------------------------------------------------------------------

GroupItem::GroupItem(const EcomapGroup &group)
    : m_group(group)
{
    setZValue(0.5);
    setFlag(ItemIsSelectable);
    setToolTip(group.name);
}

void GroupItem::setGroup(const EcomapGroup &group)
{
    m_group = group;
    setToolTip(group.name);
    update();
}

void GroupItem::setMemberRects(const QList<QRectF> &rects)
{
    QRectF outline;
    for (const QRectF &r : rects)
        outline = outline.united(r);
    prepareGeometryChange();
    // The label sits along the bottom edge: the top is often under the child at the centre.
    m_outline = outline.isNull() ? QRectF() : outline.adjusted(-16, -16, 16, 34);
    setVisible(!m_outline.isNull());
}

QRectF GroupItem::boundingRect() const
{
    return m_outline.adjusted(-4, -4, 4, 4);
}

QPainterPath GroupItem::shape() const
{
    // Only the outline and its label take clicks, so cards inside stay easy to grab.
    QPainterPath outline;
    outline.addRoundedRect(m_outline, 22, 22);
    QPainterPathStroker stroker;
    stroker.setWidth(12);
    QPainterPath path = stroker.createStroke(outline);
    path.addRect(QRectF(m_outline.left() + 14, m_outline.bottom() - 28, 220, 24));
    return path;
}

void GroupItem::paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (m_outline.isNull())
        return;
    p->setRenderHint(QPainter::Antialiasing);
    const bool selected = option->state & QStyle::State_Selected;
    const Look::Colours &look = Look::colours();
    const bool contrast = look.contrast;
    p->setPen(QPen(selected   ? look.focus
                   : contrast ? look.rule
                              : QColor(0x9b, 0x7b, 0x62),
                   selected ? 2.5 : 1.6, Qt::DashLine));
    p->setBrush(QColor(0xff, 0xff, 0xff, 70));
    p->drawRoundedRect(m_outline, 22, 22);
    QFont f;
    f.setPixelSize(13);
    f.setBold(true);
    p->setFont(f);
    p->setPen(contrast ? look.ink : QColor(0x7a, 0x5c, 0x45));
    const QRectF label(m_outline.left() + 16, m_outline.bottom() - 28, m_outline.width() - 32, 22);
    p->drawText(label, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                QFontMetricsF(f).elidedText(m_group.name, Qt::ElideRight, label.width()));
}
