// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookexport.h"

#include "fuzzydate.h"

#include "casecontentio.h"
#include "casefile.h"
#include "childmappicture.h"
#include "ecomapdocument.h"
#include "ecomapexport.h"
#include "ecomapscene.h"
#include "genogrampicture.h"
#include "layoutrepository.h"
#include "mediarepository.h"
#include "notation.h"
#include "pdfoutline.h"
#include "privatefile.h"

#include <QBuffer>
#include <QImageReader>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

BookExport::BookExport(CaseFile &file, const BookOptions &options)
    : m_file(file)
    , m_options(options)
{}

BookExport::~BookExport()
{
    for (QFuture<QImage> &f : m_pending)
        f.waitForFinished();
    m_mapScene.reset();
    m_mapDoc.reset();
}

StorageError BookExport::prepare()
{
    StorageError error;
    const CaseContent content = CaseContentIO::read(m_file, false, &error);
    if (error)
        return error;
    // The court's details are the case's own, whoever asks for the pack (window or command line).
    m_options.court = LayoutRepository(m_file).courtDetails();
    Redaction::Policy policy = Redaction::Policy::forAudience(m_options.audience);
    policy.withheldPeople = m_options.withheldPeople;
    Redaction::Result redacted = Redaction::apply(content, policy);
    m_content = std::move(redacted.content);
    m_model = BookComposer(m_content, m_options).compose();
    m_model.leftOut = redacted.leftOut;

    if (m_options.ecomap) {
        m_mapCase = CaseFile::createInMemory(&error);
        if (!m_mapCase)
            return error;
        CaseContent map;
        map.child = m_content.child;
        // The map's people: those placed on it (relatives from a family tree may not be).
        for (const Person &p : std::as_const(m_content.people)) {
            if (m_content.ecomapPositions.contains(p.id) || !m_content.family.hasLine(p.id))
                map.people << p;
        }
        map.relationships = m_content.relationships;
        map.groups = m_content.groups;
        map.ecomapPositions = m_content.ecomapPositions;
        for (const Media &m : std::as_const(m_content.media)) {
            const bool portrait = m.id == map.child.photoId ||
                                  std::any_of(map.people.cbegin(), map.people.cend(),
                                              [&](const Person &p) { return p.photoId == m.id; });
            if (portrait)
                map.media << m; // thumbnails only: all the map draws
        }
        if (const StorageError e = CaseContentIO::write(*m_mapCase, map))
            return e;
        m_mapStack = std::make_unique<QUndoStack>();
        m_mapModel = std::make_unique<CaseModel>(*m_mapCase);
        if (const StorageError e = m_mapModel->load())
            return e;
        m_mapDoc = std::make_unique<EcomapDocument>(*m_mapModel);
        if (const StorageError e = m_mapDoc->load())
            return e;
        m_mapScene = std::make_unique<EcomapScene>(*m_mapDoc, *m_mapStack);
    }
    if (m_options.family && !m_content.family.isEmpty()) {
        GenogramPicture::Input tree;
        tree.child = m_content.child;
        tree.people = m_content.people;
        tree.family = m_content.family;
        tree.placements = m_content.placements;
        tree.today = m_options.preparedOn;
        tree.householdOn = tree.today;
        tree.style = Redaction::isProfessional(m_options.audience)
                         ? GenogramPicture::Style::Professional
                         : GenogramPicture::Style::Child;
        if (tree.style == GenogramPicture::Style::Child) {
            MediaRepository media(m_file);
            const auto face = [&](ItemId id) {
                if (id != kNoId && !tree.photos.contains(id))
                    tree.photos.insert(id, QImage::fromData(media.thumbnail(id)));
            };
            face(tree.child.photoId);
            for (const Person &p : std::as_const(tree.people))
                face(p.photoId);
        }
        m_genogram = std::make_unique<GenogramPicture>();
        m_genogram->build(tree);
    }
    m_renderer = std::make_unique<BookRenderer>(
        m_model, [this](ItemId id, QSize pixels) { return image(id, pixels); },
        [this](QPainter &p, const QRectF &rect, const QString &title) {
            paintEcomap(p, rect, title);
        },
        [this](int page) { lookahead(page); });
    m_renderer->setGenogramPainter(
        [this](QPainter &p, const QRectF &rect, const QString &) { paintGenogram(p, rect); });
    if (!m_content.childMaps.isEmpty()) {
        m_childMap = std::make_unique<ChildMapPicture>();
        const ChildMap &latest = m_content.childMaps.last();
        m_childMap->setMap(latest);
        m_childMap->setChildName(m_content.child.displayName());
        for (const Person &p : std::as_const(m_content.people))
            m_childMap->setPerson(p.id, p.displayName());
        // Differences are marked for professionals; the child's book shows the child's map alone.
        if (Redaction::isProfessional(m_options.audience))
            m_childMap->setDifferences(ChildMapCompare::differences(
                latest, ChildMapCompare::ringsOf(m_content.ecomapPositions, Notation::kRingRadii)));
        m_renderer->setChildMapPainter([this](QPainter &p, const QRectF &rect, const QString &) {
            QFont font = p.font();
            font.setPixelSize(10);
            p.save();
            p.setFont(font);
            m_childMap->paint(p, rect);
            p.restore();
        });
    }
    return {};
}

// The tree scaled to fit above its key (never enlarged past print size), centred.
void BookExport::paintGenogram(QPainter &p, const QRectF &rect)
{
    if (!m_genogram)
        return;
    const GenogramPicture::Style style = Redaction::isProfessional(m_options.audience)
                                             ? GenogramPicture::Style::Professional
                                             : GenogramPicture::Style::Child;
    p.save();
    QFont font = p.font();
    font.setPixelSize(9);
    p.setFont(font);
    // The key first, measured on a scratch painter, so the tree takes the rest.
    QImage probe(1, 1, QImage::Format_ARGB32);
    QPainter measure(&probe);
    measure.setFont(font);
    const QList<GenogramPicture::KeyRow> key = m_genogram->keyForWhatIsDrawn();
    const double keyHeight =
        GenogramPicture::paintKey(measure, QRectF(0, 0, rect.width(), 2000), key);
    measure.end();
    // A court reader needs the day the ages were worked out, and what "c." means.
    QString asAt;
    if (style == GenogramPicture::Style::Professional) {
        const QDate on = m_options.preparedOn;
        asAt = tr("Ages as at %1. “c.” before a year: the year is not known exactly.")
                   .arg(FuzzyDate::day(on.year(), on.month(), on.day()).toDisplayString());
    }
    const double asAtHeight = asAt.isEmpty() ? 0 : QFontMetricsF(font).height() * 2 + 6;
    const QRectF treeArea(rect.left(), rect.top(), rect.width(),
                          std::max(40.0, rect.height() - keyHeight - asAtHeight - 16));
    const QRectF bounds = m_genogram->bounds();
    const double scale =
        std::min({treeArea.width() / bounds.width(), treeArea.height() / bounds.height(), 0.75});
    p.save();
    p.translate(treeArea.left() + (treeArea.width() - bounds.width() * scale) / 2, treeArea.top());
    p.scale(scale, scale);
    p.translate(-bounds.topLeft());
    m_genogram->paint(p);
    p.restore();
    const double keyTop = treeArea.top() + bounds.height() * scale + 16;
    p.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 0.5));
    p.drawLine(QPointF(rect.left(), keyTop - 8), QPointF(rect.right(), keyTop - 8));
    GenogramPicture::paintKey(p, QRectF(rect.left(), keyTop, rect.width(), keyHeight), key);
    if (!asAt.isEmpty()) {
        p.setPen(Qt::black);
        QFont plain = font;
        plain.setBold(false);
        p.setFont(plain);
        p.drawText(QRectF(rect.left(), keyTop + keyHeight + 6, rect.width(), asAtHeight),
                   Qt::TextWordWrap | Qt::AlignLeading | Qt::AlignTop, asAt);
    }
    p.restore();
}

QImage BookExport::decode(QByteArray bytes, QSize pixels)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize stored = reader.size();
    // Decode straight to the printed size (JPEG does this cheaply); never enlarge.
    if (stored.isValid() && pixels.isValid() && stored.width() > pixels.width() * 1.2)
        reader.setScaledSize(stored.scaled(pixels, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (!image.isNull() && image.hasAlphaChannel())
        image = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    else if (!image.isNull())
        image = image.convertToFormat(QImage::Format_RGB32);
    return image;
}

void BookExport::lookahead(int page)
{
    constexpr int kPagesAhead = 6;
    for (int p = page; p < std::min<qsizetype>(page + kPagesAhead + 1, m_model.pages.size()); ++p) {
        for (const auto &wanted : BookRenderer::imagesOn(m_model.pages[p])) {
            if (m_pending.contains(wanted))
                continue;
            // The case file is read here, on this thread; only decoding goes elsewhere.
            QByteArray bytes = pictureBytes(wanted.first);
            m_pending.insert(
                wanted, QtConcurrent::run(&BookExport::decode, std::move(bytes), wanted.second));
        }
    }
}

QImage BookExport::image(ItemId mediaId, QSize pixels)
{
    const auto key = std::pair(mediaId, pixels);
    if (auto it = m_pending.find(key); it != m_pending.end()) {
        const QImage image = it->result();
        m_pending.erase(it);
        return image;
    }
    return decode(pictureBytes(mediaId), pixels);
}

// The copy made for books when there is one: decoding a quarter of the pixels is most of what
// makes a long book quick.
QByteArray BookExport::pictureBytes(ItemId mediaId)
{
    MediaRepository media(m_file);
    QByteArray bytes = media.printCopy(mediaId);
    return bytes.isEmpty() ? media.data(mediaId) : bytes;
}

void BookExport::paintEcomap(QPainter &p, const QRectF &rect, const QString &title)
{
    if (!m_mapScene)
        return;
    // The map lays itself out at 1000 points wide and is scaled into the page.
    const qreal scale = rect.width() / 1000.0;
    p.save();
    p.translate(rect.topLeft());
    p.scale(scale, scale);
    // The child's own book speaks the child's words: "not so close", not "tenuous".
    EcomapExport::render(*m_mapScene, p, QRectF(0, 0, 1000, rect.height() / scale), title,
                         m_options.audience == Redaction::Audience::ChildBook
                             ? Notation::Words::Child
                             : Notation::Words::Professional);
    p.restore();
}

QByteArray BookExport::pdfBytes(QString *error, const BookRenderer::Progress &progress)
{
    if (!m_renderer) {
        *error = tr("The book could not be prepared.");
        return {};
    }
    // The child's name goes into the PDF's details only when asked for.
    const QString title =
        m_options.childNameInMetadata ? m_model.title : Redaction::audienceName(m_options.audience);
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(m_model.pageSize);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(288);
        writer.setCreator(QStringLiteral("Belonging"));
        writer.setTitle(title);
        if (!m_renderer->render(writer, progress)) {
            *error = tr("Making the PDF was stopped. Nothing was saved.");
            return {};
        }
    }
    if (!PdfOutline::append(
            bytes, m_model.outline,
            {title, QStringLiteral("Belonging"), m_model.subject, QStringLiteral("Belonging")})) {
        *error = tr("The PDF could not be finished.");
        return {};
    }
    return bytes;
}

QString BookExport::writePdf(const QString &path, const BookRenderer::Progress &progress)
{
    QString error;
    const QByteArray bytes = pdfBytes(&error, progress);
    if (!error.isEmpty())
        return error;
    return PrivateFile::write(path, bytes);
}

bool BookExport::print(QPrinter &printer, const BookRenderer::Progress &progress)
{
    if (!m_renderer)
        return false;
    printer.setPageSize(m_model.pageSize);
    printer.setFullPage(true);
    printer.setDocName(Redaction::audienceName(m_options.audience));
    return m_renderer->render(printer, progress);
}
