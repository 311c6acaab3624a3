// SPDX-License-Identifier: GPL-3.0-or-later
#include "childmodeview.h"

#include "casemodel.h"
#include "childmapview.h"
#include "feelingpicker.h"
#include "mybookpage.h"
#include "mymemoriespage.h"
#include "mypeoplepage.h"
#include "photoimport.h"
#include "readaloud.h"
#include "recordingpanel.h"
#include "voicecommands.h"
#include "voicedocument.h"
#include "voicerules.h"

#include <QApplication>
#include <QButtonGroup>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QFont bigFont(const QFont &base, double scale)
{
    QFont f = base;
    // The easy-read font where it is installed: letters a child tells apart (b d p q, I l 1).
    if (QFontDatabase::families().contains(QStringLiteral("Andika")))
        f.setFamily(QStringLiteral("Andika"));
    f.setPointSizeF(std::max(12.0, base.pointSizeF()) * scale);
    return f;
}

} // namespace

ChildModeView::ChildModeView(QWidget *parent)
    : QWidget(parent)
    , m_reader(new ReadAloud(this))
    , m_title(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_speakerMessage(new QLabel(this))
{
    setAutoFillBackground(true);
    QPalette warm = palette();
    warm.setColor(QPalette::Window, QColor(0xfd, 0xf6, 0xe3));
    setPalette(warm);
    setFont(bigFont(font(), 1.35));

    m_title->setFont(bigFont(font(), 1.6));
    m_title->setWordWrap(true);
    auto *grownUps = new QPushButton(tr("Grown-ups"), this);
    grownUps->setObjectName(QStringLiteral("grownUps"));
    grownUps->setToolTip(tr("Back to the grown-ups' view (needs the password)"));
    grownUps->setMinimumSize(kMinTarget * 3, kMinTarget);
    connect(grownUps, &QPushButton::clicked, this, &ChildModeView::askForGrownUp);
    auto *top = new QHBoxLayout;
    top->addWidget(withSpeaker(m_title, [this] { return m_title->text(); }), 1);
    top->addWidget(grownUps, 0, Qt::AlignTop);

    m_speakerMessage->setWordWrap(true);
    m_speakerMessage->setFont(bigFont(font(), 0.8));
    m_speakerMessage->hide();

    m_say = makeSay();
    const auto speakerRow = [this](QWidget *text, const std::function<QString()> &words) {
        return withSpeaker(text, words);
    };
    const auto button = [this](const QString &text) { return bigButton(text); };
    m_people = new MyPeoplePage(speakerRow, button, this);
    m_memories = new MyMemoriesPage(speakerRow, button, this);
    m_memories->setChoosePhoto([this] {
        // The pictures folder when there is one (an empty name otherwise, not "Pictures").
        const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
        return QFileDialog::getOpenFileName(this, tr("Choose a photo"),
                                            QDir(pictures).exists() ? pictures : QDir::homePath(),
                                            PhotoImport::fileDialogFilter());
    });
    m_book = new MyBookPage(speakerRow, button, this);
    m_home = makeHome();
    m_leave = makeLeave();
    const auto backHome = [this](QPushButton *tile) {
        m_pages->setCurrentWidget(m_home);
        tile->setFocus(Qt::OtherFocusReason);
    };
    connect(m_people, &MyPeoplePage::backRequested, this,
            [this, backHome] { backHome(m_peopleTile); });
    connect(m_memories, &MyMemoriesPage::backRequested, this,
            [this, backHome] { backHome(m_memoriesTile); });
    connect(m_book, &MyBookPage::backRequested, this, [this, backHome] { backHome(m_bookTile); });
    m_pages->addWidget(m_home);
    m_pages->addWidget(m_say);
    m_pages->addWidget(m_people);
    m_pages->addWidget(m_memories);
    m_pages->addWidget(m_book);
    m_pages->addWidget(m_leave);
    // Only the page in view asks for room: a long page elsewhere must not make this one scroll.
    const auto onlyThisPage = [this](int current) {
        for (int i = 0; i < m_pages->count(); ++i) {
            const auto policy = i == current ? QSizePolicy::Preferred : QSizePolicy::Ignored;
            m_pages->widget(i)->setSizePolicy(policy, policy);
        }
        m_pages->updateGeometry();
    };
    connect(m_pages, &QStackedWidget::currentChanged, this, onlyThisPage);
    onlyThisPage(m_pages->currentIndex());
    // A message about reading aloud belongs to the page it was asked on.
    connect(m_pages, &QStackedWidget::currentChanged, m_speakerMessage, &QWidget::hide);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addLayout(top);
    layout->addWidget(m_speakerMessage);
    layout->addWidget(m_pages, 1);
    applyBigFont();

    // Where the keyboard is must be easy to see.
    setStyleSheet(QStringLiteral("QPushButton { padding: 6px 18px; }"
                                 "QPushButton:focus, QToolButton:focus { border: 3px solid "
                                 "#1a5fb4; border-radius: 4px; }"
                                 // The border takes room from the padding, not from the words.
                                 "QPushButton:focus { padding: 3px 15px; }"));

    // Escape stops the reading; it never leaves.
    auto *hush = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(hush, &QShortcut::activated, m_reader, &ReadAloud::stop);
}

ChildModeView::~ChildModeView() = default;

// The big font follows the application's (Larger Text, the easy-read font), never smaller.
void ChildModeView::applyBigFont()
{
    const QFont big = bigFont(QApplication::font(), 1.35);
    setFont(big);
    // Given to each widget that has no font of its own: under the view's style sheet an
    // inherited font does not follow a change of the application's font.
    for (QWidget *w : findChildren<QWidget *>()) {
        if (!w->testAttribute(Qt::WA_SetFont) || w->property("childModeFont").toBool()) {
            w->setFont(big);
            w->setProperty("childModeFont", true);
        }
    }
}

bool ChildModeView::event(QEvent *event)
{
    if (event->type() == QEvent::ApplicationFontChange)
        applyBigFont();
    return QWidget::event(event);
}

int ChildModeView::memoriesKept() const
{
    return m_memories->kept();
}

QString ChildModeView::title() const
{
    return m_title->text();
}

QWidget *ChildModeView::currentPage() const
{
    return m_pages->currentWidget();
}

QPushButton *ChildModeView::bigButton(const QString &text)
{
    auto *b = new QPushButton(text, this);
    b->setMinimumHeight(kMinTarget + 12);
    b->setMinimumWidth(kMinTarget * 3);
    return b;
}

QWidget *ChildModeView::withSpeaker(QWidget *text, const std::function<QString()> &words)
{
    auto *row = new QWidget(this);
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    auto *speaker = new QPushButton(row);
    speaker->setIcon(style()->standardIcon(QStyle::SP_MediaVolume));
    speaker->setIconSize(QSize(28, 28));
    speaker->setFixedSize(kMinTarget + 8, kMinTarget + 8);
    speaker->setToolTip(tr("Read this out loud"));
    speaker->setProperty("readAloud", true);
    connect(speaker, &QPushButton::clicked, this, [this, words] { speak(words()); });
    h->addWidget(speaker, 0, Qt::AlignTop);
    h->addWidget(text, 1);
    m_speakers.append({speaker, words});
    return row;
}

void ChildModeView::refreshSpeakers()
{
    // Named by what each reads, so a screen reader says which text it is for.
    for (const auto &[speaker, words] : std::as_const(m_speakers))
        speaker->setAccessibleName(tr("Read out loud: %1").arg(words()));
}

void ChildModeView::speak(const QString &words)
{
    if (m_reader->say(words)) {
        m_speakerMessage->hide();
        return;
    }
    // Told where the child and adult are looking, not in a box to dismiss.
    m_speakerMessage->setText(m_reader->problemText());
    m_speakerMessage->show();
}

QWidget *ChildModeView::makeHome()
{
    auto *page = new QWidget(this);
    auto *question = new QLabel(tr("What would you like to do?"), page);
    question->setWordWrap(true);
    auto *say = bigButton(tr("My say: tell us what you think"));
    say->setMinimumHeight(kMinTarget * 3);
    // Back where the child left off, with anything typed still there.
    connect(say, &QPushButton::clicked, this, [this] {
        if (m_prompt >= m_prompts.size() || m_progress->text().isEmpty())
            showPrompt(m_prompt >= m_prompts.size() ? 0 : m_prompt);
        else
            resumePrompt();
    });
    m_firstPlace = say;
    m_peopleTile = bigButton(tr("My people: who is close to me"));
    m_peopleTile->setMinimumHeight(kMinTarget * 3);
    connect(m_peopleTile, &QPushButton::clicked, this, [this] {
        m_people->start();
        m_pages->setCurrentWidget(m_people);
        m_people->map()->setFocus(Qt::OtherFocusReason);
    });
    m_memoriesTile = bigButton(tr("My memories: add one"));
    m_memoriesTile->setMinimumHeight(kMinTarget * 3);
    connect(m_memoriesTile, &QPushButton::clicked, this, [this] {
        m_memories->clearForm();
        m_pages->setCurrentWidget(m_memories);
        m_memories->titleEdit()->setFocus(Qt::OtherFocusReason);
    });
    m_bookTile = bigButton(tr("My book: read my story"));
    m_bookTile->setMinimumHeight(kMinTarget * 3);
    connect(m_bookTile, &QPushButton::clicked, this, [this] {
        m_pages->setCurrentWidget(m_book);
        m_book->start();
        m_book->nextButton()->setFocus(Qt::OtherFocusReason);
    });
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(withSpeaker(question, [question] { return question->text(); }));
    auto *tiles = new QGridLayout;
    tiles->addWidget(withSpeaker(m_peopleTile, [this] { return m_peopleTile->text(); }), 0, 0);
    tiles->addWidget(withSpeaker(m_memoriesTile, [this] { return m_memoriesTile->text(); }), 0, 1);
    tiles->addWidget(withSpeaker(say, [say] { return say->text(); }), 1, 0);
    tiles->addWidget(withSpeaker(m_bookTile, [this] { return m_bookTile->text(); }), 1, 1);
    layout->addLayout(tiles);
    layout->addStretch(1);
    return page;
}

QWidget *ChildModeView::makeSay()
{
    m_prompts = {
        {tr("What is good in your life right now?"), VoiceEntry::Topic::GoodThings},
        {tr("Is anything worrying you?"), VoiceEntry::Topic::Worries},
        {tr("If you could wish for anything, what would it be?"), VoiceEntry::Topic::Dreams},
        {tr("How do you feel about where you live?"), VoiceEntry::Topic::Home},
        {tr("Who would you like to see more?"), VoiceEntry::Topic::FamilyTime},
    };
    auto *page = new QWidget(this);
    m_promptLabel = new QLabel(page);
    m_promptLabel->setWordWrap(true);
    m_promptLabel->setFont(bigFont(font(), 1.3));
    m_progress = new QLabel(page);
    m_thanks = new QLabel(page);
    m_thanks->setWordWrap(true);
    m_answer = new QPlainTextEdit(page);
    m_answer->setPlaceholderText(tr("Type your words here (a grown-up can help)"));
    m_answer->setAccessibleName(tr("Your words"));
    m_answer->setTabChangesFocus(true);
    m_answer->setMinimumHeight(60);
    m_answer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    m_keep = bigButton(tr("Save my words"));
    m_keep->setDefault(true);
    auto *skip = bigButton(tr("Skip this one"));
    auto *notSaying = bigButton(tr("I don't want to say"));
    m_skip = skip;
    m_notSaying = notSaying;
    auto *home = bigButton(tr("Back"));
    m_sayHome = home;
    connect(m_answer, &QPlainTextEdit::textChanged, this, &ChildModeView::refreshKeep);
    connect(m_keep, &QPushButton::clicked, this,
            [this] { keepAnswer(m_answer->toPlainText().trimmed(), m_faces->feelings()); });
    connect(skip, &QPushButton::clicked, this, [this] {
        m_thanksRow->hide();
        showPrompt(m_prompt + 1);
    });
    // Choosing not to say is the child's answer too, and kept as theirs.
    connect(notSaying, &QPushButton::clicked, this, [this] {
        m_declining = true;
        keepAnswer({}, {});
        m_declining = false;
    });
    connect(home, &QPushButton::clicked, this, [this] {
        m_pages->setCurrentWidget(m_home);
        m_firstPlace->setFocus(Qt::OtherFocusReason);
    });

    // Faces as well as words: some children show a feeling more easily than they write it.
    auto *howTitle = new QLabel(tr("How do you feel about it? You can pick faces too."), page);
    howTitle->setWordWrap(true);
    m_faces = new FeelingPicker(page);
    m_faces->setColumns(Memory::kFeelingCount); // one row: the page fits a laptop screen
    m_faces->setQuestion(howTitle->text());
    for (QToolButton *face : m_faces->buttons()) {
        face->setIconSize(QSize(40, 40));
        face->setMinimumSize(kMinTarget + 36, kMinTarget + 16);
    }
    connect(m_faces, &FeelingPicker::changed, this, &ChildModeView::refreshKeep);

    // Or said out loud, in the child's own voice.
    m_sayRecording = new RecordingPanel(RecordingPanel::Voice::Child, page);
    for (QPushButton *b : {m_sayRecording->recordButton(), m_sayRecording->playButton()})
        b->setMinimumSize(kMinTarget * 3, kMinTarget + 12);
    connect(m_sayRecording, &RecordingPanel::changed, this, &ChildModeView::refreshKeep);

    // The worry meter, with the question about worries: how big it feels, not what it is.
    m_worryRow = new QWidget(page);
    auto *worryLayout = new QHBoxLayout(m_worryRow);
    worryLayout->setContentsMargins(0, 0, 0, 0);
    auto *worryTitle = new QLabel(tr("How big is the worry?"), m_worryRow);
    worryLayout->addWidget(withSpeaker(worryTitle, [worryTitle] { return worryTitle->text(); }));
    m_worrySizes = new QButtonGroup(this);
    m_worrySizes->setExclusive(true);
    for (int size = 1; size <= VoiceEntry::kWorrySizes; ++size) {
        auto *b = new QPushButton(VoiceRules::worrySizeName(size), m_worryRow);
        b->setCheckable(true);
        // Bigger worry, bigger button: the size is seen before it is read.
        b->setMinimumSize(kMinTarget + 12 * size, kMinTarget + 4 * size);
        b->setAccessibleName(tr("The worry is %1").arg(VoiceRules::worrySizeName(size)));
        m_worrySizes->addButton(b, size);
        worryLayout->addWidget(b, 0, Qt::AlignBottom);
    }
    worryLayout->addStretch(1);
    connect(m_worrySizes, &QButtonGroup::idClicked, this, &ChildModeView::refreshKeep);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_progress);
    layout->addWidget(withSpeaker(m_promptLabel, [this] { return m_promptLabel->text(); }));
    layout->addWidget(m_answer, 100);
    layout->addWidget(m_sayRecording);
    layout->addWidget(m_worryRow);
    m_facesRow = withSpeaker(howTitle, [howTitle] { return howTitle->text(); });
    layout->addWidget(m_facesRow);
    layout->addWidget(m_faces);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_keep);
    buttons->addWidget(skip);
    buttons->addWidget(notSaying);
    buttons->addStretch(1);
    buttons->addWidget(home);
    layout->addLayout(buttons);
    m_thanksRow = withSpeaker(m_thanks, [this] { return m_thanks->text(); });
    m_thanksRow->hide(); // until there is something to thank the child for
    // Its room is kept while hidden: the buttons above never jump from under a finger.
    QSizePolicy keepRoom = m_thanksRow->sizePolicy();
    keepRoom.setRetainSizeWhenHidden(true);
    m_thanksRow->setSizePolicy(keepRoom);
    layout->addWidget(m_thanksRow);
    layout->addStretch(1); // at the end of the questions, the words stay at the top
    return page;
}

QWidget *ChildModeView::makeLeave()
{
    auto *page = new QWidget(this);
    auto *ask = new QLabel(tr("Ask your grown-up to type the password."), page);
    ask->setWordWrap(true);
    m_passphrase = new QLineEdit(page);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Password"));
    m_passphrase->setMinimumHeight(kMinTarget);
    m_leaveProblem = new QLabel(page);
    m_leaveProblem->setWordWrap(true);
    auto *go = bigButton(tr("Go to the grown-ups' view"));
    auto *stay = bigButton(tr("Stay here"));
    connect(go, &QPushButton::clicked, this, &ChildModeView::tryLeave);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &ChildModeView::tryLeave);
    connect(stay, &QPushButton::clicked, this, [this] {
        m_passphrase->clear();
        m_pages->setCurrentWidget(m_before ? m_before : m_home);
    });
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(withSpeaker(ask, [ask] { return ask->text(); }));
    layout->addWidget(m_passphrase);
    layout->addWidget(m_leaveProblem);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(go);
    buttons->addWidget(stay);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(1);
    return page;
}

void ChildModeView::setCase(CaseModel *model, VoiceDocument *voice, QUndoStack *stack)
{
    m_model = model;
    m_voice = voice;
    m_stack = stack;
}

void ChildModeView::setChildMap(ChildMapDocument *childMap)
{
    m_people->setDocument(childMap, m_stack);
}

void ChildModeView::setMemories(TimelineDocument *timeline, CaseFile *file)
{
    m_memories->setDocument(timeline, m_stack);
    m_book->setCase(file);
}

void ChildModeView::start()
{
    const QString name = m_model ? m_model->child().displayName() : QString();
    m_title->setText(name.isEmpty() ? tr("My space") : tr("%1's space").arg(name));
    m_answer->clear();
    m_thanks->clear();
    m_thanksRow->hide();
    m_passphrase->clear();
    m_leaveProblem->clear();
    m_speakerMessage->hide();
    m_before = nullptr;
    m_pages->setCurrentWidget(m_home);
    m_prompt = 0;
    m_kept = 0;
    m_memories->start();
    m_faces->setFeelings({});
    m_progress->clear();
    refreshSpeakers();
    m_peopleTile->setFocus(Qt::OtherFocusReason); // the first place; Space or Enter goes in
}

void ChildModeView::askForGrownUp()
{
    if (m_pages->currentWidget() != m_leave)
        m_before = m_pages->currentWidget();
    m_passphrase->clear();
    m_leaveProblem->clear();
    m_pages->setCurrentWidget(m_leave);
    m_passphrase->setFocus();
}

void ChildModeView::resumePrompt()
{
    m_pages->setCurrentWidget(m_say);
    m_answer->setFocus();
}

QString ChildModeView::childName() const
{
    return m_model ? m_model->child().displayName() : QString();
}

void ChildModeView::refreshKeep()
{
    // Thanks belong to the answer before: gone once the child starts on this one.
    if (!m_answer->toPlainText().isEmpty() || !m_faces->feelings().isEmpty() ||
        m_sayRecording->isBusy() || m_sayRecording->hasRecording() || m_worrySizes->checkedId() > 0)
        m_thanksRow->hide();
    m_keep->setEnabled(!m_answer->toPlainText().trimmed().isEmpty() ||
                       !m_faces->feelings().isEmpty() || m_sayRecording->hasRecording() ||
                       m_worrySizes->checkedId() > 0);
}

void ChildModeView::showPrompt(int index)
{
    m_pages->setCurrentWidget(m_say);
    m_answer->clear();
    m_faces->setFeelings({});
    m_sayRecording->clear();
    m_worrySizes->setExclusive(false); // so that none is checked
    for (QAbstractButton *b : m_worrySizes->buttons())
        b->setChecked(false);
    m_worrySizes->setExclusive(true);
    m_keep->setEnabled(false);
    if (index >= m_prompts.size()) {
        m_prompt = int(m_prompts.size());
        m_promptLabel->setText(tr("That's all the questions for now. Thank you for telling us."));
        m_progress->clear();
        // Nothing left to answer: only the thanks and the way back.
        for (QWidget *w : std::initializer_list<QWidget *>{
                 m_answer, m_faces, m_facesRow, m_sayRecording, m_skip, m_notSaying, m_keep})
            w->hide();
        m_worryRow->hide();
        m_sayHome->setFocus(Qt::OtherFocusReason);
        refreshSpeakers();
        return;
    }
    m_prompt = index;
    for (QWidget *w : std::initializer_list<QWidget *>{m_answer, m_faces, m_facesRow,
                                                       m_sayRecording, m_skip, m_notSaying, m_keep})
        w->show();
    m_worryRow->setVisible(m_prompts[index].topic == VoiceEntry::Topic::Worries);
    m_promptLabel->setText(m_prompts[index].text);
    m_progress->setText(tr("Question %1 of %2").arg(index + 1).arg(m_prompts.size()));
    m_answer->setFocus();
    refreshSpeakers();
}

void ChildModeView::keepAnswer(const QString &words, const QList<Memory::Feeling> &feelings)
{
    const std::optional<Media> recording =
        m_declining ? std::nullopt : m_sayRecording->newRecording();
    const int worry = m_declining ? 0 : std::max(0, m_worrySizes->checkedId());
    if (!m_voice || !m_stack || m_prompt >= m_prompts.size() ||
        (words.isEmpty() && feelings.isEmpty() && !recording && worry == 0 && !m_declining) ||
        m_sayRecording->isBusy())
        return;
    VoiceEntry e;
    const QDate today = m_voice->today();
    e.date = FuzzyDate::day(today.year(), today.month(), today.day());
    e.prompt = m_prompts[m_prompt].text;
    e.topic = m_prompts[m_prompt].topic;
    e.words = words;
    e.feelings = feelings;
    e.given = recording ? VoiceEntry::Given::OwnVoice : VoiceEntry::Given::TypedByChild;
    e.declined = m_declining; // a choice, not words the child said
    e.worrySize = worry;
    // Who may see it is the child's choice, asked with an adult afterwards: nobody yet.
    e.audiences = 0;
    Command::addVoiceEntry(*m_stack, *m_voice, e, recording);
    m_sayRecording->clear();
    m_thanks->setText(m_declining ? tr("That's fine. You don't have to say.")
                      : recording ? tr("Thank you. Your voice is saved.")
                                  : tr("Thank you. Your words are saved."));
    m_thanksRow->setVisible(!m_thanks->text().isEmpty());
    ++m_kept;
    showPrompt(m_prompt + 1);
}

void ChildModeView::tryLeave()
{
    const QString given = m_passphrase->text();
    m_passphrase->clear();
    if (m_check && !given.isEmpty() && m_check(given)) {
        emit leaveAllowed();
        return;
    }
    m_leaveProblem->setText(tr("That is not the password. Ask your grown-up to try again."));
    m_passphrase->setFocus();
}
