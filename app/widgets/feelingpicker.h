// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "memory.h"

#include <QWidget>

class QGridLayout;
class QToolButton;

// The nine faces a child picks from ("How did it feel?"), any number at once.
class FeelingPicker : public QWidget
{
    Q_OBJECT

public:
    explicit FeelingPicker(QWidget *parent = nullptr);
    void setFeelings(const QList<Memory::Feeling> &feelings);
    QList<Memory::Feeling> feelings() const;
    // The question the faces answer ("How did it feel?"): a screen reader says it with each
    // face, which otherwise would be only "Happy, toggle button".
    void setQuestion(const QString &question);
    const QList<QToolButton *> &buttons() const { return m_buttons; }
    // How many faces to a row (five unless told): all nine in one row where there is width.
    void setColumns(int columns);

signals:
    void changed(); // a face picked or put back

private:
    QList<QToolButton *> m_buttons;
    QGridLayout *m_grid;
};
