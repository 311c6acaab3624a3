// SPDX-License-Identifier: GPL-3.0-or-later
#include "movespane.h"

#include "commandbar.h"
#include "moveplandialog.h"
#include "movestablemodel.h"
#include "placementdialog.h"
#include "timelinecommands.h"
#include "timelinedocument.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false);
    table->setWordWrap(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(model->columnCount() - 1, QHeaderView::Stretch);
    return table;
}

} // namespace

MovesPane::MovesPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new MovesTableModel(this))
    , m_tiesModel(new MoveTiesModel(this))
    , m_moves(makeTable(m_model, this))
    , m_people(makeTable(m_tiesModel, this))
    , m_warning(new QLabel(this))
    , m_heading(new QLabel(this))
    , m_why(new QLabel(this))
{
    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_plan = toolbar->addAction(tr("&Plan a move…"), this, &MovesPane::planMove);
    m_edit = toolbar->addAction(tr("&Keeping-in-touch plan…"), this, [this] { editPlan(); });
    // Shortcuts work anywhere in the pane, and only in this pane (as on the timeline).
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_edit->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_edit);
    m_beforeAfter = toolbar->addAction(tr("Map &before and after…"), this, [this] {
        const ItemId id = selectedMove();
        const MoveContinuity::Move *move = m_doc ? m_doc->continuity().moveInto(id) : nullptr;
        if (!move || !move->dayBefore.isValid() || move->upcoming)
            return;
        emit beforeAndAfterRequested(
            tr("Before and after the move to %1").arg(m_doc->placementName(id)), move->dayBefore,
            move->sixMonthsAfter);
    });
    CommandBar::makeReachable(toolbar, m_moves);
    m_commands = {m_plan, m_edit, m_beforeAfter};

    setAccessibleName(tr("Moves"));
    m_moves->setAccessibleName(tr("Every change of home"));
    m_people->setAccessibleName(tr("People in the child's life before the move"));
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setStyleSheet(QStringLiteral("color: #8a4b00; font-weight: bold"));
    m_warning->hide();
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setBuddy(m_people);
    m_why->setWordWrap(true);
    m_why->setTextFormat(Qt::PlainText);
    m_why->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_why->hide();

    // The chosen move stays chosen when the moves are worked out again (an edit, an undo).
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keep = selectedMove(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_keep != kNoId)
            select(m_keep);
        refresh();
    });
    connect(m_moves->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MovesPane::showSelected);
    connect(m_moves, &QTableView::activated, this, [this] { editPlan(); });

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_why);
    bottomLayout->addWidget(m_heading);
    bottomLayout->addWidget(m_people, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_moves);
    split->addWidget(bottom);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolbar);
    layout->addWidget(m_warning);
    layout->addWidget(split, 1);
    setCase(nullptr, nullptr);
}

void MovesPane::setCase(TimelineDocument *doc, QUndoStack *stack)
{
    m_doc = doc;
    m_stack = stack;
    m_model->setDocument(doc);
    refresh();
}

int MovesPane::run(QDialog *dialog)
{
    return m_runDialog ? m_runDialog(dialog) : dialog->exec();
}

ItemId MovesPane::selectedMove() const
{
    const MoveContinuity::Move *move = m_model->moveAt(m_moves->currentIndex().row());
    return move ? move->toPlacement : kNoId;
}

void MovesPane::select(ItemId toPlacement)
{
    const int row = m_model->rowOf(toPlacement);
    if (row >= 0)
        m_moves->setCurrentIndex(m_model->index(row, 0));
}

void MovesPane::refresh()
{
    const bool open = m_doc && m_stack;
    m_plan->setEnabled(open);
    QStringList warnings;
    if (m_doc) {
        warnings = m_doc->moveWarnings();
        if (m_model->rowCount() > 0 && !m_moves->currentIndex().isValid())
            m_moves->setCurrentIndex(m_model->index(0, 0));
    }
    const QString text = warnings.join(QLatin1Char('\n'));
    const bool changed = text != m_warning->text();
    m_warning->setText(text);
    m_warning->setVisible(!warnings.isEmpty());
    if (changed)
        emit warningChanged(text);
    showSelected();
}

QString MovesPane::warning() const
{
    return m_warning->text();
}

void MovesPane::showSelected()
{
    const MoveContinuity::Move *move = m_model->moveAt(m_moves->currentIndex().row());
    m_tiesModel->setMove(m_doc, move);
    m_edit->setEnabled(move && m_stack);
    // Only a move that has happened has an "after" on the map.
    m_beforeAfter->setEnabled(move && move->dayBefore.isValid() && !move->upcoming);
    m_why->hide();
    if (!m_doc || m_model->rowCount() == 0) {
        m_heading->setText(tr("No moves yet. A move is a change of home: add the places the "
                              "child has lived on the Timeline, or plan a move."));
        return;
    }
    if (!move) {
        m_heading->setText(QString());
        return;
    }
    // Why the child left and came: the record's words and the child's, from the two homes.
    const auto home = [this](ItemId id) { return m_doc->placement(id).value_or(Placement()); };
    const Placement from = home(move->fromPlacement);
    const Placement to = home(move->toPlacement);
    QStringList why;
    for (const QString &r : {from.leftReasonRecord, to.cameReasonRecord}) {
        if (!r.isEmpty())
            why << tr("Recorded: %1").arg(r);
    }
    for (const QString &r : {from.leftReasonChildsWords, to.cameReasonChildsWords}) {
        if (!r.isEmpty())
            why << tr("In the child's words: “%1”").arg(r);
    }
    m_why->setText(why.join(QLatin1Char('\n')));
    m_why->setVisible(!why.isEmpty());
    m_heading->setText(move->upcoming
                           ? tr("Who is in the child's life now, and the plan for each after the "
                                "move to %1:")
                                 .arg(m_doc->placementName(move->toPlacement))
                           : tr("Who was in the child's life before the move to %1, and who was "
                                "still there six months after:")
                                 .arg(m_doc->placementName(move->toPlacement)));
}

void MovesPane::editPlan(ItemId toPlacement)
{
    if (!m_doc || !m_stack)
        return;
    if (toPlacement == kNoId)
        toPlacement = selectedMove();
    const MoveContinuity::Move *found = m_doc->continuity().moveInto(toPlacement);
    if (!found)
        return;
    const MoveContinuity::Move move = *found; // a copy: the analysis is redone after any edit
    select(toPlacement);
    MovePlanDialog dialog(*m_doc, move, this);
    if (run(&dialog) == QDialog::Accepted)
        Command::setMovePlan(*m_stack, *m_doc, dialog.plan());
    select(toPlacement);
}

void MovesPane::planMove()
{
    if (!m_doc || !m_stack)
        return;
    PlacementDialog dialog(*m_doc, this);
    dialog.setPlannedMove();
    if (run(&dialog) != QDialog::Accepted)
        return;
    // The new home, that its move is planned, and the plan: one step to undo.
    const Placement home = dialog.placement();
    m_stack->beginMacro(tr("Plan a move to %1").arg(home.placeName));
    Command::addPlacement(*m_stack, *m_doc, home);
    ItemId added = kNoId;
    for (const Placement &p : m_doc->placements()) {
        if (p.placeName == home.placeName && p.from == home.from)
            added = std::max(added, p.id);
    }
    if (m_doc->continuity().moveInto(added)) {
        // Choosing "Plan a move…" said it is planned: kept even if the plan is left for later.
        MovePlan planned;
        planned.placementId = added;
        planned.planning = MovePlan::Planning::Planned;
        Command::setMovePlan(*m_stack, *m_doc, planned);
        editPlan(added);
    }
    m_stack->endMacro();
}
