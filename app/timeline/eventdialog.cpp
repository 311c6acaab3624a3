// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventdialog.h"

#include "fuzzydateedit.h"
#include "peoplechecklist.h"
#include "vocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

EventDialog::EventDialog(const TimelineDocument &doc, QWidget *parent)
    : GuardedDialog(parent)
    , m_type(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_date(new FuzzyDateEdit(this))
    , m_people(new PeopleChecklist(doc.people(), tr("Who was involved"), this))
    , m_details(new QPlainTextEdit(this))
    , m_outcome(new QPlainTextEdit(this))
    , m_source(new QLineEdit(this))
    , m_impact(new QPlainTextEdit(this))
    , m_private(new QCheckBox(tr("Keep &private (leave out of every book)"), this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("An event"));
    for (int t = 0; t < Event::kTypeCount; ++t)
        m_type->addItem(Vocabulary::eventTypeName(Event::Type(t)), t);
    m_type->setAccessibleName(tr("Kind of event"));
    m_title->setMaxLength(160);
    m_title->setPlaceholderText(tr("For example: Contact with Mum at the family centre"));
    m_title->setAccessibleName(tr("What happened"));
    m_date->lineEdit()->setAccessibleName(tr("When"));
    const QDate birth = doc.child().dateOfBirth();
    const QDate today = doc.today();
    m_date->setCheck(
        [birth, today](const FuzzyDate &d) { return DateCheck::pointInLife(d, birth, today); });
    for (QPlainTextEdit *e : {m_details, m_outcome, m_impact}) {
        e->setTabChangesFocus(true);
        e->setMaximumHeight(64);
    }
    m_outcome->setPlaceholderText(tr("For contact: how it went"));
    m_source->setPlaceholderText(tr("Document or reference, for the chronology"));
    m_impact->setPlaceholderText(tr("Optional: what this meant for the child"));
    m_message->setStyleSheet(QStringLiteral("color: #b3261e"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_type);
    form->addRow(tr("&What happened:"), m_title);
    form->addRow(tr("Wh&en:"), m_date);
    form->addRow(tr("W&ho:"), m_people);
    form->addRow(tr("&Details:"), m_details);
    form->addRow(tr("How it we&nt:"), m_outcome);
    form->addRow(tr("&Source:"), m_source);
    form->addRow(tr("&Impact on the child:"), m_impact);
    form->addRow(m_private);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &EventDialog::validate);
    connect(m_date, &FuzzyDateEdit::changed, this, &EventDialog::validate);

    setScrollingBody(form, {m_message, buttons});
    setMinimumWidth(540);
    // Wide enough for the longest words, as tall as the fields, never taller than the screen.
    fitToScreen();
    validate();
}

void EventDialog::setEvent(const Event &event)
{
    m_event = event;
    m_type->setCurrentIndex(int(event.type));
    m_title->setText(event.title);
    m_date->setDate(event.date);
    m_people->setChecked(event.peopleIds);
    m_details->setPlainText(event.details);
    m_outcome->setPlainText(event.outcome);
    m_source->setText(event.source);
    m_impact->setPlainText(event.impactOnChild);
    m_private->setChecked(event.isPrivate);
    validate();
}

Event EventDialog::event() const
{
    Event e = m_event;
    e.type = Event::Type(m_type->currentData().toInt());
    e.title = m_title->text().trimmed();
    e.date = m_date->date().value_or(FuzzyDate());
    e.peopleIds = m_people->checked();
    e.details = m_details->toPlainText().trimmed();
    e.outcome = m_outcome->toPlainText().trimmed();
    e.source = m_source->text().trimmed();
    e.impactOnChild = m_impact->toPlainText().trimmed();
    e.isPrivate = m_private->isChecked();
    return e;
}

void EventDialog::validate()
{
    QString problem;
    if (m_title->text().trimmed().isEmpty())
        problem = tr("Say briefly what happened first.");
    else if (!m_date->isAcceptable())
        problem = tr("Check the date above.");
    showMessage(m_message, problem);
    m_ok->setEnabled(problem.isEmpty());
}
