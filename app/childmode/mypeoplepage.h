// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "childmodekit.h"

#include "ids.h"

#include <QWidget>

#include <functional>

class ChildMapDocument;
class ChildMapView;
class FeelingPicker;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QUndoStack;

// "My people" in child mode: the child's own map, with big buttons beside it to bring someone
// closer or move them further away, a face for how they feel about them, and the people they
// can still put on it. Everything is saved at once into today's snapshot.
class MyPeoplePage : public QWidget
{
    Q_OBJECT

public:
    // How child mode adds its speaker beside a text, and makes a big button.
    using WithSpeaker = ChildModeKit::WithSpeaker;
    using BigButton = ChildModeKit::BigButton;
    MyPeoplePage(const WithSpeaker &withSpeaker, const BigButton &bigButton,
                 QWidget *parent = nullptr);

    void setDocument(ChildMapDocument *doc, QUndoStack *stack);
    // Adds someone new to the story by name and returns their id (kNoId when it failed).
    using AddPerson = std::function<ItemId(const QString &name)>;
    void setAddPerson(AddPerson add) { m_addPerson = std::move(add); }
    QLineEdit *newNameEdit() const { return m_newName; }
    QPushButton *addNewButton() const { return m_addNew; }
    void start(); // nobody chosen, the list up to date
    ChildMapView *map() const { return m_map; }
    QListWidget *others() const { return m_others; }
    QPushButton *putButton() const { return m_put; }
    QPushButton *closerButton() const { return m_closer; }
    QPushButton *furtherButton() const { return m_further; }
    QPushButton *backButton() const { return m_back; }
    FeelingPicker *faces() const { return m_faces; }

signals:
    void backRequested();

private:
    void refresh();
    void chosen(ItemId personId);
    void faceChanged();

    ChildMapDocument *m_doc = nullptr;
    QUndoStack *m_stack = nullptr;
    ChildMapView *m_map;
    QLabel *m_who;
    QPushButton *m_closer;
    QPushButton *m_further;
    QPushButton *m_takeOff;
    QListWidget *m_others;
    QLabel *m_everyone; // instead of an empty list
    QPushButton *m_put;
    FeelingPicker *m_faces;
    QPushButton *m_back;
    QLineEdit *m_newName = nullptr;
    QPushButton *m_addNew = nullptr;
    AddPerson m_addPerson;
};
