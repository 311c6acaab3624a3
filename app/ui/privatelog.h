// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Belonging itself logs nothing about a case, but Qt's own warnings can quote a file's path or
// a piece of text — and a case file is often named after the child. In the product, messages
// are passed through scrub() before they reach the terminal or the system log.
namespace PrivateLog {

// Paths and quoted text replaced by placeholders; the rest of the message kept.
QString scrub(const QString &message);
void install();

} // namespace PrivateLog
