// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QPrinter;

// Sends a finished PDF to a printer through CUPS, straight from memory. Qt's own printing first
// writes the whole job to a plaintext temporary file; a child's book must never touch the disk
// unencrypted, so the book and the letter are made as PDFs in memory (the same pages as "Save as
// PDF") and streamed to the print server instead.
class PrintJob
{
    Q_DECLARE_TR_FUNCTIONS(PrintJob)

public:
    // What the print dialog chose, in CUPS's terms.
    struct Settings
    {
        QString printer; // a CUPS queue (an instance "queue/name" prints on its queue)
        int copies = 1;
        bool collate = true;
        QString sides;      // "one-sided", "two-sided-long-edge", … (empty: the printer's own)
        QString pageRanges; // "3-5" (empty: every page)
        QString media;      // "A4", "Letter"
    };
    static Settings fromPrinter(const QPrinter &printer);

    // Returns an empty string once the print server has the whole job, else a plain message.
    // `title` is what the printer queue shows to anyone who looks: never a name.
    static QString send(const Settings &settings, const QString &title, const QByteArray &pdf);
    // Where the print dialog said: its "print to file" (an owner-only PDF, see PrivateFile) or
    // the chosen printer, titled with the printer's document name.
    static QString deliver(const QPrinter &printer, const QByteArray &pdf);
};
