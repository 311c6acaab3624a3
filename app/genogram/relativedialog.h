// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "family.h"
#include "person.h"

#include "guardeddialog.h"

class FuzzyDateEdit;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

// Adds a relative to someone in the family tree — someone new, or someone already in the story
// — with how they are related; or changes a person's family details (gender, born, died). Every
// choice that records a fact starts unchosen: the kind of parent or partnership is asked.
class RelativeDialog : public GuardedDialog
{
    Q_OBJECT

public:
    enum class Relation : quint8 { Mother, Father, Parent, Partner, Child, Sibling, Details };

    // `of`: the person the relative is added to (their name); `childName`: the child's.
    RelativeDialog(Relation relation, const QString &ofName, const QString &childName,
                   QWidget *parent = nullptr);

    // Someone already in the story who could be chosen instead of someone new.
    void setCandidates(const QList<Person> &people);
    // For Child: the possible other parents (partners of `of`); kNoId stands for not known.
    void setOtherParents(const QList<Person> &partners);
    // For Details: the person whose details are changed (their other fields are kept).
    void setPerson(const Person &person);
    // The child's own details: "Known as", and no question of having died.
    void setChildsOwn();
    // Partner only: changes a partnership already there (its kind, dates and ending); nobody
    // is added.
    void setPartnershipToChange(const Partnership &partnership, const QString &title);
    // Mother, Father, Parent or Child only: changes a parent's line already there (its kind and
    // dates); nobody is added.
    void setParentLinkToChange(const ParentLink &link, const QString &title);

    Relation relation() const { return m_relation; }
    // The new person (id kNoId), or the one chosen from the story (their id), with the details.
    Person person() const;
    bool isExisting() const;
    ParentLink::Kind parentKind() const;
    ParentLink parentLink() const;   // kind, from, to (ends not filled in)
    Partnership partnership() const; // kind, from, ending, to (ends not filled in)
    ItemId otherParent() const;      // for Child; kNoId: not known

    QLineEdit *nameEdit() const { return m_fullName; }
    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *existingCombo() const { return m_existing; }
    QRadioButton *existingButton() const { return m_useExisting; }
    QComboBox *genderCombo() const { return m_gender; }
    FuzzyDateEdit *bornEdit() const { return m_born; }
    QCheckBox *deceasedBox() const { return m_deceased; }

private:
    void validate();
    void hidePersonFields();

    Relation m_relation;
    Person m_person;
    QRadioButton *m_useNew = nullptr;
    QRadioButton *m_useExisting = nullptr;
    QComboBox *m_existing = nullptr;
    QLineEdit *m_fullName;
    QLineEdit *m_knownAs;
    QComboBox *m_gender;
    QLineEdit *m_genderWords;
    FuzzyDateEdit *m_born;
    QCheckBox *m_deceased;
    FuzzyDateEdit *m_died;
    QComboBox *m_kind = nullptr; // parent's kind, or partnership's
    FuzzyDateEdit *m_from = nullptr;
    QComboBox *m_ending = nullptr;
    FuzzyDateEdit *m_to = nullptr;
    QComboBox *m_otherParent = nullptr;
    QLabel *m_message;
    QPushButton *m_ok;
    bool m_changingOnly = false;
};

// A pregnancy lost, added where the family wants it shown: what happened (asked, never
// assumed), when, the father if known, and whether the child's own book shows it.
class LossDialog : public GuardedDialog
{
    Q_OBJECT

public:
    LossDialog(const QString &motherName, QWidget *parent = nullptr);
    void setFathers(const QList<Person> &partners);
    LostPregnancy loss() const; // mother not filled in

    QComboBox *kindCombo() const { return m_kind; }

private:
    QComboBox *m_kind;
    FuzzyDateEdit *m_date;
    QComboBox *m_father;
    QCheckBox *m_inBook;
    QPushButton *m_ok;
};
