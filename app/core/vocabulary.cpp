// SPDX-License-Identifier: GPL-3.0-or-later
#include "vocabulary.h"

QString Vocabulary::roleName(Person::Role role)
{
    using R = Person::Role;
    switch (role) {
    case R::BirthMother:
        return tr("Birth mother");
    case R::BirthFather:
        return tr("Birth father");
    case R::Sibling:
        return tr("Brother or sister");
    case R::Grandparent:
        return tr("Grandparent");
    case R::OtherRelative:
        return tr("Other family");
    case R::FosterCarer:
        return tr("Foster carer");
    case R::KinshipCarer:
        return tr("Kinship carer");
    case R::AdoptiveParent:
        return tr("Adoptive parent");
    case R::ResidentialKeyWorker:
        return tr("Key worker");
    case R::SocialWorker:
        return tr("Social worker");
    case R::Iro:
        return tr("Independent reviewing officer");
    case R::Teacher:
        return tr("Teacher");
    case R::Therapist:
        return tr("Therapist");
    case R::HealthWorker:
        return tr("Health worker");
    case R::Friend:
        return tr("Friend");
    case R::Pet:
        return tr("Pet");
    case R::Place:
        return tr("Place");
    case R::Other:
        return tr("Someone else");
    case R::NotSure:
        return tr("Not sure yet");
    }
    return {};
}

QString Vocabulary::kindName(Relationship::Kind kind)
{
    using K = Relationship::Kind;
    switch (kind) {
    case K::Strong:
        return tr("Strong");
    case K::Ordinary:
        return tr("Ordinary");
    case K::Tenuous:
        return tr("Tenuous");
    case K::Stressful:
        return tr("Stressful");
    case K::Broken:
        return tr("Broken or cut off");
    case K::NotSure:
        return tr("Not sure yet");
    }
    return {};
}

QString Vocabulary::childKindName(Relationship::Kind kind)
{
    using K = Relationship::Kind;
    switch (kind) {
    case K::Strong:
        return tr("Really close");
    case K::Ordinary:
        return tr("Close");
    case K::Tenuous:
        return tr("Not so close");
    case K::Stressful:
        return tr("It's complicated");
    case K::Broken:
        return tr("Not in touch now");
    case K::NotSure:
        return tr("Not sure yet");
    }
    return {};
}

QString Vocabulary::contactName(Relationship::Contact contact)
{
    using C = Relationship::Contact;
    switch (contact) {
    case C::NotSet:
        return tr("Not set");
    case C::LivesTogether:
        return tr("Lives together");
    case C::Daily:
        return tr("Every day");
    case C::Weekly:
        return tr("Every week");
    case C::Fortnightly:
        return tr("Every two weeks");
    case C::Monthly:
        return tr("Every month");
    case C::FewTimesAYear:
        return tr("A few times a year");
    case C::Letterbox:
        return tr("Letterbox");
    case C::Indirect:
        return tr("Phone or video calls");
    case C::None:
        return tr("No contact");
    case C::NotAllowed:
        return tr("Contact not allowed");
    }
    return {};
}

QString Vocabulary::placementTypeName(Placement::Type type)
{
    using T = Placement::Type;
    switch (type) {
    case T::LivingAtHome:
        return tr("Living at home");
    case T::Kinship:
        return tr("Kinship care");
    case T::Foster:
        return tr("Foster care");
    case T::Residential:
        return tr("Residential home");
    case T::Adoptive:
        return tr("Adoptive home");
    case T::SupportedLodgings:
        return tr("Supported lodgings");
    case T::Other:
        return tr("Somewhere else");
    }
    return {};
}

QString Vocabulary::feelingName(Memory::Feeling feeling)
{
    using F = Memory::Feeling;
    switch (feeling) {
    case F::Happy:
        return tr("Happy");
    case F::Excited:
        return tr("Excited");
    case F::Proud:
        return tr("Proud");
    case F::Calm:
        return tr("Calm");
    case F::Loved:
        return tr("Loved");
    case F::Sad:
        return tr("Sad");
    case F::Worried:
        return tr("Worried");
    case F::Angry:
        return tr("Angry");
    case F::Confused:
        return tr("Mixed up");
    }
    return {};
}

QString Vocabulary::eventTypeName(Event::Type type)
{
    using T = Event::Type;
    switch (type) {
    case T::Contact:
        return tr("Family time");
    case T::Review:
        return tr("Review");
    case T::CourtHearing:
        return tr("Court hearing");
    case T::WorkerChange:
        return tr("Change of worker");
    case T::PlacementMove:
        return tr("Move");
    case T::School:
        return tr("School");
    case T::Health:
        return tr("Health");
    case T::Other:
        return tr("Other");
    }
    return {};
}
