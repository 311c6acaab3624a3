// SPDX-License-Identifier: GPL-3.0-or-later
// The open export of a large case (10,000 memories, 2,000 photos of 1600 × 1200): export time
// and peak memory, then import (read and checked, then written as a new case) time and peak
// memory, each in its own process so one's peak does not hide the other's. Target (issue 17):
// peak memory under 500 MB.
//   bench_archive [--quick]            builds the case, then runs both steps as children
//   bench_archive --step export|import|handover DIR
// The hand-over of the same case to a worker (every picture copied) is measured the same way.
#include "benchutil.h"

#include "casearchive.h"
#include "casecontentio.h"
#include "casefile.h"
#include "democase.h"
#include "handoverwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>

using Bench::report;

namespace {

const char *const kPass = "benchmark passphrase";

int step(const QString &which, const QString &dir)
{
    const QString casePath = QDir(dir).filePath(QStringLiteral("large.belonging"));
    const QString zip = QDir(dir).filePath(QStringLiteral("large.zip"));
    QElapsedTimer timer;
    if (which == QLatin1String("export")) {
        StorageError error;
        auto file = CaseFile::open(casePath, SecureBytes::fromUtf8(QString::fromLatin1(kPass)),
                                   &error, KdfParams::fastForTests());
        if (!file)
            qFatal("open failed");
        timer.start();
        const QString problem = CaseArchive::write(*file, zip, kPass);
        if (!problem.isEmpty())
            qFatal("export failed: %s", qPrintable(problem));
        report("archive", "export_large_ms", double(timer.elapsed()), "ms");
        report("archive", "export_large_peak_rss", Bench::peakRssMiB(), "MiB");
        report("archive", "export_large_size", double(QFile(zip).size()) / (1024 * 1024), "MiB");
        return 0;
    }
    if (which == QLatin1String("handover")) {
        StorageError error;
        auto file = CaseFile::open(casePath, SecureBytes::fromUtf8(QString::fromLatin1(kPass)),
                                   &error, KdfParams::fastForTests());
        if (!file)
            qFatal("open failed");
        HandoverWriter::Request request;
        request.receiver = HandoverRecord::Receiver::Worker; // everything, every picture
        timer.start();
        const HandoverWriter::Outcome out = HandoverWriter::write(
            *file, request, QDir(dir).filePath(QStringLiteral("copy.belonging")),
            CaseFile::newKey(SecureBytes::fromUtf8(QStringLiteral("copy passphrase")),
                             KdfParams::fastForTests()));
        if (out.error)
            qFatal("hand-over failed: %s", qPrintable(out.error.detail()));
        report("archive", "handover_large_ms", double(timer.elapsed()), "ms");
        report("archive", "handover_large_peak_rss", Bench::peakRssMiB(), "MiB");
        return 0;
    }
    timer.start();
    const CaseArchive::ReadResult r = CaseArchive::read(zip, kPass);
    if (!r.ok())
        qFatal("import failed: %s", qPrintable(r.error));
    report("archive", "import_read_large_ms", double(timer.elapsed()), "ms");
    // Then written as a new case (the test KDF: Argon2id's cost is measured elsewhere).
    CaseContent content = r.content;
    const StorageError error =
        CaseArchive::createCase(QDir(dir).filePath(QStringLiteral("imported.belonging")),
                                CaseFile::newKey(SecureBytes::fromUtf8(QString::fromLatin1(kPass)),
                                                 KdfParams::fastForTests()),
                                content);
    if (error)
        qFatal("import failed: %s", qPrintable(error.detail()));
    report("archive", "import_large_ms", double(timer.elapsed()), "ms");
    report("archive", "import_large_peak_rss", Bench::peakRssMiB(), "MiB");
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv); // image plugins, for the pictures' thumbnails
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == QLatin1String("--step"))
        return step(args.at(2), args.at(3));
    const bool quick = args.contains(QStringLiteral("--quick"));
    QTemporaryDir dir;
    DemoCase::Size size;
    size.people = 60;
    size.memories = quick ? 1000 : 10000;
    size.photos = quick ? 200 : 2000;
    size.placements = 30;
    size.photoSize = QSize(1600, 1200);
    {
        CaseContent content = DemoCase::generate(size);
        StorageError error;
        auto file = CaseFile::create(dir.filePath(QStringLiteral("large.belonging")),
                                     SecureBytes::fromUtf8(QString::fromLatin1(kPass)), &error,
                                     KdfParams::fastForTests());
        if (!file || CaseContentIO::write(*file, content))
            qFatal("could not build the large case");
    }
    for (const char *which : {"export", "import", "handover"}) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--step"), QString::fromLatin1(which), dir.path()});
        if (!child.waitForFinished(-1) || child.exitCode() != 0)
            qFatal("%s step failed", which);
    }
    return 0;
}
