// SPDX-License-Identifier: GPL-3.0-or-later
// Helper for tst_crashsafety: writes memories one transaction at a time into the case at
// argv[1], printing each memory's title only after its commit returned, until it is killed.
// With "create" as argv[2] it only makes a new case with the product's own (slow) key
// derivation, to be killed on the way.
#include "memoryrepository.h"
#include "testcase.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 64;
    const QString path = QString::fromLocal8Bit(argv[1]);
    if (QByteArray(argv[2]) == "create") {
        StorageError error;
        auto made = CaseFile::create(path, TestCase::passphrase(), &error, KdfParams());
        std::printf(made ? "created\n" : "failed\n");
        return made ? 0 : 3;
    }
    const int start = QByteArray(argv[2]).toInt();
    StorageError error;
    auto file = QFile::exists(path) ? TestCase::open(path, &error) : TestCase::create(path);
    if (!file)
        return 1;
    MemoryRepository memories(*file);
    for (int i = start;; ++i) {
        Memory m;
        m.title = QStringLiteral("memory %1").arg(i);
        m.childsWords = QString(500, QLatin1Char('w'));
        if (memories.add(m))
            return 2;
        std::printf("%d\n", i);
        std::fflush(stdout);
    }
}
