// SPDX-License-Identifier: GPL-3.0-or-later
#include "familytree.h"

#include "familyroles.h"

#include "bulkinsert.h"
#include "familyrepository.h"
#include "gedcomwriter.h"
#include "personrepository.h"
#include "recordversions.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace {

constexpr ItemId kLocalIds = ItemId(1) << 40;

Person::Gender genderOf(GedcomReader::Sex sex)
{
    switch (sex) {
    case GedcomReader::Sex::Female:
        return Person::Gender::Female;
    case GedcomReader::Sex::Male:
        return Person::Gender::Male;
    case GedcomReader::Sex::Other:
        return Person::Gender::NonBinary;
    case GedcomReader::Sex::Unknown:
        break;
    }
    return Person::Gender::NotKnown;
}

GedcomReader::Sex sexOf(Person::Gender gender)
{
    switch (gender) {
    case Person::Gender::Female:
        return GedcomReader::Sex::Female;
    case Person::Gender::Male:
        return GedcomReader::Sex::Male;
    case Person::Gender::NonBinary:
        return GedcomReader::Sex::Other;
    case Person::Gender::NotKnown:
        break;
    }
    return GedcomReader::Sex::Unknown;
}

ParentLink::Kind kindOf(GedcomReader::Pedigree pedigree)
{
    switch (pedigree) {
    case GedcomReader::Pedigree::Birth:
    case GedcomReader::Pedigree::Unknown: // GEDCOM: a child with no PEDI is a birth child
        return ParentLink::Kind::Birth;
    case GedcomReader::Pedigree::Adopted:
        return ParentLink::Kind::Adoptive;
    case GedcomReader::Pedigree::Foster:
        return ParentLink::Kind::Foster;
    case GedcomReader::Pedigree::Step:
        return ParentLink::Kind::Step;
    case GedcomReader::Pedigree::Sealing:
    case GedcomReader::Pedigree::Other:
        break;
    }
    return ParentLink::Kind::Other;
}

GedcomReader::Pedigree pedigreeOf(ParentLink::Kind kind)
{
    switch (kind) {
    case ParentLink::Kind::Birth:
        return GedcomReader::Pedigree::Birth;
    case ParentLink::Kind::Adoptive:
        return GedcomReader::Pedigree::Adopted;
    case ParentLink::Kind::Foster:
        return GedcomReader::Pedigree::Foster;
    case ParentLink::Kind::Step:
        return GedcomReader::Pedigree::Step;
    case ParentLink::Kind::SpecialGuardian:
    case ParentLink::Kind::KinshipCarer:
    case ParentLink::Kind::Other:
        break;
    }
    return GedcomReader::Pedigree::Other;
}

// GEDCOM keeps the surname apart (/Jones/): the last word of a full name, as British names
// are written; a single name is a given name.
// A full name's last word is taken as the surname; what the child calls someone ("Leo's dad")
// has no surname in it and is written whole.
void nameParts(GedcomReader::Individual &in, const QString &fullName, const QString &knownAs)
{
    in.name = (fullName.isEmpty() ? knownAs : fullName).simplified();
    const qsizetype space = fullName.isEmpty() ? -1 : in.name.lastIndexOf(QLatin1Char(' '));
    in.given = space < 0 ? in.name : in.name.left(space);
    in.surname = space < 0 ? QString() : in.name.mid(space + 1);
}

} // namespace

QHash<QString, ItemId> FamilyTree::lookAlikes(const GedcomReader::Result &file,
                                              const QList<Person> &people)
{
    const auto key = [](const QString &name) { return name.simplified().toCaseFolded(); };
    QHash<QString, QList<const Person *>> byName;
    for (const Person &p : people) {
        for (const QString &name : {p.fullName, p.knownAs}) {
            if (!name.trimmed().isEmpty())
                byName[key(name)] << &p;
        }
    }
    QHash<QString, ItemId> out;
    for (const GedcomReader::Individual &in : file.people) {
        for (const Person *p : byName.value(key(in.name))) {
            const bool bothKnown = !in.born.isUnknown() && !p->born.isUnknown() &&
                                   in.born.earliest().isValid() && p->born.earliest().isValid();
            if (bothKnown && in.born.earliest().year() != p->born.earliest().year())
                continue;
            out.insert(in.xref, p->id);
            break;
        }
    }
    return out;
}

FamilyTree::Import FamilyTree::fromGedcom(const GedcomReader::Result &file,
                                          const QString &childXref,
                                          const QHash<QString, ItemId> &same,
                                          const Family &existing)
{
    Import out;
    out.problems = file.problems;
    QHash<QString, ItemId> ids;
    QSet<ItemId> known; // people already in the story, not added again
    QHash<QString, const GedcomReader::Individual *> byXref;
    for (const GedcomReader::Individual &in : file.people) {
        byXref.insert(in.xref, &in);
        if (!childXref.isEmpty() && in.xref == childXref) {
            ids.insert(in.xref, kChildId);
            continue;
        }
        if (const auto it = same.constFind(in.xref); it != same.cend() && *it > 0) {
            ids.insert(in.xref, *it);
            known.insert(*it);
            continue;
        }
        Person p;
        // Local ids far above any in a story, so they never mistake one for someone there.
        p.id = kLocalIds + ItemId(out.people.size() + 1);
        p.fullName = in.name.simplified();
        if (p.fullName.isEmpty())
            p.fullName = tr("Someone not named");
        p.role = Person::Role::NotSure; // unless the lines say, below
        p.gender = genderOf(in.sex);
        p.born = in.born;
        p.died = in.died;
        p.deceased = in.deceased || !in.died.isUnknown();
        ids.insert(in.xref, p.id);
        out.people << p;
    }
    for (const GedcomReader::Family &fam : file.families) {
        const auto husband = ids.constFind(fam.husband);
        const auto wife = ids.constFind(fam.wife);
        const bool hasHusband = husband != ids.cend();
        const bool hasWife = wife != ids.cend();
        bool used = false;
        if (hasHusband && hasWife && *husband != *wife) {
            Partnership p;
            // The child is person A when they are one of the pair (a child's own partner).
            p.personA = *wife == kChildId ? kChildId : *husband;
            p.personB = *wife == kChildId ? *husband : *wife;
            if (p.personB == kChildId)
                std::swap(p.personA, p.personB);
            p.kind = fam.married   ? Partnership::Kind::Married
                     : fam.engaged ? Partnership::Kind::Engaged
                                   : Partnership::Kind::NotKnown;
            p.from = fam.married ? fam.marriedOn : fam.engagedOn;
            if (fam.divorced) {
                p.ending = Partnership::Ending::Divorced;
                p.to = fam.divorcedOn;
            }
            const bool already =
                std::any_of(existing.partnerships.cbegin(), existing.partnerships.cend(),
                            [&](const Partnership &e) {
                                return e.involves(p.personA) && e.involves(p.personB);
                            });
            if (!already) {
                p.id = ItemId(out.family.partnerships.size() + 1);
                out.family.partnerships << p;
                used = true;
            }
        }
        for (const QString &childRef : fam.children) {
            const auto child = ids.constFind(childRef);
            if (child == ids.cend())
                continue;
            GedcomReader::Pedigree pedigree = GedcomReader::Pedigree::Unknown;
            if (const GedcomReader::Individual *in = byXref.value(childRef)) {
                for (const GedcomReader::FamilyLink &link : in->childOf) {
                    if (link.family == fam.xref)
                        pedigree = link.pedigree;
                }
            }
            for (const auto &parent : {husband, wife}) {
                if (parent == ids.cend() || *parent == *child || *parent == kChildId)
                    continue;
                const bool already = std::any_of(
                    existing.parents.cbegin(), existing.parents.cend(),
                    [&](const ParentLink &e) { return e.child == *child && e.parent == *parent; });
                if (already)
                    continue;
                ParentLink l;
                l.id = ItemId(out.family.parents.size() + 1);
                l.child = *child;
                l.parent = *parent;
                l.kind = kindOf(pedigree);
                out.family.parents << l;
                used = true;
            }
        }
        if (used)
            ++out.families;
    }
    // What the file's lines say each new person is to the child (birth mother, sister, ...).
    Family all = existing;
    all.parents += out.family.parents;
    all.partnerships += out.family.partnerships;
    for (Person &p : out.people) {
        if (const auto role = roleFromFamily(all, p.id, p.gender))
            p.role = *role;
    }
    return out;
}

FamilyTree::Export FamilyTree::toGedcom(const CaseContent &c)
{
    Export out;
    QHash<ItemId, QString> xref;
    QList<GedcomReader::Individual> people;
    QHash<ItemId, qsizetype> index;

    GedcomReader::Individual child;
    child.xref = QStringLiteral("@I0@");
    nameParts(child, c.child.fullName, c.child.knownAs);
    child.sex = sexOf(c.child.gender);
    child.born = c.child.born;
    xref.insert(kChildId, child.xref);
    index.insert(kChildId, people.size());
    people << child;

    // Only family: carers, workers, friends, pets and places are not in a family tree unless
    // they are someone's parent, partner or twin here.
    QSet<ItemId> inTree;
    for (const ParentLink &l : c.family.parents)
        inTree << l.child << l.parent;
    for (const Partnership &p : c.family.partnerships)
        inTree << p.personA << p.personB;
    for (const Twins &t : c.family.twins)
        inTree << t.personA << t.personB;
    int leftOutPrivate = 0;
    int notFamily = 0;
    for (const Person &p : c.people) {
        using R = Person::Role;
        const bool family = p.role == R::BirthMother || p.role == R::BirthFather ||
                            p.role == R::Sibling || p.role == R::Grandparent ||
                            p.role == R::OtherRelative || inTree.contains(p.id);
        if (p.isPrivate && family)
            ++leftOutPrivate;
        if (!family)
            ++notFamily;
        if (p.isPrivate || !family)
            continue;
        GedcomReader::Individual in;
        in.xref = QStringLiteral("@I%1@").arg(p.id);
        nameParts(in, p.fullName, p.knownAs);
        in.sex = sexOf(p.gender);
        in.born = p.born;
        in.died = p.died;
        in.deceased = p.deceased || !p.died.isUnknown();
        xref.insert(p.id, in.xref);
        index.insert(p.id, people.size());
        people << in;
    }

    // Families: each partnership, then each child's parents (of one kind) not yet a couple.
    QList<GedcomReader::Family> families;
    QHash<QPair<ItemId, ItemId>, qsizetype> familyOf;
    const auto key = [](ItemId a, ItemId b) { return qMakePair(qMin(a, b), qMax(a, b)); };
    const auto genderOfId = [&](ItemId id) {
        if (id == kChildId)
            return c.child.gender;
        for (const Person &p : c.people) {
            if (p.id == id)
                return p.gender;
        }
        return Person::Gender::NotKnown;
    };
    const auto place = [&](GedcomReader::Family &f, ItemId a, ItemId b) {
        // HUSB/WIFE are only "partner 1/2" in GEDCOM 7; by gender where it is known.
        if (genderOfId(a) == Person::Gender::Female || genderOfId(b) == Person::Gender::Male)
            std::swap(a, b);
        f.husband = xref.value(a);
        f.wife = xref.value(b);
    };
    for (const Partnership &p : c.family.partnerships) {
        if (!xref.contains(p.personA) || !xref.contains(p.personB))
            continue;
        GedcomReader::Family f;
        f.xref = QStringLiteral("@F%1@").arg(families.size() + 1);
        place(f, p.personA, p.personB);
        f.married =
            p.kind == Partnership::Kind::Married || p.kind == Partnership::Kind::CivilPartnership;
        f.marriedOn = f.married ? p.from : FuzzyDate();
        f.engaged = p.kind == Partnership::Kind::Engaged;
        f.engagedOn = f.engaged ? p.from : FuzzyDate();
        f.divorced = p.ending == Partnership::Ending::Divorced;
        f.divorcedOn = f.divorced ? p.to : FuzzyDate();
        familyOf.insert(key(p.personA, p.personB), families.size());
        families << f;
    }
    // Each child's parents, grouped by kind: two of one kind are one family.
    QHash<ItemId, QList<ParentLink>> byChild;
    QList<ItemId> order;
    for (const ParentLink &l : c.family.parents) {
        if (!xref.contains(l.child) || !xref.contains(l.parent))
            continue;
        if (!byChild.contains(l.child))
            order << l.child;
        byChild[l.child] << l;
    }
    for (ItemId childId : std::as_const(order)) {
        QList<ParentLink> links = byChild.value(childId);
        while (!links.isEmpty()) {
            const ParentLink first = links.takeFirst();
            ItemId other = kNoId;
            bool hasOther = false;
            for (qsizetype i = 0; i < links.size(); ++i) {
                if (links[i].kind == first.kind) {
                    other = links.takeAt(i).parent;
                    hasOther = true;
                    break;
                }
            }
            QPair<ItemId, ItemId> k =
                hasOther ? key(first.parent, other) : qMakePair(first.parent, ItemId(-1));
            qsizetype at = familyOf.value(k, -1);
            if (at < 0) {
                GedcomReader::Family f;
                f.xref = QStringLiteral("@F%1@").arg(families.size() + 1);
                if (hasOther) {
                    place(f, first.parent, other);
                } else {
                    const bool mother = genderOfId(first.parent) == Person::Gender::Female;
                    (mother ? f.wife : f.husband) = xref.value(first.parent);
                }
                at = families.size();
                familyOf.insert(k, at);
                families << f;
            }
            families[at].children << xref.value(childId);
            people[index.value(childId)].childOf
                << GedcomReader::FamilyLink{families[at].xref, pedigreeOf(first.kind)};
        }
    }
    out.gedcom = GedcomWriter::write(people, families);
    out.people = int(people.size());
    out.families = int(families.size());
    if (leftOutPrivate > 0)
        out.leftOut << (leftOutPrivate == 1 ? tr("1 person marked private")
                                            : tr("%1 people marked private").arg(leftOutPrivate));
    if (notFamily > 0)
        out.leftOut << (notFamily == 1 ? tr("1 person who is not in the family (a carer, a "
                                            "worker, a friend)")
                                       : tr("%1 people who are not in the family (carers, "
                                            "workers, friends)")
                                             .arg(notFamily));
    out.leftOut << tr("Everything but names, birth and death, parents and partners: roles, "
                      "addresses, phone numbers, notes, memories, what the child said, pictures "
                      "and pregnancies lost");
    return out;
}

// Written many rows to a statement, with their ids and uids given here (see BulkInsert): a
// family tree of 2,000 people goes in in a fraction of a second.
StorageError FamilyTree::bringIn(CaseFile &file, Import &import, bool again)
{
    if (StorageError e = file.beginBatch())
        return e;
    QSqlDatabase db = file.database();
    const auto nextId = [&](const char *table) -> std::optional<ItemId> {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM %1")
                        .arg(QString::fromLatin1(table))) ||
            !q.next())
            return std::nullopt;
        return q.value(0).toLongLong() + 1;
    };
    QSqlError failure;
    if (!again) {
        const auto person = nextId("person");
        const auto parent = nextId("parent_link");
        const auto partner = nextId("partnership");
        if (!person || !parent || !partner) {
            file.endBatch(false);
            return file.errorFor(db.lastError());
        }
        QHash<ItemId, ItemId> ids; // local -> stored
        ItemId next = *person;
        import.personUids.clear();
        for (Person &p : import.people) {
            ids.insert(p.id, next);
            p.id = next++;
            import.personUids << RecordVersions::newUid();
        }
        const auto mapped = [&](ItemId id) {
            return id == kChildId ? kChildId : ids.value(id, id); // someone already there
        };
        next = *parent;
        import.parentUids.clear();
        for (ParentLink &l : import.family.parents) {
            l.child = mapped(l.child);
            l.parent = mapped(l.parent);
            l.id = next++;
            import.parentUids << RecordVersions::newUid();
        }
        next = *partner;
        import.partnershipUids.clear();
        for (Partnership &p : import.family.partnerships) {
            p.personA = mapped(p.personA);
            p.personB = mapped(p.personB);
            p.id = next++;
            import.partnershipUids << RecordVersions::newUid();
        }
    }
    const auto sort = [](const FuzzyDate &d) {
        return d.isUnknown() ? QVariant() : QVariant(d.sortKey());
    };
    const auto orChild = [](ItemId id) { return id == kChildId ? QVariant() : QVariant(id); };
    BulkInsert people(db, QStringLiteral("INSERT INTO person"),
                      {QStringLiteral("id"), QStringLiteral("uid"), QStringLiteral("full_name"),
                       QStringLiteral("known_as"), QStringLiteral("role"), QStringLiteral("gender"),
                       QStringLiteral("born"), QStringLiteral("born_sort"), QStringLiteral("died"),
                       QStringLiteral("died_sort"), QStringLiteral("deceased"),
                       QStringLiteral("private")});
    bool ok = true;
    // Each table's rows end with finish(); the first error is the one reported.
    const auto done = [&](BulkInsert &out) {
        ok = ok && out.finish();
        if (!ok && !failure.isValid())
            failure = out.lastError();
    };
    for (qsizetype i = 0; ok && i < import.people.size(); ++i) {
        const Person &p = import.people[i];
        ok = people.add({p.id, import.personUids.value(i), p.fullName, p.knownAs, int(p.role),
                         int(p.gender), p.born.toStorage(), sort(p.born), p.died.toStorage(),
                         sort(p.died), p.deceased, p.isPrivate});
    }
    done(people);
    BulkInsert parents(db, QStringLiteral("INSERT INTO parent_link"),
                       {QStringLiteral("id"), QStringLiteral("uid"), QStringLiteral("child"),
                        QStringLiteral("parent"), QStringLiteral("kind"),
                        QStringLiteral("from_date"), QStringLiteral("from_sort"),
                        QStringLiteral("to_date"), QStringLiteral("to_sort")});
    for (qsizetype i = 0; ok && i < import.family.parents.size(); ++i) {
        const ParentLink &l = import.family.parents[i];
        ok = parents.add({l.id, import.parentUids.value(i), orChild(l.child), l.parent, int(l.kind),
                          l.from.toStorage(), sort(l.from), l.to.toStorage(), sort(l.to)});
    }
    done(parents);
    BulkInsert partners(db, QStringLiteral("INSERT INTO partnership"),
                        {QStringLiteral("id"), QStringLiteral("uid"), QStringLiteral("person_a"),
                         QStringLiteral("person_b"), QStringLiteral("kind"),
                         QStringLiteral("from_date"), QStringLiteral("from_sort"),
                         QStringLiteral("ending"), QStringLiteral("to_date"),
                         QStringLiteral("to_sort")});
    for (qsizetype i = 0; ok && i < import.family.partnerships.size(); ++i) {
        const Partnership &p = import.family.partnerships[i];
        ok = partners.add({p.id, import.partnershipUids.value(i), orChild(p.personA), p.personB,
                           int(p.kind), p.from.toStorage(), sort(p.from), int(p.ending),
                           p.to.toStorage(), sort(p.to)});
    }
    done(partners);
    if (!ok) {
        file.endBatch(false);
        return file.errorFor(failure);
    }
    return file.endBatch(true);
}

StorageError FamilyTree::takeOut(CaseFile &file, const Import &import)
{
    if (StorageError e = file.beginBatch())
        return e;
    PersonRepository people(file);
    FamilyRepository family(file);
    StorageError error;
    // The lines first: some join people who were there before and stay.
    for (const ParentLink &l : import.family.parents) {
        if (!error)
            error = family.remove(QStringLiteral("parent_link"), l.id);
    }
    for (const Partnership &p : import.family.partnerships) {
        if (!error)
            error = family.remove(QStringLiteral("partnership"), p.id);
    }
    for (const Person &p : import.people) {
        if (!error)
            error = people.remove(p.id);
    }
    const StorageError end = file.endBatch(!error);
    return error ? error : end;
}
