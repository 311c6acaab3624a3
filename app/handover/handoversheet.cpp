// SPDX-License-Identifier: GPL-3.0-or-later
#include "handoversheet.h"

#include "handoverplan.h"
#include "privatefile.h"

#include <QBuffer>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

HandoverSheet::HandoverSheet(const HandoverRecord &record, const HandoverWriter::Summary &summary,
                             const QString &copyName, const QString &childName)
    : m_record(record)
    , m_summary(summary)
    , m_copyName(copyName)
    , m_childName(childName)
{}

QString HandoverSheet::html() const
{
    const auto e = [](const QString &s) { return s.toHtmlEscaped(); };
    const QString when =
        QLocale().toString(m_record.at.toLocalTime(), QStringLiteral("d MMMM yyyy, HH:mm"));
    QString h = QStringLiteral("<h1>%1</h1>").arg(e(tr("Hand-over of a life story")));
    // not translated: markup
    h += QStringLiteral("<table cellpadding='4'>");
    const auto row = [&](const QString &label, const QString &value) {
        h += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(e(label), e(value));
    };
    if (!m_childName.isEmpty())
        row(tr("Whose story"), m_childName);
    row(tr("Made on"), when);
    row(tr("For"), HandoverPlan::receiverName(m_record.receiver));
    if (!m_record.from.isEmpty())
        row(tr("From"), m_record.from);
    row(tr("The copy"), m_copyName);
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>%1</h2><ul>").arg(e(tr("What the copy holds")));
    const auto item = [&](const QString &text) { h += QStringLiteral("<li>%1</li>").arg(e(text)); };
    // Written out for one and for many: English has no plural forms file to choose from.
    const auto count = [&](int n, const QString &one, const QString &many) {
        item(n == 1 ? one : many.arg(n));
    };
    count(m_summary.people, tr("1 person"), tr("%1 people"));
    count(m_summary.homes, tr("1 home"), tr("%1 homes"));
    count(m_summary.memories, tr("1 memory"), tr("%1 memories"));
    count(m_summary.pictures, tr("1 picture"), tr("%1 pictures"));
    count(m_summary.recordings, tr("1 recording in the child's own voice"),
          tr("%1 recordings in the child's own voice"));
    count(m_summary.childSaid, tr("1 thing the child said"), tr("%1 things the child said"));
    if (m_summary.laterLifeLetter)
        item(tr("The later life letter"));
    h += QStringLiteral("</ul>");

    h += QStringLiteral("<h2>%1</h2><ul>").arg(e(tr("What stayed with the sender")));
    if (m_record.leftOut.isEmpty())
        item(tr("Nothing: everything in the story went in the copy."));
    for (const QString &line : m_record.leftOut)
        item(line);
    h += QStringLiteral("</ul>");

    h += QStringLiteral("<p>%1</p>")
             .arg(e(tr("The passphrase that opens the copy is not on this sheet. It was given "
                       "separately. Keep this sheet with the case records.")));
    h += QStringLiteral("<p>%1</p><p>%2</p>")
             .arg(e(tr("Given by: ____________________________  Date: ____________")),
                  e(tr("Received by: _________________________  Date: ____________")));
    return h;
}

QByteArray HandoverSheet::pdf() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
        writer.setCreator(QStringLiteral("Belonging"));
        writer.setTitle(tr("Hand-over sheet")); // not the child's name
        QTextDocument doc;
        doc.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 11));
        doc.setHtml(html());
        QPainter painter;
        if (!painter.begin(&writer))
            return {};
        const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
        const qreal scale = writer.resolution() / 96.0; // the document lays out at screen size
        doc.setPageSize(page.size() / scale);
        painter.scale(scale, scale);
        doc.drawContents(&painter, QRectF(QPointF(0, 0), page.size() / scale));
        painter.end();
    }
    return bytes;
}

QString HandoverSheet::writePdf(const QString &path) const
{
    const QByteArray bytes = pdf();
    if (bytes.isEmpty())
        return tr("The hand-over sheet could not be made into a PDF.");
    return PrivateFile::write(path, bytes);
}
