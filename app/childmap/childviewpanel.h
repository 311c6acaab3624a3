// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "childmapcompare.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>

class ChildMapDocument;
class ChildMapView;
class QComboBox;
class QLabel;

// "Maisie's view", beside the adults' map: the child's own map on a chosen day, with each
// difference from the adults' map marked on it and said in words below.
class ChildViewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChildViewPanel(QWidget *parent = nullptr);

    // The adults' map as rings (person -> 0 close, 1 middle, 2 further away), asked for afresh
    // whenever the panel is refreshed.
    using AdultRings = std::function<QHash<ItemId, int>()>;
    void setDocument(ChildMapDocument *doc, AdultRings adultRings);
    void refresh();

    QComboBox *dayBox() const { return m_day; }
    ChildMapView *map() const { return m_map; }
    QLabel *differencesLabel() const { return m_differences; }
    QList<ChildMapDifference> differences() const { return m_shown; }

private:
    void showChosen();

    QPointer<ChildMapDocument> m_doc;
    AdultRings m_adultRings;
    QLabel *m_title;
    QComboBox *m_day;
    ChildMapView *m_map;
    QLabel *m_key;
    QLabel *m_differences;
    QList<ChildMapDifference> m_shown;
};
