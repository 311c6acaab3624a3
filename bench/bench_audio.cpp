// SPDX-License-Identifier: GPL-3.0-or-later
// The child's voice: a five-minute recording (the longest allowed) encoded to Ogg Opus in
// memory and stored in the encrypted case, then read back and decoded for playing. Reports
// time, the stored size and the peak memory (issue 14).
#include "benchutil.h"

#include "casefile.h"
#include "keyderivation.h"
#include "mediarepository.h"
#include "opusclip.h"
#include "pcm.h"
#include "securebytes.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

using Bench::report;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const double seconds = app.arguments().contains(QStringLiteral("--quick")) ? 30 : 300;
    // Speech-like: a voice's pitch moving between 120 and 300 Hz, with breath noise, in
    // phrases and pauses. Pure tones would flatter the encoder.
    QRandomGenerator noise(14);
    QByteArray pcm;
    pcm.reserve(qsizetype(seconds * 48000 * 2));
    for (double t = 0; t < seconds; t += 2.5) {
        QByteArray phrase = Pcm::tone(120 + noise.bounded(180), 2.0, 48000, 0.4);
        auto *s = reinterpret_cast<qint16 *>(phrase.data());
        for (qsizetype i = 0; i < phrase.size() / 2; ++i)
            s[i] = qint16(std::clamp(int(s[i]) + int(noise.bounded(2001)) - 1000, -32768, 32767));
        pcm += phrase;
        pcm += QByteArray(48000, '\0'); // half a second's pause
    }
    pcm.truncate(qsizetype(seconds * 48000 * 2));
    const double before = Bench::peakRssMiB();

    QTemporaryDir dir;
    StorageError error;
    auto file = CaseFile::create(dir.filePath(QStringLiteral("Bench.belonging")),
                                 SecureBytes::fromUtf8(QStringLiteral("bench")), &error,
                                 KdfParams::fastForTests());
    if (!file)
        return 1;
    QElapsedTimer timer;
    timer.start();
    const QByteArray clip = OpusClip::encode(pcm, 48000);
    const double encodeMs = double(timer.nsecsElapsed()) / 1e6;
    Media m;
    m.mimeType = OpusClip::mimeType();
    m.data = clip;
    m.addedAt = QDateTime::currentDateTimeUtc();
    timer.restart();
    if (MediaRepository(*file).add(m))
        return 1;
    const double storeMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    const auto back = OpusClip::decode(MediaRepository(*file).data(m.id));
    const double decodeMs = double(timer.nsecsElapsed()) / 1e6;
    if (!back)
        return 1;
    report("audio", "recording_seconds", seconds, "s");
    report("audio", "encode", encodeMs, "ms");
    report("audio", "store", storeMs, "ms");
    report("audio", "read_and_decode", decodeMs, "ms");
    report("audio", "stored_size", double(clip.size()) / 1024.0, "KiB");
    report("audio", "peak_memory_over_the_samples", Bench::peakRssMiB() - before, "MiB");
    report("audio", "peak_memory", Bench::peakRssMiB(), "MiB");
    return 0;
}
