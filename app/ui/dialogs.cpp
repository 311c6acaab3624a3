// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs.h"

#include "handoverdialog.h"
#include "newstorydialog.h"

#include <QAbstractButton>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QUrl>

QMessageBox::StandardButton Dialogs::question(QWidget *parent, const QString &title,
                                              const QString &text,
                                              QMessageBox::StandardButtons buttons,
                                              QMessageBox::StandardButton defaultButton)
{
    if (s_nextAnswer) {
        const auto answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void Dialogs::information(QWidget *parent, const QString &title, const QString &text)
{
    s_lastInformation = text;
    if (s_suppressWarnings)
        return;
    QMessageBox::information(parent, title, text);
}

void Dialogs::warning(QWidget *parent, const QString &title, const QString &text)
{
    s_lastWarning = text;
    if (s_suppressWarnings)
        return;
    QMessageBox::warning(parent, title, text);
}

QString Dialogs::openFileName(QWidget *parent, const QString &title, const QString &filter,
                              const QString &folder)
{
    if (s_nextFileName) {
        const QString path = *s_nextFileName;
        s_nextFileName.reset();
        return path;
    }
    return QFileDialog::getOpenFileName(parent, title, folder, filter, nullptr,
                                        s_privateFileDialogs ? QFileDialog::DontUseNativeDialog
                                                             : QFileDialog::Options());
}

QString Dialogs::saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                              const QString &filter)
{
    if (s_nextFileName) {
        const QString path = *s_nextFileName;
        s_nextFileName.reset();
        return path;
    }
    return QFileDialog::getSaveFileName(parent, title, suggested, filter, nullptr,
                                        s_privateFileDialogs ? QFileDialog::DontUseNativeDialog
                                                             : QFileDialog::Options());
}

std::optional<QString> Dialogs::passphrase(QWidget *parent, PassphraseDialog::Mode mode,
                                           const QString &storyName, const QString &error)
{
    if (s_scripted) {
        if (s_passphrases.isEmpty())
            return std::nullopt;
        return s_passphrases.takeFirst();
    }
    PassphraseDialog dialog(mode, storyName, parent);
    if (!error.isEmpty())
        dialog.showError(error);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.takePassphrase();
}

std::optional<Dialogs::NewStory> Dialogs::newStory(QWidget *parent)
{
    if (s_scripted) {
        if (s_texts.isEmpty())
            return std::nullopt;
        return NewStory{s_texts.takeFirst().trimmed(), FuzzyDate()};
    }
    NewStoryDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return NewStory{dialog.name(), dialog.born()};
}

QMessageBox::StandardButton Dialogs::exportDone(QWidget *parent, const QString &path)
{
    QMessageBox::StandardButton answer = QMessageBox::Close;
    if (s_nextAnswer) {
        answer = *s_nextAnswer;
        s_nextAnswer.reset();
    } else {
        QMessageBox box(QMessageBox::Information, tr("Saved"),
                        tr("Saved “%1”.").arg(QFileInfo(path).fileName()),
                        QMessageBox::Open | QMessageBox::Apply | QMessageBox::Close, parent);
        box.button(QMessageBox::Apply)->setText(tr("Show in &folder"));
        box.setDefaultButton(QMessageBox::Open);
        answer = QMessageBox::StandardButton(box.exec());
    }
    if (answer == QMessageBox::Open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    else if (answer == QMessageBox::Apply)
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
    return answer;
}

std::optional<QString> Dialogs::text(QWidget *parent, const QString &title, const QString &label)
{
    if (s_scripted) {
        if (s_texts.isEmpty())
            return std::nullopt;
        return s_texts.takeFirst();
    }
    bool ok = false;
    const QString answer = QInputDialog::getText(parent, title, label, QLineEdit::Normal, {}, &ok);
    if (!ok)
        return std::nullopt;
    return answer;
}

std::optional<QString> Dialogs::handoverPassphrase(QWidget *parent, const QString &copyName)
{
    if (s_scripted) {
        if (s_passphrases.isEmpty())
            return std::nullopt;
        return s_passphrases.takeFirst();
    }
    HandoverPassphraseDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    if (dialog.wantsOwn())
        return passphrase(parent, PassphraseDialog::Mode::NewCopy, copyName, {});
    return dialog.passphrase();
}

void Dialogs::handoverLetter(QWidget *parent, const HandoverRecord &record)
{
    s_lastHandoverLetter = record.letter;
    if (s_scripted)
        return;
    HandoverLetterDialog dialog(record, parent);
    dialog.exec();
}

bool Dialogs::offerHandoverSheet(QWidget *parent, const QString &title, const QString &text)
{
    if (s_nextAnswer) {
        const bool save = *s_nextAnswer == QMessageBox::Save;
        s_nextAnswer.reset();
        return save;
    }
    QMessageBox box(QMessageBox::Information, title, text, QMessageBox::Save | QMessageBox::Close,
                    parent);
    box.button(QMessageBox::Save)->setText(tr("Save the &Hand-over Sheet…"));
    box.setDefaultButton(QMessageBox::Save);
    return box.exec() == QMessageBox::Save;
}
