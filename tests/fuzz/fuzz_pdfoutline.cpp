// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the PDF outline writer reads the cross-reference table of a PDF before it
// appends bookmarks. Given any bytes, it must either leave them untouched (and say so) or add
// to them without changing a byte already there.
#include "pdfoutline.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray original(reinterpret_cast<const char *>(data), qsizetype(size));
    QByteArray pdf = original;
    const QList<BookOutlineEntry> entries = {
        {QStringLiteral("All about me"), 1, 0},
        {QStringLiteral("Where I have lived"), 3, 0},
        {QStringLiteral("Nana's house (ŵ, ن)"), 4, 1},
    };
    const PdfOutline::Info info{QStringLiteral("Maisie's life story"), QStringLiteral("Sue"),
                                QStringLiteral("Child's book"), QStringLiteral("Belonging")};
    const bool appended = PdfOutline::append(pdf, entries, info);
    if (!appended && pdf != original)
        std::abort();
    if (appended && (pdf.size() <= original.size() || !pdf.startsWith(original)))
        std::abort();
    return 0;
}
