// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinedocument.h"

#include <QAbstractScrollArea>
#include <QHash>

// The swim-lane timeline: where the child lived as bands (with the gaps nobody has filled in
// hatched), memories and events as markers, the child's age along the top. Zooms from a whole
// life to a single month; keyboard: Left/Right walk through time, Enter edits, +/- zoom.
class TimelineView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    using Kind = TimelineDocument::Kind;

    explicit TimelineView(QWidget *parent = nullptr);

    void setDocument(TimelineDocument *doc);
    // Selects an item and scrolls it into view (no signal: the caller already knows).
    void select(Kind kind, ItemId id);
    Kind selectedKind() const { return m_selectedKind; }
    ItemId selectedId() const { return m_selectedId; }

    void zoomBy(double factor, int anchorX = -1);
    void fitLifetime();
    double pixelsPerDay() const { return m_pixelsPerDay; }
    // Where an item is drawn, in viewport coordinates (empty if not drawn), for tests.
    QRect itemRect(Kind kind, ItemId id) const;
    QString describe(Kind kind, ItemId id) const;
    // The items in time order, for screen readers (TimelineAccessible).
    struct ItemRef
    {
        Kind kind;
        ItemId id;
    };
    int itemCount() const { return int(m_items.size()); }
    ItemRef itemRefAt(int index) const { return {m_items[index].kind, m_items[index].id}; }
    int indexOf(Kind kind, ItemId id) const;
    static quint64 indexKey(Kind kind, ItemId id); // one number per item, for hashing

    static constexpr int kAxisHeight = 46;
    static constexpr int kLaneHeight = 64;
    static constexpr int kLaneCount = 4; // where I lived, memories, events, what I said
    static constexpr int kLabelWidth = 132;

signals:
    void selected(TimelineView::Kind kind, ItemId id); // chosen by the user
    void currentChanged();                             // chosen by anyone
    void activated(TimelineView::Kind kind, ItemId id);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    QSize sizeHint() const override;

private:
    struct Item
    {
        Kind kind;
        ItemId id;
        qint64 day;    // Julian day it starts
        qint64 endDay; // placements: the day it ends
        int lane;      // 0 places, 1 memories, 2 events, 3 what the child said
        int row = 0;   // markers are staggered over three rows so neighbours stay apart
        QString label;
        QColor colour;
        bool hasPhoto = false;
        bool isPrivate = false;
        bool planned = false; // a home not moved into yet
        bool warn = false;    // its move leaves a sibling or the carer undecided
    };
    bool m_rebuildPending = false;
    struct Gap
    {
        qint64 from, to;
    };

    void rebuild();
    void updateScrollRange();
    double xOf(qint64 day) const; // viewport x
    qint64 dayAt(double x) const;
    QRect laneRect(int lane) const;
    QRect rectOf(const Item &item) const;        // on screen (mirrored in right-to-left)
    QRect logicalRectOf(const Item &item) const; // as if laid out left to right
    const Item *itemAt(QPoint pos) const;
    void choose(const Item *item, bool notify);
    void ensureVisible(const Item &item);
    void paintAxis(QPainter &p);
    void paintLanes(QPainter &p);
    void drawLabel(QPainter &p, const QRectF &logical, int flags, const QString &text) const;
    void drawLabel(QPainter &p, QPointF baselineStart, const QString &text) const;

    TimelineDocument *m_doc = nullptr;
    QList<Item> m_items;         // by day
    QHash<quint64, int> m_index; // indexKey → position in m_items
    QList<Gap> m_gaps;
    qint64 m_firstDay = 0;
    qint64 m_lastDay = 1;
    QDate m_birth;
    double m_pixelsPerDay = 0.1;
    bool m_fitted = true;
    Kind m_selectedKind = Kind::Memory;
    ItemId m_selectedId = kNoId;
};
