// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverprocess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <csignal>
#include <sys/prctl.h>

namespace ServerProcess {

bool start(QProcess &server, const QString &program, const QStringList &arguments,
           const QString &folder, const QString &socket, QString *error)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), folder);
    env.insert(QStringLiteral("HOME"), folder);
    server.setProcessEnvironment(env);
    // To a file: a full pipe nobody reads would stop the server mid-start.
    const QString log = QDir(folder).filePath(QStringLiteral("output.log"));
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.setStandardOutputFile(log);
    // Gone with the test, even one killed by a timeout: no server is left running after it.
    server.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    server.start(program, arguments);
    if (!server.waitForStarted(5000)) {
        *error = QStringLiteral("%1 did not start").arg(program);
        return false;
    }
    const QDeadlineTimer deadline(10000);
    while (!QFileInfo::exists(socket) && !deadline.hasExpired() &&
           server.state() == QProcess::Running)
        QThread::msleep(50);
    if (QFileInfo::exists(socket))
        return true;
    QFile printed(log);
    *error = QStringLiteral("%1 gave no socket (%2): %3")
                 .arg(program,
                      server.state() == QProcess::Running ? QStringLiteral("running")
                                                          : QStringLiteral("ended"),
                      printed.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(printed.read(4000))
                                                        : QString());
    return false;
}

void stop(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(3000)) {
        process.kill();
        process.waitForFinished(3000);
    }
}

} // namespace ServerProcess
