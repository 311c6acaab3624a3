// SPDX-License-Identifier: GPL-3.0-or-later
#include "ecomapscene.h"

#include "commands.h"
#include "ecomapitems.h"
#include "look.h"
#include "notation.h"
#include "vocabulary.h"

#include <QActionGroup>
#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsView>
#include <QMenu>
#include <QPainter>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

EcomapScene::EcomapScene(EcomapDocument &doc, QUndoStack &stack, QObject *parent)
    : QGraphicsScene(parent)
    , m_doc(doc)
    , m_stack(stack)
{
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    connect(&doc, &EcomapDocument::reset, this, &EcomapScene::rebuild);
    connect(&doc, &EcomapDocument::personAdded, this, [this](ItemId id) {
        addPersonItem(id);
        // Someone put back on the map: their lines are drawn again.
        for (const Relationship &r : m_doc.relationshipsOf(id))
            addTieItem(r.id);
        applyDateFilter();
    });
    connect(&doc, &EcomapDocument::personChanged, this, [this](ItemId id) {
        if (PersonItem *item = m_people.value(id))
            item->setPerson(*m_doc.person(id), m_doc.photoOf(id));
    });
    connect(&doc, &EcomapDocument::personRemoved, this,
            [this](ItemId id) { delete m_people.take(id); });
    // Off the map but still in the story: their card goes, and any line drawn to it.
    connect(&doc, &EcomapDocument::personLeftMap, this, [this](ItemId id) {
        for (auto it = m_ties.begin(); it != m_ties.end();) {
            const auto r = m_doc.relationship(it.key());
            if (r && (r->personA == id || r->personB == id)) {
                delete it.value();
                it = m_ties.erase(it);
            } else {
                ++it;
            }
        }
        delete m_people.take(id);
        setSceneRect(contentsRect());
    });
    connect(&doc, &EcomapDocument::personMoved, this, [this](ItemId id) {
        if (PersonItem *item = m_people.value(id)) {
            if (item->pos() != m_doc.position(id))
                item->setPos(m_doc.position(id));
            updateTiesOf(id);
            setSceneRect(contentsRect());
        }
    });
    connect(&doc, &EcomapDocument::relationshipAdded, this, [this](ItemId id) {
        addTieItem(id);
        applyDateFilter();
    });
    connect(&doc, &EcomapDocument::relationshipChanged, this, [this](ItemId id) {
        if (TieItem *tie = m_ties.value(id))
            tie->setRelationship(*m_doc.relationship(id));
        applyDateFilter();
    });
    connect(&doc, &EcomapDocument::relationshipRemoved, this, &EcomapScene::removeTieItem);
    connect(&doc, &EcomapDocument::groupAdded, this, &EcomapScene::addGroupItem);
    connect(&doc, &EcomapDocument::childChanged, this, [this] {
        m_child->setName(m_doc.child().displayName());
        m_child->setPhoto(m_doc.childPhoto());
    });
    connect(&doc, &EcomapDocument::groupChanged, this, &EcomapScene::updateGroup);
    connect(&doc, &EcomapDocument::groupRemoved, this,
            [this](ItemId id) { delete m_groups.take(id); });
    rebuild();
}

void EcomapScene::rebuild()
{
    clear(); // deletes every item
    m_people.clear();
    m_ties.clear();
    m_groups.clear();
    m_child = new ChildItem(m_doc.child().displayName(), m_doc.childPhoto());
    addItem(m_child);
    connect(m_child, &ChildItem::activated, this, &EcomapScene::childActivated);
    m_child->setScale(m_cardScale);
    for (const Person &p : m_doc.peopleOnMap())
        addPersonItem(p.id);
    for (const Relationship &r : m_doc.relationships())
        addTieItem(r.id);
    for (const EcomapGroup &g : m_doc.groups())
        addGroupItem(g.id);
    applyDateFilter();
    setSceneRect(contentsRect());
}

void EcomapScene::setCardScale(qreal scale)
{
    m_cardScale = scale;
    if (m_child)
        m_child->setScale(scale);
    for (PersonItem *card : std::as_const(m_people))
        card->setScale(scale); // ties follow: they attach to the cards' scene outlines
    for (TieItem *tie : std::as_const(m_ties))
        tie->updatePath();
    setSceneRect(contentsRect());
}

void EcomapScene::addPersonItem(ItemId id)
{
    const auto person = m_doc.person(id);
    if (!person || m_people.contains(id) || !m_doc.isOnMap(id))
        return;
    auto *item = new PersonItem(*person, m_doc.photoOf(id));
    item->setPos(m_doc.position(id));
    item->setScale(m_cardScale);
    addItem(item);
    m_people.insert(id, item);
    connect(item, &PersonItem::geometryChanged, this, [this, id] { updateTiesOf(id); });
    connect(item, &PersonItem::moved, this, [this](ItemId pid, QPointF from, QPointF to) {
        Command::movePerson(m_stack, m_doc, pid, from, to);
    });
    connect(item, &PersonItem::activated, this, &EcomapScene::personActivated);
}

QGraphicsItem *EcomapScene::endItem(ItemId personId) const
{
    if (personId == kChildId)
        return m_child;
    return m_people.value(personId);
}

void EcomapScene::addTieItem(ItemId id)
{
    const auto r = m_doc.relationship(id);
    if (!r || m_ties.contains(id))
        return;
    QGraphicsItem *a = endItem(r->personA);
    QGraphicsItem *b = endItem(r->personB);
    if (!a || !b)
        return;
    auto *tie = new TieItem(*r, a, b);
    addItem(tie);
    m_ties.insert(id, tie);
}

void EcomapScene::removeTieItem(ItemId id)
{
    delete m_ties.take(id);
}

void EcomapScene::updateTiesOf(ItemId personId)
{
    for (TieItem *tie : std::as_const(m_ties)) {
        const Relationship &r = tie->relationship();
        if (r.personA == personId || r.personB == personId)
            tie->updatePath();
    }
    for (GroupItem *g : std::as_const(m_groups)) {
        if (g->group().memberIds.contains(personId))
            updateGroup(g->groupId());
    }
}

void EcomapScene::addGroupItem(ItemId id)
{
    const auto group = m_doc.group(id);
    if (!group || m_groups.contains(id))
        return;
    auto *item = new GroupItem(*group);
    addItem(item);
    m_groups.insert(id, item);
    updateGroup(id);
}

void EcomapScene::updateGroup(ItemId id)
{
    GroupItem *item = m_groups.value(id);
    const auto group = m_doc.group(id);
    if (!item || !group)
        return;
    item->setGroup(*group);
    QList<QRectF> rects;
    for (ItemId member : group->memberIds) {
        if (PersonItem *p = m_people.value(member))
            rects << p->sceneBoundingRect();
    }
    item->setMemberRects(rects);
}

QList<ItemId> EcomapScene::selectedPersonIds() const
{
    QList<ItemId> ids;
    for (QGraphicsItem *item : selectedItems()) {
        if (auto *p = dynamic_cast<PersonItem *>(item))
            ids << p->personId();
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void EcomapScene::setAsOfDate(QDate date)
{
    m_asOf = date;
    applyDateFilter();
}

void EcomapScene::setPlacementEndings(const QList<QDate> &endings)
{
    m_placementEndings = endings;
    applyDateFilter();
}

bool EcomapScene::endedWithPlacement(const Relationship &r) const
{
    if (r.to.isUnknown())
        return false;
    const QDate end = r.to.representativeDay();
    return std::any_of(m_placementEndings.cbegin(), m_placementEndings.cend(),
                       [&end](QDate d) { return qAbs(d.daysTo(end)) <= 31; });
}

void EcomapScene::applyDateFilter()
{
    QSet<ItemId> connected;
    for (TieItem *tie : std::as_const(m_ties)) {
        const Relationship &r = tie->relationship();
        const bool active = !m_asOf.isValid() || r.isActiveOn(m_asOf);
        tie->setVisible(active);
        tie->setHighlighted(active && endedWithPlacement(r));
        if (active) {
            connected.insert(r.personA);
            connected.insert(r.personB);
        }
    }
    for (PersonItem *item : std::as_const(m_people))
        item->setDimmed(m_asOf.isValid() && !connected.contains(item->personId()));
}

QList<PersonItem *> EcomapScene::personItemsInOrder() const
{
    QList<PersonItem *> items = m_people.values();
    auto angle = [](const PersonItem *item) {
        const qreal a = std::atan2(item->pos().x(), -item->pos().y()); // 0 at the top
        return a < 0 ? a + 2 * M_PI : a;
    };
    std::sort(items.begin(), items.end(),
              [&angle](const PersonItem *a, const PersonItem *b) { return angle(a) < angle(b); });
    return items;
}

ItemId EcomapScene::selectedPersonId() const
{
    for (QGraphicsItem *item : selectedItems()) {
        if (auto *p = dynamic_cast<PersonItem *>(item))
            return p->personId();
    }
    if (auto *p = dynamic_cast<PersonItem *>(focusItem()))
        return p->personId();
    return kNoId;
}

ItemId EcomapScene::selectedRelationshipId() const
{
    for (QGraphicsItem *item : selectedItems()) {
        if (auto *t = dynamic_cast<TieItem *>(item))
            return t->relationshipId();
    }
    return kNoId;
}

QRectF EcomapScene::contentsRect() const
{
    QRectF rect = itemsBoundingRect();
    const qreal r = Notation::kRingRadii[2];
    rect = rect.united(QRectF(-r, -r, 2 * r, 2 * r));
    return rect.adjusted(-30, -30, 30, 30);
}

void EcomapScene::drawBackground(QPainter *p, const QRectF &rect)
{
    const Look::Colours &look = Look::colours();
    p->fillRect(rect, look.paper);
    p->setRenderHint(QPainter::Antialiasing);
    static const QColor fills[3] = {QColor(0xfd, 0xe8, 0xd7), QColor(0xfc, 0xf0, 0xe4),
                                    QColor(0xfd, 0xf6, 0xee)};
    for (int ring = 2; ring >= 0; --ring) {
        const qreal r = Notation::kRingRadii[ring];
        p->setPen(QPen(look.contrast ? look.rule : QColor(0xe3, 0xcf, 0xbd), 1.5, Qt::DashLine));
        p->setBrush(look.contrast ? look.paper : fills[ring]);
        p->drawEllipse(QPointF(), r, r);
    }
    QFont f = p->font();
    f.setPixelSize(13);
    p->setPen(look.contrast ? look.muted : QColor(0xb0, 0x8f, 0x76));
    for (int ring = 0; ring < 3; ++ring) {
        const qreal inner = ring == 0 ? ChildItem::kRadius : Notation::kRingRadii[ring - 1];
        const qreal y = -(inner + Notation::kRingRadii[ring]) / 2;
        const QString name = Notation::ringName(ring);
        // Italic where the font has the letters in italic; Arabic has no italic, and an italic
        // face without its letters would draw empty boxes.
        QFont italic = f;
        italic.setItalic(true);
        const QFontMetrics metrics(italic);
        const bool hasLetters = std::all_of(name.cbegin(), name.cend(), [&](QChar c) {
            return !c.isLetter() || metrics.inFont(c);
        });
        p->setFont(hasLetters ? italic : f);
        p->drawText(QRectF(-120, y - 10, 240, 20), Qt::AlignCenter, name);
    }
}

bool EcomapScene::focusNextPerson(bool forward)
{
    const QList<PersonItem *> order = personItemsInOrder();
    auto *current = dynamic_cast<PersonItem *>(focusItem());
    qsizetype i = current ? order.indexOf(current) : -1;
    if (order.isEmpty() || (forward && i == order.size() - 1) || (!forward && i == 0)) {
        // Past the last person: let focus leave the map.
        clearSelection();
        setFocusItem(nullptr);
        return false;
    }
    i = forward ? i + 1 : (i < 0 ? order.size() - 1 : i - 1);
    clearSelection();
    order[i]->setSelected(true);
    setFocusItem(order[i]);
    for (QGraphicsView *view : views())
        view->ensureVisible(order[i]);
    return true;
}

void EcomapScene::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    QGraphicsItem *under = itemAt(event->scenePos(), QTransform());
    QMenu menu;
    if (dynamic_cast<ChildItem *>(under)) {
        menu.addAction(tr("&About %1…").arg(m_doc.child().displayName()), this,
                       &EcomapScene::childActivated);
    } else if (auto *person = dynamic_cast<PersonItem *>(under)) {
        const ItemId id = person->personId();
        clearSelection();
        person->setSelected(true);
        menu.addAction(tr("&Change…"), this, [this, id] { emit personActivated(id); });
        menu.addAction(tr("C&onnect to someone else…"), this,
                       [this, id] { emit connectRequested(id); });
        menu.addSeparator();
        menu.addAction(tr("&Remove…"), this, [this, id] { emit removeRequested(id); });
    } else if (auto *tie = dynamic_cast<TieItem *>(under)) {
        const Relationship r = tie->relationship();
        auto *kinds = new QActionGroup(&menu);
        for (int k = 0; k < Relationship::kKindCount; ++k) {
            const auto kind = Relationship::Kind(k);
            QAction *a = menu.addAction(Vocabulary::kindName(kind), this, [this, r, kind] {
                Command::setRelationshipKind(m_stack, m_doc, r.id, kind);
            });
            a->setCheckable(true);
            a->setChecked(kind == r.kind);
            kinds->addAction(a);
        }
        menu.addSeparator();
        QMenu *arrows = menu.addMenu(tr("&Arrows"));
        const QList<QPair<QString, Relationship::Direction>> directions = {
            {tr("None"), Relationship::Direction::None},
            {tr("Towards %1").arg(nameFor(r.personB)), Relationship::Direction::AToB},
            {tr("Towards %1").arg(nameFor(r.personA)), Relationship::Direction::BToA},
            {tr("Both ways"), Relationship::Direction::Both},
        };
        for (const auto &[label, direction] : directions) {
            QAction *a = arrows->addAction(label, this, [this, r, d = direction] {
                Relationship changed = r;
                changed.direction = d;
                Command::editRelationship(m_stack, m_doc, changed);
            });
            a->setCheckable(true);
            a->setChecked(direction == r.direction);
        }
        menu.addSeparator();
        menu.addAction(tr("Remove this &line"), this,
                       [this, r] { Command::removeRelationship(m_stack, m_doc, r.id); });
    } else if (auto *group = dynamic_cast<GroupItem *>(under)) {
        const ItemId id = group->groupId();
        menu.addAction(tr("&Rename the group…"), this,
                       [this, id] { emit renameGroupRequested(id); });
        menu.addAction(tr("Remove the &group (keep the people)"), this,
                       [this, id] { Command::removeGroup(m_stack, m_doc, id); });
    } else {
        QGraphicsScene::contextMenuEvent(event);
        return;
    }
    menu.exec(event->screenPos());
    event->accept();
}

QString EcomapScene::describeTies(ItemId personId) const
{
    QStringList sentences;
    const QString child = m_doc.child().displayName();
    for (const Relationship &r : m_doc.relationshipsOf(personId)) {
        if (m_asOf.isValid() && !r.isActiveOn(m_asOf))
            continue;
        QStringList parts;
        parts << tr("It feels: %1").arg(Vocabulary::kindName(r.kind));
        // Arrows point from A to B; say them from the child's side when the child is an end.
        const bool towardsB = Notation::arrowAtB(r.direction);
        const bool towardsA = Notation::arrowAtA(r.direction);
        const ItemId other = r.personA == personId ? r.personB : r.personA;
        if (towardsA && towardsB) {
            parts << tr("Support goes both ways");
        } else if (towardsA || towardsB) {
            parts << tr("Support goes to %1").arg(nameFor(towardsB ? r.personB : r.personA));
        }
        if (r.contact != Relationship::Contact::NotSet)
            parts << tr("Contact: %1").arg(Vocabulary::contactName(r.contact));
        if (!r.to.isUnknown())
            parts << tr("Ended %1").arg(r.to.toDisplayString(QLocale()));
        if (r.isPrivate)
            parts << tr("Kept private");
        const QString joined = parts.join(QStringLiteral(". "));
        sentences << (other == kChildId ? joined : tr("With %1: %2").arg(nameFor(other), joined));
    }
    if (sentences.isEmpty())
        return tr("No line to %1 yet").arg(child);
    return sentences.join(QStringLiteral(". "));
}

QString EcomapScene::nameFor(ItemId id) const
{
    if (id == kChildId)
        return m_doc.child().displayName();
    const auto p = m_doc.person(id);
    return p ? p->displayName() : QString();
}
