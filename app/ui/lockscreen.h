// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

// What the window shows while a life story is locked: nothing of the story (not even its
// name), a passphrase field, and a way to close it instead.
class LockScreen : public QWidget
{
    Q_OBJECT

public:
    explicit LockScreen(QWidget *parent = nullptr);

    void reset(const QString &problem = {});
    QLineEdit *passphraseEdit() const { return m_passphrase; }
    QPushButton *unlockButton() const { return m_unlock; }
    QString problem() const;

signals:
    void unlockRequested(const QString &passphrase);
    void closeRequested();

private:
    QLineEdit *m_passphrase;
    QPushButton *m_unlock;
    QPushButton *m_close;
    QLabel *m_problem;
};
