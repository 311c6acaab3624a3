// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "group.h"
#include "person.h"
#include "relationship.h"

#include <QGraphicsObject>
#include <QGraphicsPathItem>
#include <QImage>
#include <QStaticText>

// A person's card on the map: photo or initial, the name the child uses, the role.
class PersonItem : public QGraphicsObject
{
    Q_OBJECT

public:
    static constexpr qreal kWidth = 168;
    static constexpr qreal kHeight = 60;

    explicit PersonItem(const Person &person, const QImage &photo = {});

    ItemId personId() const { return m_person.id; }
    void setPerson(const Person &person, const QImage &photo);
    const Person &person() const { return m_person; }
    void setDimmed(bool dimmed);
    QString accessibleName() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

signals:
    void moved(ItemId id, QPointF from, QPointF to);
    void geometryChanged();
    void activated(ItemId id);

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void layoutText();

    Person m_person;
    QImage m_avatar; // the photo cropped to a circle once, not on every paint
    // Laid out once: drawText() with a rectangle runs a full text layout on every call.
    QStaticText m_nameText;
    QStaticText m_roleText;
    QStaticText m_initialText;
    QPointF m_pressPosition;
    bool m_dimmed = false;
};

// The child, at the centre of everything.
class ChildItem : public QGraphicsObject
{
    Q_OBJECT

public:
    static constexpr qreal kRadius = 62;
    explicit ChildItem(const QString &name, const QImage &photo = {});
    void setName(const QString &name);
    QString name() const { return m_name; }
    void setPhoto(const QImage &photo);
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

signals:
    void activated(); // double-clicked: open "About <name>"

protected:
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    QString m_name;
    QImage m_photo;
};

// A relationship line in ecomap notation, kept attached to the two items it joins.
class TieItem : public QGraphicsPathItem
{
public:
    TieItem(const Relationship &relationship, QGraphicsItem *a, QGraphicsItem *b);

    ItemId relationshipId() const { return m_relationship.id; }
    const Relationship &relationship() const { return m_relationship; }
    void setRelationship(const Relationship &relationship);
    void setHighlighted(bool highlighted);
    void updatePath();

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    Relationship m_relationship;
    QGraphicsItem *m_a;
    QGraphicsItem *m_b;
    QPointF m_start;
    QPointF m_end;
    QList<QLineF> m_lines;     // what is drawn (see Notation::tieLines)
    QList<QPolygonF> m_arrows; // arrowheads, built when the line moves
    bool m_highlighted = false;
};

// A labelled outline around the people of one group (a household, a school, a team).
class GroupItem : public QGraphicsItem
{
public:
    explicit GroupItem(const EcomapGroup &group);

    ItemId groupId() const { return m_group.id; }
    const EcomapGroup &group() const { return m_group; }
    void setGroup(const EcomapGroup &group);
    // Wraps the outline round these scene rectangles (the members' cards).
    void setMemberRects(const QList<QRectF> &rects);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    EcomapGroup m_group;
    QRectF m_outline;
};
