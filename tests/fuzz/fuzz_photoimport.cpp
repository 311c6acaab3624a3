// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: bytes from a file chosen as a photo. Importing must never crash, hang or
// keep more than it may: a result is a picture no larger than allowed, with a thumbnail, or a
// plain message.
#include "photoimport.h"

#include <QGuiApplication>
#include <QImage>

#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QGuiApplication app(*argc, *argv); // image format plugins are found through it
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const PhotoImport::Result r = PhotoImport::fromBytes(bytes, QStringLiteral("photo.jpg"));
    if (r.ok() == !r.error.isEmpty())
        std::abort();
    if (r.ok()) {
        const QImage picture = QImage::fromData(r.media->data);
        if (picture.isNull() ||
            std::max(picture.width(), picture.height()) > PhotoImport::kMaxLongSide)
            std::abort();
        if (r.media->thumbnail.isEmpty())
            std::abort();
    }
    return 0;
}
