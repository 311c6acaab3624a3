// SPDX-License-Identifier: GPL-3.0-or-later
#include "lockscreen.h"

#include "securebytes.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

LockScreen::LockScreen(QWidget *parent)
    : QWidget(parent)
    , m_passphrase(new QLineEdit(this))
    , m_unlock(new QPushButton(tr("&Unlock"), this))
    , m_close(new QPushButton(tr("&Close it instead"), this))
    , m_problem(new QLabel(this))
{
    setAccessibleName(tr("Locked"));
    auto *heading = new QLabel(tr("This life story is locked"), this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    heading->setFont(big);
    auto *explain = new QLabel(tr("It was locked to keep it private. Type its passphrase to carry "
                                  "on where you left off."),
                               this);
    explain->setWordWrap(true);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_passphrase->setMinimumWidth(320);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_problem->setWordWrap(true);
    m_unlock->setDefault(true);
    connect(m_unlock, &QPushButton::clicked, this, [this] {
        QString passphrase = m_passphrase->text();
        m_passphrase->clear();
        emit unlockRequested(passphrase);
        SecureBytes::wipe(passphrase);
    });
    connect(m_passphrase, &QLineEdit::returnPressed, m_unlock, &QPushButton::click);
    connect(m_close, &QPushButton::clicked, this, &LockScreen::closeRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_unlock);
    buttons->addWidget(m_close);
    buttons->addStretch();
    auto *column = new QVBoxLayout;
    column->addWidget(heading);
    column->addWidget(explain);
    column->addSpacing(12);
    column->addWidget(m_passphrase);
    column->addWidget(m_problem);
    column->addLayout(buttons);
    // Centred, a little above the middle, whatever the window's size.
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addLayout(column);
    row->addStretch();
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(2);
    outer->addLayout(row);
    outer->addStretch(3);
    setFocusProxy(m_passphrase);
}

void LockScreen::reset(const QString &problem)
{
    m_passphrase->clear();
    m_problem->setText(problem);
    m_passphrase->setFocus();
}

QString LockScreen::problem() const
{
    return m_problem->text();
}
