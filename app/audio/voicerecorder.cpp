// SPDX-License-Identifier: GPL-3.0-or-later
#include "voicerecorder.h"

#include "pcm.h"

#include <QAudioDevice>
#include <QAudioSource>
#include <QMediaDevices>

VoiceRecorder::VoiceRecorder(QObject *parent)
    : QObject(parent)
{}

VoiceRecorder::~VoiceRecorder()
{
    if (m_source)
        m_source->stop();
    Pcm::wipe(m_pcm);
}

bool VoiceRecorder::hasMicrophone()
{
    return !QMediaDevices::defaultAudioInput().isNull();
}

bool VoiceRecorder::start()
{
    if (m_source)
        return true;
    m_error.clear();
    const QAudioDevice device = QMediaDevices::defaultAudioInput();
    if (device.isNull()) {
        m_error = tr("No microphone was found. Check that one is plugged in and turned on, or "
                     "type the words instead.");
        return false;
    }
    // Speech at 48 kHz mono where the microphone offers it; otherwise what it prefers, mixed
    // down to mono as it comes in.
    QAudioFormat wanted;
    wanted.setSampleRate(48000);
    wanted.setChannelCount(1);
    wanted.setSampleFormat(QAudioFormat::Int16);
    m_format = device.isFormatSupported(wanted) ? wanted : device.preferredFormat();
    if (!m_format.isValid() || m_format.sampleRate() < 8000 || m_format.sampleRate() > 96000) {
        m_error = tr("The microphone could not be used.");
        return false;
    }
    Pcm::wipe(m_pcm);
    m_pcm.reserve(qsizetype(std::min(m_maxSeconds, 60)) * m_format.sampleRate() * 2);
    m_source = std::make_unique<QAudioSource>(device, m_format);
    m_source->setBufferSize(m_format.bytesForDuration(200000));
    m_input = m_source->start();
    if (!m_input || m_source->error() != QAudio::NoError) {
        m_source.reset();
        m_error = tr("The microphone could not be used. Another program may be using it.");
        return false;
    }
    connect(m_input, &QIODevice::readyRead, this, &VoiceRecorder::read);
    connect(m_source.get(), &QAudioSource::stateChanged, this, [this](QAudio::State state) {
        if (state == QAudio::StoppedState && m_source && m_source->error() != QAudio::NoError) {
            m_error = tr("The microphone stopped working. What was recorded so far is kept.");
            emit failed(m_error);
            finish(false);
        }
    });
    return true;
}

void VoiceRecorder::read()
{
    if (!m_input)
        return;
    QByteArray raw = m_input->readAll();
    if (raw.isEmpty())
        return;
    QByteArray mono = m_format.sampleFormat() == QAudioFormat::Int16 && m_format.channelCount() == 1
                          ? raw
                          : Pcm::toMono16(raw, m_format);
    const qint64 room = qint64(m_maxSeconds) * m_format.sampleRate() * 2 - m_pcm.size();
    const bool full = mono.size() >= room;
    m_pcm.append(mono.constData(), qsizetype(std::clamp<qint64>(mono.size(), 0, room)));
    emit progress(elapsedMs(), Pcm::peak(mono));
    Pcm::wipe(raw);
    Pcm::wipe(mono);
    if (full)
        finish(true);
}

void VoiceRecorder::stop()
{
    if (!m_source)
        return;
    read(); // what the server has already sent
    finish(false);
}

void VoiceRecorder::finish(bool full)
{
    if (!m_source)
        return;
    if (m_input)
        disconnect(m_input, nullptr, this, nullptr);
    m_source->disconnect(this);
    m_source->stop();
    m_source.reset();
    m_input = nullptr;
    emit stopped(full);
}

qint64 VoiceRecorder::elapsedMs() const
{
    return Pcm::durationMs(m_pcm, m_format.sampleRate());
}

QByteArray VoiceRecorder::takeRecording()
{
    QByteArray out = std::move(m_pcm);
    m_pcm = QByteArray();
    return out;
}
