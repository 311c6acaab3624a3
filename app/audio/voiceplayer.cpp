// SPDX-License-Identifier: GPL-3.0-or-later
#include "voiceplayer.h"

#include "opusclip.h"
#include "pcm.h"

#include <QAudioDevice>
#include <QAudioSink>
#include <QMediaDevices>

VoicePlayer::VoicePlayer(QObject *parent)
    : QObject(parent)
{}

VoicePlayer::~VoicePlayer()
{
    release();
}

bool VoicePlayer::play(const QByteArray &opus)
{
    stop();
    m_error.clear();
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull()) {
        m_error = tr("No speaker or headphones were found, so the recording cannot be played.");
        return false;
    }
    auto pcm = OpusClip::decode(opus, &m_error);
    if (!pcm)
        return false;
    QAudioFormat format;
    format.setSampleRate(OpusClip::kDecodedRate);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    if (!device.isFormatSupported(format)) {
        Pcm::wipe(*pcm);
        m_error = tr("The speaker cannot play this recording.");
        return false;
    }
    m_pcm = std::move(*pcm);
    m_buffer.setBuffer(&m_pcm);
    m_buffer.open(QIODevice::ReadOnly);
    m_sink = std::make_unique<QAudioSink>(device, format);
    connect(m_sink.get(), &QAudioSink::stateChanged, this, [this](QAudio::State state) {
        if (!m_sink)
            return;
        emit progress(positionMs());
        // Idle: everything in the buffer was played.
        if (state == QAudio::IdleState || state == QAudio::StoppedState) {
            release();
            emit finished();
        }
    });
    m_sink->start(&m_buffer);
    if (m_sink->error() != QAudio::NoError) {
        release();
        m_error = tr("The recording could not be played.");
        return false;
    }
    return true;
}

void VoicePlayer::stop()
{
    if (!m_sink)
        return;
    release();
    emit finished();
}

void VoicePlayer::release()
{
    if (m_sink) {
        m_sink->disconnect(this);
        m_sink->stop();
        m_sink.reset();
    }
    m_buffer.close();
    m_buffer.setBuffer(nullptr);
    Pcm::wipe(m_pcm);
}

qint64 VoicePlayer::positionMs() const
{
    return m_sink ? m_sink->processedUSecs() / 1000 : 0;
}

qint64 VoicePlayer::durationMs() const
{
    return Pcm::durationMs(m_pcm, OpusClip::kDecodedRate);
}
