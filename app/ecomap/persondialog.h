// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "person.h"
#include "relationship.h"

#include "guardeddialog.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Add or edit someone on the map, with how the child's relationship with them feels. Written
// for a child and an adult sitting together: plain words first, the professional fields after.
class PersonDialog : public GuardedDialog
{
    Q_OBJECT

public:
    static constexpr int kMaxNameLength = 80;

    PersonDialog(const QString &childName, QWidget *parent = nullptr);

    void setPerson(const Person &person);
    void setRelationship(const Relationship &relationship);
    Person person() const;             // id kept from setPerson()
    Relationship relationship() const; // id kept from setRelationship()

    QLineEdit *knownAsEdit() const { return m_knownAs; }
    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *roleCombo() const { return m_role; }

private:
    void validate();

    Person m_person;
    Relationship m_relationship;
    QLineEdit *m_knownAs;
    QLineEdit *m_fullName;
    QComboBox *m_role;
    QLineEdit *m_roleDetail;
    QComboBox *m_kind;
    QComboBox *m_direction;
    QComboBox *m_contact;
    QLineEdit *m_contactNote;
    QCheckBox *m_hasNextContact;
    QDateEdit *m_nextContact;
    QPlainTextEdit *m_childsWords;
    QPlainTextEdit *m_notes;
    QLineEdit *m_address;
    QLineEdit *m_phone;
    QCheckBox *m_private;
    QLabel *m_message;
    QPushButton *m_ok;
};
