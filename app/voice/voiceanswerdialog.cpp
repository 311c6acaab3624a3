// SPDX-License-Identifier: GPL-3.0-or-later
#include "voiceanswerdialog.h"

#include "fuzzydateedit.h"
#include "jargonhighlighter.h"
#include "voicerules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

VoiceAnswerDialog::VoiceAnswerDialog(const VoiceEntry &entry, const QList<Event> &decisions,
                                     const QString &childName, QWidget *parent)
    : GuardedDialog(parent)
    , m_entry(entry)
    , m_decision(new QComboBox(this))
    , m_outcome(new QComboBox(this))
    , m_answer(new QPlainTextEdit(this))
    , m_whyNot(new QPlainTextEdit(this))
    , m_told(new QCheckBox(this))
    , m_toldOn(new FuzzyDateEdit(this))
    , m_message(new QLabel(this))
{
    m_child = childName.isEmpty() ? tr("the child") : childName;
    const QString &child = m_child;
    setWindowTitle(tr("What happened because %1 said this").arg(child));

    auto *said = new QLabel(tr("“%1”").arg(entry.words), this);
    said->setWordWrap(true);
    said->setTextFormat(Qt::PlainText);
    said->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont quote = said->font();
    quote.setItalic(true);
    said->setFont(quote);
    said->setMaximumHeight(said->fontMetrics().lineSpacing() * 6);
    said->setAccessibleName(tr("What %1 said").arg(child));

    m_decision->addItem(tr("Not linked to a review or hearing"), QVariant::fromValue(kNoId));
    for (const Event &e : decisions) {
        const QString date = e.date.isUnknown() ? QString() : e.date.toDisplayString();
        const QString title = e.title.isEmpty() ? tr("A review") : e.title;
        m_decision->addItem(date.isEmpty() ? title : tr("%1, %2").arg(title, date),
                            QVariant::fromValue(e.id));
    }
    m_decision->setCurrentIndex(
        std::max(0, m_decision->findData(QVariant::fromValue(entry.answeredByEventId))));
    m_decision->setAccessibleName(tr("The review or hearing that decided"));
    // "Not answered yet" first, as it is until someone chooses.
    for (VoiceEntry::Outcome o : {VoiceEntry::Outcome::NotAnswered, VoiceEntry::Outcome::Done,
                                  VoiceEntry::Outcome::Partly, VoiceEntry::Outcome::NotPossible})
        m_outcome->addItem(VoiceRules::outcomeName(o), int(o));
    m_outcome->setCurrentIndex(std::max(0, m_outcome->findData(int(entry.outcome))));
    m_outcome->setAccessibleName(tr("What was done"));
    m_answer->setPlainText(entry.answer);
    m_answer->setPlaceholderText(tr("For example: You said you wanted to see Tyler more. The "
                                    "review agreed: every two weeks from June."));
    m_answer->setAccessibleName(tr("The answer, in words %1 understands").arg(child));
    m_answer->setTabChangesFocus(true);
    // The answer is written to the child: care-system words are underlined as in the letter.
    new JargonHighlighter(m_answer);
    m_answer->setMinimumHeight(80);
    m_whyNot->setPlainText(entry.whyNot);
    m_whyNot->setAccessibleName(tr("Why it was not done, or only partly"));
    m_whyNot->setTabChangesFocus(true);
    m_whyNot->setMaximumHeight(70);
    m_told->setText(tr("%1 has been &told the answer").arg(child));
    m_told->setChecked(entry.toldToChild);
    m_toldOn->setDate(entry.toldOn.isValid() ? FuzzyDate::day(entry.toldOn) : FuzzyDate());
    m_toldOn->setEmptyMeaning(tr("Empty: the day was not written down"));
    m_toldOn->lineEdit()->setAccessibleName(tr("The day %1 was told").arg(child));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e"));

    auto *form = new QFormLayout;
    form->addRow(said);
    form->addRow(tr("&Decided at:"), m_decision);
    form->addRow(tr("What was d&one:"), m_outcome);
    form->addRow(tr("The &answer, for %1:").arg(child), m_answer);
    form->addRow(tr("&Why not:"), m_whyNot);
    form->addRow(m_told);
    form->addRow(tr("Told o&n:"), m_toldOn);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &VoiceAnswerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &VoiceAnswerDialog::refreshEnabled);
    connect(m_told, &QCheckBox::toggled, this, &VoiceAnswerDialog::refreshEnabled);

    setScrollingBody(form, {m_message, buttons});
    setMinimumWidth(560);
    fitToScreen();
    refreshEnabled();
}

void VoiceAnswerDialog::refreshEnabled()
{
    const auto outcome = VoiceEntry::Outcome(m_outcome->currentData().toInt());
    m_whyNot->setEnabled(outcome == VoiceEntry::Outcome::Partly ||
                         outcome == VoiceEntry::Outcome::NotPossible);
    m_toldOn->setEnabled(m_told->isChecked());
}

VoiceEntry VoiceAnswerDialog::entry() const
{
    VoiceEntry e = m_entry;
    e.answeredByEventId = m_decision->currentData().value<ItemId>();
    e.outcome = VoiceEntry::Outcome(m_outcome->currentData().toInt());
    e.answer = m_answer->toPlainText().trimmed();
    e.whyNot = m_whyNot->isEnabled() ? m_whyNot->toPlainText().trimmed() : QString();
    e.toldToChild = m_told->isChecked();
    e.toldOn = QDate();
    if (e.toldToChild) {
        e.toldOn = m_toldOn->exactDay().value_or(QDate());
    }
    return e;
}

QString VoiceAnswerDialog::problem() const
{
    const VoiceEntry e = entry();
    // Seen: "Partly done" and "has been told" saved with no answer at all — a record that a
    // child was told, and nothing saying what.
    const bool answering =
        e.outcome != VoiceEntry::Outcome::NotAnswered || e.toldToChild || !e.whyNot.isEmpty();
    if (answering && e.answer.isEmpty())
        return tr("Write the answer, in words %1 understands.").arg(m_child);
    if (!e.answer.isEmpty() && e.outcome == VoiceEntry::Outcome::NotAnswered)
        return tr("Choose what was done: done, partly done, or not possible.");
    if ((e.outcome == VoiceEntry::Outcome::Partly ||
         e.outcome == VoiceEntry::Outcome::NotPossible) &&
        e.whyNot.isEmpty())
        return tr("Say why it could not be done, or only partly.");
    if (m_told->isChecked() && !m_toldOn->exactDay())
        return tr("Give the day %1 was told, like %2, or leave it empty.")
            .arg(m_child, FuzzyDate::numericExample());
    return {};
}

QString VoiceAnswerDialog::message() const
{
    return m_message->text();
}

void VoiceAnswerDialog::accept()
{
    const QString p = problem();
    if (!p.isEmpty()) {
        showMessage(m_message, p);
        return;
    }
    QDialog::accept();
}
