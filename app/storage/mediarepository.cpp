// SPDX-License-Identifier: GPL-3.0-or-later
#include "mediarepository.h"

namespace {
const QString kMeta = QStringLiteral(
    "mime_type, thumbnail, width, height, taken_on, caption, original_name, added_at, private, "
    "duration_ms");

void bind(QSqlQuery &q, const Media &m)
{
    q.addBindValue(m.mimeType);
    q.addBindValue(m.thumbnail);
    q.addBindValue(m.width);
    q.addBindValue(m.height);
    q.addBindValue(m.takenOn.toStorage());
    q.addBindValue(m.caption);
    q.addBindValue(m.originalName);
    q.addBindValue(m.addedAt.isValid() ? QVariant(m.addedAt.toString(Qt::ISODateWithMs))
                                       : QVariant());
    q.addBindValue(m.isPrivate);
    q.addBindValue(m.durationMs);
}

Media fromRow(const QSqlQuery &q)
{
    Media m;
    m.id = q.value(0).toLongLong();
    m.mimeType = q.value(1).toString();
    m.thumbnail = q.value(2).toByteArray();
    m.width = q.value(3).toInt();
    m.height = q.value(4).toInt();
    m.takenOn = FuzzyDate::fromStorage(q.value(5).toString()).value_or(FuzzyDate());
    m.caption = q.value(6).toString();
    m.originalName = q.value(7).toString();
    m.addedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    m.isPrivate = q.value(9).toBool();
    m.durationMs = q.value(10).toInt();
    return m;
}
} // namespace

StorageError MediaRepository::add(Media &media)
{
    return write([&](QSqlQuery &q) {
        if (!q.prepare(
                QStringLiteral("INSERT INTO media (id, %1, data) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")
                    .arg(kMeta)))
            return false;
        q.addBindValue(media.id == kNoId ? QVariant() : QVariant(media.id));
        bind(q, media);
        q.addBindValue(QByteArray("")); // the bytes live in media_data (schema version 3)
        if (!q.exec())
            return false;
        if (media.id == kNoId)
            media.id = q.lastInsertId().toLongLong();
        return writeData(q, media.id, media.data) && writePrintCopy(q, media.id, media.printCopy);
    });
}

// The picture's bytes, in a table of their own so that reading a media row never has to walk
// (and decrypt) the pages of a large picture to reach its thumbnail.
bool MediaRepository::writeData(QSqlQuery &q, ItemId id, const QByteArray &data)
{
    if (!q.prepare(
            QStringLiteral("INSERT OR REPLACE INTO media_data (media_id, data) VALUES (?, ?)")))
        return false;
    q.addBindValue(id);
    q.addBindValue(data.isNull() ? QByteArray("") : data);
    return q.exec();
}

// The copy for books goes and comes with the bytes it was made from: never a stale one.
bool MediaRepository::writePrintCopy(QSqlQuery &q, ItemId id, const QByteArray &copy)
{
    if (!q.prepare(QStringLiteral("DELETE FROM media_print WHERE media_id = ?")))
        return false;
    q.addBindValue(id);
    if (!q.exec())
        return false;
    if (copy.isEmpty())
        return true;
    if (!q.prepare(QStringLiteral("INSERT INTO media_print (media_id, data) VALUES (?, ?)")))
        return false;
    q.addBindValue(id);
    q.addBindValue(copy);
    return q.exec();
}

StorageError MediaRepository::update(const Media &media)
{
    return write([&](QSqlQuery &q) {
        if (!q.prepare(QStringLiteral(
                "UPDATE media SET mime_type=?, thumbnail=?, width=?, height=?, taken_on=?, "
                "caption=?, original_name=?, added_at=?, private=?, duration_ms=? WHERE id=?")))
            return false;
        bind(q, media);
        q.addBindValue(media.id);
        return q.exec() && q.numRowsAffected() == 1 && writeData(q, media.id, media.data) &&
               writePrintCopy(q, media.id, media.printCopy);
    });
}

StorageError MediaRepository::remove(ItemId id)
{
    return removeRow(QStringLiteral("media"), id);
}

std::optional<Media> MediaRepository::find(ItemId id)
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT m.id, %1, d.data FROM media m LEFT JOIN media_data d "
                             "ON d.media_id = m.id WHERE m.id = ?")
                  .arg(kMeta));
    q.addBindValue(id);
    if (!check(q, q.exec()) || !q.next())
        return std::nullopt;
    Media m = fromRow(q);
    m.data = q.value(11).toByteArray();
    q.finish();
    m.printCopy = printCopy(id);
    return m;
}

QList<Media> MediaRepository::thumbnails()
{
    QList<Media> list;
    QSqlQuery q = query();
    if (check(q, q.exec(QStringLiteral("SELECT id, %1 FROM media ORDER BY id").arg(kMeta)))) {
        while (q.next())
            list << fromRow(q);
    }
    return list;
}

QByteArray MediaRepository::data(ItemId id)
{
    return blob(QStringLiteral("SELECT data FROM media_data WHERE media_id = ?"), id);
}

QByteArray MediaRepository::thumbnail(ItemId id)
{
    return blob(QStringLiteral("SELECT thumbnail FROM media WHERE id = ?"), id);
}

QByteArray MediaRepository::printCopy(ItemId id)
{
    return blob(QStringLiteral("SELECT data FROM media_print WHERE media_id = ?"), id);
}

// One picture's bytes from `sql` (one column, one bound id); empty when there are none.
QByteArray MediaRepository::blob(const QString &sql, ItemId id)
{
    QSqlQuery q = query();
    q.prepare(sql);
    q.addBindValue(id);
    if (check(q, q.exec()) && q.next())
        return q.value(0).toByteArray();
    return {};
}
