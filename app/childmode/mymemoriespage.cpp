// SPDX-License-Identifier: GPL-3.0-or-later
#include "mymemoriespage.h"

#include "feelingpicker.h"
#include "photoimport.h"
#include "recordingpanel.h"
#include "timelinecommands.h"
#include "timelinedocument.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

MyMemoriesPage::MyMemoriesPage(const WithSpeaker &withSpeaker, const BigButton &bigButton,
                               QWidget *parent)
    : QWidget(parent)
    , m_title(new QLineEdit(this))
    , m_photoButton(bigButton(tr("Add a photo")))
    , m_photo(new QLabel(this))
    , m_faces(new FeelingPicker(this))
    , m_words(new QPlainTextEdit(this))
    , m_recording(new RecordingPanel(RecordingPanel::Voice::Child, this))
    , m_keep(bigButton(tr("Save my memory")))
    , m_back(bigButton(tr("Back")))
    , m_thanks(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setAcceptDrops(true);
    auto *nameTitle = new QLabel(tr("What is your memory called?"), this);
    nameTitle->setWordWrap(true);
    m_title->setAccessibleName(nameTitle->text());
    m_title->setPlaceholderText(tr("For example: My first bike"));
    m_title->setMinimumHeight(44);
    m_title->setMaxLength(120);
    m_photo->setFixedSize(120, 90);
    m_photo->setAlignment(Qt::AlignCenter);
    m_photo->setAccessibleName(tr("The photo"));
    auto *howTitle = new QLabel(tr("How does it make you feel?"), this);
    howTitle->setWordWrap(true);
    m_faces->setQuestion(howTitle->text());
    for (QToolButton *face : m_faces->buttons()) {
        face->setIconSize(QSize(32, 32));
        face->setMinimumSize(64, 48);
    }
    m_words->setPlaceholderText(tr("Tell us about it (a grown-up can help you type)"));
    m_words->setAccessibleName(tr("Your words"));
    m_words->setTabChangesFocus(true);
    m_words->setMinimumHeight(60);
    // It takes the room that is left: asking for its usual size made the page scroll.
    m_words->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    for (QPushButton *b : {m_recording->recordButton(), m_recording->playButton()})
        b->setMinimumSize(132, 56);
    m_keep->setEnabled(false);
    m_thanks->setWordWrap(true);
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(withSpeaker(nameTitle, [nameTitle] { return nameTitle->text(); }));
    nameRow->addWidget(m_title, 1);
    auto *photoRow = new QHBoxLayout;
    photoRow->addWidget(m_photoButton, 0, Qt::AlignTop);
    photoRow->addWidget(m_photo, 0, Qt::AlignTop);
    photoRow->addSpacing(24);
    photoRow->addWidget(m_recording, 1, Qt::AlignTop);
    auto *feelings = new QHBoxLayout;
    feelings->addWidget(withSpeaker(howTitle, [howTitle] { return howTitle->text(); }));
    feelings->addWidget(m_faces, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_keep);
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(nameRow);
    layout->addLayout(photoRow);
    layout->addWidget(m_problem);
    layout->addLayout(feelings);
    layout->addWidget(m_words, 1);
    layout->addLayout(buttons);
    m_thanksRow = withSpeaker(m_thanks, [this] { return m_thanks->text(); });
    m_thanksRow->hide(); // until there is something to thank the child for
    layout->addWidget(m_thanksRow);

    connect(m_title, &QLineEdit::textChanged, this, &MyMemoriesPage::refresh);
    connect(m_words, &QPlainTextEdit::textChanged, this, &MyMemoriesPage::refresh);
    connect(m_faces, &FeelingPicker::changed, this, &MyMemoriesPage::refresh);
    connect(m_recording, &RecordingPanel::changed, this, &MyMemoriesPage::refresh);
    connect(m_photoButton, &QPushButton::clicked, this, [this] {
        if (m_choose)
            addPhoto(m_choose());
    });
    connect(m_keep, &QPushButton::clicked, this, &MyMemoriesPage::keep);
    connect(m_back, &QPushButton::clicked, this, &MyMemoriesPage::backRequested);
}

void MyMemoriesPage::setDocument(TimelineDocument *timeline, QUndoStack *stack)
{
    m_timeline = timeline;
    m_stack = stack;
}

void MyMemoriesPage::start()
{
    clearForm();
    m_kept = 0;
}

void MyMemoriesPage::clearForm()
{
    m_title->clear();
    m_words->clear();
    m_faces->setFeelings({});
    m_recording->clear();
    m_photos.clear();
    m_photo->clear();
    m_thanks->clear();
    m_thanksRow->hide();
    m_problem->hide();
    refresh();
}

bool MyMemoriesPage::addPhoto(const QString &path)
{
    if (path.isEmpty())
        return false;
    const PhotoImport::Result r = PhotoImport::fromFile(path);
    if (!r.ok()) {
        m_problem->setText(tr("That photo could not be used. Try another one."));
        m_problem->show();
        return false;
    }
    m_problem->hide();
    m_photos = {*r.media}; // one photo a memory here: an adult can add more later
    QPixmap thumb;
    thumb.loadFromData(r.media->thumbnail);
    m_photo->setPixmap(
        thumb.scaled(m_photo->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    refresh();
    return true;
}

void MyMemoriesPage::refresh()
{
    const bool something = !m_title->text().trimmed().isEmpty() ||
                           !m_words->toPlainText().trimmed().isEmpty() || !m_photos.isEmpty() ||
                           m_recording->hasRecording();
    m_keep->setEnabled(something && !m_recording->isBusy() && m_timeline && m_stack);
}

void MyMemoriesPage::keep()
{
    if (!m_timeline || !m_stack || m_recording->isBusy())
        return;
    Memory m;
    m.title = m_title->text().trimmed();
    m.childsWords = m_words->toPlainText().trimmed();
    m.feelings = m_faces->feelings();
    // When it happened, and who was there, are for an adult to add with the child later.
    Command::addMemory(*m_stack, *m_timeline, m, m_photos, m_recording->newRecording());
    ++m_kept;
    clearForm();
    m_thanks->setText(tr("Your memory is saved. You can add another one."));
    m_thanksRow->show();
    m_title->setFocus();
}

void MyMemoriesPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MyMemoriesPage::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile() && addPhoto(url.toLocalFile()))
            break;
    }
}
