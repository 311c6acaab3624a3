// SPDX-License-Identifier: GPL-3.0-or-later
#include "persondialog.h"

#include "fuzzydateedit.h"
#include "notation.h"
#include "vocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

PersonDialog::PersonDialog(const QString &childName, QWidget *parent)
    : GuardedDialog(parent)
    , m_knownAs(new QLineEdit(this))
    , m_fullName(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_roleDetail(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_direction(new QComboBox(this))
    , m_contact(new QComboBox(this))
    , m_contactNote(new QLineEdit(this))
    , m_since(new FuzzyDateEdit(this))
    , m_until(new FuzzyDateEdit(this))
    , m_ring(new QComboBox(this))
    , m_hasNextContact(new QCheckBox(tr("Next &planned:"), this))
    , m_nextContact(new QDateEdit(QDate::currentDate(), this))
    , m_childsWords(new QPlainTextEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_address(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_private(new QCheckBox(tr("Keep private (leave out of every book)"), this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Someone who matters"));
    for (QLineEdit *e : {m_knownAs, m_fullName, m_roleDetail})
        e->setMaxLength(kMaxNameLength);
    m_knownAs->setPlaceholderText(tr("For example: Nana, Tyler, Mr Evans"));
    m_knownAs->setAccessibleName(tr("What %1 calls them").arg(childName));
    m_fullName->setAccessibleName(tr("Full name"));
    // Nothing is chosen until someone chooses: an aunt must never be saved as a birth mother
    // because that was first in the list.
    for (int r = 0; r < Person::kRoleCount; ++r)
        m_role->addItem(Vocabulary::roleName(Person::Role(r)), r);
    m_role->setPlaceholderText(tr("Choose…"));
    m_role->setCurrentIndex(-1);
    m_role->setAccessibleName(tr("Who they are"));
    m_roleDetail->setPlaceholderText(tr("For example: Mum's partner, Year 6 teacher"));
    for (int k = 0; k < Relationship::kKindCount; ++k)
        m_kind->addItem(Vocabulary::kindName(Relationship::Kind(k)), k);
    m_kind->setPlaceholderText(tr("Choose…"));
    m_kind->setCurrentIndex(-1);
    m_kind->setAccessibleName(tr("How the relationship feels"));
    m_direction->addItem(tr("No arrows"), int(Relationship::Direction::None));
    m_direction->addItem(tr("Support goes from %1 to them").arg(childName),
                         int(Relationship::Direction::AToB));
    m_direction->addItem(tr("Support comes to %1").arg(childName),
                         int(Relationship::Direction::BToA));
    m_direction->addItem(tr("Both ways"), int(Relationship::Direction::Both));
    m_direction->setAccessibleName(tr("Direction of support"));
    for (int c = 0; c < Relationship::kContactCount; ++c)
        m_contact->addItem(Vocabulary::contactName(Relationship::Contact(c)), c);
    m_contact->setAccessibleName(tr("How often they see each other"));
    m_contactNote->setPlaceholderText(tr("For example: supervised, at the family centre"));
    m_childsWords->setPlaceholderText(tr("What I'd like you to know about them…"));
    m_childsWords->setAccessibleName(tr("%1's own words").arg(childName));
    m_childsWords->setTabChangesFocus(true);
    m_notes->setTabChangesFocus(true);
    m_childsWords->setMinimumHeight(70);
    m_childsWords->setMaximumHeight(120);
    m_notes->setMaximumHeight(60);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e"));

    auto *who = new QFormLayout;
    who->addRow(tr("&What %1 calls them:").arg(childName), m_knownAs);
    who->addRow(tr("&Full name:"), m_fullName);
    who->addRow(tr("Who &they are:"), m_role);
    who->addRow(tr("&More about that:"), m_roleDetail);
    who->addRow(tr("In %1's w&ords:").arg(childName), m_childsWords);

    auto *tie = new QGroupBox(tr("The relationship"), this);
    auto *tieForm = new QFormLayout(tie);
    tieForm->addRow(tr("It f&eels:"), m_kind);
    tieForm->addRow(tr("&Support:"), m_direction);
    tieForm->addRow(tr("&Contact:"), m_contact);
    tieForm->addRow(tr("Contact &details:"), m_contactNote);
    m_nextContact->setCalendarPopup(true);
    m_nextContact->setEnabled(false);
    m_nextContact->setAccessibleName(tr("Next planned contact"));
    connect(m_hasNextContact, &QCheckBox::toggled, m_nextContact, &QWidget::setEnabled);
    tieForm->addRow(m_hasNextContact, m_nextContact);
    // "Show the map as it was on" depends on these.
    m_since->lineEdit()->setAccessibleName(tr("Since when"));
    m_until->lineEdit()->setAccessibleName(tr("Until when (empty if it is still going)"));
    m_until->setEmptyMeaning(tr("Empty: it is still going."));
    tieForm->addRow(tr("S&ince:"), m_since);
    tieForm->addRow(tr("Unti&l:"), m_until);
    m_ring->addItem(tr("As close as it feels"), -1);
    for (int ring = 0; ring < 3; ++ring)
        m_ring->addItem(Notation::ringName(ring), ring);
    m_ring->setAccessibleName(tr("Ring on the map"));
    tieForm->addRow(tr("&Ring on the map:"), m_ring);
    connect(m_since, &FuzzyDateEdit::changed, this, &PersonDialog::validate);
    connect(m_until, &FuzzyDateEdit::changed, this, &PersonDialog::validate);

    auto *record = new QGroupBox(tr("For the record (kept out of shared copies)"), this);
    auto *recordForm = new QFormLayout(record);
    recordForm->addRow(tr("&Address:"), m_address);
    recordForm->addRow(tr("P&hone:"), m_phone);
    recordForm->addRow(tr("&Notes:"), m_notes);
    recordForm->addRow(m_private);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_knownAs, &QLineEdit::textChanged, this, &PersonDialog::validate);
    connect(m_role, &QComboBox::currentIndexChanged, this, &PersonDialog::validate);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PersonDialog::validate);
    connect(m_roleDetail, &QLineEdit::textChanged, this, &PersonDialog::validate);
    connect(m_fullName, &QLineEdit::textChanged, this, &PersonDialog::validate);

    auto *body = new QVBoxLayout;
    body->addLayout(who);
    body->addWidget(tie);
    body->addWidget(record);
    setScrollingBody(body, {m_message, buttons});
    setMinimumWidth(520);
    // Wide enough for the longest words, as tall as the fields, never taller than the screen.
    fitToScreen();
    validate();
}

void PersonDialog::validate()
{
    const bool named =
        !m_knownAs->text().trimmed().isEmpty() || !m_fullName->text().trimmed().isEmpty();
    QString problem;
    if (!named)
        problem = tr("Give them a name first — any name is fine.");
    else if (m_role->currentIndex() < 0)
        problem = tr("Choose who they are — or “Not sure yet”.");
    else if (m_kind->currentIndex() < 0)
        problem = tr("Choose how the relationship feels — or “Not sure yet”.");
    else if (!m_since->isAcceptable() || !m_until->isAcceptable())
        problem = tr("A date is not clear yet: try “March 2019”, “summer 2015” or leave it empty.");
    else if (const auto from = m_since->date(), to = m_until->date();
             from && to && !from->isUnknown() && !to->isUnknown() && to->latest().isValid() &&
             from->earliest().isValid() && to->latest() < from->earliest())
        problem = tr("“Until” is before “Since”.");
    m_ok->setEnabled(problem.isEmpty());
    // Say so when a name reaches its limit, instead of cutting it off without a word: that is
    // what is being typed now, so it is said first.
    for (const QLineEdit *e : {m_knownAs, m_fullName, m_roleDetail}) {
        if (e->text().size() >= kMaxNameLength) {
            problem = tr("That is as long as it can be here (%1 letters).").arg(kMaxNameLength);
            break;
        }
    }
    showMessage(m_message, problem);
}

void PersonDialog::setPerson(const Person &person)
{
    m_person = person;
    m_knownAs->setText(person.knownAs);
    m_fullName->setText(person.fullName);
    m_role->setCurrentIndex(m_role->findData(int(person.role)));
    m_roleDetail->setText(person.roleDetail);
    m_childsWords->setPlainText(person.childsWords);
    m_notes->setPlainText(person.notes);
    m_address->setText(person.address);
    m_phone->setText(person.phone);
    m_private->setChecked(person.isPrivate);
}

void PersonDialog::setRelationship(const Relationship &relationship)
{
    m_relationship = relationship;
    m_kind->setCurrentIndex(m_kind->findData(int(relationship.kind)));
    m_direction->setCurrentIndex(int(relationship.direction));
    m_contact->setCurrentIndex(int(relationship.contact));
    m_contactNote->setText(relationship.contactNote);
    m_since->setDate(relationship.from);
    m_until->setDate(relationship.to);
    m_hasNextContact->setChecked(relationship.nextContact.isValid());
    if (relationship.nextContact.isValid())
        m_nextContact->setDate(relationship.nextContact);
}

Person PersonDialog::person() const
{
    Person p = m_person;
    p.knownAs = m_knownAs->text().trimmed();
    p.fullName = m_fullName->text().trimmed();
    p.role = m_role->currentIndex() < 0 ? Person::Role::NotSure
                                        : Person::Role(m_role->currentData().toInt());
    p.roleDetail = m_roleDetail->text().trimmed();
    p.childsWords = m_childsWords->toPlainText().trimmed();
    p.notes = m_notes->toPlainText().trimmed();
    p.address = m_address->text().trimmed();
    p.phone = m_phone->text().trimmed();
    p.isPrivate = m_private->isChecked();
    return p;
}

void PersonDialog::setRing(int ring)
{
    m_ring->setCurrentIndex(qMax(0, m_ring->findData(ring)));
}

int PersonDialog::ring() const
{
    return m_ring->currentData().toInt();
}

Relationship PersonDialog::relationship() const
{
    Relationship r = m_relationship;
    r.kind = m_kind->currentIndex() < 0 ? Relationship::Kind::NotSure
                                        : Relationship::Kind(m_kind->currentData().toInt());
    r.direction = Relationship::Direction(m_direction->currentData().toInt());
    r.contact = Relationship::Contact(m_contact->currentData().toInt());
    r.contactNote = m_contactNote->text().trimmed();
    r.from = m_since->date().value_or(m_relationship.from);
    r.to = m_until->date().value_or(m_relationship.to);
    r.nextContact = m_hasNextContact->isChecked() ? m_nextContact->date() : QDate();
    return r;
}
