// SPDX-License-Identifier: GPL-3.0-or-later
// Printing to a real CUPS queue (a private cupsd with a cups-pdf printer): the child's book and
// the court pack arrive whole, the chosen pages only when pages are chosen, a missing printer
// is said plainly, and no page of the story is written to a temporary file on the way.
#include "../storage/testcase.h"
#include "bookexport.h"
#include "bookpane.h"
#include "casecontentio.h"
#include "democase.h"
#include "printjob.h"
#include "privatecups.h"

#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>

#include <sys/inotify.h>

namespace {

QString tool(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pages(const QString &pdf)
{
    static const QRegularExpression line(QStringLiteral("Pages:\\s+(\\d+)"));
    const auto m = line.match(tool(QStringLiteral("pdfinfo"), {pdf}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// A page drawn small and grey (the printer's PDF passes through PostScript and Ghostscript,
// which keep the look of the text but not its letters, so pages are compared as pictures).
QImage page(const QString &pdf, int number)
{
    QProcess p;
    p.start(QStringLiteral("pdftoppm"),
            {QStringLiteral("-gray"), QStringLiteral("-r"), QStringLiteral("24"),
             QStringLiteral("-f"), QString::number(number), QStringLiteral("-l"),
             QString::number(number), pdf});
    p.waitForFinished(60000);
    return QImage::fromData(p.readAllStandardOutput()).convertToFormat(QImage::Format_Grayscale8);
}

// How far apart two pages look: the mean difference of their grey levels, 0–255.
double difference(const QImage &a, const QImage &b)
{
    if (a.isNull() || b.isNull())
        return 255;
    const QImage bb = b.scaled(a.size());
    double sum = 0;
    for (int y = 0; y < a.height(); ++y) {
        const uchar *la = a.constScanLine(y);
        const uchar *lb = bb.constScanLine(y);
        for (int x = 0; x < a.width(); ++x)
            sum += std::abs(int(la[x]) - int(lb[x]));
    }
    return sum / (double(a.width()) * a.height());
}

// Every page of `printed` looks like the same page of `sent` and unlike the next one.
void comparePages(const QString &printed, const QString &sent, int count, int firstSent = 1)
{
    for (int n = 1; n <= count; n += qMax(1, count / 6)) {
        const QImage got = page(printed, n);
        const double same = difference(got, page(sent, firstSent + n - 1));
        const double other = difference(got, page(sent, firstSent + n));
        // Seen: 1–6.4 for the same page (Ghostscript redraws the text), 3.5–24 for the next.
        QVERIFY2(same < 10 && same * 1.5 < other,
                 qPrintable(QStringLiteral("page %1: %2 vs %3").arg(n).arg(same).arg(other)));
    }
}

// Watches a folder for any file made in it.
class CreationWatch
{
public:
    explicit CreationWatch(const QString &folder)
        : m_fd(inotify_init1(IN_NONBLOCK | IN_CLOEXEC))
    {
        if (m_fd >= 0)
            m_watch = inotify_add_watch(m_fd, QFile::encodeName(folder).constData(),
                                        IN_CREATE | IN_MOVED_TO);
    }
    ~CreationWatch()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    bool ok() const { return m_fd >= 0 && m_watch >= 0; }
    // The names of the files made since the watch began.
    QStringList made() const
    {
        QStringList names;
        alignas(inotify_event) char buffer[4096];
        for (ssize_t n; (n = ::read(m_fd, buffer, sizeof buffer)) > 0;) {
            for (ssize_t at = 0; at < n;) {
                const auto *e = reinterpret_cast<const inotify_event *>(buffer + at);
                names << QString::fromLocal8Bit(e->len ? e->name : "?");
                at += ssize_t(sizeof(inotify_event) + e->len);
            }
        }
        return names;
    }

private:
    int m_fd = -1;
    int m_watch = -1;
};

} // namespace

class TestPrinting : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void theChildsBookPrintsWholeWithNothingOnDisk();
    void theCourtPackPrintsWhole();
    void onlyTheChosenPagesPrint();
    void aPrinterThatIsNotThereIsSaidPlainly();
    void printingToAFileWritesThePdfOwnerOnly();

private:
    QTemporaryDir m_dir;
    QString m_tmp;
    std::unique_ptr<PrivateCups> m_cups;
    std::unique_ptr<CaseFile> m_file;
};

void TestPrinting::initTestCase()
{
    if (!PrivateCups::canRun())
        QSKIP("cupsd runs its cups-pdf printer only as root (CI runs the tests as root)");
    // Temporary files of this process (Qt's, libcups's) go where the test can watch them.
    m_tmp = m_dir.filePath(QStringLiteral("tmp"));
    QVERIFY(QDir().mkpath(m_tmp));
    qputenv("TMPDIR", QFile::encodeName(m_tmp));
    m_cups = std::make_unique<PrivateCups>();
    const QString problem = m_cups->start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_file = TestCase::create(m_dir.filePath(QStringLiteral("demo.belonging")));
    QVERIFY(m_file);
    CaseContent demo = DemoCase::build();
    QVERIFY(!CaseContentIO::write(*m_file, demo));
}

void TestPrinting::cleanupTestCase()
{
    m_cups.reset();
}

// Print… in the Books pane, by mouse, to the private printer.
void TestPrinting::theChildsBookPrintsWholeWithNothingOnDisk()
{
    auto model = TestCase::model(*m_file);
    BookPane pane;
    pane.setCase(model.get());
    QString chosen;
    std::unique_ptr<CreationWatch> watch;
    pane.setChoosePrinter([this, &chosen, &watch](QPrinter &printer) {
        printer.setPrinterName(m_cups->queue());
        chosen = printer.printerName();
        // Choosing a printer fetches its description (a PPD) into a temporary file; what
        // matters is that nothing of the book goes there once printing starts.
        watch = std::make_unique<CreationWatch>(m_tmp);
        return true;
    });
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QSignalSpy errors(&pane, &BookPane::errorOccurred);
    QSignalSpy sentTo(&pane, &BookPane::printed);
    QPushButton *print = nullptr;
    for (QPushButton *b : pane.findChildren<QPushButton *>()) {
        if (b->text().remove(u'&').startsWith(QStringLiteral("Print")))
            print = b;
    }
    QVERIFY(print);
    BookExport expected(*m_file, pane.options());
    QVERIFY(!expected.prepare());

    QTest::mouseClick(print, Qt::LeftButton);
    QCOMPARE(chosen, m_cups->queue()); // Qt's print support saw the private server's queue
    QCOMPARE(errors.size(), 0);
    QCOMPARE(sentTo.size(), 1); // the carer is told where it went
    QCOMPARE(sentTo.first().first().toString(), m_cups->queue());
    QVERIFY(watch && watch->ok());
    const QStringList made = watch->made();
    QVERIFY2(made.isEmpty(), qPrintable(made.join(QLatin1Char(' '))));

    const QString printed = m_cups->waitForPrintedPdf();
    QVERIFY2(!printed.isEmpty(), qPrintable(m_cups->log().right(3000)));
    const int count = int(expected.model().pages.size());
    QCOMPARE(pages(printed), count);
    const QString sent = m_dir.filePath(QStringLiteral("book.pdf"));
    QCOMPARE(expected.writePdf(sent), QString());
    comparePages(printed, sent, count);
}

void TestPrinting::theCourtPackPrintsWhole()
{
    BookOptions options;
    options.audience = Redaction::Audience::Court;
    BookExport court(*m_file, options);
    QVERIFY(!court.prepare());
    QString error;
    const QByteArray pdf = court.pdfBytes(&error);
    QVERIFY(error.isEmpty());
    PrintJob::Settings settings;
    settings.printer = m_cups->queue();
    settings.media = QStringLiteral("A4");
    QCOMPARE(PrintJob::send(settings, QStringLiteral("Court pack"), pdf), QString());
    const QString printed = m_cups->waitForPrintedPdf();
    QVERIFY2(!printed.isEmpty(), qPrintable(m_cups->log().right(3000)));
    const int count = int(court.model().pages.size());
    QCOMPARE(pages(printed), count);
    const QString sent = m_dir.filePath(QStringLiteral("court.pdf"));
    QCOMPARE(court.writePdf(sent), QString());
    comparePages(printed, sent, count);
}

void TestPrinting::onlyTheChosenPagesPrint()
{
    BookExport book(*m_file, BookOptions{});
    QVERIFY(!book.prepare());
    QVERIFY(book.model().pages.size() > 4);
    QString error;
    const QByteArray pdf = book.pdfBytes(&error);
    QVERIFY(error.isEmpty());
    QPrinter printer(QPrinter::HighResolution);
    printer.setPrinterName(m_cups->queue());
    printer.setPrintRange(QPrinter::PageRange);
    printer.setFromTo(2, 4);
    const PrintJob::Settings settings = PrintJob::fromPrinter(printer);
    QCOMPARE(settings.pageRanges, QStringLiteral("2-4"));
    QCOMPARE(PrintJob::send(settings, QStringLiteral("Life-story book"), pdf), QString());
    const QString printed = m_cups->waitForPrintedPdf();
    QVERIFY2(!printed.isEmpty(), qPrintable(m_cups->log().right(3000)));
    QCOMPARE(pages(printed), 3);
    const QString sent = m_dir.filePath(QStringLiteral("whole.pdf"));
    QCOMPARE(book.writePdf(sent), QString());
    comparePages(printed, sent, 3, 2); // pages 2, 3 and 4
}

void TestPrinting::aPrinterThatIsNotThereIsSaidPlainly()
{
    PrintJob::Settings settings;
    settings.printer = QStringLiteral("no-such-printer");
    const QString problem =
        PrintJob::send(settings, QStringLiteral("Life-story book"), QByteArray("%PDF-1.4\n"));
    QVERIFY(problem.contains(QStringLiteral("did not take the job")));
    settings.printer.clear();
    QVERIFY(!PrintJob::send(settings, QStringLiteral("x"), QByteArray("%PDF")).isEmpty());
}

// The print dialog's "print to file": the same PDF, owner-only, and a missing folder said plainly.
void TestPrinting::printingToAFileWritesThePdfOwnerOnly()
{
    BookExport book(*m_file, BookOptions{});
    QVERIFY(!book.prepare());
    QString error;
    const QByteArray pdf = book.pdfBytes(&error);
    QVERIFY(error.isEmpty());
    QPrinter printer(QPrinter::HighResolution);
    const QString path = m_dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(path);
    QCOMPARE(PrintJob::deliver(printer, pdf), QString());
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), pdf);
    QCOMPARE(written.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
    printer.setOutputFileName(m_dir.filePath(QStringLiteral("gone/printed.pdf")));
    QVERIFY(PrintJob::deliver(printer, pdf).contains(QStringLiteral("folder is not there")));
}

QTEST_MAIN(TestPrinting)
#include "tst_printing.moc"
