// SPDX-License-Identifier: GPL-3.0-or-later
#include "courtdetailsdialog.h"

#include "fuzzydateedit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

CourtDetailsDialog::CourtDetailsDialog(QWidget *parent)
    : GuardedDialog(parent)
    , m_court(new QLineEdit(this))
    , m_caseNumber(new QLineEdit(this))
    , m_hearing(new FuzzyDateEdit(this))
    , m_author(new QLineEdit(this))
    , m_role(new QLineEdit(this))
    , m_organisation(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Court or review details"));
    constexpr int kMaxLength = 160;
    for (QLineEdit *e : {m_court, m_caseNumber, m_author, m_role, m_organisation})
        e->setMaxLength(kMaxLength);
    m_court->setPlaceholderText(tr("For example: Cardiff Family Court, or Looked-after review"));
    m_court->setAccessibleName(tr("Court or review"));
    m_caseNumber->setAccessibleName(tr("Case number"));
    m_hearing->lineEdit()->setAccessibleName(tr("Date of the hearing or review"));
    m_author->setAccessibleName(tr("Prepared by"));
    m_role->setPlaceholderText(tr("For example: Social worker"));
    m_role->setAccessibleName(tr("Their role"));
    m_organisation->setAccessibleName(tr("Organisation"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e"));
    auto *intro = new QLabel(tr("Printed on the cover of the court and review pack; the case "
                                "number is also printed at the foot of every page."),
                             this);
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(intro);
    form->addRow(tr("&Court or review:"), m_court);
    form->addRow(tr("Case &number:"), m_caseNumber);
    form->addRow(tr("&Hearing or review date:"), m_hearing);
    form->addRow(tr("&Prepared by:"), m_author);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Organisation:"), m_organisation);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_hearing, &FuzzyDateEdit::changed, this, &CourtDetailsDialog::validate);
    setScrollingBody(form, {m_message, buttons});
    setMinimumWidth(520);
    fitToScreen();
    validate();
}

void CourtDetailsDialog::setDetails(const CourtDetails &details)
{
    m_details = details;
    m_court->setText(details.court);
    m_caseNumber->setText(details.caseNumber);
    m_hearing->setDate(details.hearing);
    m_author->setText(details.author);
    m_role->setText(details.authorRole);
    m_organisation->setText(details.organisation);
}

CourtDetails CourtDetailsDialog::details() const
{
    CourtDetails d;
    d.court = m_court->text().trimmed();
    d.caseNumber = m_caseNumber->text().trimmed();
    d.hearing = m_hearing->date().value_or(m_details.hearing);
    d.author = m_author->text().trimmed();
    d.authorRole = m_role->text().trimmed();
    d.organisation = m_organisation->text().trimmed();
    return d;
}

void CourtDetailsDialog::validate()
{
    const bool ok = m_hearing->isAcceptable();
    showMessage(m_message,
                ok ? QString()
                   : tr("The date is not clear yet: try “12 May 2027” or leave it empty."));
    m_ok->setEnabled(ok);
}
