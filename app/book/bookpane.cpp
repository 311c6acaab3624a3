// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookpane.h"

#include "bookexport.h"
#include "casecontentio.h"
#include "casefile.h"
#include "casemodel.h"
#include "courtdetailsdialog.h"
#include "jargoncheck.h"
#include "layoutrepository.h"
#include "mnemonicfocus.h"
#include "peoplechecklist.h"
#include "printjob.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <memory>
#include <vector>

BookPane::BookPane(QWidget *parent)
    : QWidget(parent)
    , m_audience(new QButtonGroup(this))
    , m_ecomap(new QCheckBox(tr("The ec&omap, with its key"), this))
    , m_family(new QCheckBox(tr("The family &tree, with its key"), this))
    , m_people(new QCheckBox(tr("A page for the &people who matter"), this))
    , m_placements(new QCheckBox(tr("&Where I have lived / placement history"), this))
    , m_memories(new QCheckBox(tr("&Memories and photos"), this))
    , m_wishes(new QCheckBox(tr("W&ishes and feelings"), this))
    , m_chronology(new QCheckBox(tr("&Chronology"), this))
    , m_impact(new QCheckBox(tr("\"&Impact on the child\" column"), this))
    , m_nameInMetadata(new QCheckBox(tr("Put the child's name in the PDF's &details"), this))
    , m_pageSize(new QComboBox(this))
    , m_withheld(new PeopleChecklist({}, tr("People to leave out entirely"), this))
    , m_leftOut(new QListWidget(this))
    , m_summary(new QLabel(this))
    , m_preview(new QPushButton(tr("P&review…"), this))
    , m_print(new QPushButton(tr("Pri&nt…"), this))
    , m_save(new QPushButton(tr("&Save as PDF…"), this))
    , m_courtDetails(new QPushButton(tr("Co&urt or review details…"), this))
    , m_courtSummary(new QLabel(this))
{
    setAccessibleName(tr("Books"));
    auto *who = new QGroupBox(tr("Who is it for?"), this);
    auto *whoLayout = new QVBoxLayout(who);
    const QList<std::pair<Redaction::Audience, QString>> audiences = {
        {Redaction::Audience::ChildBook, tr("A life-story &book for the child")},
        {Redaction::Audience::Family, tr("A copy for the birth famil&y")},
        {Redaction::Audience::Review, tr("A review p&ack (for the review meeting)")},
        {Redaction::Audience::Court, tr("A court pac&k")}};
    for (const auto &[audience, label] : audiences) {
        auto *button = new QRadioButton(label, who);
        m_audience->addButton(button, int(audience));
        whoLayout->addWidget(button);
    }
    m_audience->button(int(Redaction::Audience::ChildBook))->setChecked(true);

    auto *what = new QGroupBox(tr("What goes in"), this);
    auto *whatLayout = new QVBoxLayout(what);
    for (QCheckBox *box : {m_ecomap, m_family, m_people, m_placements, m_memories, m_wishes,
                           m_chronology, m_impact}) {
        box->setChecked(true);
        whatLayout->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &BookPane::refresh);
    }
    m_pageSize->addItem(tr("A4"), int(QPageSize::A4));
    m_pageSize->addItem(tr("US Letter"), int(QPageSize::Letter));
    m_pageSize->setAccessibleName(tr("Page size"));
    auto *pageRow = new QFormLayout;
    pageRow->addRow(tr("Pa&ge size:"), m_pageSize);
    whatLayout->addLayout(pageRow);
    whatLayout->addWidget(m_nameInMetadata);
    m_courtSummary->setWordWrap(true);
    m_courtSummary->setTextFormat(Qt::PlainText);
    whatLayout->addWidget(m_courtDetails);
    whatLayout->addWidget(m_courtSummary);
    connect(m_courtDetails, &QPushButton::clicked, this, &BookPane::editCourtDetails);

    m_withheld->setMaximumHeight(QWIDGETSIZE_MAX); // the column's height, not a form row's
    m_leftOut->setAccessibleName(tr("What will be left out"));
    m_leftOut->setWordWrap(true);
    m_leftOut->setFocusPolicy(Qt::NoFocus);
    m_summary->setWordWrap(true);
    connect(m_withheld, &PeopleChecklist::changed, this, &BookPane::refresh);
    connect(m_pageSize, &QComboBox::currentIndexChanged, this, &BookPane::refresh);
    connect(m_nameInMetadata, &QCheckBox::toggled, this, &BookPane::saveSettings);
    connect(m_audience, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            refresh();
    });

    auto *left = new QVBoxLayout;
    left->addWidget(who);
    left->addWidget(what);
    left->addStretch();
    auto *middle = new QVBoxLayout;
    m_withheldLabel = new QLabel(tr("People to &leave out entirely:"), this);
    MnemonicFocus::point(m_withheldLabel, m_withheld);
    middle->addWidget(m_withheldLabel);
    middle->addWidget(m_withheld, 1);
    auto *right = new QVBoxLayout;
    auto *leftOutLabel = new QLabel(tr("<b>What will be left out</b>"), this);
    right->addWidget(leftOutLabel);
    right->addWidget(m_leftOut, 1);
    right->addWidget(m_summary);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_preview);
    buttons->addWidget(m_print);
    buttons->addWidget(m_save);
    right->addLayout(buttons);
    auto *columns = new QHBoxLayout(this);
    columns->addLayout(left, 2);
    columns->addLayout(middle, 2);
    columns->addLayout(right, 3);

    connect(m_preview, &QPushButton::clicked, this, &BookPane::preview);
    connect(m_print, &QPushButton::clicked, this, &BookPane::print);
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString problem = saveAsPdf();
        if (!problem.isEmpty())
            emit errorOccurred(problem);
    });
    setCase(nullptr);
}

void BookPane::setCase(CaseModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    m_file = model ? &model->file() : nullptr;
    if (m_model) {
        // Reading the case and laying out a book is not for every edit on another tab: the
        // tab reloads when shown, so only a visible tab follows at once.
        const auto reloadIfShown = [this] {
            if (isVisible())
                reload();
        };
        connect(m_model, &CaseModel::peopleChanged, this, [this, reloadIfShown] {
            fillWithheld(m_model->people()); // the list of people follows at once, cheaply
            reloadIfShown();
        });
        connect(m_model, &CaseModel::childChanged, this, reloadIfShown);
        connect(m_model, &CaseModel::timelineChanged, this, reloadIfShown);
    }
    loadSettings();
    reload();
}

namespace {

QString joinIds(const QSet<ItemId> &ids)
{
    QList<ItemId> sorted(ids.cbegin(), ids.cend());
    std::sort(sorted.begin(), sorted.end());
    QStringList parts;
    for (ItemId id : sorted)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

} // namespace

void BookPane::loadSettings()
{
    // Quietly: reload() refreshes once everything is set.
    m_loadingSettings = true;
    const QSignalBlocker blockAudience(m_audience);
    const QSignalBlocker blockPage(m_pageSize);
    std::vector<std::unique_ptr<QSignalBlocker>> blockChecks;
    for (QCheckBox *box : {m_ecomap, m_family, m_people, m_placements, m_memories, m_wishes,
                           m_chronology, m_impact, m_nameInMetadata})
        blockChecks.push_back(std::make_unique<QSignalBlocker>(box));
    const auto flag = [this](const char *key) {
        return !m_file || LayoutRepository(*m_file).bookSetting(
                              QLatin1String(key), QStringLiteral("1")) == QLatin1String("1");
    };
    const auto text = [this](const char *key) {
        return m_file ? LayoutRepository(*m_file).bookSetting(QLatin1String(key)) : QString();
    };
    bool ok = false;
    const int audience = text("audience").toInt(&ok);
    setAudience(ok && m_audience->button(audience) ? Redaction::Audience(audience)
                                                   : Redaction::Audience::ChildBook);
    const int page = m_pageSize->findData(text("pageSize").toInt(&ok));
    m_pageSize->setCurrentIndex(ok && page >= 0 ? page : 0);
    m_ecomap->setChecked(flag("ecomap"));
    m_family->setChecked(flag("family"));
    m_people->setChecked(flag("people"));
    m_placements->setChecked(flag("placements"));
    m_memories->setChecked(flag("memories"));
    m_wishes->setChecked(flag("wishes"));
    m_chronology->setChecked(flag("chronology"));
    m_impact->setChecked(flag("impact"));
    m_nameInMetadata->setChecked(m_file && text("nameInMetadata") == QLatin1String("1"));
    m_withheldIds.clear();
    for (const QString &id : text("withheld").split(QLatin1Char(','), Qt::SkipEmptyParts))
        m_withheldIds.insert(id.toLongLong());
    m_loadingSettings = false;
}

void BookPane::saveSettings()
{
    if (!m_file || m_loadingSettings)
        return;
    const BookOptions o = options();
    const auto yes = [](bool on) { return on ? QStringLiteral("1") : QStringLiteral("0"); };
    const QList<std::pair<QString, QString>> values = {
        {QStringLiteral("audience"), QString::number(int(o.audience))},
        {QStringLiteral("pageSize"), QString::number(int(o.pageSize))},
        {QStringLiteral("ecomap"), yes(o.ecomap)},
        {QStringLiteral("family"), yes(o.family)},
        {QStringLiteral("people"), yes(o.people)},
        {QStringLiteral("placements"), yes(o.placements)},
        {QStringLiteral("memories"), yes(o.memories)},
        {QStringLiteral("wishes"), yes(o.wishes)},
        {QStringLiteral("chronology"), yes(o.chronology)},
        {QStringLiteral("impact"), yes(o.impactColumn)},
        {QStringLiteral("nameInMetadata"), yes(o.childNameInMetadata)},
        {QStringLiteral("withheld"), joinIds(o.withheldPeople)},
    };
    LayoutRepository settings(*m_file);
    for (const auto &[key, value] : values) {
        if (settings.bookSetting(key) == value)
            continue;
        if (const StorageError e = settings.setBookSetting(key, value)) {
            emit errorOccurred(e.message());
            return;
        }
    }
}

void BookPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload(); // the story may have changed on the other tabs
}

void BookPane::reload()
{
    m_content = CaseContent();
    if (m_file)
        m_content = CaseContentIO::read(*m_file, false, nullptr);
    fillWithheld(m_content.people);
    for (QWidget *w : std::initializer_list<QWidget *>{m_preview, m_print, m_save})
        w->setEnabled(m_file != nullptr);
    refresh();
}

void BookPane::fillWithheld(const QList<Person> &people)
{
    QSignalBlocker block(m_withheld);
    m_withheld->setPeople(people);
    m_withheld->setChecked(QList<ItemId>(m_withheldIds.cbegin(), m_withheldIds.cend()));
    MnemonicFocus::point(m_withheldLabel, m_withheld); // its first box is new
}

BookOptions BookPane::options() const
{
    BookOptions o;
    o.audience = Redaction::Audience(m_audience->checkedId());
    o.pageSize = QPageSize::PageSizeId(m_pageSize->currentData().toInt());
    o.ecomap = m_ecomap->isChecked();
    o.family = m_family->isChecked();
    o.people = m_people->isChecked();
    o.placements = m_placements->isChecked();
    o.memories = m_memories->isChecked();
    o.wishes = m_wishes->isChecked();
    o.chronology = m_chronology->isChecked();
    o.impactColumn = m_impact->isChecked();
    o.childNameInMetadata = m_nameInMetadata->isChecked();
    for (const ItemId id : m_withheld->checked())
        o.withheldPeople.insert(id);
    return o;
}

void BookPane::setAudience(Redaction::Audience audience)
{
    m_audience->button(int(audience))->setChecked(true);
}

void BookPane::refresh()
{
    const BookOptions o = options();
    m_withheldIds = o.withheldPeople;
    saveSettings();
    const bool court = Redaction::isProfessional(o.audience);
    m_chronology->setVisible(court);
    m_impact->setVisible(court);
    m_memories->setVisible(!court);
    m_courtDetails->setVisible(court);
    m_courtSummary->setVisible(court);
    if (court && m_file) {
        const CourtDetails d = LayoutRepository(*m_file).courtDetails();
        m_courtSummary->setText(
            d.court.isEmpty()
                ? tr("No court or review named yet: the cover will not say who it is for.")
                : (d.caseNumber.isEmpty() ? d.court
                                          : tr("%1, case %2").arg(d.court, d.caseNumber)));
    }
    m_leftOut->clear();
    if (!m_file) {
        m_summary->clear();
        return;
    }
    Redaction::Policy policy = Redaction::Policy::forAudience(o.audience);
    policy.withheldPeople = o.withheldPeople;
    const Redaction::Result r = Redaction::apply(m_content, policy);
    m_leftOut->addItems(r.leftOut);
    if (r.leftOut.isEmpty())
        m_leftOut->addItem(tr("Nothing: everything in the story goes in."));
    const BookModel model = BookComposer(r.content, o).compose();
    const int pages = int(model.pages.size());
    const QString name = Redaction::audienceName(o.audience);
    QString summary =
        pages == 1 ? tr("%1: 1 page.").arg(name) : tr("%1: %2 pages.").arg(name).arg(pages);
    // The child's book is written to the child: care-system words in it are pointed out.
    if (o.audience == Redaction::Audience::ChildBook) {
        QStringList text;
        for (const BookPage &page : model.pages) {
            for (const BookItem &item : page.items) {
                if (item.type == BookItem::Type::Text)
                    text << item.text;
            }
        }
        const JargonCheck jargon;
        QStringList found;
        for (const JargonCheck::Hit &h : jargon.find(text.join(QLatin1Char(' ')))) {
            const QString words = tr("“%1”").arg(jargon.terms().at(h.term).words);
            if (!found.contains(words))
                found << words;
        }
        if (!found.isEmpty())
            summary += QLatin1Char(' ') +
                       tr("Words a child may not know: %1. Change them where they were typed.")
                           .arg(found.join(tr(", ")));
    }
    m_summary->setText(summary);
}

void BookPane::editCourtDetails()
{
    if (!m_file)
        return;
    CourtDetailsDialog dialog(this);
    const CourtDetails before = LayoutRepository(*m_file).courtDetails();
    dialog.setDetails(before);
    const int result = m_runDialog ? m_runDialog(&dialog) : dialog.exec();
    if (result != QDialog::Accepted || dialog.details() == before)
        return;
    if (const StorageError e = LayoutRepository(*m_file).setCourtDetails(dialog.details())) {
        emit errorOccurred(e.message());
        return;
    }
    if (m_model)
        m_model->noteSaved();
    refresh();
}

void BookPane::preview()
{
    if (!m_file)
        return;
    BookExport book(*m_file, options());
    if (const StorageError e = book.prepare()) {
        emit errorOccurred(e.message());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Preview: %1").arg(Redaction::audienceName(options().audience)));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&book](QPrinter *p) { book.print(*p); });
    dialog.exec();
}

namespace {

// The print dialog, offering every page of the book (Qt's own offers only page 1).
bool choosePrinter(QPrinter &printer, QWidget *parent, const BookExport &book)
{
    QPrintDialog dialog(&printer, parent);
    dialog.setMinMax(1, int(book.model().pages.size()));
    return dialog.exec() == QDialog::Accepted;
}

} // namespace

QString BookPane::print()
{
    if (!m_file)
        return {};
    BookExport book(*m_file, options());
    if (const StorageError e = book.prepare()) {
        emit errorOccurred(e.message());
        return e.message();
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(book.model().pageSize);
    printer.setDocName(Redaction::audienceName(options().audience));
    if (m_choosePrinter ? !m_choosePrinter(printer) : !choosePrinter(printer, this, book))
        return {};
    QProgressDialog progress(tr("Printing…"), tr("Stop"), 0, int(book.model().pages.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const auto step = [&progress](int done, int) {
        progress.setValue(done);
        return !progress.wasCanceled();
    };
    // The dialog's "Print to file" is a PDF like Save as PDF; a printer gets the same pages
    // from memory (see PrintJob).
    QString problem;
    const QByteArray pdf = book.pdfBytes(&problem, step);
    if (problem.isEmpty())
        problem = PrintJob::deliver(printer, pdf);
    const bool stopped = progress.wasCanceled(); // the carer knows: nothing more to say
    progress.reset();
    if (stopped)
        return {};
    if (!problem.isEmpty())
        emit errorOccurred(problem);
    else if (!printer.outputFileName().isEmpty())
        emit exported(printer.outputFileName()); // say where the file went, as Save as PDF does
    else
        emit printed(printer.printerName());
    return problem;
}

QString BookPane::saveAsPdf()
{
    if (!m_file)
        return {};
    const BookOptions o = options();
    // Beside the story's own file, where the carer keeps it; the demo has none.
    const QString folder = m_file->isInMemory()
                               ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                               : QFileInfo(m_file->path()).absolutePath();
    const QString suggested =
        folder + QLatin1Char('/') + Redaction::audienceName(o.audience) + QStringLiteral(".pdf");
    const QString path = m_chooseFile
                             ? m_chooseFile(suggested)
                             : QFileDialog::getSaveFileName(this, tr("Save as PDF"), suggested,
                                                            tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return {};
    BookExport book(*m_file, o);
    if (const StorageError e = book.prepare())
        return e.message();
    QProgressDialog progress(tr("Making the PDF…"), tr("Stop"), 0, int(book.model().pages.size()),
                             this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const QString problem = book.writePdf(path, [&progress](int done, int) {
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    progress.reset();
    if (problem.isEmpty() && QFileInfo::exists(path))
        emit exported(path);
    return problem;
}
