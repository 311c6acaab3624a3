// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// A real speech-dispatcher for one test program, with the espeak-ng module, its own socket
// and configuration in a throw-away folder, speaking into the PulseAudio the test started
// (PULSE_SERVER). Qt TextToSpeech finds it through SPEECHD_ADDRESS. Stopped on destruction.
class SpeechServer
{
public:
    SpeechServer();
    ~SpeechServer();
    bool start(QString *error);

private:
    QTemporaryDir m_dir;
    QProcess m_server;
};
