// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QObject>

#include <memory>

class QAudioSink;

// Plays a stored recording from memory: the Opus bytes are decoded into a buffer the speaker
// reads; nothing is written to a file.
class VoicePlayer : public QObject
{
    Q_OBJECT

public:
    explicit VoicePlayer(QObject *parent = nullptr);
    ~VoicePlayer() override;

    // False, with errorString(), when the clip is unreadable or there is nothing to play it on.
    bool play(const QByteArray &opus);
    void stop();
    bool isPlaying() const { return m_sink != nullptr; }
    qint64 positionMs() const;
    qint64 durationMs() const;
    QString errorString() const { return m_error; }

signals:
    void progress(qint64 ms);
    void finished();

private:
    void release();

    std::unique_ptr<QAudioSink> m_sink;
    QByteArray m_pcm;
    QBuffer m_buffer;
    QString m_error;
};
