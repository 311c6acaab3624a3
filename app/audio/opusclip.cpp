// SPDX-License-Identifier: GPL-3.0-or-later
#include "opusclip.h"

#include <opusenc.h>
#include <opusfile.h>

#include <memory>

namespace {

int appendTo(void *user, const unsigned char *bytes, opus_int32 length)
{
    static_cast<QByteArray *>(user)->append(reinterpret_cast<const char *>(bytes), length);
    return 0;
}

int closeNothing(void *)
{
    return 0;
}

struct EncoderFree
{
    void operator()(OggOpusEnc *e) const { ope_encoder_destroy(e); }
};
struct CommentsFree
{
    void operator()(OggOpusComments *c) const { ope_comments_destroy(c); }
};
struct FileFree
{
    void operator()(OggOpusFile *f) const { op_free(f); }
};

std::unique_ptr<OggOpusFile, FileFree> open(const QByteArray &ogg)
{
    if (!OpusClip::looksLikeOpus(ogg))
        return nullptr;
    int error = 0;
    return std::unique_ptr<OggOpusFile, FileFree>(op_open_memory(
        reinterpret_cast<const unsigned char *>(ogg.constData()), size_t(ogg.size()), &error));
}

} // namespace

bool OpusClip::looksLikeOpus(const QByteArray &bytes)
{
    // An Ogg page whose first packet is an Opus header.
    return bytes.startsWith("OggS") && bytes.size() >= 47 && bytes.mid(28, 8) == "OpusHead";
}

QByteArray OpusClip::encode(const QByteArray &pcm16, int sampleRate, QString *error)
{
    const auto fail = [&] {
        if (error)
            *error = tr("The recording could not be saved.");
        return QByteArray();
    };
    if (sampleRate < 8000 || sampleRate > 96000 || pcm16.size() % 2 != 0)
        return fail();
    std::unique_ptr<OggOpusComments, CommentsFree> comments(ope_comments_create());
    if (!comments)
        return fail();
    QByteArray out;
    // About the size it will be: no copying as it grows.
    out.reserve(int(qint64(pcm16.size()) / 2 * kBitrate / 8 / sampleRate + 4096));
    const OpusEncCallbacks callbacks{appendTo, closeNothing};
    int status = OPE_OK;
    std::unique_ptr<OggOpusEnc, EncoderFree> encoder(
        ope_encoder_create_callbacks(&callbacks, &out, comments.get(), sampleRate, 1, 0, &status));
    if (!encoder || status != OPE_OK)
        return fail();
    ope_encoder_ctl(encoder.get(), OPUS_SET_BITRATE(kBitrate));
    ope_encoder_ctl(encoder.get(), OPUS_SET_SIGNAL(OPUS_SIGNAL_VOICE));
    // Half the time of the default (10) for five minutes of speech (bench_audio), for a
    // small loss a voice at this bitrate hardly shows.
    ope_encoder_ctl(encoder.get(), OPUS_SET_COMPLEXITY(5));
    const auto *samples = reinterpret_cast<const opus_int16 *>(pcm16.constData());
    const qsizetype count = pcm16.size() / 2;
    // In pieces of a second, so a long clip needs no second copy inside the encoder.
    for (qsizetype at = 0; at < count; at += sampleRate) {
        const int n = int(std::min<qsizetype>(sampleRate, count - at));
        if (ope_encoder_write(encoder.get(), samples + at, n) != OPE_OK)
            return fail();
    }
    if (ope_encoder_drain(encoder.get()) != OPE_OK)
        return fail();
    return out;
}

std::optional<QByteArray> OpusClip::decode(const QByteArray &ogg, QString *error)
{
    auto file = open(ogg);
    if (!file) {
        if (error)
            *error = tr("This recording cannot be played: it is not a recording Belonging can "
                        "read, or it is damaged.");
        return std::nullopt;
    }
    const qint64 total = op_pcm_total(file.get(), -1);
    const qint64 limit = qint64(kMaxSeconds) * kDecodedRate;
    QByteArray out;
    if (total > 0)
        out.reserve(int(std::min(total, limit) * 2));
    // Always read as stereo (a stream may change its channels part way), then mix to mono.
    constexpr int kFrames = 5760; // 120 ms, the longest Opus packet
    opus_int16 stereo[kFrames * 2];
    qint64 frames = 0;
    for (;;) {
        const int got = op_read_stereo(file.get(), stereo, kFrames * 2);
        if (got == 0)
            break;
        if (got < 0) {
            if (got == OP_HOLE)
                continue; // a page lost in the middle: keep what is there
            break;        // damaged from here on: keep what was read
        }
        const int n = int(std::min<qint64>(got, limit - frames));
        const qsizetype before = out.size();
        out.resize(before + qsizetype(n) * 2);
        auto *mono = reinterpret_cast<qint16 *>(out.data() + before);
        for (int i = 0; i < n; ++i)
            mono[i] = qint16((int(stereo[2 * i]) + int(stereo[2 * i + 1])) / 2);
        frames += n;
        if (frames >= limit)
            break;
    }
    std::fill(std::begin(stereo), std::end(stereo), opus_int16(0));
    if (out.isEmpty()) {
        if (error)
            *error = tr("This recording is empty or damaged.");
        return std::nullopt;
    }
    return out;
}

qint64 OpusClip::durationMs(const QByteArray &ogg)
{
    auto file = open(ogg);
    if (!file)
        return -1;
    const qint64 total = op_pcm_total(file.get(), -1);
    return total < 0 ? -1 : total * 1000 / kDecodedRate;
}
