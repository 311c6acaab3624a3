// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergewriter.h"

// not translated (whole file): SQL and technical details behind StorageError.

#include "sqljournal.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

using State = RecordVersions::State;
using Version = RecordVersions::Version;

class Writer
{
public:
    Writer(CaseFile &here, CaseFile &other, const State &mine, const State &theirs)
        : m_here(here)
        , m_other(other)
        , m_mine(mine)
        , m_theirs(theirs)
        , m_q(here.database())
    {
        const QList<RecordKind> &kinds = RecordKind::all();
        m_ids.resize(kinds.size());
        for (qsizetype k = 0; k < kinds.size(); ++k) {
            for (auto it = mine.kinds[k].records.cbegin(); it != mine.kinds[k].records.cend(); ++it)
                m_ids[k].insert(it.key(), it->id);
        }
    }

    QSqlError failure() const { return m_failure; }
    bool usedNextSeq() const { return m_usedNextSeq; }

    bool add(int k, const QString &key);
    bool take(int k, const QString &key, int field);
    bool remove(int k, const QString &key);
    bool keepTombstone(int k, const QString &key, const Version &v);
    bool updateSeen();

private:
    bool exec(QSqlQuery &q)
    {
        if (q.exec())
            return true;
        m_failure = q.lastError();
        return false;
    }
    bool run(const QString &sql, const QVariantList &values)
    {
        if (!m_q.prepare(sql)) {
            m_failure = m_q.lastError();
            return false;
        }
        for (const QVariant &v : values)
            m_q.addBindValue(v);
        return exec(m_q);
    }
    // The other copy's id for a record, as a row id here (0 if it is not here).
    ItemId idHere(int kind, const QVariant &key) const
    {
        return key.isNull() ? kNoId : m_ids[kind].value(key.toString(), kNoId);
    }
    // A column's value as this case stores it; false if it points at something not here.
    bool valueHere(const RecordKind::Column &c, const QVariant &value, QVariant *out) const
    {
        if (c.ref < 0) {
            *out = value;
            return true;
        }
        if (value.isNull()) {
            *out = QVariant();
            return true;
        }
        const ItemId id = idHere(c.ref, value);
        *out = id == kNoId ? QVariant() : QVariant(id);
        return id != kNoId;
    }
    Version adopt(const Version &v)
    {
        if (!v.pending)
            return v;
        // The other copy could not record this change (read-only): it counts as this copy's,
        // so a later change there under the same number is never taken for this one.
        m_usedNextSeq = true;
        return {m_mine.copy, m_mine.seq + 1, v.at, v.hash, false};
    }
    bool writeVersion(int k, const QString &key, int field, const Version &v);
    bool writePart(int k, ItemId id, int part, const QVariant &value);
    bool removePart(int k, ItemId id, int part);

    CaseFile &m_here;
    CaseFile &m_other;
    const State &m_mine;
    const State &m_theirs;
    QSqlQuery m_q;
    QList<QHash<QString, ItemId>> m_ids;
    QSqlError m_failure;
    bool m_usedNextSeq = false;
};

bool Writer::writeVersion(int k, const QString &key, int field, const Version &given)
{
    const Version v = adopt(given);
    const RecordKind &kind = RecordKind::all()[k];
    const QString name = RecordVersions::fieldName(kind, field);
    return run(QStringLiteral("DELETE FROM field_version WHERE kind = ? AND uid = ? AND field = ?"),
               {kind.table, key, name}) &&
           run(QStringLiteral("INSERT INTO field_version (kind, uid, field, origin, seq, "
                              "changed_at, hash) VALUES (?, ?, ?, ?, ?, ?, ?)"),
               {kind.table, key, name, v.origin, v.seq, v.at, v.hash});
}

bool Writer::removePart(int k, ItemId id, int part)
{
    const RecordKind::Part &p = RecordKind::all()[k].parts[part];
    for (qsizetype t = p.tables.size() - 1; t >= 0; --t) {
        const RecordKind::PartTable &table = p.tables[t];
        const bool ok = table.ownerColumn.isEmpty()
                            ? run(QStringLiteral("DELETE FROM %1").arg(table.table), {})
                            : run(QStringLiteral("DELETE FROM %1 WHERE %2 = ?")
                                      .arg(table.table, table.ownerColumn),
                                  {id});
        if (!ok)
            return false;
    }
    return true;
}

bool Writer::writePart(int k, ItemId id, int part, const QVariant &value)
{
    const RecordKind::Part &p = RecordKind::all()[k].parts[part];
    const QVariantList tables = value.toList();
    for (qsizetype t = 0; t < p.tables.size() && t < tables.size(); ++t) {
        const RecordKind::PartTable &table = p.tables[t];
        QStringList columns;
        if (!table.ownerColumn.isEmpty())
            columns << table.ownerColumn;
        for (const RecordKind::Column &c : table.columns)
            columns << c.name;
        const QString sql =
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(table.table, columns.join(QStringLiteral(", ")),
                     QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
        for (const QVariant &rowValue : tables[t].toList()) {
            const QVariantList row = rowValue.toList();
            QVariantList values;
            if (!table.ownerColumn.isEmpty())
                values << id;
            bool whole = true;
            for (qsizetype c = 0; c < table.columns.size() && c < row.size(); ++c) {
                QVariant v;
                whole = valueHere(table.columns[c], row[c], &v) && whole;
                values << v;
            }
            if (!whole)
                continue; // points at someone not in this copy
            if (!run(sql, values))
                return false;
        }
    }
    return true;
}

bool Writer::add(int k, const QString &key)
{
    const RecordKind &kind = RecordKind::all()[k];
    const RecordVersions::Record &record = m_theirs.kinds[k].records[key];
    QStringList columns;
    QVariantList values;
    switch (kind.key) {
    case RecordKind::Key::Uid:
        columns << QStringLiteral("uid");
        values << key;
        break;
    case RecordKind::Key::Single:
        columns << QStringLiteral("id");
        values << 1;
        break;
    case RecordKind::Key::Natural:
        columns << kind.keyColumn;
        values << key;
        break;
    }
    for (qsizetype f = 0; f < kind.fields.size(); ++f) {
        const RecordKind::Column &c = kind.fields[f];
        QVariant v;
        if (!valueHere(c, record.values[f], &v) && c.required)
            return true; // its people are not in this copy (removed here and still removed)
        if (!c.companion.isEmpty()) {
            columns << c.name << c.companion;
            values << v.toList().value(0) << v.toList().value(1);
            continue;
        }
        columns << c.name;
        values << v;
    }
    if (!kind.addedOnlyColumns.isEmpty()) {
        QSqlQuery there(m_other.database());
        there.setForwardOnly(true);
        there.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE rowid = ?")
                          .arg(kind.addedOnlyColumns.join(QStringLiteral(", ")), kind.table));
        there.addBindValue(record.id);
        if (!there.exec() || !there.next()) {
            m_failure = there.lastError().isValid()
                            ? there.lastError()
                            : QSqlError(QStringLiteral("picture gone from the other copy"), {},
                                        QSqlError::StatementError);
            return false;
        }
        for (qsizetype c = 0; c < kind.addedOnlyColumns.size(); ++c) {
            columns << kind.addedOnlyColumns[c];
            values << there.value(int(c));
        }
    }
    if (!run(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                 .arg(kind.table, columns.join(QStringLiteral(", ")),
                      QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", "))),
             values))
        return false;
    ItemId id = m_q.lastInsertId().toLongLong();
    if (kind.key == RecordKind::Key::Single)
        id = 1;
    m_ids[k].insert(key, id);
    for (qsizetype p = 0; p < kind.parts.size(); ++p) {
        if (!writePart(k, id, int(p), record.values[kind.fields.size() + p]))
            return false;
    }
    // A picture's bytes, one table at a time, straight from the other file.
    for (const RecordKind::PartTable &table : kind.addedOnlyTables) {
        QStringList names;
        for (const RecordKind::Column &c : table.columns)
            names << c.name;
        QSqlQuery there(m_other.database());
        there.setForwardOnly(true);
        there.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
                          .arg(names.join(QStringLiteral(", ")), table.table, table.ownerColumn));
        there.addBindValue(record.id);
        if (!there.exec()) {
            m_failure = there.lastError();
            return false;
        }
        while (there.next()) {
            QVariantList row = {id};
            for (qsizetype c = 0; c < names.size(); ++c)
                row << there.value(int(c));
            if (!run(QStringLiteral("INSERT INTO %1 (%2, %3) VALUES (?, %4)")
                         .arg(table.table, table.ownerColumn, names.join(QStringLiteral(", ")),
                              QStringList(names.size(), QStringLiteral("?"))
                                  .join(QStringLiteral(", "))),
                     row))
                return false;
        }
    }
    if (!run(QStringLiteral("DELETE FROM tombstone WHERE kind = ? AND uid = ?"), {kind.table, key}))
        return false;
    for (qsizetype f = 0; f < record.versions.size(); ++f) {
        if (!writeVersion(k, key, int(f), record.versions[f]))
            return false;
    }
    return true;
}

bool Writer::take(int k, const QString &key, int field)
{
    const RecordKind &kind = RecordKind::all()[k];
    const RecordVersions::Record &record = m_theirs.kinds[k].records[key];
    const ItemId id = m_ids[k].value(key);
    if (field < kind.fields.size()) {
        const RecordKind::Column &c = kind.fields[field];
        QVariant v;
        if (!valueHere(c, record.values[field], &v) && c.required)
            return true;
        const bool ok = c.companion.isEmpty()
                            ? run(QStringLiteral("UPDATE %1 SET %2 = ? WHERE rowid = ?")
                                      .arg(kind.table, c.name),
                                  {v, id})
                            : run(QStringLiteral("UPDATE %1 SET %2 = ?, %3 = ? WHERE rowid = ?")
                                      .arg(kind.table, c.name, c.companion),
                                  {v.toList().value(0), v.toList().value(1), id});
        if (!ok)
            return false;
    } else {
        const int part = field - int(kind.fields.size());
        if (!removePart(k, id, part) || !writePart(k, id, part, record.values[field]))
            return false;
    }
    return writeVersion(k, key, field, record.versions[field]);
}

bool Writer::remove(int k, const QString &key)
{
    const RecordKind &kind = RecordKind::all()[k];
    const ItemId id = m_ids[k].take(key);
    return run(QStringLiteral("DELETE FROM %1 WHERE rowid = ?").arg(kind.table), {id}) &&
           run(QStringLiteral("DELETE FROM field_version WHERE kind = ? AND uid = ?"),
               {kind.table, key}) &&
           keepTombstone(k, key, m_theirs.kinds[k].tombstones.value(key));
}

bool Writer::keepTombstone(int k, const QString &key, const Version &given)
{
    const Version v = adopt(given);
    const QString table = RecordKind::all()[k].table;
    return run(QStringLiteral("DELETE FROM tombstone WHERE kind = ? AND uid = ?"), {table, key}) &&
           run(QStringLiteral("INSERT INTO tombstone (kind, uid, origin, seq, removed_at) VALUES "
                              "(?, ?, ?, ?, ?)"),
               {table, key, v.origin, v.seq, v.at});
}

bool Writer::updateSeen()
{
    QHash<QString, qint64> seen = m_theirs.seen;
    seen.insert(m_theirs.copy, m_theirs.seq);
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        if (it.key() == m_mine.copy || m_mine.seen.value(it.key(), -1) >= it.value())
            continue;
        if (!run(QStringLiteral("DELETE FROM copy_seen WHERE copy = ?"), {it.key()}) ||
            !run(QStringLiteral("INSERT INTO copy_seen (copy, seq) VALUES (?, ?)"),
                 {it.key(), it.value()}))
            return false;
    }
    return true;
}

} // namespace

MergeWriter::Outcome MergeWriter::apply(CaseFile &here, CaseFile &other, const State &mine,
                                        const State &theirs, const MergePlan &plan)
{
    Outcome out;
    if (!plan.allChosen()) {
        out.error = {StorageError::Kind::Io, QStringLiteral("merge has unanswered questions")};
        return out;
    }
    if ((out.error = here.checkLocation()))
        return out;
    QSqlDatabase db = here.database();
    SqlJournal journal(db);
    if (!journal.start()) {
        out.error = here.errorFor(db.lastError());
        return out;
    }
    if (!db.transaction()) {
        out.error = here.errorFor(db.lastError());
        return out;
    }
    Writer w(here, other, mine, theirs);
    using Choice = MergePlan::Choice;
    QList<MergePlan::Item> adds = plan.additions;
    for (const MergePlan::Question &q : plan.questions) {
        if (q.removedHere && q.choice == Choice::Theirs)
            adds << q;
    }
    // A kind only points at kinds before it: add in that order.
    std::stable_sort(
        adds.begin(), adds.end(),
        [](const MergePlan::Item &a, const MergePlan::Item &b) { return a.kind < b.kind; });
    bool ok = true;
    for (const MergePlan::Item &a : std::as_const(adds)) {
        if (!(ok = w.add(a.kind, a.key)))
            break;
        ++out.added;
    }
    QList<MergePlan::Item> takes = plan.changes;
    for (const MergePlan::Conflict &c : plan.conflicts) {
        if (c.choice == Choice::Theirs)
            takes << c;
    }
    for (qsizetype i = 0; ok && i < takes.size(); ++i) {
        ok = w.take(takes[i].kind, takes[i].key, takes[i].field);
        out.changed += ok;
    }
    QList<MergePlan::Item> removes = plan.removals;
    for (const MergePlan::Question &q : plan.questions) {
        if (!q.removedHere && q.choice == Choice::Theirs)
            removes << q;
    }
    // Removed newest kind first, so nothing is removed from under a record still to go.
    std::stable_sort(
        removes.begin(), removes.end(),
        [](const MergePlan::Item &a, const MergePlan::Item &b) { return a.kind > b.kind; });
    for (qsizetype i = 0; ok && i < removes.size(); ++i) {
        ok = w.remove(removes[i].kind, removes[i].key);
        out.removed += ok;
    }
    // Their knowledge of removals travels on, for records neither copy still has.
    const QList<RecordKind> &kinds = RecordKind::all();
    for (int k = 0; ok && k < kinds.size(); ++k) {
        for (auto it = theirs.kinds[k].tombstones.cbegin();
             ok && it != theirs.kinds[k].tombstones.cend(); ++it) {
            if (!mine.kinds[k].tombstones.contains(it.key()) &&
                !mine.kinds[k].records.contains(it.key()) &&
                !theirs.kinds[k].records.contains(it.key()))
                ok = w.keepTombstone(k, it.key(), *it);
        }
    }
    ok = ok && w.updateSeen();
    QSqlQuery q(db);
    if (ok && w.usedNextSeq())
        ok = q.exec(QStringLiteral("UPDATE copy_identity SET seq = %1").arg(mine.seq + 1));
    if (!ok) {
        const QSqlError e = w.failure().isValid() ? w.failure() : q.lastError();
        q.finish();
        db.rollback();
        journal.finish();
        out = Outcome();
        out.error = here.errorFor(e);
        return out;
    }
    q.finish();
    if (!db.commit()) {
        out.error = here.errorFor(db.lastError());
        db.rollback();
        journal.finish();
        out.added = out.changed = out.removed = 0;
        return out;
    }
    out.undo = journal.finish();
    return out;
}

StorageError MergeWriter::replay(CaseFile &file, const QStringList &notes, QStringList *reverse)
{
    if (StorageError e = file.checkLocation())
        return e;
    QSqlDatabase db = file.database();
    SqlJournal journal(db);
    if (!journal.start() || !db.transaction())
        return file.errorFor(db.lastError());
    QSqlError failure;
    if (!SqlJournal::replay(db, notes, &failure)) {
        const StorageError e = file.errorFor(failure);
        db.rollback();
        return e;
    }
    if (!db.commit()) {
        const StorageError e = file.errorFor(db.lastError());
        db.rollback();
        return e;
    }
    *reverse = journal.finish();
    return {};
}
