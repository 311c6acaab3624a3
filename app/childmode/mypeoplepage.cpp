// SPDX-License-Identifier: GPL-3.0-or-later
#include "mypeoplepage.h"

#include "childmapcommands.h"
#include "childmapdocument.h"
#include "childmapview.h"
#include "childmodeview.h"
#include "feelingpicker.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

MyPeoplePage::MyPeoplePage(const WithSpeaker &withSpeaker, const BigButton &bigButton,
                           QWidget *parent)
    : QWidget(parent)
    , m_map(new ChildMapView(this))
    , m_who(new QLabel(this))
    , m_closer(bigButton(tr("Closer to me")))
    , m_further(bigButton(tr("Further away")))
    , m_takeOff(bigButton(tr("Take them off my map")))
    , m_others(new QListWidget(this))
    , m_put(bigButton(tr("Put them on my map")))
    , m_faces(new FeelingPicker(this))
    , m_back(bigButton(tr("Back")))
{
    auto *intro = new QLabel(tr("Put the people in your life on your map. The closer to you, the "
                                "closer they feel."),
                             this);
    intro->setWordWrap(true);
    m_who->setWordWrap(true);
    // The list says what it is to a screen reader and on hover; its button below says it to
    // everyone (a title row too, and the page no longer fitted a laptop screen).
    m_others->setAccessibleName(tr("People you can put on your map:"));
    m_others->setToolTip(m_others->accessibleName());
    m_others->setMinimumHeight(ChildModeView::kMinTarget);
    m_others->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored); // takes what is left
    m_others->setStyleSheet(QStringLiteral("QListWidget::item { min-height: 44px; }"));
    auto *howTitle = new QLabel(tr("How do you feel about them?"), this);
    howTitle->setWordWrap(true);
    m_faces->setQuestion(howTitle->text());
    for (QToolButton *face : m_faces->buttons()) {
        // Faces alone here (the word is its name for a screen reader and its tooltip): the
        // column beside the map has no room for nine words.
        face->setToolButtonStyle(Qt::ToolButtonIconOnly);
        face->setToolTip(face->text());
        face->setIconSize(QSize(30, 30));
        face->setMinimumSize(ChildModeView::kMinTarget, ChildModeView::kMinTarget);
    }

    auto *side = new QVBoxLayout;
    side->addWidget(withSpeaker(m_who, [this] { return m_who->text(); }));
    auto *moves = new QHBoxLayout;
    moves->addWidget(m_closer);
    moves->addWidget(m_further);
    side->addLayout(moves);
    side->addWidget(withSpeaker(howTitle, [howTitle] { return howTitle->text(); }));
    side->addWidget(m_faces);
    side->addWidget(m_takeOff);
    side->addWidget(m_others, 1);
    side->addWidget(m_put);
    // Someone who is not in the story yet, by name (an adult can help type it).
    m_newName = new QLineEdit(this);
    m_newName->setPlaceholderText(tr("Someone new: type their name"));
    m_newName->setAccessibleName(tr("The name of someone new"));
    m_newName->setMinimumHeight(ChildModeView::kMinTarget);
    m_newName->setMaxLength(60);
    m_addNew = bigButton(tr("Add them"));
    m_addNew->setEnabled(false);
    auto *last = new QHBoxLayout;
    last->addWidget(m_newName, 1);
    last->addWidget(m_addNew);
    side->addLayout(last);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_map, 3);
    middle->addLayout(side, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(withSpeaker(intro, [intro] { return intro->text(); }), 1);
    top->addWidget(m_back, 0, Qt::AlignTop);
    layout->addLayout(top);
    layout->addLayout(middle, 1);

    m_everyone = new QLabel(tr("Everyone is on your map."), this);
    m_everyone->setWordWrap(true);
    m_everyone->hide();
    side->insertWidget(side->indexOf(m_others), m_everyone);
    // Tab goes the way the eye does: the map, its buttons, the faces, the people to add.
    QWidget *previous = m_map;
    QList<QWidget *> order = {m_closer, m_further};
    for (QToolButton *face : m_faces->buttons())
        order << face;
    order << m_takeOff << m_others << m_put << m_newName << m_addNew << m_back;
    for (QWidget *next : std::as_const(order)) {
        setTabOrder(previous, next);
        previous = next;
    }

    connect(m_map, &ChildMapView::selectionChanged, this, &MyPeoplePage::chosen);
    connect(m_closer, &QPushButton::clicked, this, [this] { m_map->moveSelected(-1); });
    connect(m_further, &QPushButton::clicked, this, [this] { m_map->moveSelected(1); });
    connect(m_takeOff, &QPushButton::clicked, this, [this] {
        if (m_doc && m_stack && m_map->selected() != kNoId)
            Command::takeOffChildMap(*m_stack, *m_doc, m_map->selected());
    });
    connect(m_put, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_others->currentItem())
            m_map->put(item->data(Qt::UserRole).value<ItemId>());
    });
    connect(m_others, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        m_map->put(item->data(Qt::UserRole).value<ItemId>());
    });
    connect(m_others, &QListWidget::currentRowChanged, this, [this] { refresh(); });
    connect(m_faces, &FeelingPicker::changed, this, &MyPeoplePage::faceChanged);
    connect(m_newName, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_addNew->setEnabled(!text.trimmed().isEmpty() && m_addPerson);
    });
    const auto addNew = [this] {
        const QString name = m_newName->text().trimmed();
        if (name.isEmpty() || !m_addPerson)
            return;
        const ItemId id = m_addPerson(name);
        if (id == kNoId)
            return;
        m_newName->clear();
        m_map->put(id);
        m_map->setFocus(Qt::OtherFocusReason);
    };
    connect(m_addNew, &QPushButton::clicked, this, addNew);
    connect(m_newName, &QLineEdit::returnPressed, this, addNew);
    connect(m_back, &QPushButton::clicked, this, &MyPeoplePage::backRequested);
}

void MyPeoplePage::setDocument(ChildMapDocument *doc, QUndoStack *stack)
{
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = doc;
    m_stack = stack;
    m_map->setDocument(doc, stack);
    if (m_doc) {
        connect(m_doc, &ChildMapDocument::changed, this, &MyPeoplePage::refresh);
        connect(m_doc, &ChildMapDocument::reset, this, &MyPeoplePage::refresh);
    }
    refresh();
}

void MyPeoplePage::start()
{
    m_map->select(kNoId);
    refresh();
}

void MyPeoplePage::refresh()
{
    const ItemId wanted = m_others->currentItem()
                              ? m_others->currentItem()->data(Qt::UserRole).value<ItemId>()
                              : kNoId;
    const QSignalBlocker quiet(m_others);
    m_others->clear();
    const ChildMap map = m_doc ? m_doc->latest().value_or(ChildMap{}) : ChildMap{};
    if (m_doc) {
        for (const Person &p : m_doc->people()) {
            if (map.place(p.id))
                continue;
            auto *item = new QListWidgetItem(p.displayName(), m_others);
            item->setData(Qt::UserRole, QVariant::fromValue(p.id));
            if (p.id == wanted)
                m_others->setCurrentItem(item);
        }
    }
    if (!m_others->currentItem() && m_others->count() > 0)
        m_others->setCurrentRow(0);
    m_put->setEnabled(m_others->count() > 0);
    m_others->setVisible(m_others->count() > 0);
    m_everyone->setVisible(m_others->count() == 0 && m_doc);
    chosen(m_map->selected());
}

void MyPeoplePage::chosen(ItemId personId)
{
    const ChildMap map = m_doc ? m_doc->latest().value_or(ChildMap{}) : ChildMap{};
    const ChildMapPlace *place = map.place(personId);
    const auto person = m_doc && place ? m_doc->model().person(personId) : std::nullopt;
    m_who->setText(person ? tr("You chose %1.").arg(person->displayName())
                          : tr("Press someone on your map to choose them."));
    // A button that greys out while it has the keyboard hands it to the other way to move, or
    // the map: never on to "Take them off my map", where one more Space would take someone off.
    QWidget *had = QApplication::focusWidget();
    m_closer->setEnabled(place && place->ring != ChildMapPlace::Ring::Close);
    m_further->setEnabled(place && place->ring != ChildMapPlace::Ring::Further);
    m_takeOff->setEnabled(place != nullptr);
    if ((had == m_closer || had == m_further) && !had->isEnabled()) {
        QPushButton *other = had == m_closer ? m_further : m_closer;
        if (other->isEnabled())
            other->setFocus(Qt::OtherFocusReason);
        else
            m_map->setFocus(Qt::OtherFocusReason);
    }
    m_faces->setEnabled(place != nullptr);
    const QSignalBlocker quiet(m_faces);
    m_faces->setFeelings(place && place->feeling ? QList<Memory::Feeling>{*place->feeling}
                                                 : QList<Memory::Feeling>{});
}

// One face a person: the one just picked replaces the one before.
void MyPeoplePage::faceChanged()
{
    if (!m_doc || !m_stack)
        return;
    const ChildMap map = m_doc->latest().value_or(ChildMap{});
    const ChildMapPlace *place = map.place(m_map->selected());
    if (!place)
        return;
    ChildMapPlace changed = *place;
    changed.feeling.reset();
    for (Memory::Feeling f : m_faces->feelings()) {
        if (!place->feeling || f != *place->feeling)
            changed.feeling = f;
    }
    Command::placeOnChildMap(*m_stack, *m_doc, changed);
}
