// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "person.h"
#include "repository.h"

#include <QStringList>
#include <QVariantList>

#include <optional>

// Where a removed person appeared besides their ties — a home's carers, who was at a memory or
// an event, who heard the child, a move's plan — kept so that undo brings every link back.
struct PersonLinks
{
    struct Row
    {
        QString table;
        QStringList columns;
        QVariantList values;
        bool operator==(const Row &) const = default;
    };
    QList<Row> rows;    // link rows deleted with the person
    QList<Row> cleared; // columns set to NULL: table, {column}, {row id, person id}
    bool isEmpty() const { return rows.isEmpty() && cleared.isEmpty(); }
    bool operator==(const PersonLinks &) const = default;
};

// People (and pets and places) who matter to the child.
class PersonRepository : public Repository
{
public:
    explicit PersonRepository(CaseFile &file)
        : Repository(file)
    {}
    StorageError add(Person &person); // sets person.id
    // Puts a removed item back with its old id (undo of a delete).
    StorageError restore(const Person &person);
    StorageError update(const Person &person);
    StorageError remove(ItemId id); // also removes their relationships and links
    // What remove() would take with it besides ties (read before removing), and putting it back.
    PersonLinks linksOf(ItemId id);
    StorageError restoreLinks(const PersonLinks &links);
    std::optional<Person> find(ItemId id);
    QList<Person> all();
    int count();
};
