// SPDX-License-Identifier: GPL-3.0-or-later
#include "peoplechecklist.h"

PeopleChecklist::PeopleChecklist(const QList<Person> &people, const QString &accessibleName,
                                 QWidget *parent)
    : QListWidget(parent)
{
    for (const Person &p : people) {
        auto *item = new QListWidgetItem(p.displayName(), this);
        item->setData(Qt::UserRole, p.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    setAccessibleName(accessibleName);
    setMaximumHeight(110);
}

void PeopleChecklist::setChecked(const QList<ItemId> &ids)
{
    for (int i = 0; i < count(); ++i) {
        QListWidgetItem *entry = item(i);
        entry->setCheckState(
            ids.contains(entry->data(Qt::UserRole).value<ItemId>()) ? Qt::Checked : Qt::Unchecked);
    }
}

QList<ItemId> PeopleChecklist::checked() const
{
    QList<ItemId> ids;
    for (int i = 0; i < count(); ++i) {
        if (item(i)->checkState() == Qt::Checked)
            ids << item(i)->data(Qt::UserRole).value<ItemId>();
    }
    return ids;
}
