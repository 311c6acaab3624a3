// SPDX-License-Identifier: GPL-3.0-or-later
#include "inactivitytimer.h"

#include <QCoreApplication>
#include <QEvent>

InactivityTimer::InactivityTimer(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &InactivityTimer::inactive);
    QCoreApplication::instance()->installEventFilter(this);
}

InactivityTimer::~InactivityTimer()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void InactivityTimer::setInterval(int milliseconds)
{
    m_interval = milliseconds;
    restart();
}

void InactivityTimer::restart()
{
    if (m_interval > 0)
        m_timer.start(m_interval);
    else
        m_timer.stop();
}

bool InactivityTimer::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        if (m_timer.isActive())
            m_timer.start(m_interval);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
