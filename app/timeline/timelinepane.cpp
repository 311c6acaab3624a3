// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinepane.h"

#include "commandbar.h"
#include "eventdialog.h"
#include "memorydialog.h"
#include "placementdialog.h"
#include "timelinecommands.h"
#include "timelinemodel.h"
#include "timelineview.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

TimelinePane::TimelinePane(QWidget *parent)
    : QWidget(parent)
    , m_model(new TimelineModel(this))
    , m_filter(new TimelineFilter(this))
    , m_view(new TimelineView(this))
    , m_search(new QLineEdit(this))
    , m_list(new QTableView(this))
    , m_unknowns(new QListWidget(this))
{
    setAccessibleName(tr("Timeline"));
    setAcceptDrops(true);
    m_filter->setSourceModel(m_model);

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Shortcuts work anywhere in the pane (not only on the toolbar), and only in this pane.
    auto shortcut = [this](QAction *action, const QKeySequence &keys) {
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    };
    m_addMemory = toolbar->addAction(tr("Add a &memory…"), this, [this] { addMemory(); });
    shortcut(m_addMemory, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_addPlacement = toolbar->addAction(tr("Add a &place…"), this, &TimelinePane::addPlacement);
    shortcut(m_addPlacement, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_addEvent = toolbar->addAction(tr("Add an &event…"), this, &TimelinePane::addEvent);
    shortcut(m_addEvent, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_planMove =
        toolbar->addAction(tr("Plan a mo&ve…"), this, [this] { emit planMoveRequested(kNoId); });
    toolbar->addSeparator();
    m_edit = toolbar->addAction(tr("&Change…"), this,
                                [this] { edit(m_view->selectedKind(), m_view->selectedId()); });
    shortcut(m_edit, QKeySequence(Qt::Key_F2));
    m_remove = toolbar->addAction(tr("&Remove"), this, &TimelinePane::removeSelected);
    shortcut(m_remove, QKeySequence::Delete);
    toolbar->addSeparator();
    QAction *zoomIn = toolbar->addAction(tr("Zoom &In"), this, [this] { m_view->zoomBy(1.5); });
    shortcut(zoomIn, QKeySequence::ZoomIn);
    QAction *zoomOut =
        toolbar->addAction(tr("Zoom &Out"), this, [this] { m_view->zoomBy(1 / 1.5); });
    shortcut(zoomOut, QKeySequence::ZoomOut);
    QAction *fit = toolbar->addAction(tr("&Whole Life"), this, [this] { m_view->fitLifetime(); });
    shortcut(fit, QKeySequence(Qt::CTRL | Qt::Key_0));
    CommandBar::makeReachable(toolbar, m_view);
    m_commands = {m_addMemory, m_addPlacement, m_addEvent, m_planMove, nullptr, m_edit,
                  m_remove,    nullptr,        zoomIn,     zoomOut,    fit};

    m_search->setPlaceholderText(tr("Search the timeline…"));
    m_search->setClearButtonEnabled(true);
    // Qt's clear button has no name of its own: a reader would say only "button".
    for (QToolButton *clear : m_search->findChildren<QToolButton *>()) {
        clear->setAccessibleName(tr("Clear the search"));
        clear->setToolTip(tr("Clear the search"));
    }
    m_search->setAccessibleName(tr("Search the timeline"));
    connect(m_search, &QLineEdit::textChanged, m_filter, &TimelineFilter::setSearchText);

    m_list->setModel(m_filter);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(TimelineModel::When, Qt::AscendingOrder);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setDefaultSectionSize(TimelineModel::kIconSide + 6);
    m_list->setIconSize(QSize(TimelineModel::kIconSide, TimelineModel::kIconSide));
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->setColumnWidth(TimelineModel::When, 240);
    m_list->setColumnWidth(TimelineModel::What, 260);
    m_list->setColumnWidth(TimelineModel::Kind, 120);
    m_list->setColumnWidth(TimelineModel::Where, 160);
    m_list->setAccessibleName(tr("Everything on the timeline, as a list"));
    m_list->setWordWrap(false);
    m_list->setTabKeyNavigation(false); // Tab leaves the table; the arrows move in it
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TimelinePane::listSelectionChanged);
    m_list->installEventFilter(this);
    connect(m_list, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QModelIndex source = m_filter->mapToSource(index);
        edit(m_model->kindAt(source.row()), m_model->idAt(source.row()));
    });

    m_unknowns->setAccessibleName(tr("Things we don't know yet"));
    m_unknowns->setWordWrap(true);
    m_unknowns->setTextElideMode(Qt::ElideNone);

    connect(m_view, &TimelineView::selected, this, &TimelinePane::selectInList);
    connect(m_view, &TimelineView::currentChanged, this, &TimelinePane::updateActions);
    connect(m_view, &TimelineView::activated, this, &TimelinePane::edit);

    auto *listBox = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listBox);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_search);
    listLayout->addWidget(m_list, 1);
    auto *unknownBox = new QWidget(this);
    auto *unknownLayout = new QVBoxLayout(unknownBox);
    unknownLayout->setContentsMargins(0, 0, 0, 0);
    auto *unknownLabel = new QLabel(tr("<b>Things we don't know yet</b>"), unknownBox);
    unknownLabel->setBuddy(m_unknowns);
    unknownLayout->addWidget(unknownLabel);
    unknownLayout->addWidget(m_unknowns, 1);
    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(listBox);
    bottom->addWidget(unknownBox);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(bottom);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolbar);
    layout->addWidget(split, 1);
    setCase(nullptr, nullptr);
}

TimelinePane::~TimelinePane() = default;

void TimelinePane::setCase(CaseModel *model, QUndoStack *stack)
{
    m_view->setDocument(nullptr);
    m_model->setDocument(nullptr);
    m_doc.reset();
    m_stack = stack;
    if (model) {
        m_doc = std::make_unique<TimelineDocument>(*model);
        connect(m_doc.get(), &TimelineDocument::failed, this,
                [this](const StorageError &e) { emit errorOccurred(e.message()); });
        m_model->setDocument(m_doc.get());
        m_view->setDocument(m_doc.get());
        // After the model and the view, so they have caught up when this runs.
        connect(m_doc.get(), &TimelineDocument::changed, this,
                [this](TimelineDocument::Kind kind, ItemId id) {
                    refreshUnknowns();
                    if (kind == TimelineDocument::Kind::Placement)
                        emit placementsChanged();
                    // Keep the changed item chosen in both views, if it still exists.
                    m_view->select(kind, id);
                    selectInList(kind, id);
                });
        // A new date of birth for the child changes what is missing.
        connect(m_doc.get(), &TimelineDocument::reset, this, &TimelinePane::refreshUnknowns);
        connect(m_doc.get(), &TimelineDocument::movesChanged, this, &TimelinePane::refreshUnknowns);
        m_doc->load();
    }
    refreshUnknowns();
    updateActions();
}

int TimelinePane::run(QDialog *dialog)
{
    return m_runDialog ? m_runDialog(dialog) : dialog->exec();
}

// Runs the dialog until what it holds is stored or the user cancels: a write the case refuses
// (a full disk) brings the dialog back with everything in it, after the message, instead of
// losing what was typed and chosen.
bool TimelinePane::runUntilStored(QDialog *dialog, const std::function<void()> &store)
{
    for (;;) {
        if (run(dialog) != QDialog::Accepted)
            return false;
        bool refused = false;
        const auto watch =
            connect(m_doc.get(), &TimelineDocument::failed, this, [&refused] { refused = true; });
        store();
        disconnect(watch);
        if (!refused)
            return true;
    }
}

void TimelinePane::addMemory(const QStringList &photoFiles)
{
    if (!m_doc || !m_stack)
        return;
    MemoryDialog dialog(*m_doc, this);
    if (!photoFiles.isEmpty())
        dialog.addPhotoFiles(photoFiles);
    runUntilStored(&dialog, [&] {
        Command::addMemory(*m_stack, *m_doc, dialog.memory(), dialog.photos(),
                           dialog.recordingChange().recording);
    });
}

void TimelinePane::addPlacement()
{
    if (!m_doc || !m_stack)
        return;
    PlacementDialog dialog(*m_doc, this);
    runUntilStored(&dialog, [&] { Command::addPlacement(*m_stack, *m_doc, dialog.placement()); });
}

void TimelinePane::addEvent()
{
    if (!m_doc || !m_stack)
        return;
    EventDialog dialog(*m_doc, this);
    runUntilStored(&dialog, [&] { Command::addEvent(*m_stack, *m_doc, dialog.event()); });
}

void TimelinePane::edit(TimelineDocument::Kind kind, ItemId id)
{
    if (!m_doc || !m_stack || id == kNoId)
        return;
    switch (kind) {
    case TimelineDocument::Kind::Placement:
        if (const auto p = m_doc->placement(id)) {
            PlacementDialog dialog(*m_doc, this);
            if (p->isPlannedOn(m_doc->today()))
                dialog.setPlannedMove(); // not lived in yet: said in the future tense
            dialog.setPlacement(*p);
            if (!runUntilStored(
                    &dialog, [&] { Command::editPlacement(*m_stack, *m_doc, dialog.placement()); }))
                break;
            if (dialog.planRequested())
                emit planMoveRequested(id);
        }
        break;
    case TimelineDocument::Kind::Memory:
        if (const auto m = m_doc->memoryWithPhotos(id)) {
            MemoryDialog dialog(*m_doc, this);
            dialog.setMemory(*m);
            runUntilStored(&dialog, [&] {
                Command::editMemory(*m_stack, *m_doc, dialog.memory(), dialog.photos(),
                                    dialog.recordingChange());
            });
        }
        break;
    case TimelineDocument::Kind::Event:
        if (const auto e = m_doc->event(id)) {
            EventDialog dialog(*m_doc, this);
            dialog.setEvent(*e);
            runUntilStored(&dialog, [&] { Command::editEvent(*m_stack, *m_doc, dialog.event()); });
        }
        break;
    case TimelineDocument::Kind::Voice:
        emit saidRequested(id); // what the child said is looked after in "My say"
        break;
    }
}

void TimelinePane::removeSelected()
{
    if (!m_doc || !m_stack || m_view->selectedId() == kNoId)
        return;
    const ItemId id = m_view->selectedId();
    if (m_view->selectedKind() == TimelineDocument::Kind::Voice) {
        emit saidRequested(id); // removed there, with the rest of what the child said
        return;
    }
    const QString what = m_view->describe(m_view->selectedKind(), id);
    const QString question = tr("Remove “%1”? You can undo this with Ctrl+Z.").arg(what);
    const bool yes = m_confirm
                         ? m_confirm(tr("Remove"), question)
                         : QMessageBox::question(this, tr("Remove"), question) == QMessageBox::Yes;
    if (!yes)
        return;
    switch (m_view->selectedKind()) {
    case TimelineDocument::Kind::Placement:
        Command::removePlacement(*m_stack, *m_doc, id);
        break;
    case TimelineDocument::Kind::Memory:
        Command::removeMemory(*m_stack, *m_doc, id);
        break;
    case TimelineDocument::Kind::Event:
        Command::removeEvent(*m_stack, *m_doc, id);
        break;
    case TimelineDocument::Kind::Voice:
        break;
    }
}

void TimelinePane::selectInList(TimelineDocument::Kind kind, ItemId id)
{
    if (m_syncing)
        return;
    m_syncing = true;
    const int row = m_model->rowOf(kind, id);
    const QModelIndex index =
        row < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(row, 0));
    if (index.isValid()) {
        m_list->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                    QItemSelectionModel::Rows);
        // Moving the table's current row tells a screen reader that the table has focus, so
        // a reader browsing the lanes would hear table cells instead of the lane items. The
        // current row follows the selection only when the table itself gets focus.
        if (m_list->hasFocus())
            m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
        m_list->scrollTo(index);
    } else {
        m_list->clearSelection();
    }
    m_syncing = false;
}

bool TimelinePane::eventFilter(QObject *watched, QEvent *event)
{
    // Arriving in the table continues from the row chosen in the lanes.
    if (watched == m_list && event->type() == QEvent::FocusIn) {
        const QModelIndexList rows = m_list->selectionModel()->selectedRows();
        if (!rows.isEmpty() && m_list->currentIndex().row() != rows.first().row()) {
            m_syncing = true;
            m_list->selectionModel()->setCurrentIndex(rows.first(), QItemSelectionModel::NoUpdate);
            m_syncing = false;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TimelinePane::listSelectionChanged()
{
    if (m_syncing)
        return;
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QModelIndex source = m_filter->mapToSource(rows.first());
    m_syncing = true;
    m_view->select(m_model->kindAt(source.row()), m_model->idAt(source.row()));
    m_syncing = false;
    updateActions();
}

void TimelinePane::refreshUnknowns()
{
    m_unknowns->clear();
    if (!m_doc)
        return;
    const QStringList lines = m_doc->history().unresolved(locale());
    m_unknowns->addItems(lines);
    if (lines.isEmpty())
        m_unknowns->addItem(tr("Nothing missing: every stretch of time has a home."));
    // A move still to come that leaves a brother, sister or the carer undecided.
    m_unknowns->addItems(m_doc->moveWarnings());
}

void TimelinePane::updateActions()
{
    const bool open = m_doc != nullptr;
    for (QAction *a : {m_addMemory, m_addPlacement, m_addEvent, m_planMove})
        a->setEnabled(open);
    const bool chosen = open && m_view->selectedId() != kNoId;
    m_edit->setEnabled(chosen);
    m_remove->setEnabled(chosen);
}

void TimelinePane::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_doc && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void TimelinePane::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            files << url.toLocalFile();
    }
    event->acceptProposedAction();
    if (!files.isEmpty())
        addMemory(files);
}
