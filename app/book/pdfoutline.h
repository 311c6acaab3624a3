// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bookmodel.h"

#include <QByteArray>

// Qt's PDF writer (6.4) makes no document outline and writes no Author. This appends a standard
// PDF incremental update to a PDF that Qt wrote: bookmarks for each section (two levels), and
// a document information dictionary. The original bytes are left as they are.
namespace PdfOutline {

struct Info
{
    QString title;
    QString author;
    QString subject;
    QString creator;
};

// False (and the PDF untouched) if the PDF is not laid out as expected.
bool append(QByteArray &pdf, const QList<BookOutlineEntry> &entries, const Info &info);

} // namespace PdfOutline
