// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

// The colours of what Belonging draws itself (the ecomap, the timeline, the key), so they can
// follow the person's needs: warm paper colours normally; white on black with a yellow focus
// when high contrast is chosen (View › High Contrast) or the desktop itself is dark. Printed
// books always use the warm colours (PrintColours).
namespace Look {

struct Colours
{
    bool contrast;   // the high-contrast set
    QColor paper;    // the background of a drawing
    QColor panel;    // headers and label columns
    QColor rule;     // grid lines and rings
    QColor ink;      // text and ordinary lines
    QColor muted;    // secondary text
    QColor card;     // a person's card
    QColor focus;    // the chosen item
    QColor stress;   // a stressful relationship
    QColor broken;   // a broken relationship
    QColor onPastel; // text on the light colours of placements
};

// Whether the screen shows high contrast; drawings ask colours().contrast instead, which is
// false while printing.
bool highContrast();
// Turns high contrast on or off for the whole application (palette included); the choice
// is the caller's to remember.
void setHighContrast(bool on);
const Colours &colours();

// While one exists, colours() gives the warm, printable colours whatever the screen shows.
class PrintColours
{
public:
    PrintColours();
    ~PrintColours();
    PrintColours(const PrintColours &) = delete;
    PrintColours &operator=(const PrintColours &) = delete;
};

} // namespace Look
