// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutchilddialog.h"

#include "dialogs.h"
#include "fuzzydateedit.h"
#include "photoimport.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr int kPhotoSide = 96;
}

AboutChildDialog::AboutChildDialog(QWidget *parent)
    : GuardedDialog(parent)
    , m_photo(new QLabel(this))
    , m_choosePhoto(new QPushButton(tr("C&hoose a photo…"), this))
    , m_removePhoto(new QPushButton(tr("Take the photo a&way"), this))
    , m_knownAs(new QLineEdit(this))
    , m_born(new FuzzyDateEdit(this))
    , m_pronouns(new QLineEdit(this))
    , m_allAboutMe(new QPlainTextEdit(this))
    , m_fullName(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("About the child"));
    for (QLineEdit *e : {m_knownAs, m_fullName})
        e->setMaxLength(kMaxNameLength);
    m_knownAs->setAccessibleName(tr("The name they like to be called"));
    m_knownAs->setPlaceholderText(tr("For example: Maisie"));
    m_fullName->setAccessibleName(tr("Full name"));
    m_born->lineEdit()->setAccessibleName(tr("When they were born"));
    m_pronouns->setMaxLength(kMaxNameLength);
    m_pronouns->setPlaceholderText(tr("For example: she/her, he/him, they/them"));
    m_pronouns->setAccessibleName(tr("Pronouns"));
    m_allAboutMe->setPlaceholderText(
        tr("What I like, what I'm good at, what makes me laugh, what I want to be…"));
    m_allAboutMe->setAccessibleName(tr("All about me"));
    m_allAboutMe->setTabChangesFocus(true);
    m_allAboutMe->setMinimumHeight(80);
    m_photo->setFixedSize(kPhotoSide, kPhotoSide);
    m_photo->setAlignment(Qt::AlignCenter);
    m_photo->setFrameShape(QFrame::StyledPanel);
    m_photo->setAccessibleName(tr("Photo"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e"));

    auto *form = new QFormLayout;
    form->addRow(tr("The name they like to be &called:"), m_knownAs);
    form->addRow(tr("When were they &born?"), m_born);
    form->addRow(tr("&Pronouns:"), m_pronouns);
    form->addRow(tr("&All about me:"), m_allAboutMe);
    form->addRow(tr("&Full name:"), m_fullName);

    auto *photoButtons = new QVBoxLayout;
    photoButtons->addWidget(m_choosePhoto);
    photoButtons->addWidget(m_removePhoto);
    photoButtons->addStretch();
    auto *photoRow = new QHBoxLayout;
    photoRow->addWidget(m_photo);
    photoRow->addLayout(photoButtons);
    photoRow->addStretch();
    form->insertRow(0, tr("Photo:"), photoRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_knownAs, &QLineEdit::textChanged, this, &AboutChildDialog::validate);
    connect(m_fullName, &QLineEdit::textChanged, this, &AboutChildDialog::validate);
    connect(m_born, &FuzzyDateEdit::changed, this, &AboutChildDialog::validate);
    connect(m_choosePhoto, &QPushButton::clicked, this, [this] {
        const QString path =
            Dialogs::openFileName(this, tr("Choose a photo"), PhotoImport::fileDialogFilter());
        if (!path.isEmpty())
            choosePhotoFile(path);
    });
    connect(m_removePhoto, &QPushButton::clicked, this, [this] {
        m_newPhoto.reset();
        m_photoRemoved = true;
        showPhoto({});
    });

    setScrollingBody(form, {m_message, buttons});
    setMinimumWidth(560);
    fitToScreen();
    showPhoto({});
    validate();
    m_knownAs->setFocus(); // the name first; the photo buttons above are one Shift+Tab away
}

void AboutChildDialog::setChild(const ChildProfile &child, const QImage &photo)
{
    m_child = child;
    m_knownAs->setText(child.knownAs);
    m_fullName->setText(child.fullName);
    m_born->setDate(child.born);
    m_pronouns->setText(child.pronouns);
    m_allAboutMe->setPlainText(child.allAboutMe);
    const QString name = child.displayName();
    setWindowTitle(name.isEmpty() ? tr("About the child") : tr("About %1").arg(name));
    showPhoto(photo);
}

ChildProfile AboutChildDialog::child() const
{
    ChildProfile c = m_child;
    c.knownAs = m_knownAs->text().trimmed();
    c.fullName = m_fullName->text().trimmed();
    c.born = m_born->date().value_or(m_child.born);
    c.pronouns = m_pronouns->text().trimmed();
    c.allAboutMe = m_allAboutMe->toPlainText().trimmed();
    return c;
}

bool AboutChildDialog::choosePhotoFile(const QString &path)
{
    const PhotoImport::Result result = PhotoImport::fromFile(path);
    if (!result.ok()) {
        showMessage(m_message, result.error);
        return false;
    }
    m_newPhoto = result.media;
    m_photoRemoved = false;
    showPhoto(QImage::fromData(result.media->thumbnail));
    validate();
    return true;
}

void AboutChildDialog::showPhoto(const QImage &image)
{
    if (image.isNull()) {
        m_photo->setPixmap({});
        m_photo->setText(tr("No photo yet"));
        m_photo->setWordWrap(true);
    } else {
        m_photo->setPixmap(QPixmap::fromImage(
            image.scaled(kPhotoSide, kPhotoSide, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    }
    m_removePhoto->setEnabled(!image.isNull());
}

void AboutChildDialog::validate()
{
    QString problem;
    if (m_knownAs->text().trimmed().isEmpty() && m_fullName->text().trimmed().isEmpty())
        problem = tr("Type a name first — the one they like to be called.");
    else if (!m_born->isAcceptable())
        problem = tr("The birthday is not clear yet: try “12 May 2015”, “spring 2015” or "
                     "“about 2015”, or leave it empty.");
    showMessage(m_message, problem);
    m_ok->setEnabled(problem.isEmpty());
}
