// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>
#include <QStringList>

#include <functional>

// widgets: small pieces every feature's dialogs share (below the features, above core).
//
// GuardedDialog is a dialog that never throws away what was typed without asking: Cancel,
// Escape or the close button on a dialog whose fields changed since it opened asks first
// ("Throw away what you typed?"). A stray Space on a focused Cancel loses nothing.
class GuardedDialog : public QDialog
{
    Q_OBJECT

public:
    // Asks whether to throw the changes away; true = yes. The app installs its own (which
    // tests can answer in advance); the default asks with a message box.
    using AskDiscard = std::function<bool(QWidget *parent)>;
    static void setAskDiscard(AskDiscard ask);
    static QString discardTitle();
    static QString discardQuestion();

    explicit GuardedDialog(QWidget *parent = nullptr);

    // Whether any field differs from when the dialog was shown.
    bool hasChanges() const;
    void reject() override;

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    // Lays the dialog out as `body` in a scroll area above `footer` (a message and the
    // buttons), so the buttons stay on screen whatever the language or text size. Keeps the
    // Tab order the widgets had.
    void setScrollingBody(QLayout *body, const QList<QWidget *> &footer);
    // Opens as large as the content wants, but never larger than the screen (with room for a
    // title bar): beyond that the body scrolls.
    void fitToScreen();
    // Shows a problem (or, empty, clears it) in the footer's message label. A screen reader
    // does not read a label that changes, and a disabled OK is not in the Tab order, so the
    // problem is also the description of the field being typed in while it lasts: the reader
    // says it there (a new description of the focused control is spoken).
    void showMessage(class QLabel *label, const QString &text);

private:
    QStringList snapshot() const;
    QList<QWidget *> focusChain() const;

    class QScrollArea *m_scroll = nullptr;
    QPointer<QWidget> m_describedField; // the field carrying the message, and what it said
    QString m_fieldDescription;
    QStringList m_shown;
    bool m_snapshotTaken = false;
};
