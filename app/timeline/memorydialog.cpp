// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorydialog.h"

#include "feelingicon.h"
#include "feelingpicker.h"
#include "fuzzydateedit.h"
#include "peoplechecklist.h"
#include "photoimport.h"
#include "vocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

MemoryDialog::MemoryDialog(const TimelineDocument &doc, QWidget *parent)
    : GuardedDialog(parent)
    , m_doc(doc)
    , m_title(new QLineEdit(this))
    , m_date(new FuzzyDateEdit(this))
    , m_words(new QPlainTextEdit(this))
    , m_recording(new RecordingPanel(RecordingPanel::Voice::Adult, this))
    , m_people(new PeopleChecklist(doc.people(), tr("Who was there"), this))
    , m_placement(new QComboBox(this))
    , m_photoList(new QListWidget(this))
    , m_addPhotos(new QPushButton(tr("Add &photos…"), this))
    , m_removePhoto(new QPushButton(tr("Take photo &out"), this))
    , m_private(new QCheckBox(tr("Keep pri&vate (leave out of every book)"), this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("A memory"));
    setAcceptDrops(true);
    const QString child = doc.child().displayName();
    m_title->setMaxLength(120);
    m_title->setPlaceholderText(tr("For example: My first bike"));
    m_title->setAccessibleName(tr("What to call this memory"));
    m_date->lineEdit()->setAccessibleName(tr("When it happened"));
    const QDate birth = doc.child().dateOfBirth();
    const QDate today = doc.today();
    m_date->setCheck([birth, today](const FuzzyDate &date) {
        return DateCheck::pointInLife(date, birth, today);
    });
    m_words->setPlaceholderText(tr("What happened? What do you remember most?"));
    m_words->setAccessibleName(tr("%1's own words").arg(child));
    m_words->setTabChangesFocus(true);
    m_words->setMinimumHeight(90);

    auto *feelings = new FeelingPicker(this);
    m_feelings = feelings;

    m_placement->setAccessibleName(tr("Where %1 was living").arg(child));
    m_placement->addItem(QString(), QVariant::fromValue(kNoId));
    for (const Placement &p : doc.placements())
        m_placement->addItem(p.placeName, QVariant::fromValue(p.id));

    m_photoList->setViewMode(QListView::IconMode);
    m_photoList->setIconSize(QSize(96, 96));
    m_photoList->setMovement(QListView::Static);
    m_photoList->setFixedHeight(130);
    m_photoList->setAccessibleName(tr("Photos"));
    m_photoList->setToolTip(tr("Drag photos here, or use Add photos"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    auto *photoButtons = new QHBoxLayout;
    photoButtons->addWidget(m_addPhotos);
    photoButtons->addWidget(m_removePhoto);
    photoButtons->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name it:"), m_title);
    form->addRow(tr("&When:"), m_date);
    form->addRow(tr("In %1's wo&rds:").arg(child), m_words);
    form->addRow(tr("In %1's own voice:").arg(child), m_recording);
    connect(m_recording, &RecordingPanel::changed, this, &MemoryDialog::validate);
    form->addRow(tr("How did it feel?"), feelings);
    feelings->setQuestion(tr("How did it feel?"));
    form->addRow(tr("W&ho was there:"), m_people);
    form->addRow(tr("Where %1 was &living:").arg(child), m_placement);
    auto *photos = new QVBoxLayout;
    photos->addWidget(m_photoList);
    photos->addLayout(photoButtons);
    form->addRow(tr("Photos:"), photos);
    form->addRow(m_private);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &MemoryDialog::validate);
    connect(m_words, &QPlainTextEdit::textChanged, this, &MemoryDialog::validate);
    connect(m_date, &FuzzyDateEdit::changed, this, [this] {
        refreshPlacementHint();
        validate();
    });
    connect(m_addPhotos, &QPushButton::clicked, this, [this] {
        const QStringList files =
            m_choosePhotos ? m_choosePhotos()
                           : QFileDialog::getOpenFileNames(
                                 this, tr("Add photos"),
                                 QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                                 PhotoImport::fileDialogFilter());
        addPhotoFiles(files);
    });
    connect(m_removePhoto, &QPushButton::clicked, this, [this] {
        const int row = m_photoList->currentRow();
        if (row >= 0 && row < m_photos.size()) {
            m_photos.removeAt(row);
            refreshPhotos();
            validate();
        }
    });

    setScrollingBody(form, {m_message, buttons});
    setMinimumWidth(580);
    // Wide enough for the longest words, as tall as the fields, never taller than the screen.
    fitToScreen();
    refreshPlacementHint();
    validate();
}

void MemoryDialog::setMemory(const TimelineDocument::MemoryWithPhotos &memory)
{
    m_memory = memory.memory;
    m_photos = memory.photos;
    m_title->setText(m_memory.title);
    m_date->setDate(m_memory.date);
    m_words->setPlainText(m_memory.childsWords);
    m_feelings->setFeelings(m_memory.feelings);
    m_people->setChecked(m_memory.peopleIds);
    const int placement = m_placement->findData(QVariant::fromValue(m_memory.placementId));
    m_placement->setCurrentIndex(std::max(0, placement));
    m_private->setChecked(m_memory.isPrivate);
    if (memory.recording) {
        const QByteArray bytes = memory.recording->data;
        m_recording->showStored(memory.recording->durationMs, [bytes] { return bytes; });
    }
    refreshPhotos();
    refreshPlacementHint();
    validate();
}

Memory MemoryDialog::memory() const
{
    Memory m = m_memory;
    m.title = m_title->text().trimmed();
    m.date = m_date->date().value_or(FuzzyDate());
    m.childsWords = m_words->toPlainText().trimmed();
    m.feelings = m_feelings->feelings();
    m.peopleIds = m_people->checked();
    m.placementId = m_placement->currentData().value<ItemId>();
    m.isPrivate = m_private->isChecked();
    m.mediaIds.clear();
    for (const Media &photo : m_photos)
        m.mediaIds << photo.id;
    return m;
}

QString MemoryDialog::message() const
{
    return m_message->text();
}

void MemoryDialog::addPhotoFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    QStringList problems;
    QProgressDialog progress(tr("Adding photos…"), tr("Stop"), 0, int(paths.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    bool dateOffered = false;
    for (int i = 0; i < paths.size(); ++i) {
        progress.setValue(i);
        if (progress.wasCanceled())
            break;
        const PhotoImport::Result r = PhotoImport::fromFile(paths[i]);
        if (!r.ok()) {
            problems << r.error;
            continue;
        }
        m_photos << *r.media;
        // The camera's date is offered when nobody has typed one yet.
        if (!dateOffered && !r.takenOn.isUnknown() && m_date->date() &&
            m_date->date()->isUnknown()) {
            m_date->setDate(r.takenOn);
            dateOffered = true;
        }
    }
    progress.setValue(int(paths.size()));
    refreshPhotos();
    validate();
    QStringList lines = problems;
    if (dateOffered)
        lines.prepend(tr("The date comes from when the photo was taken. Change it if it's wrong."));
    showMessage(m_message, lines.join(QLatin1Char('\n')));
    m_message->setStyleSheet(problems.isEmpty() ? QStringLiteral("color: #5f6670")
                                                : QStringLiteral("color: #b3261e"));
}

void MemoryDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MemoryDialog::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            files << url.toLocalFile();
    }
    event->acceptProposedAction();
    addPhotoFiles(files);
}

void MemoryDialog::refreshPhotos()
{
    m_photoList->clear();
    for (const Media &photo : std::as_const(m_photos)) {
        QImage thumb = QImage::fromData(photo.thumbnail);
        auto *item = new QListWidgetItem(QIcon(QPixmap::fromImage(thumb)), QString(), m_photoList);
        item->setToolTip(photo.originalName);
        item->setData(Qt::AccessibleTextRole,
                      photo.originalName.isEmpty() ? tr("Photo") : photo.originalName);
    }
    m_removePhoto->setEnabled(!m_photos.isEmpty());
}

void MemoryDialog::refreshPlacementHint()
{
    Memory probe;
    probe.date = m_date->date().value_or(FuzzyDate());
    const QString inferred = m_doc.placementName(m_doc.history().placementAt(probe.date));
    m_placement->setItemText(0, inferred.isEmpty()
                                    ? tr("Work it out from the date")
                                    : tr("Work it out from the date (%1)").arg(inferred));
}

void MemoryDialog::validate()
{
    const bool hasSomething = !m_title->text().trimmed().isEmpty() ||
                              !m_words->toPlainText().trimmed().isEmpty() || !m_photos.isEmpty() ||
                              m_recording->hasRecording();
    m_ok->setEnabled(hasSomething && m_date->isAcceptable() && !m_recording->isBusy());
}
