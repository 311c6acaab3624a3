// SPDX-License-Identifier: GPL-3.0-or-later
#include "ecomapaccessible.h"

#include "ecomapitems.h"
#include "ecomappane.h"
#include "ecomapscene.h"

#include <QAccessibleWidget>
#include <QPointer>

namespace {

QList<PersonItem *> peopleOf(const EcomapView *view)
{
    auto *scene = view ? qobject_cast<EcomapScene *>(view->scene()) : nullptr;
    return scene ? scene->personItemsInOrder() : QList<PersonItem *>();
}

// What every item on the map has in common for a screen reader: an item of the map's list,
// with no children, placed where it is drawn.
template <typename Item> class MapItemInterface : public QAccessibleInterface
{
public:
    MapItemInterface(Item *item, EcomapView *view)
        : m_item(item)
        , m_view(view)
    {}
    bool isValid() const override { return m_item && m_view; }
    QObject *object() const override { return m_item; }
    QAccessibleInterface *parent() const override
    {
        return QAccessible::queryAccessibleInterface(m_view);
    }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    void setText(QAccessible::Text, const QString &) override {}
    QRect rect() const override
    {
        if (!isValid())
            return {};
        const QRect inView = m_view->mapFromScene(m_item->sceneBoundingRect()).boundingRect();
        return QRect(m_view->viewport()->mapToGlobal(inView.topLeft()), inView.size());
    }
    QAccessible::Role role() const override { return QAccessible::ListItem; }

protected:
    QPointer<Item> m_item;
    QPointer<EcomapView> m_view;
};

// One person's card.
class CardInterface : public MapItemInterface<PersonItem>
{
public:
    using MapItemInterface::MapItemInterface;
    QString text(QAccessible::Text t) const override
    {
        if (!isValid())
            return {};
        if (t == QAccessible::Name)
            return m_item->accessibleName();
        if (t == QAccessible::Description) {
            // How the relationship feels and how often they meet, as the lines show it,
            // then the child's own words about them.
            auto *scene = qobject_cast<EcomapScene *>(m_view->scene());
            QStringList parts;
            if (scene)
                parts << scene->describeTies(m_item->personId());
            if (!m_item->person().childsWords.isEmpty())
                parts << m_item->person().childsWords;
            return parts.join(QStringLiteral(". "));
        }
        return {};
    }
    QAccessible::State state() const override
    {
        QAccessible::State s;
        if (!isValid()) {
            s.invalid = true;
            return s;
        }
        s.focusable = true;
        s.selectable = true;
        s.selected = m_item->isSelected();
        s.focused = m_item->hasFocus() && m_view->hasFocus();
        s.invisible = !m_item->isVisible();
        return s;
    }
};

// The child at the centre: the first thing on the map.
class ChildInterface : public MapItemInterface<ChildItem>
{
public:
    using MapItemInterface::MapItemInterface;
    QString text(QAccessible::Text t) const override
    {
        if (!isValid())
            return {};
        if (t == QAccessible::Name)
            return EcomapView::tr("%1, at the centre of the map").arg(m_item->name());
        if (t == QAccessible::Description)
            return EcomapView::tr("People on the map: %1").arg(peopleOf(m_view).size());
        return {};
    }
    QAccessible::State state() const override
    {
        QAccessible::State s;
        s.invalid = !isValid();
        return s;
    }
};

ChildItem *childOf(const EcomapView *view)
{
    auto *scene = view ? qobject_cast<EcomapScene *>(view->scene()) : nullptr;
    return scene ? scene->childItem() : nullptr;
}

// Registered once per item, so a screen reader gets the same interface each time it asks.
template <typename Interface, typename Item>
QAccessibleInterface *interfaceFor(Item *item, EcomapView *view)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(item);
    if (!iface) {
        iface = new Interface(item, view);
        QAccessible::registerAccessibleInterface(iface);
    }
    return iface;
}

// The view, with the child and then the cards (clockwise from the top) as its children.
class ViewInterface : public QAccessibleWidget
{
public:
    explicit ViewInterface(EcomapView *view)
        : QAccessibleWidget(view, QAccessible::List)
    {}
    int childCount() const override
    {
        return childOf(view()) ? int(peopleOf(view()).size()) + 1 : 0;
    }
    QAccessibleInterface *child(int index) const override
    {
        ChildItem *centre = childOf(view());
        if (!centre)
            return nullptr;
        if (index == 0)
            return interfaceFor<ChildInterface>(centre, view());
        const QList<PersonItem *> people = peopleOf(view());
        if (index < 1 || index > people.size())
            return nullptr;
        return interfaceFor<CardInterface>(people[index - 1], view());
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        if (!child || !child->object())
            return -1;
        if (child->object() == childOf(view()))
            return 0;
        const qsizetype i = peopleOf(view()).indexOf(qobject_cast<PersonItem *>(child->object()));
        return i < 0 ? -1 : int(i) + 1;
    }
    QAccessibleInterface *focusChild() const override
    {
        auto *scene = qobject_cast<EcomapScene *>(view()->scene());
        auto *card = scene ? dynamic_cast<PersonItem *>(scene->focusItem()) : nullptr;
        return card && view()->hasFocus() ? interfaceFor<CardInterface>(card, view()) : nullptr;
    }

private:
    EcomapView *view() const { return static_cast<EcomapView *>(widget()); }
};

QAccessibleInterface *factory(const QString &className, QObject *object)
{
    if (className == QLatin1String("EcomapView") && object && object->isWidgetType())
        return new ViewInterface(static_cast<EcomapView *>(object));
    return nullptr;
}

} // namespace

void EcomapAccessible::focusPerson(EcomapView *view, PersonItem *card)
{
    if (!QAccessible::isActive() || !view || !card || !view->hasFocus())
        return;
    QAccessibleInterface *viewIface = QAccessible::queryAccessibleInterface(view);
    const int index =
        viewIface ? viewIface->indexOfChild(interfaceFor<CardInterface>(card, view)) : -1;
    if (index < 0)
        return;
    QAccessibleEvent focus(view, QAccessible::Focus);
    focus.setChild(index);
    QAccessible::updateAccessibility(&focus);
}

void EcomapAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(factory);
        return true;
    }();
    Q_UNUSED(installed);
}
