// SPDX-License-Identifier: GPL-3.0-or-later
#include "look.h"

#include <QGuiApplication>
#include <QPalette>

namespace {

bool s_chosen = false;
int s_printing = 0;

const Look::Colours &warm()
{
    static const Look::Colours c{false,
                                 QColor(0xfb, 0xf8, 0xf3),
                                 QColor(0xf6, 0xef, 0xe6),
                                 QColor(0xd8, 0xcf, 0xc4),
                                 QColor(0x22, 0x25, 0x2b),
                                 QColor(0x5f, 0x66, 0x70),
                                 QColor(0xff, 0xff, 0xff),
                                 QColor(0x2a, 0x6f, 0xdb),
                                 QColor(0xc0, 0x39, 0x2b),
                                 QColor(0x8a, 0x8f, 0x98),
                                 QColor(0x22, 0x25, 0x2b)};
    return c;
}

// Contrast ratios against black: white 21:1, yellow 19:1, the stress orange 7.4:1.
const Look::Colours &contrast()
{
    static const Look::Colours c{true,
                                 QColor(0, 0, 0),
                                 QColor(0, 0, 0),
                                 QColor(0xc0, 0xc0, 0xc0),
                                 QColor(0xff, 0xff, 0xff),
                                 QColor(0xf0, 0xf0, 0xf0),
                                 QColor(0, 0, 0),
                                 QColor(0xff, 0xe0, 0x00),
                                 QColor(0xff, 0x7a, 0x50),
                                 QColor(0xc0, 0xc0, 0xc0),
                                 QColor(0, 0, 0)};
    return c;
}

QPalette highContrastPalette()
{
    const QColor black(0, 0, 0), white(0xff, 0xff, 0xff), yellow(0xff, 0xe0, 0x00);
    QPalette p(white, black);
    for (auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button,
                      QPalette::ToolTipBase})
        p.setColor(role, black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText,
                      QPalette::ToolTipText, QPalette::BrightText})
        p.setColor(role, white);
    p.setColor(QPalette::Highlight, yellow);
    p.setColor(QPalette::HighlightedText, black);
    p.setColor(QPalette::Link, QColor(0x80, 0xd0, 0xff));
    p.setColor(QPalette::PlaceholderText, QColor(0xd0, 0xd0, 0xd0));
    p.setColor(QPalette::Light, white);
    p.setColor(QPalette::Midlight, QColor(0xc0, 0xc0, 0xc0));
    p.setColor(QPalette::Mid, QColor(0xc0, 0xc0, 0xc0));
    p.setColor(QPalette::Dark, white);
    p.setColor(QPalette::Shadow, white);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0xa0, 0xa0, 0xa0));
    return p;
}

QPalette &originalPalette()
{
    static QPalette palette = QGuiApplication::palette();
    return palette;
}

} // namespace

bool Look::highContrast()
{
    // A dark desktop gets light-on-dark drawings too, rather than a glaring cream page.
    return s_chosen || QGuiApplication::palette().color(QPalette::Window).lightness() < 96;
}

void Look::setHighContrast(bool on)
{
    if (on == s_chosen)
        return;
    if (on) {
        originalPalette(); // kept before it is replaced
        QGuiApplication::setPalette(highContrastPalette());
    } else {
        QGuiApplication::setPalette(originalPalette());
    }
    s_chosen = on;
}

const Look::Colours &Look::colours()
{
    return s_printing == 0 && highContrast() ? contrast() : warm();
}

Look::PrintColours::PrintColours()
{
    ++s_printing;
}

Look::PrintColours::~PrintColours()
{
    --s_printing;
}
