// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

// Runs work on another thread while a small window says what is happening (after a moment, so
// quick work shows nothing): a busy laptop's second of stretching a passphrase must not look
// like a frozen app. The window has no Stop button: the work is short and must finish.
class SlowWork
{
    Q_DECLARE_TR_FUNCTIONS(SlowWork)

public:
    static constexpr int kShowAfterMs = 250;

    // Returns once `work` has finished. It must not touch widgets or the case's connection.
    static void run(QWidget *parent, const QString &label, const std::function<void()> &work);
};
