// SPDX-License-Identifier: GPL-3.0-or-later
#include "mnemonicfocus.h"

#include <QAbstractButton>
#include <QEvent>
#include <QLabel>

namespace {

// Turns a label's Alt key into "move focus to the buddy", without the click.
class FocusOnly : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Shortcut) {
            if (auto *label = qobject_cast<QLabel *>(watched); label && label->buddy()) {
                label->buddy()->setFocus(Qt::ShortcutFocusReason);
                return true;
            }
        }
        return false;
    }
};

FocusOnly *focusOnly()
{
    static FocusOnly filter;
    return &filter;
}

} // namespace

void MnemonicFocus::point(QLabel *label, QWidget *field)
{
    QWidget *target = field;
    if (field && field->focusPolicy() == Qt::NoFocus && field->focusProxy())
        target = field->focusProxy();
    label->setBuddy(target);
    label->removeEventFilter(focusOnly());
    if (target != field && qobject_cast<QAbstractButton *>(target))
        label->installEventFilter(focusOnly());
}

void MnemonicFocus::pointAll(QWidget *root)
{
    for (QLabel *label : root->findChildren<QLabel *>()) {
        QWidget *buddy = label->buddy();
        if (buddy && buddy->focusPolicy() == Qt::NoFocus && buddy->focusProxy())
            point(label, buddy);
    }
}
