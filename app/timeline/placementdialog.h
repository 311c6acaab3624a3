// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinedocument.h"

#include "guardeddialog.h"

class FuzzyDateEdit;
class PeopleChecklist;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

// Add or change a place the child lived: who with, when, and why they moved — in the child's
// words and in the record's. Addresses sit apart: they are left out of shared copies.
class PlacementDialog : public GuardedDialog
{
    Q_OBJECT

public:
    PlacementDialog(const TimelineDocument &doc, QWidget *parent = nullptr);

    void setPlacement(const Placement &placement);
    // For "Plan a move…": the new home, in the future tense; a date to come is expected.
    void setPlannedMove();
    Placement placement() const;

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *typeCombo() const { return m_type; }
    FuzzyDateEdit *fromEdit() const { return m_from; }
    FuzzyDateEdit *toEdit() const { return m_to; }
    QPushButton *okButton() const { return m_ok; }
    // Saves and asks for the keeping-in-touch plan of the move into this home (shown for a
    // home that has one).
    QPushButton *planButton() const { return m_planButton; }
    bool planRequested() const { return m_planRequested; }
    QString message() const;

private:
    void validate();

    Placement m_placement;
    QLineEdit *m_name;
    QComboBox *m_type;
    FuzzyDateEdit *m_from;
    FuzzyDateEdit *m_to;
    PeopleChecklist *m_carers;
    QLineEdit *m_school;
    QPlainTextEdit *m_cameChild;
    QPlainTextEdit *m_cameRecord;
    QPlainTextEdit *m_reasonChild;
    QPlainTextEdit *m_reasonRecord;
    QLineEdit *m_address;
    QLineEdit *m_schoolAddress;
    QCheckBox *m_private;
    QLabel *m_message;
    class QFormLayout *m_form = nullptr;
    QPushButton *m_ok;
    QPushButton *m_planButton;
    bool m_planRequested = false;
    const TimelineDocument &m_doc;
};
