// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// Writes a file that holds a child's story (a book, a letter): whole or not at all (QSaveFile),
// and owner-only (0600) like the case file itself.
class PrivateFile
{
public:
    static bool write(const QString &path, const QByteArray &bytes);
};
