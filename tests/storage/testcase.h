// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casefile.h"
#include "casemodel.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Helpers shared by the storage tests: a fresh case in a temporary folder, with the fast KDF
// setting that exists only for tests.
namespace TestCase {

inline SecureBytes passphrase(const char *text = "correct horse battery staple")
{
    return SecureBytes::fromUtf8(QString::fromUtf8(text));
}

inline std::unique_ptr<CaseFile> create(const QString &path, const char *pass = "correct horse "
                                                                                "battery staple")
{
    StorageError error;
    auto file = CaseFile::create(path, passphrase(pass), &error, KdfParams::fastForTests());
    if (error)
        qWarning("create failed: %s", qPrintable(error.detail()));
    return file;
}

inline std::unique_ptr<CaseFile> open(const QString &path, StorageError *error,
                                      const char *pass = "correct horse battery staple")
{
    return CaseFile::open(path, passphrase(pass), error, KdfParams::fastForTests());
}

// The case's one model, loaded, as the main window makes it when a case opens.
inline std::unique_ptr<CaseModel> model(CaseFile &file)
{
    auto m = std::make_unique<CaseModel>(file);
    m->load();
    return m;
}

// Makes a fresh case look as version 5 left it (before move plans and letters), for the tests
// of an update from an older version.
inline bool downgradeToVersion5(CaseFile &file)
{
    QSqlQuery q(file.database());
    for (const char *table : {"handover", "media_print", "letter_version", "letter_permission",
                              "letter_section", "letter", "keep_in_touch", "move_plan"}) {
        if (!q.exec(QStringLiteral("DROP TABLE ") + QString::fromLatin1(table)))
            return false;
    }
    return q.exec(QStringLiteral("PRAGMA user_version = 5"));
}

} // namespace TestCase
