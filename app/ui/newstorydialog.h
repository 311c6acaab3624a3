// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fuzzydate.h"

#include "guardeddialog.h"

class FuzzyDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

// The first question of a new life story: whose it is, and (if known) when they were born.
// The birthday may be fuzzy ("spring 2015") or left for later.
class NewStoryDialog : public GuardedDialog
{
    Q_OBJECT

public:
    explicit NewStoryDialog(QWidget *parent = nullptr);

    QString name() const;
    FuzzyDate born() const; // unknown when skipped

    QLineEdit *nameEdit() const { return m_name; }
    FuzzyDateEdit *bornEdit() const { return m_born; }

private:
    void validate();

    QLineEdit *m_name;
    FuzzyDateEdit *m_born;
    QLabel *m_message;
    QPushButton *m_ok;
};
