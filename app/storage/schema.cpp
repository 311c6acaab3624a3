// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

// not translated (whole file): migration errors are technical details behind StorageError.

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

#include "sqlcipherdriver.h"

namespace {

// Version 1. Dates are FuzzyDate storage text plus an integer sort key (Julian day).
// NULL in relationship.person_a stands for the child.
const char *const kVersion1[] = {
    R"(CREATE TABLE media (
        id INTEGER PRIMARY KEY,
        mime_type TEXT NOT NULL,
        data BLOB NOT NULL,
        thumbnail BLOB,
        width INTEGER NOT NULL DEFAULT 0,
        height INTEGER NOT NULL DEFAULT 0,
        taken_on TEXT NOT NULL DEFAULT '',
        caption TEXT,
        original_name TEXT,
        added_at TEXT,
        private INTEGER NOT NULL DEFAULT 0))",
    R"(CREATE TABLE child (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        full_name TEXT,
        known_as TEXT,
        date_of_birth TEXT,
        pronouns TEXT,
        all_about_me TEXT,
        wishes_and_feelings TEXT,
        photo_id INTEGER REFERENCES media(id) ON DELETE SET NULL))",
    R"(CREATE TABLE person (
        id INTEGER PRIMARY KEY,
        full_name TEXT,
        known_as TEXT,
        role INTEGER NOT NULL,
        role_detail TEXT,
        photo_id INTEGER REFERENCES media(id) ON DELETE SET NULL,
        notes TEXT,
        childs_words TEXT,
        address TEXT,
        phone TEXT,
        private INTEGER NOT NULL DEFAULT 0))",
    R"(CREATE TABLE relationship (
        id INTEGER PRIMARY KEY,
        person_a INTEGER REFERENCES person(id) ON DELETE CASCADE,
        person_b INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        kind INTEGER NOT NULL,
        direction INTEGER NOT NULL,
        contact INTEGER NOT NULL,
        contact_note TEXT,
        next_contact TEXT,
        from_date TEXT NOT NULL DEFAULT '',
        from_sort INTEGER,
        to_date TEXT NOT NULL DEFAULT '',
        to_sort INTEGER,
        notes TEXT,
        private INTEGER NOT NULL DEFAULT 0))",
    "CREATE INDEX relationship_b ON relationship(person_b)",
    "CREATE INDEX relationship_a ON relationship(person_a)",
    R"(CREATE TABLE placement (
        id INTEGER PRIMARY KEY,
        place_name TEXT,
        type INTEGER NOT NULL,
        from_date TEXT NOT NULL DEFAULT '',
        from_sort INTEGER,
        to_date TEXT NOT NULL DEFAULT '',
        to_sort INTEGER,
        school TEXT,
        address TEXT,
        school_address TEXT,
        reason_childs_words TEXT,
        reason_record TEXT,
        private INTEGER NOT NULL DEFAULT 0))",
    R"(CREATE TABLE placement_carer (
        placement_id INTEGER NOT NULL REFERENCES placement(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        PRIMARY KEY (placement_id, person_id)))",
    R"(CREATE TABLE memory (
        id INTEGER PRIMARY KEY,
        title TEXT,
        date TEXT NOT NULL DEFAULT '',
        date_sort INTEGER,
        childs_words TEXT,
        feelings TEXT,
        placement_id INTEGER REFERENCES placement(id) ON DELETE SET NULL,
        private INTEGER NOT NULL DEFAULT 0))",
    "CREATE INDEX memory_date ON memory(date_sort)",
    R"(CREATE TABLE memory_person (
        memory_id INTEGER NOT NULL REFERENCES memory(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        PRIMARY KEY (memory_id, person_id)))",
    "CREATE INDEX memory_person_person ON memory_person(person_id)",
    R"(CREATE TABLE memory_media (
        memory_id INTEGER NOT NULL REFERENCES memory(id) ON DELETE CASCADE,
        media_id INTEGER NOT NULL REFERENCES media(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        PRIMARY KEY (memory_id, media_id)))",
    "CREATE INDEX memory_media_media ON memory_media(media_id)",
    R"(CREATE TABLE event (
        id INTEGER PRIMARY KEY,
        type INTEGER NOT NULL,
        date TEXT NOT NULL DEFAULT '',
        date_sort INTEGER,
        title TEXT,
        details TEXT,
        outcome TEXT,
        source TEXT,
        impact_on_child TEXT,
        private INTEGER NOT NULL DEFAULT 0))",
    "CREATE INDEX event_date ON event(date_sort)",
    R"(CREATE TABLE event_person (
        event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        PRIMARY KEY (event_id, person_id)))",
    "CREATE INDEX event_person_person ON event_person(person_id)",
    R"(CREATE TABLE ecomap_position (
        person_id INTEGER PRIMARY KEY REFERENCES person(id) ON DELETE CASCADE,
        x REAL NOT NULL,
        y REAL NOT NULL))",
    R"(CREATE TABLE book_setting (
        key TEXT PRIMARY KEY,
        value TEXT))",
    "INSERT INTO child (id) VALUES (1)",
};

// Version 2: groups on the ecomap (a household, a school, a team), drawn as labelled outlines.
const char *const kVersion2[] = {
    R"(CREATE TABLE ecomap_group (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL))",
    R"(CREATE TABLE ecomap_group_member (
        group_id INTEGER NOT NULL REFERENCES ecomap_group(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        PRIMARY KEY (group_id, person_id)))",
    "CREATE INDEX ecomap_group_member_person ON ecomap_group_member(person_id)",
};

// Version 3: picture bytes in a table of their own. SQLite reaches a row's later columns (the
// thumbnail, the size) by walking the overflow pages of a large blob stored before them; with
// SQLCipher every such page is decrypted, so listing 400 thumbnails read 400 MB. `media.data`
// stays as an empty column (SQLite 3.15 cannot drop a column).
const char *const kVersion3[] = {
    R"(CREATE TABLE media_data (
        media_id INTEGER PRIMARY KEY REFERENCES media(id) ON DELETE CASCADE,
        data BLOB NOT NULL))",
    "INSERT INTO media_data (media_id, data) SELECT id, data FROM media",
    "UPDATE media SET data = X''",
};

// Version 4: a home records why the child came as well as why they left. The reasons kept so
// far described leaving (the court chronology printed them on the day the child arrived), so
// they stay where they are, as the reasons for leaving.
const char *const kVersion4[] = {
    "ALTER TABLE placement ADD COLUMN came_reason_childs_words TEXT",
    "ALTER TABLE placement ADD COLUMN came_reason_record TEXT",
};

// Version 5: the child's voice. What the child said becomes many dated entries, each with who
// heard it, who the child agreed may see it and what happened next. The old single box becomes
// the first entry, dated "before" the day of the migration and marked as moved; nobody asked
// the child who may see it, so it goes to no book until someone does.
const char *const kVersion5[] = {
    R"(CREATE TABLE voice_entry (
        id INTEGER PRIMARY KEY,
        date TEXT NOT NULL DEFAULT '',
        date_sort INTEGER,
        prompt TEXT,
        words TEXT,
        given INTEGER NOT NULL DEFAULT 0,
        said_to INTEGER REFERENCES person(id) ON DELETE SET NULL,
        written_by INTEGER REFERENCES person(id) ON DELETE SET NULL,
        topic INTEGER NOT NULL DEFAULT 0,
        feelings TEXT,
        read_back INTEGER NOT NULL DEFAULT 0,
        read_back_on TEXT,
        audiences INTEGER NOT NULL DEFAULT 0,
        migrated INTEGER NOT NULL DEFAULT 0,
        answered_by_event INTEGER REFERENCES event(id) ON DELETE SET NULL,
        answer TEXT,
        outcome INTEGER NOT NULL DEFAULT 0,
        why_not TEXT,
        told_to_child INTEGER NOT NULL DEFAULT 0,
        told_on TEXT))",
    "CREATE INDEX voice_entry_date ON voice_entry(date_sort)",
    R"(CREATE TABLE voice_entry_person (
        voice_entry_id INTEGER NOT NULL REFERENCES voice_entry(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        PRIMARY KEY (voice_entry_id, person_id)))",
    "CREATE INDEX voice_entry_person_person ON voice_entry_person(person_id)",
    "CREATE INDEX voice_entry_event ON voice_entry(answered_by_event)",
    // The sort key is FuzzyDate's: the Julian day before the migration day.
    R"(INSERT INTO voice_entry (date, date_sort, words, migrated)
        SELECT '<' || date('now'), CAST(julianday(date('now')) + 0.5 AS INTEGER) - 1,
               wishes_and_feelings, 1
        FROM child WHERE trim(coalesce(wishes_and_feelings, '')) <> '')",
    "UPDATE child SET wishes_and_feelings = NULL",
};

// Version 6: keeping relationships through moves. A move is the arrival in a home (worked out
// from the homes); its plan says whether it was planned, the notice given, and what happens to
// each relationship after it. A person with no row is "not decided yet".
const char *const kVersion6[] = {
    R"(CREATE TABLE move_plan (
        placement_id INTEGER PRIMARY KEY REFERENCES placement(id) ON DELETE CASCADE,
        planning INTEGER NOT NULL DEFAULT 0,
        notice TEXT))",
    R"(CREATE TABLE keep_in_touch (
        placement_id INTEGER NOT NULL REFERENCES move_plan(placement_id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        plan INTEGER NOT NULL DEFAULT 0,
        often INTEGER NOT NULL DEFAULT 0,
        ways INTEGER NOT NULL DEFAULT 0,
        arranged_by TEXT,
        why TEXT,
        PRIMARY KEY (placement_id, person_id)))",
    "CREATE INDEX keep_in_touch_person ON keep_in_touch(person_id)",
};

// Version 7: the later life letter, written to the child. One letter per case; its parts, the
// people it names with their permission (kept by name too, so someone later removed from the
// case is still known to be named), and every change with the whole text after it.
const char *const kVersion7[] = {
    R"(CREATE TABLE letter (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        addressed_to TEXT,
        author TEXT,
        author_role TEXT,
        written_on TEXT,
        care INTEGER NOT NULL DEFAULT 0,
        easy_read INTEGER NOT NULL DEFAULT 0))",
    R"(CREATE TABLE letter_section (
        kind INTEGER PRIMARY KEY,
        body TEXT NOT NULL,
        draft INTEGER NOT NULL DEFAULT 0))",
    R"(CREATE TABLE letter_permission (
        person_id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        status INTEGER NOT NULL DEFAULT 0))",
    R"(CREATE TABLE letter_version (
        id INTEGER PRIMARY KEY,
        saved_at TEXT NOT NULL,
        saved_by TEXT,
        what TEXT,
        body TEXT))",
};

// Version 8: a smaller copy of each big picture for books (long side 1600 px), beside its
// bytes. A book decodes each photo it shows; the full-size bytes made decoding three quarters
// of a 200-page book's export time. Pictures from before have none and books use their bytes.
const char *const kVersion8[] = {
    R"(CREATE TABLE media_print (
        media_id INTEGER PRIMARY KEY REFERENCES media(id) ON DELETE CASCADE,
        data BLOB NOT NULL))",
};

// Version 9: hand-overs. A copy made for new carers, adopters, the young person or the birth
// family records in both files when it was made, for whom, by whom, what was left out of it,
// and the letter that came with it (shown once, the first time the copy is opened).
const char *const kVersion9[] = {
    R"(CREATE TABLE handover (
        id INTEGER PRIMARY KEY,
        made_at TEXT NOT NULL,
        direction INTEGER NOT NULL,
        receiver INTEGER NOT NULL,
        sender TEXT,
        letter TEXT,
        left_out TEXT,
        letter_read INTEGER NOT NULL DEFAULT 0))",
};

// Version 10: copies that can be brought together again. Every record gets a random id kept in
// every copy (given by a trigger to rows written without one), and the file knows which story
// it is a copy of, which copy it is, and how far it has seen every other copy's changes. Each
// field's last change is recorded (by which copy, as its how-many-th settled change, when, and a
// hash of the value), and removed records leave a tombstone, so a merge can tell "changed here"
// from "changed there" without a shared clock (see RecordVersions). A copy made for someone
// lists the fields it holds differently from the original (left out or scrubbed), so that a
// change made to one of them there is asked about, never taken over the original's.
QStringList version10()
{
    QStringList out;
    for (const char *table : {"media", "person", "placement", "event", "memory", "relationship",
                              "voice_entry", "ecomap_group", "letter_version"}) {
        const QString t = QString::fromLatin1(table);
        out << QStringLiteral("ALTER TABLE %1 ADD COLUMN uid TEXT").arg(t)
            << QStringLiteral("UPDATE %1 SET uid = lower(hex(randomblob(16)))").arg(t)
            << QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS %1_uid ON %1(uid)").arg(t)
            << QStringLiteral("CREATE TRIGGER IF NOT EXISTS %1_new_uid AFTER INSERT ON %1 "
                              "WHEN NEW.uid IS NULL "
                              "BEGIN UPDATE %1 SET uid = lower(hex(randomblob(16))) "
                              "WHERE rowid = NEW.rowid; END")
                   .arg(t);
    }
    out << QStringLiteral(R"(CREATE TABLE IF NOT EXISTS copy_identity (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        story TEXT NOT NULL,
        copy TEXT NOT NULL,
        seq INTEGER NOT NULL DEFAULT 0,
        device INTEGER,
        inode INTEGER))")
        << QStringLiteral("INSERT OR IGNORE INTO copy_identity (id, story, copy) VALUES "
                          "(1, lower(hex(randomblob(16))), lower(hex(randomblob(16))))")
        << QStringLiteral(R"(CREATE TABLE IF NOT EXISTS copy_seen (
        copy TEXT PRIMARY KEY,
        seq INTEGER NOT NULL))")
        << QStringLiteral(R"(CREATE TABLE IF NOT EXISTS field_version (
        kind TEXT NOT NULL,
        uid TEXT NOT NULL,
        field TEXT NOT NULL,
        origin TEXT NOT NULL,
        seq INTEGER NOT NULL,
        changed_at INTEGER NOT NULL,
        hash INTEGER NOT NULL,
        PRIMARY KEY (kind, uid, field)))")
        << QStringLiteral(R"(CREATE TABLE IF NOT EXISTS withheld_field (
        kind TEXT NOT NULL,
        uid TEXT NOT NULL,
        field TEXT NOT NULL,
        PRIMARY KEY (kind, uid, field)))")
        << QStringLiteral(R"(CREATE TABLE IF NOT EXISTS tombstone (
        kind TEXT NOT NULL,
        uid TEXT NOT NULL,
        origin TEXT NOT NULL,
        seq INTEGER NOT NULL,
        removed_at INTEGER NOT NULL,
        PRIMARY KEY (kind, uid)))");
    return out;
}

// Version 11: the family, for the genogram. A person's gender (and their own words for it), when
// they were born and died; who is whose parent and in what way (birth, adoptive, step, ...);
// partnerships with how they ended; twins; pregnancies lost, where the family wants them shown;
// and how far someone was moved by hand from where the genogram put them. NULL in a child,
// person_a or genogram_nudge's 0 stands for the child, as on the ecomap.
QStringList version11()
{
    QStringList out = {
        QStringLiteral("ALTER TABLE person ADD COLUMN gender INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE person ADD COLUMN gender_words TEXT"),
        QStringLiteral("ALTER TABLE person ADD COLUMN born TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE person ADD COLUMN born_sort INTEGER"),
        QStringLiteral("ALTER TABLE person ADD COLUMN died TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE person ADD COLUMN died_sort INTEGER"),
        QStringLiteral("ALTER TABLE person ADD COLUMN deceased INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE child ADD COLUMN gender INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE child ADD COLUMN gender_words TEXT"),
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS parent_link (
        id INTEGER PRIMARY KEY,
        child INTEGER REFERENCES person(id) ON DELETE CASCADE,
        parent INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        kind INTEGER NOT NULL,
        from_date TEXT NOT NULL DEFAULT '',
        from_sort INTEGER,
        to_date TEXT NOT NULL DEFAULT '',
        to_sort INTEGER,
        uid TEXT,
        CHECK (child IS NULL OR child <> parent)))"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS parent_link_child ON parent_link(child)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS parent_link_parent ON parent_link(parent)"),
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS partnership (
        id INTEGER PRIMARY KEY,
        person_a INTEGER REFERENCES person(id) ON DELETE CASCADE,
        person_b INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        kind INTEGER NOT NULL,
        from_date TEXT NOT NULL DEFAULT '',
        from_sort INTEGER,
        ending INTEGER NOT NULL DEFAULT 0,
        to_date TEXT NOT NULL DEFAULT '',
        to_sort INTEGER,
        uid TEXT,
        CHECK (person_a IS NULL OR person_a <> person_b)))"),
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS twins (
        id INTEGER PRIMARY KEY,
        person_a INTEGER REFERENCES person(id) ON DELETE CASCADE,
        person_b INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        identical INTEGER NOT NULL DEFAULT 0,
        uid TEXT,
        CHECK (person_a IS NULL OR person_a <> person_b)))"),
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS lost_pregnancy (
        id INTEGER PRIMARY KEY,
        mother INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        father INTEGER REFERENCES person(id) ON DELETE SET NULL,
        kind INTEGER NOT NULL,
        date TEXT NOT NULL DEFAULT '',
        date_sort INTEGER,
        private INTEGER NOT NULL DEFAULT 1,
        uid TEXT))"),
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS genogram_nudge (
        person_id INTEGER PRIMARY KEY,
        dx REAL NOT NULL,
        dy REAL NOT NULL))"),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS person_nudge_gone AFTER DELETE ON person "
                       "BEGIN DELETE FROM genogram_nudge WHERE person_id = OLD.id; END"),
    };
    for (const char *table : {"parent_link", "partnership", "twins", "lost_pregnancy"}) {
        const QString t = QString::fromLatin1(table);
        out << QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS %1_uid ON %1(uid)").arg(t)
            << QStringLiteral("CREATE TRIGGER IF NOT EXISTS %1_new_uid AFTER INSERT ON %1 "
                              "WHEN NEW.uid IS NULL "
                              "BEGIN UPDATE %1 SET uid = lower(hex(randomblob(16))) "
                              "WHERE rowid = NEW.rowid; END")
                   .arg(t);
    }
    return out;
}

// Version 12: the child's own space. Recordings in the child's own voice are media (Ogg Opus,
// with their length), told with a memory or said as a wish or feeling; "I don't want to say" is
// kept as the child's choice, and a worry as how big it feels. The child's own map of their
// people ("My people") is kept in dated snapshots, apart from the adults' ecomap.
QStringList version12()
{
    return {
        QStringLiteral("ALTER TABLE media ADD COLUMN duration_ms INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE voice_entry ADD COLUMN recording_id INTEGER "
                       "REFERENCES media(id) ON DELETE SET NULL"),
        QStringLiteral("ALTER TABLE voice_entry ADD COLUMN declined INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE voice_entry ADD COLUMN worry_size INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE memory ADD COLUMN recording_id INTEGER "
                       "REFERENCES media(id) ON DELETE SET NULL"),
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS child_map (
        id INTEGER PRIMARY KEY,
        seen_on TEXT NOT NULL,
        uid TEXT))"),
        QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS child_map_uid ON child_map(uid)"),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS child_map_new_uid AFTER INSERT ON child_map "
                       "WHEN NEW.uid IS NULL BEGIN UPDATE child_map SET uid = "
                       "lower(hex(randomblob(16))) WHERE rowid = NEW.rowid; END"),
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS child_map_place (
        map_id INTEGER NOT NULL REFERENCES child_map(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        ring INTEGER NOT NULL,
        angle REAL NOT NULL,
        feeling INTEGER,
        PRIMARY KEY (map_id, person_id)))"),
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS child_map_place_person ON child_map_place(person_id)"),
    };
}

// "ALTER TABLE t ADD COLUMN c" where t has c already: a file whose version number was set back
// by hand (the tests of updates do) or by a tool. Adding it again would stop the update.
bool hasColumnAlready(QSqlDatabase &db, const QString &statement)
{
    static const QRegularExpression alter(QStringLiteral("^ALTER TABLE (\\w+) ADD COLUMN (\\w+)"));
    const QRegularExpressionMatch m = alter.match(statement);
    if (!m.hasMatch())
        return false;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(m.captured(1))))
        return false;
    while (q.next()) {
        if (q.value(1).toString() == m.captured(2))
            return true;
    }
    return false;
}

int pragmaInt(QSqlDatabase &db, const QString &pragma)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("PRAGMA ") + pragma) && q.next())
        return q.value(0).toInt();
    return -1;
}

} // namespace

QList<Schema::Migration> Schema::migrations()
{
    const auto step = [](int toVersion, const auto &statements) {
        Migration m{toVersion, {}};
        for (const char *statement : statements)
            m.statements << QString::fromUtf8(statement);
        return m;
    };
    return {step(1, kVersion1),         step(2, kVersion2),         step(3, kVersion3),
            step(4, kVersion4),         step(5, kVersion5),         step(6, kVersion6),
            step(7, kVersion7),         step(8, kVersion8),         step(9, kVersion9),
            Migration{10, version10()}, Migration{11, version11()}, Migration{12, version12()}};
}

int Schema::version(QSqlDatabase &db)
{
    return pragmaInt(db, QStringLiteral("user_version"));
}

int Schema::applicationId(QSqlDatabase &db)
{
    return pragmaInt(db, QStringLiteral("application_id"));
}

StorageError Schema::migrate(QSqlDatabase &db, const QList<Migration> &steps)
{
    const int current = version(db);
    if (std::none_of(steps.cbegin(), steps.cend(),
                     [current](const Migration &m) { return m.toVersion > current; }))
        return {};
    // Every step in one transaction: a full disk or a kill part-way leaves the case exactly as
    // it was (the backup beside it is then only a spare), never half-way between versions.
    if (!db.transaction())
        return StorageError::fromSqlite(db.lastError().nativeErrorCode().toInt(),
                                        db.lastError().databaseText());
    QSqlQuery q(db);
    for (const Migration &m : steps) {
        if (m.toVersion <= current)
            continue;
        bool ok = true;
        for (const QString &statement : m.statements) {
            if (hasColumnAlready(db, statement))
                continue;
            if (!q.exec(statement)) {
                ok = false;
                break;
            }
        }
        ok = ok && q.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.toVersion));
        if (ok && current <= 0)
            ok = q.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
        if (!ok) {
            const QSqlError error = q.lastError();
            q.finish();
            db.rollback();
            return StorageError::fromSqlite(
                error.nativeErrorCode().toInt(),
                QStringLiteral("migration to %1: %2").arg(m.toVersion).arg(error.databaseText()));
        }
    }
    q.finish();
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        return StorageError::fromSqlite(error.nativeErrorCode().toInt(), error.databaseText());
    }
    return {};
}
