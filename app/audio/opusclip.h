// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

// A recording of someone's voice as Ogg Opus, encoded and decoded in memory. Speech needs
// little: mono at 24 kbit/s, so five minutes is under a megabyte in the case. Nothing here
// touches a file.
class OpusClip
{
    Q_DECLARE_TR_FUNCTIONS(OpusClip)

public:
    static constexpr int kDecodedRate = 48000; // what Opus always decodes to
    static constexpr int kBitrate = 24000;
    // A stored clip never decodes to more than this (a hostile file cannot fill the memory).
    static constexpr int kMaxSeconds = 15 * 60;
    static QString mimeType() { return QStringLiteral("audio/ogg; codecs=opus"); }

    // Mono signed 16-bit samples (native order) at `sampleRate` (8 000 to 96 000 Hz) to an
    // Ogg Opus stream. Empty and an error message when it cannot be encoded.
    static QByteArray encode(const QByteArray &pcm16, int sampleRate, QString *error = nullptr);

    // Back to mono signed 16-bit samples at kDecodedRate. nullopt and a plain message when
    // the bytes are not a readable Opus recording.
    static std::optional<QByteArray> decode(const QByteArray &ogg, QString *error = nullptr);

    // How long the clip plays, in milliseconds, read from the stream; -1 when unreadable.
    static qint64 durationMs(const QByteArray &ogg);
    static bool looksLikeOpus(const QByteArray &bytes);
};
