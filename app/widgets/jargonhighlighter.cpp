// SPDX-License-Identifier: GPL-3.0-or-later
#include "jargonhighlighter.h"

#include <QHelpEvent>
#include <QPlainTextEdit>
#include <QSet>
#include <QTextBlock>
#include <QTextEdit>
#include <QToolTip>

JargonHighlighter::JargonHighlighter(QTextDocument *document, QWidget *viewport,
                                     std::function<QTextCursor(QPoint)> cursorAt)
    : QSyntaxHighlighter(document)
    , m_viewport(viewport)
    , m_cursorAt(std::move(cursorAt))
{
    viewport->installEventFilter(this);
}

JargonHighlighter::JargonHighlighter(QTextEdit *edit)
    : JargonHighlighter(edit->document(), edit->viewport(),
                        [edit](QPoint p) { return edit->cursorForPosition(p); })
{}

JargonHighlighter::JargonHighlighter(QPlainTextEdit *edit)
    : JargonHighlighter(edit->document(), edit->viewport(),
                        [edit](QPoint p) { return edit->cursorForPosition(p); })
{}

void JargonHighlighter::highlightBlock(const QString &text)
{
    QTextCharFormat mark;
    mark.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    mark.setUnderlineColor(QColor(0xc0, 0x60, 0x00));
    for (const JargonCheck::Hit &h : m_check.find(text))
        setFormat(h.start, h.length, mark);
}

QList<JargonCheck::Term> JargonHighlighter::found() const
{
    QList<JargonCheck::Term> out;
    QSet<QString> seen;
    for (const JargonCheck::Hit &h : m_check.find(document()->toPlainText())) {
        const JargonCheck::Term &t = m_check.terms().at(h.term);
        if (!seen.contains(t.words.toLower())) {
            seen.insert(t.words.toLower());
            out << t;
        }
    }
    return out;
}

std::optional<JargonCheck::Hit> JargonHighlighter::hitAt(int position) const
{
    const QTextBlock block = document()->findBlock(position);
    if (!block.isValid())
        return std::nullopt;
    const int inBlock = position - block.position();
    for (JargonCheck::Hit h : m_check.find(block.text())) {
        if (inBlock >= h.start && inBlock <= h.start + h.length) {
            h.start += block.position();
            return h;
        }
    }
    return std::nullopt;
}

bool JargonHighlighter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int position = m_cursorAt(help->pos()).position();
        if (const std::optional<JargonCheck::Hit> h = hitAt(position)) {
            const JargonCheck::Term &t = m_check.terms().at(h->term);
            QToolTip::showText(help->globalPos(),
                               JargonCheck::tr("A child may not know “%1”. Say instead, or "
                                               "explain: %2")
                                   .arg(t.words, t.plain),
                               m_viewport);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QSyntaxHighlighter::eventFilter(watched, event);
}
