// SPDX-License-Identifier: GPL-3.0-or-later
#include "voicerepository.h"

#include <QHash>

#include <QStringList>
#include <algorithm>

namespace {
// not translated (whole file): column names and storage text.
const QString kColumns = QStringLiteral(
    "date, date_sort, prompt, words, given, said_to, written_by, topic, feelings, read_back, "
    "read_back_on, audiences, migrated, answered_by_event, answer, outcome, why_not, "
    "told_to_child, told_on, recording_id, declined, worry_size");
constexpr int kColumnCount = 22;

QVariant dayOrNull(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QDate dayFrom(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

const QString kOwner = QStringLiteral("voice_entry_id");
const QString kPresent = QStringLiteral("voice_entry_person");
const QString kPerson = QStringLiteral("person_id");

class VoiceRow
{
public:
    static void bind(QSqlQuery &q, const VoiceEntry &e)
    {
        q.addBindValue(e.date.toStorage());
        q.addBindValue(e.date.isUnknown() ? QVariant() : QVariant(e.date.sortKey()));
        q.addBindValue(e.prompt);
        q.addBindValue(e.words);
        q.addBindValue(int(e.given));
        q.addBindValue(e.saidToId == kNoId ? QVariant() : QVariant(e.saidToId));
        q.addBindValue(e.writtenById == kNoId ? QVariant() : QVariant(e.writtenById));
        q.addBindValue(int(e.topic));
        q.addBindValue(Repository::feelingsText(e.feelings));
        q.addBindValue(int(e.readBack));
        q.addBindValue(dayOrNull(e.readBackOn));
        q.addBindValue(int(e.audiences));
        q.addBindValue(e.migrated);
        q.addBindValue(e.answeredByEventId == kNoId ? QVariant() : QVariant(e.answeredByEventId));
        q.addBindValue(e.answer);
        q.addBindValue(int(e.outcome));
        q.addBindValue(e.whyNot);
        q.addBindValue(e.toldToChild);
        q.addBindValue(dayOrNull(e.toldOn));
        q.addBindValue(e.recordingId == kNoId ? QVariant() : QVariant(e.recordingId));
        q.addBindValue(e.declined);
        q.addBindValue(e.worrySize);
    }

    static VoiceEntry from(const QSqlQuery &q)
    {
        VoiceEntry e;
        e.id = q.value(0).toLongLong();
        e.date = FuzzyDate::fromStorage(q.value(1).toString()).value_or(FuzzyDate());
        e.prompt = q.value(3).toString();
        e.words = q.value(4).toString();
        e.given = Repository::enumFrom<VoiceEntry::Given>(q.value(5), VoiceEntry::kGivenCount);
        e.saidToId = q.value(6).isNull() ? kNoId : q.value(6).toLongLong();
        e.writtenById = q.value(7).isNull() ? kNoId : q.value(7).toLongLong();
        e.topic = Repository::enumFrom<VoiceEntry::Topic>(q.value(8), VoiceEntry::kTopicCount);
        e.feelings = Repository::feelingsFrom(q.value(9).toString());
        e.readBack = Repository::enumFrom<VoiceEntry::ReadBack>(q.value(10), 3);
        e.readBackOn = dayFrom(q.value(11));
        e.audiences = quint8(q.value(12).toUInt() & VoiceEntry::kAllAudiences);
        e.migrated = q.value(13).toBool();
        e.answeredByEventId = q.value(14).isNull() ? kNoId : q.value(14).toLongLong();
        e.answer = q.value(15).toString();
        e.outcome = Repository::enumFrom<VoiceEntry::Outcome>(q.value(16), 4);
        e.whyNot = q.value(17).toString();
        e.toldToChild = q.value(18).toBool();
        e.toldOn = dayFrom(q.value(19));
        e.recordingId = q.value(20).isNull() ? kNoId : q.value(20).toLongLong();
        e.declined = q.value(21).toBool();
        e.worrySize = std::clamp(q.value(22).toInt(), 0, VoiceEntry::kWorrySizes);
        return e;
    }
};
} // namespace

StorageError VoiceRepository::add(VoiceEntry &entry)
{
    return write([&](QSqlQuery &q) {
        QStringList marks;
        for (int i = 0; i <= kColumnCount; ++i)
            marks << QStringLiteral("?");
        if (!q.prepare(QStringLiteral("INSERT INTO voice_entry (id, %1) VALUES (%2)")
                           .arg(kColumns, marks.join(QLatin1Char(',')))))
            return false;
        q.addBindValue(entry.id == kNoId ? QVariant() : QVariant(entry.id));
        VoiceRow::bind(q, entry);
        if (!q.exec())
            return false;
        if (entry.id == kNoId)
            entry.id = q.lastInsertId().toLongLong();
        return replaceLinks(q, kPresent, kOwner, kPerson, entry.id, entry.presentIds);
    });
}

StorageError VoiceRepository::update(const VoiceEntry &entry)
{
    return write([&](QSqlQuery &q) {
        QStringList sets;
        for (const QString &column : kColumns.split(QStringLiteral(", ")))
            sets << column + QStringLiteral("=?");
        if (!q.prepare(QStringLiteral("UPDATE voice_entry SET %1 WHERE id=?")
                           .arg(sets.join(QStringLiteral(", ")))))
            return false;
        VoiceRow::bind(q, entry);
        q.addBindValue(entry.id);
        return q.exec() && q.numRowsAffected() == 1 &&
               replaceLinks(q, kPresent, kOwner, kPerson, entry.id, entry.presentIds);
    });
}

StorageError VoiceRepository::remove(ItemId id)
{
    return removeRow(QStringLiteral("voice_entry"), id);
}

std::optional<VoiceEntry> VoiceRepository::find(ItemId id)
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT id, %1 FROM voice_entry WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (!check(q, q.exec()) || !q.next())
        return std::nullopt;
    VoiceEntry e = VoiceRow::from(q);
    q.finish();
    e.presentIds = links(kPresent, kOwner, kPerson, e.id);
    return e;
}

QList<VoiceEntry> VoiceRepository::all()
{
    QList<VoiceEntry> list;
    QSqlQuery q = query();
    if (!check(q, q.exec(QStringLiteral("SELECT id, %1 FROM voice_entry ORDER BY date_sort IS "
                                        "NULL, date_sort, id")
                             .arg(kColumns))))
        return list;
    QHash<ItemId, qsizetype> index;
    while (q.next()) {
        list << VoiceRow::from(q);
        index.insert(list.last().id, list.size() - 1);
    }
    QSqlQuery l = query();
    if (check(l, l.exec(QStringLiteral("SELECT voice_entry_id, person_id FROM voice_entry_person "
                                       "ORDER BY voice_entry_id, position")))) {
        while (l.next()) {
            const auto it = index.constFind(l.value(0).toLongLong());
            if (it != index.constEnd())
                list[*it].presentIds << l.value(1).toLongLong();
        }
    }
    return list;
}
