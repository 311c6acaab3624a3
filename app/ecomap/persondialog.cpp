// SPDX-License-Identifier: GPL-3.0-or-later
#include "persondialog.h"

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
    m_notes->setMaximumHeight(60);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e"));

    auto *who = new QFormLayout;
    who->addRow(tr("&What %1 calls them:").arg(childName), m_knownAs);
    who->addRow(tr("&Full name:"), m_fullName);
    who->addRow(tr("Who &they are:"), m_role);
    who->addRow(tr("&More about that:"), m_roleDetail);
    who->addRow(tr("In %1's &words:").arg(childName), m_childsWords);

    auto *tie = new QGroupBox(tr("The relationship"), this);
    auto *tieForm = new QFormLayout(tie);
    tieForm->addRow(tr("It &feels:"), m_kind);
    tieForm->addRow(tr("&Support:"), m_direction);
    tieForm->addRow(tr("&Contact:"), m_contact);
    tieForm->addRow(tr("Contact &details:"), m_contactNote);
    m_nextContact->setCalendarPopup(true);
    m_nextContact->setEnabled(false);
    m_nextContact->setAccessibleName(tr("Next planned contact"));
    connect(m_hasNextContact, &QCheckBox::toggled, m_nextContact, &QWidget::setEnabled);
    tieForm->addRow(m_hasNextContact, m_nextContact);

    auto *record = new QGroupBox(tr("For the record (kept out of shared copies)"), this);
    auto *recordForm = new QFormLayout(record);
    recordForm->addRow(tr("&Address:"), m_address);
    recordForm->addRow(tr("&Phone:"), m_phone);
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

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(who);
    layout->addWidget(tie);
    layout->addWidget(record);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    // Setting a minimum sized the dialog already; open it wide enough for the longest words.
    resize(sizeHint().expandedTo(minimumSize()));
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
    m_ok->setEnabled(problem.isEmpty());
    // Say so when a name reaches its limit, instead of cutting it off without a word: that is
    // what is being typed now, so it is said first.
    for (const QLineEdit *e : {m_knownAs, m_fullName, m_roleDetail}) {
        if (e->text().size() >= kMaxNameLength) {
            problem = tr("That is as long as it can be here (%1 letters).").arg(kMaxNameLength);
            break;
        }
    }
    m_message->setText(problem);
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

Relationship PersonDialog::relationship() const
{
    Relationship r = m_relationship;
    r.kind = m_kind->currentIndex() < 0 ? Relationship::Kind::NotSure
                                        : Relationship::Kind(m_kind->currentData().toInt());
    r.direction = Relationship::Direction(m_direction->currentData().toInt());
    r.contact = Relationship::Contact(m_contact->currentData().toInt());
    r.contactNote = m_contactNote->text().trimmed();
    r.nextContact = m_hasNextContact->isChecked() ? m_nextContact->date() : QDate();
    return r;
}
