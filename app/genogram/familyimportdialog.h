// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gedcomreader.h"
#include "person.h"

#include <QHash>

#include <QDialog>

class QComboBox;
class QListWidget;
class QPushButton;

// What a family tree file will add, before anything is written: everyone in it (as new people),
// which of them is the child (chosen, never guessed), and each line that could not be read.
class FamilyImportDialog : public QDialog
{
    Q_OBJECT

public:
    // `lookAlikes`: people in the file who look like someone in `people` (see FamilyTree).
    FamilyImportDialog(const GedcomReader::Result &file, const QString &fileName,
                       const QString &childName, const QList<Person> &people = {},
                       const QHash<QString, ItemId> &lookAlikes = {}, QWidget *parent = nullptr);
    // The ones ticked as the same person: xref -> their id in the story.
    QHash<QString, ItemId> same() const;
    QListWidget *sameList() const { return m_same; }

    // The file's person who is the child (empty: no one).
    QString childXref() const;
    QComboBox *childCombo() const { return m_child; }
    QListWidget *peopleList() const { return m_people; }
    QListWidget *problemList() const { return m_problems; }
    QPushButton *addButton() const { return m_add; }

private:
    void refresh();

    const GedcomReader::Result &m_file;
    QComboBox *m_child;
    QListWidget *m_same;
    QListWidget *m_people;
    QListWidget *m_problems;
    QPushButton *m_add;
};
