// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergedialog.h"

#include "mergelabels.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSet>
#include <QVBoxLayout>

namespace {

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString shortened(QString text)
{
    text = text.simplified();
    return text.size() > 600 ? text.left(599) + QChar(0x2026) : text;
}

} // namespace

MergeDialog::MergeDialog(CopyMerge &merge, const QString &thisName, const QString &otherName,
                         QWidget *parent)
    : QDialog(parent)
    , m_merge(merge)
{
    setWindowTitle(tr("Bring in changes"));
    const MergePlan &plan = merge.plan;
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(wrapped(
        tr("From “%1”: %2 new, %3 changed there, %4 removed there. Everything else in “%5” "
           "stays as it is — what was left out of the other copy too, such as private notes, "
           "phone numbers and addresses.")
            .arg(otherName)
            .arg(shownAdditions().size())
            .arg(plan.changes.size())
            .arg(plan.removals.size())
            .arg(thisName),
        this));

    const int asked = int(plan.conflicts.size() + plan.questions.size());
    if (asked > 0) {
        layout->addWidget(wrapped(tr("Both copies changed these. Choose what to keep for "
                                     "each one — nothing is chosen for you."),
                                  this));
        auto *choices = new QWidget;
        auto *choicesLayout = new QVBoxLayout(choices);
        // Each choice is a short radio button with the value below it, wrapped: values can be
        // long (notes, words), and a radio button's own text never wraps.
        const auto addQuestion = [&](const QString &heading, const QString &mine,
                                     const QString &mineValue, const QString &theirs,
                                     const QString &theirsValue) {
            auto *box = new QGroupBox(heading, choices);
            auto *boxLayout = new QVBoxLayout(box);
            auto *group = new QButtonGroup(box);
            int id = 0;
            for (const auto &[label, value] :
                 {std::pair(mine, mineValue), std::pair(theirs, theirsValue)}) {
                auto *button = new QRadioButton(label, box);
                button->setAccessibleName(heading + QStringLiteral(": ") + label);
                button->setAccessibleDescription(value);
                group->addButton(button, id++);
                boxLayout->addWidget(button);
                if (!value.isEmpty()) {
                    auto *shown = wrapped(value, box);
                    shown->setContentsMargins(24, 0, 0, 4);
                    shown->installEventFilter(this);
                    shown->setProperty("belonging_choice", QVariant::fromValue<QObject *>(button));
                    boxLayout->addWidget(shown);
                }
            }
            choicesLayout->addWidget(box);
            const int index = int(m_groups.size());
            connect(group, &QButtonGroup::idClicked, this, [this, index](int clicked) {
                choose(index, clicked == 0 ? MergePlan::Choice::Mine : MergePlan::Choice::Theirs);
            });
            m_groups << group;
        };
        for (const MergePlan::Conflict &c : plan.conflicts) {
            const auto &mineRecord = merge.mine.kinds[c.kind].records[c.key];
            const auto &theirsRecord = merge.theirs.kinds[c.kind].records[c.key];
            addQuestion(tr("%1 — %2").arg(MergeLabels::thing(merge.mine, c.kind, c.key),
                                          MergeLabels::field(merge.mine, c.kind, c.field)),
                        tr("In this copy, “%1”").arg(thisName),
                        shortened(MergeLabels::value(merge.mine, c.kind, c.field,
                                                     mineRecord.values[c.field])),
                        tr("In “%1”").arg(otherName),
                        shortened(MergeLabels::value(merge.theirs, c.kind, c.field,
                                                     theirsRecord.values[c.field])));
        }
        for (const MergePlan::Question &q : plan.questions) {
            if (q.removedHere)
                addQuestion(tr("%1 — removed here, changed in the other copy")
                                .arg(MergeLabels::thing(merge.theirs, q.kind, q.key)),
                            tr("Leave it removed"), {},
                            tr("Bring it back, as the other copy has it"), {});
            else
                addQuestion(tr("%1 — removed in the other copy, changed here")
                                .arg(MergeLabels::thing(merge.mine, q.kind, q.key)),
                            tr("Keep it"), {}, tr("Remove it"), {});
        }
        choicesLayout->addStretch();
        auto *scroll = new QScrollArea(this);
        scroll->setWidgetResizable(true);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        scroll->setWidget(choices);
        scroll->setMinimumHeight(qMin(asked, 3) * 90);
        layout->addWidget(scroll, 4);
        auto *all = new QHBoxLayout;
        m_allMine = new QPushButton(tr("Keep &All of This Copy’s"), this);
        m_allTheirs = new QPushButton(tr("Take All of the &Other’s"), this);
        all->addWidget(m_allMine);
        all->addWidget(m_allTheirs);
        all->addStretch();
        layout->addLayout(all);
        connect(m_allMine, &QPushButton::clicked, this, [this] {
            for (int i = 0; i < m_groups.size(); ++i)
                choose(i, MergePlan::Choice::Mine);
        });
        connect(m_allTheirs, &QPushButton::clicked, this, [this] {
            for (int i = 0; i < m_groups.size(); ++i)
                choose(i, MergePlan::Choice::Theirs);
        });
    }

    auto *listLabel = new QLabel(tr("&What will change here:"), this);
    m_list = new QListWidget(this);
    listLabel->setBuddy(m_list);
    m_list->setAccessibleName(tr("What will change here"));
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_bringIn = buttons->button(QDialogButtonBox::Ok);
    m_bringIn->setText(tr("&Bring In"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, asked > 0 ? 600 : 420);
    refresh();
}

bool MergeDialog::eventFilter(QObject *watched, QEvent *event)
{
    // A click on a value chooses it, as a click on its radio button would.
    if (event->type() == QEvent::MouseButtonRelease) {
        if (auto *button = qobject_cast<QRadioButton *>(
                watched->property("belonging_choice").value<QObject *>())) {
            button->click();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void MergeDialog::choose(int index, MergePlan::Choice choice)
{
    MergePlan &plan = m_merge.plan;
    const qsizetype conflicts = plan.conflicts.size();
    if (index < conflicts)
        plan.conflicts[index].choice = choice;
    else if (index - conflicts < plan.questions.size())
        plan.questions[index - conflicts].choice = choice;
    if (QAbstractButton *b = m_groups[index]->button(choice == MergePlan::Choice::Mine ? 0 : 1))
        b->setChecked(true);
    refresh();
}

QList<MergePlan::Item> MergeDialog::shownAdditions() const
{
    // A new person's tie to the child is part of adding the person, not a thing of its own.
    const int person = RecordKind::indexOf(QStringLiteral("person"));
    const int relationship = RecordKind::indexOf(QStringLiteral("relationship"));
    QSet<QString> people;
    for (const MergePlan::Item &a : m_merge.plan.additions) {
        if (a.kind == person)
            people.insert(a.key);
    }
    QList<MergePlan::Item> shown;
    for (const MergePlan::Item &a : m_merge.plan.additions) {
        if (a.kind == relationship) {
            const QVariantList &values = m_merge.theirs.kinds[a.kind].records[a.key].values;
            if (values.value(0).isNull() && people.contains(values.value(1).toString()))
                continue;
        }
        shown << a;
    }
    return shown;
}

void MergeDialog::refresh()
{
    const MergePlan &plan = m_merge.plan;
    const RecordVersions::State &mine = m_merge.mine;
    const RecordVersions::State &theirs = m_merge.theirs;
    m_list->clear();
    for (const MergePlan::Item &a : shownAdditions())
        m_list->addItem(tr("New: %1").arg(MergeLabels::thing(theirs, a.kind, a.key)));
    // What it changes to, so nothing changes unseen.
    const auto shortValue = [](const RecordVersions::State &state, const MergePlan::Item &c) {
        QString value = MergeLabels::value(state, c.kind, c.field,
                                           state.kinds[c.kind].records[c.key].values[c.field])
                            .simplified();
        return value.size() > 60 ? value.left(59) + QChar(0x2026) : value;
    };
    const auto changedTo = [&](const MergePlan::Item &c) {
        return tr("Changed: %1 — %2: %3 → %4")
            .arg(MergeLabels::thing(mine, c.kind, c.key), MergeLabels::field(mine, c.kind, c.field),
                 shortValue(mine, c), shortValue(theirs, c));
    };
    for (const MergePlan::Item &c : plan.changes)
        m_list->addItem(changedTo(c));
    for (const MergePlan::Conflict &c : plan.conflicts) {
        if (c.choice == MergePlan::Choice::Theirs)
            m_list->addItem(changedTo(c));
    }
    for (const MergePlan::Question &q : plan.questions) {
        if (q.choice != MergePlan::Choice::Theirs)
            continue;
        m_list->addItem(q.removedHere
                            ? tr("Brought back: %1").arg(MergeLabels::thing(theirs, q.kind, q.key))
                            : tr("Removed: %1").arg(MergeLabels::thing(mine, q.kind, q.key)));
    }
    for (const MergePlan::Item &r : plan.removals)
        m_list->addItem(tr("Removed: %1").arg(MergeLabels::thing(mine, r.kind, r.key)));
    if (m_list->count() == 0)
        m_list->addItem(tr("Nothing yet — answer the questions above."));
    m_bringIn->setEnabled(plan.allChosen());
}
