// SPDX-License-Identifier: GPL-3.0-or-later
#include "democase.h"

#include "letterdrafter.h"

#include <QBuffer>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QRandomGenerator>

#include <cmath>

namespace {

using Role = Person::Role;
using Kind = Relationship::Kind;
using Dir = Relationship::Direction;
using Contact = Relationship::Contact;

QByteArray encode(const QImage &image, const char *format, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, quality);
    return bytes;
}

ItemId addPerson(CaseContent &c, const QString &fullName, const QString &knownAs, Role role,
                 const QString &detail = {})
{
    Person p;
    p.id = ItemId(c.people.size() + 1);
    p.fullName = fullName;
    p.knownAs = knownAs;
    p.role = role;
    p.roleDetail = detail;
    c.people << p;
    return p.id;
}

Person &person(CaseContent &c, ItemId id)
{
    return c.people[qsizetype(id - 1)];
}

void relate(CaseContent &c, ItemId a, ItemId b, Kind kind, Dir dir, Contact contact,
            const FuzzyDate &from = {}, const FuzzyDate &to = {}, const QString &note = {})
{
    Relationship r;
    r.id = ItemId(c.relationships.size() + 1);
    r.personA = a;
    r.personB = b;
    r.kind = kind;
    r.direction = dir;
    r.contact = contact;
    r.from = from;
    r.to = to;
    r.contactNote = note;
    c.relationships << r;
}

ItemId addMedia(CaseContent &c, int theme, const QString &caption, const FuzzyDate &taken)
{
    Media m;
    m.id = ItemId(c.media.size() + 1);
    m.mimeType = QStringLiteral("image/jpeg");
    m.data = DemoCase::drawPicture(theme, QSize(800, 600), caption);
    m.thumbnail = DemoCase::thumbnailOf(m.data);
    m.width = 800;
    m.height = 600;
    m.takenOn = taken;
    m.caption = caption;
    m.addedAt = QDateTime(DemoCase::referenceDate(), QTime(12, 0), Qt::UTC);
    c.media << m;
    return m.id;
}

FuzzyDate::Point yearPoint(int y)
{
    return FuzzyDate::year(y).first();
}

ParentLink parentLink(ItemId child, ItemId parent, ParentLink::Kind kind = ParentLink::Kind::Birth,
                      const FuzzyDate &from = {})
{
    ParentLink l;
    l.child = child;
    l.parent = parent;
    l.kind = kind;
    l.from = from;
    return l;
}

// Maisie's family: Mum and Dad separated; Tyler her big brother; Ruby, adopted by another family;
// Nana (Mum's mum) and Grandad, who died; Mum's new partner.
void addFamily(CaseContent &c, ItemId mum, ItemId dad, ItemId tyler, ItemId ruby, ItemId nana)
{
    using G = Person::Gender;
    c.child.gender = G::Female;
    const auto set = [&](ItemId id, G gender, const FuzzyDate &born) {
        person(c, id).gender = gender;
        person(c, id).born = born;
    };
    set(mum, G::Female, FuzzyDate::year(1991));
    set(dad, G::Male, FuzzyDate::about(yearPoint(1988)));
    set(tyler, G::Male, FuzzyDate::day(2012, 3, 3));
    set(ruby, G::Female, FuzzyDate::month(2019, 1));
    set(nana, G::Female, FuzzyDate::year(1964));
    const ItemId grandad = addPerson(c, QStringLiteral("David Jones"), DemoCase::tr("Grandad"),
                                     Role::Grandparent, DemoCase::tr("Mum's dad"));
    person(c, grandad).gender = G::Male;
    person(c, grandad).born = FuzzyDate::year(1960);
    person(c, grandad).died = FuzzyDate::month(2018, 11);
    person(c, grandad).deceased = true;
    const ItemId dean = addPerson(c, QStringLiteral("Dean Walsh"), QStringLiteral("Dean"),
                                  Role::OtherRelative, DemoCase::tr("Mum's partner"));
    person(c, dean).gender = G::Male;
    // Ruby's adopters: named in the worker's record, never in a copy for the birth family.
    const ItemId claire = addPerson(c, QStringLiteral("Claire Hughes"), QString(), Role::Other,
                                    DemoCase::tr("Ruby's adoptive mum"));
    const ItemId mark = addPerson(c, QStringLiteral("Mark Hughes"), QString(), Role::Other,
                                  DemoCase::tr("Ruby's adoptive dad"));
    for (ItemId id : {claire, mark})
        person(c, id).isPrivate = true;
    person(c, claire).gender = G::Female;
    person(c, mark).gender = G::Male;

    Family &f = c.family;
    const auto couple = [&](ItemId a, ItemId b, Partnership::Kind kind, const FuzzyDate &from,
                            Partnership::Ending ending = Partnership::Ending::Together,
                            const FuzzyDate &to = {}) {
        Partnership p;
        p.id = ItemId(f.partnerships.size() + 1);
        p.personA = a;
        p.personB = b;
        p.kind = kind;
        p.from = from;
        p.ending = ending;
        p.to = to;
        f.partnerships << p;
    };
    couple(grandad, nana, Partnership::Kind::Married, FuzzyDate::year(1986),
           Partnership::Ending::Death, FuzzyDate::month(2018, 11));
    couple(dad, mum, Partnership::Kind::Cohabiting, FuzzyDate::year(2011),
           Partnership::Ending::Separated, FuzzyDate::about(yearPoint(2019)));
    couple(mum, dean, Partnership::Kind::Cohabiting, FuzzyDate::year(2021));
    couple(claire, mark, Partnership::Kind::Married, FuzzyDate::year(2010));
    const ParentLink links[] = {
        parentLink(mum, nana),
        parentLink(mum, grandad),
        parentLink(tyler, mum),
        parentLink(tyler, dad),
        parentLink(kChildId, mum),
        parentLink(kChildId, dad),
        parentLink(ruby, mum),
        parentLink(ruby, dad),
        parentLink(ruby, claire, ParentLink::Kind::Adoptive, FuzzyDate::month(2019, 9)),
        parentLink(ruby, mark, ParentLink::Kind::Adoptive, FuzzyDate::month(2019, 9)),
    };
    for (ParentLink l : links) {
        l.id = ItemId(f.parents.size() + 1);
        f.parents << l;
    }
}

} // namespace

QByteArray DemoCase::drawPicture(int theme, const QSize &size, const QString &caption)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal w = size.width();
    const qreal h = size.height();
    static const QColor skies[] = {QColor(0x8e, 0xc5, 0xfc), QColor(0xff, 0xd1, 0x94),
                                   QColor(0xb8, 0xe9, 0xd4), QColor(0xd7, 0xc4, 0xf2),
                                   QColor(0xff, 0xe7, 0xa3)};
    const QColor sky = skies[qAbs(theme) % 5];
    QLinearGradient g(0, 0, 0, h);
    g.setColorAt(0, sky.lighter(115));
    g.setColorAt(1, sky.darker(105));
    p.fillRect(image.rect(), g);
    // ground
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x7c, 0xc0, 0x6a));
    QPainterPath hill;
    hill.moveTo(0, h * 0.72);
    hill.cubicTo(w * 0.3, h * 0.62, w * 0.6, h * 0.82, w, h * 0.7);
    hill.lineTo(w, h);
    hill.lineTo(0, h);
    p.drawPath(hill);
    // sun
    p.setBrush(QColor(0xff, 0xc9, 0x3c));
    p.drawEllipse(QPointF(w * (0.15 + 0.07 * (theme % 4)), h * 0.18), w * 0.07, w * 0.07);

    switch (qAbs(theme) % 4) {
    case 0: { // a house
        p.setBrush(QColor(0xe8, 0x6f, 0x51));
        p.drawRect(QRectF(w * 0.55, h * 0.45, w * 0.25, h * 0.27));
        p.setBrush(QColor(0x6d, 0x3b, 0x2a));
        QPolygonF roof({QPointF(w * 0.52, h * 0.46), QPointF(w * 0.675, h * 0.30),
                        QPointF(w * 0.83, h * 0.46)});
        p.drawPolygon(roof);
        p.setBrush(QColor(0xff, 0xf3, 0xb0));
        p.drawRect(QRectF(w * 0.58, h * 0.50, w * 0.06, h * 0.07));
        p.drawRect(QRectF(w * 0.71, h * 0.50, w * 0.06, h * 0.07));
        p.setBrush(QColor(0x3d, 0x5a, 0x80));
        p.drawRect(QRectF(w * 0.655, h * 0.60, w * 0.045, h * 0.12));
        break;
    }
    case 1: { // a dog
        p.setBrush(QColor(0xc6, 0x8b, 0x59));
        p.drawEllipse(QRectF(w * 0.40, h * 0.55, w * 0.25, h * 0.14));
        p.drawEllipse(QRectF(w * 0.60, h * 0.45, w * 0.12, w * 0.11));
        p.setBrush(QColor(0x8a, 0x5a, 0x3b));
        p.drawEllipse(QRectF(w * 0.60, h * 0.46, w * 0.04, h * 0.10));
        for (qreal x : {0.43, 0.49, 0.56, 0.61})
            p.drawRect(QRectF(w * x, h * 0.65, w * 0.025, h * 0.09));
        p.setBrush(Qt::black);
        p.drawEllipse(QPointF(w * 0.685, h * 0.50), w * 0.008, w * 0.008);
        break;
    }
    case 2: { // a tree and a swing
        p.setBrush(QColor(0x7a, 0x4e, 0x2d));
        p.drawRect(QRectF(w * 0.62, h * 0.35, w * 0.04, h * 0.37));
        p.setBrush(QColor(0x3f, 0x8f, 0x4a));
        p.drawEllipse(QPointF(w * 0.64, h * 0.30), w * 0.16, h * 0.17);
        p.setPen(QPen(QColor(0x55, 0x55, 0x55), 3));
        p.drawLine(QPointF(w * 0.70, h * 0.38), QPointF(w * 0.70, h * 0.58));
        p.drawLine(QPointF(w * 0.78, h * 0.38), QPointF(w * 0.78, h * 0.58));
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xd6, 0x45, 0x45));
        p.drawRect(QRectF(w * 0.69, h * 0.58, w * 0.10, h * 0.025));
        break;
    }
    default: { // a birthday cake
        p.setBrush(QColor(0xf7, 0xb2, 0xc4));
        p.drawRoundedRect(QRectF(w * 0.38, h * 0.50, w * 0.26, h * 0.18), 8, 8);
        p.setBrush(QColor(0xff, 0xff, 0xff));
        p.drawRoundedRect(QRectF(w * 0.38, h * 0.48, w * 0.26, h * 0.05), 8, 8);
        for (int i = 0; i < 5; ++i) {
            const qreal x = w * (0.41 + 0.05 * i);
            p.setBrush(QColor(0x5b, 0x8d, 0xef));
            p.drawRect(QRectF(x, h * 0.40, w * 0.012, h * 0.08));
            p.setBrush(QColor(0xff, 0x9f, 0x1c));
            p.drawEllipse(QPointF(x + w * 0.006, h * 0.385), w * 0.008, h * 0.018);
        }
        break;
    }
    }
    if (!caption.isEmpty()) {
        QFont f = p.font();
        f.setPixelSize(qMax(10, int(h / 16)));
        f.setBold(true);
        p.setFont(f);
        p.setPen(QColor(0x22, 0x22, 0x22));
        p.drawText(QRectF(0, h * 0.86, w, h * 0.12), Qt::AlignCenter, caption);
    }
    p.end();
    return encode(image, "JPEG", 85);
}

QByteArray DemoCase::thumbnailOf(const QByteArray &picture)
{
    const QImage image = QImage::fromData(picture);
    if (image.isNull())
        return {};
    return encode(image.scaled(QSize(256, 256), Qt::KeepAspectRatio, Qt::SmoothTransformation),
                  "JPEG", 80);
}

CaseContent DemoCase::build()
{
    CaseContent c;
    c.child.fullName = QStringLiteral("Maisie Rose Jones");
    c.child.knownAs = QStringLiteral("Maisie");
    c.child.born = FuzzyDate::day(QDate(2015, 5, 12));
    c.child.pronouns = tr("she/her");
    c.child.allAboutMe = tr("I am Maisie. I am 11. I love drawing, swimming and my dog Biscuit. "
                            "My favourite food is Nana's shepherd's pie.");

    const ItemId mum = addPerson(c, QStringLiteral("Kelly Jones"), tr("Mum"), Role::BirthMother);
    const ItemId dad = addPerson(c, QStringLiteral("Lee Turner"), tr("Dad"), Role::BirthFather);
    const ItemId tyler = addPerson(c, QStringLiteral("Tyler Jones"), QStringLiteral("Tyler"),
                                   Role::Sibling, tr("Big brother, 14"));
    const ItemId ruby = addPerson(c, QStringLiteral("Ruby Jones"), QStringLiteral("Ruby"),
                                  Role::Sibling, tr("Little sister, 4, adopted"));
    const ItemId nana = addPerson(c, QStringLiteral("Margaret Jones"), tr("Nana"),
                                  Role::KinshipCarer, tr("Mum's mum"));
    const ItemId sue =
        addPerson(c, QStringLiteral("Sue Baker"), QStringLiteral("Sue"), Role::FosterCarer);
    const ItemId lisa = addPerson(c, QStringLiteral("Lisa Carter"), QStringLiteral("Lisa"),
                                  Role::FosterCarer, tr("Emergency carer"));
    const ItemId helen = addPerson(c, QStringLiteral("Helen Price"), QStringLiteral("Helen"),
                                   Role::SocialWorker, tr("Social worker until 2023"));
    const ItemId tom =
        addPerson(c, QStringLiteral("Tom Okafor"), QStringLiteral("Tom"), Role::SocialWorker);
    const ItemId anita =
        addPerson(c, QStringLiteral("Anita Shah"), QStringLiteral("Anita"), Role::Iro);
    const ItemId evans = addPerson(c, QStringLiteral("Gareth Evans"), tr("Mr Evans"), Role::Teacher,
                                   tr("Year 6 teacher"));
    const ItemId jo = addPerson(c, QStringLiteral("Jo Fielding"), QStringLiteral("Jo"),
                                Role::Therapist, tr("Play therapist"));
    const ItemId lily =
        addPerson(c, QStringLiteral("Lily Morgan"), QStringLiteral("Lily"), Role::Friend);
    const ItemId biscuit =
        addPerson(c, QStringLiteral("Biscuit"), QStringLiteral("Biscuit"), Role::Pet, tr("Dog"));
    // Friends from the school near Sue's house, lost in the move at a day's notice.
    const ItemId amira = addPerson(c, QStringLiteral("Amira Khan"), QStringLiteral("Amira"),
                                   Role::Friend, tr("Best friend at Maesycoed Primary"));
    const ItemId chloe = addPerson(c, QStringLiteral("Chloe Davies"), QStringLiteral("Chloe"),
                                   Role::Friend, tr("Friend at Maesycoed Primary"));

    person(c, mum).childsWords = tr(
        "Mum gives the best hugs. Sometimes she is poorly and can't come, and that makes me sad.");
    person(c, nana).childsWords =
        tr("Nana is kind and funny and she always has biscuits. I feel safe at Nana's.");
    person(c, nana).address = QStringLiteral("14 Larch Close, Pontypridd CF37 1AB");
    person(c, nana).phone = QStringLiteral("01443 000 111");
    person(c, tyler).childsWords = tr("Tyler is my big brother. We play football when we see "
                                      "each other. I miss him.");
    person(c, ruby).childsWords = tr("Ruby is my little sister. She lives with her new family. "
                                     "I send her a letter and a drawing every year.");
    person(c, biscuit).childsWords = tr("Biscuit is the best dog in the world.");
    person(c, sue).address = QStringLiteral("3 Mill Lane, Treforest CF37 2XY");
    person(c, tom).phone = QStringLiteral("01443 000 222");
    person(c, dad).notes = tr("Whereabouts not known since 2019.");
    person(c, jo).isPrivate = true;
    addFamily(c, mum, dad, tyler, ruby, nana);

    using S = FuzzyDate::Season;
    relate(c, kChildId, mum, Kind::Stressful, Dir::Both, Contact::Monthly, {}, {},
           tr("Supervised, at the family centre"));
    relate(c, kChildId, dad, Kind::Broken, Dir::None, Contact::None, {},
           FuzzyDate::about(yearPoint(2019)));
    relate(c, kChildId, tyler, Kind::Strong, Dir::Both, Contact::Monthly, {}, {},
           tr("Day trips and school holidays"));
    relate(c, kChildId, ruby, Kind::Tenuous, Dir::AToB, Contact::Letterbox,
           FuzzyDate::day(2019, 9, 2), {}, tr("One letter a year, through the adoption team"));
    relate(c, kChildId, nana, Kind::Strong, Dir::Both, Contact::LivesTogether);
    relate(c, kChildId, sue, Kind::Ordinary, Dir::BToA, Contact::None, FuzzyDate::day(2020, 2, 14),
           FuzzyDate::day(2022, 1, 20));
    relate(c, kChildId, lisa, Kind::Tenuous, Dir::BToA, Contact::None, FuzzyDate::day(2022, 1, 20),
           FuzzyDate::month(2022, 8));
    relate(c, kChildId, helen, Kind::Ordinary, Dir::BToA, Contact::None,
           FuzzyDate::day(2020, 2, 10), FuzzyDate::month(2023, 4));
    relate(c, kChildId, tom, Kind::Ordinary, Dir::BToA, Contact::Monthly,
           FuzzyDate::month(2023, 4));
    relate(c, kChildId, anita, Kind::Ordinary, Dir::BToA, Contact::FewTimesAYear,
           FuzzyDate::month(2020, 5));
    relate(c, kChildId, evans, Kind::Strong, Dir::BToA, Contact::Daily,
           FuzzyDate::season(2022, S::Autumn));
    relate(c, kChildId, jo, Kind::Ordinary, Dir::BToA, Contact::Weekly, FuzzyDate::month(2024, 1));
    relate(c, kChildId, lily, Kind::Strong, Dir::Both, Contact::Daily,
           FuzzyDate::season(2022, S::Autumn));
    relate(c, kChildId, biscuit, Kind::Strong, Dir::Both, Contact::LivesTogether,
           FuzzyDate::month(2022, 8));
    relate(c, kChildId, amira, Kind::Strong, Dir::Both, Contact::Daily,
           FuzzyDate::season(2020, S::Autumn), FuzzyDate::day(2022, 1, 20));
    relate(c, kChildId, chloe, Kind::Ordinary, Dir::Both, Contact::Daily,
           FuzzyDate::season(2020, S::Autumn), FuzzyDate::month(2022, 1));
    relate(c, tyler, ruby, Kind::Tenuous, Dir::None, Contact::Letterbox,
           FuzzyDate::day(2019, 9, 2));
    relate(c, nana, mum, Kind::Stressful, Dir::Both, Contact::Monthly);
    c.relationships.last().isPrivate = true;
    c.relationships[0].nextContact = QDate(2026, 11, 28);
    c.relationships[2].nextContact = QDate(2026, 12, 20);

    auto addPlacement = [&c](Placement::Type type, const QString &name, const FuzzyDate &from,
                             const FuzzyDate &to, QList<ItemId> carers) -> Placement & {
        Placement p;
        p.id = ItemId(c.placements.size() + 1);
        p.type = type;
        p.placeName = name;
        p.from = from;
        p.to = to;
        p.carerIds = std::move(carers);
        c.placements << p;
        return c.placements.last();
    };
    Placement &home = addPlacement(Placement::Type::LivingAtHome, tr("Living with Mum"),
                                   FuzzyDate::day(2015, 5, 12), FuzzyDate::day(2020, 2, 14), {mum});
    home.school = QStringLiteral("Maesycoed Primary");
    home.leftReasonChildsWords = tr("Mum was poorly and couldn't look after me and Tyler "
                                    "properly. It wasn't my fault.");
    home.leftReasonRecord = tr("Accommodated under s.76 following escalating neglect concerns "
                               "and maternal mental health crisis.");
    Placement &bakers =
        addPlacement(Placement::Type::Foster, tr("Sue's house"), FuzzyDate::day(2020, 2, 14),
                     FuzzyDate::day(2022, 1, 20), {sue});
    bakers.address = QStringLiteral("3 Mill Lane, Treforest CF37 2XY");
    bakers.cameReasonRecord = tr("Emergency foster placement; no placement could take Maisie "
                                 "and Tyler together.");
    bakers.school = QStringLiteral("Maesycoed Primary");
    bakers.leftReasonChildsWords =
        tr("Sue's husband got very ill and I had to move really quickly. I didn't get to say "
           "goodbye to my friends.");
    bakers.leftReasonRecord = tr("Placement ended at short notice (24 hours) due to carer's "
                                 "family illness; emergency placement identified.");
    Placement &lisas = addPlacement(Placement::Type::Foster, tr("Lisa's flat"),
                                    FuzzyDate::day(2022, 1, 20), FuzzyDate::month(2022, 8), {lisa});
    lisas.school = QStringLiteral("Maesycoed Primary");
    lisas.leftReasonChildsWords = tr("Nana got approved to look after me!");
    lisas.leftReasonRecord = tr("Planned move to connected person (maternal grandmother) "
                                "following positive kinship assessment.");
    Placement &nanas = addPlacement(Placement::Type::Kinship, tr("Nana's house"),
                                    FuzzyDate::month(2022, 8), {}, {nana});
    nanas.address = person(c, nana).address;
    nanas.cameReasonChildsWords = tr("I asked to live with Nana and she said yes.");
    nanas.school = QStringLiteral("Cefn Primary School");
    nanas.schoolAddress = QStringLiteral("Heol y Cefn, Pontypridd CF37 4ZZ");
    const ItemId nanasId = nanas.id;
    const ItemId lisasId = c.placements.at(2).id;
    // A move still to come, a few months from whenever the demo is opened: Nana is moving
    // nearer the hospital, and Maisie with her. Nothing is decided yet about Tyler.
    const QDate soon = QDate::currentDate().addMonths(4);
    Placement &bungalow = addPlacement(Placement::Type::Kinship, tr("Nana's new bungalow"),
                                       FuzzyDate::month(soon.year(), soon.month()), {}, {nana});
    bungalow.cameReasonRecord = tr("Planned move: carer relocating nearer hospital for health "
                                   "reasons; kinship placement continues.");
    bungalow.cameReasonChildsWords = tr("Nana needs to be near the hospital. I'm going too.");
    const ItemId bungalowId = bungalow.id;

    using P = KeepInTouch::Plan;
    auto keep = [](ItemId person, P plan, Contact often = Contact::NotSet, quint8 ways = 0,
                   const QString &by = {}, const QString &why = {}) {
        return KeepInTouch{person, plan, often, ways, by, why};
    };
    c.movePlans << MovePlan{lisasId,
                            MovePlan::Planning::Emergency,
                            tr("24 hours"),
                            {keep(tyler, P::NewArrangement, Contact::Weekly, KeepInTouch::Video,
                                  tr("Helen (social worker)")),
                             keep(sue, P::Ends, Contact::NotSet, 0, {},
                                  tr("Sue's family illness; no goodbye visit was arranged"))}};
    c.movePlans << MovePlan{
        nanasId,
        MovePlan::Planning::Planned,
        tr("Four weeks"),
        {keep(tyler, P::ContinuesAsNow),
         keep(lisa, P::Ends, Contact::NotSet, 0, {}, tr("Short-term emergency carer"))}};
    c.movePlans << MovePlan{
        bungalowId,
        MovePlan::Planning::Planned,
        tr("Three months"),
        {keep(nana, P::ContinuesAsNow), keep(biscuit, P::ContinuesAsNow),
         keep(ruby, P::ContinuesAsNow, Contact::NotSet, 0, tr("The adoption team")),
         keep(mum, P::NewArrangement, Contact::Monthly, KeepInTouch::Visits,
              tr("Tom (social worker)"), tr("Family time moves to the Cardiff family centre")),
         keep(lily, P::NewArrangement, Contact::Monthly,
              KeepInTouch::Visits | KeepInTouch::Messages, tr("Nana and Lily's mum")),
         keep(evans, P::Ends, Contact::NotSet, 0, {}, tr("New school after the move"))}};

    struct MemorySeed
    {
        const char *title;
        FuzzyDate date;
        const char *words;
        QList<Memory::Feeling> feelings;
        QList<ItemId> people;
        int theme;
    };
    using F = Memory::Feeling;
    const QList<MemorySeed> seeds = {
        {QT_TR_NOOP("My 4th birthday"),
         FuzzyDate::day(2019, 5, 12),
         QT_TR_NOOP("Mum made a pink cake with four candles."),
         {F::Happy},
         {mum, tyler},
         3},
        {QT_TR_NOOP("Feeding the ducks"),
         FuzzyDate::season(2018, S::Summer),
         QT_TR_NOOP("Tyler and me fed the ducks at the park. One duck chased me!"),
         {F::Happy, F::Excited},
         {tyler},
         2},
        {QT_TR_NOOP("When Ruby was born"),
         FuzzyDate::month(2019, 1),
         QT_TR_NOOP("She was really tiny and she grabbed my finger."),
         {F::Loved},
         {mum, ruby},
         0},
        {QT_TR_NOOP("First night at Sue's"),
         FuzzyDate::day(2020, 2, 14),
         QT_TR_NOOP("I was scared but Sue let me have the landing light on."),
         {F::Worried, F::Confused},
         {sue},
         0},
        {QT_TR_NOOP("Sue's garden"),
         FuzzyDate::season(2020, S::Summer),
         QT_TR_NOOP("There was a swing in the big tree."),
         {F::Calm},
         {sue},
         2},
        {QT_TR_NOOP("Video calls with Tyler"),
         FuzzyDate::about(FuzzyDate::month(2020, 4).first()),
         QT_TR_NOOP("We could only see each other on the tablet for ages."),
         {F::Sad},
         {tyler},
         0},
        {QT_TR_NOOP("My 5th birthday"),
         FuzzyDate::day(2020, 5, 12),
         QT_TR_NOOP("Sue made a cake and Helen brought a present."),
         {F::Happy},
         {sue, helen},
         3},
        {QT_TR_NOOP("Learning to swim"),
         FuzzyDate::season(2021, S::Spring),
         QT_TR_NOOP("I got my 10 metres badge!"),
         {F::Proud},
         {sue},
         2},
        {QT_TR_NOOP("Beach day with Tyler"),
         FuzzyDate::day(2021, 8, 3),
         QT_TR_NOOP("We built the biggest sandcastle ever."),
         {F::Happy, F::Excited},
         {tyler},
         2},
        {QT_TR_NOOP("Moving to Lisa's"),
         FuzzyDate::day(2022, 1, 20),
         QT_TR_NOOP("It all happened really fast."),
         {F::Sad, F::Confused},
         {lisa},
         0},
        {QT_TR_NOOP("Lisa's cat"),
         FuzzyDate::month(2022, 3),
         QT_TR_NOOP("Lisa had a grumpy cat called Pepper."),
         {F::Calm},
         {lisa},
         1},
        {QT_TR_NOOP("Moving to Nana's"),
         FuzzyDate::month(2022, 8),
         QT_TR_NOOP("Nana let me choose the colour for my bedroom. I picked purple."),
         {F::Happy, F::Loved},
         {nana},
         0},
        {QT_TR_NOOP("Meeting Biscuit"),
         FuzzyDate::month(2022, 8),
         QT_TR_NOOP("Biscuit licked my face and I laughed so much."),
         {F::Happy},
         {biscuit},
         1},
        {QT_TR_NOOP("New school"),
         FuzzyDate::day(2022, 9, 5),
         QT_TR_NOOP("I met Lily on my first day. She showed me where everything was."),
         {F::Worried, F::Happy},
         {lily},
         2},
        {QT_TR_NOOP("Christmas at Nana's"),
         FuzzyDate::day(2022, 12, 25),
         QT_TR_NOOP("Tyler came for the whole day. Best Christmas."),
         {F::Happy, F::Loved},
         {nana, tyler},
         0},
        {QT_TR_NOOP("Biscuit's walk in the snow"),
         FuzzyDate::season(2023, S::Winter),
         QT_TR_NOOP("Biscuit tried to eat the snow."),
         {F::Happy},
         {biscuit, nana},
         1},
        {QT_TR_NOOP("Star of the week"),
         FuzzyDate::about(FuzzyDate::month(2024, 3).first()),
         QT_TR_NOOP("Mr Evans gave me star of the week for my story about Biscuit."),
         {F::Proud},
         {evans},
         2},
        {QT_TR_NOOP("My 9th birthday"),
         FuzzyDate::day(2024, 5, 12),
         QT_TR_NOOP("Lily came for a sleepover."),
         {F::Happy, F::Excited},
         {lily, nana},
         3},
        {QT_TR_NOOP("Seeing Mum at the park"),
         FuzzyDate::month(2025, 6),
         QT_TR_NOOP("Mum was well and we had ice creams."),
         {F::Happy, F::Sad},
         {mum},
         2},
        {QT_TR_NOOP("My 11th birthday"),
         FuzzyDate::day(2026, 5, 12),
         QT_TR_NOOP("Tyler and Nana and Lily and Biscuit. Pizza and bowling!"),
         {F::Happy, F::Loved},
         {nana, tyler, lily, biscuit},
         3},
    };
    for (const MemorySeed &seed : seeds) {
        Memory m;
        m.id = ItemId(c.memories.size() + 1);
        m.title = tr(seed.title);
        m.date = seed.date;
        m.childsWords = tr(seed.words);
        m.feelings = seed.feelings;
        m.peopleIds = seed.people;
        m.mediaIds << addMedia(c, seed.theme, m.title, seed.date);
        c.memories << m;
    }
    c.memories[5].isPrivate = true;
    c.child.photoId = c.memories.last().mediaIds.first();

    auto addEvent = [&c](Event::Type type, const FuzzyDate &date, const QString &title,
                         const QString &details, const QString &source,
                         QList<ItemId> people) -> Event & {
        Event e;
        e.id = ItemId(c.events.size() + 1);
        e.type = type;
        e.date = date;
        e.title = title;
        e.details = details;
        e.source = source;
        e.peopleIds = std::move(people);
        c.events << e;
        return c.events.last();
    };
    using T = Event::Type;
    addEvent(T::PlacementMove, FuzzyDate::day(2020, 2, 14),
             tr("Accommodated; placed with foster carer"),
             tr("Maisie and Tyler accommodated; placed separately due to lack of a sibling "
                "placement."),
             tr("Placement plan PP/20/014"), {sue});
    addEvent(T::WorkerChange, FuzzyDate::day(2020, 2, 10), tr("Social worker allocated"),
             tr("Helen Price allocated as social worker."), tr("Case note 10/02/2020"), {helen});
    addEvent(T::Review, FuzzyDate::day(2020, 5, 20), tr("First looked-after child review"),
             tr("IRO Anita Shah chaired. Plan: assessment of maternal grandmother."),
             tr("LAC review minutes"), {anita});
    Event &hearing =
        addEvent(T::CourtHearing, FuzzyDate::day(2021, 3, 9), tr("Final hearing: care order"),
                 tr("Care order granted. Plan for kinship placement endorsed."),
                 tr("Court order ref. CF21C00123"), {});
    hearing.impactOnChild = tr("Legal certainty; plan to live with Nana.");
    addEvent(T::PlacementMove, FuzzyDate::day(2022, 1, 20), tr("Emergency placement move"),
             tr("Placement ended at 24 hours' notice; moved to emergency foster carer."),
             tr("Case note 20/01/2022"), {lisa})
        .impactOnChild = tr("Distressed; lost contact with school friends for a term.");
    addEvent(T::PlacementMove, FuzzyDate::month(2022, 8), tr("Moved to kinship placement"),
             tr("Planned move to maternal grandmother."), tr("Placement plan PP/22/088"), {nana});
    addEvent(T::WorkerChange, FuzzyDate::month(2023, 4), tr("Change of social worker"),
             tr("Helen Price left the team; Tom Okafor allocated."), tr("Case note"), {helen, tom})
        .impactOnChild = tr("Maisie said she was sad to lose Helen and met Tom twice before "
                            "the handover.");
    Event &contact = addEvent(T::Contact, FuzzyDate::day(2026, 10, 24), tr("Family time with Mum"),
                              tr("Supervised contact at the family centre, 2 hours."),
                              tr("Contact record CR/26/301"), {mum});
    contact.outcome = tr("Warm; Mum arrived on time. Maisie showed her drawings.");
    const ItemId review =
        addEvent(T::Review, FuzzyDate::day(2026, 9, 15), tr("Looked-after child review"),
                 tr("Plan remains long-term kinship care with Nana; increase sibling time."),
                 tr("LAC review minutes"), {anita, tom, nana})
            .id;

    // What Maisie said before that review, what it decided, and what she was told; one worry
    // she did not want her family to see; one wish still waiting for an answer.
    using V = VoiceEntry;
    auto say = [&c](QDate date, const QString &prompt, const QString &words, V::Topic topic,
                    V::Given given, quint8 audiences) -> VoiceEntry & {
        VoiceEntry v;
        v.id = ItemId(c.voice.size() + 1);
        v.date = FuzzyDate::day(date);
        v.prompt = prompt;
        v.words = words;
        v.topic = topic;
        v.given = given;
        v.audiences = audiences;
        v.readBack = V::ReadBack::Agreed;
        v.readBackOn = date;
        c.voice << v;
        return c.voice.last();
    };
    VoiceEntry &tylerWish =
        say(QDate(2026, 8, 30), tr("Who would you like to see more?"),
            tr("I want to see Tyler more, not just in the holidays. Every week would be best."),
            V::Topic::FamilyTime, V::Given::WrittenDownByAdult, V::kAllAudiences);
    tylerWish.saidToId = tom;
    tylerWish.writtenById = tom;
    tylerWish.presentIds = {nana};
    tylerWish.feelings = {Memory::Feeling::Sad};
    tylerWish.answeredByEventId = review;
    tylerWish.outcome = V::Outcome::Partly;
    tylerWish.answer = tr("You said you wanted to see Tyler more. The review agreed: every two "
                          "weeks from October, with video calls in between.");
    tylerWish.whyNot = tr("Every week was not possible because Tyler plays football on "
                          "Saturdays.");
    tylerWish.toldToChild = true;
    tylerWish.toldOn = QDate(2026, 9, 20);
    VoiceEntry &stay =
        say(QDate(2026, 8, 30), tr("What would make home better?"),
            tr("I want to stay living with Nana. Nothing would make it better, it is already good. "
               "Maybe a bigger bed."),
            V::Topic::Home, V::Given::TypedByChild, V::kAllAudiences);
    stay.saidToId = tom;
    stay.feelings = {Memory::Feeling::Loved, Memory::Feeling::Happy};
    stay.answeredByEventId = review;
    stay.outcome = V::Outcome::Done;
    stay.answer = tr("The review agreed you will keep living with Nana.");
    stay.toldToChild = true;
    stay.toldOn = QDate(2026, 9, 20);
    VoiceEntry &letters = say(QDate(2026, 6, 12), QString(),
                              tr("I want to get letters from Ruby, and send her my drawings."),
                              V::Topic::Dreams, V::Given::WrittenDownByAdult, V::kAllAudiences);
    letters.saidToId = nana;
    letters.writtenById = nana;
    VoiceEntry &worry =
        say(QDate(2026, 10, 2), tr("What worries you?"),
            tr("Sometimes I worry Mum is cross that I like living with Nana. Please don't tell "
               "her I said that."),
            V::Topic::Worries, V::Given::WrittenDownByAdult,
            V::MeAndCarer | V::SocialWorker | V::ReviewsAndCourt);
    worry.saidToId = nana;
    worry.writtenById = nana;
    worry.feelings = {Memory::Feeling::Worried, Memory::Feeling::Confused};
    std::stable_sort(c.voice.begin(), c.voice.end(),
                     [](const VoiceEntry &a, const VoiceEntry &b) { return a.date < b.date; });

    // A pleasant first layout: closer ties on inner rings, each ring's people spread evenly
    // (the radii match the ecomap's closeness rings).
    QList<ItemId> rings[3];
    for (const Relationship &r : std::as_const(c.relationships)) {
        if (!r.involvesChild())
            continue;
        const ItemId id = r.personA == kChildId ? r.personB : r.personA;
        rings[r.kind == Kind::Strong ? 0 : (r.kind == Kind::Ordinary ? 1 : 2)] << id;
    }
    // Households side by side, so their group outlines stay small.
    // Tyler on the middle ring: the adults see a monthly visit; Maisie's own map (below) puts
    // him close.
    rings[0] = {evans, lily, biscuit, nana};
    rings[1].removeAll(tyler);
    rings[1].prepend(tyler);
    // Friends lost years ago sit on the outer ring, apart from those Maisie sees now.
    rings[1].removeAll(chloe);
    rings[2] << amira << chloe;
    c.groups << EcomapGroup{1, tr("Nana's house"), {nana, biscuit}}
             << EcomapGroup{2, tr("School"), {evans, lily}};
    const qreal radii[3] = {190, 310, 430};
    const qreal offsets[3] = {0.35, 0.1, 0.55};
    for (int ring = 0; ring < 3; ++ring) {
        for (qsizetype i = 0; i < rings[ring].size(); ++i) {
            const qreal angle = 2 * M_PI * (qreal(i) + offsets[ring]) / qreal(rings[ring].size());
            c.ecomapPositions.insert(rings[ring][i], QPointF(radii[ring] * 1.25 * std::sin(angle),
                                                             -radii[ring] * std::cos(angle)));
        }
    }

    // Maisie's own map, made in child mode on two days: Tyler close (closer than the adults'
    // map has him), her social worker Tom further away, and someone the adults have nearer.
    using Ring = ChildMapPlace::Ring;
    using F = Memory::Feeling;
    const auto place = [](ItemId who, Ring ring, double angle, std::optional<F> feeling) {
        return ChildMapPlace{who, ring, angle, feeling};
    };
    ChildMap march;
    march.seenOn = QDate(2026, 3, 3);
    march.places = {
        place(tyler, Ring::Close, 90, F::Loved),    place(nana, Ring::Close, 210, F::Happy),
        place(biscuit, Ring::Close, 330, F::Happy), place(mum, Ring::Middle, 45, F::Sad),
        place(lily, Ring::Middle, 150, F::Happy),   place(evans, Ring::Middle, 270, std::nullopt),
        place(tom, Ring::Further, 120, F::Worried), place(ruby, Ring::Further, 20, F::Confused)};
    ChildMap november = march;
    november.seenOn = QDate(2026, 11, 10);
    for (ChildMapPlace &p : november.places) {
        if (p.personId == mum)
            p = place(mum, Ring::Close, 150, F::Loved);
        if (p.personId == lily)
            p = place(lily, Ring::Middle, 210, F::Excited);
    }
    november.places << place(dad, Ring::Further, 240, std::nullopt);
    c.childMaps << march << november;

    // A later life letter in progress, in the long-term (kinship) wording: some parts
    // rewritten by Tom, two still drafts made from the facts, two not begun.
    LaterLifeLetter letter;
    letter.to = QStringLiteral("Maisie");
    letter.author = QStringLiteral("Tom Okafor");
    letter.authorRole = tr("Your social worker");
    letter.written = QDate::currentDate();
    letter.care = LaterLifeLetter::Care::Kinship;
    using K = LetterSection::Kind;
    letter.setSection(
        {K::Birth,
         tr("You were born on 12 May 2015 in Cardiff, early on a sunny Tuesday morning. Your mum "
            "chose the name Maisie because it was the name of her own nana, and she wanted you "
            "to have something of the family from the very first day."),
         false});
    letter.setSection(
        {K::BirthFamily,
         tr("Your mum is called Kelly Jones. She loves drawing, just like you, and she kept "
            "every picture you made for her. Your dad is called Lee Turner. He was not able to "
            "look after you, but he told me he hopes you know he thinks of you on your "
            "birthday."),
         false});
    const LetterDrafter drafter(c, LaterLifeLetter::Care::Kinship);
    letter.setSection({K::Homes, drafter.draft(K::Homes).join(QStringLiteral("\n\n")), true});
    letter.setSection(
        {K::Decisions,
         tr("When you were living with Lisa, a judge made a special guardianship order, so that "
            "you could grow up with Nana. The judge listened to what you had said, and to your "
            "mum, your nana and me, before deciding."),
         false});
    letter.setSection({K::Siblings, drafter.draft(K::Siblings).join(QStringLiteral("\n\n")), true});
    letter.setSection(
        {K::WhatYouWereLike,
         tr("You were brave and funny. Mr Evans told me you made the whole class laugh in the "
            "nativity play, and you never forgot to feed Biscuit."),
         false});
    letter.permissions = {
        {mum, QStringLiteral("Kelly Jones"), LetterPermission::Status::Given},
        {dad, QStringLiteral("Lee Turner"), LetterPermission::Status::Asked},
        {evans, QStringLiteral("Gareth Evans"), LetterPermission::Status::Refused}};
    c.letter = letter.normalised();
    return c;
}

CaseContent DemoCase::generate(const Size &size)
{
    CaseContent c;
    QRandomGenerator rng(20261123);
    c.child.fullName = QStringLiteral("Test Child");
    c.child.knownAs = QStringLiteral("Sam");
    c.child.born = FuzzyDate::day(QDate(2012, 3, 4));
    for (int i = 0; i < size.people; ++i) {
        const ItemId id =
            addPerson(c, QStringLiteral("Person %1").arg(i + 1), QStringLiteral("P%1").arg(i + 1),
                      Person::Role(i % Person::kRoleCount));
        // not translated: the large case is made-up data for benchmarks, never shown
        person(c, id).childsWords = QStringLiteral("Words about person %1").arg(i + 1);
        relate(c, kChildId, id, Kind(i % Relationship::kKindCount), Dir(i % 4),
               Contact(i % Relationship::kContactCount));
        const qreal angle = 2 * M_PI * i / qMax(1, size.people);
        const qreal ring = 180 + 100 * (i % 3);
        c.ecomapPositions.insert(id, QPointF(ring * std::cos(angle), ring * std::sin(angle)));
    }
    const int span = 14 * 12; // months of the child's life covered
    for (int i = 0; i < size.placements; ++i) {
        Placement p;
        p.id = i + 1;
        p.type = Placement::Type(i % Placement::kTypeCount);
        p.placeName = QStringLiteral("Placement %1").arg(i + 1);
        const QDate start = c.child.dateOfBirth().addMonths(span * i / qMax(1, size.placements));
        const QDate end =
            c.child.dateOfBirth().addMonths(span * (i + 1) / qMax(1, size.placements));
        p.from = FuzzyDate::day(start);
        p.to = i + 1 == size.placements ? FuzzyDate() : FuzzyDate::day(end);
        p.address = QStringLiteral("%1 Example Street").arg(i + 1);
        c.placements << p;
    }
    QList<QByteArray> pictures;
    for (int t = 0; t < 8 && size.photos > 0; ++t)
        pictures << drawPicture(t, size.photoSize);
    for (int i = 0; i < size.photos; ++i) {
        Media m;
        m.id = i + 1;
        m.mimeType = QStringLiteral("image/jpeg");
        m.data = pictures[i % pictures.size()];
        m.thumbnail = thumbnailOf(m.data);
        m.width = size.photoSize.width();
        m.height = size.photoSize.height();
        m.caption = QStringLiteral("Photo %1").arg(i + 1);
        m.addedAt = QDateTime(referenceDate(), QTime(12, 0), Qt::UTC);
        c.media << m;
    }
    for (int i = 0; i < size.memories; ++i) {
        Memory m;
        m.id = i + 1;
        m.title = QStringLiteral("Memory %1").arg(i + 1);
        m.date = FuzzyDate::day(c.child.dateOfBirth().addDays(rng.bounded(span * 30)));
        // not translated: made-up data for benchmarks
        m.childsWords = QStringLiteral("Something that happened, number %1.").arg(i + 1);
        m.feelings << Memory::Feeling(i % Memory::kFeelingCount);
        if (size.people > 0)
            m.peopleIds << ItemId(1 + i % size.people);
        if (i < size.photos)
            m.mediaIds << ItemId(i + 1);
        c.memories << m;
    }
    return c;
}
