// SPDX-License-Identifier: GPL-3.0-or-later
#include "handoverrepository.h"

namespace {

const QString kColumns =
    QStringLiteral("id, made_at, direction, receiver, sender, letter, left_out, letter_read");

HandoverRecord recordFrom(const QSqlQuery &q)
{
    HandoverRecord r;
    r.id = q.value(0).toLongLong();
    r.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
    r.direction = q.value(2).toInt() == 1 ? HandoverRecord::Direction::Received
                                          : HandoverRecord::Direction::Sent;
    r.receiver =
        Repository::enumFrom<HandoverRecord::Receiver>(q.value(3), HandoverRecord::kReceiverCount);
    r.from = q.value(4).toString();
    r.letter = q.value(5).toString();
    const QString leftOut = q.value(6).toString();
    if (!leftOut.isEmpty())
        r.leftOut = leftOut.split(QLatin1Char('\n'));
    r.letterRead = q.value(7).toBool();
    return r;
}

} // namespace

StorageError HandoverRepository::add(HandoverRecord &record)
{
    return write([&](QSqlQuery &q) {
        if (!q.prepare(
                QStringLiteral("INSERT INTO handover (made_at, direction, receiver, sender, "
                               "letter, left_out, letter_read) VALUES (?, ?, ?, ?, ?, ?, ?)")))
            return false;
        q.addBindValue(record.at.toUTC().toString(Qt::ISODate));
        q.addBindValue(int(record.direction));
        q.addBindValue(int(record.receiver));
        q.addBindValue(text(record.from));
        q.addBindValue(text(record.letter));
        q.addBindValue(text(record.leftOut.join(QLatin1Char('\n'))));
        q.addBindValue(record.letterRead ? 1 : 0);
        if (!q.exec())
            return false;
        record.id = q.lastInsertId().toLongLong();
        return true;
    });
}

QList<HandoverRecord> HandoverRepository::all()
{
    QList<HandoverRecord> list;
    QSqlQuery q = query();
    if (!check(q, q.exec(QStringLiteral("SELECT %1 FROM handover ORDER BY id").arg(kColumns))))
        return list;
    while (q.next())
        list << recordFrom(q);
    return list;
}

std::optional<HandoverRecord> HandoverRepository::unreadLetter()
{
    QSqlQuery q = query();
    if (!check(q, q.exec(QStringLiteral("SELECT %1 FROM handover WHERE direction = 1 AND "
                                        "letter_read = 0 AND trim(coalesce(letter, '')) <> '' "
                                        "ORDER BY id DESC LIMIT 1")
                             .arg(kColumns))) ||
        !q.next())
        return std::nullopt;
    return recordFrom(q);
}

StorageError HandoverRepository::markRead(ItemId id)
{
    return write([&](QSqlQuery &q) {
        if (!q.prepare(QStringLiteral("UPDATE handover SET letter_read = 1 WHERE id = ?")))
            return false;
        q.addBindValue(id);
        return q.exec();
    });
}
