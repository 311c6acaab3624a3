// SPDX-License-Identifier: GPL-3.0-or-later
#include "speechserver.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

SpeechServer::SpeechServer() = default;

SpeechServer::~SpeechServer()
{
    if (m_server.state() != QProcess::NotRunning) {
        m_server.terminate();
        if (!m_server.waitForFinished(3000)) {
            m_server.kill();
            m_server.waitForFinished(3000);
        }
    }
}

QString SpeechServer::output() const
{
    QFile f(m_dir.filePath(QStringLiteral("output.log")));
    return f.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(f.read(4000)) : QString();
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
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path());
    env.insert(QStringLiteral("HOME"), m_dir.path());
    m_server.setProcessEnvironment(env);
    // To a file: a full pipe nobody reads would stop the server mid-start.
    m_server.setProcessChannelMode(QProcess::MergedChannels);
    m_server.setStandardOutputFile(m_dir.filePath(QStringLiteral("output.log")));
    // Its short options: the long ones take no "=value".
    m_server.start(program,
                   {QStringLiteral("-s"), QStringLiteral("-l"), QStringLiteral("2"),
                    QStringLiteral("-c"), QStringLiteral("unix_socket"), QStringLiteral("-S"),
                    socket, QStringLiteral("-t"), QStringLiteral("0"), QStringLiteral("-C"),
                    m_dir.filePath(QStringLiteral("conf")), QStringLiteral("-P"),
                    m_dir.filePath(QStringLiteral("pid")), QStringLiteral("-L"), m_dir.path()});
    if (!m_server.waitForStarted(5000)) {
        *error = QStringLiteral("speech-dispatcher did not start");
        return false;
    }
    const QDeadlineTimer deadline(10000);
    while (!QFileInfo::exists(socket) && !deadline.hasExpired() &&
           m_server.state() == QProcess::Running)
        QThread::msleep(50);
    if (!QFileInfo::exists(socket)) {
        QFile log(m_dir.filePath(QStringLiteral("speech-dispatcher.log")));
        log.open(QIODevice::ReadOnly);
        *error = QStringLiteral("speech-dispatcher gave no socket (%1): %2 %3")
                     .arg(m_server.state() == QProcess::Running ? QStringLiteral("running")
                                                                : QStringLiteral("ended"),
                          output(), QString::fromLocal8Bit(log.read(4000)));
        return false;
    }
    qputenv("SPEECHD_ADDRESS", QByteArray("unix_socket:") + socket.toLocal8Bit());
    return true;
}
