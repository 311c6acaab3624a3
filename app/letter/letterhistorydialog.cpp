// SPDX-License-Identifier: GPL-3.0-or-later
#include "letterhistorydialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

LetterHistoryDialog::LetterHistoryDialog(const QList<LetterVersion> &versions, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_text(new QTextBrowser(this))
{
    setWindowTitle(tr("History of the letter"));
    auto *changes = new QLabel(tr("&Changes, newest first:"), this);
    changes->setBuddy(m_list);
    m_list->setAccessibleName(tr("Changes, newest first"));
    m_text->setAccessibleName(tr("The letter after this change"));
    const QLocale locale;
    for (qsizetype i = versions.size() - 1; i >= 0; --i) {
        const LetterVersion &v = versions.at(i);
        const QString when = locale.toString(v.at.toLocalTime(), QLocale::ShortFormat);
        auto *item = new QListWidgetItem(v.by.isEmpty() ? tr("%1: %2").arg(when, v.what)
                                                        : tr("%1, %2: %3").arg(when, v.by, v.what),
                                         m_list);
        item->setData(Qt::UserRole, v.text);
    }
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        const QListWidgetItem *item = m_list->item(row);
        m_text->setPlainText(item ? item->data(Qt::UserRole).toString() : QString());
    });
    auto *split = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(split);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(changes);
    topLayout->addWidget(m_list);
    split->addWidget(top);
    split->addWidget(m_text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(720, 520);
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}
