// SPDX-License-Identifier: GPL-3.0-or-later
#include "relativedialog.h"

#include "familywords.h"
#include "fuzzydateedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {
constexpr int kMaxName = 80;
}

RelativeDialog::RelativeDialog(Relation relation, const QString &ofName, const QString &childName,
                               QWidget *parent)
    : GuardedDialog(parent)
    , m_relation(relation)
    , m_fullName(new QLineEdit(this))
    , m_knownAs(new QLineEdit(this))
    , m_gender(new QComboBox(this))
    , m_genderWords(new QLineEdit(this))
    , m_born(new FuzzyDateEdit(this))
    , m_deceased(new QCheckBox(tr("They have &died"), this))
    , m_died(new FuzzyDateEdit(this))
    , m_message(new QLabel(this))
{
    switch (relation) {
    case Relation::Mother:
        setWindowTitle(tr("Add %1's mother").arg(ofName));
        break;
    case Relation::Father:
        setWindowTitle(tr("Add %1's father").arg(ofName));
        break;
    case Relation::Parent:
        setWindowTitle(tr("Add a parent or carer of %1").arg(ofName));
        break;
    case Relation::Partner:
        setWindowTitle(tr("Add %1's partner").arg(ofName));
        break;
    case Relation::Child:
        setWindowTitle(tr("Add %1's child").arg(ofName));
        break;
    case Relation::Sibling:
        setWindowTitle(tr("Add %1's brother or sister").arg(ofName));
        break;
    case Relation::Details:
        setWindowTitle(tr("Family details: %1").arg(ofName));
        break;
    }
    m_fullName->setMaxLength(kMaxName);
    m_knownAs->setMaxLength(kMaxName);
    m_genderWords->setMaxLength(kMaxName);
    for (int g = 0; g < Person::kGenderCount; ++g)
        m_gender->addItem(FamilyWords::gender(Person::Gender(g)), g);
    if (relation == Relation::Mother)
        m_gender->setCurrentIndex(int(Person::Gender::Female));
    else if (relation == Relation::Father)
        m_gender->setCurrentIndex(int(Person::Gender::Male));
    m_died->setEnabled(false);
    m_died->setEmptyMeaning(tr("Empty: when is not known"));
    m_born->setEmptyMeaning(tr("Empty: not known"));

    auto *body = new QVBoxLayout;
    if (relation != Relation::Details) {
        m_useNew = new QRadioButton(tr("Someone &new"), this);
        m_useExisting = new QRadioButton(tr("Someone a&lready in this story:"), this);
        m_existing = new QComboBox(this);
        m_useNew->setChecked(true);
        m_existing->setEnabled(false);
        auto *choose = new QFormLayout;
        choose->addRow(m_useNew);
        choose->addRow(m_useExisting, m_existing);
        body->addLayout(choose);
        connect(m_useExisting, &QRadioButton::toggled, this, [this](bool on) {
            m_existing->setEnabled(on);
            for (QWidget *w :
                 {static_cast<QWidget *>(m_fullName), static_cast<QWidget *>(m_knownAs),
                  static_cast<QWidget *>(m_gender), static_cast<QWidget *>(m_genderWords),
                  static_cast<QWidget *>(m_born), static_cast<QWidget *>(m_deceased),
                  static_cast<QWidget *>(m_died)})
                w->setEnabled(!on && (w != m_died || m_deceased->isChecked()));
            validate();
        });
        connect(m_existing, &QComboBox::currentIndexChanged, this, &RelativeDialog::validate);
    }

    auto *who = new QFormLayout;
    who->addRow(tr("&Full name:"), m_fullName);
    who->addRow(tr("What %1 &calls them:").arg(childName), m_knownAs);
    who->addRow(tr("&Gender:"), m_gender);
    who->addRow(tr("In their &words (optional):"), m_genderWords);
    who->addRow(tr("&Born:"), m_born);
    who->addRow(m_deceased);
    who->addRow(tr("Di&ed:"), m_died);
    body->addLayout(who);

    if (relation == Relation::Mother || relation == Relation::Father ||
        relation == Relation::Parent || relation == Relation::Child) {
        m_kind = new QComboBox(this);
        m_kind->addItem(tr("Choose…"), -1);
        for (int k = 0; k < ParentLink::kKindCount; ++k)
            m_kind->addItem(FamilyWords::parentKind(ParentLink::Kind(k)), k);
        auto *how = new QFormLayout;
        how->addRow(relation == Relation::Child ? tr("%1 is &their:").arg(ofName)
                                                : tr("&They are %1's:").arg(ofName),
                    m_kind);
        if (relation == Relation::Child) {
            m_otherParent = new QComboBox(this);
            m_otherParent->addItem(tr("Not known or not said"), QVariant::fromValue(kNoId));
            how->addRow(tr("Their &other parent:"), m_otherParent);
        }
        // An adoption or special guardianship order has a date; most lines have none.
        m_from = new FuzzyDateEdit(this);
        m_from->setEmptyMeaning(tr("Empty: not known or not needed"));
        m_to = new FuzzyDateEdit(this);
        m_to->setEmptyMeaning(tr("Empty: still so, or not known"));
        how->addRow(tr("S&ince (optional):"), m_from);
        how->addRow(tr("&Until (optional):"), m_to);
        body->addLayout(how);
        connect(m_kind, &QComboBox::currentIndexChanged, this, &RelativeDialog::validate);
        connect(m_from, &FuzzyDateEdit::changed, this, &RelativeDialog::validate);
        connect(m_to, &FuzzyDateEdit::changed, this, &RelativeDialog::validate);
    } else if (relation == Relation::Partner) {
        m_kind = new QComboBox(this);
        m_kind->addItem(tr("Choose…"), -1);
        for (int k = 0; k < Partnership::kKindCount; ++k)
            m_kind->addItem(FamilyWords::partnershipKind(Partnership::Kind(k)), k);
        m_from = new FuzzyDateEdit(this);
        m_ending = new QComboBox(this);
        for (int e = 0; e < Partnership::kEndingCount; ++e)
            m_ending->addItem(FamilyWords::ending(Partnership::Ending(e)), e);
        m_to = new FuzzyDateEdit(this);
        m_to->setEnabled(false);
        auto *how = new QFormLayout;
        how->addRow(tr("&How they are together:"), m_kind);
        how->addRow(tr("S&ince:"), m_from);
        how->addRow(tr("Now the&y are:"), m_ending);
        how->addRow(tr("Ended &on:"), m_to);
        body->addLayout(how);
        connect(m_kind, &QComboBox::currentIndexChanged, this, &RelativeDialog::validate);
        connect(m_ending, &QComboBox::currentIndexChanged, this, [this](int i) {
            m_to->setEnabled(i > 0);
            validate();
        });
    } else if (relation == Relation::Sibling) {
        auto *note = new QLabel(tr("They will share %1's birth parents in the family tree. "
                                   "For a half brother or sister, add them as a child of the "
                                   "parent they share.")
                                    .arg(ofName),
                                this);
        note->setWordWrap(true);
        body->addWidget(note);
    }

    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(relation == Relation::Details ? tr("&Save") : tr("&Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_deceased, &QCheckBox::toggled, this, [this](bool on) {
        m_died->setEnabled(on);
        validate();
    });
    for (FuzzyDateEdit *e : {m_born, m_died})
        connect(e, &FuzzyDateEdit::changed, this, &RelativeDialog::validate);
    connect(m_fullName, &QLineEdit::textChanged, this, &RelativeDialog::validate);
    connect(m_knownAs, &QLineEdit::textChanged, this, &RelativeDialog::validate);
    setScrollingBody(body, {m_message, buttons});
    fitToScreen();
    m_fullName->setFocus(); // typing starts with the name, not the choice above it
    validate();
}

void RelativeDialog::setCandidates(const QList<Person> &people)
{
    if (!m_existing)
        return;
    m_existing->clear();
    for (const Person &p : people)
        m_existing->addItem(p.displayName(), QVariant::fromValue(p.id));
    m_useExisting->setEnabled(!people.isEmpty());
    validate();
}

void RelativeDialog::setOtherParents(const QList<Person> &partners)
{
    if (!m_otherParent)
        return;
    for (const Person &p : partners)
        m_otherParent->addItem(p.displayName(), QVariant::fromValue(p.id));
}

void RelativeDialog::setPerson(const Person &person)
{
    m_person = person;
    m_fullName->setText(person.fullName);
    m_knownAs->setText(person.knownAs);
    m_gender->setCurrentIndex(int(person.gender));
    m_genderWords->setText(person.genderWords);
    m_born->setDate(person.born);
    m_deceased->setChecked(person.deceased || !person.died.isUnknown());
    m_died->setDate(person.died);
    validate();
}

void RelativeDialog::setChildsOwn()
{
    for (QFormLayout *form : findChildren<QFormLayout *>()) {
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(m_knownAs)))
            label->setText(tr("&Known as:"));
        for (QWidget *w : {static_cast<QWidget *>(m_deceased), static_cast<QWidget *>(m_died)}) {
            if (QWidget *label = form->labelForField(w))
                label->hide();
        }
    }
    m_deceased->hide();
    m_died->hide();
}

void RelativeDialog::setPartnershipToChange(const Partnership &partnership, const QString &title)
{
    if (m_relation != Relation::Partner)
        return;
    m_changingOnly = true;
    setWindowTitle(title);
    hidePersonFields();
    m_kind->setCurrentIndex(m_kind->findData(int(partnership.kind)));
    m_from->setDate(partnership.from);
    m_ending->setCurrentIndex(m_ending->findData(int(partnership.ending)));
    m_to->setDate(partnership.to);
    m_ok->setText(tr("&Save"));
    m_kind->setFocus();
    validate();
}

void RelativeDialog::hidePersonFields()
{
    // The other parent is asked only when a child is added.
    const QList<QWidget *> person = {m_useNew,   m_useExisting, m_existing,    m_fullName,
                                     m_knownAs,  m_gender,      m_genderWords, m_born,
                                     m_deceased, m_died,        m_otherParent};
    for (QWidget *w : person) {
        if (!w)
            continue;
        for (QFormLayout *form : findChildren<QFormLayout *>()) {
            if (QWidget *label = form->labelForField(w))
                label->hide();
        }
        w->hide();
    }
}

void RelativeDialog::setParentLinkToChange(const ParentLink &link, const QString &title)
{
    if (m_relation == Relation::Partner || m_relation == Relation::Sibling ||
        m_relation == Relation::Details)
        return;
    m_changingOnly = true;
    setWindowTitle(title);
    hidePersonFields();
    m_kind->setCurrentIndex(m_kind->findData(int(link.kind)));
    m_from->setDate(link.from);
    m_to->setDate(link.to);
    m_ok->setText(tr("&Save"));
    m_kind->setFocus();
    validate();
}

bool RelativeDialog::isExisting() const
{
    return m_useExisting && m_useExisting->isChecked() && m_existing->currentIndex() >= 0;
}

Person RelativeDialog::person() const
{
    if (isExisting()) {
        Person p;
        p.id = m_existing->currentData().value<ItemId>();
        return p;
    }
    Person p = m_person;
    p.fullName = m_fullName->text().trimmed();
    p.knownAs = m_knownAs->text().trimmed();
    if (m_relation != Relation::Details && p.id == kNoId)
        p.role = Person::Role::NotSure; // who they are to the child: asked on the map, not here
    p.gender = Person::Gender(m_gender->currentData().toInt());
    p.genderWords = m_genderWords->text().trimmed();
    p.born = m_born->date().value_or(FuzzyDate());
    p.deceased = m_deceased->isChecked();
    p.died = p.deceased ? m_died->date().value_or(FuzzyDate()) : FuzzyDate();
    return p;
}

ParentLink::Kind RelativeDialog::parentKind() const
{
    const int k = m_kind ? m_kind->currentData().toInt() : 0;
    return ParentLink::Kind(qBound(0, k, ParentLink::kKindCount - 1));
}

ParentLink RelativeDialog::parentLink() const
{
    ParentLink l;
    l.kind = parentKind();
    if (m_from && m_relation != Relation::Partner) {
        l.from = m_from->date().value_or(FuzzyDate());
        l.to = m_to->date().value_or(FuzzyDate());
    }
    return l;
}

Partnership RelativeDialog::partnership() const
{
    Partnership p;
    if (!m_kind || m_relation != Relation::Partner)
        return p;
    p.kind =
        Partnership::Kind(qBound(0, m_kind->currentData().toInt(), Partnership::kKindCount - 1));
    p.from = m_from->date().value_or(FuzzyDate());
    p.ending = Partnership::Ending(m_ending->currentData().toInt());
    p.to = p.ending == Partnership::Ending::Together ? FuzzyDate()
                                                     : m_to->date().value_or(FuzzyDate());
    return p;
}

ItemId RelativeDialog::otherParent() const
{
    return m_otherParent ? m_otherParent->currentData().value<ItemId>() : kNoId;
}

void RelativeDialog::validate()
{
    QString problem;
    // Changing a partnership asks nothing about a person.
    const bool existing = isExisting() || m_changingOnly;
    if (!existing && m_relation != Relation::Details && m_fullName->text().trimmed().isEmpty() &&
        m_knownAs->text().trimmed().isEmpty())
        problem = tr("Type a name (or what the child calls them).");
    else if (!m_changingOnly && m_useExisting && m_useExisting->isChecked() &&
             m_existing->currentIndex() < 0)
        problem = tr("Choose who it is.");
    else if (!existing &&
             (!m_born->isAcceptable() || (m_deceased->isChecked() && !m_died->isAcceptable())))
        problem = tr("Check the dates.");
    else if (m_kind && m_kind->currentData().toInt() < 0)
        problem = m_relation == Relation::Partner ? tr("Choose how they are together.")
                                                  : tr("Choose what kind of parent they are.");
    else if (m_to && m_to->isEnabled() && !m_to->isAcceptable())
        problem = tr("Check the dates.");
    else if (m_from && !m_from->isAcceptable())
        problem = tr("Check the dates.");
    m_message->setText(problem);
    m_ok->setEnabled(problem.isEmpty());
}

LossDialog::LossDialog(const QString &motherName, QWidget *parent)
    : GuardedDialog(parent)
    , m_kind(new QComboBox(this))
    , m_date(new FuzzyDateEdit(this))
    , m_father(new QComboBox(this))
    , m_inBook(new QCheckBox(tr("Show it in the child's own &book too"), this))
{
    setWindowTitle(tr("A pregnancy %1 lost").arg(motherName));
    m_kind->addItem(tr("Choose…"), -1);
    for (int k = 0; k < LostPregnancy::kKindCount; ++k)
        m_kind->addItem(FamilyWords::loss(LostPregnancy::Kind(k)), k);
    m_father->addItem(tr("Not known or not said"), QVariant::fromValue(kNoId));
    m_date->setEmptyMeaning(tr("Empty: not known"));
    auto *note = new QLabel(tr("Only add this where the family wants it shown. It is drawn in "
                               "the family tree for professionals, and left out of the child's "
                               "book unless you choose otherwise."),
                            this);
    note->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(note);
    form->addRow(tr("&What happened:"), m_kind);
    form->addRow(tr("W&hen:"), m_date);
    form->addRow(tr("The &father:"), m_father);
    form->addRow(m_inBook);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto validate = [this] {
        m_ok->setEnabled(m_kind->currentData().toInt() >= 0 && m_date->isAcceptable());
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, validate);
    connect(m_date, &FuzzyDateEdit::changed, this, validate);
    auto *body = new QVBoxLayout;
    body->addLayout(form);
    setScrollingBody(body, {buttons});
    fitToScreen();
    m_kind->setFocus();
    validate();
}

void LossDialog::setFathers(const QList<Person> &partners)
{
    for (const Person &p : partners)
        m_father->addItem(p.displayName(), QVariant::fromValue(p.id));
}

LostPregnancy LossDialog::loss() const
{
    LostPregnancy l;
    l.kind = LostPregnancy::Kind(
        qBound(0, m_kind->currentData().toInt(), LostPregnancy::kKindCount - 1));
    l.date = m_date->date().value_or(FuzzyDate());
    l.father = m_father->currentData().value<ItemId>();
    l.isPrivate = !m_inBook->isChecked();
    return l;
}
