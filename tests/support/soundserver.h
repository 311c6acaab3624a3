// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// A real PulseAudio for one test program: its own socket in a throw-away folder, a null sink
// and, as the default source, a microphone that hears the sink's monitor (what is played into
// the sink is what the "microphone" hears). Started before Qt Multimedia is first used; stopped on
// destruction.
class SoundServer
{
public:
    SoundServer();
    ~SoundServer();
    bool start(QString *error);
    // Plays mono 16-bit samples at 48 kHz into the sink (pacat, from memory); returns at once.
    bool play(const QByteArray &pcm);
    bool waitForPlayed(int ms);
    QString folder() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QProcess m_server;
    QProcess m_player;
};
