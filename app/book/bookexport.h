// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bookcomposer.h"
#include "bookrenderer.h"
#include "storageerror.h"

#include <QCoreApplication>
#include <QFuture>
#include <QHash>

#include <memory>

class CaseFile;
class CaseModel;
class EcomapDocument;
class EcomapScene;
class QPrinter;
class QUndoStack;

// One book from one case: reads the case, applies the audience's redaction, composes the
// pages, and renders them — to a PDF file (written whole through QSaveFile, never half a
// file, with bookmarks and metadata), to a printer, or to a preview.
class BookExport
{
    Q_DECLARE_TR_FUNCTIONS(BookExport)

public:
    BookExport(CaseFile &file, const BookOptions &options);
    ~BookExport();

    StorageError prepare();
    const BookModel &model() const { return m_model; }
    const QStringList &leftOut() const { return m_model.leftOut; }
    const BookRenderer &renderer() const { return *m_renderer; }

    // Returns an error message, empty on success; "stopped" counts as an error (nothing saved).
    QString writePdf(const QString &path, const BookRenderer::Progress &progress = {});
    // The PDF in memory, for tests and the command line.
    QByteArray pdfBytes(QString *error, const BookRenderer::Progress &progress = {});
    bool print(QPrinter &printer, const BookRenderer::Progress &progress = {});

private:
    QImage image(ItemId mediaId, QSize pixels);
    QByteArray pictureBytes(ItemId mediaId);
    void lookahead(int page);
    static QImage decode(QByteArray bytes, QSize pixels);
    void paintEcomap(QPainter &painter, const QRectF &rect, const QString &title);
    void paintGenogram(QPainter &painter, const QRectF &rect);

    CaseFile &m_file;
    BookOptions m_options;
    CaseContent m_content; // redacted
    BookModel m_model;
    std::unique_ptr<BookRenderer> m_renderer;
    // Pictures for the next few pages, decoding on the other cores while this one draws.
    QHash<std::pair<ItemId, QSize>, QFuture<QImage>> m_pending;
    // The map is drawn from a private in-memory copy of the redacted case, by the ecomap's
    // own scene, so what is withheld cannot appear on it.
    std::unique_ptr<CaseFile> m_mapCase;
    std::unique_ptr<QUndoStack> m_mapStack;
    std::unique_ptr<CaseModel> m_mapModel;
    std::unique_ptr<EcomapDocument> m_mapDoc;
    std::unique_ptr<EcomapScene> m_mapScene;
    std::unique_ptr<class GenogramPicture> m_genogram;
    std::unique_ptr<class ChildMapPicture> m_childMap;
};
