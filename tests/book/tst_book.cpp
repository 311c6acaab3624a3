// SPDX-License-Identifier: GPL-3.0-or-later
#include "../storage/testcase.h"
#include "bookexport.h"
#include "casecontentio.h"
#include "democase.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>

namespace {

// Runs a poppler or qpdf tool and returns what it printed.
QString tool(const QString &program, const QStringList &arguments, int *exitCode = nullptr)
{
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty())
        qFatal("%s is missing: run scripts/install-deps", qPrintable(program));
    QProcess p;
    p.start(path, arguments);
    p.waitForFinished(120000);
    if (exitCode)
        *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput());
}

double peakRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

} // namespace

class TestBook : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theChildsBookHasItsSectionsInOrder();
    void theCourtPackHasItsSectionsAndPageNofM();
    void textStaysOnThePageAndHeadingsAreNeverLeftAlone();
    void photosAreNeverStretched();
    void booksUseTheSmallerCopyOfAPhotoWhenThereIsOne();
    void pdfsAreValidSearchableAndEmbedTheirFonts_data();
    void pdfsAreValidSearchableAndEmbedTheirFonts();
    void redactedTextIsAbsentFromThePdf();
    void metadataNamesTheChildOnlyWhenChosen();
    void letterPagesAndStoppingHalfWay();
    void movesShowWhoWasKeptInEachBook();
    void aThousandMemoriesFitInMemory();

private:
    BookModel compose(Redaction::Audience audience);
    QString pdfText(const QString &path);
    QTemporaryDir m_dir;
    std::unique_ptr<CaseFile> m_file;
    CaseContent m_demo;
};

void TestBook::initTestCase()
{
    m_file = TestCase::create(m_dir.filePath(QStringLiteral("demo.belonging")));
    QVERIFY(m_file);
    m_demo = DemoCase::build();
    CaseContent copy = m_demo;
    QVERIFY(!CaseContentIO::write(*m_file, copy));
}

BookModel TestBook::compose(Redaction::Audience audience)
{
    BookOptions options;
    options.audience = audience;
    BookExport book(*m_file, options);
    if (book.prepare())
        qFatal("prepare failed");
    return book.model();
}

QString TestBook::pdfText(const QString &path)
{
    return tool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
}

void TestBook::theChildsBookHasItsSectionsInOrder()
{
    const BookModel book = compose(Redaction::Audience::ChildBook);
    QStringList top;
    for (const BookOutlineEntry &e : book.outline) {
        if (e.level == 0)
            top << e.title;
    }
    QCOMPARE(top, (QStringList{QStringLiteral("Contents"), QStringLiteral("All about me"),
                               QStringLiteral("The people who matter to me"),
                               QStringLiteral("My family tree"),
                               QStringLiteral("Where I have lived"), QStringLiteral("My memories"),
                               QStringLiteral("People I kept in touch with"),
                               QStringLiteral("What I said, and what happened")}));
    // Placements are listed under "Where I have lived", in date order.
    QStringList places;
    QString under;
    for (const BookOutlineEntry &e : book.outline) {
        if (e.level == 0)
            under = e.title;
        else if (e.level == 1 && under == QStringLiteral("Where I have lived"))
            places << e.title;
    }
    // A home not lived in yet is not somewhere the child has lived.
    QVERIFY(!places.contains(QStringLiteral("Nana's new bungalow")));
    QCOMPARE(places.first(), QStringLiteral("Living with Mum"));
    QCOMPARE(places.last(), QStringLiteral("Nana's house"));
    QCOMPARE(book.title, QStringLiteral("Maisie's life story"));
    // Outline pages go forward; the child's own map is drawn once, and never the adults'.
    for (qsizetype i = 1; i < book.outline.size(); ++i)
        QVERIFY(book.outline[i].page >= book.outline[i - 1].page);
    int maps = 0;
    int adults = 0;
    for (const BookPage &page : book.pages)
        for (const BookItem &item : page.items) {
            maps += item.type == BookItem::Type::ChildMap;
            adults += item.type == BookItem::Type::Ecomap;
        }
    QCOMPARE(maps, 1);
    QCOMPARE(adults, 0);
    int trees = 0;
    for (const BookPage &page : book.pages)
        for (const BookItem &item : page.items)
            trees += item.type == BookItem::Type::Genogram;
    QCOMPARE(trees, 1);
}

void TestBook::theCourtPackHasItsSectionsAndPageNofM()
{
    const BookModel pack = compose(Redaction::Audience::Court);
    QStringList top;
    for (const BookOutlineEntry &e : pack.outline)
        top << e.title;
    // Each move is listed under "Relationships through moves", the planned one last.
    QCOMPARE(top.size(), 16);
    QVERIFY(top.at(9).startsWith(QStringLiteral("Move 1: from Living with Mum to Sue's house")));
    QVERIFY(top.at(10).startsWith(QStringLiteral("Move 2: from Sue's house to Lisa's flat")));
    QVERIFY(top.at(11).startsWith(QStringLiteral("Move 3: from Lisa's flat to Nana's house")));
    QVERIFY(top.at(12).startsWith(QStringLiteral("Planned move to Nana's new bungalow")));
    top.remove(9, 4);
    // The genogram (SWET 1.2) before the ecomap (1.3).
    QCOMPARE(top, (QStringList{QStringLiteral("Contents"), QStringLiteral("Chronology"),
                               QStringLiteral("Genogram"), QStringLiteral("Ecomap"),
                               QStringLiteral("The child's own map"),
                               QStringLiteral("Where the child's map and the ecomap differ"),
                               QStringLiteral("People and relationships"),
                               QStringLiteral("Placement history"),
                               QStringLiteral("Relationships through moves"),
                               QStringLiteral("The child's wishes and feelings in their own "
                                              "words"),
                               QStringLiteral("The child's own statement"),
                               QStringLiteral("Waiting for an answer")}));
    const QString last = QStringLiteral("Page %1 of %1").arg(pack.pages.size());
    bool found = false;
    for (const BookItem &item : pack.pages.last().items)
        found |= item.text == last;
    QVERIFY(found);
    // The cover is marked confidential.
    QVERIFY(
        std::any_of(pack.pages.first().items.cbegin(), pack.pages.first().items.cend(),
                    [](const BookItem &i) { return i.text == QStringLiteral("CONFIDENTIAL"); }));
}

void TestBook::textStaysOnThePageAndHeadingsAreNeverLeftAlone()
{
    for (auto audience : {Redaction::Audience::ChildBook, Redaction::Audience::Court}) {
        const BookModel book = compose(audience);
        const BookStyle style(audience);
        const QRectF pageRect(QPointF(0, 0), book.size());
        for (int i = 0; i < book.pages.size(); ++i) {
            const QRectF content = pageRect.marginsRemoved(style.margins(i));
            const BookItem *lastFlowText = nullptr; // the last thing in the flow on this page
            for (const BookItem &item : book.pages[i].items) {
                if (item.type == BookItem::Type::Line)
                    QVERIFY(pageRect.contains(item.line.p1()) && pageRect.contains(item.line.p2()));
                else
                    QVERIFY2(pageRect.contains(item.rect),
                             qPrintable(QStringLiteral("page %1: %2").arg(i + 1).arg(item.text)));
                if (item.type != BookItem::Type::Text) {
                    if (item.type != BookItem::Type::Line && item.rect.top() < content.bottom())
                        lastFlowText = &item; // something follows the heading
                    continue;
                }
                // The laid-out line really fits its width in its own font.
                const qreal advance =
                    QFontMetricsF(style.font(item.style)).horizontalAdvance(item.text);
                QVERIFY2(advance <= item.rect.width() + 0.5, qPrintable(item.text));
                QVERIFY2(item.rect.left() >= content.left() - 0.5 &&
                             item.rect.right() <= content.right() + 0.5,
                         qPrintable(item.text));
                if (item.rect.top() < content.bottom())
                    lastFlowText = &item; // footers sit below the content area
            }
            if (lastFlowText && i > 1)
                QVERIFY2(lastFlowText->type != BookItem::Type::Text ||
                             (lastFlowText->style != TextStyle::Heading1 &&
                              lastFlowText->style != TextStyle::Heading2),
                         qPrintable(QStringLiteral("page %1 ends with heading %2")
                                        .arg(i + 1)
                                        .arg(lastFlowText->text)));
        }
    }
}

void TestBook::photosAreNeverStretched()
{
    const BookModel book = compose(Redaction::Audience::ChildBook);
    QHash<ItemId, QSize> sizes;
    for (const Media &m : m_demo.media)
        sizes.insert(m.id, QSize(m.width, m.height));
    int images = 0;
    for (const BookPage &page : book.pages) {
        for (const BookItem &item : page.items) {
            if (item.type != BookItem::Type::Image)
                continue;
            ++images;
            const QSize size = sizes.value(item.mediaId);
            QVERIFY(!size.isEmpty());
            const qreal want = qreal(size.width()) / size.height();
            const qreal got = item.rect.width() / item.rect.height();
            QVERIFY2(qAbs(want - got) / want < 0.01, qPrintable(QString::number(got)));
        }
    }
    QVERIFY(images >= 15); // the cover and the memories
}

// A photo with a copy made for books is drawn from that copy (quicker to decode); one without
// is drawn from its own bytes.
void TestBook::booksUseTheSmallerCopyOfAPhotoWhenThereIsOne()
{
    const auto jpeg = [](QSize size, QColor colour) {
        QImage image(size, QImage::Format_RGB32);
        image.fill(colour);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "JPEG", 90);
        return bytes;
    };
    QTemporaryDir dir;
    auto file = TestCase::create(dir.filePath(QStringLiteral("copies.belonging")));
    QVERIFY(file);
    CaseContent c;
    c.child.knownAs = QStringLiteral("Jade");
    Media withCopy;
    withCopy.id = 1;
    withCopy.mimeType = QStringLiteral("image/jpeg");
    withCopy.data = jpeg(QSize(2400, 1800), Qt::red);
    withCopy.printCopy = jpeg(QSize(1600, 1200), Qt::blue);
    withCopy.width = 2400;
    withCopy.height = 1800;
    Media without = withCopy;
    without.id = 2;
    without.data = jpeg(QSize(1200, 900), Qt::green);
    without.printCopy.clear();
    c.media = {withCopy, without};
    for (ItemId photo : {ItemId(1), ItemId(2)}) {
        Memory m;
        m.id = photo;
        m.title = QStringLiteral("Memory %1").arg(photo);
        m.date = FuzzyDate::day(QDate(2020, 1, int(photo)));
        m.mediaIds = {photo};
        c.memories << m;
    }
    QVERIFY(!CaseContentIO::write(*file, c));

    BookExport book(*file, BookOptions{});
    QVERIFY(!book.prepare());
    QHash<ItemId, ItemId> stored; // title's number -> stored media id
    StorageError readError;
    for (const Memory &m : CaseContentIO::read(*file, false, &readError).memories)
        stored.insert(m.title.back().digitValue(), m.mediaIds.value(0));
    QImage page(book.model().size().toSize(), QImage::Format_RGB32);
    QHash<ItemId, QColor> drawn;
    for (int i = 0; i < book.model().pages.size(); ++i) {
        page.fill(Qt::white);
        QPainter p(&page);
        book.renderer().paintPage(p, i);
        p.end();
        for (const BookItem &item : book.model().pages[i].items) {
            if (item.type == BookItem::Type::Image)
                drawn.insert(item.mediaId, page.pixelColor(item.rect.center().toPoint()));
        }
    }
    const QColor fromCopy = drawn.value(stored.value(1));
    const QColor fromBytes = drawn.value(stored.value(2));
    QVERIFY2(fromCopy.blue() > 200 && fromCopy.red() < 60, qPrintable(fromCopy.name()));
    QVERIFY2(fromBytes.green() > 200 && fromBytes.red() < 60, qPrintable(fromBytes.name()));
}

void TestBook::pdfsAreValidSearchableAndEmbedTheirFonts_data()
{
    QTest::addColumn<int>("audience");
    QTest::addColumn<QString>("expected");
    QTest::newRow("book") << int(Redaction::Audience::ChildBook)
                          << QStringLiteral("Where I have lived");
    QTest::newRow("family") << int(Redaction::Audience::Family) << QStringLiteral("My memories");
    QTest::newRow("court") << int(Redaction::Audience::Court) << QStringLiteral("Chronology");
}

void TestBook::pdfsAreValidSearchableAndEmbedTheirFonts()
{
    QFETCH(int, audience);
    QFETCH(QString, expected);
    BookOptions options;
    options.audience = Redaction::Audience(audience);
    BookExport book(*m_file, options);
    QVERIFY(!book.prepare());
    const QString path = m_dir.filePath(QStringLiteral("out-%1.pdf").arg(audience));
    QCOMPARE(book.writePdf(path), QString());

    const QString info = tool(QStringLiteral("pdfinfo"), {path});
    QVERIFY2(info.contains(QStringLiteral("Pages:           %1").arg(book.model().pages.size())),
             qPrintable(info));
    QVERIFY(info.contains(QStringLiteral("Author:          Belonging")));
    const QString fonts = tool(QStringLiteral("pdffonts"), {path});
    const QStringList fontLines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    QVERIFY(!fontLines.isEmpty());
    for (const QString &line : fontLines)
        QVERIFY2(line.contains(QStringLiteral(" yes ")), qPrintable(line)); // embedded
    if (options.audience != Redaction::Audience::Court)
        QVERIFY2(fonts.contains(QStringLiteral("Andika")), qPrintable(fonts));
    const QString text = pdfText(path);
    // To look at the books by eye: BELONGING_SCREENSHOTS=/some/folder.
    if (const QString folder = qEnvironmentVariable("BELONGING_SCREENSHOTS"); !folder.isEmpty())
        QFile::copy(path, QDir(folder).filePath(QFileInfo(path).fileName()));
    QVERIFY(text.contains(expected));
    QVERIFY(text.contains(QStringLiteral("Maisie")));
    // The court reader is told on which day the genogram's ages were worked out.
    QCOMPARE(text.contains(QStringLiteral("Ages as at")),
             options.audience == Redaction::Audience::Court);
    int status = -1;
    tool(QStringLiteral("qpdf"), {QStringLiteral("--check"), path}, &status);
    QCOMPARE(status, 0);
    // Bookmarks: one per section, pointing at the right pages.
    const QString outlines =
        tool(QStringLiteral("qpdf"),
             {QStringLiteral("--json"), QStringLiteral("--json-key=outlines"), path});
    for (const BookOutlineEntry &e : book.model().outline)
        QVERIFY2(outlines.contains(
                     e.title.toHtmlEscaped().replace(QLatin1Char('\''), QStringLiteral("'"))),
                 qPrintable(e.title));
    QVERIFY(outlines.contains(
        QStringLiteral("\"destpageposfrom1\": %1").arg(book.model().outline.last().page + 1)));
}

void TestBook::redactedTextIsAbsentFromThePdf()
{
    BookOptions options;
    options.audience = Redaction::Audience::Family;
    const Person dad =
        *std::find_if(m_demo.people.cbegin(), m_demo.people.cend(),
                      [](const Person &p) { return p.knownAs == QStringLiteral("Dad"); });
    BookExport book(*m_file, options);
    QVERIFY(!book.prepare());
    const QString path = m_dir.filePath(QStringLiteral("family.pdf"));
    QCOMPARE(book.writePdf(path), QString());
    const QString text = pdfText(path);
    const Placement current = *std::find_if(m_demo.placements.cbegin(), m_demo.placements.cend(),
                                            [](const Placement &p) { return p.to.isUnknown(); });
    for (const QString &secret :
         {QStringLiteral("Larch Close"), QStringLiteral("Mill Lane"), QStringLiteral("01443"),
          current.school, m_demo.memories[5].title}) {
        QVERIFY2(!text.contains(secret), qPrintable(secret));
    }
    QVERIFY(text.contains(QStringLiteral("Where I live now")));
    // The court pack withholds a named person, on the map too (the map's names are text).
    BookOptions court;
    court.audience = Redaction::Audience::Court;
    court.withheldPeople = {dad.id};
    BookExport pack(*m_file, court);
    QVERIFY(!pack.prepare());
    const QString packPath = m_dir.filePath(QStringLiteral("court-withheld.pdf"));
    QCOMPARE(pack.writePdf(packPath), QString());
    const QString packText = pdfText(packPath);
    QVERIFY(!packText.contains(dad.fullName));
    QVERIFY(packText.contains(QStringLiteral("Chronology")));
    QVERIFY(book.leftOut().join(QLatin1Char(' ')).contains(QStringLiteral("private")));
}

void TestBook::movesShowWhoWasKeptInEachBook()
{
    const auto textOf = [](const BookModel &book) {
        QStringList lines;
        for (const BookPage &page : book.pages) {
            for (const BookItem &item : page.items)
                lines << item.text;
        }
        return lines.join(QLatin1Char('\n'));
    };
    // The child's book: who Maisie kept in touch with, in her words; nobody lost is listed.
    const QString child = textOf(compose(Redaction::Audience::ChildBook));
    QVERIFY(child.contains(QStringLiteral("When I moved to Lisa's flat, 20 January 2022")));
    QVERIFY(child.contains(QStringLiteral("Tyler (video calls)")));
    QVERIFY(child.contains(QStringLiteral("When I move to Nana's new bungalow")));
    const qsizetype section = child.indexOf(QStringLiteral("People I kept in touch with"));
    const QString kept =
        child.mid(section, child.indexOf(QStringLiteral("What I said"), section) - section);
    for (const QString &lost : {QStringLiteral("Amira"), QStringLiteral("Chloe")})
        QVERIFY2(!kept.contains(lost), qPrintable(lost));

    // The court pack: the table per move, with what was lost and the planned move's gap.
    // (Table cells are wrapped into lines: read them as running text.)
    const QString court =
        textOf(compose(Redaction::Audience::Court)).replace(QLatin1Char('\n'), QLatin1Char(' '));
    QVERIFY(court.contains(QStringLiteral("How the move came about: Emergency; notice given: "
                                          "24 hours.")));
    QVERIFY(court.contains(QStringLiteral("Amira Khan")));
    QVERIFY(court.contains(QStringLiteral("Ended 20 January 2022, no contact recorded since")));
    QVERIFY(court.contains(
        QStringLiteral("Not decided yet, for a sibling or the current carer: Tyler Jones.")));

    // The family copy: the planned home is withheld like the home now.
    BookOptions options;
    options.audience = Redaction::Audience::Family;
    BookExport family(*m_file, options);
    QVERIFY(!family.prepare());
    const QString familyText = textOf(family.model());
    QVERIFY(!familyText.contains(QStringLiteral("bungalow")));
    QVERIFY(familyText.contains(QStringLiteral("Where I will live next")));
}

void TestBook::metadataNamesTheChildOnlyWhenChosen()
{
    BookOptions options;
    BookExport plain(*m_file, options);
    QVERIFY(!plain.prepare());
    const QString a = m_dir.filePath(QStringLiteral("plain.pdf"));
    QCOMPARE(plain.writePdf(a), QString());
    const QString infoA = tool(QStringLiteral("pdfinfo"), {a});
    QVERIFY(!infoA.contains(QStringLiteral("Maisie")));
    QVERIFY(infoA.contains(QStringLiteral("Title:           Life-story book")));
    options.childNameInMetadata = true;
    BookExport named(*m_file, options);
    QVERIFY(!named.prepare());
    const QString b = m_dir.filePath(QStringLiteral("named.pdf"));
    QCOMPARE(named.writePdf(b), QString());
    QVERIFY(tool(QStringLiteral("pdfinfo"), {b})
                .contains(QStringLiteral("Title:           Maisie's life story")));
}

void TestBook::letterPagesAndStoppingHalfWay()
{
    BookOptions options;
    options.pageSize = QPageSize::Letter;
    BookExport book(*m_file, options);
    QVERIFY(!book.prepare());
    const QString path = m_dir.filePath(QStringLiteral("letter.pdf"));
    QCOMPARE(book.writePdf(path), QString());
    QVERIFY(
        tool(QStringLiteral("pdfinfo"), {path}).contains(QStringLiteral("612 x 792 pts (letter)")));
    // Stopped after three pages: a message, and no file at all.
    const QString stopped = m_dir.filePath(QStringLiteral("stopped.pdf"));
    const QString message = book.writePdf(stopped, [](int done, int) { return done < 3; });
    QVERIFY(message.contains(QStringLiteral("stopped")));
    QVERIFY(!QFile::exists(stopped));
    // A folder that does not exist: a message, no crash.
    QVERIFY(!book.writePdf(m_dir.filePath(QStringLiteral("no/such/folder/x.pdf"))).isEmpty());
}

void TestBook::aThousandMemoriesFitInMemory()
{
    DemoCase::Size size;
    size.memories = 1000;
    size.photos = 200;
    size.photoSize = QSize(1600, 1200);
    CaseContent big = DemoCase::generate(size);
    auto file = TestCase::create(m_dir.filePath(QStringLiteral("big.belonging")));
    QVERIFY(file);
    QVERIFY(!CaseContentIO::write(*file, big));
    const double before = peakRssMiB();
    BookOptions options;
    BookExport book(*file, options);
    QVERIFY(!book.prepare());
    QVERIFY(book.model().pages.size() > 250);
    QString error;
    const QByteArray pdf = book.pdfBytes(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(pdf.startsWith("%PDF"));
    const double growth = peakRssMiB() - before;
    QVERIFY2(growth < 400, qPrintable(QString::number(growth)));
}

QTEST_MAIN(TestBook)
#include "tst_book.moc"
