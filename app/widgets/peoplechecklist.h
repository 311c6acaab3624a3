// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "person.h"

#include <QScrollArea>

class QCheckBox;

// The people on the ecomap, each a real tick box: "who was there", "lived with", "who was
// involved". Real check boxes, not ticks in a list, so a screen reader says "check box, not
// checked" for each person and its toggle action ticks rather than only selects.
class PeopleChecklist : public QScrollArea
{
    Q_OBJECT

public:
    PeopleChecklist(const QList<Person> &people, const QString &question,
                    QWidget *parent = nullptr);

    // Lists these people instead (none ticked); for a list that follows the case.
    void setPeople(const QList<Person> &people);
    void setChecked(const QList<ItemId> &ids);
    QList<ItemId> checked() const;
    QList<QCheckBox *> boxes() const { return m_boxes; }

signals:
    void changed(); // a box was ticked or unticked

private:
    QString m_question;
    QList<QCheckBox *> m_boxes;
};
