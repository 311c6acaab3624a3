// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QPushButton;
class QWidget;

// What child mode lends each of its places, so that every page looks and reads alike: the
// speaker beside a text, and the big button.
namespace ChildModeKit {
using WithSpeaker = std::function<QWidget *(QWidget *, const std::function<QString()> &)>;
using BigButton = std::function<QPushButton *(const QString &)>;
} // namespace ChildModeKit
