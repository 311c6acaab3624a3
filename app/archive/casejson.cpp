// SPDX-License-Identifier: GPL-3.0-or-later
#include "casejson.h"

#include "opusclip.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>

namespace {

QJsonValue date(const FuzzyDate &d)
{
    return d.isUnknown() ? QJsonValue() : QJsonValue(d.toStorage());
}

QJsonValue day(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonArray ids(const QList<ItemId> &list)
{
    QJsonArray a;
    for (ItemId id : list)
        a.append(id);
    return a;
}

template <typename E> QJsonArray numbers(const QList<E> &list)
{
    QJsonArray a;
    for (E e : list)
        a.append(int(e));
    return a;
}

// Drops empty text and unset values, so the file reads as what was written down.
void put(QJsonObject &o, const char *key, const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty()) ||
        (v.isArray() && v.toArray().isEmpty()))
        return;
    o.insert(QLatin1String(key), v);
}

void putId(QJsonObject &o, const char *key, ItemId id)
{
    if (id != kNoId)
        o.insert(QLatin1String(key), id);
}

void putFlag(QJsonObject &o, const char *key, bool on)
{
    if (on)
        o.insert(QLatin1String(key), true);
}

// Reads one object's fields, remembering the first problem (with where it was).
class Reader
{
public:
    Reader(const QJsonObject &o, QString where, QString *error)
        : m_o(o)
        , m_where(std::move(where))
        , m_error(error)
    {}

    QString text(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined())
            return {};
        if (!v.isString())
            fail(key);
        return v.toString();
    }
    bool flag(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined())
            return false;
        if (!v.isBool())
            fail(key);
        return v.toBool();
    }
    qint64 integer(const char *key, qint64 least, qint64 most, qint64 otherwise = 0)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined())
            return otherwise;
        const double d = v.toDouble(-1e300);
        // In range before the cast: a double beyond qint64 does not convert (found by fuzzing).
        if (!v.isDouble() || !(d >= double(least) && d <= double(most)) || d != double(qint64(d))) {
            fail(key);
            return otherwise;
        }
        return qint64(d);
    }
    ItemId id(const char *key) { return integer(key, 1, qint64(1) << 53, kNoId); }
    ItemId requiredId(const char *key)
    {
        if (!m_o.contains(QLatin1String(key)))
            fail(key);
        return id(key);
    }
    template <typename E> E choice(const char *key, int count, E otherwise)
    {
        return E(integer(key, 0, count - 1, qint64(otherwise)));
    }
    FuzzyDate date(const char *key)
    {
        const QString t = text(key);
        if (t.isEmpty())
            return {};
        const auto d = FuzzyDate::fromStorage(t);
        if (!d)
            fail(key);
        return d.value_or(FuzzyDate());
    }
    QDate day(const char *key)
    {
        const QString t = text(key);
        if (t.isEmpty())
            return {};
        const QDate d = QDate::fromString(t, Qt::ISODate);
        if (!d.isValid())
            fail(key);
        return d;
    }
    QDateTime moment(const char *key)
    {
        const QString t = text(key);
        if (t.isEmpty())
            return {};
        const QDateTime d = QDateTime::fromString(t, Qt::ISODate);
        if (!d.isValid())
            fail(key);
        return d.toUTC();
    }
    QList<ItemId> idList(const char *key)
    {
        QList<ItemId> out;
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined())
            return out;
        if (!v.isArray()) {
            fail(key);
            return out;
        }
        for (const QJsonValue &item : v.toArray()) {
            const double d = item.toDouble(-1);
            if (!item.isDouble() || d < 1 || d > double(qint64(1) << 53) ||
                d != double(qint64(d))) {
                fail(key);
                return {};
            }
            out << qint64(d);
        }
        return out;
    }
    template <typename E> QList<E> choices(const char *key, int count)
    {
        QList<E> out;
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined())
            return out;
        if (!v.isArray()) {
            fail(key);
            return out;
        }
        for (const QJsonValue &item : v.toArray()) {
            const int i = item.toInt(-1);
            if (!item.isDouble() || i < 0 || i >= count || item.toDouble() != i) {
                fail(key);
                return {};
            }
            out << E(i);
        }
        return out;
    }
    QJsonArray array(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined())
            return {};
        if (!v.isArray())
            fail(key);
        return v.toArray();
    }
    QJsonObject object(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined())
            return {};
        if (!v.isObject())
            fail(key);
        return v.toObject();
    }

private:
    void fail(const char *key)
    {
        if (m_error->isEmpty())
            *m_error = CaseJson::tr("The story's file has a value it cannot use (%1, “%2”).")
                           .arg(m_where, QLatin1String(key));
    }

    QJsonObject m_o;
    QString m_where;
    QString *m_error;
};

// Each element of a list must be an object.
QList<QJsonObject> objects(const QJsonArray &array, const QString &where, QString *error)
{
    QList<QJsonObject> out;
    for (const QJsonValue &v : array) {
        if (!v.isObject()) {
            if (error->isEmpty())
                *error = CaseJson::tr("The story's file has something that is not a record in "
                                      "“%1”.")
                             .arg(where);
            return {};
        }
        out << v.toObject();
    }
    return out;
}

QJsonValue rounded(double v)
{
    return qRound(v * 100) / 100.0;
}

// The family (the genogram): an absent child/personA is the child the story is about.
void putFamily(QJsonObject &root, const Family &f)
{
    QJsonArray parents;
    for (const ParentLink &l : f.parents) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), l.id);
        putId(o, "child", l.child);
        o.insert(QStringLiteral("parent"), l.parent);
        o.insert(QStringLiteral("kind"), int(l.kind));
        put(o, "from", date(l.from));
        put(o, "to", date(l.to));
        parents.append(o);
    }
    put(root, "parentLinks", parents);
    QJsonArray partnerships;
    for (const Partnership &p : f.partnerships) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), p.id);
        putId(o, "personA", p.personA);
        o.insert(QStringLiteral("personB"), p.personB);
        o.insert(QStringLiteral("kind"), int(p.kind));
        put(o, "from", date(p.from));
        o.insert(QStringLiteral("ending"), int(p.ending));
        put(o, "to", date(p.to));
        partnerships.append(o);
    }
    put(root, "partnerships", partnerships);
    QJsonArray twins;
    for (const Twins &t : f.twins) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), t.id);
        putId(o, "personA", t.personA);
        o.insert(QStringLiteral("personB"), t.personB);
        putFlag(o, "identical", t.identical);
        twins.append(o);
    }
    put(root, "twins", twins);
    QJsonArray losses;
    for (const LostPregnancy &l : f.losses) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), l.id);
        o.insert(QStringLiteral("mother"), l.mother);
        putId(o, "father", l.father);
        o.insert(QStringLiteral("kind"), int(l.kind));
        put(o, "date", date(l.date));
        putFlag(o, "private", l.isPrivate);
        losses.append(o);
    }
    put(root, "pregnanciesLost", losses);
    QJsonArray nudges;
    for (auto it = f.nudges.cbegin(); it != f.nudges.cend(); ++it) {
        QJsonObject o;
        putId(o, "person", it.key());
        o.insert(QStringLiteral("dx"), rounded(it.value().x()));
        o.insert(QStringLiteral("dy"), rounded(it.value().y()));
        nudges.append(o);
    }
    put(root, "familyNudges", nudges);
}

void readFamily(Reader &root, Family &f, QString &error)
{
    QSet<ItemId> seen;
    const auto unique = [&](ItemId id, const QString &where) {
        if (seen.contains(id) && error.isEmpty())
            error = CaseJson::tr("The story's file has two records with the same id in “%1”.")
                        .arg(where);
        seen.insert(id);
    };
    const QString parentsKey = QStringLiteral("parentLinks");
    for (const QJsonObject &o : objects(root.array("parentLinks"), parentsKey, &error)) {
        Reader r(o, parentsKey, &error);
        ParentLink l;
        l.id = r.requiredId("id");
        unique(l.id, parentsKey);
        l.child = r.id("child");
        l.parent = r.requiredId("parent");
        l.kind = r.choice("kind", ParentLink::kKindCount, ParentLink::Kind::Other);
        l.from = r.date("from");
        l.to = r.date("to");
        if (l.child == l.parent && error.isEmpty())
            error = CaseJson::tr("The story's file has a value it cannot use (%1, “%2”).")
                        .arg(parentsKey, QStringLiteral("parent"));
        f.parents << l;
    }
    seen.clear();
    const QString partnersKey = QStringLiteral("partnerships");
    for (const QJsonObject &o : objects(root.array("partnerships"), partnersKey, &error)) {
        Reader r(o, partnersKey, &error);
        Partnership p;
        p.id = r.requiredId("id");
        unique(p.id, partnersKey);
        p.personA = r.id("personA");
        p.personB = r.requiredId("personB");
        p.kind = r.choice("kind", Partnership::kKindCount, Partnership::Kind::Married);
        p.from = r.date("from");
        p.ending = r.choice("ending", Partnership::kEndingCount, Partnership::Ending::Together);
        p.to = r.date("to");
        if (p.personA == p.personB && error.isEmpty())
            error = CaseJson::tr("The story's file has a value it cannot use (%1, “%2”).")
                        .arg(partnersKey, QStringLiteral("personB"));
        f.partnerships << p;
    }
    seen.clear();
    const QString twinsKey = QStringLiteral("twins");
    for (const QJsonObject &o : objects(root.array("twins"), twinsKey, &error)) {
        Reader r(o, twinsKey, &error);
        Twins t;
        t.id = r.requiredId("id");
        unique(t.id, twinsKey);
        t.personA = r.id("personA");
        t.personB = r.requiredId("personB");
        t.identical = r.flag("identical");
        if (t.personA == t.personB && error.isEmpty())
            error = CaseJson::tr("The story's file has a value it cannot use (%1, “%2”).")
                        .arg(twinsKey, QStringLiteral("personB"));
        f.twins << t;
    }
    seen.clear();
    const QString lossKey = QStringLiteral("pregnanciesLost");
    for (const QJsonObject &o : objects(root.array("pregnanciesLost"), lossKey, &error)) {
        Reader r(o, lossKey, &error);
        LostPregnancy l;
        l.id = r.requiredId("id");
        unique(l.id, lossKey);
        l.mother = r.requiredId("mother");
        l.father = r.id("father");
        l.kind = r.choice("kind", LostPregnancy::kKindCount, LostPregnancy::Kind::Miscarriage);
        l.date = r.date("date");
        l.isPrivate = r.flag("private");
        f.losses << l;
    }
    const QString nudgeKey = QStringLiteral("familyNudges");
    for (const QJsonObject &o : objects(root.array("familyNudges"), nudgeKey, &error)) {
        Reader r(o, nudgeKey, &error);
        const ItemId person = r.id("person");
        const QJsonValue dx = o.value(QStringLiteral("dx"));
        const QJsonValue dy = o.value(QStringLiteral("dy"));
        if ((!dx.isDouble() || !dy.isDouble() || qAbs(dx.toDouble()) > 1e6 ||
             qAbs(dy.toDouble()) > 1e6) &&
            error.isEmpty())
            error = CaseJson::tr("The story's file has a value it cannot use (%1, “%2”).")
                        .arg(nudgeKey, QStringLiteral("dx"));
        f.nudges.insert(person, QPointF(dx.toDouble(), dy.toDouble()));
    }
}

} // namespace

QString CaseJson::mediaFileName(const Media &media)
{
    QString ext = QStringLiteral("bin");
    if (media.mimeType == QLatin1String("image/jpeg"))
        ext = QStringLiteral("jpg");
    else if (media.mimeType == QLatin1String("image/png"))
        ext = QStringLiteral("png");
    else if (media.isRecording())
        ext = QStringLiteral("opus"); // Ogg Opus: plays in any ordinary player

    return QStringLiteral("media/%1.%2").arg(media.id).arg(ext);
}

QJsonObject CaseJson::toJson(const CaseContent &c)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), format());
    root.insert(QStringLiteral("version"), kVersion);
    root.insert(QStringLiteral("exportedAt"),
                QDateTime::currentDateTimeUtc().toString(Qt::ISODate));

    QJsonObject child;
    put(child, "fullName", c.child.fullName);
    put(child, "knownAs", c.child.knownAs);
    put(child, "born", date(c.child.born));
    put(child, "pronouns", c.child.pronouns);
    put(child, "allAboutMe", c.child.allAboutMe);
    putId(child, "photo", c.child.photoId);
    if (c.child.gender != Person::Gender::NotKnown)
        child.insert(QStringLiteral("gender"), int(c.child.gender));
    put(child, "genderWords", c.child.genderWords);
    root.insert(QStringLiteral("child"), child);

    QJsonArray people;
    for (const Person &p : c.people) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), p.id);
        put(o, "fullName", p.fullName);
        put(o, "knownAs", p.knownAs);
        o.insert(QStringLiteral("role"), int(p.role));
        put(o, "roleDetail", p.roleDetail);
        putId(o, "photo", p.photoId);
        put(o, "notes", p.notes);
        put(o, "childsWords", p.childsWords);
        put(o, "address", p.address);
        put(o, "phone", p.phone);
        putFlag(o, "private", p.isPrivate);
        if (p.gender != Person::Gender::NotKnown)
            o.insert(QStringLiteral("gender"), int(p.gender));
        put(o, "genderWords", p.genderWords);
        put(o, "born", date(p.born));
        put(o, "died", date(p.died));
        putFlag(o, "deceased", p.deceased);
        people.append(o);
    }
    put(root, "people", people);

    QJsonArray ties;
    for (const Relationship &r : c.relationships) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), r.id);
        putId(o, "personA", r.personA); // absent: the child
        o.insert(QStringLiteral("personB"), r.personB);
        o.insert(QStringLiteral("kind"), int(r.kind));
        o.insert(QStringLiteral("direction"), int(r.direction));
        o.insert(QStringLiteral("contact"), int(r.contact));
        put(o, "contactNote", r.contactNote);
        put(o, "nextContact", day(r.nextContact));
        put(o, "from", date(r.from));
        put(o, "to", date(r.to));
        put(o, "notes", r.notes);
        putFlag(o, "private", r.isPrivate);
        ties.append(o);
    }
    put(root, "relationships", ties);

    QJsonArray homes;
    for (const Placement &p : c.placements) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), p.id);
        put(o, "placeName", p.placeName);
        o.insert(QStringLiteral("type"), int(p.type));
        put(o, "from", date(p.from));
        put(o, "to", date(p.to));
        put(o, "carers", ids(p.carerIds));
        put(o, "school", p.school);
        put(o, "address", p.address);
        put(o, "schoolAddress", p.schoolAddress);
        put(o, "cameReasonChildsWords", p.cameReasonChildsWords);
        put(o, "cameReasonRecord", p.cameReasonRecord);
        put(o, "leftReasonChildsWords", p.leftReasonChildsWords);
        put(o, "leftReasonRecord", p.leftReasonRecord);
        putFlag(o, "private", p.isPrivate);
        homes.append(o);
    }
    put(root, "homes", homes);

    QJsonArray memories;
    for (const Memory &m : c.memories) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), m.id);
        put(o, "title", m.title);
        put(o, "date", date(m.date));
        put(o, "childsWords", m.childsWords);
        put(o, "feelings", numbers(m.feelings));
        put(o, "people", ids(m.peopleIds));
        putId(o, "home", m.placementId);
        put(o, "media", ids(m.mediaIds));
        putId(o, "recording", m.recordingId);
        putFlag(o, "private", m.isPrivate);
        memories.append(o);
    }
    put(root, "memories", memories);

    QJsonArray media;
    for (const Media &m : c.media) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), m.id);
        o.insert(QStringLiteral("file"), mediaFileName(m));
        o.insert(QStringLiteral("mimeType"), m.mimeType);
        o.insert(QStringLiteral("width"), m.width);
        o.insert(QStringLiteral("height"), m.height);
        put(o, "takenOn", date(m.takenOn));
        put(o, "caption", m.caption);
        put(o, "originalName", m.originalName);
        put(o, "addedAt",
            m.addedAt.isValid() ? QJsonValue(m.addedAt.toUTC().toString(Qt::ISODateWithMs))
                                : QJsonValue());
        putFlag(o, "private", m.isPrivate);
        if (m.isRecording())
            o.insert(QStringLiteral("durationMs"), m.durationMs);
        media.append(o);
    }
    put(root, "media", media);

    QJsonArray events;
    for (const Event &e : c.events) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), e.id);
        o.insert(QStringLiteral("type"), int(e.type));
        put(o, "date", date(e.date));
        put(o, "title", e.title);
        put(o, "details", e.details);
        put(o, "outcome", e.outcome);
        put(o, "source", e.source);
        put(o, "impactOnChild", e.impactOnChild);
        put(o, "people", ids(e.peopleIds));
        putFlag(o, "private", e.isPrivate);
        events.append(o);
    }
    put(root, "events", events);

    QJsonArray positions;
    for (auto it = c.ecomapPositions.cbegin(); it != c.ecomapPositions.cend(); ++it) {
        QJsonObject o;
        o.insert(QStringLiteral("person"), it.key());
        // Hundredths of a point are far finer than anyone places a card: no 1.16e-14.
        o.insert(QStringLiteral("x"), qRound(it.value().x() * 100) / 100.0);
        o.insert(QStringLiteral("y"), qRound(it.value().y() * 100) / 100.0);
        positions.append(o);
    }
    put(root, "mapPositions", positions);
    putFamily(root, c.family);

    QJsonArray groups;
    for (const EcomapGroup &g : c.groups) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), g.id);
        put(o, "name", g.name);
        put(o, "members", ids(g.memberIds));
        groups.append(o);
    }
    put(root, "groups", groups);

    QJsonArray voice;
    for (const VoiceEntry &v : c.voice) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), v.id);
        put(o, "date", date(v.date));
        put(o, "prompt", v.prompt);
        put(o, "words", v.words);
        o.insert(QStringLiteral("given"), int(v.given));
        putId(o, "saidTo", v.saidToId);
        putId(o, "writtenBy", v.writtenById);
        put(o, "present", ids(v.presentIds));
        o.insert(QStringLiteral("topic"), int(v.topic));
        put(o, "feelings", numbers(v.feelings));
        o.insert(QStringLiteral("readBack"), int(v.readBack));
        put(o, "readBackOn", day(v.readBackOn));
        o.insert(QStringLiteral("audiences"), int(v.audiences));
        putFlag(o, "migrated", v.migrated);
        putId(o, "answeredByEvent", v.answeredByEventId);
        put(o, "answer", v.answer);
        o.insert(QStringLiteral("outcome"), int(v.outcome));
        put(o, "whyNot", v.whyNot);
        putFlag(o, "toldToChild", v.toldToChild);
        put(o, "toldOn", day(v.toldOn));
        putId(o, "recording", v.recordingId);
        putFlag(o, "declined", v.declined);
        if (v.worrySize > 0)
            o.insert(QStringLiteral("worrySize"), v.worrySize);
        voice.append(o);
    }
    put(root, "childSaid", voice);

    QJsonArray childMaps;
    for (const ChildMap &m : c.childMaps) {
        QJsonObject o;
        o.insert(QStringLiteral("seenOn"), m.seenOn.toString(Qt::ISODate));
        QJsonArray places;
        for (const ChildMapPlace &p : m.places) {
            QJsonObject po;
            po.insert(QStringLiteral("person"), p.personId);
            po.insert(QStringLiteral("ring"), int(p.ring));
            po.insert(QStringLiteral("angle"), qRound(p.angle * 10) / 10.0);
            if (p.feeling)
                po.insert(QStringLiteral("feeling"), int(*p.feeling));
            places.append(po);
        }
        put(o, "places", places);
        childMaps.append(o);
    }
    put(root, "childMaps", childMaps);

    QJsonArray plans;
    for (const MovePlan &p : c.movePlans) {
        QJsonObject o;
        o.insert(QStringLiteral("home"), p.placementId);
        o.insert(QStringLiteral("planning"), int(p.planning));
        put(o, "notice", p.notice);
        QJsonArray keep;
        for (const KeepInTouch &k : p.keep) {
            QJsonObject ko;
            ko.insert(QStringLiteral("person"), k.personId);
            ko.insert(QStringLiteral("plan"), int(k.plan));
            ko.insert(QStringLiteral("often"), int(k.often));
            ko.insert(QStringLiteral("ways"), int(k.ways));
            put(ko, "arrangedBy", k.arrangedBy);
            put(ko, "why", k.why);
            keep.append(ko);
        }
        put(o, "keepInTouch", keep);
        plans.append(o);
    }
    put(root, "movePlans", plans);

    if (c.letter) {
        const LaterLifeLetter &l = *c.letter;
        QJsonObject o;
        put(o, "to", l.to);
        put(o, "author", l.author);
        put(o, "authorRole", l.authorRole);
        put(o, "written", day(l.written));
        o.insert(QStringLiteral("care"), int(l.care));
        putFlag(o, "easyRead", l.easyRead);
        QJsonArray sections;
        for (const LetterSection &s : l.sections) {
            if (s.markdown.isEmpty())
                continue;
            QJsonObject so;
            so.insert(QStringLiteral("kind"), int(s.kind));
            so.insert(QStringLiteral("markdown"), s.markdown);
            putFlag(so, "draft", s.draft);
            sections.append(so);
        }
        put(o, "sections", sections);
        QJsonArray permissions;
        for (const LetterPermission &p : l.permissions) {
            QJsonObject po;
            po.insert(QStringLiteral("person"), p.personId);
            po.insert(QStringLiteral("name"), p.name);
            po.insert(QStringLiteral("status"), int(p.status));
            permissions.append(po);
        }
        put(o, "permissions", permissions);
        root.insert(QStringLiteral("letter"), o);
    }
    return root;
}

CaseJson::Parsed CaseJson::fromJson(const QJsonObject &json)
{
    Parsed out;
    QString &error = out.error;
    if (json.value(QStringLiteral("format")).toString() != format()) {
        out.notACase = true;
        error = tr("This is not a life story exported from Belonging.");
        return out;
    }
    const QJsonValue version = json.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toInt() < 1) {
        out.notACase = true;
        error = tr("This is not a life story exported from Belonging.");
        return out;
    }
    if (version.toInt() > kVersion) {
        out.newerVersion = true;
        error = tr("This story was exported by a newer version of Belonging. Update Belonging "
                   "to bring it in.");
        return out;
    }
    CaseContent &c = out.content;
    Reader root(json, QStringLiteral("case"), &error);

    Reader child(root.object("child"), QStringLiteral("child"), &error);
    c.child.fullName = child.text("fullName");
    c.child.knownAs = child.text("knownAs");
    c.child.born = child.date("born");
    c.child.pronouns = child.text("pronouns");
    c.child.allAboutMe = child.text("allAboutMe");
    c.child.photoId = child.id("photo");
    c.child.gender = child.choice("gender", Person::kGenderCount, Person::Gender::NotKnown);
    c.child.genderWords = child.text("genderWords");

    QSet<ItemId> mediaIds, personIds, homeIds, eventIds;
    // Every record's id is unique in its list; a repeated one would link to two things.
    const auto unique = [&](QSet<ItemId> &seen, ItemId id, const QString &where) {
        if (id == kNoId || seen.contains(id)) {
            if (error.isEmpty())
                error = tr("The story's file has two records with the same id in “%1”.").arg(where);
            return false;
        }
        seen.insert(id);
        return true;
    };

    for (const QJsonObject &o : objects(root.array("media"), QStringLiteral("media"), &error)) {
        Reader r(o, QStringLiteral("media"), &error);
        Media m;
        m.id = r.requiredId("id");
        unique(mediaIds, m.id, QStringLiteral("media"));
        m.mimeType = r.text("mimeType");
        if (m.mimeType != QLatin1String("image/jpeg") && m.mimeType != QLatin1String("image/png") &&
            !m.isRecording() && error.isEmpty())
            error = tr("The story's file has a picture of a kind Belonging does not keep.");
        m.width = int(r.integer("width", 0, 100000));
        m.height = int(r.integer("height", 0, 100000));
        m.takenOn = r.date("takenOn");
        m.caption = r.text("caption");
        m.originalName = r.text("originalName");
        m.addedAt = r.moment("addedAt");
        m.isPrivate = r.flag("private");
        m.durationMs = int(r.integer("durationMs", 0, qint64(OpusClip::kMaxSeconds) * 1000));
        if (m.isRecording() && m.mimeType != OpusClip::mimeType() && error.isEmpty())
            error = tr("The story's file has a recording of a kind Belonging does not keep.");
        const QString file = r.text("file");
        if (file != mediaFileName(m) && error.isEmpty())
            error = tr("The story's file names a picture that is not where it should be.");
        out.mediaFiles << file;
        c.media << m;
    }
    for (const QJsonObject &o : objects(root.array("people"), QStringLiteral("people"), &error)) {
        Reader r(o, QStringLiteral("people"), &error);
        Person p;
        p.id = r.requiredId("id");
        unique(personIds, p.id, QStringLiteral("people"));
        p.fullName = r.text("fullName");
        p.knownAs = r.text("knownAs");
        p.role = r.choice("role", Person::kRoleCount, Person::Role::Other);
        p.roleDetail = r.text("roleDetail");
        p.photoId = r.id("photo");
        p.notes = r.text("notes");
        p.childsWords = r.text("childsWords");
        p.address = r.text("address");
        p.phone = r.text("phone");
        p.isPrivate = r.flag("private");
        p.gender = r.choice("gender", Person::kGenderCount, Person::Gender::NotKnown);
        p.genderWords = r.text("genderWords");
        p.born = r.date("born");
        p.died = r.date("died");
        p.deceased = r.flag("deceased");
        c.people << p;
    }
    QSet<ItemId> tieIds;
    for (const QJsonObject &o :
         objects(root.array("relationships"), QStringLiteral("relationships"), &error)) {
        Reader r(o, QStringLiteral("relationships"), &error);
        Relationship t;
        t.id = r.requiredId("id");
        unique(tieIds, t.id, QStringLiteral("relationships"));
        t.personA = r.id("personA");
        t.personB = r.requiredId("personB");
        t.kind = r.choice("kind", Relationship::kKindCount, Relationship::Kind::Ordinary);
        t.direction = r.choice("direction", 4, Relationship::Direction::None);
        t.contact = r.choice("contact", Relationship::kContactCount, Relationship::Contact::NotSet);
        t.contactNote = r.text("contactNote");
        t.nextContact = r.day("nextContact");
        t.from = r.date("from");
        t.to = r.date("to");
        t.notes = r.text("notes");
        t.isPrivate = r.flag("private");
        c.relationships << t;
    }
    for (const QJsonObject &o : objects(root.array("homes"), QStringLiteral("homes"), &error)) {
        Reader r(o, QStringLiteral("homes"), &error);
        Placement p;
        p.id = r.requiredId("id");
        unique(homeIds, p.id, QStringLiteral("homes"));
        p.placeName = r.text("placeName");
        p.type = r.choice("type", Placement::kTypeCount, Placement::Type::Other);
        p.from = r.date("from");
        p.to = r.date("to");
        p.carerIds = r.idList("carers");
        p.school = r.text("school");
        p.address = r.text("address");
        p.schoolAddress = r.text("schoolAddress");
        p.cameReasonChildsWords = r.text("cameReasonChildsWords");
        p.cameReasonRecord = r.text("cameReasonRecord");
        p.leftReasonChildsWords = r.text("leftReasonChildsWords");
        p.leftReasonRecord = r.text("leftReasonRecord");
        p.isPrivate = r.flag("private");
        c.placements << p;
    }
    QSet<ItemId> memoryIds;
    for (const QJsonObject &o :
         objects(root.array("memories"), QStringLiteral("memories"), &error)) {
        Reader r(o, QStringLiteral("memories"), &error);
        Memory m;
        m.id = r.requiredId("id");
        unique(memoryIds, m.id, QStringLiteral("memories"));
        m.title = r.text("title");
        m.date = r.date("date");
        m.childsWords = r.text("childsWords");
        m.feelings = r.choices<Memory::Feeling>("feelings", Memory::kFeelingCount);
        m.peopleIds = r.idList("people");
        m.placementId = r.id("home");
        m.mediaIds = r.idList("media");
        m.recordingId = r.id("recording");
        m.isPrivate = r.flag("private");
        c.memories << m;
    }
    for (const QJsonObject &o : objects(root.array("events"), QStringLiteral("events"), &error)) {
        Reader r(o, QStringLiteral("events"), &error);
        Event e;
        e.id = r.requiredId("id");
        unique(eventIds, e.id, QStringLiteral("events"));
        e.type = r.choice("type", Event::kTypeCount, Event::Type::Other);
        e.date = r.date("date");
        e.title = r.text("title");
        e.details = r.text("details");
        e.outcome = r.text("outcome");
        e.source = r.text("source");
        e.impactOnChild = r.text("impactOnChild");
        e.peopleIds = r.idList("people");
        e.isPrivate = r.flag("private");
        c.events << e;
    }
    for (const QJsonObject &o :
         objects(root.array("mapPositions"), QStringLiteral("mapPositions"), &error)) {
        Reader r(o, QStringLiteral("mapPositions"), &error);
        const ItemId person = r.requiredId("person");
        const QJsonValue x = o.value(QStringLiteral("x"));
        const QJsonValue y = o.value(QStringLiteral("y"));
        if ((!x.isDouble() || !y.isDouble() || qAbs(x.toDouble()) > 1e6 ||
             qAbs(y.toDouble()) > 1e6) &&
            error.isEmpty())
            error = tr("The story's file has a value it cannot use (%1, “%2”).")
                        .arg(QStringLiteral("mapPositions"), QStringLiteral("x"));
        c.ecomapPositions.insert(person, QPointF(x.toDouble(), y.toDouble()));
    }
    readFamily(root, c.family, error);
    QSet<ItemId> groupIds;
    for (const QJsonObject &o : objects(root.array("groups"), QStringLiteral("groups"), &error)) {
        Reader r(o, QStringLiteral("groups"), &error);
        EcomapGroup g;
        g.id = r.requiredId("id");
        unique(groupIds, g.id, QStringLiteral("groups"));
        g.name = r.text("name");
        g.memberIds = r.idList("members");
        c.groups << g;
    }
    QSet<ItemId> voiceIds;
    for (const QJsonObject &o :
         objects(root.array("childSaid"), QStringLiteral("childSaid"), &error)) {
        Reader r(o, QStringLiteral("childSaid"), &error);
        VoiceEntry v;
        v.id = r.requiredId("id");
        unique(voiceIds, v.id, QStringLiteral("childSaid"));
        v.date = r.date("date");
        v.prompt = r.text("prompt");
        v.words = r.text("words");
        v.given = r.choice("given", VoiceEntry::kGivenCount, VoiceEntry::Given::NotRecorded);
        v.saidToId = r.id("saidTo");
        v.writtenById = r.id("writtenBy");
        v.presentIds = r.idList("present");
        v.topic = r.choice("topic", VoiceEntry::kTopicCount, VoiceEntry::Topic::NotChosen);
        v.feelings = r.choices<Memory::Feeling>("feelings", Memory::kFeelingCount);
        v.readBack = r.choice("readBack", 3, VoiceEntry::ReadBack::NotYet);
        v.readBackOn = r.day("readBackOn");
        v.audiences = quint8(r.integer("audiences", 0, VoiceEntry::kAllAudiences));
        v.migrated = r.flag("migrated");
        v.answeredByEventId = r.id("answeredByEvent");
        v.answer = r.text("answer");
        v.outcome = r.choice("outcome", 4, VoiceEntry::Outcome::NotAnswered);
        v.whyNot = r.text("whyNot");
        v.toldToChild = r.flag("toldToChild");
        v.toldOn = r.day("toldOn");
        v.recordingId = r.id("recording");
        v.declined = r.flag("declined");
        v.worrySize = int(r.integer("worrySize", 0, VoiceEntry::kWorrySizes));
        c.voice << v;
    }
    QSet<QDate> mapDays;
    for (const QJsonObject &o :
         objects(root.array("childMaps"), QStringLiteral("childMaps"), &error)) {
        Reader r(o, QStringLiteral("childMaps"), &error);
        ChildMap m;
        m.seenOn = r.day("seenOn");
        if ((!m.seenOn.isValid() || mapDays.contains(m.seenOn)) && error.isEmpty())
            error = tr("The story's file has a value it cannot use (%1, “%2”).")
                        .arg(QStringLiteral("childMaps"), QStringLiteral("seenOn"));
        mapDays.insert(m.seenOn);
        QSet<ItemId> placed;
        for (const QJsonObject &po :
             objects(r.array("places"), QStringLiteral("childMaps"), &error)) {
            Reader p(po, QStringLiteral("childMaps"), &error);
            ChildMapPlace place;
            place.personId = p.requiredId("person");
            unique(placed, place.personId, QStringLiteral("childMaps"));
            place.ring = p.choice("ring", ChildMapPlace::kRingCount, ChildMapPlace::Ring::Middle);
            const QJsonValue angle = po.value(QStringLiteral("angle"));
            if (angle.isDouble() && qAbs(angle.toDouble()) <= 360)
                place.angle = angle.toDouble();
            else if (!angle.isUndefined() && error.isEmpty())
                error = tr("The story's file has a value it cannot use (%1, “%2”).")
                            .arg(QStringLiteral("childMaps"), QStringLiteral("angle"));
            if (po.contains(QStringLiteral("feeling")))
                place.feeling = p.choice("feeling", Memory::kFeelingCount, Memory::Feeling::Happy);
            m.places << place;
        }
        c.childMaps << m;
    }
    QSet<ItemId> plannedHomes;
    for (const QJsonObject &o :
         objects(root.array("movePlans"), QStringLiteral("movePlans"), &error)) {
        Reader r(o, QStringLiteral("movePlans"), &error);
        MovePlan p;
        p.placementId = r.requiredId("home");
        unique(plannedHomes, p.placementId, QStringLiteral("movePlans"));
        p.planning =
            r.choice("planning", MovePlan::kPlanningCount, MovePlan::Planning::NotRecorded);
        p.notice = r.text("notice");
        QSet<ItemId> keptPeople;
        for (const QJsonObject &ko :
             objects(r.array("keepInTouch"), QStringLiteral("keepInTouch"), &error)) {
            Reader k(ko, QStringLiteral("keepInTouch"), &error);
            KeepInTouch keep;
            keep.personId = k.requiredId("person");
            unique(keptPeople, keep.personId, QStringLiteral("keepInTouch"));
            keep.plan = k.choice("plan", KeepInTouch::kPlanCount, KeepInTouch::Plan::NotDecided);
            keep.often =
                k.choice("often", Relationship::kContactCount, Relationship::Contact::NotSet);
            keep.ways = quint8(k.integer("ways", 0, KeepInTouch::kAllWays));
            keep.arrangedBy = k.text("arrangedBy");
            keep.why = k.text("why");
            p.keep << keep;
        }
        c.movePlans << p;
    }
    if (json.contains(QStringLiteral("letter"))) {
        Reader r(root.object("letter"), QStringLiteral("letter"), &error);
        LaterLifeLetter l;
        l.to = r.text("to");
        l.author = r.text("author");
        l.authorRole = r.text("authorRole");
        l.written = r.day("written");
        l.care = r.choice("care", LaterLifeLetter::kCareCount, LaterLifeLetter::Care::NotChosen);
        l.easyRead = r.flag("easyRead");
        QSet<ItemId> kinds;
        for (const QJsonObject &so :
             objects(r.array("sections"), QStringLiteral("letter"), &error)) {
            Reader s(so, QStringLiteral("letter"), &error);
            LetterSection section;
            section.kind = s.choice("kind", LetterSection::kKindCount, LetterSection::Kind::Birth);
            unique(kinds, int(section.kind) + 1, QStringLiteral("letter"));
            section.markdown = s.text("markdown");
            section.draft = s.flag("draft");
            l.setSection(section);
        }
        QSet<ItemId> named;
        for (const QJsonObject &po :
             objects(r.array("permissions"), QStringLiteral("letter"), &error)) {
            Reader p(po, QStringLiteral("letter"), &error);
            LetterPermission permission;
            permission.personId = p.requiredId("person");
            unique(named, permission.personId, QStringLiteral("letter"));
            permission.name = p.text("name");
            permission.status = p.choice("status", LetterPermission::kStatusCount,
                                         LetterPermission::Status::NotAsked);
            l.permissions << permission;
        }
        c.letter = l.normalised(); // one part of each kind, as the case keeps it
    }
    if (!error.isEmpty())
        return out;

    // Every link must point at a record that is in the file.
    bool broken = false;
    const auto check = [&](const QSet<ItemId> &set, ItemId id, bool optional = true) {
        if ((id == kNoId && optional) || set.contains(id))
            return;
        broken = true;
    };
    const auto checkAll = [&](const QSet<ItemId> &set, const QList<ItemId> &list) {
        for (ItemId id : list)
            check(set, id, false);
    };
    check(mediaIds, c.child.photoId);
    for (const Person &p : std::as_const(c.people))
        check(mediaIds, p.photoId);
    for (const Relationship &t : std::as_const(c.relationships)) {
        check(personIds, t.personA);
        check(personIds, t.personB, false);
    }
    for (const Placement &p : std::as_const(c.placements))
        checkAll(personIds, p.carerIds);
    for (const Memory &m : std::as_const(c.memories)) {
        checkAll(personIds, m.peopleIds);
        checkAll(mediaIds, m.mediaIds);
        check(mediaIds, m.recordingId);
        check(homeIds, m.placementId);
    }
    for (const Event &e : std::as_const(c.events))
        checkAll(personIds, e.peopleIds);
    for (auto it = c.ecomapPositions.cbegin(); it != c.ecomapPositions.cend(); ++it)
        check(personIds, it.key(), false);
    for (const EcomapGroup &g : std::as_const(c.groups))
        checkAll(personIds, g.memberIds);
    for (const VoiceEntry &v : std::as_const(c.voice)) {
        check(personIds, v.saidToId);
        check(personIds, v.writtenById);
        checkAll(personIds, v.presentIds);
        check(eventIds, v.answeredByEventId);
        check(mediaIds, v.recordingId);
    }
    for (const ChildMap &m : std::as_const(c.childMaps)) {
        for (const ChildMapPlace &p : m.places)
            check(personIds, p.personId, false);
    }
    for (const MovePlan &p : std::as_const(c.movePlans)) {
        check(homeIds, p.placementId, false);
        for (const KeepInTouch &k : p.keep)
            check(personIds, k.personId, false);
    }
    for (const ParentLink &l : std::as_const(c.family.parents)) {
        check(personIds, l.child);
        check(personIds, l.parent, false);
    }
    for (const Partnership &p : std::as_const(c.family.partnerships)) {
        check(personIds, p.personA);
        check(personIds, p.personB, false);
    }
    for (const Twins &t : std::as_const(c.family.twins)) {
        check(personIds, t.personA);
        check(personIds, t.personB, false);
    }
    for (const LostPregnancy &l : std::as_const(c.family.losses)) {
        check(personIds, l.mother, false);
        check(personIds, l.father);
    }
    for (auto it = c.family.nudges.cbegin(); it != c.family.nudges.cend(); ++it)
        check(personIds, it.key());
    if (broken)
        error = tr("The story's file links to something that is not in it. It may be damaged.");
    return out;
}
