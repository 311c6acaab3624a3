// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>
#include <QString>

#include <optional>

class QWidget;

// The one door for modal questions and file choosers, so tests can answer them in advance
// instead of blocking on a real dialog (as KeePassXC's MessageBox::setNextAnswer does).
class Dialogs
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title,
                                                const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static QString openFileName(QWidget *parent, const QString &title, const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                                const QString &filter);

    // Test hooks: the next call of that kind returns this answer without showing anything.
    static void setNextAnswer(QMessageBox::StandardButton answer) { s_nextAnswer = answer; }
    static void setNextFileName(const QString &path) { s_nextFileName = path; }
    // The text of the last warning shown (or suppressed in tests), for assertions.
    static QString lastWarning() { return s_lastWarning; }
    static void setSuppressWarnings(bool suppress) { s_suppressWarnings = suppress; }

private:
    static inline std::optional<QMessageBox::StandardButton> s_nextAnswer;
    static inline std::optional<QString> s_nextFileName;
    static inline QString s_lastWarning;
    static inline bool s_suppressWarnings = false;
};
