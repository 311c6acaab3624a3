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

// One person's card.
class CardInterface : public QAccessibleInterface
{
public:
    CardInterface(PersonItem *card, EcomapView *view)
        : m_card(card)
        , m_view(view)
    {}
    bool isValid() const override { return m_card && m_view; }
    QObject *object() const override { return m_card; }
    QAccessibleInterface *parent() const override
    {
        return QAccessible::queryAccessibleInterface(m_view);
    }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QString text(QAccessible::Text t) const override
    {
        if (!isValid())
            return {};
        if (t == QAccessible::Name)
            return m_card->accessibleName();
        if (t == QAccessible::Description)
            return m_card->person().childsWords;
        return {};
    }
    void setText(QAccessible::Text, const QString &) override {}
    QRect rect() const override
    {
        if (!isValid())
            return {};
        const QRect inView = m_view->mapFromScene(m_card->sceneBoundingRect()).boundingRect();
        return QRect(m_view->viewport()->mapToGlobal(inView.topLeft()), inView.size());
    }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override
    {
        QAccessible::State s;
        if (!isValid()) {
            s.invalid = true;
            return s;
        }
        s.focusable = true;
        s.selectable = true;
        s.selected = m_card->isSelected();
        s.focused = m_card->hasFocus() && m_view->hasFocus();
        s.invisible = !m_card->isVisible();
        return s;
    }

private:
    QPointer<PersonItem> m_card;
    QPointer<EcomapView> m_view;
};

// The view, with the cards as its children.
class ViewInterface : public QAccessibleWidget
{
public:
    explicit ViewInterface(EcomapView *view)
        : QAccessibleWidget(view, QAccessible::List)
    {}
    int childCount() const override { return int(peopleOf(view()).size()); }
    QAccessibleInterface *child(int index) const override
    {
        const QList<PersonItem *> people = peopleOf(view());
        if (index < 0 || index >= people.size())
            return nullptr;
        // Cached per card, so a screen reader gets the same interface each time it asks.
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(people[index]);
        if (!iface) {
            iface = new CardInterface(people[index], view());
            QAccessible::registerAccessibleInterface(iface);
        }
        return iface;
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        return child ? int(peopleOf(view()).indexOf(qobject_cast<PersonItem *>(child->object())))
                     : -1;
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

void EcomapAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(factory);
        return true;
    }();
    Q_UNUSED(installed);
}
