// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordkinds.h"

// not translated (whole file): table and column names.

namespace {

using Column = RecordKind::Column;

enum Kind : int { Media, Person, Placement, Event, Memory, Relationship, Voice, Group, Child };

Column named(const char *name)
{
    Column c;
    c.name = QString::fromLatin1(name);
    return c;
}

QList<Column> plain(std::initializer_list<const char *> names)
{
    QList<Column> out;
    for (const char *n : names)
        out << named(n);
    return out;
}

Column dated(const char *name, const char *sortKey)
{
    Column c = named(name);
    c.companion = QString::fromLatin1(sortKey);
    return c;
}

Column ref(const char *name, int kind, bool nullIsChild = false, bool required = false)
{
    Column c = named(name);
    c.ref = kind;
    c.nullIsChild = nullIsChild;
    c.required = required;
    return c;
}

RecordKind::Part linkPart(const char *name, const char *table, const char *owner, const char *other,
                          int kind)
{
    return {QString::fromLatin1(name),
            {{QString::fromLatin1(table),
              QString::fromLatin1(owner),
              {ref(other, kind), named("position")},
              QStringLiteral("position")}}};
}

QList<RecordKind> describe()
{
    QList<RecordKind> kinds;

    RecordKind media;
    media.table = QStringLiteral("media");
    media.fields = plain({"mime_type", "width", "height", "taken_on", "caption", "original_name",
                          "added_at", "private", "duration_ms"});
    // `data` is the empty column left by version 3; the bytes are in media_data.
    media.addedOnlyColumns = {QStringLiteral("data"), QStringLiteral("thumbnail")};
    media.addedOnlyTables = {
        {QStringLiteral("media_data"), QStringLiteral("media_id"), plain({"data"}), {}},
        {QStringLiteral("media_print"), QStringLiteral("media_id"), plain({"data"}), {}}};
    kinds << media;

    RecordKind person;
    person.table = QStringLiteral("person");
    person.fields = plain({"full_name", "known_as", "role", "role_detail", "notes", "childs_words",
                           "address", "phone", "private"});
    person.fields << ref("photo_id", Media);
    person.fields << plain({"gender", "gender_words", "deceased"});
    person.fields << dated("born", "born_sort") << dated("died", "died_sort");
    person.parts = {
        {QStringLiteral("position"),
         {{QStringLiteral("ecomap_position"), QStringLiteral("person_id"), plain({"x", "y"}), {}}}},
        {QStringLiteral("genogram"),
         {{QStringLiteral("genogram_nudge"),
           QStringLiteral("person_id"),
           plain({"dx", "dy"}),
           {}}}}};
    kinds << person;

    RecordKind placement;
    placement.table = QStringLiteral("placement");
    placement.fields =
        plain({"place_name", "type", "school", "address", "school_address", "reason_childs_words",
               "reason_record", "came_reason_childs_words", "came_reason_record", "private"});
    placement.fields << dated("from_date", "from_sort") << dated("to_date", "to_sort");
    QList<Column> keep = {ref("person_id", Person)};
    keep << plain({"position", "plan", "often", "ways", "arranged_by", "why"});
    placement.parts = {linkPart("carers", "placement_carer", "placement_id", "person_id", Person),
                       {QStringLiteral("plan"),
                        {{QStringLiteral("move_plan"),
                          QStringLiteral("placement_id"),
                          plain({"planning", "notice"}),
                          {}},
                         {QStringLiteral("keep_in_touch"), QStringLiteral("placement_id"), keep,
                          QStringLiteral("position")}}}};
    kinds << placement;

    RecordKind event;
    event.table = QStringLiteral("event");
    event.fields =
        plain({"type", "title", "details", "outcome", "source", "impact_on_child", "private"});
    event.fields << dated("date", "date_sort");
    event.parts = {linkPart("people", "event_person", "event_id", "person_id", Person)};
    kinds << event;

    RecordKind memory;
    memory.table = QStringLiteral("memory");
    memory.fields = plain({"title", "childs_words", "feelings", "private"});
    memory.fields << dated("date", "date_sort");
    memory.fields << ref("placement_id", Placement) << ref("recording_id", Media);
    memory.parts = {linkPart("people", "memory_person", "memory_id", "person_id", Person),
                    linkPart("pictures", "memory_media", "memory_id", "media_id", Media)};
    kinds << memory;

    RecordKind relationship;
    relationship.table = QStringLiteral("relationship");
    relationship.fields = {ref("person_a", Person, true, true),
                           ref("person_b", Person, false, true)};
    relationship.fields << plain(
        {"kind", "direction", "contact", "contact_note", "next_contact", "notes", "private"});
    relationship.fields << dated("from_date", "from_sort") << dated("to_date", "to_sort");
    kinds << relationship;

    RecordKind voice;
    voice.table = QStringLiteral("voice_entry");
    voice.fields = plain({"prompt", "words", "given", "topic", "feelings", "read_back",
                          "read_back_on", "audiences", "migrated", "answer", "outcome", "why_not",
                          "told_to_child", "told_on", "declined", "worry_size"});
    voice.fields << dated("date", "date_sort");
    voice.fields << ref("said_to", Person) << ref("written_by", Person)
                 << ref("answered_by_event", Event) << ref("recording_id", Media);
    voice.parts = {
        linkPart("present", "voice_entry_person", "voice_entry_id", "person_id", Person)};
    kinds << voice;

    RecordKind group;
    group.table = QStringLiteral("ecomap_group");
    group.fields = plain({"name"});
    group.parts = {linkPart("members", "ecomap_group_member", "group_id", "person_id", Person)};
    kinds << group;

    RecordKind child;
    child.table = QStringLiteral("child");
    child.key = RecordKind::Key::Single;
    child.fields = plain({"full_name", "known_as", "date_of_birth", "pronouns", "all_about_me",
                          "wishes_and_feelings", "gender", "gender_words"});
    child.fields << ref("photo_id", Media);
    kinds << child;

    RecordKind letter;
    letter.table = QStringLiteral("letter");
    letter.key = RecordKind::Key::Single;
    letter.fields =
        plain({"addressed_to", "author", "author_role", "written_on", "care", "easy_read"});
    letter.parts = {{QStringLiteral("permissions"),
                     {{QStringLiteral("letter_permission"), {}, {ref("person_id", Person)}, {}}}}};
    letter.parts.first().tables.first().columns << plain({"name", "status"});
    letter.parts.first().tables.first().orderBy = QStringLiteral("name, person_id");
    kinds << letter;

    RecordKind section;
    section.table = QStringLiteral("letter_section");
    section.key = RecordKind::Key::Natural;
    section.keyColumn = QStringLiteral("kind");
    section.fields = plain({"body", "draft"});
    kinds << section;

    RecordKind history;
    history.table = QStringLiteral("letter_version");
    history.fields = plain({"saved_at", "saved_by", "what", "body"});
    kinds << history;

    RecordKind setting;
    setting.table = QStringLiteral("book_setting");
    setting.key = RecordKind::Key::Natural;
    setting.keyColumn = QStringLiteral("key");
    setting.fields = plain({"value"});
    kinds << setting;

    // The family (the genogram), after the people it joins.
    RecordKind parent;
    parent.table = QStringLiteral("parent_link");
    parent.fields = {ref("child", Person, true, true), ref("parent", Person, false, true)};
    parent.fields << plain({"kind"});
    parent.fields << dated("from_date", "from_sort") << dated("to_date", "to_sort");
    kinds << parent;

    RecordKind partnership;
    partnership.table = QStringLiteral("partnership");
    partnership.fields = {ref("person_a", Person, true, true),
                          ref("person_b", Person, false, true)};
    partnership.fields << plain({"kind", "ending"});
    partnership.fields << dated("from_date", "from_sort") << dated("to_date", "to_sort");
    kinds << partnership;

    RecordKind twins;
    twins.table = QStringLiteral("twins");
    twins.fields = {ref("person_a", Person, true, true), ref("person_b", Person, false, true)};
    twins.fields << plain({"identical"});
    kinds << twins;

    RecordKind loss;
    loss.table = QStringLiteral("lost_pregnancy");
    loss.fields = {ref("mother", Person, false, true), ref("father", Person)};
    loss.fields << plain({"kind", "private"});
    loss.fields << dated("date", "date_sort");
    kinds << loss;

    // The child's own map: a snapshot, and where the child put each person on it.
    RecordKind childMap;
    childMap.table = QStringLiteral("child_map");
    childMap.fields = plain({"seen_on"});
    QList<Column> place = {ref("person_id", Person)};
    place << plain({"ring", "angle", "feeling"});
    childMap.parts = {{QStringLiteral("places"),
                       {{QStringLiteral("child_map_place"), QStringLiteral("map_id"), place,
                         QStringLiteral("person_id")}}}};
    kinds << childMap;
    return kinds;
}

} // namespace

const QList<RecordKind> &RecordKind::all()
{
    static const QList<RecordKind> kinds = describe();
    return kinds;
}

int RecordKind::indexOf(const QString &table)
{
    const QList<RecordKind> &kinds = all();
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        if (kinds[i].table == table)
            return int(i);
    }
    return -1;
}
