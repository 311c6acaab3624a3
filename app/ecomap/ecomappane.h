// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ecomapdocument.h"

#include <QDialog>
#include <QGraphicsView>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class ChildMapDocument;
class ChildViewPanel;
class EcomapScene;
class QAction;
class QCheckBox;

class QLabel;
class QSlider;
class QUndoStack;

// The ecomap tab: a zoomable view of the scene, a toolbar, the key and the "as it was" slider.
class EcomapView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit EcomapView(QWidget *parent = nullptr);
    void zoomBy(qreal factor);
    // Fits the whole map, and keeps fitting it as the view resizes until the user zooms.
    void fitAll();
    bool isAutoFitting() const { return m_autoFit; }

protected:
    bool event(QEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void focusInEvent(QFocusEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fit();
    bool m_autoFit = true;
};

class EcomapPane : public QWidget
{
    Q_OBJECT

public:
    using Confirm = std::function<bool(const QString &title, const QString &question)>;
    using ChooseFile = std::function<QString(const QString &title, const QString &suggested)>;
    using AskText =
        std::function<QString(const QString &title, const QString &label, const QString &current)>;
    using ChooseItem = std::function<QString(const QString &title, const QString &label,
                                             const QStringList &items)>;

    explicit EcomapPane(QWidget *parent = nullptr);
    ~EcomapPane() override;

    // Shows the case's map (nullptr: nothing). The pane never outlives the case it shows.
    void setCase(CaseModel *model, QUndoStack *stack, const QList<QDate> &placementEndings = {});
    // When placements change on the timeline, ties that ended with one are highlighted anew.
    void setPlacementEndings(const QList<QDate> &endings);
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void setChooseExportFile(ChooseFile choose) { m_chooseFile = std::move(choose); }
    void setChooseItem(ChooseItem choose) { m_chooseItem = std::move(choose); }
    void setAskText(AskText ask) { m_askText = std::move(ask); }
    QAction *groupAction() const { return m_groupAction; }
    // The map's commands in toolbar order (null between groups), for the menu bar.
    const QList<QAction *> &commands() const { return m_commands; }

    EcomapDocument *document() const { return m_doc.get(); }
    // The child's own map (child mode's "My people"), shown beside this one on request.
    ChildMapDocument *childMapDocument() const { return m_childMap.get(); }
    QAction *childViewAction() const { return m_childViewAction; }
    ChildViewPanel *childViewPanel() const { return m_childView; }
    // The adults' map as closeness rings, for comparing with the child's own.
    QHash<ItemId, int> adultRings() const;
    EcomapScene *scene() const { return m_scene.get(); }
    EcomapView *view() const { return m_view; }
    QAction *addAction() const { return m_addAction; }
    QAction *editAction() const { return m_editAction; }
    QAction *removeAction() const { return m_removeAction; }
    QAction *aboutChildAction() const { return m_aboutChildAction; }
    QCheckBox *asOfCheck() const { return m_asOfCheck; }
    QSlider *asOfSlider() const { return m_slider; }

    void addPerson();
    void editPerson(ItemId id);
    void removeSelected();
    void removePerson(ItemId id);
    // Draws a line between this person and someone else (two siblings placed apart).
    void connectPerson(ItemId id);
    // Draws a labelled outline round the selected people.
    void groupSelected();
    void renameGroup(ItemId id);
    void exportPicture();

    // A warning about a move still to come (empty hides it), shown above the map.
    void setMoveWarning(const QString &warning);
    QLabel *moveWarningLabel() const { return m_moveWarning; }
    // The map on two days side by side (an invalid `after` is today), read-only.
    void showBeforeAndAfter(const QString &title, QDate before, QDate after);
    QDialog *beforeAndAfter() const { return m_beforeAfter; }

signals:
    void errorOccurred(const QString &message);
    // The child's own details are edited outside the map (the "About" editor).
    void aboutChildRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateAsOf();
    void updateActions();
    void updateChildName();

    std::unique_ptr<EcomapDocument> m_doc;
    std::unique_ptr<ChildMapDocument> m_childMap;
    std::unique_ptr<EcomapScene> m_scene;
    QUndoStack *m_stack = nullptr;
    EcomapView *m_view;
    QAction *m_addAction;
    QAction *m_editAction;
    QAction *m_removeAction;
    QAction *m_aboutChildAction;
    QAction *m_exportAction;
    QAction *m_groupAction;
    QAction *m_childViewAction;
    ChildViewPanel *m_childView;
    QList<QAction *> m_commands;
    QCheckBox *m_asOfCheck;
    QSlider *m_slider;
    QLabel *m_dateLabel;
    QLabel *m_moveWarning;
    QPointer<QDialog> m_beforeAfter;
    QWidget *m_side = nullptr;
    class QScrollArea *m_sideScroll = nullptr;
    void fitSide();
    void fitCards();

public:
    // How much larger than printed the cards are drawn: the text size against the desktop's.
    qreal cardScale() const;

private:
    QDate m_firstDay;
    Confirm m_confirm;
    ChooseFile m_chooseFile;
    ChooseItem m_chooseItem;
    AskText m_askText;
};
