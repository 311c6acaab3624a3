// SPDX-License-Identifier: GPL-3.0-or-later
#include "slowwork.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <limits>

void SlowWork::run(QWidget *parent, const QString &label, const std::function<void()> &work)
{
    QProgressDialog progress(label, QString(), 0, 0, parent); // busy: no steps to count
    progress.setWindowTitle(QCoreApplication::applicationName());
    progress.setWindowModality(Qt::ApplicationModal); // nothing else may start meanwhile
    progress.setAccessibleName(label);
    // Its own minimum duration starts only from a first step, and busy work has none.
    progress.setMinimumDuration(std::numeric_limits<int>::max());
    QTimer::singleShot(kShowAfterMs, &progress, &QProgressDialog::show);
    QFutureWatcher<void> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<void>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run(work));
    if (!watcher.isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    watcher.waitForFinished();
}
