// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Writes a file that holds a child's story (a book, a letter): whole or not at all (QSaveFile),
// and owner-only (0600) like the case file itself.
class PrivateFile
{
    Q_DECLARE_TR_FUNCTIONS(PrivateFile)

public:
    // Returns an empty string once the PDF is written, else a plain message saying which
    // problem it was (no such folder, a folder that cannot be changed, a full disk) and what to
    // do, never the path.
    static QString write(const QString &path, const QByteArray &bytes);
};
