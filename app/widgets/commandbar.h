// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QAction;
class QToolBar;
class QWidget;

// Toolbars a keyboard or screen-reader user can use too. Qt leaves toolbar buttons out of the
// Tab order and says nothing of their shortcuts; here every button is a Tab stop and its tip
// (which a screen reader reads as the description) names the shortcut.
namespace CommandBar {
// "Add a memory (Ctrl+Shift+M)"; just the words when there is no shortcut.
QString tipFor(const QAction *action);
// Call once the toolbar has all its actions. Tab goes through the buttons, then on to next
// (the toolbar is read first, as it is shown above what it works on).
void makeReachable(QToolBar *bar, QWidget *next = nullptr);
} // namespace CommandBar
