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

// Add or change an event for the record: a contact visit and how it went, a review, a court
// hearing, a change of worker. These become the rows of the court chronology.
class EventDialog : public GuardedDialog
{
    Q_OBJECT

public:
    EventDialog(const TimelineDocument &doc, QWidget *parent = nullptr);

    void setEvent(const Event &event);
    Event event() const;
    QLineEdit *titleEdit() const { return m_title; }
    FuzzyDateEdit *dateEdit() const { return m_date; }
    QComboBox *typeCombo() const { return m_type; }
    QPushButton *okButton() const { return m_ok; }

private:
    void validate();

    Event m_event;
    QComboBox *m_type;
    QLineEdit *m_title;
    FuzzyDateEdit *m_date;
    PeopleChecklist *m_people;
    QPlainTextEdit *m_details;
    QPlainTextEdit *m_outcome;
    QLineEdit *m_source;
    QPlainTextEdit *m_impact;
    QCheckBox *m_private;
    QLabel *m_message;
    QPushButton *m_ok;
};
