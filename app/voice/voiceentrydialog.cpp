// SPDX-License-Identifier: GPL-3.0-or-later
#include "voiceentrydialog.h"

#include "datecheck.h"
#include "feelingpicker.h"
#include "fuzzydateedit.h"
#include "peoplechecklist.h"
#include "voicerules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
void fillPeople(QComboBox *box, const QList<Person> &people, const QString &none)
{
    box->addItem(none, QVariant::fromValue(kNoId));
    for (const Person &p : people) {
        if (p.role == Person::Role::Pet || p.role == Person::Role::Place)
            continue;
        box->addItem(p.displayName(), QVariant::fromValue(p.id));
    }
}
} // namespace

VoiceEntryDialog::VoiceEntryDialog(const QList<Person> &people, const QString &childName,
                                   QDate birth, QDate today, QWidget *parent)
    : GuardedDialog(parent)
    , m_child(childName.isEmpty() ? tr("the child") : childName)
    , m_date(new FuzzyDateEdit(this))
    , m_prompt(new QComboBox(this))
    , m_words(new QPlainTextEdit(this))
    , m_recording(new RecordingPanel(RecordingPanel::Voice::Adult, this))
    , m_given(new QComboBox(this))
    , m_saidTo(new QComboBox(this))
    , m_writtenBy(new QComboBox(this))
    , m_present(new PeopleChecklist(people, tr("Who else was there"), this))
    , m_topic(new QComboBox(this))
    , m_feelings(new FeelingPicker(this))
    , m_readBack(new QComboBox(this))
    , m_readBackOn(new FuzzyDateEdit(this))
    , m_migrated(new QLabel(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("What %1 said").arg(m_child));
    m_date->lineEdit()->setAccessibleName(tr("When it was said"));
    m_date->setCheck([birth, today](const FuzzyDate &date) {
        return DateCheck::pointInLife(date, birth, today);
    });
    m_prompt->setEditable(true);
    m_prompt->addItem(QString());
    m_prompt->addItems(VoiceRules::prompts());
    m_prompt->setCurrentIndex(0);
    m_prompt->lineEdit()->setPlaceholderText(tr("Choose a question, write your own, or leave it"));
    m_prompt->lineEdit()->setMaxLength(300);
    m_prompt->setAccessibleName(tr("What was asked"));
    m_prompt->setInsertPolicy(QComboBox::NoInsert);
    m_words->setPlaceholderText(
        tr("Write %1's words exactly as they said them. Don't tidy them up.").arg(m_child));
    m_words->setAccessibleName(tr("%1's own words").arg(m_child));
    m_words->setTabChangesFocus(true);
    m_words->setMinimumHeight(100);
    // Room for a few sentences; "who may see it" should be in sight without scrolling far.
    m_words->setMaximumHeight(150);
    for (int g = 0; g < VoiceEntry::kGivenCount; ++g)
        m_given->addItem(VoiceRules::givenName(VoiceEntry::Given(g)), g);
    m_given->setAccessibleName(tr("How it was given"));
    fillPeople(m_saidTo, people, tr("Not recorded"));
    m_saidTo->setAccessibleName(tr("Who it was said to"));
    fillPeople(m_writtenBy, people, tr("Not recorded"));
    m_writtenBy->setAccessibleName(tr("Who wrote it down"));
    m_present->setMaximumHeight(110);
    for (int t = 0; t < VoiceEntry::kTopicCount; ++t)
        m_topic->addItem(VoiceRules::topicName(VoiceEntry::Topic(t)), t);
    m_topic->setAccessibleName(tr("What it is about"));
    m_readBack->addItem(tr("Not yet"), int(VoiceEntry::ReadBack::NotYet));
    m_readBack->addItem(tr("Yes, and %1 agreed it was right").arg(m_child),
                        int(VoiceEntry::ReadBack::Agreed));
    m_readBack->addItem(tr("Yes, but %1 did not agree it was right").arg(m_child),
                        int(VoiceEntry::ReadBack::NotAgreed));
    m_readBack->setAccessibleName(tr("Read back to %1").arg(m_child));
    m_readBackOn->lineEdit()->setAccessibleName(tr("The day it was read back"));
    m_readBackOn->setEmptyMeaning(tr("Empty: the day was not written down"));

    auto *who = new QGroupBox(tr("Who did %1 say may see it?").arg(m_child), this);
    auto *whoLayout = new QVBoxLayout(who);
    for (VoiceEntry::Audience a : VoiceRules::audiences()) {
        auto *box = new QCheckBox(VoiceRules::audienceName(a, true), who);
        box->setProperty("audience", int(a));
        box->setToolTip(VoiceRules::audienceName(a, false));
        whoLayout->addWidget(box);
        m_audiences << box;
    }
    // Below the box, not in it: a wrapped label inside a group box was cut off in Arabic.
    auto *askNote = new QLabel(tr("Ask %1. Until someone asks, leave these empty: it stays in "
                                  "this story file and goes in no book.")
                                   .arg(m_child),
                               this);
    askNote->setWordWrap(true);
    askNote->setStyleSheet(QStringLiteral("color: #5f6670"));
    m_migrated->setWordWrap(true);
    m_migrated->setStyleSheet(QStringLiteral("color: #5f6670"));
    m_migrated->setText(tr("This came from the single \"wishes and feelings\" box of an older "
                           "version of Belonging. Add when it was said, if you know."));
    m_migrated->hide();
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e"));

    auto *form = new QFormLayout;
    form->addRow(m_migrated);
    form->addRow(tr("&When was it said?"), m_date);
    form->addRow(tr("What was &asked:"), m_prompt);
    auto *wordsLabel = new QLabel(tr("In %1's w&ords:").arg(m_child), this);
    wordsLabel->setBuddy(m_words);
    form->addRow(wordsLabel, m_words);
    form->addRow(tr("In %1's own voice:").arg(m_child), m_recording);
    // A recording made here is the child's own voice: said so, unless someone chose otherwise.
    connect(m_recording, &RecordingPanel::changed, this, [this] {
        if (m_recording->newRecording() &&
            m_given->currentData().toInt() == int(VoiceEntry::Given::NotRecorded))
            m_given->setCurrentIndex(m_given->findData(int(VoiceEntry::Given::OwnVoice)));
        if (!m_message->text().isEmpty() && problem().isEmpty())
            m_message->clear();
    });
    // A drawing is described by the adult, in their words, not the child's.
    connect(m_given, &QComboBox::currentIndexChanged, this, [this, wordsLabel] {
        const bool drawn = m_given->currentData().toInt() == int(VoiceEntry::Given::Drawn);
        wordsLabel->setText(drawn ? tr("What the draw&ing shows:")
                                  : tr("In %1's w&ords:").arg(m_child));
        m_words->setAccessibleName(drawn ? tr("What the drawing shows")
                                         : tr("%1's own words").arg(m_child));
    });
    form->addRow(tr("How it was &given:"), m_given);
    form->addRow(tr("&Said to:"), m_saidTo);
    form->addRow(tr("Written &down by:"), m_writtenBy);
    form->addRow(tr("Who else was t&here:"), m_present);
    form->addRow(tr("What it is a&bout:"), m_topic);
    form->addRow(tr("How did %1 feel?").arg(m_child), m_feelings);
    m_feelings->setQuestion(tr("How did %1 feel?").arg(m_child));
    form->addRow(tr("&Read back to %1?").arg(m_child), m_readBack);
    form->addRow(tr("O&n:"), m_readBackOn);
    form->addRow(who);
    form->addRow(askNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &VoiceEntryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_given, &QComboBox::currentIndexChanged, this, &VoiceEntryDialog::refreshEnabled);
    connect(m_readBack, &QComboBox::currentIndexChanged, this, &VoiceEntryDialog::refreshEnabled);
    connect(m_words, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_message->text().isEmpty() && problem().isEmpty())
            m_message->clear();
    });

    setScrollingBody(form, {m_message, buttons});
    setMinimumWidth(600);
    fitToScreen();
    refreshEnabled();
}

void VoiceEntryDialog::addOwnPrompts(const QStringList &prompts)
{
    const QString typed = m_prompt->currentText();
    for (const QString &p : prompts) {
        if (!p.trimmed().isEmpty() && m_prompt->findText(p) < 0)
            m_prompt->addItem(p);
    }
    m_prompt->setCurrentText(typed);
}

void VoiceEntryDialog::refreshEnabled()
{
    const auto given = VoiceEntry::Given(m_given->currentData().toInt());
    m_writtenBy->setEnabled(given == VoiceEntry::Given::WrittenDownByAdult);
    m_readBackOn->setEnabled(m_readBack->currentData().toInt() !=
                             int(VoiceEntry::ReadBack::NotYet));
}

ItemId VoiceEntryDialog::personIn(const QComboBox *box) const
{
    return box->currentData().value<ItemId>();
}

void VoiceEntryDialog::choosePerson(QComboBox *box, ItemId id)
{
    box->setCurrentIndex(std::max(0, box->findData(QVariant::fromValue(id))));
}

void VoiceEntryDialog::setEntry(const VoiceEntry &entry)
{
    m_entry = entry;
    m_date->setDate(entry.date);
    m_prompt->setCurrentText(entry.prompt);
    m_words->setPlainText(entry.words);
    m_given->setCurrentIndex(std::max(0, m_given->findData(int(entry.given))));
    choosePerson(m_saidTo, entry.saidToId);
    choosePerson(m_writtenBy, entry.writtenById);
    m_present->setChecked(entry.presentIds);
    m_topic->setCurrentIndex(std::max(0, m_topic->findData(int(entry.topic))));
    m_feelings->setFeelings(entry.feelings);
    m_readBack->setCurrentIndex(std::max(0, m_readBack->findData(int(entry.readBack))));
    m_readBackOn->setDate(entry.readBackOn.isValid() ? FuzzyDate::day(entry.readBackOn)
                                                     : FuzzyDate());
    for (QCheckBox *box : std::as_const(m_audiences))
        box->setChecked(entry.audiences & box->property("audience").toInt());
    m_migrated->setVisible(entry.migrated);
    refreshEnabled();
}

void VoiceEntryDialog::setStoredRecording(int durationMs, RecordingPanel::Loader loader)
{
    m_recording->showStored(durationMs, std::move(loader));
}

VoiceEntry VoiceEntryDialog::entry() const
{
    VoiceEntry e = m_entry;
    e.date = m_date->date().value_or(m_entry.date);
    e.prompt = m_prompt->currentText().trimmed();
    e.words = m_words->toPlainText().trimmed();
    e.given = VoiceEntry::Given(m_given->currentData().toInt());
    e.saidToId = personIn(m_saidTo);
    e.writtenById =
        e.given == VoiceEntry::Given::WrittenDownByAdult ? personIn(m_writtenBy) : kNoId;
    e.presentIds = m_present->checked();
    e.topic = VoiceEntry::Topic(m_topic->currentData().toInt());
    e.feelings = m_feelings->feelings();
    e.readBack = VoiceEntry::ReadBack(m_readBack->currentData().toInt());
    e.readBackOn = e.readBack == VoiceEntry::ReadBack::NotYet
                       ? QDate()
                       : m_readBackOn->exactDay().value_or(m_entry.readBackOn);
    e.audiences = 0;
    for (QCheckBox *box : m_audiences) {
        if (box->isChecked())
            e.audiences |= quint8(box->property("audience").toInt());
    }
    return e;
}

QString VoiceEntryDialog::problem() const
{
    if (m_recording->isBusy())
        return tr("Stop the recording first, then save.");
    // A recording is what they said: the words may then be written down later.
    if (const QString words = VoiceRules::wordsProblem(m_words->toPlainText());
        !words.isEmpty() && !m_recording->hasRecording())
        return words;
    if (!m_date->isAcceptable())
        return tr("Check when it was said: %1").arg(m_date->feedback());
    if (m_readBackOn->isEnabled() && !m_readBackOn->exactDay())
        return tr("Give the day it was read back, like %1, or leave it empty.")
            .arg(FuzzyDate::numericExample());
    return {};
}

QString VoiceEntryDialog::message() const
{
    return m_message->text();
}

void VoiceEntryDialog::accept()
{
    const QString p = problem();
    if (!p.isEmpty()) {
        showMessage(m_message, p);
        if (!VoiceRules::wordsProblem(m_words->toPlainText()).isEmpty() && !m_recording->isBusy())
            m_words->setFocus();
        return;
    }
    m_recording->stopAll();
    QDialog::accept();
}
