// SPDX-License-Identifier: GPL-3.0-or-later
#include "newstorydialog.h"

#include "aboutchilddialog.h"
#include "fuzzydateedit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

NewStoryDialog::NewStoryDialog(QWidget *parent)
    : GuardedDialog(parent)
    , m_name(new QLineEdit(this))
    , m_born(new FuzzyDateEdit(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Start a new life story"));
    auto *intro =
        new QLabel(tr("Whose life story is this? You can add everything else later."), this);
    intro->setWordWrap(true);
    m_name->setMaxLength(AboutChildDialog::kMaxNameLength);
    m_name->setAccessibleName(tr("The name they like to be called"));
    m_name->setPlaceholderText(tr("For example: Maisie"));
    m_born->lineEdit()->setAccessibleName(tr("When they were born (you can skip this)"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e"));

    auto *form = new QFormLayout;
    form->addRow(tr("The name they like to be &called:"), m_name);
    form->addRow(tr("When were they &born? (you can skip this)"), m_born);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Next"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &NewStoryDialog::validate);
    connect(m_born, &FuzzyDateEdit::changed, this, &NewStoryDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    resize(sizeHint().expandedTo(minimumSize()));
    validate();
}

QString NewStoryDialog::name() const
{
    return m_name->text().trimmed();
}

FuzzyDate NewStoryDialog::born() const
{
    return m_born->date().value_or(FuzzyDate());
}

void NewStoryDialog::validate()
{
    QString problem;
    if (name().isEmpty())
        problem = tr("Type their name to go on — the one they like to be called.");
    else if (!m_born->isAcceptable())
        problem = tr("The birthday is not clear yet: try “12 May 2015”, “spring 2015” or "
                     "“about 2015”, or leave it empty.");
    showMessage(m_message, problem);
    m_ok->setEnabled(problem.isEmpty());
}
