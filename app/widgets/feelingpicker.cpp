// SPDX-License-Identifier: GPL-3.0-or-later
#include "feelingpicker.h"

#include "feelingicon.h"
#include "vocabulary.h"

#include <QGridLayout>
#include <QToolButton>

FeelingPicker::FeelingPicker(QWidget *parent)
    : QWidget(parent)
{
    m_grid = new QGridLayout(this);
    auto *grid = m_grid;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(4);
    for (int f = 0; f < Memory::kFeelingCount; ++f) {
        auto *button = new QToolButton(this);
        button->setCheckable(true);
        button->setIcon(FeelingIcon::icon(Memory::Feeling(f)));
        button->setIconSize(QSize(32, 32));
        button->setText(Vocabulary::feelingName(Memory::Feeling(f)));
        button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
        button->setAccessibleName(Vocabulary::feelingName(Memory::Feeling(f)));
        button->setMinimumWidth(72);
        // Never narrower than its word: "Wedi fy ngharu" is longer than "Loved".
        button->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
        button->setAutoRaise(true);
        grid->addWidget(button, f / 5, f % 5);
        connect(button, &QToolButton::toggled, this, &FeelingPicker::changed);
        m_buttons << button;
    }
}

void FeelingPicker::setColumns(int columns)
{
    for (int f = 0; f < m_buttons.size(); ++f) {
        m_grid->removeWidget(m_buttons[f]);
        m_grid->addWidget(m_buttons[f], f / columns, f % columns);
    }
}

void FeelingPicker::setFeelings(const QList<Memory::Feeling> &feelings)
{
    for (int f = 0; f < m_buttons.size(); ++f)
        m_buttons[f]->setChecked(feelings.contains(Memory::Feeling(f)));
}

QList<Memory::Feeling> FeelingPicker::feelings() const
{
    QList<Memory::Feeling> list;
    for (int f = 0; f < m_buttons.size(); ++f) {
        if (m_buttons[f]->isChecked())
            list << Memory::Feeling(f);
    }
    return list;
}

void FeelingPicker::setQuestion(const QString &question)
{
    setAccessibleName(question);
    for (QToolButton *button : std::as_const(m_buttons))
        button->setAccessibleDescription(question);
}
