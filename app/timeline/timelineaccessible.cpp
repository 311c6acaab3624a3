// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineaccessible.h"

#include "timelineview.h"

#include <QAccessibleWidget>
#include <QHash>
#include <QPointer>

namespace {

using Kind = TimelineView::Kind;

// One marker or band. Items are not objects, so the interface keeps what identifies one and
// looks it up again each time: an item removed by an edit simply becomes invalid.
class MarkerInterface : public QAccessibleInterface
{
public:
    MarkerInterface(TimelineView *view, Kind kind, ItemId id)
        : m_view(view)
        , m_kind(kind)
        , m_id(id)
    {}
    bool isValid() const override { return m_view && m_view->indexOf(m_kind, m_id) >= 0; }
    QObject *object() const override { return nullptr; }
    QAccessibleInterface *parent() const override
    {
        return QAccessible::queryAccessibleInterface(m_view.data());
    }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QString text(QAccessible::Text t) const override
    {
        if (t != QAccessible::Name || !isValid())
            return {};
        return m_view->describe(m_kind, m_id);
    }
    void setText(QAccessible::Text, const QString &) override {}
    QRect rect() const override
    {
        if (!isValid())
            return {};
        const QRect inViewport = m_view->itemRect(m_kind, m_id);
        return QRect(m_view->viewport()->mapToGlobal(inViewport.topLeft()), inViewport.size());
    }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override
    {
        QAccessible::State s;
        if (!isValid()) {
            s.invalid = true;
            return s;
        }
        s.selectable = true;
        s.focusable = true;
        const bool chosen = m_view->selectedKind() == m_kind && m_view->selectedId() == m_id;
        s.selected = chosen;
        s.focused = chosen && m_view->hasFocus();
        const QRect r = m_view->itemRect(m_kind, m_id);
        s.offscreen = !r.intersects(m_view->viewport()->rect());
        return s;
    }
    Kind kind() const { return m_kind; }
    ItemId id() const { return m_id; }

private:
    QPointer<TimelineView> m_view;
    Kind m_kind;
    ItemId m_id;
};

class ViewInterface : public QAccessibleWidget
{
public:
    explicit ViewInterface(TimelineView *view)
        : QAccessibleWidget(view, QAccessible::List)
    {}
    ~ViewInterface() override
    {
        // As Qt's own item views do: the children go with the view.
        for (QAccessible::Id id : std::as_const(m_children)) {
            if (QAccessible::accessibleInterface(id))
                QAccessible::deleteAccessibleInterface(id);
        }
    }
    int childCount() const override { return view()->itemCount(); }
    QAccessibleInterface *child(int index) const override
    {
        if (index < 0 || index >= view()->itemCount())
            return nullptr;
        const TimelineView::ItemRef ref = view()->itemRefAt(index);
        const quint64 key = TimelineView::indexKey(ref.kind, ref.id);
        // The same interface each time a screen reader asks about the same item.
        if (const auto found = m_children.constFind(key); found != m_children.cend()) {
            if (QAccessibleInterface *iface = QAccessible::accessibleInterface(*found))
                return iface;
        }
        auto *iface = new MarkerInterface(view(), ref.kind, ref.id);
        m_children.insert(key, QAccessible::registerAccessibleInterface(iface));
        return iface;
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        const auto *marker = dynamic_cast<const MarkerInterface *>(child);
        return marker ? view()->indexOf(marker->kind(), marker->id()) : -1;
    }
    QAccessibleInterface *focusChild() const override
    {
        if (!view()->hasFocus())
            return nullptr;
        const int index = view()->indexOf(view()->selectedKind(), view()->selectedId());
        return index >= 0 ? child(index) : nullptr;
    }

private:
    TimelineView *view() const { return static_cast<TimelineView *>(widget()); }
    mutable QHash<quint64, QAccessible::Id> m_children;
};

QAccessibleInterface *factory(const QString &className, QObject *object)
{
    if (className == QLatin1String("TimelineView") && object && object->isWidgetType())
        return new ViewInterface(static_cast<TimelineView *>(object));
    return nullptr;
}

} // namespace

void TimelineAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(factory);
        return true;
    }();
    Q_UNUSED(installed);
}
