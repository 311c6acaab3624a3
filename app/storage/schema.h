// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storageerror.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

// The case file's schema, versioned with PRAGMA user_version. Each migration runs in one
// transaction, so a file is always at one whole version or the one before it.
class Schema
{
public:
    static constexpr int kCurrentVersion = 12;
    // PRAGMA application_id: "BELO". Marks a decrypted database as a Belonging case.
    static constexpr int kApplicationId = 0x42454C4F;

    struct Migration
    {
        int toVersion;
        QStringList statements;
    };
    static QList<Migration> migrations();

    static int version(QSqlDatabase &db);
    static int applicationId(QSqlDatabase &db);
    // Runs every migration above the file's version, up to the last in the list.
    static StorageError migrate(QSqlDatabase &db, const QList<Migration> &steps = migrations());
};
