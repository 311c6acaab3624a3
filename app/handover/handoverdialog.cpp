// SPDX-License-Identifier: GPL-3.0-or-later
#include "handoverdialog.h"

#include "handoverplan.h"
#include "mnemonicfocus.h"
#include "passphrasewords.h"
#include "peoplechecklist.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    label->setWordWrap(true);
    return label;
}

} // namespace

HandoverDialog::HandoverDialog(const CaseContent &content, const QString &from, QWidget *parent)
    : GuardedDialog(parent)
    , m_content(content)
    , m_receivers(new QButtonGroup(this))
    , m_whatTheyGet(new QLabel(this))
    , m_leaveOut(nullptr)
    , m_staysHere(nullptr)
    , m_letter(nullptr)
    , m_from(nullptr)
    , m_make(nullptr)
{
    setWindowTitle(tr("Hand over a copy"));
    auto *intro = new QLabel(tr("Make a copy of this story for someone who should have it. It "
                                "is a story file they open in Belonging with its own "
                                "passphrase and can add to — not a printed book. It holds only "
                                "what they may have."),
                             this);
    intro->setWordWrap(true);

    auto *who = heading(tr("Who is this copy for?"), this);
    // Two columns of choices, read across: Tab enters the group, arrows move in it.
    auto *choices = new QGridLayout;
    for (int i = 0; i < HandoverRecord::kReceiverCount; ++i) {
        auto *button =
            new QRadioButton(HandoverPlan::receiverName(HandoverRecord::Receiver(i)), this);
        m_receivers->addButton(button, i);
        choices->addWidget(button, i / 2, i % 2);
    }
    m_whatTheyGet->setWordWrap(true);
    m_whatTheyGet->setTextFormat(Qt::PlainText);

    QList<Person> people;
    for (const Person &p : std::as_const(content.people)) {
        if (p.role != Person::Role::Place && p.role != Person::Role::Pet)
            people << p;
    }
    m_leaveOut = new PeopleChecklist(people, tr("Leave out of the copy"), this);
    m_staysHere = new QListWidget(this);
    m_letter = new QPlainTextEdit(this);
    m_from = new QLineEdit(from, this);
    m_leaveOut->setMaximumHeight(150);
    auto *leaveOutLabel = new QLabel(tr("&Leave out these people too (you can skip this):"), this);
    leaveOutLabel->setWordWrap(true);
    leaveOutLabel->setBuddy(m_leaveOut);
    MnemonicFocus::point(leaveOutLabel, m_leaveOut);

    auto *stays = heading(tr("What stays here, not in the copy"), this);
    m_staysHere->setAccessibleName(tr("What stays here, not in the copy"));
    m_staysHere->setWordWrap(true);
    m_staysHere->setSelectionMode(QAbstractItemView::NoSelection);
    m_staysHere->setMaximumHeight(130);

    auto *letterLabel = new QLabel(tr("&A letter for them, shown when they first open the copy "
                                      "(you can skip this):"),
                                   this);
    letterLabel->setWordWrap(true);
    letterLabel->setBuddy(m_letter);
    m_letter->setTabChangesFocus(true);
    m_letter->setAccessibleName(tr("A letter for them"));
    m_letter->setPlaceholderText(
        tr("For example: what to know first, and who to ask about anything in it."));
    m_letter->setMaximumHeight(110);
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    m_from->setAccessibleName(tr("From"));
    m_from->setPlaceholderText(tr("Your name and role"));
    auto *fromRow = new QHBoxLayout;
    fromRow->addWidget(fromLabel);
    fromRow->addWidget(m_from, 1);

    // One column, in the order it is read and tabbed through.
    auto *body = new QVBoxLayout;
    body->addWidget(intro);
    body->addWidget(who);
    body->addLayout(choices);
    body->addWidget(m_whatTheyGet);
    body->addWidget(leaveOutLabel);
    body->addWidget(m_leaveOut);
    body->addWidget(stays);
    body->addWidget(m_staysHere);
    body->addWidget(letterLabel);
    body->addWidget(m_letter);
    body->addLayout(fromRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_make = buttons->button(QDialogButtonBox::Ok);
    m_make->setText(tr("&Make the copy…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_receivers, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            refresh();
    });
    connect(m_leaveOut, &PeopleChecklist::changed, this, &HandoverDialog::refresh);
    setScrollingBody(body, {buttons});
    setMinimumWidth(640);
    fitToScreen();
    refresh();
}

QAbstractButton *HandoverDialog::receiverButton(HandoverRecord::Receiver receiver) const
{
    return m_receivers->button(int(receiver));
}

HandoverWriter::Request HandoverDialog::request() const
{
    HandoverWriter::Request r;
    r.receiver = HandoverRecord::Receiver(qMax(0, m_receivers->checkedId()));
    for (ItemId id : m_leaveOut->checked())
        r.leaveOut.insert(id);
    r.from = m_from->text().trimmed();
    r.letter = m_letter->toPlainText().trimmed();
    return r;
}

void HandoverDialog::refresh()
{
    const bool chosen = m_receivers->checkedId() >= 0;
    m_make->setEnabled(chosen);
    m_staysHere->clear();
    if (!chosen) {
        m_whatTheyGet->setText(tr("Choose who it is for to see what the copy will hold."));
        return;
    }
    const HandoverWriter::Request r = request();
    m_whatTheyGet->setText(HandoverPlan::whatTheyGet(r.receiver));
    const Redaction::Result result = HandoverPlan::contentFor(m_content, r.receiver, r.leaveOut);
    m_staysHere->addItems(result.leftOut);
    if (result.leftOut.isEmpty())
        m_staysHere->addItem(tr("Nothing: everything in the story goes in the copy."));
}

HandoverPassphraseDialog::HandoverPassphraseDialog(QWidget *parent)
    : QDialog(parent)
    , m_shown(new QLabel(this))
    , m_again(new QPushButton(tr("&New words"), this))
    , m_ok(nullptr)
{
    setWindowTitle(tr("The copy's passphrase"));
    auto *intro = new QLabel(tr("The copy opens only with this passphrase. Write it down now "
                                "and give it to them separately, not with the copy: it is not "
                                "shown again, and nobody can open the copy without it."),
                             this);
    intro->setWordWrap(true);
    QFont big = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_shown->setFont(big);
    m_shown->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_shown->setTextFormat(Qt::PlainText);
    m_shown->setAlignment(Qt::AlignCenter);
    m_shown->setWordWrap(true);
    m_shown->setFocusPolicy(Qt::StrongFocus);
    auto *written = new QCheckBox(tr("I have &written it down"), this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Use these words"));
    m_ok->setEnabled(false);
    auto *own = buttons->addButton(tr("Choose my &own…"), QDialogButtonBox::ActionRole);
    buttons->addButton(m_again, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(written, &QCheckBox::toggled, m_ok, &QWidget::setEnabled);
    connect(m_again, &QPushButton::clicked, this, [this, written] {
        written->setChecked(false); // new words have not been written down yet
        draw();
    });
    connect(own, &QPushButton::clicked, this, [this] {
        m_wantsOwn = true;
        accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_shown);
    layout->addWidget(written);
    layout->addWidget(buttons);
    setMinimumWidth(640);
    draw();
}

void HandoverPassphraseDialog::draw()
{
    m_words = PassphraseWords::generate();
    m_shown->setText(m_words);
    m_shown->setAccessibleName(tr("The passphrase: %1").arg(m_words));
}

HandoverLetterDialog::HandoverLetterDialog(const HandoverRecord &record, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("A letter came with this story"));
    const QString when = QLocale().toString(record.at.toLocalTime().date(), QLocale::LongFormat);
    auto *about = new QLabel(
        record.from.isEmpty() ? tr("This copy was handed over on %1.").arg(when)
                              : tr("This copy was handed over by %1 on %2.").arg(record.from, when),
        this);
    about->setWordWrap(true);
    about->setTextFormat(Qt::PlainText);
    auto *letter = new QTextBrowser(this);
    letter->setPlainText(record.letter);
    letter->setAccessibleName(tr("The letter"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addWidget(letter, 1);
    if (!record.leftOut.isEmpty()) {
        auto *kept = new QLabel(tr("What stayed with the sender, not in this copy:"), this);
        kept->setWordWrap(true);
        auto *list = new QListWidget(this);
        list->addItems(record.leftOut);
        list->setWordWrap(true);
        list->setAccessibleName(kept->text());
        list->setSelectionMode(QAbstractItemView::NoSelection);
        list->setMaximumHeight(140);
        layout->addWidget(kept);
        layout->addWidget(list);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    layout->addWidget(buttons);
    resize(620, 480);
}
