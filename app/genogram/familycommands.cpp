// SPDX-License-Identifier: GPL-3.0-or-later
#include "familycommands.h"

#include "putcommand.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QUndoStack>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Command", text);
}

class AddRelative : public QUndoCommand
{
public:
    AddRelative(FamilyDocument &family, EcomapDocument &map, Person person,
                QList<ParentLink> parents, QList<Partnership> partnerships, const QString &text)
        : m_family(family)
        , m_map(map)
        , m_person(std::move(person))
        , m_parents(std::move(parents))
        , m_partnerships(std::move(partnerships))
    {
        setText(text);
    }
    void redo() override
    {
        if (m_person.id != kNoId) {
            m_map.restorePerson(m_person, m_position, {}, m_links);
            return;
        }
        // Further out than anyone placed by hand: the map is the child's, and the family tree
        // brings people the child may never have met.
        m_position = m_map.suggestPosition(2);
        if (m_map.addPerson(m_person, m_position)) {
            setObsolete(true);
            return;
        }
        const auto fill = [this](ItemId &id) {
            if (id == Command::kNewPerson)
                id = m_person.id;
        };
        for (ParentLink l : std::as_const(m_parents)) {
            fill(l.child);
            fill(l.parent);
            std::optional<ParentLink> after = l;
            m_family.put(std::nullopt, after);
        }
        for (Partnership p : std::as_const(m_partnerships)) {
            fill(p.personA);
            fill(p.personB);
            std::optional<Partnership> after = p;
            m_family.put(std::nullopt, after);
        }
    }
    void undo() override { m_map.removePerson(m_person.id, &m_links); }

private:
    FamilyDocument &m_family;
    EcomapDocument &m_map;
    Person m_person;
    QList<ParentLink> m_parents;
    QList<Partnership> m_partnerships;
    QPointF m_position;
    PersonLinks m_links; // their family lines (and anything added since), read on each undo
};

class Nudge : public QUndoCommand
{
public:
    static constexpr int kId = 0x6E01;
    Nudge(FamilyDocument &doc, ItemId person, QPointF from, QPointF to)
        : m_doc(doc)
        , m_person(person)
        , m_from(from)
        , m_to(to)
    {
        setText(QCoreApplication::translate("Command", "Move in the family tree"));
    }
    int id() const override { return kId; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *n = static_cast<const Nudge *>(other);
        if (n->m_person != m_person)
            return false;
        m_to = n->m_to;
        return true;
    }
    void redo() override { m_doc.setNudge(m_person, m_to); }
    void undo() override { m_doc.setNudge(m_person, m_from); }

private:
    FamilyDocument &m_doc;
    ItemId m_person;
    QPointF m_from, m_to;
};

class ClearNudges : public QUndoCommand
{
public:
    ClearNudges(FamilyDocument &doc, QHash<ItemId, QPointF> nudges)
        : m_doc(doc)
        , m_nudges(std::move(nudges))
    {
        setText(QCoreApplication::translate("Command", "Tidy the family tree"));
    }
    void redo() override
    {
        QHash<ItemId, QPointF> none;
        for (auto it = m_nudges.cbegin(); it != m_nudges.cend(); ++it)
            none.insert(it.key(), QPointF());
        m_doc.setNudges(none);
    }
    void undo() override { m_doc.setNudges(m_nudges); }

private:
    FamilyDocument &m_doc;
    QHash<ItemId, QPointF> m_nudges;
};

class ImportTree : public QUndoCommand
{
public:
    ImportTree(FamilyDocument &family, EcomapDocument &map, FamilyTree::Import tree,
               const QString &text)
        : m_family(family)
        , m_map(map)
        , m_tree(std::move(tree))
    {
        setText(text);
    }
    void redo() override
    {
        CaseFile &file = m_family.model().file();
        if (StorageError e = FamilyTree::bringIn(file, m_tree, m_done)) {
            emit m_family.failed(e);
            if (!m_done)
                setObsolete(true);
            return;
        }
        m_done = true;
        reload();
    }
    void undo() override
    {
        if (StorageError e = FamilyTree::takeOut(m_family.model().file(), m_tree)) {
            emit m_family.failed(e);
            return;
        }
        reload();
    }

private:
    void reload()
    {
        m_family.model().load(); // the people (the family document follows)
        m_map.load();            // and their places on the map
        m_family.model().noteSaved();
    }
    FamilyDocument &m_family;
    EcomapDocument &m_map;
    FamilyTree::Import m_tree;
    bool m_done = false;
};

template <typename T>
void putItem(QUndoStack &stack, FamilyDocument &doc, const std::optional<T> &before,
             const std::optional<T> &after, const QString &text)
{
    if (before == after)
        return;
    stack.push(new PutCommand<FamilyDocument, T>(doc, before, after, text));
}

QString verb(bool adding, bool removing, const char *add, const char *remove, const char *change)
{
    return tr(adding ? add : removing ? remove : change);
}

} // namespace

namespace Command {

void addRelative(QUndoStack &stack, FamilyDocument &family, EcomapDocument &map,
                 const Person &person, const QList<ParentLink> &parents,
                 const QList<Partnership> &partnerships, const QString &text)
{
    stack.push(new AddRelative(family, map, person, parents, partnerships, text));
}

void putParentLink(QUndoStack &stack, FamilyDocument &doc, const std::optional<ParentLink> &before,
                   const std::optional<ParentLink> &after)
{
    putItem(stack, doc, before, after,
            verb(!before, !after, QT_TRANSLATE_NOOP("Command", "Add a parent"),
                 QT_TRANSLATE_NOOP("Command", "Remove a parent's line"),
                 QT_TRANSLATE_NOOP("Command", "Change a parent's line")));
}

void putPartnership(QUndoStack &stack, FamilyDocument &doc,
                    const std::optional<Partnership> &before,
                    const std::optional<Partnership> &after)
{
    putItem(stack, doc, before, after,
            verb(!before, !after, QT_TRANSLATE_NOOP("Command", "Add partners"),
                 QT_TRANSLATE_NOOP("Command", "Remove partners"),
                 QT_TRANSLATE_NOOP("Command", "Change partners")));
}

void putTwins(QUndoStack &stack, FamilyDocument &doc, const std::optional<Twins> &before,
              const std::optional<Twins> &after)
{
    putItem(stack, doc, before, after,
            verb(!before, !after, QT_TRANSLATE_NOOP("Command", "Mark as twins"),
                 QT_TRANSLATE_NOOP("Command", "Unmark twins"),
                 QT_TRANSLATE_NOOP("Command", "Change twins")));
}

void putLostPregnancy(QUndoStack &stack, FamilyDocument &doc,
                      const std::optional<LostPregnancy> &before,
                      const std::optional<LostPregnancy> &after)
{
    putItem(stack, doc, before, after,
            verb(!before, !after, QT_TRANSLATE_NOOP("Command", "Add a pregnancy lost"),
                 QT_TRANSLATE_NOOP("Command", "Remove a pregnancy lost"),
                 QT_TRANSLATE_NOOP("Command", "Change a pregnancy lost")));
}

void nudge(QUndoStack &stack, FamilyDocument &doc, ItemId person, QPointF from, QPointF to)
{
    if (from == to)
        return;
    stack.push(new Nudge(doc, person, from, to));
}

void importTree(QUndoStack &stack, FamilyDocument &family, EcomapDocument &map,
                const FamilyTree::Import &tree, const QString &text)
{
    if (tree.people.isEmpty() && tree.family.isEmpty())
        return;
    stack.push(new ImportTree(family, map, tree, text));
}

void clearNudges(QUndoStack &stack, FamilyDocument &doc)
{
    if (doc.family().nudges.isEmpty())
        return;
    stack.push(new ClearNudges(doc, doc.family().nudges));
}

} // namespace Command
