// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "courtdetails.h"
#include "guardeddialog.h"

class FuzzyDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

// The court or review a pack is for, and who prepared it: printed on the pack's cover.
class CourtDetailsDialog : public GuardedDialog
{
    Q_OBJECT

public:
    explicit CourtDetailsDialog(QWidget *parent = nullptr);

    void setDetails(const CourtDetails &details);
    CourtDetails details() const;

    QLineEdit *courtEdit() const { return m_court; }
    QLineEdit *caseNumberEdit() const { return m_caseNumber; }
    FuzzyDateEdit *hearingEdit() const { return m_hearing; }
    QLineEdit *authorEdit() const { return m_author; }

private:
    void validate();

    CourtDetails m_details;
    QLineEdit *m_court;
    QLineEdit *m_caseNumber;
    FuzzyDateEdit *m_hearing;
    QLineEdit *m_author;
    QLineEdit *m_role;
    QLineEdit *m_organisation;
    QLabel *m_message;
    QPushButton *m_ok;
};
