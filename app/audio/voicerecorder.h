// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAudioFormat>
#include <QByteArray>
#include <QObject>
#include <QPointer>

#include <memory>

class QAudioSource;
class QIODevice;

// Records from the microphone into memory only (Qt Multimedia reads the sound server; nothing
// is written to a file), as mono 16-bit samples, up to a limit. The caller encodes what it
// takes; anything left is wiped when the recorder goes.
class VoiceRecorder : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxSeconds = 5 * 60;

    explicit VoiceRecorder(QObject *parent = nullptr);
    ~VoiceRecorder() override;

    // False, with errorString(), when there is no microphone or it cannot be opened.
    bool start();
    void stop();
    bool isRecording() const { return m_source != nullptr; }
    qint64 elapsedMs() const;
    int sampleRate() const { return m_format.sampleRate(); }
    // What was recorded (mono signed 16-bit at sampleRate()); the recorder keeps nothing.
    QByteArray takeRecording();
    QString errorString() const { return m_error; }
    void setMaxSeconds(int seconds) { m_maxSeconds = seconds; }
    int maxSeconds() const { return m_maxSeconds; }

    static bool hasMicrophone();

signals:
    // About ten times a second: how long so far, and how loud now (0..1).
    void progress(qint64 ms, double level);
    // Stopped by stop(), by reaching the limit (`full`), or by the microphone going away.
    void stopped(bool full);
    void failed(const QString &message);

private:
    void read();
    void finish(bool full);

    std::unique_ptr<QAudioSource> m_source;
    QPointer<QIODevice> m_input;
    QAudioFormat m_format;
    QByteArray m_pcm; // mono 16-bit
    QString m_error;
    int m_maxSeconds = kMaxSeconds;
};
