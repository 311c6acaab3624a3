// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordversions.h"

#include "bulkinsert.h"

// not translated (whole file): SQL and technical details behind StorageError.

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sys/stat.h>

#include <tuple>

namespace {

QSqlQuery forwardQuery(CaseFile &file)
{
    QSqlQuery q(file.database());
    q.setForwardOnly(true);
    return q;
}

QVariant canonical(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return {};
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return QVariant(v.toLongLong());
    case QMetaType::Double:
        return QVariant(v.toDouble());
    case QMetaType::QByteArray:
        return QVariant(v.toByteArray());
    default:
        return QVariant(v.toString());
    }
}

void feed(QCryptographicHash &h, const QVariant &v)
{
    const auto tag = [&h](char c) { h.addData(QByteArrayView(&c, 1)); };
    const auto number = [&h](qint64 n) {
        h.addData(QByteArrayView(reinterpret_cast<const char *>(&n), sizeof n));
    };
    // An empty text is no text: a dialog writes "" where a copy for someone left NULL.
    if (!v.isValid() || v.isNull() ||
        (v.typeId() == QMetaType::QString && v.toString().isEmpty())) {
        tag('n');
        return;
    }
    switch (v.typeId()) {
    case QMetaType::LongLong:
        tag('i');
        number(v.toLongLong());
        return;
    case QMetaType::Double: {
        tag('r');
        const double d = v.toDouble();
        h.addData(QByteArrayView(reinterpret_cast<const char *>(&d), sizeof d));
        return;
    }
    case QMetaType::QByteArray: {
        const QByteArray b = v.toByteArray();
        tag('b');
        number(b.size());
        h.addData(b);
        return;
    }
    case QMetaType::QVariantList: {
        const QVariantList list = v.toList();
        tag('l');
        number(list.size());
        for (const QVariant &item : list)
            feed(h, item);
        return;
    }
    default: {
        const QByteArray b = v.toString().toUtf8();
        tag('t');
        number(b.size());
        h.addData(b);
        return;
    }
    }
}

QString keyExpression(const RecordKind &kind)
{
    switch (kind.key) {
    case RecordKind::Key::Uid:
        return QStringLiteral("uid");
    case RecordKind::Key::Single:
        return QStringLiteral("'%1'").arg(kind.singleKey());
    case RecordKind::Key::Natural:
        return QStringLiteral("CAST(%1 AS TEXT)").arg(kind.keyColumn);
    }
    return {};
}

StorageError failed(CaseFile &file, const QSqlQuery &q)
{
    return file.errorFor(q.lastError());
}

// Reads one part table's rows, grouped by their owner's row id (0 for a whole-table part).
bool readPartTable(CaseFile &file, const RecordKind::PartTable &t,
                   const QList<RecordVersions::Kind> &kinds,
                   QHash<ItemId, QVariantList> *rowsByOwner, QSqlError *failure)
{
    QStringList columns;
    columns << (t.ownerColumn.isEmpty() ? QStringLiteral("0") : t.ownerColumn);
    for (const RecordKind::Column &c : t.columns)
        columns << c.name;
    QString sql =
        QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), t.table);
    QStringList order;
    if (!t.ownerColumn.isEmpty())
        order << t.ownerColumn;
    if (!t.orderBy.isEmpty())
        order << t.orderBy;
    if (!order.isEmpty())
        sql += QStringLiteral(" ORDER BY ") + order.join(QStringLiteral(", "));
    QSqlQuery q = forwardQuery(file);
    if (!q.exec(sql)) {
        *failure = q.lastError();
        return false;
    }
    while (q.next()) {
        QVariantList row;
        for (qsizetype i = 0; i < t.columns.size(); ++i) {
            const RecordKind::Column &c = t.columns[i];
            const QVariant v = q.value(int(i) + 1);
            if (c.ref >= 0) {
                const QString key =
                    v.isNull() ? QString() : kinds[c.ref].keys.value(v.toLongLong());
                row << (key.isEmpty() ? QVariant() : QVariant(key));
            } else {
                row << canonical(v);
            }
        }
        (*rowsByOwner)[q.value(0).toLongLong()] << QVariant(row);
    }
    return true;
}

// Rows of field_version, many to a statement.
BulkInsert versionWriter(const QSqlDatabase &db)
{
    return BulkInsert(db, QStringLiteral("INSERT OR REPLACE INTO field_version"),
                      {QStringLiteral("kind"), QStringLiteral("uid"), QStringLiteral("field"),
                       QStringLiteral("origin"), QStringLiteral("seq"),
                       QStringLiteral("changed_at"), QStringLiteral("hash")});
}

bool writeVersion(BulkInsert &out, const RecordKind &kind, const QString &key, int field,
                  const RecordVersions::Version &v, qint64 hash)
{
    return out.add(
        {kind.table, key, RecordVersions::fieldName(kind, field), v.origin, v.seq, v.at, hash});
}

} // namespace

QString RecordVersions::newUid()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

qint64 RecordVersions::hashOf(const QVariant &value)
{
    QCryptographicHash h(QCryptographicHash::Sha1);
    feed(h, value);
    const QByteArray d = h.result();
    qint64 out = 0;
    memcpy(&out, d.constData(), sizeof out);
    return out;
}

QString RecordVersions::fieldName(const RecordKind &kind, int field)
{
    if (field < kind.fields.size())
        return kind.fields[field].name;
    return QLatin1Char('+') + kind.parts[field - kind.fields.size()].name;
}

void RecordVersions::identify(CaseFile &file)
{
    if (file.isInMemory())
        return;
    struct stat st;
    if (::stat(QFile::encodeName(file.path()).constData(), &st) != 0)
        return;
    QSqlQuery q = forwardQuery(file);
    if (!q.exec(QStringLiteral("SELECT copy, seq, device, inode FROM copy_identity")) || !q.next())
        return;
    const QString copy = q.value(0).toString();
    const qint64 seq = q.value(1).toLongLong();
    const bool known = !q.value(2).isNull();
    const bool same = known && q.value(2).toULongLong() == quint64(st.st_dev) &&
                      q.value(3).toULongLong() == quint64(st.st_ino);
    q.finish();
    if (same)
        return;
    QSqlDatabase db = file.database();
    if (!db.transaction())
        return;
    bool ok = true;
    if (known) {
        // Copied here: the file's changes so far are the old copy's; from now on its own.
        ok =
            q.prepare(QStringLiteral("INSERT OR REPLACE INTO copy_seen (copy, seq) VALUES (?, ?)"));
        q.addBindValue(copy);
        q.addBindValue(seq);
        ok = ok && q.exec();
        ok = ok && q.prepare(QStringLiteral("UPDATE copy_identity SET copy = ?"));
        q.addBindValue(newUid());
        ok = ok && q.exec();
    }
    ok = ok && q.prepare(QStringLiteral("UPDATE copy_identity SET device = ?, inode = ?"));
    q.addBindValue(qint64(st.st_dev));
    q.addBindValue(qint64(st.st_ino));
    ok = ok && q.exec();
    q.finish();
    if (!ok || !db.commit())
        db.rollback(); // read-only media or a full disk: it stays the copy it was
}

RecordVersions::State RecordVersions::read(CaseFile &file, StorageError *error)
{
    State s;
    *error = {};
    QSqlQuery q = forwardQuery(file);
    if (!q.exec(QStringLiteral("SELECT story, copy, seq FROM copy_identity")) || !q.next()) {
        *error = q.lastError().isValid()
                     ? failed(file, q)
                     : StorageError(StorageError::Kind::Io, QStringLiteral("no copy identity"));
        return s;
    }
    s.story = q.value(0).toString();
    s.copy = q.value(1).toString();
    s.seq = q.value(2).toLongLong();
    if (!q.exec(QStringLiteral("SELECT copy, seq FROM copy_seen"))) {
        *error = failed(file, q);
        return s;
    }
    while (q.next())
        s.seen.insert(q.value(0).toString(), q.value(1).toLongLong());

    const QList<RecordKind> &kinds = RecordKind::all();
    s.kinds.resize(kinds.size());
    for (qsizetype k = 0; k < kinds.size(); ++k) {
        const RecordKind &kind = kinds[k];
        Kind &state = s.kinds[k];
        QStringList columns = {QStringLiteral("rowid"), keyExpression(kind)};
        for (const RecordKind::Column &c : kind.fields)
            columns << c.name;
        QList<int> companions; // where each field's companion is in the row, or -1
        for (const RecordKind::Column &c : kind.fields) {
            companions << (c.companion.isEmpty() ? -1 : int(columns.size()));
            if (!c.companion.isEmpty())
                columns << c.companion;
        }
        if (!q.exec(QStringLiteral("SELECT %1 FROM %2")
                        .arg(columns.join(QStringLiteral(", ")), kind.table))) {
            *error = failed(file, q);
            return s;
        }
        while (q.next()) {
            Record r;
            r.id = q.value(0).toLongLong();
            const QString key = q.value(1).toString();
            if (key.isEmpty())
                continue;
            for (qsizetype i = 0; i < kind.fields.size(); ++i) {
                const RecordKind::Column &c = kind.fields[i];
                const QVariant v = q.value(int(i) + 2);
                if (c.ref >= 0) {
                    const QString to =
                        v.isNull() ? QString() : s.kinds[c.ref].keys.value(v.toLongLong());
                    r.values << (to.isEmpty() ? QVariant() : QVariant(to));
                } else if (companions[i] >= 0) {
                    r.values << QVariant(
                        QVariantList{canonical(v), canonical(q.value(companions[i]))});
                } else {
                    r.values << canonical(v);
                }
            }
            state.keys.insert(r.id, key);
            state.records.insert(key, r);
        }
        for (const RecordKind::Part &part : kind.parts) {
            QList<QHash<ItemId, QVariantList>> tables;
            for (const RecordKind::PartTable &t : part.tables) {
                QHash<ItemId, QVariantList> rows;
                QSqlError failure;
                if (!readPartTable(file, t, s.kinds, &rows, &failure)) {
                    *error = file.errorFor(failure);
                    return s;
                }
                tables << rows;
            }
            for (auto it = state.records.begin(); it != state.records.end(); ++it) {
                QVariantList value;
                for (qsizetype t = 0; t < tables.size(); ++t) {
                    const ItemId owner = part.tables[t].ownerColumn.isEmpty() ? 0 : it->id;
                    value << QVariant(tables[t].value(owner));
                }
                it->values << QVariant(value);
            }
        }
    }

    // Versions, then what changed since they were written.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QHash<QString, int> kindIndex;
    for (qsizetype k = 0; k < kinds.size(); ++k)
        kindIndex.insert(kinds[k].table, int(k));
    for (qsizetype k = 0; k < kinds.size(); ++k) {
        for (Record &r : s.kinds[k].records) {
            r.versions.resize(r.values.size());
            r.withheld = QList<bool>(r.values.size(), false);
        }
    }
    QHash<QPair<int, QString>, bool> vanished; // versions of records no longer here
    if (!q.exec(QStringLiteral(
            "SELECT kind, uid, field, origin, seq, changed_at, hash FROM field_version"))) {
        *error = failed(file, q);
        return s;
    }
    QList<QHash<QString, int>> fieldIndex(kinds.size());
    for (qsizetype k = 0; k < kinds.size(); ++k) {
        for (int f = 0; f < kinds[k].fields.size() + kinds[k].parts.size(); ++f)
            fieldIndex[k].insert(fieldName(kinds[k], f), f);
    }
    while (q.next()) {
        const int k = kindIndex.value(q.value(0).toString(), -1);
        if (k < 0)
            continue;
        const QString key = q.value(1).toString();
        auto record = s.kinds[k].records.find(key);
        if (record == s.kinds[k].records.end()) {
            vanished.insert({k, key}, true);
            continue;
        }
        const int f = fieldIndex[k].value(q.value(2).toString(), -1);
        if (f < 0)
            continue;
        record->versions[f] = {q.value(3).toString(), q.value(4).toLongLong(),
                               q.value(5).toLongLong(), q.value(6).toLongLong(), false};
    }
    if (!q.exec(QStringLiteral("SELECT kind, uid, field FROM withheld_field"))) {
        *error = failed(file, q);
        return s;
    }
    while (q.next()) {
        const int k = kindIndex.value(q.value(0).toString(), -1);
        if (k < 0)
            continue;
        auto record = s.kinds[k].records.find(q.value(1).toString());
        const int f = fieldIndex[k].value(q.value(2).toString(), -1);
        if (record != s.kinds[k].records.end() && f >= 0)
            record->withheld[f] = true;
    }
    if (!q.exec(QStringLiteral("SELECT kind, uid, origin, seq, removed_at FROM tombstone"))) {
        *error = failed(file, q);
        return s;
    }
    while (q.next()) {
        const int k = kindIndex.value(q.value(0).toString(), -1);
        if (k >= 0)
            s.kinds[k].tombstones.insert(q.value(1).toString(),
                                         {q.value(2).toString(), q.value(3).toLongLong(),
                                          q.value(4).toLongLong(), 0, false});
    }
    q.finish();

    const Version next{s.copy, s.seq + 1, now, 0, true};
    for (qsizetype k = 0; k < kinds.size(); ++k) {
        Kind &state = s.kinds[k];
        for (Record &r : state.records) {
            for (qsizetype f = 0; f < r.values.size(); ++f) {
                const qint64 h = hashOf(r.values[f]);
                Version &v = r.versions[f];
                if (v.origin.isEmpty() || v.hash != h) {
                    v = next;
                    v.hash = h;
                    ++s.pending;
                }
            }
        }
    }
    for (auto it = vanished.cbegin(); it != vanished.cend(); ++it) {
        s.kinds[it.key().first].tombstones.insert(it.key().second, next);
        ++s.pending;
    }
    return s;
}

StorageError RecordVersions::settle(CaseFile &file, State *state)
{
    StorageError error;
    State read_ = read(file, &error);
    const State &s = read_;
    const auto hand = [&](bool recorded) {
        if (!state)
            return;
        if (recorded && read_.pending > 0) {
            for (Kind &kind : read_.kinds) {
                for (Record &r : kind.records) {
                    for (Version &v : r.versions)
                        v.pending = false;
                }
                for (Version &v : kind.tombstones)
                    v.pending = false;
            }
            ++read_.seq;
            read_.pending = 0;
        }
        *state = std::move(read_);
    };
    if (error)
        return error; // nothing handed: what was read is not whole
    if (s.pending == 0) {
        hand(true);
        return {};
    }
    QSqlDatabase db = file.database();
    const bool own = !file.inBatch();
    if (own && !db.transaction())
        return file.errorFor(db.lastError());
    QSqlQuery q(db);
    QSqlError failure;
    BulkInsert versions = versionWriter(db);
    bool ok = true;
    const QList<RecordKind> &kinds = RecordKind::all();
    for (qsizetype k = 0; ok && k < kinds.size(); ++k) {
        for (auto it = s.kinds[k].records.cbegin(); ok && it != s.kinds[k].records.cend(); ++it) {
            for (qsizetype f = 0; ok && f < it->versions.size(); ++f) {
                const Version &v = it->versions[f];
                if (!v.pending)
                    continue;
                ok = writeVersion(versions, kinds[k], it.key(), int(f), v, v.hash);
            }
        }
    }
    ok = ok && versions.finish();
    if (!ok)
        failure = versions.lastError();
    for (qsizetype k = 0; ok && k < kinds.size(); ++k) {
        for (auto it = s.kinds[k].tombstones.cbegin(); ok && it != s.kinds[k].tombstones.cend();
             ++it) {
            if (!it->pending)
                continue;
            QSqlQuery t(db);
            ok = t.prepare(QStringLiteral("INSERT OR REPLACE INTO tombstone (kind, uid, origin, "
                                          "seq, removed_at) VALUES (?, ?, ?, ?, ?)"));
            t.addBindValue(kinds[k].table);
            t.addBindValue(it.key());
            t.addBindValue(it->origin);
            t.addBindValue(it->seq);
            t.addBindValue(it->at);
            ok = ok && t.exec();
            ok = ok &&
                 t.prepare(QStringLiteral("DELETE FROM field_version WHERE kind = ? AND uid = ?"));
            t.addBindValue(kinds[k].table);
            t.addBindValue(it.key());
            ok = ok && t.exec();
            if (!ok)
                failure = t.lastError();
        }
    }
    ok = ok && q.exec(QStringLiteral("UPDATE copy_identity SET seq = %1").arg(s.seq + 1));
    if (!ok) {
        const StorageError e = file.errorFor(failure.isValid() ? failure : q.lastError());
        q.finish();
        if (own)
            db.rollback();
        hand(false);
        return e;
    }
    q.finish();
    if (own && !db.commit()) {
        const StorageError e = file.errorFor(db.lastError());
        db.rollback();
        hand(false);
        return e;
    }
    hand(true);
    return {};
}

StorageError RecordVersions::carry(CaseFile &from, CaseFile &to, const IdPairs &pairs)
{
    State original;
    if (StorageError e = settle(from, &original))
        return e;
    if (StorageError e = to.beginBatch())
        return e;
    const StorageError e = carryInto(to, original, pairs);
    const StorageError end = to.endBatch(!e.isError());
    return e.isError() ? e : end;
}

StorageError RecordVersions::carryInto(CaseFile &to, const State &original, const IdPairs &pairs)
{
    StorageError error;
    QSqlQuery q(to.database());
    const QList<RecordKind> &kinds = RecordKind::all();
    bool ok = true;
    for (auto it = pairs.cbegin(); ok && it != pairs.cend(); ++it) {
        const int k = RecordKind::indexOf(it.key());
        if (k < 0 || kinds[k].key != RecordKind::Key::Uid)
            continue;
        ok = q.prepare(QStringLiteral("UPDATE %1 SET uid = ? WHERE id = ?").arg(it.key()));
        for (const auto &[source, copy] : it.value()) {
            const QString key = original.kinds[k].keys.value(source);
            if (key.isEmpty())
                continue;
            q.addBindValue(key);
            q.addBindValue(copy);
            if (!(ok = q.exec()))
                break;
        }
    }
    if (!ok)
        return failed(to, q);
    const State copy = read(to, &error);
    if (error)
        return error;
    QList<std::tuple<QString, QString, QString>> withheld;
    BulkInsert versions = versionWriter(to.database());
    ok = true;
    for (qsizetype k = 0; ok && k < kinds.size(); ++k) {
        for (auto it = copy.kinds[k].records.cbegin(); ok && it != copy.kinds[k].records.cend();
             ++it) {
            const auto source = original.kinds[k].records.constFind(it.key());
            if (source == original.kinds[k].records.cend())
                continue; // new in the copy: its own change when next settled
            for (qsizetype f = 0; ok && f < it->values.size(); ++f) {
                const Version &v = source->versions[f];
                const qint64 held = hashOf(it->values[f]);
                // What the copy holds, as the original's change.
                ok = writeVersion(versions, kinds[k], it.key(), int(f), v, held);
                if (ok && (held != v.hash || source->withheld.value(f)))
                    withheld << std::tuple(kinds[k].table, it.key(), fieldName(kinds[k], int(f)));
            }
        }
    }
    ok = ok && versions.finish();
    if (!ok && versions.lastError().isValid())
        return to.errorFor(versions.lastError());
    ok = ok && q.prepare(QStringLiteral(
                   "INSERT OR IGNORE INTO withheld_field (kind, uid, field) VALUES (?, ?, ?)"));
    for (qsizetype i = 0; ok && i < withheld.size(); ++i) {
        q.addBindValue(std::get<0>(withheld[i]));
        q.addBindValue(std::get<1>(withheld[i]));
        q.addBindValue(std::get<2>(withheld[i]));
        ok = q.exec();
    }
    ok = ok && q.prepare(QStringLiteral("INSERT OR REPLACE INTO tombstone (kind, uid, origin, "
                                        "seq, removed_at) VALUES (?, ?, ?, ?, ?)"));
    for (qsizetype k = 0; ok && k < kinds.size(); ++k) {
        for (auto it = original.kinds[k].tombstones.cbegin();
             ok && it != original.kinds[k].tombstones.cend(); ++it) {
            q.addBindValue(kinds[k].table);
            q.addBindValue(it.key());
            q.addBindValue(it->origin);
            q.addBindValue(it->seq);
            q.addBindValue(it->at);
            ok = q.exec();
        }
    }
    QHash<QString, qint64> seen = original.seen;
    seen.insert(original.copy, original.seq);
    ok = ok &&
         q.prepare(QStringLiteral("INSERT OR REPLACE INTO copy_seen (copy, seq) VALUES (?, ?)"));
    for (auto it = seen.cbegin(); ok && it != seen.cend(); ++it) {
        q.addBindValue(it.key());
        q.addBindValue(it.value());
        ok = q.exec();
    }
    ok = ok && q.prepare(QStringLiteral("UPDATE copy_identity SET story = ?, copy = ?, seq = 0"));
    q.addBindValue(original.story);
    q.addBindValue(newUid());
    ok = ok && q.exec();
    return ok ? StorageError() : failed(to, q);
}
