// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "guardeddialog.h"

class QLabel;
class QLineEdit;
class QDialogButtonBox;

// Asks for a passphrase: once to open a story, or twice (with a check that they match and are
// long enough) to protect a new one. The text is wiped from the fields when the dialog closes.
class PassphraseDialog : public GuardedDialog
{
    Q_OBJECT

public:
    // Current: the passphrase a story has now, asked before it may be changed.
    // OtherCopy: opening another copy to bring its changes in (the open story stays open).
    // NewCopy: choosing a passphrase for a copy of the open story (as Create, in its words).
    enum class Mode { Open, Create, Current, OtherCopy, NewCopy };
    static constexpr int kMinimumLength = 8;

    PassphraseDialog(Mode mode, const QString &storyName, QWidget *parent = nullptr);
    ~PassphraseDialog() override;
    void reject() override;

    // Hands the passphrase over and clears the fields.
    QString takePassphrase();
    void showError(const QString &message);

private:
    void validate();

    bool creates() const { return m_mode == Mode::Create || m_mode == Mode::NewCopy; }
    Mode m_mode;
    QLineEdit *m_passphrase;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};
