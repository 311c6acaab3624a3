// SPDX-License-Identifier: GPL-3.0-or-later
#include "speechserver.h"

#include "serverprocess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

SpeechServer::SpeechServer() = default;

SpeechServer::~SpeechServer()
{
    ServerProcess::stop(m_server);
}

bool SpeechServer::start(QString *error)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("speech-dispatcher"));
    const QString module = QStringLiteral("/usr/lib/speech-dispatcher-modules/sd_espeak-ng");
    if (program.isEmpty() || !QFileInfo::exists(module)) {
        *error =
            QStringLiteral("speech-dispatcher with espeak-ng is needed (scripts/install-deps)");
        return false;
    }
    // A configuration of our own: espeak-ng, speaking through PulseAudio.
    QDir(m_dir.path()).mkpath(QStringLiteral("conf/modules"));
    QFile::copy(QStringLiteral("/etc/speech-dispatcher/modules/espeak-ng.conf"),
                m_dir.filePath(QStringLiteral("conf/modules/espeak-ng.conf")));
    QFile conf(m_dir.filePath(QStringLiteral("conf/speechd.conf")));
    if (!conf.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write the speech-dispatcher configuration");
        return false;
    }
    conf.write("LogLevel 2\n"
               "AudioOutputMethod \"pulse\"\n"
               "DefaultModule espeak-ng\n"
               "AddModule \"espeak-ng\" \"sd_espeak-ng\" \"espeak-ng.conf\"\n"
               "DefaultLanguage \"en\"\n");
    conf.close();
    const QString socket = m_dir.filePath(QStringLiteral("speechd.sock"));
    // Its short options: the long ones take no "=value".
    if (!ServerProcess::start(
            m_server, program,
            {QStringLiteral("-s"), QStringLiteral("-l"), QStringLiteral("2"), QStringLiteral("-c"),
             QStringLiteral("unix_socket"), QStringLiteral("-S"), socket, QStringLiteral("-t"),
             QStringLiteral("0"), QStringLiteral("-C"), m_dir.filePath(QStringLiteral("conf")),
             QStringLiteral("-P"), m_dir.filePath(QStringLiteral("pid")), QStringLiteral("-L"),
             m_dir.path()},
            m_dir.path(), socket, error))
        return false;
    qputenv("SPEECHD_ADDRESS", QByteArray("unix_socket:") + socket.toLocal8Bit());
    return true;
}
