// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "childprofile.h"
#include "media.h"

#include "guardeddialog.h"

#include <optional>

class FuzzyDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// "About Maisie": the child's own details — the name they like, their birthday (fuzzy is
// fine), pronouns, a photo and "all about me" — in words a child and carer fill in together,
// the full name and the words for reviews after.
class AboutChildDialog : public GuardedDialog
{
    Q_OBJECT

public:
    static constexpr int kMaxNameLength = 80;

    explicit AboutChildDialog(QWidget *parent = nullptr);

    // `photo` is the child's current thumbnail (null: none yet).
    void setChild(const ChildProfile &child, const QImage &photo);
    ChildProfile child() const; // photo id as given to setChild()
    // A new photo chosen in the dialog, or nullopt.
    const std::optional<Media> &newPhoto() const { return m_newPhoto; }
    bool photoRemoved() const { return m_photoRemoved; }
    // Reads a photo as the "Choose a photo…" button does; the error is shown in the dialog.
    bool choosePhotoFile(const QString &path);

    QLineEdit *knownAsEdit() const { return m_knownAs; }
    FuzzyDateEdit *bornEdit() const { return m_born; }
    QPlainTextEdit *allAboutMeEdit() const { return m_allAboutMe; }

private:
    void validate();
    void showPhoto(const QImage &image);

    ChildProfile m_child;
    std::optional<Media> m_newPhoto;
    bool m_photoRemoved = false;
    // In the order they are shown, which is the order Tab takes.
    QLabel *m_photo;
    QPushButton *m_choosePhoto;
    QPushButton *m_removePhoto;
    QLineEdit *m_knownAs;
    FuzzyDateEdit *m_born;
    QLineEdit *m_pronouns;
    QPlainTextEdit *m_allAboutMe;
    QLineEdit *m_fullName;
    QLabel *m_message;
    QPushButton *m_ok;
};
