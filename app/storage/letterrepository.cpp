// SPDX-License-Identifier: GPL-3.0-or-later
#include "letterrepository.h"

// not translated (whole file): column names and storage text.

namespace {

bool writeLetter(QSqlQuery &q, const std::optional<LaterLifeLetter> &letter)
{
    for (const char *table : {"letter", "letter_section", "letter_permission"}) {
        if (!q.exec(QStringLiteral("DELETE FROM ") + QString::fromLatin1(table)))
            return false;
    }
    if (!letter)
        return true;
    const LaterLifeLetter &l = *letter;
    if (!q.prepare(QStringLiteral("INSERT INTO letter (id, addressed_to, author, author_role, "
                                  "written_on, care, easy_read) VALUES (1,?,?,?,?,?,?)")))
        return false;
    q.addBindValue(l.to);
    q.addBindValue(l.author);
    q.addBindValue(l.authorRole);
    q.addBindValue(l.written.isValid() ? QVariant(l.written.toString(Qt::ISODate)) : QVariant());
    q.addBindValue(int(l.care));
    q.addBindValue(l.easyRead ? 1 : 0);
    if (!q.exec())
        return false;
    for (const LetterSection &s : l.sections) {
        if (s.markdown.isEmpty())
            continue; // an empty part has no row
        if (!q.prepare(QStringLiteral(
                "INSERT OR REPLACE INTO letter_section (kind, body, draft) VALUES (?,?,?)")))
            return false;
        q.addBindValue(int(s.kind));
        q.addBindValue(s.markdown);
        q.addBindValue(s.draft ? 1 : 0);
        if (!q.exec())
            return false;
    }
    for (const LetterPermission &p : l.permissions) {
        if (!q.prepare(QStringLiteral("INSERT OR REPLACE INTO letter_permission (person_id, name, "
                                      "status) VALUES (?,?,?)")))
            return false;
        q.addBindValue(p.personId);
        q.addBindValue(p.name.isNull() ? QStringLiteral("") : p.name);
        q.addBindValue(int(p.status));
        if (!q.exec())
            return false;
    }
    return true;
}

bool writeVersion(QSqlQuery &q, LetterVersion &v)
{
    const bool update = v.id != kNoId;
    if (!q.prepare(update ? QStringLiteral("UPDATE letter_version SET saved_at = ?, saved_by = ?, "
                                           "what = ?, body = ? WHERE id = ?")
                          : QStringLiteral("INSERT INTO letter_version (saved_at, saved_by, "
                                           "what, body) VALUES (?,?,?,?)")))
        return false;
    q.addBindValue(v.at.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(v.by);
    q.addBindValue(v.what);
    q.addBindValue(v.text);
    if (update)
        q.addBindValue(v.id);
    if (!q.exec())
        return false;
    if (!update)
        v.id = q.lastInsertId().toLongLong();
    return true;
}

} // namespace

std::optional<LaterLifeLetter> LetterRepository::load()
{
    QSqlQuery q = query();
    if (!check(q, q.exec(QStringLiteral("SELECT addressed_to, author, author_role, written_on, "
                                        "care, easy_read FROM letter"))) ||
        !q.next())
        return std::nullopt;
    LaterLifeLetter l;
    l.to = q.value(0).toString();
    l.author = q.value(1).toString();
    l.authorRole = q.value(2).toString();
    l.written = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    l.care = enumFrom<LaterLifeLetter::Care>(q.value(4), LaterLifeLetter::kCareCount);
    l.easyRead = q.value(5).toInt() != 0;
    if (!check(q, q.exec(QStringLiteral(
                      "SELECT kind, body, draft FROM letter_section ORDER BY kind"))))
        return std::nullopt;
    while (q.next()) {
        const int kind = q.value(0).toInt();
        if (kind < 0 || kind >= LetterSection::kKindCount)
            continue; // from a newer version: not shown, never guessed at
        l.setSection({LetterSection::Kind(kind), q.value(1).toString(), q.value(2).toInt() != 0});
    }
    if (!check(q, q.exec(QStringLiteral(
                      "SELECT person_id, name, status FROM letter_permission ORDER BY rowid"))))
        return std::nullopt;
    while (q.next())
        l.permissions << LetterPermission{
            q.value(0).toLongLong(), q.value(1).toString(),
            enumFrom<LetterPermission::Status>(q.value(2), LetterPermission::kStatusCount)};
    return l.normalised();
}

StorageError LetterRepository::save(const std::optional<LaterLifeLetter> &letter,
                                    LetterVersion *version)
{
    return write([&](QSqlQuery &q) {
        return writeLetter(q, letter) && (!version || writeVersion(q, *version));
    });
}

QList<LetterVersion> LetterRepository::versions()
{
    QList<LetterVersion> out;
    QSqlQuery q = query();
    if (!check(q, q.exec(QStringLiteral("SELECT id, saved_at, saved_by, what, body FROM "
                                        "letter_version ORDER BY id"))))
        return out;
    while (q.next()) {
        LetterVersion v;
        v.id = q.value(0).toLongLong();
        v.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        v.by = q.value(2).toString();
        v.what = q.value(3).toString();
        v.text = q.value(4).toString();
        out << v;
    }
    return out;
}
