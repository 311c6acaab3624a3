// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datecheck.h"
#include "fuzzydate.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;

// A date typed the way people remember it ("summer 2015", "about 2012", "12/03/2019"), with a
// line underneath saying how it was understood — or, kindly, how to write it.
class FuzzyDateEdit : public QWidget
{
    Q_OBJECT

public:
    using Check = std::function<DateCheck::Result(const FuzzyDate &)>;

    explicit FuzzyDateEdit(QWidget *parent = nullptr);

    void setDate(const FuzzyDate &date);
    // The date typed (unknown when empty), or nullopt while the text can't be understood.
    std::optional<FuzzyDate> date() const;
    // For a field that takes one exact day or nothing: the day (an invalid QDate when empty),
    // or nullopt while it is anything else ("March 2026", "about 2026").
    std::optional<QDate> exactDay() const;
    bool isAcceptable() const; // understood, and no check says it blocks saving
    void setCheck(Check check);
    // What an empty field means here ("Empty: Ellie still lives here"); by default, not known.
    void setEmptyMeaning(const QString &text);
    void recheck() { update(); }
    QLineEdit *lineEdit() const { return m_edit; }
    QString feedback() const;

signals:
    void changed();

private:
    void update();

    QLineEdit *m_edit;
    QLabel *m_feedback;
    Check m_check;
    QString m_emptyMeaning;
    bool m_acceptable = true;
};
