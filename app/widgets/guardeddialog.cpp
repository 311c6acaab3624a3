// SPDX-License-Identifier: GPL-3.0-or-later
#include "guardeddialog.h"

#include "mnemonicfocus.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QTextEdit>
#include <QVBoxLayout>

namespace {

GuardedDialog::AskDiscard &askDiscard()
{
    static GuardedDialog::AskDiscard ask = [](QWidget *parent) {
        return QMessageBox::question(parent, GuardedDialog::discardTitle(),
                                     GuardedDialog::discardQuestion(),
                                     QMessageBox::Discard | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Discard;
    };
    return ask;
}

} // namespace

QString GuardedDialog::discardTitle()
{
    return tr("Throw away what you typed?");
}

QString GuardedDialog::discardQuestion()
{
    return tr("You have typed or changed something here. Close without keeping it?");
}

void GuardedDialog::setAskDiscard(AskDiscard ask)
{
    askDiscard() = std::move(ask);
}

GuardedDialog::GuardedDialog(QWidget *parent)
    : QDialog(parent)
{}

namespace {

// A widget and the fields inside it (a group box's, a date field's line edit), top to bottom.
void collectWidget(QWidget *w, QList<QWidget *> &out);

// The widgets of a layout in the order they are shown: a form row by row, label then field.
void collectLayout(QLayout *layout, QList<QWidget *> &out)
{
    if (!layout)
        return;
    const auto collectItem = [&out](QLayoutItem *item) {
        if (!item)
            return;
        if (item->widget())
            collectWidget(item->widget(), out);
        else if (item->layout())
            collectLayout(item->layout(), out);
    };
    if (auto *form = qobject_cast<QFormLayout *>(layout)) {
        for (int row = 0; row < form->rowCount(); ++row) {
            collectItem(form->itemAt(row, QFormLayout::LabelRole));
            collectItem(form->itemAt(row, QFormLayout::FieldRole));
            collectItem(form->itemAt(row, QFormLayout::SpanningRole));
        }
        return;
    }
    for (int i = 0; i < layout->count(); ++i)
        collectItem(layout->itemAt(i));
}

void collectWidget(QWidget *w, QList<QWidget *> &out)
{
    if (auto *scroll = qobject_cast<QScrollArea *>(w)) {
        if (scroll->widget())
            collectWidget(scroll->widget(), out);
        return;
    }
    if (w->focusPolicy() & Qt::TabFocus) {
        out << w; // a field is one stop, whatever it is made of
        return;
    }
    if (w->layout()) {
        collectLayout(w->layout(), out);
        return;
    }
    for (QWidget *child : w->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (child->focusPolicy() & Qt::TabFocus)
            out << child;
    }
}

} // namespace

QList<QWidget *> GuardedDialog::focusChain() const
{
    QList<QWidget *> chain;
    collectLayout(layout(), chain);
    return chain;
}

void GuardedDialog::setScrollingBody(QLayout *body, const QList<QWidget *> &footer)
{
    auto *page = new QWidget;
    page->setLayout(body);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(page);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The scroll area is a frame, not a field: Tab goes straight from field to field (and
    // scrolls the focused field into view by itself).
    m_scroll->setFocusPolicy(Qt::NoFocus);
    page->setFocusPolicy(Qt::NoFocus);
    // Scrolling the form must never change a choice the pointer happens to pass over (seen:
    // "Worries" became "Something else"): a list or number turns with the wheel only once it
    // has been clicked or tabbed into.
    for (QWidget *w : page->findChildren<QWidget *>()) {
        if (qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)) {
            w->setFocusPolicy(Qt::StrongFocus);
            w->installEventFilter(this);
        }
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_scroll, 1);
    for (QWidget *w : footer)
        layout->addWidget(w);
    // Tab goes the way the page reads (the order the fields were made in is not that).
    const QList<QWidget *> chain = focusChain();
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain[i - 1], chain[i]);
    // Round again from the last button to the first field (Qt otherwise resumed part-way down).
    if (chain.size() > 1)
        setTabOrder(chain.last(), chain.first());
    // ...and the dialog opens in its first field, not on a button.
    for (QWidget *w : chain) {
        if ((w->focusPolicy() & Qt::TabFocus) && page->isAncestorOf(w)) {
            w->setFocus();
            break;
        }
    }
}

void GuardedDialog::fitToScreen()
{
    constexpr int kTitleBar = 40;
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 720);
    QSize want = sizeHint();
    if (m_scroll) {
        // The scroll area asks for little; ask for the whole body instead.
        const QSize outside = sizeHint() - m_scroll->sizeHint();
        const QSize page = m_scroll->widget()->sizeHint();
        want = QSize(outside.width() + page.width() +
                         m_scroll->verticalScrollBar()->sizeHint().width(),
                     outside.height() + page.height());
    }
    want = want.expandedTo(minimumSize())
               .boundedTo(QSize(available.width(), available.height() - kTitleBar));
    resize(want);
}

bool GuardedDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel && m_scroll) {
        auto *w = qobject_cast<QWidget *>(watched);
        if (w && !w->hasFocus()) {
            QCoreApplication::sendEvent(m_scroll->verticalScrollBar(), event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void GuardedDialog::showMessage(QLabel *label, const QString &text)
{
    label->setText(text);
    QWidget *field = focusWidget();
    if (m_describedField && (m_describedField != field || text.isEmpty())) {
        m_describedField->setAccessibleDescription(m_fieldDescription);
        m_describedField = nullptr;
    }
    if (text.isEmpty() || !field || field == label || !isAncestorOf(field))
        return;
    if (!m_describedField) {
        m_describedField = field;
        m_fieldDescription = field->accessibleDescription();
    }
    if (field->accessibleDescription() != text)
        field->setAccessibleDescription(text);
}

void GuardedDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_snapshotTaken) {
        // Alt+W on "When:" did nothing: labels of fields made of parts point at the part.
        MnemonicFocus::pointAll(this);
        m_shown = snapshot();
        m_snapshotTaken = true;
    }
}

QStringList GuardedDialog::snapshot() const
{
    // The state of every field, in one comparable list. Labels and buttons that only act
    // are not state; tick boxes and radio buttons are.
    QStringList state;
    for (const QWidget *w : findChildren<QWidget *>()) {
        if (const auto *e = qobject_cast<const QLineEdit *>(w); e && !e->isReadOnly())
            state << e->text();
        else if (const auto *p = qobject_cast<const QPlainTextEdit *>(w); p && !p->isReadOnly())
            state << p->toPlainText();
        else if (const auto *t = qobject_cast<const QTextEdit *>(w); t && !t->isReadOnly())
            state << t->toHtml();
        else if (const auto *c = qobject_cast<const QComboBox *>(w))
            state << QString::number(c->currentIndex());
        else if (const auto *d = qobject_cast<const QDateTimeEdit *>(w))
            state << d->dateTime().toString(Qt::ISODate);
        else if (const auto *b = qobject_cast<const QAbstractButton *>(w); b && b->isCheckable())
            state << QString::number(b->isChecked());
        else if (const auto *l = qobject_cast<const QListWidget *>(w)) {
            state << QString::number(l->count());
            for (int i = 0; i < l->count(); ++i)
                state << QString::number(int(l->item(i)->checkState()));
        }
    }
    return state;
}

bool GuardedDialog::hasChanges() const
{
    return m_snapshotTaken && snapshot() != m_shown;
}

void GuardedDialog::reject()
{
    if (hasChanges() && !askDiscard()(this))
        return;
    QDialog::reject();
}
