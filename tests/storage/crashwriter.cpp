// SPDX-License-Identifier: GPL-3.0-or-later
// Helper for tst_crashsafety, killed with SIGKILL at random moments. Each mode prints a line
// only after the work it names has returned (is durable), so the test knows what must survive:
//   crashwriter CASE N            memories, one transaction each ("N")
//   crashwriter CASE create       a new case with the product's own (slow) key derivation
//   crashwriter CASE mix N        a realistic mix: a person ("P i"), a memory with a photo
//                                 ("M i"), undoing that memory ("R i"), a tie's kind ("T p k")
//   crashwriter CASE migrate      open an older case, which migrates it ("migrated")
//   crashwriter CASE rekey N      Change Passphrase back and forth ("A n" / "B n": now A or B)
//   crashwriter CASE copy N       Save a Copy as copy-n.belonging beside the case ("C n")
#include "mediarepository.h"
#include "memoryrepository.h"
#include "personrepository.h"
#include "relationshiprepository.h"
#include "testcase.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cstdio>

namespace {

void say(const QByteArray &line)
{
    std::printf("%s\n", line.constData());
    std::fflush(stdout);
}

int mix(CaseFile &file, int start)
{
    QRandomGenerator random{quint32(start)};
    int lastPerson = -1;
    ItemId lastPersonId = kNoId;
    ItemId lastTie = kNoId;
    QList<std::pair<int, ItemId>> memories;
    for (int i = start;; ++i) {
        switch (i % 4) {
        case 0: {
            Person p;
            p.fullName = QStringLiteral("person %1").arg(i);
            p.role = Person::Role::Friend;
            if (PersonRepository(file).add(p))
                return 2;
            lastPerson = i;
            lastPersonId = p.id;
            lastTie = kNoId;
            say("P " + QByteArray::number(i));
            break;
        }
        case 1: {
            // A memory and its photo in one transaction, as the memory dialog stores them.
            Media photo;
            photo.data = QByteArray(64 * 1024 + int(random.bounded(64 * 1024)), char(i));
            photo.thumbnail = QByteArray(2048, char(i));
            photo.mimeType = QStringLiteral("image/jpeg");
            Memory m;
            m.title = QStringLiteral("memory %1").arg(i);
            if (file.beginBatch() || MediaRepository(file).add(photo))
                return 2;
            m.mediaIds = {photo.id};
            if (MemoryRepository(file).add(m) || file.endBatch(true))
                return 2;
            memories << std::pair{i, m.id};
            say("M " + QByteArray::number(i));
            break;
        }
        case 2:
            if (!memories.isEmpty() && random.bounded(2) == 0) {
                const auto [number, id] = memories.takeLast();
                if (MemoryRepository(file).remove(id))
                    return 2;
                say("R " + QByteArray::number(number));
            }
            break;
        case 3:
            if (lastPersonId != kNoId) {
                Relationship r;
                r.personB = lastPersonId;
                r.kind = Relationship::Kind(random.bounded(Relationship::kKindCount));
                RelationshipRepository ties(file);
                if (lastTie == kNoId) {
                    if (ties.add(r))
                        return 2;
                    lastTie = r.id;
                } else {
                    r.id = lastTie;
                    if (ties.update(r))
                        return 2;
                }
                say("T " + QByteArray::number(lastPerson) + ' ' + QByteArray::number(int(r.kind)));
            }
            break;
        }
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 64;
    const QString path = QString::fromLocal8Bit(argv[1]);
    const QByteArray mode = argv[2];
    const int start = argc > 3 ? QByteArray(argv[3]).toInt() : 0;
    if (mode == "create") {
        StorageError error;
        auto made = CaseFile::create(path, TestCase::passphrase(), &error, KdfParams());
        say(made ? "created" : "failed");
        return made ? 0 : 3;
    }
    if (mode == "rekey") {
        // Whichever passphrase the last line named opens it now.
        StorageError error;
        const char *const phrases[] = {"correct horse battery staple", "another passphrase"};
        auto file = TestCase::open(path, &error, phrases[start % 2]);
        if (!file)
            file = TestCase::open(path, &error, phrases[(start + 1) % 2]);
        if (!file)
            return 1;
        for (int n = start;; ++n) {
            const int next = (n + 1) % 2;
            if (file->changePassphrase(TestCase::passphrase(phrases[next]),
                                       KdfParams::fastForTests()))
                return 2;
            say((next == 0 ? "A " : "B ") + QByteArray::number(n + 1));
        }
    }
    StorageError error;
    auto file = QFile::exists(path) ? TestCase::open(path, &error) : TestCase::create(path);
    if (!file)
        return 1;
    if (mode == "migrate") {
        say("migrated");
        return 0;
    }
    if (mode == "mix")
        return mix(*file, start);
    if (mode == "copy") {
        const QString folder = QFileInfo(path).absolutePath();
        say("open"); // so the test's kill falls in the copying, however slow the unlock
        for (int n = start;; ++n) {
            if (file->saveCopy(folder + QStringLiteral("/copy-%1.belonging").arg(n)))
                return 2;
            say("C " + QByteArray::number(n));
        }
    }
    MemoryRepository memories(*file);
    for (int i = mode.toInt();; ++i) {
        Memory m;
        m.title = QStringLiteral("memory %1").arg(i);
        m.childsWords = QString(500, QLatin1Char('w'));
        if (memories.add(m))
            return 2;
        std::printf("%d\n", i);
        std::fflush(stdout);
    }
}
