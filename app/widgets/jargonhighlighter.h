// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jargoncheck.h"

#include <QSyntaxHighlighter>

#include <QTextCursor>

#include <functional>

class QPlainTextEdit;
class QTextEdit;

// Underlines care-system words in text written to a child, as a spelling checker would, and
// says on hover what to write instead.
class JargonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit JargonHighlighter(QTextEdit *edit);
    explicit JargonHighlighter(QPlainTextEdit *edit);
    const JargonCheck &check() const { return m_check; }
    // The words found in the whole text, each once, with what to say instead.
    QList<JargonCheck::Term> found() const;
    // The hit under a position of the text (for the tooltip and the menu), or nullopt.
    std::optional<JargonCheck::Hit> hitAt(int position) const;

protected:
    void highlightBlock(const QString &text) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    JargonHighlighter(QTextDocument *document, QWidget *viewport,
                      std::function<QTextCursor(QPoint)> cursorAt);

    QWidget *m_viewport;
    std::function<QTextCursor(QPoint)> m_cursorAt;
    JargonCheck m_check;
};
