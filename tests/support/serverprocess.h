// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

// How the test servers (PulseAudio, speech-dispatcher) are run: in their own folder, as their
// own home and runtime directory, printing to a file, up once their socket is there, and
// stopped politely, then firmly.
namespace ServerProcess {

// Starts `program`; false, with `error` saying why (and what it printed), when it did not
// start or made no `socket` within ten seconds.
bool start(QProcess &server, const QString &program, const QStringList &arguments,
           const QString &folder, const QString &socket, QString *error);
void stop(QProcess &process);

} // namespace ServerProcess
