// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "childmappicture.h"

#include <QPointer>
#include <QWidget>

class ChildMapDocument;
class QUndoStack;

// The child's own map on screen. Editable (child mode): press someone to choose them, drag them
// to another ring, or use the arrow keys (left and right choose, up brings closer, down moves
// further away). Read-only (beside the adults' map): one snapshot, with the differences marked.
class ChildMapView : public QWidget
{
    Q_OBJECT

public:
    explicit ChildMapView(QWidget *parent = nullptr);

    // Editable: follows the latest snapshot and writes changes through `stack`.
    void setDocument(ChildMapDocument *doc, QUndoStack *stack);
    // Read-only: shows a picture as given (one snapshot, its names and its differences).
    void showPicture(const ChildMapPicture &picture);
    const ChildMapPicture &picture() const { return m_picture; }

    ItemId selected() const { return m_selected; }
    void select(ItemId personId);
    // For the buttons beside the map (and the keys): one ring nearer or further.
    void moveSelected(int rings);
    // Puts someone on the map at a free spot on a ring (the middle one unless told).
    void put(ItemId personId, ChildMapPlace::Ring ring = ChildMapPlace::Ring::Middle);
    // A free angle on a ring: as far as can be from everyone already on it.
    static double freeAngle(const ChildMap &map, ChildMapPlace::Ring ring, ItemId except);

    QSize sizeHint() const override { return {300, 300}; } // then it grows into the room
    QSize minimumSizeHint() const override { return {260, 260}; }

signals:
    void selectionChanged(ItemId personId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void refresh();
    void describe();
    QRectF area() const;
    void place(const ChildMapPlace &place);

    QPointer<ChildMapDocument> m_doc;
    QUndoStack *m_stack = nullptr;
    ChildMapPicture m_picture;
    ItemId m_selected = kNoId;
    ItemId m_dragging = kNoId;
    QPointF m_dragAt;
};
