// SPDX-License-Identifier: GPL-3.0-or-later
#include "personrepository.h"

#include <QSqlRecord>

namespace {
const QString kColumns = QStringLiteral(
    "full_name, known_as, role, role_detail, photo_id, notes, childs_words, address, phone, "
    "private, gender, gender_words, born, born_sort, died, died_sort, deceased");

void bind(QSqlQuery &q, const Person &p)
{
    q.addBindValue(p.fullName);
    q.addBindValue(p.knownAs);
    q.addBindValue(int(p.role));
    q.addBindValue(p.roleDetail);
    q.addBindValue(p.photoId == kNoId ? QVariant() : QVariant(p.photoId));
    q.addBindValue(p.notes);
    q.addBindValue(p.childsWords);
    q.addBindValue(p.address);
    q.addBindValue(p.phone);
    q.addBindValue(p.isPrivate);
    q.addBindValue(int(p.gender));
    q.addBindValue(p.genderWords);
    q.addBindValue(p.born.toStorage());
    q.addBindValue(p.born.isUnknown() ? QVariant() : QVariant(p.born.sortKey()));
    q.addBindValue(p.died.toStorage());
    q.addBindValue(p.died.isUnknown() ? QVariant() : QVariant(p.died.sortKey()));
    q.addBindValue(p.deceased);
}

Person fromRow(const QSqlQuery &q)
{
    Person p;
    p.id = q.value(0).toLongLong();
    p.fullName = q.value(1).toString();
    p.knownAs = q.value(2).toString();
    p.role = Person::Role(qBound(0, q.value(3).toInt(), Person::kRoleCount - 1));
    p.roleDetail = q.value(4).toString();
    p.photoId = q.value(5).isNull() ? kNoId : q.value(5).toLongLong();
    p.notes = q.value(6).toString();
    p.childsWords = q.value(7).toString();
    p.address = q.value(8).toString();
    p.phone = q.value(9).toString();
    p.isPrivate = q.value(10).toBool();
    p.gender = Repository::enumFrom<Person::Gender>(q.value(11), Person::kGenderCount);
    p.genderWords = q.value(12).toString();
    p.born = FuzzyDate::fromStorage(q.value(13).toString()).value_or(FuzzyDate());
    p.died = FuzzyDate::fromStorage(q.value(15).toString()).value_or(FuzzyDate());
    p.deceased = q.value(17).toBool();
    return p;
}
} // namespace

StorageError PersonRepository::add(Person &person)
{
    return write([&](QSqlQuery &q) {
        if (!q.prepare(
                QStringLiteral("INSERT INTO person (%1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                    .arg(kColumns)))
            return false;
        bind(q, person);
        if (!q.exec())
            return false;
        person.id = q.lastInsertId().toLongLong();
        return true;
    });
}

StorageError PersonRepository::restore(const Person &person)
{
    return write([&](QSqlQuery &q) {
        if (!q.prepare(
                QStringLiteral(
                    "INSERT INTO person (id, %1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                    .arg(kColumns)))
            return false;
        q.addBindValue(person.id);
        bind(q, person);
        return q.exec();
    });
}

StorageError PersonRepository::update(const Person &person)
{
    return write([&](QSqlQuery &q) {
        if (!q.prepare(QStringLiteral(
                "UPDATE person SET full_name=?, known_as=?, role=?, role_detail=?, photo_id=?, "
                "notes=?, childs_words=?, address=?, phone=?, private=?, gender=?, gender_words=?, "
                "born=?, born_sort=?, died=?, died_sort=?, deceased=? WHERE id=?")))
            return false;
        bind(q, person);
        q.addBindValue(person.id);
        return q.exec() && q.numRowsAffected() == 1;
    });
}

StorageError PersonRepository::remove(ItemId id)
{
    return removeRow(QStringLiteral("person"), id);
}

PersonLinks PersonRepository::linksOf(ItemId id)
{
    // not translated: table and column names. Groups are left to the map, which keeps them.
    static const QStringList tables = {
        QStringLiteral("placement_carer"), QStringLiteral("memory_person"),
        QStringLiteral("event_person"), QStringLiteral("voice_entry_person"),
        QStringLiteral("keep_in_touch")};
    // The family rows that go with them (the genogram), and where they were nudged to.
    static const QList<std::pair<QString, QString>> family = {
        {QStringLiteral("parent_link"), QStringLiteral("child = ? OR parent = ?")},
        {QStringLiteral("partnership"), QStringLiteral("person_a = ? OR person_b = ?")},
        {QStringLiteral("twins"), QStringLiteral("person_a = ? OR person_b = ?")},
        {QStringLiteral("lost_pregnancy"), QStringLiteral("mother = ?")},
        {QStringLiteral("genogram_nudge"), QStringLiteral("person_id = ?")}};
    QList<std::pair<QString, QString>> wheres;
    for (const QString &table : tables)
        wheres.append({table, QStringLiteral("person_id = ?")});
    wheres << family;
    PersonLinks links;
    for (const auto &[table, where] : std::as_const(wheres)) {
        QSqlQuery q = query();
        q.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2").arg(table, where));
        for (qsizetype i = where.count(QLatin1Char('?')); i > 0; --i)
            q.addBindValue(id);
        if (!check(q, q.exec()))
            continue;
        while (q.next()) {
            PersonLinks::Row row{table, {}, {}};
            const QSqlRecord record = q.record();
            for (int i = 0; i < record.count(); ++i) {
                row.columns << record.fieldName(i);
                row.values << q.value(i);
            }
            links.rows << row;
        }
    }
    const std::pair<const char *, const char *> cleared[] = {
        {"voice_entry", "said_to"}, {"voice_entry", "written_by"}, {"lost_pregnancy", "father"}};
    for (const auto &[tableName, columnName] : cleared) {
        const QString table = QString::fromLatin1(tableName);
        const QString column = QString::fromLatin1(columnName);
        QSqlQuery q = query();
        q.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(table, column));
        q.addBindValue(id);
        if (!check(q, q.exec()))
            continue;
        while (q.next())
            links.cleared << PersonLinks::Row{table, {column}, {q.value(0), id}};
    }
    return links;
}

StorageError PersonRepository::restoreLinks(const PersonLinks &links)
{
    return write([&](QSqlQuery &q) {
        for (const PersonLinks::Row &row : links.rows) {
            QStringList marks;
            for (qsizetype i = 0; i < row.columns.size(); ++i)
                marks << QStringLiteral("?");
            if (!q.prepare(QStringLiteral("INSERT OR IGNORE INTO %1 (%2) VALUES (%3)")
                               .arg(row.table, row.columns.join(QLatin1Char(',')),
                                    marks.join(QLatin1Char(',')))))
                return false;
            for (const QVariant &v : row.values)
                q.addBindValue(v);
            if (!q.exec())
                return false;
        }
        for (const PersonLinks::Row &row : links.cleared) {
            if (!q.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?")
                               .arg(row.table, row.columns.value(0))))
                return false;
            q.addBindValue(row.values.value(1));
            q.addBindValue(row.values.value(0));
            if (!q.exec())
                return false;
        }
        return true;
    });
}

std::optional<Person> PersonRepository::find(ItemId id)
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT id, %1 FROM person WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (check(q, q.exec()) && q.next())
        return fromRow(q);
    return std::nullopt;
}

QList<Person> PersonRepository::all()
{
    QList<Person> people;
    QSqlQuery q = query();
    if (check(q, q.exec(QStringLiteral("SELECT id, %1 FROM person ORDER BY id").arg(kColumns)))) {
        while (q.next())
            people << fromRow(q);
    }
    return people;
}

int PersonRepository::count()
{
    QSqlQuery q = query();
    if (check(q, q.exec(QStringLiteral("SELECT count(*) FROM person"))) && q.next())
        return q.value(0).toInt();
    return 0;
}
