// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "vocabulary.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QUndoStack>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Command", text);
}

QString nameOf(const EcomapDocument &doc, ItemId id)
{
    if (id == kChildId)
        return doc.child().displayName();
    const auto p = doc.person(id);
    return p ? p->displayName() : QString();
}

// Someone already in the story (a relative from a family tree) put on the map, or taken off.
class PlaceOnMap : public QUndoCommand
{
public:
    PlaceOnMap(EcomapDocument &doc, ItemId id, QPointF position)
        : m_doc(doc)
        , m_id(id)
        , m_position(position)
    {
        setText(QCoreApplication::translate("Command", "Put %1 on the map").arg(nameOf(doc, id)));
    }
    void redo() override
    {
        if (m_doc.placeOnMap(m_id, m_position))
            setObsolete(true);
    }
    void undo() override { m_doc.placeOnMap(m_id, std::nullopt); }

private:
    EcomapDocument &m_doc;
    ItemId m_id;
    QPointF m_position;
};

class AddPerson : public QUndoCommand
{
public:
    AddPerson(EcomapDocument &doc, Person person, QPointF position, Relationship tie)
        : m_doc(doc)
        , m_person(std::move(person))
        , m_position(position)
        , m_tie(std::move(tie))
    {
        setText(tr("Add %1").arg(m_person.displayName()));
    }
    void redo() override
    {
        if (m_person.id == kNoId) {
            if (m_doc.addPerson(m_person, m_position)) {
                setObsolete(true);
                return;
            }
            m_tie.personB = m_person.id;
            if (m_doc.addRelationship(m_tie))
                m_tie.id = kNoId;
            return;
        }
        QList<Relationship> ties;
        if (m_tie.id != kNoId)
            ties << m_tie;
        m_doc.restorePerson(m_person, m_position, ties);
    }
    void undo() override { m_doc.removePerson(m_person.id); }

private:
    EcomapDocument &m_doc;
    Person m_person;
    QPointF m_position;
    Relationship m_tie;
};

class RemovePerson : public QUndoCommand
{
public:
    RemovePerson(EcomapDocument &doc, const Person &person)
        : m_doc(doc)
        , m_person(person)
        , m_position(doc.position(person.id))
        , m_ties(doc.relationshipsOf(person.id))
    {
        for (const EcomapGroup &g : doc.groups()) {
            if (g.memberIds.contains(person.id))
                m_groups << g;
        }
        setText(tr("Remove %1").arg(person.displayName()));
    }
    void redo() override { m_doc.removePerson(m_person.id, &m_links); }
    void undo() override
    {
        if (m_doc.restorePerson(m_person, m_position, m_ties, m_links))
            return;
        for (const EcomapGroup &g : std::as_const(m_groups))
            m_doc.updateGroup(g); // puts them back in their groups, in their place
    }

private:
    EcomapDocument &m_doc;
    Person m_person;
    QPointF m_position;
    QList<Relationship> m_ties;
    QList<EcomapGroup> m_groups;
    PersonLinks m_links; // read on each removal: homes, memories, plans they were part of
};

class EditPerson : public QUndoCommand
{
public:
    EditPerson(EcomapDocument &doc, Person before, Person after)
        : m_doc(doc)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
        setText(tr("Edit %1").arg(m_after.displayName()));
    }
    void redo() override { m_doc.updatePerson(m_after); }
    void undo() override { m_doc.updatePerson(m_before); }

private:
    EcomapDocument &m_doc;
    Person m_before;
    Person m_after;
};

class MovePerson : public QUndoCommand
{
public:
    static constexpr int kId = 0xEC01;
    MovePerson(EcomapDocument &doc, ItemId id, QPointF from, QPointF to)
        : m_doc(doc)
        , m_id(id)
        , m_from(from)
        , m_to(to)
    {
        setText(tr("Move %1").arg(nameOf(doc, id)));
    }
    int id() const override { return kId; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *move = static_cast<const MovePerson *>(other);
        if (move->m_id != m_id)
            return false;
        m_to = move->m_to;
        return true;
    }
    void redo() override { m_doc.movePerson(m_id, m_to); }
    void undo() override { m_doc.movePerson(m_id, m_from); }

private:
    EcomapDocument &m_doc;
    ItemId m_id;
    QPointF m_from;
    QPointF m_to;
};

class AddRelationship : public QUndoCommand
{
public:
    AddRelationship(EcomapDocument &doc, Relationship relationship)
        : m_doc(doc)
        , m_relationship(std::move(relationship))
    {
        setText(tr("Connect %1 and %2")
                    .arg(nameOf(doc, m_relationship.personA), nameOf(doc, m_relationship.personB)));
    }
    void redo() override
    {
        if (m_relationship.id == kNoId) {
            if (m_doc.addRelationship(m_relationship))
                setObsolete(true);
        } else {
            m_doc.restoreRelationship(m_relationship);
        }
    }
    void undo() override { m_doc.removeRelationship(m_relationship.id); }

private:
    EcomapDocument &m_doc;
    Relationship m_relationship;
};

class RemoveRelationship : public QUndoCommand
{
public:
    RemoveRelationship(EcomapDocument &doc, Relationship relationship)
        : m_doc(doc)
        , m_relationship(std::move(relationship))
    {
        setText(tr("Remove the line between %1 and %2")
                    .arg(nameOf(doc, m_relationship.personA), nameOf(doc, m_relationship.personB)));
    }
    void redo() override { m_doc.removeRelationship(m_relationship.id); }
    void undo() override { m_doc.restoreRelationship(m_relationship); }

private:
    EcomapDocument &m_doc;
    Relationship m_relationship;
};

class EditRelationship : public QUndoCommand
{
public:
    EditRelationship(EcomapDocument &doc, Relationship before, Relationship after,
                     const QString &text)
        : m_doc(doc)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
        setText(text);
    }
    void redo() override { m_doc.updateRelationship(m_after); }
    void undo() override { m_doc.updateRelationship(m_before); }

private:
    EcomapDocument &m_doc;
    Relationship m_before;
    Relationship m_after;
};

class MakeGroup : public QUndoCommand
{
public:
    MakeGroup(EcomapDocument &doc, EcomapGroup group)
        : m_doc(doc)
        , m_group(std::move(group))
    {
        setText(tr("Group %1").arg(m_group.name));
    }
    void redo() override
    {
        if (m_group.id == kNoId) {
            if (m_doc.addGroup(m_group))
                setObsolete(true);
        } else {
            m_doc.restoreGroup(m_group);
        }
    }
    void undo() override { m_doc.removeGroup(m_group.id); }

private:
    EcomapDocument &m_doc;
    EcomapGroup m_group;
};

class RemoveGroup : public QUndoCommand
{
public:
    RemoveGroup(EcomapDocument &doc, EcomapGroup group)
        : m_doc(doc)
        , m_group(std::move(group))
    {
        setText(tr("Remove the group %1").arg(m_group.name));
    }
    void redo() override { m_doc.removeGroup(m_group.id); }
    void undo() override { m_doc.restoreGroup(m_group); }

private:
    EcomapDocument &m_doc;
    EcomapGroup m_group;
};

class EditGroup : public QUndoCommand
{
public:
    EditGroup(EcomapDocument &doc, EcomapGroup before, EcomapGroup after)
        : m_doc(doc)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
        setText(tr("Rename the group %1").arg(m_before.name));
    }
    void redo() override { m_doc.updateGroup(m_after); }
    void undo() override { m_doc.updateGroup(m_before); }

private:
    EcomapDocument &m_doc;
    EcomapGroup m_before;
    EcomapGroup m_after;
};

} // namespace

namespace Command {

void placeOnMap(QUndoStack &stack, EcomapDocument &doc, ItemId id, int ring)
{
    if (doc.isOnMap(id) || !doc.person(id))
        return;
    stack.push(new PlaceOnMap(doc, id, doc.suggestPosition(ring)));
}

void makeGroup(QUndoStack &stack, EcomapDocument &doc, const QString &name,
               const QList<ItemId> &members)
{
    if (name.trimmed().isEmpty() || members.isEmpty())
        return;
    stack.push(new MakeGroup(doc, EcomapGroup{kNoId, name.trimmed(), members}));
}

void renameGroup(QUndoStack &stack, EcomapDocument &doc, ItemId id, const QString &name)
{
    const auto before = doc.group(id);
    if (!before || name.trimmed().isEmpty() || before->name == name.trimmed())
        return;
    EcomapGroup after = *before;
    after.name = name.trimmed();
    stack.push(new EditGroup(doc, *before, after));
}

void removeGroup(QUndoStack &stack, EcomapDocument &doc, ItemId id)
{
    if (const auto g = doc.group(id))
        stack.push(new RemoveGroup(doc, *g));
}

void addPerson(QUndoStack &stack, EcomapDocument &doc, const Person &person, QPointF position,
               const Relationship &tie)
{
    Person fresh = person;
    fresh.id = kNoId;
    Relationship t = tie;
    t.id = kNoId;
    t.personA = kChildId;
    stack.push(new AddPerson(doc, fresh, position, t));
}

void editPerson(QUndoStack &stack, EcomapDocument &doc, const Person &updated)
{
    const auto before = doc.person(updated.id);
    if (!before || *before == updated)
        return;
    stack.push(new EditPerson(doc, *before, updated));
}

void removePerson(QUndoStack &stack, EcomapDocument &doc, ItemId id)
{
    if (const auto p = doc.person(id))
        stack.push(new RemovePerson(doc, *p));
}

void movePerson(QUndoStack &stack, EcomapDocument &doc, ItemId id, QPointF from, QPointF to)
{
    if (from == to || !doc.person(id))
        return;
    stack.push(new MovePerson(doc, id, from, to));
}

void addRelationship(QUndoStack &stack, EcomapDocument &doc, const Relationship &relationship)
{
    if (relationship.personA == relationship.personB)
        return;
    Relationship fresh = relationship;
    fresh.id = kNoId;
    stack.push(new AddRelationship(doc, fresh));
}

void editRelationship(QUndoStack &stack, EcomapDocument &doc, const Relationship &updated)
{
    const auto before = doc.relationship(updated.id);
    if (!before || *before == updated)
        return;
    stack.push(
        new EditRelationship(doc, *before, updated,
                             tr("Edit the line between %1 and %2")
                                 .arg(nameOf(doc, updated.personA), nameOf(doc, updated.personB))));
}

void setRelationshipKind(QUndoStack &stack, EcomapDocument &doc, ItemId id, Relationship::Kind kind)
{
    const auto before = doc.relationship(id);
    if (!before || before->kind == kind)
        return;
    Relationship after = *before;
    after.kind = kind;
    stack.push(new EditRelationship(
        doc, *before, after,
        tr("Make the line to %1 “%2”")
            .arg(nameOf(doc, before->personB), Vocabulary::kindName(kind).toLower())));
}

void removeRelationship(QUndoStack &stack, EcomapDocument &doc, ItemId id)
{
    if (const auto r = doc.relationship(id))
        stack.push(new RemoveRelationship(doc, *r));
}

} // namespace Command
