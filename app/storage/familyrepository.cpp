// SPDX-License-Identifier: GPL-3.0-or-later
#include "familyrepository.h"

// not translated (whole file): SQL.

namespace {

QVariant personOrChild(ItemId id)
{
    return id == kChildId ? QVariant() : QVariant(id);
}

ItemId childOrPerson(const QVariant &v)
{
    return v.isNull() ? kChildId : v.toLongLong();
}

// INSERT (with the id when restoring, or when changing: REPLACE keeps the uid, given below) or
// UPDATE of one row, the values bound in `columns` order.
bool writeRow(QSqlQuery &q, const QString &table, const QStringList &columns,
              const QVariantList &values, ItemId &id, bool restore)
{
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    QString sql;
    if (id == kNoId) {
        sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                  .arg(table, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(',')));
    } else if (restore) {
        sql = QStringLiteral("INSERT INTO %1 (id, %2) VALUES (?, %3)")
                  .arg(table, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(',')));
    } else {
        sql = QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?")
                  .arg(table, columns.join(QStringLiteral(" = ?, ")));
    }
    if (!q.prepare(sql))
        return false;
    if (id != kNoId && restore)
        q.addBindValue(id);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (id != kNoId && !restore)
        q.addBindValue(id);
    if (!q.exec())
        return false;
    if (id == kNoId) {
        id = q.lastInsertId().toLongLong();
        return true;
    }
    return restore || q.numRowsAffected() == 1;
}

QVariant sortOf(const FuzzyDate &d)
{
    return d.isUnknown() ? QVariant() : QVariant(d.sortKey());
}

} // namespace

Family FamilyRepository::load()
{
    Family f;
    QSqlQuery q = query();
    q.setForwardOnly(true);
    if (check(q, q.exec(QStringLiteral("SELECT id, child, parent, kind, from_date, to_date FROM "
                                       "parent_link ORDER BY id")))) {
        while (q.next()) {
            ParentLink l;
            l.id = q.value(0).toLongLong();
            l.child = childOrPerson(q.value(1));
            l.parent = q.value(2).toLongLong();
            l.kind = enumFrom<ParentLink::Kind>(q.value(3), ParentLink::kKindCount);
            l.from = dateFrom(q.value(4));
            l.to = dateFrom(q.value(5));
            f.parents << l;
        }
    }
    if (check(q, q.exec(QStringLiteral("SELECT id, person_a, person_b, kind, from_date, ending, "
                                       "to_date FROM partnership ORDER BY id")))) {
        while (q.next()) {
            Partnership p;
            p.id = q.value(0).toLongLong();
            p.personA = childOrPerson(q.value(1));
            p.personB = q.value(2).toLongLong();
            p.kind = enumFrom<Partnership::Kind>(q.value(3), Partnership::kKindCount);
            p.from = dateFrom(q.value(4));
            p.ending = enumFrom<Partnership::Ending>(q.value(5), Partnership::kEndingCount);
            p.to = dateFrom(q.value(6));
            f.partnerships << p;
        }
    }
    if (check(q, q.exec(QStringLiteral(
                     "SELECT id, person_a, person_b, identical FROM twins ORDER BY id")))) {
        while (q.next()) {
            Twins t;
            t.id = q.value(0).toLongLong();
            t.personA = childOrPerson(q.value(1));
            t.personB = q.value(2).toLongLong();
            t.identical = q.value(3).toBool();
            f.twins << t;
        }
    }
    if (check(q, q.exec(QStringLiteral("SELECT id, mother, father, kind, date, private FROM "
                                       "lost_pregnancy ORDER BY id")))) {
        while (q.next()) {
            LostPregnancy l;
            l.id = q.value(0).toLongLong();
            l.mother = q.value(1).toLongLong();
            l.father = idFrom(q.value(2));
            l.kind = enumFrom<LostPregnancy::Kind>(q.value(3), LostPregnancy::kKindCount);
            l.date = dateFrom(q.value(4));
            l.isPrivate = q.value(5).toBool();
            f.losses << l;
        }
    }
    if (check(q, q.exec(QStringLiteral("SELECT person_id, dx, dy FROM genogram_nudge")))) {
        while (q.next())
            f.nudges.insert(q.value(0).toLongLong(),
                            QPointF(q.value(1).toDouble(), q.value(2).toDouble()));
    }
    return f;
}

StorageError FamilyRepository::put(ParentLink &l, bool restore)
{
    return write([&](QSqlQuery &q) {
        return writeRow(q, QStringLiteral("parent_link"),
                        {QStringLiteral("child"), QStringLiteral("parent"), QStringLiteral("kind"),
                         QStringLiteral("from_date"), QStringLiteral("from_sort"),
                         QStringLiteral("to_date"), QStringLiteral("to_sort")},
                        {personOrChild(l.child), l.parent, int(l.kind), l.from.toStorage(),
                         sortOf(l.from), l.to.toStorage(), sortOf(l.to)},
                        l.id, restore);
    });
}

StorageError FamilyRepository::put(Partnership &p, bool restore)
{
    return write([&](QSqlQuery &q) {
        return writeRow(q, QStringLiteral("partnership"),
                        {QStringLiteral("person_a"), QStringLiteral("person_b"),
                         QStringLiteral("kind"), QStringLiteral("from_date"),
                         QStringLiteral("from_sort"), QStringLiteral("ending"),
                         QStringLiteral("to_date"), QStringLiteral("to_sort")},
                        {personOrChild(p.personA), p.personB, int(p.kind), p.from.toStorage(),
                         sortOf(p.from), int(p.ending), p.to.toStorage(), sortOf(p.to)},
                        p.id, restore);
    });
}

StorageError FamilyRepository::put(Twins &t, bool restore)
{
    return write([&](QSqlQuery &q) {
        return writeRow(
            q, QStringLiteral("twins"),
            {QStringLiteral("person_a"), QStringLiteral("person_b"), QStringLiteral("identical")},
            {personOrChild(t.personA), t.personB, t.identical}, t.id, restore);
    });
}

StorageError FamilyRepository::put(LostPregnancy &l, bool restore)
{
    return write([&](QSqlQuery &q) {
        return writeRow(q, QStringLiteral("lost_pregnancy"),
                        {QStringLiteral("mother"), QStringLiteral("father"), QStringLiteral("kind"),
                         QStringLiteral("date"), QStringLiteral("date_sort"),
                         QStringLiteral("private")},
                        {l.mother, idOrNull(l.father), int(l.kind), l.date.toStorage(),
                         sortOf(l.date), l.isPrivate},
                        l.id, restore);
    });
}

StorageError FamilyRepository::remove(const QString &table, ItemId id)
{
    return removeRow(table, id);
}

StorageError FamilyRepository::setNudge(ItemId person, QPointF nudge)
{
    return setNudges({{person, nudge}});
}

StorageError FamilyRepository::setNudges(const QHash<ItemId, QPointF> &nudges)
{
    return write([&](QSqlQuery &q) {
        for (auto it = nudges.cbegin(); it != nudges.cend(); ++it) {
            if (it.value().isNull()) {
                if (!q.prepare(QStringLiteral("DELETE FROM genogram_nudge WHERE person_id = ?")))
                    return false;
                q.addBindValue(it.key());
            } else {
                if (!q.prepare(QStringLiteral("INSERT OR REPLACE INTO genogram_nudge (person_id, "
                                              "dx, dy) VALUES (?,?,?)")))
                    return false;
                q.addBindValue(it.key());
                q.addBindValue(it.value().x());
                q.addBindValue(it.value().y());
            }
            if (!q.exec())
                return false;
        }
        return true;
    });
}
