// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

// Watches the whole application's keyboard and mouse input and says when nobody has touched it
// for a while — what drives the auto-lock on a shared laptop.
class InactivityTimer : public QObject
{
    Q_OBJECT

public:
    explicit InactivityTimer(QObject *parent = nullptr);
    ~InactivityTimer() override;

    void setInterval(int milliseconds); // 0 turns it off
    int interval() const { return m_interval; }
    void restart();

signals:
    void inactive();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
    int m_interval = 0;
};
