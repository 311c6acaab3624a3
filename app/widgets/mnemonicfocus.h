// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QLabel;
class QWidget;

// A label's Alt key moves focus to its buddy only when the buddy takes focus itself, and it
// clicks a buddy that is a button. A field made of parts (a date and its hint, a list of tick
// boxes) takes no focus itself but hands it to one part: its label is pointed at that part,
// and when the part is a tick box the Alt key only moves there ("Who was there:" used to tick
// the first person).
namespace MnemonicFocus {
// Points the label's Alt key at the field (or the part it hands focus to). Call again when the
// field's parts change.
void point(QLabel *label, QWidget *field);
// The same for every label under root whose buddy is such a field.
void pointAll(QWidget *root);
} // namespace MnemonicFocus
