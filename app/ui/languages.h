// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

// The languages Belonging ships, and loading the one to use: the user's choice from the View
// menu, or else the system's. Qt's own translations (standard buttons and dialogs) are loaded
// with ours; right-to-left languages turn the whole layout round.
class Languages
{
    Q_DECLARE_TR_FUNCTIONS(Languages)

public:
    struct Language
    {
        QString code;       // "en", "cy", "ar"
        QString nativeName; // as its speakers write it
    };
    static QList<Language> available();
    // Installs translators on the application; returns the language code in use.
    static QString install(const QString &choice);
    // The locale used for a language: for English, the computer's own English (so dates read
    // as the user expects), and British English when the computer says only "C" or "POSIX".
    static QLocale localeFor(const QString &code, const QLocale &system = QLocale::system());
};
