// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A case made by hand with something of every kind a copy or an export must get right (and a
// copy for someone may have to leave out). Marker words (PRONOTE, PASTADDR, …) make a leak easy
// to find in a dump.
#include "casecontent.h"

#include <QBuffer>
#include <QColor>
#include <QImage>

namespace HandMade {

inline QByteArray picture(QColor colour)
{
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

inline Person person(ItemId id, const QString &full, const QString &known, Person::Role role)
{
    Person p;
    p.id = id;
    p.fullName = full;
    p.knownAs = known;
    p.role = role;
    return p;
}

inline CaseContent handMadeCase()
{
    CaseContent c;
    c.child.fullName = QStringLiteral("Jade Okoro");
    c.child.knownAs = QStringLiteral("Jade");
    c.child.born = FuzzyDate::day(2016, 4, 2);
    c.child.allAboutMe = QStringLiteral("I like drawing with Kai.");

    Person mum = person(1, QStringLiteral("Carol Ashdown"), QStringLiteral("Mum"),
                        Person::Role::BirthMother);
    mum.address = QStringLiteral("14 Quarry Lane, Hexham");
    mum.phone = QStringLiteral("07700 900123");
    mum.notes = QStringLiteral("PRONOTE about contact");
    Person carer = person(2, QStringLiteral("Beatrice Wynn"), QStringLiteral("Bea"),
                          Person::Role::FosterCarer);
    Person kai =
        person(3, QStringLiteral("Kai Ashdown"), QStringLiteral("Kai"), Person::Role::Sibling);
    Person dad =
        person(4, QStringLiteral("Dean Marsh"), QStringLiteral("Dean"), Person::Role::BirthFather);
    dad.isPrivate = true;
    Person teacher = person(5, QStringLiteral("Ruth Pellow"), QStringLiteral("Mrs Pellow"),
                            Person::Role::Teacher);
    kai.photoId = 11;
    c.people = {mum, carer, kai, dad, teacher};

    Relationship withMum;
    withMum.id = 1;
    withMum.personB = 1;
    withMum.contactNote = QStringLiteral("at the family centre");
    withMum.notes = QStringLiteral("RELNOTE supervised");
    Relationship withKai;
    withKai.id = 2;
    withKai.personB = 3;
    withKai.kind = Relationship::Kind::Strong;
    c.relationships = {withMum, withKai};

    Placement past;
    past.id = 1;
    past.placeName = QStringLiteral("Grandma's flat");
    past.from = FuzzyDate::year(2019);
    past.to = FuzzyDate::month(2021, 5);
    past.address = QStringLiteral("PASTADDR 3 Elm Row");
    Placement now;
    now.id = 2;
    now.placeName = QStringLiteral("Honeysuckle Cottage");
    now.from = FuzzyDate::month(2021, 6);
    now.carerIds = {2};
    now.school = QStringLiteral("Larchfield Primary");
    now.address = QStringLiteral("HOMEADDR 9 Larch Close");
    now.schoolAddress = QStringLiteral("SCHOOLADDR Larch Road");
    now.cameReasonRecord = QStringLiteral("RECORDCAME placement order");
    c.placements = {past, now};

    Media seaside;
    seaside.id = 11;
    seaside.mimeType = QStringLiteral("image/png");
    seaside.data = picture(Qt::blue);
    seaside.thumbnail = seaside.data;
    seaside.width = 40;
    seaside.height = 30;
    seaside.caption = QStringLiteral("Kai on the sand");
    seaside.originalName = QStringLiteral("Kai at the beach.png");
    Media secret = seaside;
    secret.id = 12;
    secret.data = picture(Qt::darkMagenta);
    secret.thumbnail = secret.data;
    secret.caption = QStringLiteral("SECRETPHOTO");
    c.media = {seaside, secret};

    Memory beach;
    beach.id = 1;
    beach.title = QStringLiteral("Seaside day with Kai");
    beach.date = FuzzyDate::day(2022, 8, 3);
    beach.peopleIds = {3};
    beach.mediaIds = {11};
    Memory hidden;
    hidden.id = 2;
    hidden.title = QStringLiteral("PRIVATEMEMORY");
    hidden.isPrivate = true;
    hidden.mediaIds = {12};
    c.memories = {beach, hidden};

    Event review;
    review.id = 1;
    review.type = Event::Type::Review;
    review.date = FuzzyDate::day(2023, 1, 10);
    review.title = QStringLiteral("Review with Bea");
    review.details = QStringLiteral("EVENTDETAILS minutes");
    Event hiddenEvent = review;
    hiddenEvent.id = 2;
    hiddenEvent.title = QStringLiteral("PRIVATEEVENT");
    hiddenEvent.isPrivate = true;
    c.events = {review, hiddenEvent};

    VoiceEntry shared;
    shared.date = FuzzyDate::day(2023, 2, 1);
    shared.words = QStringLiteral("VOICESHARED I want to see Kai more");
    shared.audiences = VoiceEntry::MeAndCarer | VoiceEntry::Family;
    VoiceEntry workerOnly = shared;
    workerOnly.words = QStringLiteral("VOICEWORKER I am scared of the dark");
    workerOnly.audiences = VoiceEntry::SocialWorker;
    VoiceEntry notAsked = shared;
    notAsked.words = QStringLiteral("VOICENOTASKED I miss my old school");
    notAsked.audiences = 0;
    c.voice = {shared, workerOnly, notAsked};

    MovePlan move;
    move.placementId = 2;
    move.planning = MovePlan::Planning::Planned;
    KeepInTouch withBrother;
    withBrother.personId = 3;
    withBrother.plan = KeepInTouch::Plan::NewArrangement;
    withBrother.arrangedBy = QStringLiteral("Bea, with Helen");
    move.keep = {withBrother};
    c.movePlans = {move};

    c.ecomapPositions = {{1, QPointF(100, 0)}, {3, QPointF(0, 100)}, {2, QPointF(-80, 20)}};

    LaterLifeLetter letter;
    letter.to = QStringLiteral("Jade");
    letter.author = QStringLiteral("Helen Roy");
    letter.care = LaterLifeLetter::Care::Adoption;
    letter.setSection({LetterSection::Kind::BirthFamily,
                       QStringLiteral("LETTERWORDS Your mum Carol Ashdown loves you. Your dad "
                                      "Dean Marsh was not able to care for you."),
                       false});
    letter.permissions = {{1, QStringLiteral("Carol Ashdown"), LetterPermission::Status::Given},
                          {4, QStringLiteral("Dean Marsh"), LetterPermission::Status::Refused}};
    c.letter = letter;
    return c;
}

} // namespace HandMade
