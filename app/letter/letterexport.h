// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "letter.h"
#include "person.h"

#include <QCoreApplication>
#include <QSet>

#include <memory>

class QPagedPaintDevice;
class QPrinter;
class QTextDocument;

// The later life letter as it leaves the program — a PDF or a print — in a warm, readable
// layout: names printed only as permission allows, no heading without words under it, headings
// kept with what follows them, and the list of permissions on a page of its own for the file.
class LetterExport
{
    Q_DECLARE_TR_FUNCTIONS(LetterExport)

public:
    // `childName` (their full name) keeps a surname they share with family from being taken
    // for a relative's.
    LetterExport(const LaterLifeLetter &letter, const QList<Person> &people,
                 const QString &childName = {}, QDate today = QDate::currentDate());
    // The page for the file (who is named, with their permission) is left out unless asked
    // for: it names people who refused, so it never travels with the letter by accident.
    void setFilePage(bool withFilePage) { m_filePage = withFilePage; }

    // The letter's words as printed (names replaced), without the permissions page.
    QString printedText() const;
    // Parts still a draft made from the facts, by heading: worth a warning before it goes.
    QStringList draftParts() const;
    QByteArray pdfBytes(QString *error) const;
    // Returns an error message, empty on success. The file is owner-only.
    QString writePdf(const QString &path) const;
    bool print(QPrinter &printer) const;
    // Pages of the layout on that device (the preview).
    void render(QPagedPaintDevice &device) const;

private:
    // The letter's pages; headings counted in order in `breakBefore` start a new page.
    std::unique_ptr<QTextDocument> letterDocument(const QSet<int> &breakBefore) const;
    void addPermissionsPage(QTextDocument &doc) const;
    bool paint(QPagedPaintDevice &device) const;
    static QString filePageTitle();

    LaterLifeLetter m_letter;
    QList<Person> m_people;
    QString m_childName;
    QDate m_today;
    bool m_filePage = false;
};
