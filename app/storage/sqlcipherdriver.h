// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "securebytes.h"

#include <QList>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlResult>

struct sqlite3;
class SqlCipherResult;

// A Qt Sql driver for SQLCipher (linked statically, see storage/CMakeLists.txt), written against
// Qt's public QSqlDriver/QSqlResult API so the rest of Belonging uses ordinary QSqlQuery.
//
// The key is handed over with setKeySpec() before open(); open() applies it, sets the cipher
// page size and proves the key by reading the schema, so a wrong key fails in open() itself.
// The database name ":memory:" gives an encrypted in-memory database (used for the demo).
class SqlCipherDriver : public QSqlDriver
{
    Q_OBJECT

public:
    static constexpr int kCipherPageSize = 4096;
    static const QString kDriverName; // "QSQLCIPHER"

    // Makes "QSQLCIPHER" available to QSqlDatabase::addDatabase(). Idempotent.
    static void registerDriver();

    explicit SqlCipherDriver(QObject *parent = nullptr);
    ~SqlCipherDriver() override;

    // Raw SQLCipher key spec, e.g. from KeyDerivation::sqlcipherKeySpec(). Taken over (moved).
    void setKeySpec(SecureBytes keySpec) { m_keySpec = std::move(keySpec); }
    // SQLite's extended result code of the last failure (SQLITE_NOTADB, SQLITE_FULL, ...).
    int lastSqliteCode() const { return m_lastCode; }

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString &db, const QString &user, const QString &password, const QString &host,
              int port, const QString &connectOptions) override;
    void close() override;
    QSqlResult *createResult() const override;
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;
    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString &tableName) const override;
    QSqlIndex primaryIndex(const QString &tableName) const override;
    QString escapeIdentifier(const QString &identifier, IdentifierType type) const override;
    QVariant handle() const override;

    sqlite3 *connection() const { return m_db; }
    // Runs one statement without results; used for PRAGMAs and transactions.
    bool execute(const QString &sql);
    void noteFailure(int code) { m_lastCode = code; }

private:
    friend class SqlCipherResult;
    bool fail(const QString &text, QSqlError::ErrorType type, int code);

    sqlite3 *m_db = nullptr;
    SecureBytes m_keySpec;
    int m_lastCode = 0;
    mutable QList<SqlCipherResult *> m_results;
};
