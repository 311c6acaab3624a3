// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergelabels.h"

#include "familywords.h"
#include "fuzzydate.h"
#include "vocabulary.h"

namespace {

QString text(const RecordVersions::Record &r, const RecordKind &kind, const char *column)
{
    for (qsizetype i = 0; i < kind.fields.size(); ++i) {
        if (kind.fields[i].name == QLatin1String(column))
            return r.values[i].toString();
    }
    return {};
}

bool isYesNo(const QString &column)
{
    static const QStringList names = {QStringLiteral("private"),       QStringLiteral("given"),
                                      QStringLiteral("read_back"),     QStringLiteral("migrated"),
                                      QStringLiteral("told_to_child"), QStringLiteral("care"),
                                      QStringLiteral("easy_read"),     QStringLiteral("draft"),
                                      QStringLiteral("deceased"),      QStringLiteral("identical")};
    return names.contains(column);
}

} // namespace

QString MergeLabels::kind(int kind)
{
    const QString table = RecordKind::all().value(kind).table;
    if (table == QLatin1String("media"))
        return tr("Picture");
    if (table == QLatin1String("person"))
        return tr("Person");
    if (table == QLatin1String("placement"))
        return tr("Home");
    if (table == QLatin1String("event"))
        return tr("Event");
    if (table == QLatin1String("memory"))
        return tr("Memory");
    if (table == QLatin1String("relationship"))
        return tr("Relationship");
    if (table == QLatin1String("voice_entry"))
        return tr("What the child said");
    if (table == QLatin1String("ecomap_group"))
        return tr("Group on the map");
    if (table == QLatin1String("child"))
        return tr("About the child");
    if (table == QLatin1String("letter"))
        return tr("Later life letter");
    if (table == QLatin1String("letter_section"))
        return tr("Part of the letter");
    if (table == QLatin1String("letter_version"))
        return tr("Saved version of the letter");
    if (table == QLatin1String("book_setting"))
        return tr("Book setting");
    if (table == QLatin1String("parent_link"))
        return tr("Parent and child");
    if (table == QLatin1String("partnership"))
        return tr("Partners");
    if (table == QLatin1String("twins"))
        return tr("Twins");
    if (table == QLatin1String("lost_pregnancy"))
        return tr("Pregnancy lost");
    return table;
}

QString MergeLabels::title(const RecordVersions::State &state, int k, const QString &key)
{
    const QList<RecordKind> &kinds = RecordKind::all();
    if (k < 0 || k >= kinds.size() || k >= state.kinds.size())
        return {};
    const RecordKind &kind = kinds[k];
    const auto it = state.kinds[k].records.constFind(key);
    if (it == state.kinds[k].records.cend())
        return {};
    const RecordVersions::Record &r = *it;
    const QString table = kind.table;
    QString out;
    if (table == QLatin1String("person")) {
        out = text(r, kind, "known_as");
        if (out.isEmpty())
            out = text(r, kind, "full_name");
    } else if (table == QLatin1String("media")) {
        out = text(r, kind, "caption");
        if (out.isEmpty())
            out = text(r, kind, "original_name");
    } else if (table == QLatin1String("placement")) {
        out = text(r, kind, "place_name");
    } else if (table == QLatin1String("event") || table == QLatin1String("memory")) {
        out = text(r, kind, "title");
    } else if (table == QLatin1String("voice_entry")) {
        out = text(r, kind, "words").simplified();
        if (out.size() > 40)
            out = out.left(39) + QChar(0x2026);
    } else if (table == QLatin1String("ecomap_group")) {
        out = text(r, kind, "name");
    } else if (table == QLatin1String("parent_link") || table == QLatin1String("partnership") ||
               table == QLatin1String("twins") || table == QLatin1String("lost_pregnancy")) {
        const int person = RecordKind::indexOf(QStringLiteral("person"));
        const auto name = [&](const QVariant &v) {
            return v.isNull() ? childName(state) : title(state, person, v.toString());
        };
        out = tr("%1 and %2").arg(name(r.values.value(0)), name(r.values.value(1)));
    } else if (table == QLatin1String("relationship")) {
        const int person = RecordKind::indexOf(QStringLiteral("person"));
        const QVariant a = r.values.value(0);
        const QString first = a.isNull() ? childName(state) : title(state, person, a.toString());
        out = tr("%1 and %2").arg(first, title(state, person, r.values.value(1).toString()));
    } else if (table == QLatin1String("letter_version")) {
        out = text(r, kind, "saved_at");
    } else if (table == QLatin1String("book_setting") || table == QLatin1String("letter_section")) {
        out = key;
    }
    return out;
}

QString MergeLabels::thing(const RecordVersions::State &state, int kind, const QString &key)
{
    const QString name = title(state, kind, key);
    return name.isEmpty() ? MergeLabels::kind(kind)
                          : tr("%1 “%2”").arg(MergeLabels::kind(kind), name);
}

QString MergeLabels::childName(const RecordVersions::State &state)
{
    const int k = RecordKind::indexOf(QStringLiteral("child"));
    const auto it = state.kinds.value(k).records.constFind(QStringLiteral("child"));
    if (it != state.kinds.value(k).records.cend()) {
        const RecordKind &kind = RecordKind::all()[k];
        QString name = text(*it, kind, "known_as");
        if (name.isEmpty())
            name = text(*it, kind, "full_name");
        if (!name.isEmpty())
            return name;
    }
    return tr("the child");
}

QString MergeLabels::field(const RecordVersions::State &state, int k, int f)
{
    const RecordKind &kind = RecordKind::all()[k];
    if (kind.table == QLatin1String("person") && f < kind.fields.size()) {
        const QString column = kind.fields[f].name;
        if (column == QLatin1String("known_as"))
            return tr("What %1 calls them").arg(childName(state));
        if (column == QLatin1String("childs_words"))
            return tr("In %1's words").arg(childName(state));
        if (column == QLatin1String("role_detail"))
            return tr("More about that");
    }
    if (f >= kind.fields.size()) {
        const QString part = kind.parts[f - kind.fields.size()].name;
        if (part == QLatin1String("position"))
            return tr("Place on the map");
        if (part == QLatin1String("carers"))
            return tr("Carers");
        if (part == QLatin1String("plan"))
            return tr("Keeping-in-touch plan");
        if (part == QLatin1String("people") || part == QLatin1String("present"))
            return tr("Who was there");
        if (part == QLatin1String("pictures"))
            return tr("Pictures");
        if (part == QLatin1String("members"))
            return tr("Who is in the group");
        if (part == QLatin1String("permissions"))
            return tr("Permission to name people");
        if (part == QLatin1String("genogram"))
            return tr("Place in the family tree");
        return part;
    }
    if (kind.table != QLatin1String("relationship") && f < kind.fields.size() &&
        kind.fields[f].name == QLatin1String("kind"))
        return tr("Kind");
    static const QHash<QString, const char *> names = {
        {QStringLiteral("full_name"), QT_TR_NOOP("Full name")},
        {QStringLiteral("known_as"), QT_TR_NOOP("Known as")},
        {QStringLiteral("role"), QT_TR_NOOP("Who they are")},
        {QStringLiteral("role_detail"), QT_TR_NOOP("More about who they are")},
        {QStringLiteral("photo_id"), QT_TR_NOOP("Photo")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("childs_words"), QT_TR_NOOP("In the child's words")},
        {QStringLiteral("address"), QT_TR_NOOP("Address")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("private"), QT_TR_NOOP("Private")},
        {QStringLiteral("caption"), QT_TR_NOOP("Caption")},
        {QStringLiteral("taken_on"), QT_TR_NOOP("When it was taken")},
        {QStringLiteral("title"), QT_TR_NOOP("Title")},
        {QStringLiteral("date"), QT_TR_NOOP("Date")},
        {QStringLiteral("feelings"), QT_TR_NOOP("Feelings")},
        {QStringLiteral("placement_id"), QT_TR_NOOP("Home")},
        {QStringLiteral("place_name"), QT_TR_NOOP("Name of the home")},
        {QStringLiteral("type"), QT_TR_NOOP("Kind")},
        {QStringLiteral("kind"), QT_TR_NOOP("How close")},
        {QStringLiteral("from_date"), QT_TR_NOOP("From")},
        {QStringLiteral("to_date"), QT_TR_NOOP("Until")},
        {QStringLiteral("school"), QT_TR_NOOP("School")},
        {QStringLiteral("school_address"), QT_TR_NOOP("School address")},
        {QStringLiteral("reason_childs_words"), QT_TR_NOOP("Why they left, in their words")},
        {QStringLiteral("reason_record"), QT_TR_NOOP("Why they left, for the record")},
        {QStringLiteral("came_reason_childs_words"), QT_TR_NOOP("Why they came, in their words")},
        {QStringLiteral("came_reason_record"), QT_TR_NOOP("Why they came, for the record")},
        {QStringLiteral("details"), QT_TR_NOOP("Details")},
        {QStringLiteral("outcome"), QT_TR_NOOP("Outcome")},
        {QStringLiteral("source"), QT_TR_NOOP("Source")},
        {QStringLiteral("impact_on_child"), QT_TR_NOOP("Impact on the child")},
        {QStringLiteral("contact"), QT_TR_NOOP("Contact")},
        {QStringLiteral("contact_note"), QT_TR_NOOP("About contact")},
        {QStringLiteral("next_contact"), QT_TR_NOOP("Next contact")},
        {QStringLiteral("direction"), QT_TR_NOOP("Direction")},
        {QStringLiteral("words"), QT_TR_NOOP("What they said")},
        {QStringLiteral("prompt"), QT_TR_NOOP("What they were asked")},
        {QStringLiteral("said_to"), QT_TR_NOOP("Said to")},
        {QStringLiteral("written_by"), QT_TR_NOOP("Written down by")},
        {QStringLiteral("audiences"), QT_TR_NOOP("Who may see it")},
        {QStringLiteral("answer"), QT_TR_NOOP("What happened because they said it")},
        {QStringLiteral("why_not"), QT_TR_NOOP("Why not")},
        {QStringLiteral("told_to_child"), QT_TR_NOOP("Told to the child")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("date_of_birth"), QT_TR_NOOP("Date of birth")},
        {QStringLiteral("pronouns"), QT_TR_NOOP("Pronouns")},
        {QStringLiteral("all_about_me"), QT_TR_NOOP("All about me")},
        {QStringLiteral("addressed_to"), QT_TR_NOOP("Addressed to")},
        {QStringLiteral("author"), QT_TR_NOOP("Written by")},
        {QStringLiteral("author_role"), QT_TR_NOOP("Writer's role")},
        {QStringLiteral("written_on"), QT_TR_NOOP("Written on")},
        {QStringLiteral("body"), QT_TR_NOOP("Text")},
        {QStringLiteral("value"), QT_TR_NOOP("Setting")},
        {QStringLiteral("mime_type"), QT_TR_NOOP("Kind of file")},
        {QStringLiteral("width"), QT_TR_NOOP("Width")},
        {QStringLiteral("height"), QT_TR_NOOP("Height")},
        {QStringLiteral("added_at"), QT_TR_NOOP("Added on")},
        {QStringLiteral("original_name"), QT_TR_NOOP("File name")},
        {QStringLiteral("migrated"), QT_TR_NOOP("Moved from the old single box")},
        {QStringLiteral("topic"), QT_TR_NOOP("Topic")},
        {QStringLiteral("given"), QT_TR_NOOP("How they said it")},
        {QStringLiteral("read_back"), QT_TR_NOOP("Read back to them")},
        {QStringLiteral("read_back_on"), QT_TR_NOOP("Read back on")},
        {QStringLiteral("told_on"), QT_TR_NOOP("Told on")},
        {QStringLiteral("care"), QT_TR_NOOP("Kind of care")},
        {QStringLiteral("easy_read"), QT_TR_NOOP("Easy read")},
        {QStringLiteral("draft"), QT_TR_NOOP("Draft")},
        {QStringLiteral("saved_at"), QT_TR_NOOP("Saved on")},
        {QStringLiteral("saved_by"), QT_TR_NOOP("Saved by")},
        {QStringLiteral("what"), QT_TR_NOOP("What changed")},
        {QStringLiteral("gender"), QT_TR_NOOP("Gender")},
        {QStringLiteral("gender_words"), QT_TR_NOOP("Gender, in their words")},
        {QStringLiteral("born"), QT_TR_NOOP("Born")},
        {QStringLiteral("died"), QT_TR_NOOP("Died")},
        {QStringLiteral("deceased"), QT_TR_NOOP("Has died")},
        {QStringLiteral("child"), QT_TR_NOOP("Child")},
        {QStringLiteral("parent"), QT_TR_NOOP("Parent")},
        {QStringLiteral("person_a"), QT_TR_NOOP("One")},
        {QStringLiteral("person_b"), QT_TR_NOOP("The other")},
        {QStringLiteral("ending"), QT_TR_NOOP("How it ended")},
        {QStringLiteral("identical"), QT_TR_NOOP("Identical")},
        {QStringLiteral("mother"), QT_TR_NOOP("Mother")},
        {QStringLiteral("father"), QT_TR_NOOP("Father")},
    };
    const QString column = kind.fields[f].name;
    if (const char *name = names.value(column))
        return tr(name);
    return column; // every column has words above; a new one shows as stored until it does
}

QString MergeLabels::value(const RecordVersions::State &state, int k, int f, const QVariant &given)
{
    const RecordKind &kind = RecordKind::all()[k];
    if (f >= kind.fields.size()) {
        const RecordKind::Part &part = kind.parts[f - kind.fields.size()];
        const QVariantList tables = given.toList();
        QStringList names;
        int rows = 0;
        for (qsizetype t = 0; t < tables.size() && t < part.tables.size(); ++t) {
            for (const QVariant &row : tables[t].toList()) {
                ++rows;
                const QVariantList cells = row.toList();
                for (qsizetype c = 0; c < cells.size() && c < part.tables[t].columns.size(); ++c) {
                    const int ref = part.tables[t].columns[c].ref;
                    if (ref >= 0 && !cells[c].isNull())
                        names << title(state, ref, cells[c].toString());
                }
            }
        }
        if (rows == 0)
            return tr("(none)");
        if (part.name == QLatin1String("position")) {
            const QVariantList cells = tables.value(0).toList().value(0).toList();
            return tr("at %1, %2")
                .arg(qRound(cells.value(0).toDouble()))
                .arg(qRound(cells.value(1).toDouble()));
        }
        names.removeAll(QString());
        return names.isEmpty() ? tr("%1 rows").arg(rows) : names.join(QStringLiteral(", "));
    }
    const RecordKind::Column &column = kind.fields[f];
    const QVariant v = column.companion.isEmpty() ? given : given.toList().value(0);
    if (v.isNull() || v.toString().isEmpty())
        return column.nullIsChild ? childName(state) : tr("(empty)");
    if (column.ref >= 0)
        return title(state, column.ref, v.toString());
    if (isYesNo(column.name))
        return v.toLongLong() ? tr("Yes") : tr("No");
    // Dates as people write them ("summer 2015"), not as they are stored.
    if (column.name == QLatin1String("date") || column.name.endsWith(QLatin1String("_date")) ||
        column.name == QLatin1String("date_of_birth") || column.name == QLatin1String("born") ||
        column.name == QLatin1String("died")) {
        if (const auto date = FuzzyDate::fromStorage(v.toString()))
            return date->toDisplayString();
    }
    const int n = int(v.toLongLong());
    if (kind.table == QLatin1String("person") && column.name == QLatin1String("role") && n >= 0 &&
        n < Person::kRoleCount)
        return Vocabulary::roleName(Person::Role(n));
    if (kind.table == QLatin1String("placement") && column.name == QLatin1String("type") &&
        n >= 0 && n < Placement::kTypeCount)
        return Vocabulary::placementTypeName(Placement::Type(n));
    if (kind.table == QLatin1String("event") && column.name == QLatin1String("type") && n >= 0 &&
        n < Event::kTypeCount)
        return Vocabulary::eventTypeName(Event::Type(n));
    if (kind.table == QLatin1String("relationship") && column.name == QLatin1String("kind") &&
        n >= 0 && n < Relationship::kKindCount)
        return Vocabulary::kindName(Relationship::Kind(n));
    if (kind.table == QLatin1String("relationship") && column.name == QLatin1String("contact") &&
        n >= 0 && n < Relationship::kContactCount)
        return Vocabulary::contactName(Relationship::Contact(n));
    const QString table = kind.table;
    if ((table == QLatin1String("person") || table == QLatin1String("child")) &&
        column.name == QLatin1String("gender") && n >= 0 && n < Person::kGenderCount)
        return FamilyWords::gender(Person::Gender(n));
    if (table == QLatin1String("parent_link") && column.name == QLatin1String("kind") && n >= 0 &&
        n < ParentLink::kKindCount)
        return FamilyWords::parentKind(ParentLink::Kind(n));
    if (table == QLatin1String("partnership") && column.name == QLatin1String("kind") && n >= 0 &&
        n < Partnership::kKindCount)
        return FamilyWords::partnershipKind(Partnership::Kind(n));
    if (table == QLatin1String("partnership") && column.name == QLatin1String("ending") && n >= 0 &&
        n < Partnership::kEndingCount)
        return FamilyWords::ending(Partnership::Ending(n));
    if (table == QLatin1String("lost_pregnancy") && column.name == QLatin1String("kind") &&
        n >= 0 && n < LostPregnancy::kKindCount)
        return FamilyWords::loss(LostPregnancy::Kind(n));
    if (v.typeId() == QMetaType::QByteArray)
        return tr("(a picture)");
    return v.toString();
}
