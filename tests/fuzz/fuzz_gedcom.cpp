// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: bytes given as a GEDCOM family tree, in any character set. Reading must
// never crash or hang, and what it returns must hold together: every link points at someone or
// some family in the result, nobody is their own ancestor, and every problem names a line that
// exists (or 0, the file as a whole). What was read, written again, reads back the same. Turned
// into a case's people and family (as Bring In a Family Tree does), every line joins people
// who are there and nobody is their own parent or partner; sent out again, it reads back.
#include "familytree.h"
#include "gedcomreader.h"
#include "gedcomwriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <cstdlib>
#include <functional>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const GedcomReader::Result r = GedcomReader::read(bytes);
    QHash<QString, int> people;
    for (int i = 0; i < r.people.size(); ++i)
        people.insert(r.people[i].xref, i);
    QHash<QString, int> families;
    for (int i = 0; i < r.families.size(); ++i)
        families.insert(r.families[i].xref, i);
    if (people.size() != r.people.size() || families.size() != r.families.size())
        std::abort(); // an id twice
    for (const GedcomReader::Family &f : r.families) {
        for (const QString &x : {f.husband, f.wife}) {
            if (!x.isEmpty() && !people.contains(x))
                std::abort();
        }
        for (const QString &c : f.children) {
            if (!people.contains(c))
                std::abort();
        }
    }
    for (const GedcomReader::Individual &p : r.people) {
        for (const GedcomReader::FamilyLink &l : p.childOf) {
            if (!families.contains(l.family) ||
                !r.families[families.value(l.family)].children.contains(p.xref))
                std::abort();
        }
    }
    for (const GedcomReader::Problem &p : r.problems) {
        if (p.line < 0 || p.line > r.lines || p.message.isEmpty())
            std::abort();
    }
    // Nobody is their own ancestor.
    QList<int> state(r.people.size(), 0);
    std::function<void(int)> visit = [&](int i) {
        state[i] = 1;
        for (const GedcomReader::FamilyLink &l : r.people[i].childOf) {
            const GedcomReader::Family &f = r.families[families.value(l.family)];
            for (const QString &parent : {f.husband, f.wife}) {
                if (parent.isEmpty())
                    continue;
                const int j = people.value(parent);
                if (state[j] == 1)
                    std::abort();
                if (state[j] == 0)
                    visit(j);
            }
        }
        state[i] = 2;
    };
    for (int i = 0; i < r.people.size(); ++i) {
        if (state[i] == 0)
            visit(i);
    }
    GedcomReader::date(QString::fromLatin1(bytes.left(64)));
    // Whatever was read is written as GEDCOM 7 that reads back to the same people and families.
    const GedcomReader::Result again =
        GedcomReader::read(GedcomWriter::write(r.people, r.families));
    if (again.people.size() != r.people.size() || again.families.size() != r.families.size())
        std::abort();
    for (int i = 0; i < r.people.size(); ++i) {
        if (again.people[i].xref != r.people[i].xref ||
            again.people[i].childOf.size() != r.people[i].childOf.size() ||
            again.people[i].deceased != r.people[i].deceased)
            std::abort();
    }
    // As the case would hold it: the first person in the file taken as the child.
    const FamilyTree::Import tree =
        FamilyTree::fromGedcom(r, r.people.isEmpty() ? QString() : r.people.first().xref);
    QSet<ItemId> ids = {kChildId};
    for (const Person &p : tree.people) {
        if (p.id == kChildId || ids.contains(p.id))
            std::abort();
        ids.insert(p.id);
    }
    for (const ParentLink &l : tree.family.parents) {
        if (!ids.contains(l.child) || !ids.contains(l.parent) || l.child == l.parent ||
            l.parent == kChildId)
            std::abort();
    }
    for (const Partnership &p : tree.family.partnerships) {
        if (!ids.contains(p.personA) || !ids.contains(p.personB) || p.personA == p.personB ||
            p.personB == kChildId)
            std::abort();
    }
    CaseContent content;
    content.people = tree.people;
    content.family = tree.family;
    const FamilyTree::Export out = FamilyTree::toGedcom(content);
    if (GedcomReader::read(out.gedcom).people.size() != out.people)
        std::abort();
    return 0;
}
