// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: bringing in a copy that was edited — or tampered with — in any way. Bytes
// drive edits on two copies of one story: fields changed, records removed and added, and the
// other copy's own bookkeeping (versions, removals, ids, how far it has seen) rewritten with
// nonsense. Planning and writing the merge must never crash; the case stays whole (integrity
// and foreign keys), and a merge that fails leaves it exactly as it was.
#include "casecontentio.h"
#include "casedump.h"
#include "democase.h"
#include "mergeplan.h"
#include "mergewriter.h"
#include "recordversions.h"

#include <QGuiApplication>
#include <QSqlQuery>
#include <QSqlRecord>

#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QGuiApplication app(*argc, *argv); // the demo's pictures are drawn with fonts
    return 0;
}

namespace {

class Bytes
{
public:
    Bytes(const uint8_t *data, size_t size)
        : m_data(data)
        , m_size(size)
    {}
    bool more() const { return m_at < m_size; }
    int next(int bound)
    {
        if (bound <= 0)
            return 0;
        return m_at < m_size ? m_data[m_at++] % bound : 0;
    }
    QString text()
    {
        const int n = next(12);
        QString s;
        for (int i = 0; i < n; ++i)
            s += QChar(u"aZ0 'é\"<>%;-\n"[next(13)]);
        return s;
    }

private:
    const uint8_t *m_data;
    size_t m_size;
    size_t m_at = 0;
};

QString dump(CaseFile &file)
{
    return dumpEveryRow(file);
}

bool whole(CaseFile &file)
{
    QSqlQuery q(file.database());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next() ||
        q.value(0).toString() != QLatin1String("ok"))
        return false;
    return q.exec(QStringLiteral("PRAGMA foreign_key_check")) && !q.next();
}

const QStringList kTables = {QStringLiteral("person"),       QStringLiteral("memory"),
                             QStringLiteral("event"),        QStringLiteral("placement"),
                             QStringLiteral("relationship"), QStringLiteral("voice_entry"),
                             QStringLiteral("media"),        QStringLiteral("memory_person"),
                             QStringLiteral("ecomap_group"), QStringLiteral("letter_section")};
const QStringList kColumns = {QStringLiteral("full_name"),  QStringLiteral("title"),
                              QStringLiteral("notes"),      QStringLiteral("words"),
                              QStringLiteral("caption"),    QStringLiteral("private"),
                              QStringLiteral("place_name"), QStringLiteral("body")};

void edit(CaseFile &file, Bytes &in, bool tamper)
{
    QSqlQuery q(file.database());
    const QString table = kTables[in.next(int(kTables.size()))];
    const int row = in.next(8) + 1;
    switch (in.next(tamper ? 9 : 4)) {
    case 0:
        q.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE rowid = %3")
                      .arg(table, kColumns[in.next(int(kColumns.size()))])
                      .arg(row));
        q.addBindValue(in.text());
        q.exec();
        break;
    case 1:
        q.exec(QStringLiteral("DELETE FROM %1 WHERE rowid = %2").arg(table).arg(row));
        break;
    case 2:
        q.prepare(QStringLiteral("INSERT INTO person (full_name, role) VALUES (?, 3)"));
        q.addBindValue(in.text());
        q.exec();
        break;
    case 3:
        RecordVersions::settle(file);
        break;
    case 4:
        q.exec(QStringLiteral("UPDATE field_version SET seq = %1, origin = '%2' WHERE rowid = %3")
                   .arg(in.next(256) - 128)
                   .arg(in.next(2) ? QStringLiteral("x") : QString())
                   .arg(in.next(64)));
        break;
    case 5:
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO tombstone (kind, uid, origin, seq, "
                                 "removed_at) SELECT ?, uid, ?, ?, 0 FROM person WHERE rowid = ?"));
        q.addBindValue(in.next(2) ? table : QStringLiteral("person"));
        q.addBindValue(in.text());
        q.addBindValue(in.next(256));
        q.addBindValue(in.next(8) + 1);
        q.exec();
        break;
    case 6:
        q.exec(QStringLiteral("UPDATE %1 SET uid = %2 WHERE rowid = %3")
                   .arg(in.next(2) ? QStringLiteral("person") : QStringLiteral("memory"),
                        in.next(2) ? QStringLiteral("NULL") : QStringLiteral("''"))
                   .arg(row));
        break;
    case 7:
        q.exec(QStringLiteral("INSERT OR REPLACE INTO copy_seen (copy, seq) VALUES ('%1', %2)")
                   .arg(in.next(2) ? QStringLiteral("x") : QStringLiteral("y"))
                   .arg(in.next(256) - 8));
        break;
    case 8:
        q.exec(QStringLiteral("UPDATE field_version SET kind = 'nonsense', field = 'x%1' WHERE "
                              "rowid = %2")
                   .arg(in.next(4))
                   .arg(in.next(64)));
        break;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Bytes in(data, size);
    StorageError error;
    auto mine = CaseFile::createInMemory(&error);
    auto theirs = CaseFile::createInMemory(&error);
    if (!mine || !theirs)
        std::abort();
    // A small story of every kind: a big one would only make each run slower.
    static const CaseContent demo = [] {
        DemoCase::Size size;
        size.people = 8;
        size.memories = 12;
        size.photos = 2;
        size.placements = 3;
        size.photoSize = QSize(32, 24);
        return DemoCase::generate(size);
    }();
    CaseContent a = demo;
    CaseContent b = demo;
    if (CaseContentIO::write(*mine, a) || CaseContentIO::write(*theirs, b))
        std::abort();
    // The same rows in the same order: the other is a copy made from this one.
    RecordVersions::IdPairs pairs;
    for (const char *t : {"media", "person", "relationship", "placement", "memory", "event",
                          "voice_entry", "ecomap_group"}) {
        QSqlQuery q(theirs->database());
        q.exec(QStringLiteral("SELECT id FROM %1").arg(QString::fromLatin1(t)));
        while (q.next())
            pairs[QString::fromLatin1(t)]
                << qMakePair(q.value(0).toLongLong(), q.value(0).toLongLong());
    }
    if (RecordVersions::carry(*mine, *theirs, pairs))
        std::abort();
    for (int i = 0; i < 24 && in.more(); ++i)
        edit(in.next(2) ? *mine : *theirs, in, in.next(3) == 0);

    const RecordVersions::State here = RecordVersions::read(*mine, &error);
    if (error)
        return 0; // tampered past reading: refused, nothing written
    const RecordVersions::State there = RecordVersions::read(*theirs, &error);
    if (error)
        return 0;
    MergePlan plan = MergePlan::make(here, there);
    plan.chooseAll(in.next(2) ? MergePlan::Choice::Mine : MergePlan::Choice::Theirs);
    const QString before = dump(*mine);
    const MergeWriter::Outcome out = MergeWriter::apply(*mine, *theirs, here, there, plan);
    if (!whole(*mine))
        std::abort();
    if (out.error && dump(*mine) != before)
        std::abort();
    if (!out.error) {
        QStringList redo;
        if (MergeWriter::replay(*mine, out.undo, &redo) || dump(*mine) != before)
            std::abort(); // undo puts every row back
    }
    return 0;
}
