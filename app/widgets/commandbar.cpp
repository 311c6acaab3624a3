// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandbar.h"

#include <QAction>
#include <QCoreApplication>
#include <QToolBar>
#include <QToolButton>

QString CommandBar::tipFor(const QAction *action)
{
    QString words = action->text();
    words.remove(QStringLiteral("…")).replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    words.remove(QLatin1Char('&')).replace(QLatin1Char('\x01'), QLatin1Char('&'));
    if (action->shortcut().isEmpty())
        return words;
    return QStringLiteral("%1 (%2)").arg(words,
                                         action->shortcut().toString(QKeySequence::NativeText));
}

void CommandBar::makeReachable(QToolBar *bar, QWidget *next)
{
    QList<QWidget *> chain;
    for (QAction *action : bar->actions()) {
        if (action->isSeparator())
            continue;
        action->setToolTip(tipFor(action));
        if (QWidget *button = bar->widgetForAction(action)) {
            button->setFocusPolicy(Qt::TabFocus);
            chain << button;
        }
    }
    if (next)
        chain << next;
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain[i - 1], chain[i]);
    // The "more" button Qt shows when the toolbar is too narrow has no name of its own.
    for (QToolButton *button : bar->findChildren<QToolButton *>()) {
        if (button->defaultAction() == nullptr && button->accessibleName().isEmpty()) {
            button->setAccessibleName(QCoreApplication::translate("CommandBar", "More commands"));
            button->setFocusPolicy(Qt::TabFocus);
        }
    }
}
