// SPDX-License-Identifier: GPL-3.0-or-later
#include "soundserver.h"

#include "serverprocess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

namespace {
const QString kSink = QStringLiteral("belonging_test");
}

SoundServer::SoundServer() = default;

SoundServer::~SoundServer()
{
    ServerProcess::stop(m_player);
    ServerProcess::stop(m_server);
}

bool SoundServer::start(QString *error)
{
    const QString pulseaudio = QStandardPaths::findExecutable(QStringLiteral("pulseaudio"));
    if (pulseaudio.isEmpty() || QStandardPaths::findExecutable(QStringLiteral("pacat")).isEmpty()) {
        *error = QStringLiteral("pulseaudio and pacat are needed (scripts/install-deps)");
        return false;
    }
    const QString socket = m_dir.filePath(QStringLiteral("native"));
    if (!ServerProcess::start(
            m_server, pulseaudio,
            {QStringLiteral("-n"), QStringLiteral("--daemonize=no"),
             QStringLiteral("--exit-idle-time=-1"), QStringLiteral("--use-pid-file=no"),
             QStringLiteral("--load=module-native-protocol-unix socket=%1 "
                            "auth-anonymous=1")
                 .arg(socket),
             QStringLiteral("--load=module-null-sink sink_name=%1 rate=48000 channels=1")
                 .arg(kSink),
             // Qt Multimedia lists no monitor as a microphone: a source remapped from
             // the monitor is one.
             QStringLiteral("--load=module-remap-source source_name=%1_mic "
                            "master=%1.monitor channels=1")
                 .arg(kSink)},
            m_dir.path(), socket, error))
        return false;
    // Qt Multimedia and pactl find the server here; the monitor is the microphone.
    qputenv("PULSE_SERVER", QByteArray("unix:") + socket.toLocal8Bit());
    QProcess pactl;
    pactl.start(QStringLiteral("pactl"),
                {QStringLiteral("set-default-source"), kSink + QStringLiteral("_mic")});
    if (!pactl.waitForFinished(5000) || pactl.exitCode() != 0) {
        *error = QStringLiteral("pactl could not choose the source: ") +
                 QString::fromLocal8Bit(pactl.readAll());
        return false;
    }
    return true;
}

bool SoundServer::play(const QByteArray &pcm)
{
    m_player.start(QStringLiteral("pacat"),
                   {QStringLiteral("--playback"), QStringLiteral("--raw"),
                    QStringLiteral("--format=s16le"), QStringLiteral("--rate=48000"),
                    QStringLiteral("--channels=1"), QStringLiteral("--device=") + kSink});
    if (!m_player.waitForStarted(5000))
        return false;
    m_player.write(pcm);
    m_player.closeWriteChannel();
    return true;
}

bool SoundServer::waitForPlayed(int ms)
{
    // The event loop keeps running: the recorder reads while the tone plays.
    const QDeadlineTimer deadline(ms);
    while (m_player.state() != QProcess::NotRunning && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return m_player.state() == QProcess::NotRunning && m_player.exitCode() == 0;
}
