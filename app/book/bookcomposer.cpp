// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookcomposer.h"

#include "childmapcompare.h"
#include "chronology.h"
#include "movecontinuity.h"
#include "movewords.h"
#include "notation.h"

#include "vocabulary.h"
#include "voicerules.h"

#include <QFontMetricsF>
#include <QHash>
#include <QLocale>
#include <QTextLayout>

#include <algorithm>
#include <numeric>

namespace {

constexpr qreal kGutter = 18;

// "Came: …" and "Left: …" in one table cell, whichever are known.
QString cameAndLeft(const QString &came, const QString &left)
{
    QStringList parts;
    if (!came.isEmpty())
        parts << BookComposer::tr("Came: %1").arg(came);
    if (!left.isEmpty())
        parts << BookComposer::tr("Left: %1").arg(left);
    return parts.join(u'\n');
}

QString dateText(const FuzzyDate &date)
{
    return date.isUnknown() ? BookComposer::tr("date not known") : date.toDisplayString();
}

QString quoted(const QString &words)
{
    return BookComposer::tr("“%1”").arg(words);
}

} // namespace

// The running layout: where the next block goes, and a new page when it does not fit.
class BookComposer::Flow
{
public:
    Flow(BookModel &model, const BookStyle &style)
        : m_model(model)
        , m_style(style)
    {}

    int page() const { return int(m_model.pages.size()) - 1; }
    QRectF content() const
    {
        const QSizeF size = m_model.size();
        return QRectF(QPointF(0, 0), size).marginsRemoved(m_style.margins(page()));
    }
    qreal y() const { return m_y; }
    qreal remaining() const { return content().bottom() - m_y; }
    void skip(qreal height) { m_y += height; }

    void newPage(const QString &section)
    {
        m_section = section;
        m_model.pages.append(BookPage{{}, section});
        m_y = content().top();
    }
    void ensure(qreal height)
    {
        if (m_model.pages.isEmpty() || remaining() < height)
            newPage(m_section);
    }
    void add(const BookItem &item)
    {
        m_model.pages[m_target < 0 ? m_model.pages.size() - 1 : m_target].items << item;
    }
    // Adds to an earlier page (the contents, the footers) instead of the last one.
    void setTarget(int page) { m_target = page; }

    // Breaks text into lines that fit `width` (blank lines kept between paragraphs).
    QStringList wrap(const QString &text, TextStyle style, qreal width) const
    {
        QStringList lines;
        const QFont font = m_style.font(style);
        const QStringList paragraphs = text.split(QLatin1Char('\n'));
        for (const QString &paragraph : paragraphs) {
            if (paragraph.trimmed().isEmpty()) {
                if (!lines.isEmpty() && !lines.last().isEmpty())
                    lines << QString();
                continue;
            }
            QTextLayout layout(paragraph, font);
            QTextOption option;
            option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
            layout.setTextOption(option);
            layout.beginLayout();
            for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
                line.setLineWidth(width * 0.97); // slack for device rounding
                lines << paragraph.mid(line.textStart(), line.textLength()).trimmed();
            }
            layout.endLayout();
        }
        while (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        return lines;
    }

    // One line of text at (x, top) inside a column of `width`; right-aligned when RTL.
    void textLine(const QString &line, TextStyle style, qreal x, qreal top, qreal width,
                  Qt::Alignment align = Qt::AlignLeft, QColor ink = {})
    {
        const QFontMetricsF metrics(m_style.font(style));
        const qreal advance = std::min(width, metrics.horizontalAdvance(line));
        qreal left = x;
        if (align & Qt::AlignHCenter)
            left = x + (width - advance) / 2;
        else if ((align & Qt::AlignRight) || line.isRightToLeft())
            left = x + width - advance;
        BookItem item;
        item.type = BookItem::Type::Text;
        item.rect = QRectF(left, top, advance, m_style.lineHeight(style));
        item.text = line;
        item.style = style;
        item.colour = ink.isValid() ? ink : m_style.ink(style);
        add(item);
    }

    // Text in a fixed box on this page; the last line that fits is elided. Returns the height.
    qreal textInBox(const QString &text, TextStyle style, const QRectF &box,
                    Qt::Alignment align = Qt::AlignLeft)
    {
        const qreal lh = m_style.lineHeight(style);
        QStringList lines = wrap(text, style, box.width());
        const int fit = std::max(0, int(box.height() / lh));
        if (lines.size() > fit) {
            lines = lines.mid(0, fit);
            if (!lines.isEmpty()) {
                const QFontMetricsF metrics(m_style.font(style));
                lines.last() = metrics.elidedText(lines.last() + QStringLiteral(" …"),
                                                  Qt::ElideRight, box.width() * 0.97);
            }
        }
        qreal top = box.top();
        for (const QString &line : std::as_const(lines)) {
            textLine(line, style, box.left(), top, box.width(), align);
            top += lh;
        }
        return top - box.top();
    }

    // Running text in the flow, continued on the next page when needed.
    void paragraph(const QString &text, TextStyle style, qreal indent = 0)
    {
        const qreal lh = m_style.lineHeight(style);
        const QRectF area = content();
        const QStringList lines = wrap(text, style, area.width() - indent);
        for (const QString &line : lines) {
            ensure(lh);
            textLine(line, style, content().left() + indent, m_y, content().width() - indent);
            m_y += lh;
        }
        m_y += lh * 0.45;
    }

    // A heading kept with at least `keepWith` points of what follows.
    void heading(const QString &text, TextStyle style, int outlineLevel, qreal keepWith)
    {
        const qreal lh = m_style.lineHeight(style);
        const QStringList lines = wrap(text, style, content().width());
        const qreal height = lh * lines.size() + lh * 0.3;
        if (remaining() < height + keepWith)
            newPage(m_section);
        if (outlineLevel >= 0)
            m_model.outline << BookOutlineEntry{text, page(), outlineLevel};
        for (const QString &line : lines) {
            textLine(line, style, content().left(), m_y, content().width());
            m_y += lh;
        }
        m_y += lh * 0.3;
    }

    void box(const QRectF &rect, QColor fill, QColor border = {}, qreal radius = 0)
    {
        BookItem item;
        item.type = BookItem::Type::Box;
        item.rect = rect;
        item.colour = fill;
        item.border = border;
        item.radius = radius;
        add(item);
    }

    void rule(QPointF a, QPointF b, QColor colour, qreal width)
    {
        BookItem item;
        item.type = BookItem::Type::Line;
        item.line = QLineF(a, b);
        item.rect = QRectF(a, b).normalized();
        item.colour = colour;
        item.radius = width;
        add(item);
    }

    // A photo fitted inside `area` without stretching, centred. Returns where it went.
    QRectF image(ItemId mediaId, QSizeF pixels, const QRectF &area)
    {
        if (pixels.isEmpty())
            pixels = QSizeF(4, 3);
        const QSizeF fitted = pixels.scaled(area.size(), Qt::KeepAspectRatio);
        QRectF rect(QPointF(), fitted);
        rect.moveCenter(area.center());
        BookItem item;
        item.type = BookItem::Type::Image;
        item.rect = rect;
        item.mediaId = mediaId;
        add(item);
        return rect;
    }

    const BookStyle &style() const { return m_style; }
    BookModel &model() { return m_model; }

private:
    BookModel &m_model;
    const BookStyle &m_style;
    QString m_section;
    qreal m_y = 0;
    int m_target = -1;
};

BookComposer::BookComposer(const CaseContent &redacted, const BookOptions &options)
    : m_case(redacted)
    , m_options(options)
    , m_style(options.audience)
{}

BookModel BookComposer::compose()
{
    m_model = BookModel();
    m_model.audience = m_options.audience;
    m_model.pageSize = QPageSize(m_options.pageSize);
    Flow flow(m_model, m_style);
    if (Redaction::isProfessional(m_options.audience))
        composeCourtPack(flow);
    else
        composeChildBook(flow);
    addFooters();
    return m_model;
}

void BookComposer::composeChildBook(Flow &flow)
{
    const QString name = m_case.child.displayName();
    m_model.title = name.isEmpty() ? tr("My life story") : tr("%1's life story").arg(name);
    m_model.subject = Redaction::audienceName(m_options.audience);
    QHash<ItemId, const Media *> byId;
    for (const Media &m : m_case.media)
        byId.insert(m.id, &m);
    auto media = [&byId](ItemId id) { return byId.value(id, nullptr); };

    // Cover: the title, the child's chosen photo, the date it was made.
    flow.newPage(QString());
    const QRectF c = flow.content();
    flow.box(QRectF(0, 0, m_model.size().width(), m_model.size().height() * 0.42),
             QColor(0xfd, 0xed, 0xe3));
    flow.textInBox(m_model.title, TextStyle::Title, QRectF(c.left(), c.top() + 60, c.width(), 120),
                   Qt::AlignHCenter);
    flow.textInBox(m_options.audience == Redaction::Audience::Family
                       ? tr("A copy to share with my family")
                       : tr("The people and places that are part of me"),
                   TextStyle::Subtitle, QRectF(c.left(), c.top() + 190, c.width(), 60),
                   Qt::AlignHCenter);
    ItemId coverPhoto = m_case.child.photoId;
    if (!media(coverPhoto)) {
        coverPhoto = kNoId;
        for (const Memory &m : m_case.memories) {
            if (!m.mediaIds.isEmpty() && media(m.mediaIds.first())) {
                coverPhoto = m.mediaIds.first();
                break;
            }
        }
    }
    if (const Media *photo = media(coverPhoto))
        flow.image(photo->id, QSizeF(photo->width, photo->height),
                   QRectF(c.left() + 40, c.top() + 290, c.width() - 80, c.height() - 380));
    flow.textInBox(tr("Made on %1").arg(FuzzyDate::day(m_options.preparedOn).toDisplayString()),
                   TextStyle::Caption, QRectF(c.left(), c.bottom() - 30, c.width(), 30),
                   Qt::AlignHCenter);

    flow.newPage(tr("Contents"));
    const int contentsPage = flow.page();
    const qreal keep = m_style.lineHeight(TextStyle::Body) * 3;

    // All about me.
    flow.newPage(tr("All about me"));
    flow.heading(tr("All about me"), TextStyle::Heading1, 0, keep);
    if (const FuzzyDate &born = m_case.child.born; !born.isUnknown()) {
        const bool exactDay = born.qualifier() == FuzzyDate::Qualifier::Exact &&
                              born.first().precision == FuzzyDate::Precision::Day;
        flow.paragraph(exactDay ? tr("I was born on %1.").arg(born.toDisplayString())
                                : tr("I was born in %1.").arg(born.toDisplayString()),
                       TextStyle::Body);
    }
    if (!m_case.child.allAboutMe.isEmpty())
        flow.paragraph(m_case.child.allAboutMe, TextStyle::Body);

    // The people who matter: the ecomap (drawn by the ecomap's own code), then each person.
    if (m_options.ecomap || m_options.people) {
        flow.newPage(tr("The people who matter to me"));
        flow.heading(tr("The people who matter to me"), TextStyle::Heading1, 0, keep);
        if (m_options.ecomap) {
            // The child's own map when they have made one, never the adults' then; the map as
            // wide as the page allows, the people beneath it.
            const bool own = !m_case.childMaps.isEmpty();
            if (own)
                flow.paragraph(
                    tr("My own map, as I saw it on %1. The closer to me, the closer they "
                       "feel.")
                        .arg(FuzzyDate::day(m_case.childMaps.last().seenOn).toDisplayString()),
                    TextStyle::Caption);
            BookItem map;
            map.type = own ? BookItem::Type::ChildMap : BookItem::Type::Ecomap;
            map.rect = QRectF(flow.content().left(), flow.y(), flow.content().width(),
                              std::min(flow.remaining(), flow.content().width() * 0.75));
            map.text =
                own ? tr("My own map of the people in my life") : tr("The people who matter to me");
            flow.add(map);
            flow.skip(map.rect.height() + kGutter);
        }
        if (m_options.people) {
            // Three people to a page, each with their photo (or initial) and the child's words.
            const qreal third = (flow.content().height() - 2 * kGutter) / 3;
            for (const Person &p : m_case.people) {
                if (!m_options.chosenPeople.isEmpty() && !m_options.chosenPeople.contains(p.id))
                    continue;
                if (p.childsWords.isEmpty() && !media(p.photoId))
                    continue; // nothing of the child's own to show
                flow.ensure(third);
                const QRectF cell(flow.content().left(), flow.y(), flow.content().width(), third);
                flow.box(cell, QColor(0xfb, 0xf6, 0xf0), QColor(0xee, 0xdc, 0xc9), 12);
                const QRectF photoArea(cell.left() + 16, cell.top() + 16, 110, 110);
                if (const Media *photo = media(p.photoId)) {
                    flow.image(photo->id, QSizeF(photo->width, photo->height), photoArea);
                } else {
                    flow.box(photoArea, m_style.accent().lighter(125), {}, photoArea.width() / 2);
                    const QString initial = p.displayName().left(1).toUpper();
                    const qreal h = m_style.lineHeight(TextStyle::Title);
                    flow.textInBox(initial, TextStyle::Title,
                                   QRectF(photoArea.left(), photoArea.center().y() - h / 2,
                                          photoArea.width(), h),
                                   Qt::AlignHCenter);
                }
                const QRectF text(photoArea.right() + 18, cell.top() + 16,
                                  cell.right() - photoArea.right() - 34, cell.height() - 32);
                const qreal h2 = m_style.lineHeight(TextStyle::Heading2);
                qreal top = text.top();
                top += flow.textInBox(p.displayName(), TextStyle::Heading2,
                                      QRectF(text.left(), top, text.width(), h2));
                const QString role =
                    p.roleDetail.isEmpty() ? Vocabulary::roleName(p.role) : p.roleDetail;
                const qreal cap = m_style.lineHeight(TextStyle::Caption);
                top += flow.textInBox(role, TextStyle::Caption,
                                      QRectF(text.left(), top, text.width(), cap));
                if (!p.childsWords.isEmpty()) {
                    top += 8;
                    top += flow.textInBox(
                        tr("What I'd like you to know about %1:").arg(p.displayName()),
                        TextStyle::Caption, QRectF(text.left(), top, text.width(), cap * 2));
                    flow.textInBox(
                        p.childsWords, TextStyle::Quote,
                        QRectF(text.left(), top + 4, text.width(), text.bottom() - top - 4));
                }
                flow.skip(third + kGutter);
            }
        }
    }

    // My family tree, in the child's words, with the names they use.
    if (m_options.family && !m_case.family.isEmpty()) {
        const QString section = tr("My family tree");
        flow.newPage(section);
        flow.heading(section, TextStyle::Heading1, 0, keep);
        BookItem tree;
        tree.type = BookItem::Type::Genogram;
        tree.rect =
            QRectF(flow.content().left(), flow.y(), flow.content().width(), flow.remaining());
        tree.text = section;
        flow.add(tree);
        flow.skip(tree.rect.height());
    }

    // Where I have lived.
    if (m_options.placements && !m_case.placements.isEmpty()) {
        flow.newPage(tr("Where I have lived"));
        flow.heading(tr("Where I have lived"), TextStyle::Heading1, 0, keep);
        QList<Placement> placements = m_case.placements;
        std::stable_sort(placements.begin(), placements.end(),
                         [](const Placement &a, const Placement &b) {
                             return a.from.sortKey() < b.from.sortKey();
                         });
        for (const Placement &p : placements) {
            if (p.isPlannedOn(m_options.preparedOn))
                continue; // not lived in yet: it is in "People I kept in touch with"
            flow.heading(p.placeName, TextStyle::Heading2, 1, keep);
            const QString when = p.to.isUnknown()
                                     ? tr("From %1 until now").arg(dateText(p.from))
                                     : tr("From %1 to %2").arg(dateText(p.from), dateText(p.to));
            flow.paragraph(when + QStringLiteral(" · ") + Vocabulary::placementTypeName(p.type),
                           TextStyle::Caption);
            QStringList carers;
            for (const Person &person : m_case.people) {
                if (p.carerIds.contains(person.id))
                    carers << person.displayName();
            }
            if (!carers.isEmpty())
                flow.paragraph((p.to.isUnknown() ? tr("I live with %1.") : tr("I lived with %1."))
                                   .arg(QLocale().createSeparatedList(carers)),
                               TextStyle::Body);
            if (!p.school.isEmpty())
                flow.paragraph(tr("My school was %1.").arg(p.school), TextStyle::Body);
            if (!p.cameReasonChildsWords.isEmpty())
                flow.paragraph(tr("Why I came here: %1").arg(p.cameReasonChildsWords),
                               TextStyle::Quote);
            if (!p.leftReasonChildsWords.isEmpty())
                flow.paragraph(tr("Why I moved: %1").arg(p.leftReasonChildsWords),
                               TextStyle::Quote);
        }
    }

    // My memories, in a grid of four to a page.
    if (m_options.memories) {
        QList<const Memory *> chosen;
        for (const Memory &m : m_case.memories) {
            if (m_options.chosenMemories.isEmpty() || m_options.chosenMemories.contains(m.id))
                chosen << &m;
        }
        std::stable_sort(chosen.begin(), chosen.end(), [](const Memory *a, const Memory *b) {
            return a->date.sortKey() < b->date.sortKey();
        });
        if (!chosen.isEmpty()) {
            flow.newPage(tr("My memories"));
            flow.heading(tr("My memories"), TextStyle::Heading1, 0, keep);
            const qreal cellWidth = (flow.content().width() - kGutter) / 2;
            const qreal cellHeight = (flow.content().height() - 60 - kGutter) / 2;
            int column = 0;
            for (const Memory *m : std::as_const(chosen)) {
                if (column == 0)
                    flow.ensure(cellHeight);
                const QRectF cell(flow.content().left() + column * (cellWidth + kGutter), flow.y(),
                                  cellWidth, cellHeight);
                qreal top = cell.top();
                const Media *photo = m->mediaIds.isEmpty() ? nullptr : media(m->mediaIds.first());
                if (photo) {
                    const QRectF placed =
                        flow.image(photo->id, QSizeF(photo->width, photo->height),
                                   QRectF(cell.left(), top, cell.width(), cell.height() * 0.5));
                    top = placed.bottom() + 8;
                }
                const qreal h2 = m_style.lineHeight(TextStyle::Heading2);
                // A long title wraps (up to three lines) rather than being cut off.
                top += flow.textInBox(m->title, TextStyle::Heading2,
                                      QRectF(cell.left(), top, cell.width(), h2 * 3));
                const qreal cap = m_style.lineHeight(TextStyle::Caption);
                top += flow.textInBox(dateText(m->date), TextStyle::Caption,
                                      QRectF(cell.left(), top, cell.width(), cap));
                if (!m->feelings.isEmpty()) {
                    qreal x = cell.left();
                    for (Memory::Feeling f : m->feelings) {
                        BookItem face;
                        face.type = BookItem::Type::Feeling;
                        face.feeling = f;
                        face.rect = QRectF(x, top + 3, 20, 20);
                        face.text = Vocabulary::feelingName(f);
                        flow.add(face);
                        x += 24;
                        if (x > cell.right() - 24)
                            break;
                    }
                    top += 26;
                }
                // A recording is never printed: the page says there is one.
                if (m->recordingId != kNoId)
                    top += flow.textInBox(tr("I told this in my own voice too (a recording)."),
                                          TextStyle::Caption,
                                          QRectF(cell.left(), top + 2, cell.width(), cap * 2));
                if (!m->childsWords.isEmpty())
                    flow.textInBox(
                        m->childsWords, TextStyle::Body,
                        QRectF(cell.left(), top + 2, cell.width(), cell.bottom() - top - 2));
                column = 1 - column;
                if (column == 0)
                    flow.skip(cellHeight + kGutter);
            }
            if (column == 1)
                flow.skip(cellHeight + kGutter);
        }
    }

    // People I kept in touch with, move by move; for a move to come, who I will still see.
    if (m_options.placements) {
        const MoveContinuity moves(m_case.placements, m_case.people, m_case.relationships,
                                   m_case.events, m_case.movePlans, m_options.preparedOn);
        QHash<ItemId, QString> names;
        for (const Person &p : m_case.people)
            names.insert(p.id, p.displayName());
        QList<std::pair<QString, QString>> paragraphs; // heading, who
        for (const MoveContinuity::Move &move : moves.moves()) {
            QStringList kept;
            for (const MoveContinuity::Tie &t : move.ties) {
                const bool keeps =
                    move.upcoming
                        ? (t.movesWith || t.plan.plan == KeepInTouch::Plan::ContinuesAsNow ||
                           t.plan.plan == KeepInTouch::Plan::NewArrangement)
                        : (t.outcome == MoveContinuity::Outcome::Kept ||
                           t.outcome == MoveContinuity::Outcome::Changed);
                if (!keeps || !names.contains(t.personId))
                    continue;
                const QString ways = MoveWords::waysInWords(t.plan.ways);
                kept << (ways.isEmpty() ? names.value(t.personId)
                                        : tr("%1 (%2)").arg(names.value(t.personId), ways));
            }
            if (kept.isEmpty())
                continue;
            QString to;
            for (const Placement &p : m_case.placements) {
                if (p.id == move.toPlacement)
                    to = p.placeName;
            }
            const QString who = QLocale().createSeparatedList(kept);
            if (move.upcoming)
                paragraphs << std::pair{tr("When I move to %1").arg(to),
                                        tr("I will keep in touch with %1.").arg(who)};
            else
                paragraphs << std::pair{
                    move.date.isUnknown()
                        ? tr("When I moved to %1").arg(to)
                        : tr("When I moved to %1, %2").arg(to, dateText(move.date)),
                    tr("I kept in touch with %1.").arg(who)};
        }
        if (!paragraphs.isEmpty()) {
            const QString section = tr("People I kept in touch with");
            flow.newPage(section);
            flow.heading(section, TextStyle::Heading1, 0, keep);
            for (const auto &[heading, who] : std::as_const(paragraphs)) {
                flow.heading(heading, TextStyle::Heading2, 1, keep);
                flow.paragraph(who, TextStyle::Body);
            }
        }
    }

    // What I said, and what happened: only what the child agreed may go in this book.
    if (m_options.wishes && !m_case.voice.isEmpty()) {
        const QString section = tr("What I said, and what happened");
        flow.newPage(section);
        flow.heading(section, TextStyle::Heading1, 0, keep);
        const qreal quoteLine = m_style.lineHeight(TextStyle::Quote);
        const QHash<ItemId, ItemId> waiting =
            VoiceRules::waiting(m_case.voice, m_case.events, m_options.preparedOn);
        for (const VoiceEntry &v : m_case.voice) {
            const bool drew = v.given == VoiceEntry::Given::Drawn;
            const QString said = v.date.isUnknown()
                                     ? (drew ? tr("I drew") : tr("I said"))
                                     : (drew ? tr("On %1 I drew").arg(dateText(v.date))
                                             : tr("On %1 I said").arg(dateText(v.date)));
            flow.heading(said, TextStyle::Heading2, -1, quoteLine * 2);
            if (!v.prompt.isEmpty())
                flow.paragraph(tr("Someone asked me: %1").arg(v.prompt), TextStyle::Caption);
            if (v.declined)
                flow.paragraph(tr("I chose not to say."), TextStyle::Quote, 12);
            else if (!v.words.isEmpty())
                flow.paragraph(drew ? v.words : quoted(v.words), TextStyle::Quote, 12);
            if (v.recordingId != kNoId)
                flow.paragraph(tr("I said it in my own voice (a recording)."), TextStyle::Caption,
                               12);
            if (v.worrySize > 0)
                flow.paragraph(VoiceRules::worryInWords(v.worrySize), TextStyle::Caption, 12);
            if (!v.feelings.isEmpty())
                flow.paragraph(tr("I felt: %1").arg(VoiceRules::feelingsInWords(v.feelings)),
                               TextStyle::Caption, 12);
            if (!v.answer.isEmpty())
                flow.paragraph(tr("What happened: %1").arg(v.answer), TextStyle::Body, 12);
            else if (!v.isAnswered() && waiting.contains(v.id))
                flow.paragraph(tr("What happened: we are still waiting to hear."), TextStyle::Body,
                               12);
            if (!v.whyNot.isEmpty())
                flow.paragraph(tr("Why: %1").arg(v.whyNot), TextStyle::Body, 12);
            flow.skip(quoteLine * 0.5);
        }
    }
    addContents(contentsPage);
}

void BookComposer::composeCourtPack(Flow &flow)
{
    const QString name =
        m_case.child.fullName.isEmpty() ? m_case.child.displayName() : m_case.child.fullName;
    const bool review = m_options.audience == Redaction::Audience::Review;
    m_model.title = review ? tr("Review pack: %1").arg(name) : tr("Court pack: %1").arg(name);
    m_model.subject = Redaction::audienceName(m_options.audience);
    const QLocale locale;
    const qreal keep = m_style.lineHeight(TextStyle::TableCell) * 4;

    // Cover sheet, marked confidential.
    flow.newPage(QString());
    const QRectF c = flow.content();
    flow.box(QRectF(c.left(), c.top(), c.width(), 34), QColor(0xa3, 0x1d, 0x1d));
    flow.textInBox(tr("CONFIDENTIAL"), TextStyle::Banner,
                   QRectF(c.left(), c.top() + 7, c.width(), 24), Qt::AlignHCenter);
    qreal y = c.top() + 90;
    y += flow.textInBox(review ? tr("Review pack") : tr("Court pack"), TextStyle::Title,
                        QRectF(c.left(), y, c.width(), 70));
    y += 20;
    auto fact = [&](const QString &label, const QString &value) {
        const qreal lh = m_style.lineHeight(TextStyle::Body);
        flow.textInBox(label, TextStyle::Body, QRectF(c.left(), y, 150, lh));
        y += std::max(lh, flow.textInBox(value, TextStyle::Body,
                                         QRectF(c.left() + 160, y, c.width() - 160, lh * 3)));
        y += 4;
    };
    fact(tr("Child:"), name);
    if (!m_case.child.knownAs.isEmpty() && m_case.child.knownAs != name)
        fact(tr("Known as:"), m_case.child.knownAs);
    if (!m_case.child.born.isUnknown())
        fact(tr("Date of birth:"), m_case.child.born.toDisplayString(locale));
    const CourtDetails &court = m_options.court;
    if (!court.court.isEmpty())
        fact(tr("Court or review:"), court.court);
    if (!court.caseNumber.isEmpty())
        fact(tr("Case number:"), court.caseNumber);
    if (!court.hearing.isUnknown())
        fact(tr("Hearing or review date:"), court.hearing.toDisplayString(locale));
    if (!court.author.isEmpty() || !court.authorRole.isEmpty() || !court.organisation.isEmpty()) {
        QStringList parts{court.author, court.authorRole, court.organisation};
        parts.removeAll(QString());
        fact(tr("Prepared by:"), parts.join(QStringLiteral(", ")));
    }
    fact(tr("Prepared on:"), FuzzyDate::day(m_options.preparedOn).toDisplayString(locale));
    fact(tr("Prepared with:"), tr("Belonging (life-story and relationship record)"));
    y += 30;
    flow.textInBox(tr("This pack contains sensitive personal information about a child. It is "
                      "prepared for the court or review named above and must not be shared "
                      "further. Addresses and contact details have been removed."),
                   TextStyle::Small, QRectF(c.left(), y, c.width(), 80));

    flow.newPage(tr("Contents"));
    const int contentsPage = flow.page();

    // A table that starts a new page (with its header again) when a row does not fit.
    struct Column
    {
        QString title;
        qreal share;
    };
    auto table = [&](const QString &section, const QList<Column> &columns,
                     const QList<QStringList> &rows) {
        const qreal total =
            std::accumulate(columns.cbegin(), columns.cend(), 0.0,
                            [](qreal sum, const Column &col) { return sum + col.share; });
        const qreal pad = 4;
        const qreal lh = m_style.lineHeight(TextStyle::TableCell);
        auto widths = [&] {
            QList<qreal> w;
            for (const Column &col : columns)
                w << flow.content().width() * col.share / total;
            return w;
        };
        auto header = [&] {
            const QList<qreal> w = widths();
            QList<QStringList> wrapped;
            int lines = 1;
            for (int i = 0; i < columns.size(); ++i) {
                wrapped << flow.wrap(columns[i].title, TextStyle::TableHeader, w[i] - 2 * pad);
                lines = std::max(lines, int(wrapped.last().size()));
            }
            const qreal height = lines * lh + 2 * pad;
            flow.box(QRectF(flow.content().left(), flow.y(), flow.content().width(), height),
                     QColor(0xe4, 0xe8, 0xef));
            qreal x = flow.content().left();
            for (int i = 0; i < columns.size(); ++i) {
                qreal top = flow.y() + pad;
                for (const QString &line : std::as_const(wrapped[i])) {
                    flow.textLine(line, TextStyle::TableHeader, x + pad, top, w[i] - 2 * pad);
                    top += lh;
                }
                x += w[i];
            }
            flow.skip(height);
        };
        flow.ensure(keep);
        header();
        for (const QStringList &row : rows) {
            const QList<qreal> w = widths();
            QList<QStringList> wrapped;
            int lines = 1;
            for (int i = 0; i < columns.size(); ++i) {
                wrapped << flow.wrap(row.value(i), TextStyle::TableCell, w[i] - 2 * pad);
                lines = std::max(lines, int(wrapped.last().size()));
            }
            // A row taller than what is left goes on in pieces, a few lines at least on each
            // page, so a long quote is never cut off at the foot of a page.
            int start = 0;
            bool freshPage = false;
            while (start < lines) {
                const int fit = int((flow.remaining() - 2 * pad) / lh);
                const int left = lines - start;
                if (fit < std::min(left, 3) && !freshPage) {
                    flow.newPage(section);
                    header();
                    freshPage = true;
                    continue;
                }
                const int count = std::max(1, std::min(fit, left));
                qreal x = flow.content().left();
                for (int i = 0; i < columns.size(); ++i) {
                    qreal top = flow.y() + pad;
                    const QStringList part = wrapped[i].mid(start, count);
                    for (const QString &line : part) {
                        flow.textLine(line, TextStyle::TableCell, x + pad, top, w[i] - 2 * pad);
                        top += lh;
                    }
                    x += w[i];
                }
                flow.skip(count * lh + 2 * pad);
                start += count;
                freshPage = false;
                if (start < lines) {
                    flow.newPage(section);
                    header();
                    freshPage = true;
                }
            }
            flow.rule(QPointF(flow.content().left(), flow.y()),
                      QPointF(flow.content().right(), flow.y()), QColor(0xc8, 0xcd, 0xd6), 0.6);
        }
        flow.skip(14);
    };
    auto nameOf = [this](ItemId id) {
        for (const Person &p : m_case.people) {
            if (p.id == id)
                return p.fullName.isEmpty() ? p.displayName() : p.fullName;
        }
        return QString();
    };

    // The child's wishes and feelings, in their own words, with who heard them and what was
    // done: the shape of the Social Work Evidence Template's sections 4.3 and 4.4. A review
    // hears the child first.
    auto childsVoice = [&] {
        if (!m_options.wishes)
            return;
        const QString section = tr("The child's wishes and feelings in their own words");
        flow.newPage(section);
        flow.heading(section, TextStyle::Heading1, 0, keep);
        const QString child = m_case.child.displayName();
        if (m_case.voice.isEmpty()) {
            flow.paragraph(
                tr("Nothing %1 has said is recorded as agreed for reviews and court.").arg(child),
                TextStyle::Body);
            return;
        }
        QHash<ItemId, Person> people;
        for (const Person &p : m_case.people)
            people.insert(p.id, p);
        QHash<ItemId, const Event *> events;
        for (const Event &e : m_case.events)
            events.insert(e.id, &e);
        const QHash<ItemId, ItemId> waiting =
            VoiceRules::waiting(m_case.voice, m_case.events, m_options.preparedOn);
        QList<QStringList> rows;
        for (const VoiceEntry &v : m_case.voice) {
            // A drawing is described by an adult: never printed as if the child said it.
            QString said = v.declined ? tr("The child chose not to say.")
                           : v.given == VoiceEntry::Given::Drawn
                               ? tr("A drawing, described: %1").arg(v.words)
                           : v.words.isEmpty() ? QString()
                                               : quoted(v.words);
            // Sound is never put in a PDF: the pack says that it exists and where it is kept.
            if (v.recordingId != kNoId)
                said += (said.isEmpty() ? QString() : QStringLiteral("\n")) +
                        tr("A recording in the child's own voice was made; it is kept in the "
                           "encrypted case file, not in this document.");
            if (v.worrySize > 0)
                said += u'\n' + VoiceRules::worryInWords(v.worrySize);
            if (!v.prompt.isEmpty())
                said = tr("Asked: %1").arg(v.prompt) + u'\n' + said;
            if (v.topic != VoiceEntry::Topic::NotChosen)
                said += u'\n' + tr("Topic: %1").arg(VoiceRules::topicName(v.topic));
            if (!v.feelings.isEmpty())
                said += u'\n' + tr("Felt: %1").arg(VoiceRules::feelingsInWords(v.feelings));
            // Who the child agreed may see it, so nobody reads it out to the wrong person.
            QString heard = VoiceRules::attribution(v, people, child);
            heard += u'\n' + tr("%1 agreed it may be seen by: %2.")
                                 .arg(child, VoiceRules::audiencesSummary(v.audiences));
            if (!v.mayBeSeenBy(VoiceEntry::Family))
                heard += u'\n' + tr("Not to be shared with the family.");
            QStringList response;
            if (v.isAnswered()) {
                response << VoiceRules::outcomeName(v.outcome);
                if (const Event *e = events.value(v.answeredByEventId, nullptr))
                    response << tr("Decided at: %1, %2").arg(e->title, dateText(e->date));
                if (!v.answer.isEmpty())
                    response << tr("Answer: %1").arg(v.answer);
                if (!v.whyNot.isEmpty())
                    response << tr("Why: %1").arg(v.whyNot);
                if (v.toldToChild)
                    response << (v.toldOn.isValid()
                                     ? tr("Told to %1 on %2.")
                                           .arg(child, FuzzyDate::day(v.toldOn).toDisplayString())
                                     : tr("Told to %1.").arg(child));
                else
                    response << tr("Not yet told to %1.").arg(child);
            } else if (const Event *e = events.value(waiting.value(v.id, kNoId), nullptr)) {
                response
                    << tr("Waiting for an answer since %1 (%2).").arg(e->title, dateText(e->date));
            } else {
                response << VoiceRules::outcomeName(v.outcome);
            }
            rows << QStringList{dateText(v.date), said, heard, response.join(u'\n')};
        }
        table(section,
              {{tr("Date"), 15},
               {tr("What the child said (verbatim)"), 33},
               {tr("How it was heard"), 24},
               {tr("What happened"), 28}},
              rows);

        QList<const VoiceEntry *> own;
        for (const VoiceEntry &v : m_case.voice) {
            if ((v.given == VoiceEntry::Given::TypedByChild ||
                 v.given == VoiceEntry::Given::OwnVoice) &&
                !v.declined && !v.words.isEmpty())
                own << &v;
        }
        if (!own.isEmpty()) {
            flow.heading(tr("The child's own statement"), TextStyle::Heading2, 1, keep);
            for (const VoiceEntry *v : std::as_const(own)) {
                flow.paragraph(
                    tr("%1 (%2):")
                        .arg(dateText(v->date), VoiceRules::givenName(v->given).toLower()),
                    TextStyle::Caption);
                flow.paragraph(quoted(v->words), TextStyle::Quote, 18);
            }
        }

        if (!waiting.isEmpty()) {
            flow.heading(tr("Waiting for an answer"), TextStyle::Heading2, 1, keep);
            for (const VoiceEntry &v : m_case.voice) {
                const Event *e = events.value(waiting.value(v.id, kNoId), nullptr);
                if (!e)
                    continue;
                flow.paragraph(
                    tr("%1: %2 — said before %3 (%4); no answer is recorded.")
                        .arg(dateText(v.date), quoted(v.words), e->title, dateText(e->date)),
                    TextStyle::Body);
            }
        }
    };
    if (review)
        childsVoice();

    if (m_options.chronology) {
        const QString section = tr("Chronology");
        flow.newPage(section);
        flow.heading(section, TextStyle::Heading1, 0, keep);
        QList<QStringList> rows;
        int number = 1;
        for (const Chronology::Entry &e : Chronology::build(m_case, m_options.preparedOn)) {
            QStringList row{QString::number(number++), dateText(e.date), e.event, e.source};
            if (m_options.impactColumn)
                row << e.impact;
            rows << row;
        }
        QList<Column> columns{
            {tr("No."), 6}, {tr("Date"), 14}, {tr("Event"), 40}, {tr("Source / reference"), 17}};
        if (m_options.impactColumn)
            columns << Column{tr("Impact on the child"), 23};
        table(section, columns, rows);
    }

    // The genogram with its key (the Social Work Evidence Template's section 1.2, beside the
    // ecomap at 1.3).
    if (m_options.family && !m_case.family.isEmpty()) {
        const QString section = tr("Genogram");
        flow.newPage(section);
        flow.heading(section, TextStyle::Heading1, 0, keep);
        BookItem tree;
        tree.type = BookItem::Type::Genogram;
        tree.rect =
            QRectF(flow.content().left(), flow.y(), flow.content().width(), flow.remaining());
        tree.text = tr("Genogram of %1").arg(name);
        flow.add(tree);
        flow.skip(tree.rect.height());
    }

    if (m_options.ecomap) {
        const QString section = tr("Ecomap");
        flow.newPage(section);
        flow.heading(section, TextStyle::Heading1, 0, keep);
        const QRectF area(flow.content().left(), flow.y(), flow.content().width(),
                          std::min(flow.remaining(), flow.content().width() * 0.85));
        BookItem map;
        map.type = BookItem::Type::Ecomap;
        map.rect = area;
        map.text = tr("Ecomap of %1").arg(name);
        flow.add(map);
        flow.skip(area.height());
    }

    // The child's own map beside the adults': attributed, dated, the differences in words.
    if (m_options.ecomap && !m_case.childMaps.isEmpty()) {
        const ChildMap &latest = m_case.childMaps.last();
        const QString section = tr("The child's own map");
        flow.newPage(section);
        flow.heading(section, TextStyle::Heading1, 0, keep);
        flow.paragraph(tr("Made by %1 in Belonging's child mode, with an adult beside them, on "
                          "%2: each person placed close, in the middle or further away, as %1 "
                          "chose. Marks: + closer than on the ecomap, − further away, ! not on "
                          "the ecomap.")
                           .arg(name, FuzzyDate::day(latest.seenOn).toDisplayString()),
                       TextStyle::Caption);
        const QRectF area(flow.content().left(), flow.y(), flow.content().width(),
                          std::min(flow.remaining() * 0.65, flow.content().width() * 0.85));
        BookItem map;
        map.type = BookItem::Type::ChildMap;
        map.rect = area;
        map.text =
            tr("%1's own map, %2").arg(name, FuzzyDate::day(latest.seenOn).toDisplayString());
        flow.add(map);
        flow.skip(area.height() + kGutter);
        QHash<ItemId, QString> names;
        for (const Person &p : m_case.people)
            names.insert(p.id, p.displayName());
        const QList<ChildMapDifference> differences = ChildMapCompare::differences(
            latest, ChildMapCompare::ringsOf(m_case.ecomapPositions, Notation::kRingRadii));
        flow.heading(tr("Where the child's map and the ecomap differ"), TextStyle::Heading2, 1,
                     keep);
        if (differences.isEmpty())
            flow.paragraph(tr("They agree."), TextStyle::Body);
        for (const ChildMapDifference &d : differences)
            flow.paragraph(ChildMapCompare::describe(d, names.value(d.personId), name),
                           TextStyle::Body);
        if (m_case.childMaps.size() > 1) {
            QStringList days;
            for (qsizetype i = 0; i + 1 < m_case.childMaps.size(); ++i)
                days << FuzzyDate::day(m_case.childMaps[i].seenOn).toDisplayString();
            flow.paragraph(tr("Earlier maps by %1, kept in the case file: %2.")
                               .arg(name, days.join(QStringLiteral(", "))),
                           TextStyle::Caption);
        }
    }

    if (m_options.people) {
        const QString section = tr("People and relationships");
        flow.newPage(section);
        flow.heading(section, TextStyle::Heading1, 0, keep);
        QList<QStringList> rows;
        for (const Person &p : m_case.people) {
            const Relationship *tie = nullptr;
            for (const Relationship &r : m_case.relationships) {
                if (r.involvesChild() && (r.personA == p.id || r.personB == p.id))
                    tie = &r;
            }
            QString kind, contact, next;
            if (tie) {
                kind = Vocabulary::kindName(tie->kind);
                contact = Vocabulary::contactName(tie->contact);
                if (!tie->contactNote.isEmpty())
                    contact += QStringLiteral(" (") + tie->contactNote + QLatin1Char(')');
                if (tie->nextContact.isValid())
                    next = FuzzyDate::day(tie->nextContact).toDisplayString(locale);
            }
            // The role as a professional names it; the child's own words about it after.
            const QString role =
                p.roleDetail.isEmpty()
                    ? Vocabulary::roleName(p.role)
                    : tr("%1 (%2)").arg(Vocabulary::roleName(p.role), p.roleDetail);
            rows << QStringList{p.fullName.isEmpty() ? p.displayName() : p.fullName, role, kind,
                                contact, next};
        }
        table(section,
              {{tr("Name"), 22},
               {tr("Role"), 22},
               {tr("Relationship with the child"), 18},
               {tr("Contact arrangement"), 24},
               {tr("Next planned contact"), 14}},
              rows);
    }

    if (m_options.placements) {
        const QString section = tr("Placement history");
        flow.newPage(section);
        flow.heading(section, TextStyle::Heading1, 0, keep);
        QList<Placement> placements = m_case.placements;
        std::stable_sort(placements.begin(), placements.end(),
                         [](const Placement &a, const Placement &b) {
                             return a.from.sortKey() < b.from.sortKey();
                         });
        QList<QStringList> rows;
        int number = 1;
        for (const Placement &p : std::as_const(placements)) {
            QStringList carers;
            for (ItemId id : p.carerIds)
                carers << nameOf(id);
            carers.removeAll(QString());
            rows << QStringList{QString::number(number++),
                                dateText(p.from),
                                p.isPlannedOn(m_options.preparedOn) ? tr("Planned")
                                : p.to.isUnknown()                  ? tr("Current")
                                                                    : dateText(p.to),
                                p.placeName + (carers.isEmpty()
                                                   ? QString()
                                                   : QStringLiteral(" (") +
                                                         carers.join(QStringLiteral(", ")) +
                                                         QLatin1Char(')')),
                                Vocabulary::placementTypeName(p.type),
                                cameAndLeft(p.cameReasonRecord, p.leftReasonRecord),
                                cameAndLeft(p.cameReasonChildsWords, p.leftReasonChildsWords)};
        }
        table(section,
              {{tr("No."), 6},
               {tr("From"), 12},
               {tr("To"), 12},
               {tr("Placement"), 19},
               {tr("Type"), 12},
               {tr("Why they came and left (record)"), 20},
               {tr("In the child's words"), 19}},
              rows);
    }

    // Relationships through moves: what each move did, from the record; the plan for a move
    // still to come, with what is not decided called out.
    if (m_options.placements) {
        const MoveContinuity moves(m_case.placements, m_case.people, m_case.relationships,
                                   m_case.events, m_case.movePlans, m_options.preparedOn);
        const QString section = tr("Relationships through moves");
        flow.newPage(section);
        flow.heading(section, TextStyle::Heading1, 0, keep);
        if (moves.moves().isEmpty())
            flow.paragraph(tr("No moves are recorded."), TextStyle::Body);
        QHash<ItemId, Person> people;
        for (const Person &p : m_case.people)
            people.insert(p.id, p);
        auto placement = [this](ItemId id) -> const Placement * {
            for (const Placement &p : m_case.placements) {
                if (p.id == id)
                    return &p;
            }
            return nullptr;
        };
        auto placeName = [&placement](ItemId id) {
            const Placement *p = placement(id);
            return p ? p->placeName : tr("not known");
        };
        int number = 1;
        for (const MoveContinuity::Move &move : moves.moves()) {
            const QString when = move.date.isUnknown() ? tr("date not known") : dateText(move.date);
            const QString title =
                move.upcoming
                    ? tr("Planned move to %1, %2").arg(placeName(move.toPlacement), when)
                    : tr("Move %1: from %2 to %3, %4")
                          .arg(number++)
                          .arg(placeName(move.fromPlacement), placeName(move.toPlacement), when);
            // The heading, what is said under it and the table's first rows stay together.
            flow.heading(title, TextStyle::Heading2, 1, keep * 3);
            QString how = MoveWords::planningName(move.plan.planning);
            if (!move.plan.notice.isEmpty())
                how = tr("%1; notice given: %2").arg(how, move.plan.notice);
            flow.paragraph(tr("How the move came about: %1.").arg(how), TextStyle::Caption);
            // Why: the record's words and the child's, for leaving one home and coming to the
            // next.
            const Placement *from = placement(move.fromPlacement);
            const Placement *to = placement(move.toPlacement);
            const QString record = cameAndLeft(to ? to->cameReasonRecord : QString(),
                                               from ? from->leftReasonRecord : QString());
            const QString childs = cameAndLeft(to ? to->cameReasonChildsWords : QString(),
                                               from ? from->leftReasonChildsWords : QString());
            if (!record.isEmpty())
                flow.paragraph(tr("Why, as recorded: %1").arg(QString(record).replace(u'\n', u' ')),
                               TextStyle::Body);
            if (!childs.isEmpty())
                flow.paragraph(
                    tr("Why, in the child's words: %1").arg(QString(childs).replace(u'\n', u' ')),
                    TextStyle::Quote);
            if (move.upcoming) {
                QStringList undecided;
                for (ItemId id : move.undecidedKeyPeople())
                    undecided << nameOf(id);
                undecided.removeAll(QString());
                if (!undecided.isEmpty())
                    flow.paragraph(tr("Not decided yet, for a sibling or the current carer: %1.")
                                       .arg(undecided.join(tr(", "))),
                                   TextStyle::Body);
            } else {
                flow.paragraph(MoveWords::summary(move) + QLatin1Char('.'), TextStyle::Body);
            }
            if (move.ties.isEmpty())
                continue;
            QList<QStringList> rows;
            for (const MoveContinuity::Tie &t : move.ties) {
                const Person p = people.value(t.personId);
                const QString role = MoveWords::whoTheyAre(p, t, false);
                QStringList row{nameOf(t.personId), role, MoveWords::plan(t, !move.upcoming)};
                if (!move.upcoming)
                    row << MoveWords::outcomeName(t.outcome) << MoveWords::evidence(t, locale);
                rows << row;
            }
            // A move to come has a plan and nothing yet to show: three columns, not five.
            if (move.upcoming)
                table(section,
                      {{tr("Person"), 24}, {tr("Role"), 22}, {tr("Keeping-in-touch plan"), 54}},
                      rows);
            else
                table(section,
                      {{tr("Person"), 18},
                       {tr("Role"), 15},
                       {tr("What was planned"), 24},
                       {tr("Six months after"), 17},
                       {tr("Basis"), 26}},
                      rows);
        }
    }

    if (!review)
        childsVoice();
    addContents(contentsPage);
}

void BookComposer::addContents(int contentsPage)
{
    // Drawn on the page kept for it, once every section's page is known.
    Flow flow(m_model, m_style);
    flow.setTarget(contentsPage);
    const QRectF c =
        QRectF(QPointF(0, 0), m_model.size()).marginsRemoved(m_style.margins(contentsPage));
    const QString heading = tr("Contents");
    qreal y = c.top();
    flow.textLine(heading, TextStyle::Heading1, c.left(), y, c.width());
    y += m_style.lineHeight(TextStyle::Heading1) * 1.4;
    const qreal lh = m_style.lineHeight(TextStyle::Body) * 1.2;
    for (const BookOutlineEntry &e : std::as_const(m_model.outline)) {
        if (y + lh > c.bottom())
            break;
        const qreal indent = e.level * 18;
        flow.textLine(e.title, e.level == 0 ? TextStyle::Body : TextStyle::Caption,
                      c.left() + indent, y, c.width() - indent - 50);
        flow.textLine(QString::number(e.page + 1), TextStyle::Body, c.right() - 50, y, 50,
                      Qt::AlignRight);
        y += lh;
    }
    m_model.outline.prepend(BookOutlineEntry{heading, contentsPage, 0});
}

void BookComposer::addFooters()
{
    const int count = int(m_model.pages.size());
    const bool court = Redaction::isProfessional(m_options.audience);
    Flow flow(m_model, m_style);
    for (int i = 1; i < count; ++i) { // no number on the cover
        flow.setTarget(i);
        const QSizeF size = m_model.size();
        const QMarginsF m = m_style.margins(i);
        const QRectF footer(m.left(), size.height() - m.bottom() + 18,
                            size.width() - m.left() - m.right(),
                            m_style.lineHeight(TextStyle::Small));
        if (court) {
            const QString caseNumber = m_options.court.caseNumber;
            flow.textLine(caseNumber.isEmpty()
                              ? tr("CONFIDENTIAL — %1").arg(m_model.title)
                              : tr("CONFIDENTIAL — %1 — case %2").arg(m_model.title, caseNumber),
                          TextStyle::Small, footer.left(), footer.top(), footer.width() * 0.75);
            flow.textLine(tr("Page %1 of %2").arg(i + 1).arg(count), TextStyle::Small,
                          footer.left() + footer.width() * 0.75, footer.top(),
                          footer.width() * 0.25, Qt::AlignRight);
        } else {
            flow.textLine(QString::number(i + 1), TextStyle::Small, footer.left(), footer.top(),
                          footer.width(), Qt::AlignHCenter);
        }
    }
}
