// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casefile.h"
#include "handoverrecord.h"

#include <QDate>
#include <QSet>

// Makes a hand-over copy: a new encrypted case with its own passphrase holding only what the
// receiver may have, with the sender's letter, and records the hand-over in both files. The
// copy is written whole under a hidden name and named last; if anything fails nothing is left
// under its name and the open case has no record of it.
class HandoverWriter
{
public:
    struct Request
    {
        HandoverRecord::Receiver receiver = HandoverRecord::Receiver::NewCarers;
        QSet<ItemId> leaveOut; // people chosen to be left out as well
        QString from;
        QString letter;
        QDate today = QDate::currentDate();
    };

    // What went into the copy, for the hand-over sheet and the status bar.
    struct Summary
    {
        int people = 0;
        int homes = 0;
        int memories = 0;
        int pictures = 0;
        int recordings = 0; // in the child's own voice
        int childSaid = 0;
        bool laterLifeLetter = false;
    };

    struct Outcome
    {
        StorageError error;
        HandoverRecord record; // as recorded in the open case
        Summary summary;
    };

    static Outcome write(CaseFile &source, const Request &request, const QString &path,
                         const CaseFile::Key &key);
};
