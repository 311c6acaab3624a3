// SPDX-License-Identifier: GPL-3.0-or-later
#include "ecomappane.h"

#include "childmapcompare.h"
#include "childmapdocument.h"
#include "childviewpanel.h"
#include "commandbar.h"
#include "commands.h"
#include "ecomapaccessible.h"
#include "ecomapexport.h"
#include "ecomapitems.h"
#include "ecomapscene.h"
#include "legendwidget.h"
#include "notation.h"
#include "persondialog.h"
#include "vocabulary.h"

#include <QAccessible>
#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPixmapCache>
#include <QResizeEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QWheelEvent>

EcomapView::EcomapView(QWidget *parent)
    : QGraphicsView(parent)
{
    EcomapAccessible::install();
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                   QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::RubberBandDrag);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    // The rings never change: draw them once per zoom level, not on every repaint.
    setCacheMode(QGraphicsView::CacheBackground);
    // Each card keeps a cached picture of itself (DeviceCoordinateCache). Qt's default 10 MiB
    // pixmap cache holds only ~150 cards at normal zoom; past that every repaint redraws all
    // cards from scratch, which made a 300-person map take ~50 ms per frame.
    constexpr int kCardCacheKiB = 96 * 1024;
    if (QPixmapCache::cacheLimit() < kCardCacheKiB)
        QPixmapCache::setCacheLimit(kCardCacheKiB);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Map of the people who matter"));
    setFrameShape(QFrame::NoFrame);
}

void EcomapView::zoomBy(qreal factor)
{
    m_autoFit = false;
    const qreal current = transform().m11();
    const qreal next = qBound(0.1, current * factor, 4.0);
    scale(next / current, next / current);
}

void EcomapView::fitAll()
{
    m_autoFit = true;
    fit();
}

void EcomapView::fit()
{
    if (auto *s = qobject_cast<EcomapScene *>(scene()))
        fitInView(s->contentsRect(), Qt::KeepAspectRatio);
}

void EcomapView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_autoFit)
        fit();
}

bool EcomapView::event(QEvent *event)
{
    // Tab walks round the people first; after the last one it leaves the map as usual.
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        auto *map = qobject_cast<EcomapScene *>(scene());
        if ((key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) &&
            !(key->modifiers() & Qt::ControlModifier) && map) {
            const bool forward = key->key() == Qt::Key_Tab;
            // Not on to QGraphicsView: it hands Tab to the scene, which goes round the cards
            // again and again.
            if (!map->focusNextPerson(forward))
                focusNextPrevChild(forward);
            return true;
        }
    }
    // High contrast on or off: the cards keep cached pictures of themselves, drawn again here.
    if ((event->type() == QEvent::PaletteChange ||
         event->type() == QEvent::ApplicationPaletteChange) &&
        scene()) {
        for (QGraphicsItem *item : scene()->items())
            item->update();
        resetCachedContent();
        scene()->update();
    }
    return QGraphicsView::event(event);
}

bool EcomapView::focusNextPrevChild(bool next)
{
    // Past the first or last person Tab leaves the map. (QGraphicsView would go round the
    // scene's cards again, and a keyboard user could never get out.)
    return QAbstractScrollArea::focusNextPrevChild(next);
}

void EcomapView::focusInEvent(QFocusEvent *event)
{
    QGraphicsView::focusInEvent(event);
    // Arriving by Tab lands on the first person (Shift+Tab: the last), so a screen reader
    // says who, not only "map".
    // Queued: after Qt has told the reader the map itself has focus, so the person is heard.
    const bool tab = event->reason() == Qt::TabFocusReason;
    if (tab || event->reason() == Qt::BacktabFocusReason) {
        QMetaObject::invokeMethod(
            this,
            [this, tab] {
                auto *map = qobject_cast<EcomapScene *>(scene());
                if (!map || !hasFocus())
                    return;
                // The scene may give back the card that had focus before: say that one.
                if (auto *card = dynamic_cast<PersonItem *>(map->focusItem())) {
                    if (card->isSelected()) {
                        EcomapAccessible::focusPerson(this, card);
                    } else { // choosing it tells the reader (EcomapPane's selection handler)
                        map->clearSelection();
                        card->setSelected(true);
                    }
                } else {
                    map->focusNextPerson(tab);
                }
            },
            Qt::QueuedConnection);
    }
}

void EcomapView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15);
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

EcomapPane::EcomapPane(QWidget *parent)
    : QWidget(parent)
    , m_view(new EcomapView(this))
    , m_addAction(new QAction(tr("&Add someone…"), this))
    , m_editAction(new QAction(tr("&Change…"), this))
    , m_removeAction(new QAction(tr("&Remove"), this))
    , m_aboutChildAction(new QAction(tr("A&bout the child…"), this))
    , m_exportAction(new QAction(tr("Save as &Picture…"), this))
    , m_groupAction(new QAction(tr("&Group…"), this))
    , m_childViewAction(new QAction(tr("The child's &view"), this))
    , m_childView(new ChildViewPanel(this))
    , m_asOfCheck(new QCheckBox(tr("Show the map as it &was on:"), this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_dateLabel(new QLabel(this))
    , m_moveWarning(new QLabel(this))
{
    setAccessibleName(tr("People who matter"));
    m_confirm = [this](const QString &title, const QString &question) {
        return QMessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    };
    m_chooseFile = [this](const QString &title, const QString &suggested) {
        return QFileDialog::getSaveFileName(this, title, suggested,
                                            tr("PNG picture (*.png);;SVG drawing (*.svg)"));
    };
    m_chooseItem = [this](const QString &title, const QString &label, const QStringList &items) {
        bool ok = false;
        const QString choice = QInputDialog::getItem(this, title, label, items, 0, false, &ok);
        return ok ? choice : QString();
    };
    m_askText = [this](const QString &title, const QString &label, const QString &current) {
        bool ok = false;
        const QString text =
            QInputDialog::getText(this, title, label, QLineEdit::Normal, current, &ok);
        return ok ? text : QString();
    };
    m_groupAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    m_groupAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_groupAction->setStatusTip(tr("Draw a named outline round the people you have selected"));
    m_addAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_addAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_editAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_editAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *zoomIn = new QAction(tr("Zoom &In"), this);
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    zoomIn->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *zoomOut = new QAction(tr("Zoom &Out"), this);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    zoomOut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *fit = new QAction(tr("&Fit"), this);
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    fit->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    for (QAction *a : {m_addAction, m_editAction, m_removeAction, m_groupAction, zoomIn, zoomOut,
                       fit, m_exportAction})
        QWidget::addAction(a);
    m_commands = {m_addAction, m_editAction, m_removeAction, m_groupAction, nullptr, zoomIn,
                  zoomOut,     fit,          nullptr,        m_exportAction};

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_aboutChildAction);
    toolbar->addSeparator();
    toolbar->addAction(m_addAction);
    toolbar->addAction(m_editAction);
    toolbar->addAction(m_removeAction);
    toolbar->addAction(m_groupAction);
    toolbar->addSeparator();
    toolbar->addAction(zoomIn);
    toolbar->addAction(zoomOut);
    toolbar->addAction(fit);
    toolbar->addSeparator();
    toolbar->addAction(m_exportAction);
    toolbar->addSeparator();
    toolbar->addAction(m_childViewAction);
    m_childViewAction->setCheckable(true);
    m_childViewAction->setStatusTip(
        tr("The child's own map beside this one, with the differences marked"));
    m_childView->hide();
    connect(m_childViewAction, &QAction::toggled, this, [this](bool on) {
        m_childView->setVisible(on);
        m_sideScroll->setVisible(!on); // the key explains this map; the panel has its own
        if (on)
            m_childView->refresh();
    });
    CommandBar::makeReachable(toolbar, m_view);

    connect(m_addAction, &QAction::triggered, this, &EcomapPane::addPerson);
    connect(m_aboutChildAction, &QAction::triggered, this, &EcomapPane::aboutChildRequested);
    connect(m_editAction, &QAction::triggered, this, [this] {
        if (m_scene)
            editPerson(m_scene->selectedPersonId());
    });
    connect(m_removeAction, &QAction::triggered, this, &EcomapPane::removeSelected);
    connect(m_groupAction, &QAction::triggered, this, &EcomapPane::groupSelected);
    connect(zoomIn, &QAction::triggered, this, [this] { m_view->zoomBy(1.2); });
    connect(zoomOut, &QAction::triggered, this, [this] { m_view->zoomBy(1 / 1.2); });
    connect(fit, &QAction::triggered, m_view, &EcomapView::fitAll);
    connect(m_exportAction, &QAction::triggered, this, &EcomapPane::exportPicture);

    m_slider->setAccessibleName(tr("Date to show the map at"));
    m_slider->setEnabled(false);
    m_dateLabel->setAlignment(Qt::AlignCenter);
    m_dateLabel->setWordWrap(true); // "Showing everyone…" is longer in Welsh
    connect(m_asOfCheck, &QCheckBox::toggled, this, &EcomapPane::updateAsOf);
    connect(m_slider, &QSlider::valueChanged, this, &EcomapPane::updateAsOf);

    auto *side = new QVBoxLayout;
    side->addWidget(m_asOfCheck);
    side->addWidget(m_slider);
    side->addWidget(m_dateLabel);
    side->addSpacing(16);
    side->addWidget(new LegendWidget(this));
    side->addStretch();
    auto *sideWidget = new QWidget;
    sideWidget->setLayout(side);
    m_side = sideWidget;
    // With larger text the key is taller than a laptop screen: it scrolls, the window fits.
    m_sideScroll = new QScrollArea(this);
    m_sideScroll->setWidget(sideWidget);
    m_sideScroll->setWidgetResizable(true);
    m_sideScroll->setFrameShape(QFrame::NoFrame);
    m_sideScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sideScroll->setFocusPolicy(Qt::NoFocus);
    fitSide();

    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->addWidget(m_view, 3);
    body->addWidget(m_childView, 2);
    body->addWidget(m_sideScroll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolbar);
    layout->addWidget(m_moveWarning);
    layout->addLayout(body, 1);
    m_moveWarning->setWordWrap(true);
    m_moveWarning->setTextFormat(Qt::PlainText);
    m_moveWarning->setStyleSheet(QStringLiteral("color: #8a4b00; font-weight: bold"));
    m_moveWarning->hide();
    updateActions();
}

void EcomapPane::setMoveWarning(const QString &warning)
{
    m_moveWarning->setText(warning);
    m_moveWarning->setVisible(!warning.isEmpty());
}

void EcomapPane::showBeforeAndAfter(const QString &title, QDate before, QDate after)
{
    if (!m_doc || !m_stack)
        return;
    delete m_beforeAfter;
    // Not modal: it can stay open beside the moves. It goes when the case closes.
    auto *dialog = new QDialog(this);
    m_beforeAfter = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto *row = new QHBoxLayout;
    const QLocale locale = dialog->locale();
    const QList<std::pair<QString, QDate>> days = {
        {tr("The day before: %1").arg(FuzzyDate::day(before).toDisplayString(locale)), before},
        {after.isValid()
             ? tr("Six months after: %1").arg(FuzzyDate::day(after).toDisplayString(locale))
             : tr("Now"),
         after.isValid() ? after : QDate::currentDate()}};
    for (const auto &[label, day] : days) {
        auto *scene = new EcomapScene(*m_doc, *m_stack, dialog);
        scene->setCardScale(cardScale());
        scene->setAsOfDate(day);
        auto *view = new EcomapView(dialog);
        view->setScene(scene);
        view->setInteractive(false); // a picture to compare, not a second place to edit
        view->setAccessibleName(label);
        view->setMinimumSize(400, 340);
        auto *caption = new QLabel(label, dialog);
        caption->setTextFormat(Qt::PlainText);
        caption->setWordWrap(true);
        auto *column = new QVBoxLayout;
        column->addWidget(caption);
        column->addWidget(view, 1);
        row->addLayout(column, 1);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(row, 1);
    layout->addWidget(buttons);
    const QRect area = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 720);
    dialog->resize(std::min(1200, area.width() - 40), std::min(640, area.height() - 60));
    dialog->show();
}

void EcomapPane::fitSide()
{
    // Wide enough for "Show the map as it was on:" in any language and text size.
    const int margins = m_side->layout() ? m_side->layout()->contentsMargins().left() +
                                               m_side->layout()->contentsMargins().right()
                                         : 0;
    const int width = qMax(250, m_asOfCheck->sizeHint().width() + margins + 4);
    m_side->setFixedWidth(width);
    m_sideScroll->setFixedWidth(width + m_sideScroll->verticalScrollBar()->sizeHint().width());
}

void EcomapPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (m_side && (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange ||
                   event->type() == QEvent::ApplicationFontChange)) {
        fitSide();
        fitCards();
    }
}

qreal EcomapPane::cardScale() const
{
    // As much larger as the text is than the desktop's own (View › Larger Text), within reason.
    const qreal desktop = QFontDatabase::systemFont(QFontDatabase::GeneralFont).pointSizeF();
    const qreal now = font().pointSizeF();
    return desktop > 0 && now > 0 ? qBound(1.0, now / desktop, 2.0) : 1.0;
}

void EcomapPane::fitCards()
{
    if (m_scene && !qFuzzyCompare(m_scene->cardScale(), cardScale())) {
        m_scene->setCardScale(cardScale());
        m_view->resetCachedContent();
        if (m_view->isAutoFitting())
            m_view->fitAll();
    }
}

EcomapPane::~EcomapPane()
{
    setCase(nullptr, nullptr);
}

void EcomapPane::setPlacementEndings(const QList<QDate> &endings)
{
    if (m_scene)
        m_scene->setPlacementEndings(endings);
}

void EcomapPane::setCase(CaseModel *model, QUndoStack *stack, const QList<QDate> &placementEndings)
{
    delete m_beforeAfter; // its scenes show this case's document
    m_view->setScene(nullptr);
    if (m_scene)
        m_scene->disconnect(this); // a dying scene still announces its selection changes
    m_scene.reset();
    m_childView->setDocument(nullptr, {});
    m_childMap.reset();
    m_doc.reset();
    m_stack = stack;
    if (model && stack) {
        m_childMap = std::make_unique<ChildMapDocument>(*model);
        connect(m_childMap.get(), &ChildMapDocument::failed, this,
                [this](const StorageError &e) { emit errorOccurred(e.message()); });
        m_childMap->load();
        m_doc = std::make_unique<EcomapDocument>(*model);
        connect(m_doc.get(), &EcomapDocument::failed, this,
                [this](const StorageError &e) { emit errorOccurred(e.message()); });
        m_doc->load();
        m_scene = std::make_unique<EcomapScene>(*m_doc, *stack);
        m_scene->setPlacementEndings(placementEndings);
        connect(m_scene.get(), &EcomapScene::personActivated, this, &EcomapPane::editPerson);
        connect(m_scene.get(), &EcomapScene::childActivated, this,
                &EcomapPane::aboutChildRequested);
        connect(m_doc.get(), &EcomapDocument::childChanged, this, &EcomapPane::updateChildName);
        connect(m_scene.get(), &EcomapScene::connectRequested, this, &EcomapPane::connectPerson);
        connect(m_scene.get(), &EcomapScene::removeRequested, this, &EcomapPane::removePerson);
        connect(m_scene.get(), &EcomapScene::renameGroupRequested, this, &EcomapPane::renameGroup);
        connect(m_scene.get(), &QGraphicsScene::selectionChanged, this, &EcomapPane::updateActions);
        // Cards are not widgets: tell screen readers who is chosen through the view.
        connect(m_scene.get(), &QGraphicsScene::selectionChanged, this, [this] {
            PersonItem *card = m_scene->personItem(m_scene->selectedPersonId());
            m_view->setAccessibleDescription(card ? card->accessibleName() : QString());
            QAccessibleEvent event(m_view, QAccessible::DescriptionChanged);
            QAccessible::updateAccessibility(&event);
            EcomapAccessible::focusPerson(m_view, card);
        });
        m_view->setScene(m_scene.get());
        m_scene->setCardScale(cardScale());
        m_firstDay = m_doc->child().dateOfBirth().isValid() ? m_doc->child().dateOfBirth()
                                                            : QDate::currentDate().addYears(-18);
        m_slider->setRange(0, int(m_firstDay.daysTo(QDate::currentDate()) / 7));
        m_slider->setValue(m_slider->maximum());
        m_asOfCheck->setChecked(false);
        updateAsOf();
        updateChildName();
        m_view->fitAll();
        m_childView->setDocument(m_childMap.get(), [this] { return adultRings(); });
        // Moving someone on this map changes what the panel says.
        for (auto signal : {&EcomapDocument::personMoved, &EcomapDocument::personAdded,
                            &EcomapDocument::personRemoved, &EcomapDocument::personLeftMap}) {
            connect(m_doc.get(), signal, m_childView, [this] {
                if (m_childView->isVisible())
                    m_childView->refresh();
            });
        }
    }
    updateActions();
}

QHash<ItemId, int> EcomapPane::adultRings() const
{
    QHash<ItemId, QPointF> placed;
    if (!m_doc)
        return {};
    // Private people are never shown to the child, so they are not compared either.
    for (const Person &p : m_doc->people()) {
        if (!p.isPrivate && m_doc->isOnMap(p.id))
            placed.insert(p.id, m_doc->position(p.id));
    }
    return ChildMapCompare::ringsOf(placed, Notation::kRingRadii);
}

void EcomapPane::updateChildName()
{
    const QString name = m_doc ? m_doc->child().displayName() : QString();
    m_childViewAction->setText(name.isEmpty() ? tr("The child's &view")
                                              : tr("%1's &view").arg(name));
    m_aboutChildAction->setText(name.isEmpty() ? tr("A&bout the child…")
                                               : tr("A&bout %1…").arg(name));
    m_aboutChildAction->setStatusTip(tr("Their name, birthday, photo and all about them"));
}

void EcomapPane::updateActions()
{
    const bool open = m_scene != nullptr;
    m_aboutChildAction->setEnabled(open);
    m_addAction->setEnabled(open);
    m_exportAction->setEnabled(open);
    const bool selected = open && (m_scene->selectedPersonId() != kNoId ||
                                   m_scene->selectedRelationshipId() != kNoId);
    m_editAction->setEnabled(open && m_scene->selectedPersonId() != kNoId);
    m_groupAction->setEnabled(open && !m_scene->selectedPersonIds().isEmpty());
    m_removeAction->setEnabled(selected);
}

void EcomapPane::updateAsOf()
{
    m_slider->setEnabled(m_asOfCheck->isChecked());
    if (!m_scene)
        return;
    if (!m_asOfCheck->isChecked()) {
        m_scene->setAsOfDate(QDate());
        m_dateLabel->setText(tr("Showing everyone, past and present"));
        return;
    }
    const QDate date = m_firstDay.addDays(qint64(m_slider->value()) * 7);
    m_scene->setAsOfDate(date);
    m_dateLabel->setText(QLocale().toString(date, QLocale::LongFormat));
}

void EcomapPane::addPerson()
{
    if (!m_doc)
        return;
    PersonDialog dialog(m_doc->child().displayName(), this);
    dialog.setWindowTitle(tr("Add someone who matters"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Relationship tie = dialog.relationship();
    const int feltRing =
        tie.kind == Relationship::Kind::Strong
            ? 0
            : (tie.kind == Relationship::Kind::Ordinary || tie.kind == Relationship::Kind::NotSure
                   ? 1
                   : 2);
    const int ring = dialog.ring() >= 0 ? dialog.ring() : feltRing;
    Command::addPerson(*m_stack, *m_doc, dialog.person(), m_doc->suggestPosition(ring), tie);
}

void EcomapPane::editPerson(ItemId id)
{
    const auto person = m_doc ? m_doc->person(id) : std::nullopt;
    if (!person)
        return;
    PersonDialog dialog(m_doc->child().displayName(), this);
    dialog.setPerson(*person);
    std::optional<Relationship> tie;
    for (const Relationship &r : m_doc->relationshipsOf(id)) {
        if (r.involvesChild()) {
            tie = r;
            break;
        }
    }
    if (tie)
        dialog.setRelationship(*tie);
    const QPointF where = m_doc->position(id);
    const int ringNow = Notation::ringAt(where);
    dialog.setRing(ringNow);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_stack->beginMacro(tr("Change %1").arg(dialog.person().displayName()));
    Command::editPerson(*m_stack, *m_doc, dialog.person());
    if (tie) {
        Relationship updated = dialog.relationship();
        Command::editRelationship(*m_stack, *m_doc, updated);
    }
    if (dialog.ring() >= 0 && dialog.ring() != ringNow)
        Command::movePerson(*m_stack, *m_doc, id, where, m_doc->suggestPosition(dialog.ring()));
    m_stack->endMacro();
}

void EcomapPane::removeSelected()
{
    if (!m_scene)
        return;
    if (const ItemId person = m_scene->selectedPersonId(); person != kNoId) {
        removePerson(person);
        return;
    }
    if (const ItemId tie = m_scene->selectedRelationshipId(); tie != kNoId)
        Command::removeRelationship(*m_stack, *m_doc, tie);
}

void EcomapPane::removePerson(ItemId id)
{
    const auto person = m_doc ? m_doc->person(id) : std::nullopt;
    if (!person)
        return;
    if (m_confirm(tr("Remove someone"),
                  tr("Take %1 off the map? Their lines go too. You can undo this.")
                      .arg(person->displayName())))
        Command::removePerson(*m_stack, *m_doc, id);
}

void EcomapPane::connectPerson(ItemId id)
{
    const auto person = m_doc ? m_doc->person(id) : std::nullopt;
    if (!person)
        return;
    QStringList names;
    QList<ItemId> ids;
    for (const Person &other : m_doc->peopleOnMap()) {
        if (other.id == id)
            continue;
        names << QStringLiteral("%1 (%2)").arg(other.displayName(),
                                               Vocabulary::roleName(other.role));
        ids << other.id;
    }
    if (ids.isEmpty())
        return;
    const QString choice =
        m_chooseItem(tr("Connect %1").arg(person->displayName()),
                     tr("Draw a line between %1 and:").arg(person->displayName()), names);
    const qsizetype index = names.indexOf(choice);
    if (index < 0)
        return;
    Relationship r;
    r.personA = id;
    r.personB = ids[index];
    Command::addRelationship(*m_stack, *m_doc, r);
}

void EcomapPane::groupSelected()
{
    if (!m_scene)
        return;
    const QList<ItemId> members = m_scene->selectedPersonIds();
    if (members.isEmpty())
        return;
    const QString name = m_askText(tr("Make a group"),
                                   tr("What is this group called? For example: Nana's house, "
                                      "school, the care team."),
                                   QString());
    Command::makeGroup(*m_stack, *m_doc, name.left(PersonDialog::kMaxNameLength), members);
}

void EcomapPane::renameGroup(ItemId id)
{
    const auto group = m_doc ? m_doc->group(id) : std::nullopt;
    if (!group)
        return;
    const QString name = m_askText(tr("Rename the group"), tr("New name:"), group->name);
    Command::renameGroup(*m_stack, *m_doc, id, name.left(PersonDialog::kMaxNameLength));
}

void EcomapPane::exportPicture()
{
    if (!m_scene)
        return;
    const QString title = tr("People who matter to %1").arg(m_doc->child().displayName());
    const QString path =
        m_chooseFile(tr("Save the map as a picture"), title + QStringLiteral(".png"));
    if (path.isEmpty())
        return;
    const QString error = path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)
                              ? EcomapExport::writeSvg(*m_scene, title, path)
                              : EcomapExport::writePng(*m_scene, title, path);
    if (!error.isEmpty())
        emit errorOccurred(error);
}
