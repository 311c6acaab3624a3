// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keyderivation.h"
#include "schema.h"
#include "storageerror.h"

#include <QObject>
#include <QSqlDatabase>

#include <functional>
#include <memory>

// storage: everything Belonging keeps, in one SQLCipher-encrypted file (see FORMAT.md).
//
// CaseFile owns the connection to one case: create, open, close/lock, change passphrase, save a
// copy, integrity check. The file is held with SQLite's EXCLUSIVE locking mode for as long as
// it is open: a second opener (another window or process) gets "already open", no lock file is
// left beside the case, and the lock vanishes with the process if it crashes.
// Every repository writes through database() in its own short transaction.
class CaseFile
{
    Q_DISABLE_COPY_MOVE(CaseFile)

public:
    ~CaseFile();

    static std::unique_ptr<CaseFile> create(const QString &path, const SecureBytes &passphrase,
                                            StorageError *error,
                                            const KdfParams &params = KdfParams());
    static std::unique_ptr<CaseFile> open(const QString &path, const SecureBytes &passphrase,
                                          StorageError *error,
                                          const KdfParams &params = KdfParams());

    // The slow part of create and open, the passphrase stretched with Argon2id (about a second
    // on a busy laptop), split off so the app can run it on another thread beside a progress
    // window. Safe on any thread; the rest of create and open stays on the caller's.
    struct Key
    {
        SecureBytes key;
        QByteArray salt;
        StorageError error; // the file is not a case, cannot be read, or memory ran out
    };
    static Key newKey(const SecureBytes &passphrase, const KdfParams &params = KdfParams());
    static Key keyFor(const QString &path, const SecureBytes &passphrase,
                      const KdfParams &params = KdfParams());
    // fill, if given, writes the new case's first content before it takes its name: a copy
    // that fails or is killed part-way leaves nothing under that name.
    static std::unique_ptr<CaseFile>
    create(const QString &path, const Key &key, StorageError *error,
           const std::function<StorageError(CaseFile &)> &fill = {});
    static std::unique_ptr<CaseFile> open(const QString &path, const Key &key, StorageError *error);
    // An encrypted, in-memory case with a random key (the demo): nothing touches the disk.
    static std::unique_ptr<CaseFile> createInMemory(StorageError *error);

    // Checks a file's first bytes without a passphrase: missing, empty, plain SQLite, wrong size.
    static StorageError identify(const QString &path);

    bool isOpen() const;
    bool isInMemory() const { return m_path.isEmpty(); }
    QString path() const { return m_path; }
    QSqlDatabase database() const;

    // Closes the connection and wipes the key. Afterwards only open() gets the data back.
    void close();

    // Whether this is the passphrase the open file has now (derives its key: takes a moment).
    bool isPassphrase(const SecureBytes &passphrase, const KdfParams &params = KdfParams()) const;
    StorageError changePassphrase(const SecureBytes &newPassphrase,
                                  const KdfParams &params = KdfParams());
    // Writes an encrypted copy; with a passphrase the copy gets its own salt and key.
    StorageError saveCopy(const QString &path, const SecureBytes *newPassphrase = nullptr,
                          const KdfParams &params = KdfParams()) const;
    // PRAGMA integrity_check and foreign_key_check; Damaged if either finds a problem.
    StorageError checkIntegrity() const;
    // Whether the file is still where it was opened (not moved or deleted underneath us).
    StorageError checkLocation() const;
    // The error to report for a failed statement on this case (disk full, file gone, ...).
    StorageError errorFor(const class QSqlError &error) const;

    // Groups many writes into one transaction (imports, the demo). Repositories see the batch
    // and do not begin or commit their own; endBatch(false) rolls everything back.
    StorageError beginBatch();
    StorageError endBatch(bool commit);
    bool inBatch() const { return m_inBatch; }

private:
    CaseFile() = default;
    StorageError connect(const QString &path, SecureBytes keySpec, bool existing);
    StorageError exportTo(const QString &path, const SecureBytes &keySpec) const;
    void rememberLocation();

    QString m_path;
    QString m_connectionName;
    SecureBytes m_keySpec; // kept (locked, wiped on close) only to write copies
    quint64 m_device = 0;
    quint64 m_inode = 0;
    bool m_inBatch = false;
};
