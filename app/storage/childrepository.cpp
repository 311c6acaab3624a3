// SPDX-License-Identifier: GPL-3.0-or-later
#include "childrepository.h"

ChildProfile ChildRepository::load()
{
    ChildProfile c;
    QSqlQuery q = query();
    if (check(q, q.exec(QStringLiteral(
                     "SELECT full_name, known_as, date_of_birth, pronouns, all_about_me, "
                     "photo_id, gender, gender_words FROM child WHERE id = 1"))) &&
        q.next()) {
        c.fullName = q.value(0).toString();
        c.knownAs = q.value(1).toString();
        c.born = FuzzyDate::fromStorage(q.value(2).toString()).value_or(FuzzyDate());
        c.pronouns = q.value(3).toString();
        c.allAboutMe = q.value(4).toString();
        c.photoId = q.value(5).isNull() ? kNoId : q.value(5).toLongLong();
        c.gender = enumFrom<Person::Gender>(q.value(6), Person::kGenderCount);
        c.genderWords = q.value(7).toString();
    }
    return c;
}

StorageError ChildRepository::save(const ChildProfile &c)
{
    return write([&](QSqlQuery &q) {
        if (!q.prepare(QStringLiteral(
                "UPDATE child SET full_name=?, known_as=?, date_of_birth=?, pronouns=?, "
                "all_about_me=?, photo_id=?, gender=?, gender_words=? WHERE id = 1")))
            return false;
        q.addBindValue(c.fullName);
        q.addBindValue(c.knownAs);
        // An exact day is stored as ISO 8601, as before fuzzy birth dates.
        q.addBindValue(c.born.isUnknown() ? QVariant() : QVariant(c.born.toStorage()));
        q.addBindValue(c.pronouns);
        q.addBindValue(c.allAboutMe);
        q.addBindValue(c.photoId == kNoId ? QVariant() : QVariant(c.photoId));
        q.addBindValue(int(c.gender));
        q.addBindValue(c.genderWords);
        return q.exec() && q.numRowsAffected() == 1;
    });
}
