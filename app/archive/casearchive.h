// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casecontent.h"
#include "casefile.h"

#include <QCoreApplication>

// Export everything: the whole case as one ZIP archive — case.json (CaseJson) and each picture
// as an ordinary file under media/ — so a child's story never depends on this program.
// Encrypted with AES-256 (WinZip AES, which 7-Zip and other archive tools open) unless the
// user chose a plain one. Written whole under a hidden name beside it and named last;
// pictures are read from the case one at a time while writing, so a big story never has to
// fit in memory.
//
// Import reads an archive back into memory only (nothing is unpacked to disk) and refuses,
// plainly, anything that is not exactly what Belonging writes: other files, names with ".."
// or links, files bigger than allowed, or bigger than they say (zip bombs), a case.json that
// breaks the format, pictures that are not pictures.
class CaseArchive
{
    Q_DECLARE_TR_FUNCTIONS(CaseArchive)

public:
    static constexpr qint64 kMaxJsonBytes = 64 * 1024 * 1024; // many times a large story
    static constexpr int kMaxEntries = 200'000;

    // Empty on success, else a plain message (which problem, what to do; never the path).
    static QString write(CaseFile &file, const QString &path, const QByteArray &passphrase);

    enum class Problem {
        None,
        NeedsPassphrase,
        WrongPassphrase,
        NotAnArchive,
        Damaged,
        NewerVersion,
        NotAllowed,
        TooBig
    };
    struct ReadResult
    {
        CaseContent content;
        Problem problem = Problem::None;
        QString error; // plain, never quoting the archive's content
        bool ok() const { return problem == Problem::None; }
    };
    static ReadResult read(const QString &path, const QByteArray &passphrase);
    static ReadResult readBytes(const QByteArray &zip, const QByteArray &passphrase);
    // Import: a new case at `path` holding what was read, made whole before it is named.
    static StorageError createCase(const QString &path, const CaseFile::Key &key,
                                   CaseContent &content);
};
