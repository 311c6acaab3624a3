// SPDX-License-Identifier: GPL-3.0-or-later
#include "printjob.h"

#include "privatefile.h"

#include <QPrinter>

#include <cups/cups.h>

namespace {

// cups_option_t owned here and freed however the job ends.
class Options
{
public:
    Options() = default;
    ~Options() { cupsFreeOptions(m_count, m_options); }
    Options(const Options &) = delete;
    Options &operator=(const Options &) = delete;

    void add(const char *name, const QString &value)
    {
        if (!value.isEmpty())
            m_count = cupsAddOption(name, value.toUtf8().constData(), m_count, &m_options);
    }
    int count() const { return m_count; }
    cups_option_t *data() const { return m_options; }

private:
    int m_count = 0;
    cups_option_t *m_options = nullptr;
};

} // namespace

PrintJob::Settings PrintJob::fromPrinter(const QPrinter &printer)
{
    Settings s;
    s.printer = printer.printerName();
    s.copies = qMax(1, printer.copyCount());
    s.collate = printer.collateCopies();
    switch (printer.duplex()) {
    case QPrinter::DuplexNone:
        s.sides = QStringLiteral("one-sided");
        break;
    case QPrinter::DuplexAuto:
    case QPrinter::DuplexLongSide:
        s.sides = QStringLiteral("two-sided-long-edge");
        break;
    case QPrinter::DuplexShortSide:
        s.sides = QStringLiteral("two-sided-short-edge");
        break;
    }
    if (printer.printRange() == QPrinter::PageRange && printer.fromPage() > 0)
        s.pageRanges = QStringLiteral("%1-%2")
                           .arg(printer.fromPage())
                           .arg(qMax(printer.fromPage(), printer.toPage()));
    s.media = printer.pageLayout().pageSize().key();
    return s;
}

QString PrintJob::send(const Settings &settings, const QString &title, const QByteArray &pdf)
{
    const QString notTaken = tr("The printer did not take the job. Check that it is switched on "
                                "and connected, then try again.");
    const QByteArray queue = settings.printer.section(QLatin1Char('/'), 0, 0).toUtf8();
    if (queue.isEmpty() || pdf.isEmpty())
        return notTaken;
    Options options;
    options.add("copies", QString::number(settings.copies));
    if (settings.copies > 1)
        options.add("multiple-document-handling",
                    settings.collate ? QStringLiteral("separate-documents-collated-copies")
                                     : QStringLiteral("separate-documents-uncollated-copies"));
    options.add("sides", settings.sides);
    options.add("page-ranges", settings.pageRanges);
    options.add("media", settings.media);

    const QByteArray name = title.toUtf8();
    const int job = cupsCreateJob(CUPS_HTTP_DEFAULT, queue.constData(), name.constData(),
                                  options.count(), options.data());
    if (job == 0)
        return notTaken;
    // The document's own name is fixed and has no space: cupsd 2.4.2 crashes starting a job
    // whose document-name has one (seen with a cups-pdf queue).
    bool ok = cupsStartDocument(CUPS_HTTP_DEFAULT, queue.constData(), job, "belonging.pdf",
                                CUPS_FORMAT_PDF, 1) == HTTP_STATUS_CONTINUE;
    constexpr qsizetype kChunk = 64 * 1024;
    for (qsizetype at = 0; ok && at < pdf.size(); at += kChunk)
        ok = cupsWriteRequestData(CUPS_HTTP_DEFAULT, pdf.constData() + at,
                                  size_t(qMin(kChunk, pdf.size() - at))) == HTTP_STATUS_CONTINUE;
    // Finished either way, so the connection is ready for the next request.
    const bool finished = cupsFinishDocument(CUPS_HTTP_DEFAULT, queue.constData()) == IPP_STATUS_OK;
    if (ok && finished)
        return {};
    cupsCancelJob2(CUPS_HTTP_DEFAULT, queue.constData(), job, 0);
    return notTaken;
}

QString PrintJob::deliver(const QPrinter &printer, const QByteArray &pdf)
{
    if (!printer.outputFileName().isEmpty())
        return PrivateFile::write(printer.outputFileName(), pdf);
    return send(fromPrinter(printer), printer.docName(), pdf);
}
