// SPDX-License-Identifier: GPL-3.0-or-later
#include "casemodel.h"

#include "childrepository.h"
#include "mediarepository.h"
#include "personrepository.h"

#include <algorithm>

CaseModel::CaseModel(CaseFile &file, QObject *parent)
    : QObject(parent)
    , m_file(file)
{}

StorageError CaseModel::load()
{
    ChildRepository children(m_file);
    PersonRepository people(m_file);
    m_child = children.load();
    m_people.clear();
    for (const Person &p : people.all())
        m_people.insert(p.id, p);
    emit childChanged();
    emit peopleChanged();
    for (const StorageError &e : {children.lastError(), people.lastError()}) {
        if (e) {
            emit failed(e);
            return e;
        }
    }
    return {};
}

QList<Person> CaseModel::people() const
{
    QList<Person> list = m_people.values();
    std::sort(list.begin(), list.end(),
              [](const Person &a, const Person &b) { return a.id < b.id; });
    return list;
}

std::optional<Person> CaseModel::person(ItemId id) const
{
    const auto it = m_people.constFind(id);
    return it == m_people.cend() ? std::nullopt : std::optional<Person>(*it);
}

StorageError CaseModel::setChild(ChildProfile &child, std::optional<Media> *addPhoto,
                                 ItemId removePhoto)
{
    StorageError error = m_file.beginBatch();
    if (!error && addPhoto && addPhoto->has_value()) {
        error = MediaRepository(m_file).add(**addPhoto);
        child.photoId = (*addPhoto)->id;
    }
    if (!error)
        error = ChildRepository(m_file).save(child);
    if (!error && removePhoto != kNoId)
        error = MediaRepository(m_file).remove(removePhoto);
    const StorageError end = m_file.endBatch(!error); // nothing to end if begin failed
    if (!error)
        error = end;
    if (error) {
        emit failed(error);
        return error;
    }
    m_child = child;
    emit childChanged();
    emit saved();
    return {};
}

void CaseModel::personStored(const Person &person)
{
    m_people.insert(person.id, person);
    emit peopleChanged();
    emit saved();
}

void CaseModel::personRemoved(ItemId id)
{
    m_people.remove(id);
    emit peopleChanged();
    emit saved();
}

void CaseModel::timelineStored()
{
    emit timelineChanged();
    emit saved();
}
