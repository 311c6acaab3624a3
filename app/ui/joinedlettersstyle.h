// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

// Keeps Arabic letters joined in menus, buttons and labels. Qt draws the underlined letter of a
// keyboard shortcut ("&ملف") apart from its neighbours, which breaks the word into pieces; when
// the layout is right to left the underline is left out (as Windows does until Alt is held).
// The shortcuts still work: only the drawing changes.
class JoinedLettersStyle : public QProxyStyle
{
    Q_OBJECT

public:
    using QProxyStyle::QProxyStyle;
    int styleHint(StyleHint hint, const QStyleOption *option = nullptr,
                  const QWidget *widget = nullptr,
                  QStyleHintReturn *returnData = nullptr) const override;

    // Puts the style in place once for the application (the base style is kept).
    static void install();
};
