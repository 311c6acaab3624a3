// SPDX-License-Identifier: GPL-3.0-or-later
#include "genogrampane.h"

#include "casecontentio.h"
#include "casemodel.h"
#include "childcommands.h"
#include "commands.h"
#include "ecomapdocument.h"
#include "familycommands.h"
#include "familydocument.h"
#include "familyimportdialog.h"
#include "familyroles.h"
#include "familytree.h"
#include "familywords.h"
#include "placementrepository.h"
#include "relativedialog.h"

#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSet>
#include <QShortcut>
#include <QSlider>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QWheelEvent>

namespace {

constexpr double kNudgeStep = 10;

// The key, painted beside the tree; the same rows the books print.
class KeyWidget : public QWidget
{
public:
    explicit KeyWidget(QWidget *parent)
        : QWidget(parent)
    {
        setAccessibleName(GenogramPane::tr("Key to the family tree"));
        QStringList words;
        for (const auto &row : GenogramPicture::key(GenogramPicture::Style::Professional))
            words << row.words;
        setAccessibleDescription(words.join(QStringLiteral("; ")));
    }
    QSize sizeHint() const override { return {260, heightForWidth(260)}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int w) const override
    {
        QImage probe(1, 1, QImage::Format_ARGB32);
        QPainter p(&probe);
        p.setFont(font());
        return int(GenogramPicture::paintKey(
                   p, QRectF(0, 0, w, 2000),
                   GenogramPicture::key(GenogramPicture::Style::Professional))) +
               8;
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setFont(font());
        GenogramPicture::paintKey(p, QRectF(rect()),
                                  GenogramPicture::key(GenogramPicture::Style::Professional));
    }
};

} // namespace

GenogramCanvas::GenogramCanvas(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Family tree"));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void GenogramCanvas::setPicture(const GenogramPicture &picture)
{
    m_picture = picture;
    if (!m_picture.contains(m_selected))
        m_selected = GenogramPicture::kNoSelection;
    m_picture.setSelected(m_selected, true);
    updateGeometry();
    resize(sizeHint()); // the scroll area centres a small tree
    update();
    announce();
}

QSize GenogramCanvas::sizeHint() const
{
    return (m_picture.bounds().size() * m_zoom).toSize() + QSize(2, 2);
}

QPointF GenogramCanvas::toScene(QPointF widget) const
{
    return widget / m_zoom + m_picture.bounds().topLeft();
}

QPoint GenogramCanvas::pointOf(ItemId person) const
{
    return ((m_picture.centre(person) - m_picture.bounds().topLeft()) * m_zoom).toPoint();
}

void GenogramCanvas::setZoom(double zoom)
{
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    m_zoom = zoom;
    updateGeometry();
    resize(sizeHint()); // the scroll area centres a small tree
    update();
    emit zoomChanged(m_zoom);
}

void GenogramCanvas::wheelEvent(QWheelEvent *event)
{
    // Ctrl and the wheel zoom, as on the map; the wheel alone scrolls.
    if (event->modifiers() & Qt::ControlModifier) {
        setZoom(m_zoom * (event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15));
        event->accept();
        return;
    }
    QWidget::wheelEvent(event);
}

void GenogramCanvas::select(ItemId person)
{
    if (!m_picture.contains(person))
        return;
    m_selected = person;
    m_picture.setSelected(person, true);
    update();
    announce();
    emit selectionMoved(pointOf(person));
}

void GenogramCanvas::announce()
{
    const QString text = m_picture.contains(m_selected)
                             ? m_picture.describe(m_selected)
                             : tr("Choose someone with the arrow keys; the Menu key adds "
                                  "their relatives.");
    setAccessibleDescription(text);
    setToolTip(m_picture.contains(m_selected) ? text : QString());
    QAccessibleEvent event(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&event);
}

void GenogramCanvas::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.scale(m_zoom, m_zoom);
    p.translate(-m_picture.bounds().topLeft());
    m_picture.paint(p);
    if (m_dragFrom && m_picture.contains(m_selected)) {
        p.setPen(QPen(palette().highlight().color(), 2, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(m_picture.symbolRect(m_selected).translated(m_dragBy));
    }
    if (hasFocus() && !m_picture.contains(m_selected)) {
        p.resetTransform();
        p.setPen(QPen(palette().highlight().color(), 2, Qt::DotLine));
        p.drawRect(rect().adjusted(1, 1, -2, -2));
    }
}

void GenogramCanvas::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    if (!m_picture.contains(m_selected))
        select(kChildId);
}

void GenogramCanvas::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    const bool arrow =
        key == Qt::Key_Left || key == Qt::Key_Right || key == Qt::Key_Up || key == Qt::Key_Down;
    if (arrow && (event->modifiers() & Qt::AltModifier) && m_picture.contains(m_selected)) {
        const QPointF by(key == Qt::Key_Left    ? -kNudgeStep
                         : key == Qt::Key_Right ? kNudgeStep
                                                : 0,
                         key == Qt::Key_Up     ? -kNudgeStep
                         : key == Qt::Key_Down ? kNudgeStep
                                               : 0);
        emit nudged(m_selected, by);
        return;
    }
    if (arrow) {
        // The nearest person that way, favouring the same row or column.
        const QPointF from = m_picture.contains(m_selected) ? m_picture.centre(m_selected)
                                                            : m_picture.centre(kChildId);
        std::optional<ItemId> best;
        double bestScore = 0;
        for (ItemId id : m_picture.order()) {
            if (id == m_selected)
                continue;
            const QPointF d = m_picture.centre(id) - from;
            double along = 0, across = 0;
            if (key == Qt::Key_Left)
                along = -d.x(), across = d.y();
            else if (key == Qt::Key_Right)
                along = d.x(), across = d.y();
            else if (key == Qt::Key_Up)
                along = -d.y(), across = d.x();
            else
                along = d.y(), across = d.x();
            if (along <= 1)
                continue;
            const double score = along + 3 * std::abs(across);
            if (!best || score < bestScore) {
                best = id;
                bestScore = score;
            }
        }
        if (best)
            select(*best);
        return;
    }
    if ((key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_F2) &&
        m_picture.contains(m_selected)) {
        emit detailsRequested(m_selected);
        return;
    }
    if ((key == Qt::Key_Menu || (key == Qt::Key_F10 && event->modifiers() & Qt::ShiftModifier)) &&
        m_picture.contains(m_selected)) {
        emit menuRequested(m_selected, mapToGlobal(pointOf(m_selected)));
        return;
    }
    QWidget::keyPressEvent(event);
}

void GenogramCanvas::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (const auto id = m_picture.personAt(toScene(event->position()))) {
        select(*id);
        if (event->button() == Qt::LeftButton) {
            m_dragFrom = event->position();
            m_dragBy = {};
        }
    }
}

void GenogramCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragFrom)
        return;
    m_dragBy = (event->position() - *m_dragFrom) / m_zoom;
    update();
}

void GenogramCanvas::mouseReleaseEvent(QMouseEvent *)
{
    if (!m_dragFrom)
        return;
    m_dragFrom.reset();
    const QPointF by = m_dragBy;
    m_dragBy = {};
    update();
    if (by.manhattanLength() * m_zoom >= 4 && m_picture.contains(m_selected))
        emit nudged(m_selected, by);
}

void GenogramCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (const auto id = m_picture.personAt(toScene(event->position())))
        emit detailsRequested(*id);
}

void GenogramCanvas::contextMenuEvent(QContextMenuEvent *event)
{
    if (event->reason() == QContextMenuEvent::Keyboard) {
        if (m_picture.contains(m_selected))
            emit menuRequested(m_selected, mapToGlobal(pointOf(m_selected)));
        return;
    }
    if (const auto id = m_picture.personAt(toScene(event->pos()))) {
        select(*id);
        emit menuRequested(*id, event->globalPos());
    }
}

GenogramPane::GenogramPane(QWidget *parent)
    : QWidget(parent)
    , m_canvas(new GenogramCanvas(this))
    , m_hint(new QLabel(this))
    , m_ties(new QCheckBox(tr("Show &closeness from the map"), this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_sliderLabel(new QLabel(this))
    , m_exec([](QDialog &d) { return d.exec(); })
{
    m_hint->setWordWrap(true);
    m_slider->setAccessibleName(tr("Who the child lived with, by year"));
    m_slider->setPageStep(1);
    auto *top = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add a relative…"), this);
    auto *details = new QPushButton(tr("Family &details…"), this);
    auto *bringIn = new QPushButton(tr("&Bring in a family tree…"), this);
    bringIn->setToolTip(tr("Add the people in a GEDCOM file from a family history program"));
    top->addWidget(add);
    top->addWidget(details);
    top->addWidget(bringIn);
    auto *save = new QPushButton(tr("&Save as GEDCOM…"), this);
    save->setToolTip(tr("Save the family's shape for a family history program"));
    top->addWidget(save);
    connect(bringIn, &QPushButton::clicked, this, &GenogramPane::importTree);
    connect(save, &QPushButton::clicked, this, &GenogramPane::exportTree);
    top->addStretch();
    // A second row: the words of long languages never squeeze the slider off the screen.
    auto *second = new QHBoxLayout;
    second->addWidget(m_ties);
    second->addSpacing(24);
    auto *sliderTitle = new QLabel(tr("Household &in:"), this);
    sliderTitle->setBuddy(m_slider);
    second->addWidget(sliderTitle);
    second->addWidget(m_slider, 1);
    second->addWidget(m_sliderLabel);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_canvas);
    scroll->setWidgetResizable(false);
    scroll->setBackgroundRole(QPalette::Base);
    // Tab goes to the tree itself (not its frame); a small tree sits in the middle.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setAlignment(Qt::AlignCenter);
    m_scroll = scroll;
    // Whoever is chosen (by keys, by a click, at the start: the child) is kept in sight.
    connect(m_canvas, &GenogramCanvas::selectionMoved, this,
            [scroll](QPoint at) { scroll->ensureVisible(at.x(), at.y(), 140, 110); });
    // Zoom: buttons, Ctrl+wheel, and the map's keys (Ctrl+=, Ctrl+-, Ctrl+0 fits).
    auto *zoomOut = new QToolButton(this);
    zoomOut->setText(QStringLiteral("−"));
    zoomOut->setAccessibleName(tr("Zoom out"));
    zoomOut->setToolTip(tr("Zoom out (Ctrl+-)"));
    auto *zoomIn = new QToolButton(this);
    zoomIn->setText(QStringLiteral("+"));
    zoomIn->setAccessibleName(tr("Zoom in"));
    zoomIn->setToolTip(tr("Zoom in (Ctrl+=)"));
    auto *fit = new QToolButton(this);
    fit->setText(tr("Fit"));
    fit->setAccessibleName(tr("Fit the whole tree"));
    fit->setToolTip(tr("Fit the whole tree in view (Ctrl+0)"));
    connect(zoomIn, &QToolButton::clicked, this,
            [this] { m_canvas->setZoom(m_canvas->zoom() * 1.25); });
    connect(zoomOut, &QToolButton::clicked, this,
            [this] { m_canvas->setZoom(m_canvas->zoom() / 1.25); });
    connect(fit, &QToolButton::clicked, this, &GenogramPane::fitTree);
    for (const auto &[keys, slot] :
         std::initializer_list<std::pair<QList<QKeySequence>, std::function<void()>>>{
             {{QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)},
              [this] { m_canvas->setZoom(m_canvas->zoom() * 1.25); }},
             {{QKeySequence::ZoomOut}, [this] { m_canvas->setZoom(m_canvas->zoom() / 1.25); }},
             {{QKeySequence(Qt::CTRL | Qt::Key_0)}, [this] { fitTree(); }}}) {
        for (const QKeySequence &k : keys) {
            auto *shortcut =
                new QShortcut(k, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
            connect(shortcut, &QShortcut::activated, this, slot);
        }
    }
    second->addSpacing(12);
    second->addWidget(zoomOut);
    second->addWidget(zoomIn);
    second->addWidget(fit);
    auto *key = new KeyWidget(this);
    auto *keyScroll = new QScrollArea(this);
    keyScroll->setWidget(key);
    keyScroll->setWidgetResizable(true);
    keyScroll->setFixedWidth(290);
    keyScroll->setFrameShape(QFrame::NoFrame);
    auto *middle = new QHBoxLayout;
    middle->addWidget(scroll, 1);
    middle->addWidget(keyScroll);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(second);
    layout->addWidget(m_hint);
    layout->addLayout(middle, 1);

    connect(add, &QPushButton::clicked, this, [this] {
        const ItemId who = selected() == GenogramPicture::kNoSelection ? kChildId : selected();
        if (QMenu *menu = menuFor(who))
            menu->exec(m_canvas->mapToGlobal(m_canvas->pointOf(who)));
    });
    connect(details, &QPushButton::clicked, this, [this] {
        editDetails(selected() == GenogramPicture::kNoSelection ? kChildId : selected());
    });
    connect(m_ties, &QCheckBox::toggled, this, &GenogramPane::rebuild);
    connect(m_slider, &QSlider::valueChanged, this, &GenogramPane::rebuild);
    connect(m_canvas, &GenogramCanvas::menuRequested, this, [this](ItemId id, QPoint at) {
        if (QMenu *menu = menuFor(id))
            menu->exec(at);
    });
    connect(m_canvas, &GenogramCanvas::detailsRequested, this, &GenogramPane::editDetails);
    connect(m_canvas, &GenogramCanvas::nudged, this, [this](ItemId id, QPointF by) {
        if (!m_family || !m_stack)
            return;
        const QPointF from = m_family->family().nudges.value(id);
        Command::nudge(*m_stack, *m_family, id, from, from + by);
    });
}

GenogramPane::~GenogramPane() = default;

const GenogramPicture &GenogramPane::picture() const
{
    return m_canvas->picture();
}

ItemId GenogramPane::selected() const
{
    return m_canvas->selected();
}

void GenogramPane::select(ItemId person)
{
    m_canvas->select(person);
}

void GenogramPane::setCase(CaseModel *model, EcomapDocument *map, QUndoStack *stack)
{
    if (m_family) {
        m_family->deleteLater();
        m_family = nullptr;
    }
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_map = map;
    m_stack = stack;
    if (!model) {
        m_canvas->setPicture({});
        return;
    }
    m_family = new FamilyDocument(*model, this);
    m_family->load();
    connect(m_family, &FamilyDocument::changed, this, &GenogramPane::rebuild);
    connect(m_family, &FamilyDocument::failed, this,
            [this](const StorageError &e) { emit errorOccurred(e.message()); });
    connect(model, &CaseModel::peopleChanged, this, &GenogramPane::rebuild);
    connect(model, &CaseModel::childChanged, this, &GenogramPane::rebuild);
    connect(model, &CaseModel::tiesChanged, this, &GenogramPane::rebuild);
    connect(model, &CaseModel::timelineChanged, this, [this] {
        m_placements = PlacementRepository(m_model->file()).all();
        rebuild();
    });
    m_placements = PlacementRepository(model->file()).all();
    rebuild();
}

void GenogramPane::rebuild()
{
    if (!m_model || !m_family)
        return;
    GenogramPicture::Input in;
    in.child = m_model->child();
    in.people = m_model->people();
    in.family = m_family->family();
    in.placements = m_placements;
    in.showTies = m_ties->isChecked();
    if (m_map)
        in.ties = m_map->relationships();

    // The slider runs from the year the child was born (or their first home) to this year.
    const int thisYear = in.today.year();
    int first = in.child.dateOfBirth().isValid() ? in.child.dateOfBirth().year() : thisYear;
    for (const Placement &p : std::as_const(m_placements)) {
        if (!p.from.isUnknown() && p.from.earliest().isValid())
            first = std::min(first, p.from.earliest().year());
    }
    first = std::max(first, thisYear - 30);
    const QSignalBlocker block(m_slider);
    const bool atEnd = !m_sliderSet || m_slider->value() == m_slider->maximum();
    m_sliderSet = true;
    m_slider->setRange(first, thisYear);
    if (atEnd)
        m_slider->setValue(thisYear);
    m_slider->setEnabled(first < thisYear);
    const int year = m_slider->value();
    in.householdOn = year == thisYear ? in.today : QDate(year, 7, 1);
    m_sliderLabel->setText(year == thisYear ? tr("now") : QString::number(year));
    m_slider->setAccessibleDescription(m_sliderLabel->text());

    GenogramPicture picture;
    picture.build(in);
    m_canvas->setPicture(picture);
    const QString child =
        in.child.displayName().isEmpty() ? tr("the child") : in.child.displayName();
    m_hint->setText(picture.order().size() <= 1
                        ? tr("Start with %1: choose Add a relative to add their mother, father, "
                             "brothers and sisters. The family tree arranges itself.")
                              .arg(child)
                        : tr("Right-click someone (or choose them with the arrow keys and press "
                             "the Menu key) to add their relatives. Alt+arrow keys move "
                             "them."));
}

QString GenogramPane::nameOf(ItemId id) const
{
    if (!m_model)
        return {};
    if (id == kChildId)
        return m_model->child().displayName().isEmpty() ? tr("the child")
                                                        : m_model->child().displayName();
    const auto p = m_model->person(id);
    return p ? p->displayName() : QString();
}

void GenogramPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The child (or whoever is chosen) in sight when the tab opens, wherever the tree begins.
    QTimer::singleShot(0, this, [this] {
        const ItemId who = m_canvas->picture().contains(selected()) ? selected() : kChildId;
        if (m_scroll && m_canvas->picture().contains(who)) {
            const QPoint at = m_canvas->pointOf(who);
            m_scroll->ensureVisible(at.x(), at.y(), 140, 110);
        }
    });
}

void GenogramPane::fitTree()
{
    const QRectF bounds = m_canvas->picture().bounds();
    if (!m_scroll || bounds.isEmpty())
        return;
    const QSize room = m_scroll->viewport()->size() - QSize(4, 4);
    m_canvas->setZoom(std::min(
        {double(room.width()) / bounds.width(), double(room.height()) / bounds.height(), 1.0}));
}

QMenu *GenogramPane::menuFor(ItemId person)
{
    if (!m_model || !m_family || !m_stack)
        return nullptr;
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    using R = RelativeDialog::Relation;
    const auto addAction = [&](const QString &text, R relation) {
        QAction *a = menu->addAction(text);
        connect(a, &QAction::triggered, this,
                [this, person, relation] { addRelative(person, int(relation)); });
        return a;
    };
    addAction(tr("Add &mother…"), R::Mother);
    addAction(tr("Add &father…"), R::Father);
    addAction(tr("Add another &parent or carer…"), R::Parent);
    addAction(tr("Add a p&artner…"), R::Partner);
    addAction(tr("Add a &child…"), R::Child);
    QAction *sibling = addAction(tr("Add a brother or &sister…"), R::Sibling);
    bool hasBirthParents = false;
    for (const ParentLink &l : m_family->parentsOf(person))
        hasBirthParents = hasBirthParents || l.kind == ParentLink::Kind::Birth;
    sibling->setEnabled(hasBirthParents);
    if (!hasBirthParents)
        sibling->setText(tr("Add a brother or &sister (add a birth parent first)"));
    menu->addSeparator();
    connect(menu->addAction(tr("Family &details…")), &QAction::triggered, this,
            [this, person] { editDetails(person); });
    // Relatives brought in from a family tree are not on the map until someone chooses.
    if (person != kChildId && m_map && !m_map->isOnMap(person)) {
        connect(menu->addAction(tr("Put &on the map of people who matter")), &QAction::triggered,
                this, [this, person] { Command::placeOnMap(*m_stack, *m_map, person, 2); });
    }

    // Twins: someone sharing a birth parent.
    QSet<ItemId> parents;
    for (const ParentLink &l : m_family->parentsOf(person))
        parents.insert(l.parent);
    QMenu *twins = menu->addMenu(tr("Mark as a &twin of"));
    // Twins share a birthday: someone born in another year is not offered.
    const auto bornOf = [this](ItemId id) {
        if (id == kChildId)
            return m_model->child().born;
        const auto p = m_model->person(id);
        return p ? p->born : FuzzyDate();
    };
    const auto genderOf = [this](ItemId id) {
        if (id == kChildId)
            return m_model->child().gender;
        const auto p = m_model->person(id);
        return p ? p->gender : Person::Gender::NotKnown;
    };
    for (const ParentLink &l : m_family->family().parents) {
        if (l.child == person || !parents.contains(l.parent))
            continue;
        const ItemId other = l.child;
        const FuzzyDate mine = bornOf(person), theirs = bornOf(other);
        if (!mine.isUnknown() && !theirs.isUnknown() && mine.earliest().isValid() &&
            theirs.earliest().isValid() && mine.earliest().year() != theirs.earliest().year())
            continue;
        bool already = false;
        for (const Twins &t : m_family->family().twins)
            already = already || ((t.personA == person && t.personB == other) ||
                                  (t.personB == person && t.personA == other));
        if (already || twins->actions().size() > 20)
            continue;
        bool listed = false;
        for (QAction *a : twins->actions())
            listed = listed || a->data().value<ItemId>() == other;
        if (listed)
            continue;
        // Identical twins are the same sex as far as the record says.
        const Person::Gender g1 = genderOf(person), g2 = genderOf(other);
        const bool mayBeIdentical =
            g1 == Person::Gender::NotKnown || g2 == Person::Gender::NotKnown || g1 == g2;
        for (bool identical : {false, true}) {
            if (identical && !mayBeIdentical)
                continue;
            QAction *a = twins->addAction(identical ? tr("%1 (identical)").arg(nameOf(other))
                                                    : nameOf(other));
            a->setData(QVariant::fromValue(other));
            connect(a, &QAction::triggered, this, [this, person, other, identical] {
                Twins t;
                t.personA = person == kChildId ? kChildId : other;
                t.personB = person == kChildId ? other : person;
                t.identical = identical;
                Command::putTwins(*m_stack, *m_family, std::nullopt, t);
            });
        }
    }
    twins->setEnabled(!twins->isEmpty());

    if (person != kChildId) {
        connect(menu->addAction(tr("Add a pregnancy &lost…")), &QAction::triggered, this,
                [this, person] { addLoss(person); });
    }

    // Parents of the same child with nothing recorded about them as a couple (the tree draws
    // them side by side): how they are together is recorded here.
    QSet<ItemId> coParents;
    for (const ParentLink &mine : m_family->childrenOf(person)) {
        if (mine.kind != ParentLink::Kind::Birth)
            continue;
        for (const ParentLink &other : m_family->parentsOf(mine.child)) {
            if (other.parent != person && other.kind == ParentLink::Kind::Birth)
                coParents.insert(other.parent);
        }
    }
    for (const Partnership &p : m_family->partnershipsOf(person))
        coParents.remove(p.other(person));
    for (ItemId other : std::as_const(coParents)) {
        const QString title = tr("%1 and %2 as partners").arg(nameOf(person), nameOf(other));
        connect(menu->addAction(
                    tr("Record how %1 and %2 are together…").arg(nameOf(person), nameOf(other))),
                &QAction::triggered, this, [this, person, other, title] {
                    RelativeDialog dialog(RelativeDialog::Relation::Partner, nameOf(person),
                                          nameOf(kChildId), this);
                    Partnership unchosen;
                    unchosen.personA = person;
                    unchosen.personB = other;
                    dialog.setPartnershipToChange(unchosen, title);
                    dialog.kindCombo()->setCurrentIndex(0); // "Choose…": nothing assumed
                    if (m_exec(dialog) != QDialog::Accepted)
                        return;
                    Partnership after = dialog.partnership();
                    after.personA = person;
                    after.personB = other;
                    Command::putPartnership(*m_stack, *m_family, std::nullopt, after);
                });
    }

    // Partnerships to change: their kind, dates and how they ended.
    for (const Partnership &p : m_family->partnershipsOf(person)) {
        const QString title = tr("%1 and %2 as partners").arg(nameOf(p.personA), nameOf(p.personB));
        connect(menu->addAction(tr("Change %1…").arg(title)), &QAction::triggered, this,
                [this, p, title] {
                    RelativeDialog dialog(RelativeDialog::Relation::Partner, nameOf(p.personA),
                                          nameOf(kChildId), this);
                    dialog.setPartnershipToChange(p, title);
                    if (m_exec(dialog) != QDialog::Accepted)
                        return;
                    Partnership after = dialog.partnership();
                    after.id = p.id;
                    after.personA = p.personA;
                    after.personB = p.personB;
                    Command::putPartnership(*m_stack, *m_family, p, after);
                });
    }

    // A parent's line: its kind and dates changed, or the line removed.
    const auto lineName = [this](const ParentLink &l) {
        return tr("%1 as %2's %3")
            .arg(nameOf(l.parent), nameOf(l.child), FamilyWords::parentKind(l.kind).toLower());
    };
    for (const ParentLink &l : m_family->family().parents) {
        if (l.child != person && l.parent != person)
            continue;
        const QString title = lineName(l);
        connect(menu->addAction(tr("Change %1…").arg(title)), &QAction::triggered, this,
                [this, l, title] {
                    RelativeDialog dialog(RelativeDialog::Relation::Parent, nameOf(l.child),
                                          nameOf(kChildId), this);
                    dialog.setParentLinkToChange(l, title);
                    if (m_exec(dialog) != QDialog::Accepted)
                        return;
                    ParentLink after = dialog.parentLink();
                    after.id = l.id;
                    after.child = l.child;
                    after.parent = l.parent;
                    Command::putParentLink(*m_stack, *m_family, l, after);
                });
    }

    // Lines to remove.
    QMenu *remove = menu->addMenu(tr("&Remove a line"));
    for (const ParentLink &l : m_family->family().parents) {
        if (l.child != person && l.parent != person)
            continue;
        connect(remove->addAction(lineName(l)), &QAction::triggered, this,
                [this, l] { Command::putParentLink(*m_stack, *m_family, l, std::nullopt); });
    }
    for (const Partnership &p : m_family->partnershipsOf(person)) {
        connect(remove->addAction(
                    tr("%1 and %2 as partners").arg(nameOf(p.personA), nameOf(p.personB))),
                &QAction::triggered, this,
                [this, p] { Command::putPartnership(*m_stack, *m_family, p, std::nullopt); });
    }
    for (const Twins &t : m_family->family().twins) {
        if (t.personA != person && t.personB != person)
            continue;
        connect(
            remove->addAction(tr("%1 and %2 as twins").arg(nameOf(t.personA), nameOf(t.personB))),
            &QAction::triggered, this,
            [this, t] { Command::putTwins(*m_stack, *m_family, t, std::nullopt); });
    }
    for (const LostPregnancy &l : m_family->family().losses) {
        if (l.mother != person)
            continue;
        QString text = FamilyWords::loss(l.kind);
        if (!l.date.isUnknown())
            text = tr("%1, %2").arg(text, l.date.toDisplayString());
        connect(remove->addAction(text), &QAction::triggered, this,
                [this, l] { Command::putLostPregnancy(*m_stack, *m_family, l, std::nullopt); });
    }
    remove->setEnabled(!remove->isEmpty());

    menu->addSeparator();
    QAction *back = menu->addAction(tr("Put &back where the tree places them"));
    back->setEnabled(m_family->family().nudges.contains(person));
    connect(back, &QAction::triggered, this, [this, person] {
        Command::nudge(*m_stack, *m_family, person, m_family->family().nudges.value(person),
                       QPointF());
    });
    QAction *tidy = menu->addAction(tr("T&idy the whole tree"));
    tidy->setEnabled(!m_family->family().nudges.isEmpty());
    connect(tidy, &QAction::triggered, this, [this] { Command::clearNudges(*m_stack, *m_family); });
    return menu;
}

void GenogramPane::addRelative(ItemId of, int relationValue)
{
    if (!m_model || !m_family || !m_stack || !m_map)
        return;
    using R = RelativeDialog::Relation;
    const R relation = R(relationValue);
    RelativeDialog dialog(relation, nameOf(of), nameOf(kChildId), this);
    // Someone already in the story: anyone but themselves and those already joined this way.
    QList<Person> candidates;
    QSet<ItemId> already = {of};
    for (const ParentLink &l : m_family->parentsOf(of))
        already.insert(l.parent);
    for (const ParentLink &l : m_family->childrenOf(of))
        already.insert(l.child);
    for (const Partnership &p : m_family->partnershipsOf(of))
        already.insert(p.other(of));
    // Nobody offered as a parent who was born after the person, nor as a child who was born
    // before them (where both years are known).
    const FuzzyDate ofBorn = of == kChildId
                                 ? m_model->child().born
                                 : (m_model->person(of) ? m_model->person(of)->born : FuzzyDate());
    const auto yearOf = [](const FuzzyDate &d) {
        return d.isUnknown() || !d.earliest().isValid() ? 0 : d.earliest().year();
    };
    const bool asParent = relation == R::Mother || relation == R::Father || relation == R::Parent;
    for (const Person &p : m_model->people()) {
        if (already.contains(p.id))
            continue;
        const int mine = yearOf(ofBorn), theirs = yearOf(p.born);
        if (mine && theirs &&
            ((asParent && theirs >= mine) || (relation == R::Child && theirs <= mine)))
            continue;
        candidates << p;
    }
    dialog.setCandidates(candidates);
    QList<Person> partners;
    for (const Partnership &p : m_family->partnershipsOf(of)) {
        if (const auto other = m_model->person(p.other(of)))
            partners << *other;
    }
    dialog.setOtherParents(partners);
    if (m_exec(dialog) != QDialog::Accepted)
        return;

    const Person chosen = dialog.person();
    const bool existing = dialog.isExisting();
    const ItemId who = existing ? chosen.id : Command::kNewPerson;
    QList<ParentLink> parents;
    QList<Partnership> partnerships;
    QString text;
    switch (relation) {
    case R::Mother:
    case R::Father:
    case R::Parent: {
        ParentLink l = dialog.parentLink();
        l.child = of;
        l.parent = who;
        parents << l;
        text = tr("Add %1's parent").arg(nameOf(of));
        break;
    }
    case R::Partner: {
        Partnership p = dialog.partnership();
        p.personA = of;
        p.personB = who;
        partnerships << p;
        text = tr("Add %1's partner").arg(nameOf(of));
        break;
    }
    case R::Child: {
        ParentLink l = dialog.parentLink();
        l.child = who;
        l.parent = of;
        parents << l;
        if (const ItemId other = dialog.otherParent(); other != kNoId) {
            l.parent = other;
            parents << l;
        }
        text = tr("Add %1's child").arg(nameOf(of));
        break;
    }
    case R::Sibling:
        for (const ParentLink &l : m_family->parentsOf(of)) {
            if (l.kind != ParentLink::Kind::Birth)
                continue;
            ParentLink s;
            s.child = who;
            s.parent = l.parent;
            s.kind = ParentLink::Kind::Birth;
            parents << s;
        }
        text = tr("Add %1's brother or sister").arg(nameOf(of));
        break;
    case R::Details:
        return;
    }
    if (!existing) {
        // Who they are to the child, where the line just chosen says it (the child's birth
        // mother, a brother, a grandparent); otherwise still to be chosen on the map.
        Person added = chosen;
        Family after = m_family->family();
        after.parents += parents;
        after.partnerships += partnerships;
        if (const auto role = roleFromFamily(after, Command::kNewPerson, added.gender))
            added.role = *role;
        Command::addRelative(*m_stack, *m_family, *m_map, added, parents, partnerships, text);
        return;
    }
    // Someone already in the story: only the lines are new, one undo step for them all.
    m_stack->beginMacro(text);
    for (const ParentLink &l : std::as_const(parents)) {
        if (l.child == l.parent)
            continue;
        Command::putParentLink(*m_stack, *m_family, std::nullopt, l);
    }
    for (const Partnership &p : std::as_const(partnerships))
        Command::putPartnership(*m_stack, *m_family, std::nullopt, p);
    m_stack->endMacro();
}

void GenogramPane::editDetails(ItemId id)
{
    if (!m_model || !m_stack || !m_map)
        return;
    if (id == kChildId) {
        ChildProfile child = m_model->child();
        Person asPerson;
        asPerson.fullName = child.fullName;
        asPerson.knownAs = child.knownAs;
        asPerson.gender = child.gender;
        asPerson.genderWords = child.genderWords;
        asPerson.born = child.born;
        RelativeDialog dialog(RelativeDialog::Relation::Details, nameOf(kChildId), nameOf(kChildId),
                              this);
        dialog.setPerson(asPerson);
        dialog.setChildsOwn();
        if (m_exec(dialog) != QDialog::Accepted)
            return;
        const Person p = dialog.person();
        child.fullName = p.fullName;
        child.knownAs = p.knownAs;
        child.gender = p.gender;
        child.genderWords = p.genderWords;
        child.born = p.born;
        Command::editChild(*m_stack, *m_model, child);
        return;
    }
    const auto before = m_model->person(id);
    if (!before)
        return;
    RelativeDialog dialog(RelativeDialog::Relation::Details, before->displayName(),
                          nameOf(kChildId), this);
    dialog.setPerson(*before);
    if (m_exec(dialog) != QDialog::Accepted)
        return;
    const Person after = dialog.person();
    if (after != *before)
        Command::editPerson(*m_stack, *m_map, after);
}

void GenogramPane::addLoss(ItemId mother)
{
    if (!m_model || !m_family || !m_stack)
        return;
    LossDialog dialog(nameOf(mother), this);
    QList<Person> partners;
    for (const Partnership &p : m_family->partnershipsOf(mother)) {
        if (const auto other = m_model->person(p.other(mother)))
            partners << *other;
    }
    dialog.setFathers(partners);
    if (m_exec(dialog) != QDialog::Accepted)
        return;
    LostPregnancy l = dialog.loss();
    l.mother = mother;
    Command::putLostPregnancy(*m_stack, *m_family, std::nullopt, l);
}

void GenogramPane::importTree()
{
    if (!m_model || !m_family || !m_stack || !m_map || !m_chooseOpen)
        return;
    const QString path = m_chooseOpen(tr("Bring in a family tree"), QString());
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        emit errorOccurred(tr("That file could not be read. Check that it is still there."));
        return;
    }
    if (file.size() > GedcomReader::kMaxBytes) {
        emit errorOccurred(tr("That file is far bigger than any family tree, so nothing was "
                              "brought in."));
        return;
    }
    const GedcomReader::Result read = GedcomReader::read(file.readAll());
    if (read.people.isEmpty()) {
        emit errorOccurred(tr("No people were found in that file, so nothing was brought in. "
                              "Family history programs save family trees as GEDCOM (.ged) "
                              "files: choose one of those."));
        return;
    }
    const QList<Person> people = m_model->people();
    FamilyImportDialog dialog(read, QFileInfo(path).fileName(), nameOf(kChildId), people,
                              FamilyTree::lookAlikes(read, people), this);
    if (m_exec(dialog) != QDialog::Accepted)
        return;
    const FamilyTree::Import tree =
        FamilyTree::fromGedcom(read, dialog.childXref(), dialog.same(), m_family->family());
    Command::importTree(*m_stack, *m_family, *m_map, tree,
                        tr("Bring in a family tree (%1)").arg(QFileInfo(path).fileName()));
}

void GenogramPane::exportTree()
{
    if (!m_model || !m_chooseSave)
        return;
    const QString child = nameOf(kChildId);
    const QString folder = m_model->file().isInMemory()
                               ? QDir::homePath()
                               : QFileInfo(m_model->file().path()).absolutePath();
    QString path = m_chooseSave(
        tr("Save the family tree as GEDCOM"),
        QDir(folder).filePath(tr("%1 – family tree").arg(child) + QStringLiteral(".ged")));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".ged"), Qt::CaseInsensitive))
        path += QStringLiteral(".ged");
    StorageError readError;
    const CaseContent content = CaseContentIO::read(m_model->file(), false, &readError);
    if (readError) {
        emit errorOccurred(readError.message());
        return;
    }
    const FamilyTree::Export tree = FamilyTree::toGedcom(content);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(tree.gedcom) != tree.gedcom.size() ||
        !out.commit()) {
        emit errorOccurred(tr("The family tree could not be saved there (the disk may be full "
                              "or the folder locked). Choose another place."));
        return;
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QStringList lines;
    lines << tr("Saved the family tree (%1 people) to “%2”.")
                 .arg(tree.people)
                 .arg(QDir::toNativeSeparators(path));
    lines << tr("Left out:");
    for (const QString &left : tree.leftOut)
        lines << QStringLiteral("• ") + left;
    emit informed(tr("Family tree saved"), lines.join(QLatin1Char('\n')));
}
