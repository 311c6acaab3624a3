// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small helpers shared by the benchmarks: the output line, medians, peak memory, and
// photo-like test pictures.
#include "democase.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QList>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

namespace Bench {

// "BENCH <area>.<figure> <value> <unit>", one line each, flushed at once.
inline void report(const char *area, const char *figure, double value, const char *unit)
{
    std::printf("BENCH %s.%s %.3f %s\n", area, figure, value, unit);
    std::fflush(stdout);
}

inline double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

// Peak resident memory of this process so far (VmHWM), in MiB.
inline double peakRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

// A drawn scene with grain, saved as JPEG: drawn pictures alone compress far better than a
// camera's, which would flatter decoding and storing.
inline QByteArray grainyPhoto(int theme, QSize size, QRandomGenerator &grain, int quality,
                              int amplitude)
{
    QImage image =
        QImage::fromData(DemoCase::drawPicture(theme, size)).convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int n = int(grain.bounded(2 * amplitude + 1)) - amplitude;
            const QRgb c = line[x];
            line[x] = qRgb(qBound(0, qRed(c) + n, 255), qBound(0, qGreen(c) + n, 255),
                           qBound(0, qBlue(c) + n, 255));
        }
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "jpeg", quality);
    return bytes;
}

} // namespace Bench
