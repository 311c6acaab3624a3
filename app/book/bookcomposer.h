// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bookmodel.h"
#include "bookstyle.h"
#include "casecontent.h"
#include "courtdetails.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>

struct BookOptions
{
    Redaction::Audience audience = Redaction::Audience::ChildBook;
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    bool ecomap = true;
    bool family = true;     // the family tree (genogram), with its key
    bool people = true;     // a page or half-page per chosen person
    bool placements = true; // "Where I have lived" / placement history, and the moves
    bool memories = true;
    bool wishes = true;
    bool chronology = true;      // court pack
    bool impactColumn = true;    // court pack chronology: "impact on the child"
    QSet<ItemId> chosenPeople;   // empty: everyone
    QSet<ItemId> chosenMemories; // empty: all
    QSet<ItemId> withheldPeople; // left out entirely (redaction)
    QDate preparedOn = QDate::currentDate();
    bool childNameInMetadata = false;
    CourtDetails court; // court pack: its cover and footer
};

// Lays a (redacted) case out into pages: text broken into lines that fit their boxes, photos
// fitted without stretching, headings never left alone at the foot of a page, a contents page,
// page numbers. Pure layout: no painting, no files.
class BookComposer
{
    Q_DECLARE_TR_FUNCTIONS(BookComposer)

public:
    BookComposer(const CaseContent &redacted, const BookOptions &options);
    BookModel compose();

private:
    class Flow;
    void composeChildBook(Flow &flow);
    void composeCourtPack(Flow &flow);
    void addContents(int contentsPage);
    void addFooters();

    const CaseContent &m_case;
    BookOptions m_options;
    BookStyle m_style;
    BookModel m_model;
};
