// SPDX-License-Identifier: GPL-3.0-or-later
#include "joinedlettersstyle.h"

#include <QApplication>
#include <QStyleFactory>

int JoinedLettersStyle::styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                                  QStyleHintReturn *returnData) const
{
    if (hint == SH_UnderlineShortcut && QGuiApplication::layoutDirection() == Qt::RightToLeft)
        return 0;
    return QProxyStyle::styleHint(hint, option, widget, returnData);
}

void JoinedLettersStyle::install()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    // The style in use now (Fusion here), wrapped; a style sheet set later wraps this in turn.
    QApplication::setStyle(new JoinedLettersStyle(QStyleFactory::create(qApp->style()->name())));
}
