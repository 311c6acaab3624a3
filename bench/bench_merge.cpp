// SPDX-License-Identifier: GPL-3.0-or-later
// Bringing two copies together: a case of 2,000 memories and 200 people is copied; each copy
// then makes 1,000 changes of its own (titles and words edited, memories and people added,
// some removed), and one brings the other's in. Target (issue 17): under 2 s for the whole
// merge (open the other copy, record both copies' changes, plan, write).
// Also the cost every open and close now pays to record changes, on a case of 10,000 memories.
//   bench_merge [--quick]
#include "benchutil.h"

#include "casecontentio.h"
#include "copymerge.h"
#include "democase.h"
#include "memoryrepository.h"
#include "personrepository.h"
#include "recordversions.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QSqlQuery>
#include <QTemporaryDir>

using Bench::report;

namespace {

const char *const kPass = "benchmark passphrase";

SecureBytes pass()
{
    return SecureBytes::fromUtf8(QString::fromLatin1(kPass));
}

std::unique_ptr<CaseFile> makeCase(const QString &path, int memories, int people)
{
    DemoCase::Size size;
    size.people = people;
    size.memories = memories;
    size.photos = 20;
    size.placements = 10;
    size.photoSize = QSize(320, 240);
    CaseContent content = DemoCase::generate(size);
    StorageError error;
    auto file = CaseFile::create(path, pass(), &error, KdfParams::fastForTests());
    if (!file || CaseContentIO::write(*file, content))
        qFatal("could not build the case");
    return file;
}

// One copy's own 1,000 changes: `side` picks which memories it edits, so the two copies'
// edits never touch the same field (a plan with no questions, as the benchmark measures).
void change(CaseFile &file, int side, int changes)
{
    if (file.beginBatch())
        qFatal("batch");
    QList<Memory> memories = MemoryRepository(file).all();
    const int edits = changes / 2;
    MemoryRepository repo(file);
    for (int i = 0; i < edits && i < memories.size() / 2; ++i) {
        Memory m = memories[i * 2 + side];
        m.title += QStringLiteral(" (edited in copy %1)").arg(side);
        if (repo.update(m))
            qFatal("edit");
    }
    for (int i = 0; i < changes / 4; ++i) {
        Memory m;
        m.title = QStringLiteral("Added in copy %1, number %2").arg(side).arg(i);
        if (repo.add(m))
            qFatal("add");
    }
    PersonRepository people(file);
    for (int i = 0; i < changes / 8; ++i) {
        Person p;
        p.fullName = QStringLiteral("Person %1 of copy %2").arg(i).arg(side);
        if (people.add(p))
            qFatal("person");
    }
    for (int i = 0; i < changes / 8; ++i) {
        if (repo.remove(memories[memories.size() - 1 - (i * 2 + side)].id))
            qFatal("remove");
    }
    if (file.endBatch(true))
        qFatal("commit");
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv); // the generated pictures are drawn
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    QTemporaryDir dir;
    const int changes = quick ? 200 : 1000;
    const QString minePath = dir.filePath(QStringLiteral("mine.belonging"));
    const QString theirsPath = dir.filePath(QStringLiteral("theirs.belonging"));
    {
        auto mine = makeCase(minePath, quick ? 400 : 2000, 200);
        if (mine->saveCopy(theirsPath))
            qFatal("copy");
    }
    StorageError error;
    {
        auto theirs = CaseFile::open(theirsPath, pass(), &error, KdfParams::fastForTests());
        if (!theirs)
            qFatal("open theirs");
        change(*theirs, 1, changes);
    }
    auto mine = CaseFile::open(minePath, pass(), &error, KdfParams::fastForTests());
    if (!mine)
        qFatal("open mine");
    change(*mine, 0, changes);

    QElapsedTimer timer;
    timer.start();
    const CaseFile::Key key = CaseFile::keyFor(theirsPath, pass(), KdfParams::fastForTests());
    const qint64 keyMs = timer.elapsed();
    auto merge = CopyMerge::prepare(*mine, theirsPath, key);
    if (merge->problem != CopyMerge::Problem::None)
        qFatal("prepare: %s", qPrintable(merge->message()));
    const qint64 planned = timer.elapsed();
    if (!merge->plan.allChosen())
        qFatal("unexpected questions");
    const MergeWriter::Outcome out = merge->bringIn(*mine);
    if (out.error)
        qFatal("merge: %s", qPrintable(out.error.detail()));
    const qint64 total = timer.elapsed() - keyMs;
    report("merge", "plan_ms", double(planned - keyMs), "ms");
    report("merge", "write_ms", double(total - (planned - keyMs)), "ms");
    report("merge", "thousand_changes_each_ms", double(total), "ms");
    report("merge", "brought_in", double(out.added + out.changed + out.removed), "changes");
    report("merge", "peak_rss", Bench::peakRssMiB(), "MiB");
    merge.reset();
    mine.reset();

    // What recording changes costs every open and close of a big story.
    const QString largePath = dir.filePath(QStringLiteral("large.belonging"));
    makeCase(largePath, quick ? 2000 : 10000, 60).reset();
    auto large = CaseFile::open(largePath, pass(), &error, KdfParams::fastForTests());
    if (!large)
        qFatal("open large");
    timer.restart();
    if (RecordVersions::settle(*large))
        qFatal("settle");
    report("merge", "record_nothing_changed_large_ms", double(timer.elapsed()), "ms");
    QSqlQuery q(large->database());
    q.exec(QStringLiteral("UPDATE memory SET title = title || '!' WHERE id % 10 = 0"));
    timer.restart();
    if (RecordVersions::settle(*large))
        qFatal("settle");
    report("merge", "record_1000_changes_large_ms", double(timer.elapsed()), "ms");
    return 0;
}
