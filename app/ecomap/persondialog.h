// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "person.h"
#include "relationship.h"

#include "guardeddialog.h"

class FuzzyDateEdit;
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
    // The closeness ring on the map (0 close .. 2 further away); -1 = as the feeling suggests.
    void setRing(int ring);
    int ring() const;

    QLineEdit *knownAsEdit() const { return m_knownAs; }
    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *roleCombo() const { return m_role; }
    QComboBox *ringCombo() const { return m_ring; }
    FuzzyDateEdit *sinceEdit() const { return m_since; }
    FuzzyDateEdit *untilEdit() const { return m_until; }

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
    FuzzyDateEdit *m_since;
    FuzzyDateEdit *m_until;
    QComboBox *m_ring;
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
