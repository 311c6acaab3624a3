// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfoutline.h"

#include <QRegularExpression>

namespace {

// A PDF text string: UTF-16BE with a byte-order mark, written in hex (safe for any text).
QByteArray pdfString(const QString &text)
{
    QByteArray bytes("<FEFF");
    for (const QChar c : text)
        bytes += QByteArray::number(c.unicode() | 0x10000, 16).mid(1).toUpper();
    return bytes + '>';
}

qint64 lastNumberAfter(const QByteArray &pdf, const QByteArray &key)
{
    const qsizetype at = pdf.lastIndexOf(key);
    if (at < 0)
        return -1;
    static const QRegularExpression number(QStringLiteral("\\s*(\\d+)"));
    const QRegularExpressionMatch m =
        number.match(QString::fromLatin1(pdf.mid(at + key.size(), 40)));
    return m.hasMatch() && m.capturedStart() == 0 ? m.captured(1).toLongLong() : -1;
}

} // namespace

bool PdfOutline::append(QByteArray &pdf, const QList<BookOutlineEntry> &entries, const Info &info)
{
    const qint64 previousXref = lastNumberAfter(pdf, "startxref");
    const qint64 size = lastNumberAfter(pdf, "/Size");
    const qint64 root = lastNumberAfter(pdf, "/Root");
    if (previousXref <= 0 || size <= 0 || root <= 0)
        return false;

    // The pages, in order, from the page tree's /Kids (Qt writes one flat tree).
    const qsizetype pagesAt = pdf.indexOf("/Type /Pages");
    const qsizetype kidsAt = pdf.indexOf("/Kids", pagesAt);
    const qsizetype open = pdf.indexOf('[', kidsAt);
    const qsizetype close = pdf.indexOf(']', open);
    if (pagesAt < 0 || kidsAt < 0 || open < 0 || close < 0)
        return false;
    QList<qint64> pages;
    static const QRegularExpression ref(QStringLiteral("(\\d+)\\s+0\\s+R"));
    auto it = ref.globalMatch(QString::fromLatin1(pdf.mid(open, close - open)));
    while (it.hasNext())
        pages << it.next().captured(1).toLongLong();

    // The catalog's dictionary, to be written again with the outline added.
    const QByteArray header = "\n" + QByteArray::number(root) + " 0 obj";
    const qsizetype catalogAt = pdf.indexOf(header);
    const qsizetype dictStart = pdf.indexOf("<<", catalogAt);
    const qsizetype objEnd = pdf.indexOf("endobj", catalogAt);
    const qsizetype dictEnd = pdf.lastIndexOf(">>", objEnd);
    if (catalogAt < 0 || dictStart < 0 || objEnd < 0 || dictEnd < dictStart)
        return false;
    const QByteArray catalogBody = pdf.mid(dictStart + 2, dictEnd - dictStart - 2);
    if (catalogBody.contains("/Outlines"))
        return false;

    // Build a two-level tree: level-1 entries hang under the level-0 entry before them.
    struct Node
    {
        qint64 number;
        int entry;
        int parent = -1; // index into nodes, -1 = the outline root
        QList<int> children;
    };
    const qint64 outlineRoot = size;
    QList<Node> nodes;
    QList<int> top;
    for (int i = 0; i < entries.size(); ++i) {
        const BookOutlineEntry &e = entries[i];
        if (e.page < 0 || e.page >= pages.size())
            continue;
        Node node{outlineRoot + 1 + nodes.size(), i, -1, {}};
        if (e.level > 0 && !top.isEmpty())
            node.parent = top.last();
        nodes << node;
        if (node.parent < 0)
            top << int(nodes.size()) - 1;
        else
            nodes[node.parent].children << int(nodes.size()) - 1;
    }
    const qint64 infoNumber = outlineRoot + 1 + nodes.size();

    QByteArray update = "\n";
    QList<std::pair<qint64, qint64>> offsets; // object number, byte offset
    auto object = [&](qint64 number, const QByteArray &body) {
        offsets << std::pair(number, qint64(pdf.size() + update.size()));
        update += QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n";
    };
    auto siblings = [&](const QList<int> &list, int at, QByteArray &body) {
        if (at > 0)
            body += " /Prev " + QByteArray::number(nodes[list[at - 1]].number) + " 0 R";
        if (at + 1 < list.size())
            body += " /Next " + QByteArray::number(nodes[list[at + 1]].number) + " 0 R";
    };
    auto children = [&](const QList<int> &list, QByteArray &body) {
        if (list.isEmpty())
            return;
        body += " /First " + QByteArray::number(nodes[list.first()].number) + " 0 R /Last " +
                QByteArray::number(nodes[list.last()].number) + " 0 R /Count " +
                QByteArray::number(list.size());
    };

    QByteArray rootBody = "<< /Type /Outlines";
    children(top, rootBody);
    object(outlineRoot, rootBody + " >>");
    for (int n = 0; n < nodes.size(); ++n) {
        const Node &node = nodes[n];
        const BookOutlineEntry &e = entries[node.entry];
        const QList<int> &list = node.parent < 0 ? top : nodes[node.parent].children;
        QByteArray body =
            "<< /Title " + pdfString(e.title) + " /Parent " +
            QByteArray::number(node.parent < 0 ? outlineRoot : nodes[node.parent].number) +
            " 0 R /Dest [" + QByteArray::number(pages[e.page]) + " 0 R /Fit]";
        siblings(list, int(list.indexOf(n)), body);
        children(node.children, body);
        object(node.number, body + " >>");
    }
    object(infoNumber, "<< /Title " + pdfString(info.title) + " /Author " + pdfString(info.author) +
                           " /Subject " + pdfString(info.subject) + " /Creator " +
                           pdfString(info.creator) + " /Producer " + pdfString(info.creator) +
                           " >>");
    object(root, "<<" + catalogBody + " /Outlines " + QByteArray::number(outlineRoot) +
                     " 0 R /PageMode /UseOutlines >>");

    const qint64 xrefAt = pdf.size() + update.size();
    std::sort(offsets.begin(), offsets.end());
    update += "xref\n";
    for (qsizetype i = 0; i < offsets.size();) {
        qsizetype j = i;
        while (j + 1 < offsets.size() && offsets[j + 1].first == offsets[j].first + 1)
            ++j;
        update += QByteArray::number(offsets[i].first) + ' ' + QByteArray::number(j - i + 1) + '\n';
        for (qsizetype k = i; k <= j; ++k)
            update += QByteArray::number(offsets[k].second).rightJustified(10, '0') + " 00000 n \n";
        i = j + 1;
    }
    update += "trailer\n<< /Size " + QByteArray::number(infoNumber + 1) + " /Root " +
              QByteArray::number(root) + " 0 R /Info " + QByteArray::number(infoNumber) +
              " 0 R /Prev " + QByteArray::number(previousXref) + " >>\nstartxref\n" +
              QByteArray::number(xrefAt) + "\n%%EOF\n";
    pdf += update;
    return true;
}
