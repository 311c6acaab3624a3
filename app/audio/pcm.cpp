// SPDX-License-Identifier: GPL-3.0-or-later
#include "pcm.h"

#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numbers>

namespace Pcm {

QByteArray toMono16(const QByteArray &bytes, const QAudioFormat &format)
{
    const int channels = std::max(1, format.channelCount());
    const int width = format.bytesPerSample();
    if (width <= 0)
        return {};
    const qsizetype frames = bytes.size() / (qsizetype(width) * channels);
    QByteArray out(frames * 2, Qt::Uninitialized);
    auto *to = reinterpret_cast<qint16 *>(out.data());
    const char *from = bytes.constData();
    for (qsizetype f = 0; f < frames; ++f) {
        double sum = 0; // -1..1
        for (int c = 0; c < channels; ++c) {
            const char *s = from + (f * channels + c) * width;
            switch (format.sampleFormat()) {
            case QAudioFormat::UInt8:
                sum += (double(quint8(*s)) - 128.0) / 128.0;
                break;
            case QAudioFormat::Int16: {
                qint16 v;
                std::memcpy(&v, s, 2);
                sum += v / 32768.0;
                break;
            }
            case QAudioFormat::Int32: {
                qint32 v;
                std::memcpy(&v, s, 4);
                sum += v / 2147483648.0;
                break;
            }
            case QAudioFormat::Float: {
                float v;
                std::memcpy(&v, s, 4);
                sum += std::clamp(double(v), -1.0, 1.0);
                break;
            }
            default:
                break;
            }
        }
        to[f] = qint16(std::lround(std::clamp(sum / channels, -1.0, 32767.0 / 32768.0) * 32768.0));
    }
    return out;
}

QByteArray tone(double hz, double seconds, int sampleRate, double amplitude)
{
    const qsizetype n = qsizetype(seconds * sampleRate);
    QByteArray out(n * 2, Qt::Uninitialized);
    auto *to = reinterpret_cast<qint16 *>(out.data());
    for (qsizetype i = 0; i < n; ++i)
        to[i] = qint16(std::lround(amplitude * 32767.0 *
                                   std::sin(2 * std::numbers::pi * hz * double(i) / sampleRate)));
    return out;
}

qint64 durationMs(const QByteArray &mono16, int sampleRate)
{
    return sampleRate > 0 ? qint64(mono16.size() / 2) * 1000 / sampleRate : 0;
}

double peak(const QByteArray &mono16)
{
    const auto *s = reinterpret_cast<const qint16 *>(mono16.constData());
    int most = 0;
    for (qsizetype i = 0; i < mono16.size() / 2; ++i)
        most = std::max(most, std::abs(int(s[i])));
    return most / 32768.0;
}

double pitchHz(const QByteArray &mono16, int sampleRate)
{
    const auto *s = reinterpret_cast<const qint16 *>(mono16.constData());
    const qsizetype n = mono16.size() / 2;
    // Count upward crossings between the first and last loud sample (a tone surrounded by
    // silence is measured over the tone alone).
    const int loud = int(peak(mono16) * 32768.0 / 4);
    if (loud < 64)
        return 0;
    qsizetype first = -1, last = -1, crossings = 0;
    for (qsizetype i = 1; i < n; ++i) {
        if (std::abs(int(s[i])) >= loud) {
            if (first < 0)
                first = i;
            last = i;
        }
    }
    qsizetype from = -1, to = -1;
    for (qsizetype i = std::max<qsizetype>(first, 1); i <= last; ++i) {
        if (s[i - 1] < 0 && s[i] >= 0) {
            if (from < 0)
                from = i;
            to = i;
            ++crossings;
        }
    }
    if (crossings < 2 || to <= from)
        return 0;
    return double(crossings - 1) * sampleRate / double(to - from);
}

void wipe(QByteArray &bytes)
{
    // Only memory this array alone holds is cleared (writing to a shared one would copy it).
    if (bytes.isDetached()) {
        volatile char *p = bytes.data();
        for (qsizetype i = 0; i < bytes.size(); ++i)
            p[i] = 0;
    }
    bytes.clear();
}

} // namespace Pcm
