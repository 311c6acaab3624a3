// SPDX-License-Identifier: GPL-3.0-or-later
#include "letterexport.h"

#include "letterdocument.h"
#include "letternames.h"
#include "letterwords.h"
#include "privatefile.h"
#include "redaction.h"
#include "vocabulary.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontDatabase>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace {

constexpr int kHeadingLevel = 2;
constexpr int kResolution = 300;
const QColor kAccent(0x8a, 0x4b, 0x2e);   // warm brown: a letter, not a form
const QMarginsF kMargins(22, 20, 22, 16); // millimetres

QTextBlockFormat paragraph(qreal spaceAfter = 8)
{
    QTextBlockFormat f;
    f.setBottomMargin(spaceAfter);
    f.setLineHeight(125, QTextBlockFormat::ProportionalHeight);
    return f;
}

QTextCharFormat plain()
{
    QTextCharFormat f;
    f.setForeground(QColor(0x22, 0x22, 0x22));
    return f;
}

// Starts each sentence with a capital again where a name became "your teacher".
void replaceNames(QTextDocument &doc, const QList<LetterNames::Replacement> &replacements)
{
    for (const LetterNames::Replacement &r : replacements) {
        QTextCursor at(&doc);
        while (!(at = doc.find(r.pattern, at)).isNull()) {
            const int start = at.selectionStart();
            QString with = r.with;
            QTextCursor before(&doc);
            before.setPosition(at.block().position());
            before.setPosition(start, QTextCursor::KeepAnchor);
            const QString lead = before.selectedText().trimmed();
            // "Your birth father is Dean" would read "Your birth father is your birth father":
            // where the sentence already says who they are, the name is only left out.
            static const QRegularExpression end(QStringLiteral("[.!?]"));
            if (lead.section(end, -1).contains(r.with, Qt::CaseInsensitive))
                with = Redaction::withheldMark();
            else if (!with.isEmpty() &&
                     (lead.isEmpty() || QStringLiteral(".!?“\"").contains(lead.back())))
                with[0] = with[0].toUpper();
            at.insertText(with);
        }
    }
    // "your teacher, your teacher": the writer had put both the role and the name.
    for (const LetterNames::Replacement &r : replacements) {
        QTextCursor at(&doc);
        while (!(at = doc.find(LetterNames::repeated(r.with), at)).isNull()) {
            const QString first = at.selectedText().left(r.with.size());
            at.insertText(first);
        }
    }
}

// A heading at the foot of a page, its words on the next, reads as if the part were empty. The
// first such heading (counted in order), or -1. (The layout is read from a fresh document each
// time: Qt's layout does not always finish what follows a format changed in place.)
int headingAtFootOfPage(QTextDocument &doc)
{
    const qreal pageHeight = doc.pageSize().height();
    int index = -1;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() != kHeadingLevel)
            continue;
        ++index;
        const QTextBlock next = b.next();
        if (!next.isValid())
            continue;
        const QRectF head = doc.documentLayout()->blockBoundingRect(b);
        const QRectF body = doc.documentLayout()->blockBoundingRect(next);
        const qreal firstLine = next.layout() && next.layout()->lineCount() > 0
                                    ? next.layout()->lineAt(0).height()
                                    : body.height();
        if (int(head.top() / pageHeight) != int((body.top() + firstLine) / pageHeight))
            return index;
    }
    return -1;
}

// Where paragraphs go on over a page: the position of the first line on the next page, one per
// paragraph. Qt draws a page with the line before it too (clipped out of sight, but written into
// the PDF, so copy and paste and screen readers read it twice); a paragraph split there has no
// such line.
QList<int> paragraphsOverPages(QTextDocument &doc)
{
    const qreal pageHeight = doc.pageSize().height();
    QList<int> out;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        const QTextLayout *layout = b.layout();
        if (!layout || layout->lineCount() < 2 || QTextCursor(b).currentTable())
            continue;
        const qreal top = doc.documentLayout()->blockBoundingRect(b).top();
        const int firstPage = int((top + layout->lineAt(0).y()) / pageHeight);
        for (int i = 1; i < layout->lineCount(); ++i) {
            if (int((top + layout->lineAt(i).y()) / pageHeight) != firstPage) {
                out << b.position() + layout->lineAt(i).textStart();
                break;
            }
        }
    }
    return out;
}

// Splits paragraphs at those positions (ascending), from the last, so each is where it was.
void splitAt(QTextDocument &doc, const QList<int> &positions)
{
    for (qsizetype i = positions.size() - 1; i >= 0; --i) {
        QTextCursor c(&doc);
        c.setPosition(positions.at(i));
        c.insertBlock();
    }
}

} // namespace

LetterExport::LetterExport(const LaterLifeLetter &letter, const QList<Person> &people,
                           const QString &childName, QDate today)
    : m_letter(letter.normalised())
    , m_people(people)
    , m_childName(childName)
    , m_today(today)
{}

QStringList LetterExport::draftParts() const
{
    QStringList out;
    for (const LetterSection &s : m_letter.sections) {
        if (s.draft && !LetterDocument::plainText(s.markdown).trimmed().isEmpty())
            out << LetterWords::heading(s.kind);
    }
    return out;
}

std::unique_ptr<QTextDocument> LetterExport::letterDocument(const QSet<int> &breakBefore) const
{
    auto doc = std::make_unique<QTextDocument>();
    QFont font(m_letter.easyRead && QFontDatabase::families().contains(QStringLiteral("Andika"))
                   ? QStringLiteral("Andika")
                   : QStringLiteral("DejaVu Serif"));
    font.setPointSizeF(m_letter.easyRead ? 14 : 12);
    doc->setDefaultFont(font);
    doc->setDocumentMargin(0);
    QTextCursor c(doc.get());
    const QLocale locale;

    QTextBlockFormat right = paragraph(18);
    right.setAlignment(Qt::AlignRight | Qt::AlignAbsolute);
    if (QLocale().textDirection() == Qt::RightToLeft)
        right.setAlignment(Qt::AlignLeft | Qt::AlignAbsolute);
    c.setBlockFormat(right);
    if (m_letter.written.isValid())
        c.insertText(locale.toString(m_letter.written, QLocale::LongFormat), plain());
    if (!m_letter.to.isEmpty()) {
        c.insertBlock(paragraph(14));
        c.insertText(tr("Dear %1,").arg(m_letter.to), plain());
    }
    int headings = 0;
    for (const LetterSection &s : m_letter.sections) {
        if (LetterDocument::plainText(s.markdown).trimmed().isEmpty())
            continue; // never a heading with nothing under it
        QTextBlockFormat head = paragraph(6);
        head.setHeadingLevel(kHeadingLevel);
        head.setTopMargin(14);
        if (breakBefore.contains(headings++))
            head.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCharFormat headText = plain();
        headText.setFontWeight(QFont::Bold);
        headText.setFontPointSize(font.pointSizeF() * 1.25);
        headText.setForeground(kAccent);
        c.insertBlock(head, headText);
        c.insertText(LetterWords::heading(s.kind), headText);
        if (s.draft) {
            QTextCharFormat note = plain();
            note.setFontItalic(true);
            note.setForeground(QColor(0x80, 0x4a, 0x00));
            note.setFontPointSize(font.pointSizeF() * 0.8);
            c.insertBlock(paragraph(4), note);
            c.insertText(tr("Draft made from the case's facts: not yet rewritten by the writer."),
                         note);
        }
        c.insertBlock(paragraph(), plain());
        const int first = c.block().blockNumber();
        c.insertMarkdown(s.markdown);
        // The writer's paragraphs spaced as the rest of the letter (lists keep their own).
        for (QTextBlock b = doc->findBlockByNumber(first);
             b.isValid() && b.blockNumber() <= c.block().blockNumber(); b = b.next()) {
            if (b.textList() || b.blockFormat().headingLevel() > 0)
                continue;
            QTextCursor at(b);
            at.mergeBlockFormat(paragraph());
        }
    }
    if (!m_letter.author.isEmpty()) {
        QTextBlockFormat signOff = paragraph(2);
        signOff.setTopMargin(18);
        c.insertBlock(signOff, plain());
        c.insertText(tr("With warm wishes,"), plain());
        c.insertBlock(paragraph(2), plain());
        c.insertText(m_letter.author, plain());
        if (!m_letter.authorRole.isEmpty()) {
            c.insertBlock(paragraph(2), plain());
            c.insertText(m_letter.authorRole, plain());
        }
    }
    replaceNames(*doc, LetterNames::forPrint(m_people, m_letter.permissions, m_childName));
    return doc;
}

QString LetterExport::printedText() const
{
    return letterDocument({})->toPlainText();
}

void LetterExport::addPermissionsPage(QTextDocument &doc) const
{
    const QString text = LetterDocument::plainText(m_letter);
    struct Row
    {
        QString name, who, status, printedAs;
    };
    QList<Row> rows;
    for (const LetterPermission &perm : m_letter.permissions) {
        const Person *p = nullptr;
        for (const Person &candidate : m_people) {
            if (candidate.id == perm.personId)
                p = &candidate;
        }
        const bool named = p ? LetterNames::named(text, {*p}, m_childName).contains(p->id)
                             : LetterNames::mentions(text, perm.name);
        if (!named)
            continue;
        Row row{perm.name,
                p ? Vocabulary::roleName(p->role) : tr("No longer in the case"),
                LetterWords::statusName(perm.status),
                {}};
        using S = LetterPermission::Status;
        if (perm.status == S::Given)
            row.printedAs = tr("As written");
        else if (perm.status == S::Refused)
            row.printedAs =
                tr("As “%1”").arg(LetterWords::rolePhrase(p ? p->role : Person::Role::Other));
        else if (p && p->fullName.contains(QLatin1Char(' ')) &&
                 LetterNames::mentions(text, p->fullName))
            row.printedAs = tr("First name only: %1").arg(LetterNames::firstName(*p));
        else
            row.printedAs = tr("As written");
        rows << row;
    }
    QTextCursor c(&doc);
    c.movePosition(QTextCursor::End);
    QTextBlockFormat head = paragraph(10);
    head.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCharFormat headText = plain();
    headText.setFontWeight(QFont::Bold);
    headText.setFontPointSize(doc.defaultFont().pointSizeF() * 1.2);
    c.insertBlock(head, headText);
    c.insertText(filePageTitle(), headText);
    QTextCharFormat small = plain();
    small.setFontPointSize(doc.defaultFont().pointSizeF() * 0.85);
    c.insertBlock(paragraph(10), small);
    c.insertText(tr("This page is not part of the letter. It records whose permission was asked "
                    "to name them, and how each is named in the letter as printed on %1.")
                     .arg(QLocale().toString(m_today, QLocale::LongFormat)),
                 small);
    if (rows.isEmpty()) {
        c.insertBlock(paragraph(), small);
        c.insertText(tr("Nobody is named in the letter."), small);
        return;
    }
    QTextTableFormat table;
    table.setCellPadding(4);
    table.setCellSpacing(0);
    table.setBorder(0.5);
    table.setBorderBrush(QColor(0x99, 0x99, 0x99));
    table.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    table.setHeaderRowCount(1);
    QTextTable *t = c.insertTable(int(rows.size()) + 1, 4, table);
    QTextCharFormat bold = small;
    bold.setFontWeight(QFont::Bold);
    const QStringList headers{tr("Name"), tr("Who they are"), tr("Permission to include"),
                              tr("Printed")};
    for (int col = 0; col < 4; ++col)
        t->cellAt(0, col).firstCursorPosition().insertText(headers.at(col), bold);
    for (int r = 0; r < rows.size(); ++r) {
        const Row &row = rows.at(r);
        const QStringList cells{row.name, row.who, row.status, row.printedAs};
        for (int col = 0; col < 4; ++col)
            t->cellAt(r + 1, col).firstCursorPosition().insertText(cells.at(col), small);
    }
}

bool LetterExport::paint(QPagedPaintDevice &device) const
{
    const QRect paintRect = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const qreal footer = device.logicalDpiY() * 0.35; // room for the page number
    QSet<int> breakBefore;
    QList<int> splits; // where a paragraph goes on over a page, in the letter as first built
    std::unique_ptr<QTextDocument> doc;
    for (int round = 0; round < 100; ++round) {
        doc = letterDocument(breakBefore);
        if (m_filePage)
            addPermissionsPage(*doc);
        splitAt(*doc, splits);
        doc->documentLayout()->setPaintDevice(&device);
        doc->setPageSize(QSizeF(paintRect.width(), paintRect.height() - footer));
        if (const int moved = headingAtFootOfPage(*doc);
            moved >= 0 && !breakBefore.contains(moved)) {
            breakBefore.insert(moved);
            splits.clear(); // the pages below have moved
            continue;
        }
        const QList<int> more = paragraphsOverPages(*doc);
        if (more.isEmpty())
            break;
        for (int at : more) {
            // Back to a position in the letter as first built: each split before it added one.
            int earlier = 0;
            for (int k = 0; k < splits.size(); ++k)
                earlier += splits.at(k) + k < at ? 1 : 0;
            splits << at - earlier;
        }
        std::sort(splits.begin(), splits.end());
    }
    const qreal pageHeight = doc->pageSize().height();
    const int pages = doc->pageCount();
    // The page for the file is numbered apart: it is not part of the letter.
    int letterPages = pages;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        if (b.text() == filePageTitle())
            letterPages = int(doc->documentLayout()->blockBoundingRect(b).top() / pageHeight);
    }
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    QFont numberFont = doc->defaultFont();
    numberFont.setPointSizeF(numberFont.pointSizeF() * 0.75);
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !device.newPage())
            return false;
        painter.save();
        painter.translate(0, -i * pageHeight);
        // Qt draws a line that starts exactly where the given area ends: out of sight, but
        // into the PDF's text, so copy and paste and screen readers would read it twice. The
        // area stops a pixel short.
        const QRectF page(0, i * pageHeight, paintRect.width(), pageHeight);
        painter.setClipRect(page);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = page.adjusted(0, 0, 0, -1);
        doc->documentLayout()->draw(&painter, context);
        painter.restore();
        if (i >= letterPages)
            continue;
        painter.setFont(numberFont);
        painter.setPen(QColor(0x77, 0x77, 0x77));
        painter.drawText(QRectF(0, pageHeight, paintRect.width(), footer),
                         Qt::AlignHCenter | Qt::AlignBottom,
                         tr("%1 of %2").arg(i + 1).arg(letterPages));
    }
    return painter.end();
}

QString LetterExport::filePageTitle()
{
    return tr("For the file: people named in the letter");
}

QByteArray LetterExport::pdfBytes(QString *error) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kResolution);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(kMargins, QPageLayout::Millimeter);
        writer.setCreator(QStringLiteral("Belonging"));
        // Not the child's name: a file's details are seen in places its pages are not.
        writer.setTitle(tr("Later life letter"));
        if (!paint(writer)) {
            *error = tr("The letter could not be made into a PDF.");
            return {};
        }
    }
    return bytes;
}

QString LetterExport::writePdf(const QString &path) const
{
    QString error;
    const QByteArray bytes = pdfBytes(&error);
    if (!error.isEmpty())
        return error;
    return PrivateFile::write(path, bytes);
}

bool LetterExport::print(QPrinter &printer) const
{
    printer.setDocName(tr("Later life letter"));
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(kMargins, QPageLayout::Millimeter); // as the PDF
    return paint(printer);
}

void LetterExport::render(QPagedPaintDevice &device) const
{
    paint(device);
}
