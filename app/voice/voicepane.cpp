// SPDX-License-Identifier: GPL-3.0-or-later
#include "voicepane.h"

#include "voiceplayer.h"

#include "casemodel.h"
#include "voiceanswerdialog.h"
#include "voicecommands.h"
#include "voicedocument.h"
#include "voiceentrydialog.h"
#include "voicerules.h"
#include "voicetablemodel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

VoicePane::VoicePane(QWidget *parent)
    : QWidget(parent)
    , m_filter(new VoiceFilterModel(this))
    , m_intro(new QLabel(this))
    , m_waiting(new QLabel(this))
    , m_showWaiting(new QPushButton(tr("Show &waiting"), this))
    , m_topic(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_audience(new QComboBox(this))
    , m_add(new QPushButton(this))
    , m_edit(new QPushButton(tr("&Change…"), this))
    , m_answer(new QPushButton(tr("A&nswer…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_play(new QPushButton(tr("&Play the recording"), this))
    , m_player(new VoicePlayer(this))
    , m_table(new QTableView(this))
    , m_details(new QPlainTextEdit(this))
{
    setAccessibleName(tr("My say"));
    m_intro->setWordWrap(true);
    m_waiting->setWordWrap(true);
    m_waiting->setStyleSheet(
        QStringLiteral("background: #fdecea; color: #8c1d18; padding: 6px; border-radius: 4px"));
    m_waiting->hide();
    m_showWaiting->hide();

    m_topic->addItem(tr("Show all"), VoiceFilterModel::kAny);
    for (int t = 1; t < VoiceEntry::kTopicCount; ++t)
        m_topic->addItem(VoiceRules::topicName(VoiceEntry::Topic(t)), t);
    m_topic->addItem(VoiceRules::topicName(VoiceEntry::Topic::NotChosen),
                     int(VoiceEntry::Topic::NotChosen));
    m_topic->setAccessibleName(tr("Show what it is about"));
    m_status->addItem(tr("Show all"), VoiceFilterModel::kAny);
    for (auto s : {VoiceTableModel::Status::Waiting, VoiceTableModel::Status::NotAnswered,
                   VoiceTableModel::Status::NotTold, VoiceTableModel::Status::AnsweredAndTold})
        m_status->addItem(VoiceTableModel::statusName(s), int(s));
    m_status->setAccessibleName(tr("Show by what happened"));
    m_audience->addItem(tr("Show all"), VoiceFilterModel::kAny);
    for (VoiceEntry::Audience a : VoiceRules::audiences())
        m_audience->addItem(VoiceRules::audienceName(a, false), int(a));
    m_audience->addItem(VoiceRules::audiencesSummary(0), VoiceFilterModel::kNotAsked);
    m_audience->setAccessibleName(tr("Show by who may see it"));

    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    // Tab leaves the list (arrows move in it), so the keyboard is never stuck in a table.
    m_table->setTabKeyNavigation(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(VoiceTableModel::DateColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("What the child has said"));
    // A click moves the current row first and selects it after: follow the selection.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &VoicePane::refresh);
    m_details->setReadOnly(true);
    m_details->setAccessibleName(tr("The whole of what was said, and what happened"));
    m_details->setTabChangesFocus(true);

    auto *filters = new QHBoxLayout;
    auto addFilter = [&](const QString &label, QComboBox *box) {
        // Narrow enough for a small window in any language; the list opens wider.
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(13);
        auto *l = new QLabel(label, this);
        l->setBuddy(box);
        filters->addWidget(l);
        filters->addWidget(box);
    };
    addFilter(tr("Ab&out:"), m_topic);
    addFilter(tr("What happene&d:"), m_status);
    addFilter(tr("Who may see &it:"), m_audience);
    filters->addStretch();

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_edit, m_answer, m_remove, m_play})
        buttons->addWidget(b);
    m_play->hide();
    m_play->setObjectName(QStringLiteral("playRecording"));
    buttons->addStretch();

    auto *waitingRow = new QHBoxLayout;
    waitingRow->addWidget(m_waiting, 1);
    waitingRow->addWidget(m_showWaiting);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    m_details->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 7);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(waitingRow);
    layout->addLayout(buttons);
    layout->addLayout(filters);
    layout->addWidget(split, 1);

    connect(m_add, &QPushButton::clicked, this, &VoicePane::addEntry);
    connect(m_edit, &QPushButton::clicked, this, &VoicePane::editSelected);
    connect(m_answer, &QPushButton::clicked, this, &VoicePane::answerSelected);
    connect(m_remove, &QPushButton::clicked, this, &VoicePane::removeSelected);
    connect(m_play, &QPushButton::clicked, this, &VoicePane::playSelected);
    connect(m_player, &VoicePlayer::finished, this,
            [this] { m_play->setText(tr("&Play the recording")); });
    connect(m_table, &QTableView::activated, this, &VoicePane::editSelected);
    auto *remove = new QShortcut(QKeySequence::Delete, m_table);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &VoicePane::removeSelected);
    connect(m_showWaiting, &QPushButton::clicked, this, [this] {
        m_status->setCurrentIndex(m_status->findData(int(VoiceTableModel::Status::Waiting)));
        // ...and the first of them chosen, ready for "Answer…".
        if (m_filter->rowCount() > 0) {
            const QModelIndex first = m_filter->index(0, 0);
            select(first.data(VoiceTableModel::IdRole).value<ItemId>());
            m_table->setFocus();
        }
    });
    connect(m_topic, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setTopic(m_topic->currentData().toInt());
        refresh();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setStatus(m_status->currentData().toInt());
        refresh();
    });
    connect(m_audience, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setAudience(m_audience->currentData().toInt());
        refresh();
    });
    refresh();
}

VoicePane::~VoicePane()
{
    // The table's models go before the document they read.
    m_filter->setSourceModel(nullptr);
}

QString VoicePane::childName() const
{
    const QString name = m_model ? m_model->child().displayName() : QString();
    return name.isEmpty() ? tr("the child") : name;
}

void VoicePane::setCase(CaseModel *model, QUndoStack *stack)
{
    m_filter->setSourceModel(nullptr);
    delete m_source;
    m_source = nullptr;
    m_doc.reset();
    m_model = model;
    m_stack = stack;
    if (m_model) {
        m_doc = std::make_unique<VoiceDocument>(*m_model);
        connect(m_doc.get(), &VoiceDocument::failed, this,
                [this](const StorageError &e) { emit errorOccurred(e.message()); });
        m_doc->load();
        m_source = new VoiceTableModel(*m_doc, this);
        m_filter->setSourceModel(m_source);
        connect(m_source, &QAbstractItemModel::modelReset, this, [this] {
            fitColumns();
            refresh();
        });
        connect(m_model, &CaseModel::childChanged, this, &VoicePane::refresh);
        fitColumns();
    }
    refresh();
}

void VoicePane::fitColumns()
{
    // Dates, topics and who may see it are short: shown whole, whatever was added since.
    for (int column : {VoiceTableModel::DateColumn, VoiceTableModel::TopicColumn,
                       VoiceTableModel::AudienceColumn})
        m_table->resizeColumnToContents(column);
    m_table->setColumnWidth(VoiceTableModel::WordsColumn, 360);
}

void VoicePane::refresh()
{
    const QString child = childName();
    const bool open = m_doc != nullptr;
    const bool empty = !open || m_doc->entries().isEmpty();
    m_add->setText(tr("&Add what %1 said…").arg(child));
    m_add->setEnabled(open);
    m_intro->setText(empty ? tr("Nothing here yet. When %1 tells you something that matters — a "
                                "wish, a worry, a good thing — add it in their own words. Then "
                                "write down what happened because they said it.")
                                 .arg(child)
                           : tr("What %1 has said, in their own words, and what happened because "
                                "they said it.")
                                 .arg(child));
    const int waiting = open ? int(m_doc->waiting().size()) : 0;
    if (waiting != m_waitingCount) {
        m_waitingCount = waiting;
        emit waitingChanged(waiting);
    }
    m_waiting->setVisible(waiting > 0);
    m_showWaiting->setVisible(waiting > 0);
    m_waiting->setText(
        waiting == 1
            ? tr("1 thing %1 said is still waiting for an answer after a review.").arg(child)
            : tr("%1 things %2 said are still waiting for an answer after a review.")
                  .arg(waiting)
                  .arg(child));
    const bool selected = selectedId() != kNoId;
    m_edit->setEnabled(selected);
    m_answer->setEnabled(selected);
    m_remove->setEnabled(selected);
    const std::optional<VoiceEntry> chosen = selected ? m_doc->entry(selectedId()) : std::nullopt;
    m_play->setVisible(chosen && chosen->recordingId != kNoId);
    showDetails();
}

void VoicePane::showDetails()
{
    const ItemId id = selectedId();
    const std::optional<VoiceEntry> e = m_doc && id != kNoId ? m_doc->entry(id) : std::nullopt;
    if (!e) {
        QString hint;
        if (m_doc && !m_doc->entries().isEmpty())
            hint = m_filter->rowCount() == 0
                       ? tr("Nothing matches the choices above. Choose “Show all” to see "
                            "everything again.")
                       : tr("Choose something in the list to read all of it.");
        m_details->setPlainText(hint);
        return;
    }
    QHash<ItemId, Person> people;
    for (const Person &p : m_model->people())
        people.insert(p.id, p);
    QStringList lines;
    lines << (e->date.isUnknown() ? tr("Date not known") : e->date.toDisplayString());
    if (!e->prompt.isEmpty())
        lines << tr("Asked: %1").arg(e->prompt);
    if (e->declined)
        lines << tr("%1 chose not to say.").arg(childName());
    else if (!e->words.isEmpty())
        lines << (e->given == VoiceEntry::Given::Drawn ? tr("A drawing: %1").arg(e->words)
                                                       : tr("“%1”").arg(e->words));
    if (!e->feelings.isEmpty())
        lines << tr("Felt: %1").arg(VoiceRules::feelingsInWords(e->feelings));
    if (e->worrySize > 0)
        lines << VoiceRules::worryInWords(e->worrySize);
    if (e->recordingId != kNoId && e->given != VoiceEntry::Given::OwnVoice)
        lines << tr("There is a recording of this in %1's own voice.").arg(childName());
    lines << VoiceRules::attribution(*e, people, childName());
    lines << tr("Who may see it: %1").arg(VoiceRules::audiencesSummary(e->audiences));
    if (e->isAnswered()) {
        QString answer = VoiceRules::outcomeName(e->outcome);
        if (const std::optional<Event> d = m_doc->decision(e->answeredByEventId))
            answer += QStringLiteral(" — ") + d->title;
        lines << tr("What happened: %1").arg(answer);
        if (!e->answer.isEmpty())
            lines << e->answer;
        if (!e->whyNot.isEmpty())
            lines << tr("Why: %1").arg(e->whyNot);
        if (!e->toldToChild)
            lines << tr("%1 has not been told yet.").arg(childName());
        else if (e->toldOn.isValid())
            lines << tr("%1 was told on %2.")
                         .arg(childName(), FuzzyDate::day(e->toldOn).toDisplayString());
        else
            lines << tr("%1 has been told.").arg(childName());
    } else {
        lines << tr("What happened: not answered yet.");
    }
    m_details->setPlainText(lines.join(QStringLiteral("\n\n")));
}

void VoicePane::playSelected()
{
    if (m_player->isPlaying()) {
        m_player->stop();
        m_play->setText(tr("&Play the recording"));
        return;
    }
    const std::optional<VoiceEntry> e = m_doc ? m_doc->entry(selectedId()) : std::nullopt;
    if (!e || e->recordingId == kNoId)
        return;
    if (!m_player->play(m_doc->recordingBytes(e->recordingId))) {
        QMessageBox::information(this, tr("Play the recording"), m_player->errorString());
        return;
    }
    m_play->setText(tr("Sto&p playing"));
}

ItemId VoicePane::selectedId() const
{
    const QModelIndex current = m_table->selectionModel() ? m_table->currentIndex() : QModelIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), {}))
        return kNoId;
    return current.data(VoiceTableModel::IdRole).value<ItemId>();
}

void VoicePane::select(ItemId id)
{
    if (!m_source)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_source->indexOf(id));
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    refresh();
}

QStringList VoicePane::ownPrompts() const
{
    // The questions a carer writes for this child become theirs to ask again.
    QStringList prompts;
    for (const VoiceEntry &e : m_doc->entries()) {
        if (!e.prompt.isEmpty() && !prompts.contains(e.prompt))
            prompts << e.prompt;
    }
    return prompts;
}

void VoicePane::addEntry()
{
    if (!m_doc || !m_stack)
        return;
    const ChildProfile &child = m_model->child();
    VoiceEntryDialog dialog(m_model->people(), child.displayName(), child.dateOfBirth(),
                            m_doc->today(), this);
    dialog.addOwnPrompts(ownPrompts());
    if (dialog.exec() != QDialog::Accepted)
        return;
    Command::addVoiceEntry(*m_stack, *m_doc, dialog.entry(), dialog.recordingChange().recording);
    // The new entry is the one with the highest id.
    ItemId newest = kNoId;
    for (const VoiceEntry &e : m_doc->entries())
        newest = std::max(newest, e.id);
    // A filter that hides it would make it look lost: show everything again.
    m_topic->setCurrentIndex(0);
    m_status->setCurrentIndex(0);
    m_audience->setCurrentIndex(0);
    select(newest);
}

void VoicePane::editSelected()
{
    const ItemId id = selectedId();
    const std::optional<VoiceEntry> before = m_doc ? m_doc->entry(id) : std::nullopt;
    if (!before || !m_stack)
        return;
    const ChildProfile &child = m_model->child();
    VoiceEntryDialog dialog(m_model->people(), child.displayName(), child.dateOfBirth(),
                            m_doc->today(), this);
    dialog.addOwnPrompts(ownPrompts());
    dialog.setEntry(*before);
    if (before->recordingId != kNoId) {
        // Read once: its length for the dialog, its bytes if someone plays it there.
        const std::optional<Media> stored = m_doc->recording(before->recordingId);
        const QByteArray bytes = stored ? stored->data : QByteArray();
        dialog.setStoredRecording(stored ? stored->durationMs : 0, [bytes] { return bytes; });
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    Command::editVoiceEntry(*m_stack, *m_doc, dialog.entry(), dialog.recordingChange());
    select(id);
}

void VoicePane::answerSelected()
{
    const ItemId id = selectedId();
    const std::optional<VoiceEntry> before = m_doc ? m_doc->entry(id) : std::nullopt;
    if (!before || !m_stack)
        return;
    // Waiting on a review: that review is offered first (the answer still has to be written).
    VoiceEntry offered = *before;
    if (offered.answeredByEventId == kNoId)
        offered.answeredByEventId = m_doc->waiting().value(id, kNoId);
    VoiceAnswerDialog dialog(offered, m_doc->decisions(), m_model->child().displayName(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Command::answerVoiceEntry(*m_stack, *m_doc, dialog.entry());
    select(id);
}

void VoicePane::removeSelected()
{
    const ItemId id = selectedId();
    const std::optional<VoiceEntry> entry = m_doc ? m_doc->entry(id) : std::nullopt;
    if (!entry || !m_stack)
        return;
    const QString words = VoiceRules::oneLine(entry->words, 80);
    if (m_confirm && !m_confirm(tr("Remove what %1 said?").arg(childName()),
                                tr("Remove “%1”? You can undo this with Edit › Undo.").arg(words)))
        return;
    Command::removeVoiceEntry(*m_stack, *m_doc, id);
}
