// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: a real case file, damaged the ways disks and copies damage files — bytes
// flipped, the file cut short, junk added at the end. Opening it must say "damaged" (or "not a
// Belonging file", or "wrong passphrase" when the key's salt was hit), never crash or hang; and
// a file that does open must read back whole.
//
// The input is not the file (a case is tens of kilobytes): it is a recipe of damage applied to
// one valid case made at start-up: [mode][length: 3 bytes] then [offset: 3 bytes][xor: 1 byte]...
#include "casecontentio.h"
#include "casefile.h"
#include "personrepository.h"
#include "placementrepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>

namespace {

QTemporaryDir *g_dir = nullptr;
QByteArray g_valid;

SecureBytes passphrase()
{
    return SecureBytes::fromUtf8(QStringLiteral("fuzzing is not a passphrase"));
}

QString path(const char *name)
{
    return g_dir->filePath(QString::fromLatin1(name));
}

quint32 number(const uint8_t *p)
{
    return quint32(p[0]) << 16 | quint32(p[1]) << 8 | quint32(p[2]);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    g_dir = new QTemporaryDir;
    StorageError error;
    {
        auto file = CaseFile::create(path("valid.belonging"), passphrase(), &error,
                                     KdfParams::fastForTests());
        if (!file)
            qFatal("cannot make the valid case: %s", qPrintable(error.detail()));
        Person person;
        person.fullName = QStringLiteral("Tyler Jones");
        person.knownAs = QStringLiteral("Tyler");
        person.role = Person::Role::Sibling;
        PersonRepository(*file).add(person);
        Placement home;
        home.placeName = QStringLiteral("Nana's house");
        home.from = FuzzyDate::month(2022, 8);
        home.carerIds = {person.id};
        PlacementRepository(*file).add(home);
    }
    QFile valid(path("valid.belonging"));
    if (!valid.open(QIODevice::ReadOnly))
        qFatal("cannot read the valid case");
    g_valid = valid.readAll();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 4)
        return 0;
    QByteArray damaged = g_valid;
    const uint8_t mode = data[0] % 4;
    const quint32 length = number(data + 1);
    if (mode == 1) // cut short
        damaged.truncate(qsizetype(length % quint32(g_valid.size())));
    else if (mode == 2) // junk at the end
        damaged.append(QByteArray(qsizetype(length % 70000), char(length & 0xff)));
    for (size_t i = 4; i + 4 <= size; i += 4) {
        if (damaged.isEmpty())
            break;
        const qsizetype at = qsizetype(number(data + i) % quint32(damaged.size()));
        damaged[at] = char(uint8_t(damaged[at]) ^ (data[i + 3] ? data[i + 3] : 1));
    }

    const QString target = path("damaged.belonging");
    {
        QFile out(target);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            out.write(damaged) != damaged.size())
            qFatal("cannot write the damaged case");
    }
    StorageError error;
    auto file = CaseFile::open(target, passphrase(), &error, KdfParams::fastForTests());
    using K = StorageError::Kind;
    if (!file) {
        const K kind = error.kind();
        if (kind != K::Damaged && kind != K::NotABelongingFile && kind != K::WrongPassphrase)
            qFatal("unexpected error for a damaged file: %d %s", int(kind),
                   qPrintable(error.detail()));
    } else {
        // Every page is authenticated: what opens reads back whole, or says it is damaged.
        StorageError readError;
        const CaseContent content = CaseContentIO::read(*file, true, &readError);
        if (!readError && (content.people.size() != 1 || content.placements.size() != 1))
            qFatal("a damaged case opened and read back different content");
    }
    file.reset();
    QFile::remove(target);
    return 0;
}
