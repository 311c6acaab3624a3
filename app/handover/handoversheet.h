// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "handoverwriter.h"

#include <QCoreApplication>

// The printable hand-over sheet: what was given, to whom, when and by whom, and what stayed
// behind — for the sender's file and the receiver's. Never the passphrase (given separately),
// never the child's name in the PDF's details.
class HandoverSheet
{
    Q_DECLARE_TR_FUNCTIONS(HandoverSheet)

public:
    // childName: the name the child uses (the sheet stays with the records; never their
    // full name or birthday).
    HandoverSheet(const HandoverRecord &record, const HandoverWriter::Summary &summary,
                  const QString &copyName, const QString &childName = {});
    QString html() const;
    QByteArray pdf() const;                      // empty when it could not be made
    QString writePdf(const QString &path) const; // empty on success, else a plain message

private:
    HandoverRecord m_record;
    HandoverWriter::Summary m_summary;
    QString m_copyName;
    QString m_childName;
};
