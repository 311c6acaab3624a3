// SPDX-License-Identifier: GPL-3.0-or-later
#include "familyimportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QString lifeOf(const GedcomReader::Individual &p)
{
    const auto year = [](const FuzzyDate &d) {
        if (d.isUnknown() || !d.earliest().isValid())
            return QString();
        const int first = d.earliest().year();
        if (d.qualifier() == FuzzyDate::Qualifier::Exact)
            return QString::number(first);
        // "c. 1948", or a range of years as the file gave it.
        if (d.qualifier() == FuzzyDate::Qualifier::Between && d.latest().isValid() &&
            d.latest().year() != first)
            return FamilyImportDialog::tr("%1 to %2", "between two years")
                .arg(first)
                .arg(d.latest().year());
        return FamilyImportDialog::tr("c. %1").arg(first);
    };
    const QString name = p.name.isEmpty() ? FamilyImportDialog::tr("Someone not named") : p.name;
    const QString born = year(p.born), died = year(p.died);
    if (born.isEmpty() && died.isEmpty())
        return name;
    return FamilyImportDialog::tr("%1 (%2–%3)").arg(name, born, died);
}

} // namespace

FamilyImportDialog::FamilyImportDialog(const GedcomReader::Result &file, const QString &fileName,
                                       const QString &childName, const QList<Person> &people,
                                       const QHash<QString, ItemId> &lookAlikes, QWidget *parent)
    : QDialog(parent)
    , m_file(file)
    , m_child(new QComboBox(this))
    , m_same(new QListWidget(this))
    , m_people(new QListWidget(this))
    , m_problems(new QListWidget(this))
{
    setWindowTitle(tr("Bring in a family tree"));
    auto *summary = new QLabel(
        tr("“%1” has %2 and %3. Anyone you tick below as already here is joined to the person "
           "in this story (whose details stay as they are); everyone else is added to %4's "
           "family tree as someone new. New people are not put on the map of people who "
           "matter: choose who from their menu on the Family tree tab.")
            .arg(fileName,
                 file.people.size() == 1 ? tr("1 person") : tr("%1 people").arg(file.people.size()),
                 file.families.size() == 1 ? tr("1 family")
                                           : tr("%1 families").arg(file.families.size()),
                 childName),
        this);
    summary->setWordWrap(true);
    summary->setTextFormat(Qt::PlainText);
    m_child->addItem(tr("No one: add everyone as new"), QString());
    for (const GedcomReader::Individual &p : file.people)
        m_child->addItem(lifeOf(p), p.xref);
    auto *form = new QFormLayout;
    form->addRow(tr("&Which of them is %1?").arg(childName), m_child);
    // Someone who is in the story already is joined, not added twice: asked, never assumed.
    QLabel *sameTitle = nullptr;
    if (!lookAlikes.isEmpty()) {
        sameTitle = new QLabel(tr("These look like people already in this story. &Tick each "
                                  "one that is the same person:"),
                               this);
        sameTitle->setWordWrap(true);
        sameTitle->setBuddy(m_same);
        m_same->setAccessibleName(tr("People who may be in the story already"));
        for (const GedcomReader::Individual &p : file.people) {
            const ItemId id = lookAlikes.value(p.xref, kNoId);
            const auto here = std::find_if(people.cbegin(), people.cend(),
                                           [&](const Person &q) { return q.id == id; });
            if (id == kNoId || here == people.cend())
                continue;
            const QString name = here->knownAs.isEmpty() || here->knownAs == here->fullName
                                     ? here->displayName()
                                     : tr("%1 (%2)").arg(here->knownAs, here->fullName);
            auto *item =
                new QListWidgetItem(tr("%1 is %2, already here").arg(lifeOf(p), name), m_same);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
            item->setData(Qt::UserRole, p.xref);
            item->setData(Qt::UserRole + 1, QVariant::fromValue(id));
        }
        connect(m_same, &QListWidget::itemChanged, this, &FamilyImportDialog::refresh);
    } else {
        m_same->hide();
    }
    auto *peopleTitle = new QLabel(tr("Who will be add&ed:"), this);
    peopleTitle->setBuddy(m_people);
    m_people->setAccessibleName(tr("Who will be added"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addLayout(form);
    if (sameTitle) {
        layout->addWidget(sameTitle);
        layout->addWidget(m_same, 1);
    }
    layout->addWidget(peopleTitle);
    layout->addWidget(m_people, 2);
    if (!file.problems.isEmpty()) {
        auto *problemTitle = new QLabel(
            tr("What could not be &read (%1), left out:").arg(file.problems.size()), this);
        problemTitle->setBuddy(m_problems);
        m_problems->setAccessibleName(tr("What could not be read"));
        for (const GedcomReader::Problem &p : file.problems)
            m_problems->addItem(p.message);
        layout->addWidget(problemTitle);
        layout->addWidget(m_problems, 1);
    } else {
        m_problems->hide();
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_add = buttons->addButton(tr("Add"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_child, &QComboBox::currentIndexChanged, this, &FamilyImportDialog::refresh);
    refresh();
    // Wide enough that the summary wraps to a few lines in every language, with Larger Text
    // (the lists below take what height is left, and scroll).
    resize(760, 560);
}

QString FamilyImportDialog::childXref() const
{
    return m_child->currentData().toString();
}

QHash<QString, ItemId> FamilyImportDialog::same() const
{
    QHash<QString, ItemId> out;
    for (int i = 0; i < m_same->count(); ++i) {
        const QListWidgetItem *item = m_same->item(i);
        if (item->checkState() == Qt::Checked && item->data(Qt::UserRole).toString() != childXref())
            out.insert(item->data(Qt::UserRole).toString(),
                       item->data(Qt::UserRole + 1).value<ItemId>());
    }
    return out;
}

void FamilyImportDialog::refresh()
{
    m_people->clear();
    const QString child = childXref();
    const QHash<QString, ItemId> joined = same();
    int count = 0;
    for (const GedcomReader::Individual &p : m_file.people) {
        if (p.xref == child || joined.contains(p.xref))
            continue;
        // The list shows the first thousand; the button says how many in all.
        if (count < 1000)
            m_people->addItem(lifeOf(p));
        ++count;
    }
    m_add->setText(count == 1 ? tr("&Add 1 person") : tr("&Add %1 people").arg(count));
    m_add->setEnabled(count > 0 || !joined.isEmpty());
}
