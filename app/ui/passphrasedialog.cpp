// SPDX-License-Identifier: GPL-3.0-or-later
#include "passphrasedialog.h"

#include "securebytes.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

PassphraseDialog::PassphraseDialog(Mode mode, const QString &storyName, QWidget *parent)
    : GuardedDialog(parent)
    , m_mode(mode)
    , m_passphrase(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(mode == Mode::Open        ? tr("Open a life story")
                   : mode == Mode::Current   ? tr("Change the passphrase")
                   : mode == Mode::OtherCopy ? tr("The other copy’s passphrase")
                   : mode == Mode::NewCopy   ? tr("The copy’s passphrase")
                                             : tr("Protect this life story"));
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    if (mode == Mode::Open) {
        intro->setText(tr("Type the passphrase for “%1”.").arg(storyName));
    } else if (mode == Mode::NewCopy) {
        intro->setText(tr("Choose a passphrase for the copy, “%1”. It can be different from this "
                          "story’s, so the copy can be given to someone without sharing yours. "
                          "Nobody can open the copy without it.")
                           .arg(storyName));
    } else if (mode == Mode::OtherCopy) {
        intro->setText(tr("Type the passphrase for “%1”, the copy to bring changes in from. "
                          "Your own story stays open.")
                           .arg(storyName));
    } else if (mode == Mode::Current) {
        intro->setText(tr("First, type the passphrase “%1” has now.").arg(storyName));
    } else {
        intro->setText(tr("Choose a passphrase for this life story. Nobody can open it without "
                          "the passphrase — not even Belonging — so keep it somewhere safe. A "
                          "few unusual words together make a good one."));
    }
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), m_passphrase);
    if (creates()) {
        m_confirm = new QLineEdit(this);
        m_confirm->setEchoMode(QLineEdit::Password);
        m_confirm->setAccessibleName(tr("Passphrase again"));
        form->addRow(tr("&Again:"), m_confirm);
        connect(m_confirm, &QLineEdit::textChanged, this, &PassphraseDialog::validate);
    }
    connect(m_passphrase, &QLineEdit::textChanged, this, &PassphraseDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    // Tab follows the page: the field, "Again", then the buttons. (The buttons were made
    // first, so without this Tab jumped from the passphrase straight to Cancel.)
    if (m_confirm) {
        setTabOrder(m_passphrase, m_confirm);
        setTabOrder(m_confirm, m_buttons);
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(420);
    // Setting a minimum sized the dialog already; open it wide enough for the longest words.
    resize(sizeHint().expandedTo(minimumSize()));
    validate();
}

PassphraseDialog::~PassphraseDialog()
{
    takePassphrase();
}

void PassphraseDialog::reject()
{
    // Opening: a typed passphrase is nothing to keep. Creating: the story waits on it.
    if (!creates())
        QDialog::reject();
    else
        GuardedDialog::reject();
}

void PassphraseDialog::validate()
{
    QString problem;
    const qsizetype length = m_passphrase->text().size();
    if (creates()) {
        if (length > 0 && length < kMinimumLength)
            problem = tr("Use at least %n characters.", nullptr, kMinimumLength);
        else if (length > 0 && !m_confirm->text().isEmpty() &&
                 m_confirm->text() != m_passphrase->text())
            problem = tr("The two passphrases are not the same yet.");
    }
    if (!problem.isEmpty() || creates())
        showMessage(m_message, problem);
    const bool ok = !creates()
                        ? length > 0
                        : (length >= kMinimumLength && m_confirm->text() == m_passphrase->text());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

void PassphraseDialog::showError(const QString &message)
{
    showMessage(m_message, message);
    // A wrapped message needs more height than the dialog opened with: grow, never clip it.
    if (const int needed = heightForWidth(width()); needed > height())
        resize(width(), needed);
    m_passphrase->selectAll();
    m_passphrase->setFocus();
}

QString PassphraseDialog::takePassphrase()
{
    QString text = m_passphrase->text();
    // QLineEdit keeps its own buffer: overwrite it before clearing.
    m_passphrase->setText(QString(text.size(), QLatin1Char(' ')));
    m_passphrase->clear();
    if (m_confirm) {
        m_confirm->setText(QString(m_confirm->text().size(), QLatin1Char(' ')));
        m_confirm->clear();
    }
    return text;
}
