// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "genogrampicture.h"

#include <QPointer>
#include <QWidget>

class CaseModel;
class EcomapDocument;
class FamilyDocument;
class QCheckBox;
class QLabel;
class QMenu;
class QScrollArea;
class QSlider;
class QUndoStack;
class GenogramCanvas;

// The Family tab: the genogram drawn automatically from the case's people and family lines, a
// key beside it, who the child lived with on a day chosen with a slider, and the map's ties
// over it if wanted. Relatives are added from a person's menu (right-click, the Menu key or
// Shift+F10), by keyboard as well as by mouse; people can be nudged (Alt+arrows, or dragged).
class GenogramPane : public QWidget
{
    Q_OBJECT

public:
    explicit GenogramPane(QWidget *parent = nullptr);
    ~GenogramPane() override;

    void setCase(CaseModel *model, EcomapDocument *map, QUndoStack *stack);
    FamilyDocument *document() const { return m_family; }
    GenogramCanvas *canvas() const { return m_canvas; }
    const GenogramPicture &picture() const;
    QCheckBox *tiesBox() const { return m_ties; }
    QSlider *householdSlider() const { return m_slider; }

    // The menu for one person, as the canvas shows it (for tests and the keyboard).
    QMenu *menuFor(ItemId person);
    void select(ItemId person);
    ItemId selected() const;

    // GEDCOM in and out. The file is chosen by the functions below (the app's own dialogs;
    // tests give a path); an empty path is a cancel.
    using ChooseFile = std::function<QString(const QString &title, const QString &suggested)>;
    void setChooseFiles(ChooseFile open, ChooseFile save)
    {
        m_chooseOpen = std::move(open);
        m_chooseSave = std::move(save);
    }
    void importTree();
    void exportTree();
    // The whole tree in view (never larger than drawn size).
    void fitTree();

    // How a dialog is shown (tests answer it); by default exec().
    using Exec = std::function<int(QDialog &)>;
    void setExec(Exec exec) { m_exec = std::move(exec); }

protected:
    void showEvent(QShowEvent *event) override;

signals:
    void errorOccurred(const QString &message);
    void informed(const QString &title, const QString &message);

private:
    void rebuild();
    void addRelative(ItemId of, int relation);
    void editDetails(ItemId person);
    void addLoss(ItemId mother);
    QString nameOf(ItemId id) const;

    QPointer<CaseModel> m_model;
    EcomapDocument *m_map = nullptr;
    QUndoStack *m_stack = nullptr;
    FamilyDocument *m_family = nullptr;
    GenogramCanvas *m_canvas;
    QLabel *m_hint;
    QCheckBox *m_ties;
    QSlider *m_slider;
    QLabel *m_sliderLabel;
    QList<Placement> m_placements;
    Exec m_exec;
    ChooseFile m_chooseOpen, m_chooseSave;
    bool m_sliderSet = false; // the slider starts at now
    QScrollArea *m_scroll = nullptr;
};

// The drawing itself: selection, keyboard, drag to nudge.
class GenogramCanvas : public QWidget
{
    Q_OBJECT

public:
    explicit GenogramCanvas(QWidget *parent = nullptr);

    void setPicture(const GenogramPicture &picture);
    const GenogramPicture &picture() const { return m_picture; }
    ItemId selected() const { return m_selected; }
    void select(ItemId person);
    QSize sizeHint() const override;
    QPoint pointOf(ItemId person) const; // widget coordinates of a person's symbol
    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    static constexpr double kMinZoom = 0.25;
    static constexpr double kMaxZoom = 2.0;

signals:
    void zoomChanged(double zoom);
    void selectionMoved(QPoint at); // the chosen person's place, to keep them in sight
    void menuRequested(ItemId person, QPoint globalPos);
    void detailsRequested(ItemId person);
    void nudged(ItemId person, QPointF by);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    QPointF toScene(QPointF widget) const;
    void announce();

    GenogramPicture m_picture;
    ItemId m_selected = GenogramPicture::kNoSelection;
    std::optional<QPointF> m_dragFrom;
    QPointF m_dragBy; // scene units
    double m_zoom = 1.0;
};
