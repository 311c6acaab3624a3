// SPDX-License-Identifier: GPL-3.0-or-later
#include "peoplechecklist.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

namespace {
constexpr const char *kIdProperty = "personId";
}

PeopleChecklist::PeopleChecklist(const QList<Person> &people, const QString &question,
                                 QWidget *parent)
    : QScrollArea(parent)
    , m_question(question)
{
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFocusPolicy(Qt::NoFocus); // each box is a Tab stop, the list around them is not
    setAccessibleName(question);
    setMaximumHeight(110);
    setPeople(people);
}

void PeopleChecklist::setPeople(const QList<Person> &people)
{
    setFocusProxy(nullptr);
    m_boxes.clear();
    auto *inside = new QWidget(this);
    // The question names the group, so a reader arriving at a box hears what it answers.
    inside->setAccessibleName(m_question);
    auto *layout = new QVBoxLayout(inside);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(2);
    for (const Person &p : people) {
        auto *box = new QCheckBox(p.displayName(), inside);
        box->setProperty(kIdProperty, QVariant::fromValue(p.id));
        box->setAccessibleDescription(m_question);
        connect(box, &QCheckBox::toggled, this, &PeopleChecklist::changed);
        layout->addWidget(box);
        m_boxes << box;
    }
    if (m_boxes.isEmpty()) {
        auto *none = new QLabel(tr("Nobody is on the map yet."), inside);
        none->setEnabled(false);
        layout->addWidget(none);
    } else {
        // Its label's Alt key moves to the first person (see GuardedDialog: without ticking).
        setFocusProxy(m_boxes.first());
    }
    layout->addStretch();
    delete takeWidget();
    setWidget(inside);
}

void PeopleChecklist::setChecked(const QList<ItemId> &ids)
{
    for (QCheckBox *box : std::as_const(m_boxes))
        box->setChecked(ids.contains(box->property(kIdProperty).value<ItemId>()));
}

QList<ItemId> PeopleChecklist::checked() const
{
    QList<ItemId> ids;
    for (const QCheckBox *box : m_boxes) {
        if (box->isChecked())
            ids << box->property(kIdProperty).value<ItemId>();
    }
    return ids;
}
