// SPDX-License-Identifier: GPL-3.0-or-later
#include "placementdialog.h"

#include "fuzzydateedit.h"
#include "peoplechecklist.h"
#include "vocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

PlacementDialog::PlacementDialog(const TimelineDocument &doc, QWidget *parent)
    : GuardedDialog(parent)
    , m_name(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_from(new FuzzyDateEdit(this))
    , m_to(new FuzzyDateEdit(this))
    , m_carers(new PeopleChecklist(doc.people(),
                                   tr("Who %1 lived with").arg(doc.child().displayName()), this))
    , m_school(new QLineEdit(this))
    , m_cameChild(new QPlainTextEdit(this))
    , m_cameRecord(new QPlainTextEdit(this))
    , m_reasonChild(new QPlainTextEdit(this))
    , m_reasonRecord(new QPlainTextEdit(this))
    , m_address(new QLineEdit(this))
    , m_schoolAddress(new QLineEdit(this))
    , m_private(new QCheckBox(tr("Keep &private (leave out of every book)"), this))
    , m_message(new QLabel(this))
    , m_doc(doc)
{
    setWindowTitle(tr("A place I lived"));
    const QString child = doc.child().displayName();
    m_name->setMaxLength(120);
    m_name->setPlaceholderText(tr("For example: Nana's house"));
    m_name->setAccessibleName(tr("What %1 calls this place").arg(child));
    for (int t = 0; t < Placement::kTypeCount; ++t)
        m_type->addItem(Vocabulary::placementTypeName(Placement::Type(t)), t);
    m_type->setAccessibleName(tr("Kind of placement"));
    m_type->setPlaceholderText(tr("Choose…")); // never assumed: a default would be a fact
    m_type->setCurrentIndex(-1);
    m_from->lineEdit()->setAccessibleName(tr("Moved in"));
    m_to->lineEdit()->setAccessibleName(tr("Moved out"));
    m_to->setEmptyMeaning(tr("Empty: %1 still lives here.").arg(child));
    const QDate birth = doc.child().dateOfBirth();
    const QDate today = doc.today();
    m_from->setCheck(
        [birth, today](const FuzzyDate &d) { return DateCheck::pointInLife(d, birth, today); });
    m_to->setCheck([this, birth, today](const FuzzyDate &d) {
        const DateCheck::Result range = DateCheck::range(m_from->date().value_or(FuzzyDate()), d);
        return range.severity != DateCheck::Severity::Fine
                   ? range
                   : DateCheck::pointInLife(d, birth, today);
    });
    for (QPlainTextEdit *e : {m_cameChild, m_cameRecord, m_reasonChild, m_reasonRecord}) {
        e->setTabChangesFocus(true);
        e->setMaximumHeight(70);
    }
    m_cameChild->setPlaceholderText(tr("Why did you come to live here? Say it your way."));
    m_cameChild->setAccessibleName(tr("Why %1 came here, in their words").arg(child));
    m_cameRecord->setAccessibleName(tr("Reason for coming here, as recorded"));
    m_reasonChild->setPlaceholderText(tr("Why did you move? Say it your way."));
    m_reasonChild->setAccessibleName(tr("Why %1 moved, in their words").arg(child));
    m_reasonRecord->setAccessibleName(tr("Reason for the move, as recorded"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e"));

    auto *form = new QFormLayout;
    m_form = form;
    form->addRow(tr("&Name of the place:"), m_name);
    form->addRow(tr("&Kind:"), m_type);
    form->addRow(tr("Moved &in:"), m_from);
    form->addRow(tr("Moved &out:"), m_to);
    form->addRow(tr("Lived &with:"), m_carers);
    form->addRow(tr("&School:"), m_school);
    form->addRow(tr("Why %1 came &here:").arg(child), m_cameChild);
    form->addRow(tr("Why %1 &moved on:").arg(child), m_reasonChild);

    auto *record = new QGroupBox(tr("For the record (kept out of shared copies)"), this);
    auto *recordForm = new QFormLayout(record);
    recordForm->addRow(tr("Why they &came (recorded):"), m_cameRecord);
    recordForm->addRow(tr("Why they &left (recorded):"), m_reasonRecord);
    recordForm->addRow(tr("&Address:"), m_address);
    recordForm->addRow(tr("School a&ddress:"), m_schoolAddress);
    recordForm->addRow(m_private);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_planButton = buttons->addButton(tr("Keeping in &touch…"), QDialogButtonBox::ActionRole);
    m_planButton->setToolTip(tr("Save, then plan who the child keeps in touch with after moving "
                                "here"));
    m_planButton->hide();
    connect(m_planButton, &QPushButton::clicked, this, [this] {
        m_planRequested = true;
        accept();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &PlacementDialog::validate);
    connect(m_type, &QComboBox::currentIndexChanged, this, &PlacementDialog::validate);
    connect(m_from, &FuzzyDateEdit::changed, this, [this] {
        m_to->recheck(); // "moved out" is judged against "moved in"
        validate();
    });
    connect(m_to, &FuzzyDateEdit::changed, this, &PlacementDialog::validate);

    auto *body = new QVBoxLayout;
    body->addLayout(form);
    body->addWidget(record);
    setScrollingBody(body, {m_message, buttons});
    setMinimumWidth(540);
    // Wide enough for the longest words, as tall as the fields, never taller than the screen.
    fitToScreen();
    validate();
}

void PlacementDialog::setPlannedMove()
{
    setWindowTitle(tr("Plan a move: the new home"));
    const QString child = m_doc.child().displayName();
    const auto relabel = [this](QWidget *field, const QString &text) {
        if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(field)))
            label->setText(text);
    };
    relabel(m_from, tr("Moving &in:"));
    relabel(m_carers, tr("Will live &with:"));
    relabel(m_cameChild, tr("Why %1 is moving &here:").arg(child));
    // Leaving a home not lived in yet is not a question to ask.
    m_form->setRowVisible(m_to, false);
    m_form->setRowVisible(m_reasonChild, false);
    if (auto *record = qobject_cast<QFormLayout *>(m_reasonRecord->parentWidget()->layout()))
        record->setRowVisible(m_reasonRecord, false);
    fitToScreen(); // as tall as the rows still shown
    m_from->lineEdit()->setAccessibleName(tr("Moving in"));
    m_cameChild->setPlaceholderText(tr("Why are you moving here? Say it your way."));
    const QDate today = m_doc.today();
    m_from->setCheck([today](const FuzzyDate &d) {
        const QDate latest = d.isUnknown() ? QDate() : d.latest();
        if (latest.isValid() && latest < today)
            return DateCheck::Result{DateCheck::Severity::Warning,
                                     tr("This date has passed. Is that right?")};
        return DateCheck::Result{};
    });
}

void PlacementDialog::setPlacement(const Placement &placement)
{
    m_placement = placement;
    m_planButton->setVisible(placement.id != kNoId && m_doc.continuity().moveInto(placement.id));
    m_name->setText(placement.placeName);
    m_type->setCurrentIndex(m_type->findData(int(placement.type)));
    m_from->setDate(placement.from);
    m_to->setDate(placement.to);
    m_carers->setChecked(placement.carerIds);
    m_school->setText(placement.school);
    m_cameChild->setPlainText(placement.cameReasonChildsWords);
    m_cameRecord->setPlainText(placement.cameReasonRecord);
    m_reasonChild->setPlainText(placement.leftReasonChildsWords);
    m_reasonRecord->setPlainText(placement.leftReasonRecord);
    m_address->setText(placement.address);
    m_schoolAddress->setText(placement.schoolAddress);
    m_private->setChecked(placement.isPrivate);
    validate();
}

Placement PlacementDialog::placement() const
{
    Placement p = m_placement;
    p.placeName = m_name->text().trimmed();
    p.type = m_type->currentIndex() < 0 ? Placement::Type::Other
                                        : Placement::Type(m_type->currentData().toInt());
    p.from = m_from->date().value_or(FuzzyDate());
    p.to = m_to->date().value_or(FuzzyDate());
    p.carerIds = m_carers->checked();
    p.school = m_school->text().trimmed();
    p.cameReasonChildsWords = m_cameChild->toPlainText().trimmed();
    p.cameReasonRecord = m_cameRecord->toPlainText().trimmed();
    p.leftReasonChildsWords = m_reasonChild->toPlainText().trimmed();
    p.leftReasonRecord = m_reasonRecord->toPlainText().trimmed();
    p.address = m_address->text().trimmed();
    p.schoolAddress = m_schoolAddress->text().trimmed();
    p.isPrivate = m_private->isChecked();
    return p;
}

QString PlacementDialog::message() const
{
    return m_message->text();
}

void PlacementDialog::validate()
{
    QString problem;
    if (m_name->text().trimmed().isEmpty())
        problem = tr("Give the place a name first — \"Nana's house\" is fine.");
    else if (m_type->currentIndex() < 0)
        problem = tr("Choose what kind of home it was.");
    else if (!m_from->isAcceptable() || !m_to->isAcceptable())
        problem = tr("Check the dates above.");
    showMessage(m_message, problem);
    m_ok->setEnabled(problem.isEmpty());
    m_planButton->setEnabled(problem.isEmpty());
}
