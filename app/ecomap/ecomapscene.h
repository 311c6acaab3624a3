// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ecomapdocument.h"

#include <QDate>
#include <QGraphicsScene>
#include <QHash>

class ChildItem;
class GroupItem;
class PersonItem;
class QUndoStack;
class TieItem;

// The ecomap drawn on a QGraphicsScene: the child at the centre, closeness rings, a card per
// person and a line per relationship. It mirrors the document and turns drags and key presses
// into commands. The same scene renders to the screen, to PNG/SVG and into the printed book.
class EcomapScene : public QGraphicsScene
{
    Q_OBJECT

public:
    EcomapScene(EcomapDocument &doc, QUndoStack &stack, QObject *parent = nullptr);

    // Shows the map as it stood on that day; an invalid date shows everything.
    void setAsOfDate(QDate date);
    QDate asOfDate() const { return m_asOf; }
    // Days on which a placement ended: ties ending then are highlighted.
    void setPlacementEndings(const QList<QDate> &endings);
    // Cards and the child's circle drawn larger (Larger Text); 1 = as printed.
    void setCardScale(qreal scale);
    qreal cardScale() const { return m_cardScale; }

    PersonItem *personItem(ItemId id) const { return m_people.value(id); }
    TieItem *tieItem(ItemId id) const { return m_ties.value(id); }
    GroupItem *groupItem(ItemId id) const { return m_groups.value(id); }
    QList<ItemId> selectedPersonIds() const;
    ChildItem *childItem() const { return m_child; }
    QList<PersonItem *> personItems() const { return m_people.values(); }
    // People in reading order (clockwise from the top), for keyboard navigation.
    QList<PersonItem *> personItemsInOrder() const;
    // Moves keyboard focus to the next (or previous) person; false after the last one.
    bool focusNextPerson(bool forward);
    // What a sighted user reads off the lines to this person, in words for a screen reader:
    // "It feels: Strong. Support comes to Maisie. Contact: Every week".
    QString describeTies(ItemId personId) const;
    ItemId selectedPersonId() const;
    ItemId selectedRelationshipId() const;
    // The area worth showing or exporting: everything plus a margin.
    QRectF contentsRect() const;

signals:
    void personActivated(ItemId id);
    void childActivated(); // "About <name>": the child's own details
    void connectRequested(ItemId id);
    void removeRequested(ItemId id);
    void renameGroupRequested(ItemId id);

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;

private:
    void rebuild();
    void addPersonItem(ItemId id);
    void addTieItem(ItemId id);
    void removeTieItem(ItemId id);
    void updateTiesOf(ItemId personId);
    void addGroupItem(ItemId id);
    void updateGroup(ItemId id);
    QGraphicsItem *endItem(ItemId personId) const;
    void applyDateFilter();
    bool endedWithPlacement(const Relationship &r) const;
    QString nameFor(ItemId id) const;

    EcomapDocument &m_doc;
    QUndoStack &m_stack;
    ChildItem *m_child = nullptr;
    QHash<ItemId, PersonItem *> m_people;
    QHash<ItemId, TieItem *> m_ties;
    QHash<ItemId, GroupItem *> m_groups;
    QDate m_asOf;
    QList<QDate> m_placementEndings;
    qreal m_cardScale = 1;
};
