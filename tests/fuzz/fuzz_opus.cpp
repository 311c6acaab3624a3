// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: bytes given as a stored recording (Ogg Opus). Decoding must never crash,
// hang or grow past its limit; what decodes has a length the stream's own duration allows,
// and encoded again it decodes again.
#include "opusclip.h"
#include "pcm.h"

#include <QCoreApplication>

#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto pcm = OpusClip::decode(bytes, &error);
    if (!pcm) {
        if (error.isEmpty())
            std::abort(); // a refusal always says why
        return 0;
    }
    const qint64 ms = Pcm::durationMs(*pcm, OpusClip::kDecodedRate);
    if (pcm->isEmpty() || ms > qint64(OpusClip::kMaxSeconds) * 1000)
        std::abort();
    // Encoded again (the first seconds, to keep each input quick), it reads back.
    const QByteArray again =
        OpusClip::encode(pcm->left(OpusClip::kDecodedRate * 2 * 2), OpusClip::kDecodedRate, &error);
    if (again.isEmpty() || !OpusClip::decode(again))
        std::abort();
    return 0;
}
