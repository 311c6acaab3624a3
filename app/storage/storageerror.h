// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

// What went wrong with a case file, as a value: a kind the code can act on, a translated
// message that tells the user what to do next, and a technical detail for logs. Neither ever
// contains the passphrase, key material or anything read from inside the case.
class StorageError
{
    Q_DECLARE_TR_FUNCTIONS(StorageError)

public:
    enum class Kind {
        None,
        WrongPassphrase,
        NotABelongingFile,
        NewerVersion,
        Damaged,
        AlreadyOpen,
        ReadOnlyLocation,
        DiskFull,
        FileMissing,
        FileExists,
        NotFound,
        Io,
        CannotUpdateHere, // an older case needs updating, and its place cannot be written
    };

    StorageError() = default;
    StorageError(Kind kind, QString detail = {})
        : m_kind(kind)
        , m_detail(std::move(detail))
    {}

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    explicit operator bool() const { return isError(); }
    QString message() const;
    QString detail() const { return m_detail; }

    // Maps an SQLite (extended) result code to the kind a user can act on.
    static StorageError fromSqlite(int code, const QString &detail);

private:
    Kind m_kind = Kind::None;
    QString m_detail;
};
