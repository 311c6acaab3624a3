// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fuzzydate.h"
#include "handoverrecord.h"
#include "passphrasedialog.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

// The one door for modal questions and file choosers, so tests can answer them in advance
// instead of blocking on a real dialog (as KeePassXC's MessageBox::setNextAnswer does).
class Dialogs
{
    Q_DECLARE_TR_FUNCTIONS(Dialogs)

public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title,
                                                const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    // Something done, told with the information icon (not a question: nothing is asked).
    static void information(QWidget *parent, const QString &title, const QString &text);
    // `folder`: where the dialog starts (empty: the platform's choice).
    static QString openFileName(QWidget *parent, const QString &title, const QString &filter,
                                const QString &folder = {});
    static QString saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                                const QString &filter);

    // Asks for a passphrase; nullopt when the user cancels. error is shown above the field.
    static std::optional<QString> passphrase(QWidget *parent, PassphraseDialog::Mode mode,
                                             const QString &storyName, const QString &error);
    static std::optional<QString> text(QWidget *parent, const QString &title, const QString &label);
    // The passphrase for a hand-over copy: words made for it and shown once, or the sender's
    // own. Scripted: the next scripted passphrase.
    static std::optional<QString> handoverPassphrase(QWidget *parent, const QString &copyName);
    // The letter that came with a hand-over copy, shown the first time it is opened.
    // Scripted: not shown, but its text is kept for lastHandoverLetter().
    static void handoverLetter(QWidget *parent, const HandoverRecord &record);
    static QString lastHandoverLetter() { return s_lastHandoverLetter; }
    // "The copy is made": true when the sender wants the hand-over sheet saved.
    // Scripted by setNextAnswer (Save or Close).
    static bool offerHandoverSheet(QWidget *parent, const QString &title, const QString &text);
    // Whose story, and their birthday (unknown when skipped); nullopt when cancelled.
    // Scripted: the next scripted text is the name, and the birthday is skipped.
    struct NewStory
    {
        QString name;
        FuzzyDate born;
    };
    static std::optional<NewStory> newStory(QWidget *parent);
    // A file was exported: "Open" it, "Show in folder" (answered as Apply) or Close. Opens
    // what was asked for with the desktop's own programs.
    static QMessageBox::StandardButton exportDone(QWidget *parent, const QString &path);

    // Test hooks: the next call of that kind returns this answer without showing anything.
    // Once passphrases or texts are scripted, running out of them answers "cancel".
    static void scriptPassphrases(const QStringList &answers)
    {
        s_passphrases = answers;
        s_scripted = true;
    }
    static void scriptTexts(const QStringList &answers)
    {
        s_texts = answers;
        s_scripted = true;
    }
    static void setNextAnswer(QMessageBox::StandardButton answer) { s_nextAnswer = answer; }
    static void setNextFileName(const QString &path) { s_nextFileName = path; }
    // The text of the last warning shown (or suppressed in tests), for assertions.
    static QString lastWarning() { return s_lastWarning; }
    static QString lastInformation() { return s_lastInformation; }
    static void setSuppressWarnings(bool suppress) { s_suppressWarnings = suppress; }
    // When recent files are not remembered, file dialogs are Qt's own: the desktop's native
    // dialog would add the file (often named after the child) to the system's recent list.
    static void setPrivateFileDialogs(bool on) { s_privateFileDialogs = on; }
    static bool privateFileDialogs() { return s_privateFileDialogs; }

private:
    static inline std::optional<QMessageBox::StandardButton> s_nextAnswer;
    static inline std::optional<QString> s_nextFileName;
    static inline QString s_lastWarning;
    static inline QString s_lastInformation;
    static inline bool s_suppressWarnings = false;
    static inline bool s_privateFileDialogs = false;
    static inline bool s_scripted = false;
    static inline QStringList s_passphrases;
    static inline QStringList s_texts;
    static inline QString s_lastHandoverLetter;
};
