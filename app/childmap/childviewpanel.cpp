// SPDX-License-Identifier: GPL-3.0-or-later
#include "childviewpanel.h"

#include "childmapdocument.h"
#include "childmapview.h"
#include "fuzzydate.h"

#include <QComboBox>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

ChildViewPanel::ChildViewPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_day(new QComboBox(this))
    , m_map(new ChildMapView(this))
    , m_key(new QLabel(this))
    , m_differences(new QLabel(this))
{
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_day->setAccessibleName(tr("Which day's map"));
    m_map->setMinimumSize(300, 300);
    m_key->setWordWrap(true);
    m_key->setTextFormat(Qt::PlainText);
    m_key->setText(tr("Marks: + closer than on the adults' map, − further away, ! only on the "
                      "child's map."));
    m_key->setStyleSheet(QStringLiteral("color: #5f6670"));
    m_differences->setWordWrap(true);
    m_differences->setTextFormat(Qt::PlainText);
    m_differences->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                           Qt::TextSelectableByKeyboard);
    m_differences->setFocusPolicy(Qt::StrongFocus); // read line by line with a screen reader
    // The words below the map can be long (larger text, Welsh): the panel scrolls, the window
    // still fits the screen.
    auto *inner = new QWidget;
    auto *layout = new QVBoxLayout(inner);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    layout->addWidget(m_title);
    layout->addWidget(m_day);
    layout->addWidget(m_map, 1);
    layout->addWidget(m_key);
    layout->addWidget(m_differences);
    connect(m_day, &QComboBox::currentIndexChanged, this, &ChildViewPanel::showChosen);
}

void ChildViewPanel::setDocument(ChildMapDocument *doc, AdultRings adultRings)
{
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = doc;
    m_adultRings = std::move(adultRings);
    if (m_doc) {
        connect(m_doc, &ChildMapDocument::changed, this, &ChildViewPanel::refresh);
        connect(m_doc, &ChildMapDocument::reset, this, &ChildViewPanel::refresh);
    }
    refresh();
}

void ChildViewPanel::refresh()
{
    const QString child = m_doc ? m_doc->model().child().displayName() : QString();
    m_title->setText(tr("%1's own map").arg(child.isEmpty() ? tr("The child") : child));
    const ItemId chosen = m_day->currentData().value<ItemId>();
    {
        const QSignalBlocker quiet(m_day);
        m_day->clear();
        if (m_doc) {
            const QList<ChildMap> &maps = m_doc->maps();
            for (auto it = maps.crbegin(); it != maps.crend(); ++it) // newest first
                m_day->addItem(tr("As %1 saw it on %2")
                                   .arg(child, FuzzyDate::day(it->seenOn).toDisplayString()),
                               QVariant::fromValue(it->id));
        }
        const int again = m_day->findData(QVariant::fromValue(chosen));
        m_day->setCurrentIndex(again >= 0 ? again : 0);
    }
    m_day->setVisible(m_day->count() > 0);
    showChosen();
}

void ChildViewPanel::showChosen()
{
    m_shown.clear();
    const std::optional<ChildMap> map =
        m_doc ? m_doc->map(m_day->currentData().value<ItemId>()) : std::nullopt;
    const QString child = m_doc ? m_doc->model().child().displayName() : QString();
    if (!map) {
        m_map->hide();
        m_key->hide();
        m_differences->setText(tr("%1 has not made their own map yet. They can in Child Mode, "
                                  "under “My people”.")
                                   .arg(child.isEmpty() ? tr("The child") : child));
        return;
    }
    m_shown =
        ChildMapCompare::differences(*map, m_adultRings ? m_adultRings() : QHash<ItemId, int>{});
    ChildMapPicture picture;
    picture.setChildName(child);
    for (const Person &p : m_doc->model().people())
        picture.setPerson(p.id, p.displayName());
    picture.setMap(*map);
    picture.setDifferences(m_shown);
    m_map->show();
    m_key->show();
    m_map->showPicture(picture);
    QStringList lines;
    for (const ChildMapDifference &d : std::as_const(m_shown)) {
        const auto person = m_doc->model().person(d.personId);
        lines << QStringLiteral("• ") + ChildMapCompare::describe(
                                            d, person ? person->displayName() : QString(), child);
    }
    m_differences->setText(lines.isEmpty() ? tr("%1's map and the adults' map agree.").arg(child)
                                           : lines.join(u'\n'));
}
