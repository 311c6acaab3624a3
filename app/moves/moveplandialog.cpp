// SPDX-License-Identifier: GPL-3.0-or-later
#include "moveplandialog.h"

#include "movewords.h"
#include "timelinedocument.h"
#include "vocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

MovePlanDialog::MovePlanDialog(const TimelineDocument &doc, const MoveContinuity::Move &move,
                               QWidget *parent)
    : GuardedDialog(parent)
    , m_original(move.plan)
    , m_planning(new QComboBox(this))
    , m_notice(new QLineEdit(this))
{
    const QString to = doc.placementName(move.toPlacement);
    const QString from =
        move.fromPlacement == kNoId ? QString() : doc.placementName(move.fromPlacement);
    QString child = doc.child().displayName();
    if (child.isEmpty())
        child = tr("the child");
    setWindowTitle(tr("Keeping in touch: the move to %1").arg(to));

    const QString when = move.date.isUnknown() ? tr("on a date not known yet")
                                               : move.date.toDisplayString(QLocale());
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    if (move.upcoming || move.date.isUnknown())
        intro->setText(from.isEmpty()
                           ? tr("%1 moves to %2, %3.").arg(child, to, when)
                           : tr("%1 moves from %2 to %3, %4.").arg(child, from, to, when));
    else
        intro->setText(
            (from.isEmpty() ? tr("%1 moved to %2, %3.").arg(child, to, when)
                            : tr("%1 moved from %2 to %3, %4.").arg(child, from, to, when)) +
            QLatin1Char(' ') + tr("Beside each plan is what the record shows six months after."));

    for (MovePlan::Planning p : {MovePlan::Planning::NotRecorded, MovePlan::Planning::Planned,
                                 MovePlan::Planning::Unplanned, MovePlan::Planning::Emergency})
        m_planning->addItem(MoveWords::planningName(p), int(p));
    m_planning->setCurrentIndex(std::max(0, m_planning->findData(int(move.plan.planning))));
    m_notice->setText(move.plan.notice);
    m_notice->setPlaceholderText(tr("For example: 24 hours, two weeks"));

    auto *form = new QFormLayout;
    form->addRow(intro);
    form->addRow(tr("How the move came &about:"), m_planning);
    form->addRow(tr("&Notice given:"), m_notice);

    auto *body = new QVBoxLayout;
    body->addLayout(form);
    if (move.ties.isEmpty()) {
        auto *none = new QLabel(tr("Nobody is on the map as part of %1's life before this move. "
                                   "Add people and how %1 gets on with them on the map first.")
                                    .arg(child),
                                this);
        none->setWordWrap(true);
        body->addWidget(none);
    } else {
        auto *heading = new QLabel(tr("<b>After the move, what happens with…</b>"), this);
        body->addWidget(heading);
    }

    QHash<ItemId, Person> people;
    for (const Person &p : doc.people())
        people.insert(p.id, p);
    for (const MoveContinuity::Tie &tie : move.ties) {
        const Person person = people.value(tie.personId);
        const QString who = MoveWords::whoTheyAre(person, tie);
        const QString name = person.displayName();
        auto *box = new QGroupBox(tr("%1 (%2)").arg(name, who), this);
        PersonFields f;
        f.personId = tie.personId;
        f.plan = new QComboBox(box);
        for (KeepInTouch::Plan p :
             {KeepInTouch::Plan::NotDecided, KeepInTouch::Plan::ContinuesAsNow,
              KeepInTouch::Plan::NewArrangement, KeepInTouch::Plan::Ends})
            f.plan->addItem(p == KeepInTouch::Plan::NotDecided
                                ? MoveWords::arrangement({}, !move.upcoming)
                                : MoveWords::planName(p),
                            int(p));
        f.plan->setCurrentIndex(std::max(0, f.plan->findData(int(tie.plan.plan))));
        f.plan->setAccessibleName(tr("What happens with %1").arg(name));
        f.often = new QComboBox(box);
        using C = Relationship::Contact;
        for (C c : {C::NotSet, C::Daily, C::Weekly, C::Fortnightly, C::Monthly, C::FewTimesAYear})
            f.often->addItem(c == C::NotSet ? tr("Not set") : Vocabulary::contactName(c), int(c));
        f.often->setCurrentIndex(std::max(0, f.often->findData(int(tie.plan.often))));
        f.often->setAccessibleName(tr("How often %1 and %2 keep in touch").arg(child, name));
        auto *waysRow = new QHBoxLayout;
        for (KeepInTouch::Way way : MoveWords::ways()) {
            auto *check = new QCheckBox(MoveWords::wayName(way), box);
            check->setChecked(tie.plan.ways & way);
            check->setAccessibleDescription(tr("A way %1 keeps in touch with %2").arg(child, name));
            waysRow->addWidget(check);
            f.ways << check;
        }
        waysRow->addStretch();
        f.arrangedBy = new QLineEdit(tie.plan.arrangedBy, box);
        f.arrangedBy->setAccessibleName(tr("Who arranges it, for %1").arg(name));
        f.why = new QLineEdit(tie.plan.why, box);
        f.why->setAccessibleName(tr("Why, or anything else to know, about %1").arg(name));
        f.why->setPlaceholderText(tr("Why it ends, or anything else to know"));

        auto *rows = new QFormLayout(box);
        if (tie.movesWith) {
            auto *together = new QLabel(
                tr("%1 lives with %2 in the new home too: nothing to plan unless that changes.")
                    .arg(name, child),
                box);
            together->setWordWrap(true);
            together->setTextFormat(Qt::PlainText);
            rows->addRow(together);
        }
        rows->addRow(tr("After the move:"), f.plan);
        rows->addRow(tr("How often:"), f.often);
        rows->addRow(tr("How:"), waysRow);
        rows->addRow(tr("Arranged by:"), f.arrangedBy);
        rows->addRow(tr("Why, or notes:"), f.why);
        if (!move.upcoming) {
            auto *record =
                new QLabel(tr("What the record shows: %1 — %2")
                               .arg(MoveWords::outcomeName(tie.outcome), MoveWords::evidence(tie)),
                           box);
            record->setWordWrap(true);
            record->setTextFormat(Qt::PlainText);
            rows->addRow(record);
        }
        connect(f.plan, &QComboBox::currentIndexChanged, this, &MovePlanDialog::refreshEnabled);
        body->addWidget(box);
        m_people << f;
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setScrollingBody(body, {buttons});
    setMinimumWidth(620);
    fitToScreen();
    refreshEnabled();
}

void MovePlanDialog::refreshEnabled()
{
    for (const PersonFields &f : std::as_const(m_people)) {
        const auto plan = KeepInTouch::Plan(f.plan->currentData().toInt());
        const bool arrangement = plan == KeepInTouch::Plan::NewArrangement;
        f.often->setEnabled(arrangement);
        for (QCheckBox *c : f.ways)
            c->setEnabled(arrangement);
        f.arrangedBy->setEnabled(arrangement || plan == KeepInTouch::Plan::ContinuesAsNow);
    }
}

MovePlan MovePlanDialog::plan() const
{
    MovePlan plan;
    plan.placementId = m_original.placementId;
    plan.planning = MovePlan::Planning(m_planning->currentData().toInt());
    plan.notice = m_notice->text().trimmed();
    for (const PersonFields &f : m_people) {
        KeepInTouch k;
        k.personId = f.personId;
        k.plan = KeepInTouch::Plan(f.plan->currentData().toInt());
        const bool arrangement = k.plan == KeepInTouch::Plan::NewArrangement;
        if (arrangement) {
            k.often = Relationship::Contact(f.often->currentData().toInt());
            for (qsizetype i = 0; i < f.ways.size(); ++i) {
                if (f.ways.at(i)->isChecked())
                    k.ways |= MoveWords::ways().at(i);
            }
        }
        if (f.arrangedBy->isEnabled())
            k.arrangedBy = f.arrangedBy->text().trimmed();
        k.why = f.why->text().trimmed();
        // "Not decided" with nothing written is no decision: it is not stored.
        if (k.plan != KeepInTouch::Plan::NotDecided || !k.why.isEmpty())
            plan.keep << k;
    }
    // Plans for people no longer in the list (their tie was dated away) are kept as they were.
    for (const KeepInTouch &k : m_original.keep) {
        const bool shown =
            std::any_of(m_people.cbegin(), m_people.cend(),
                        [&](const PersonFields &f) { return f.personId == k.personId; });
        if (!shown)
            plan.keep << k;
    }
    return plan;
}
