// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAudioFormat>
#include <QByteArray>

// Sound as plain numbers, for recording and checking it: whatever a microphone gives, made
// into mono signed 16-bit; and simple measures of a clip (how long, how loud, what pitch).
namespace Pcm {

// Mono signed 16-bit from any interleaved format Qt Multimedia delivers.
QByteArray toMono16(const QByteArray &bytes, const QAudioFormat &format);
// A sine tone, mono signed 16-bit (tests and the sound check).
QByteArray tone(double hz, double seconds, int sampleRate, double amplitude = 0.5);
qint64 durationMs(const QByteArray &mono16, int sampleRate);
// The loudest sample, 0..1 (a level meter).
double peak(const QByteArray &mono16);
// The main frequency from zero crossings of the loud part; 0 for silence.
double pitchHz(const QByteArray &mono16, int sampleRate);
// Overwrites samples before the memory is given back: a recording never lingers in freed memory.
void wipe(QByteArray &bytes);

} // namespace Pcm
