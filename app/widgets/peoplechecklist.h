// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "person.h"

#include <QListWidget>

// A list of the people on the ecomap, each with a tick box: "who was there", "lived with",
// "who was involved".
class PeopleChecklist : public QListWidget
{
    Q_OBJECT

public:
    PeopleChecklist(const QList<Person> &people, const QString &accessibleName,
                    QWidget *parent = nullptr);

    void setChecked(const QList<ItemId> &ids);
    QList<ItemId> checked() const;
};
