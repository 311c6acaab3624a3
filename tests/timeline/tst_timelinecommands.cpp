// SPDX-License-Identifier: GPL-3.0-or-later
#include "../storage/testcase.h"
#include "casecontentio.h"
#include "childrepository.h"
#include "democase.h"
#include "eventrepository.h"
#include "mediarepository.h"
#include "memoryrepository.h"
#include "moveplanrepository.h"
#include "personrepository.h"
#include "photoimport.h"
#include "placementrepository.h"
#include "timelinecommands.h"

#include <QBuffer>
#include <QImageWriter>
#include <QSignalSpy>
#include <QUndoStack>

namespace {

Media photo(QColor colour)
{
    QImage image(320, 240, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter(&buffer, "png").write(image);
    const PhotoImport::Result r = PhotoImport::fromBytes(bytes, QStringLiteral("p.png"));
    if (!r.ok())
        qFatal("photo import failed");
    return *r.media;
}

} // namespace

class TestTimelineCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addAMemoryWithAPhotoThenUndoAndRedo();
    void editAMemorysPhotosAndUndo();
    void removeAMemoryTakesItsPhotosAndUndoBringsThemBack();
    void placementsKeepTheHistoryInStep();
    void eventsRoundTripAndNoOpEditsAreNotPushed();
    void aMovesPlanIsUndoableAndComesBackWithItsHome();
    void aFailedWriteIsReportedAndNotKept();
    void reopenedCaseShowsWhatWasStored();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CaseFile> m_file;
    std::unique_ptr<CaseModel> m_model;
    std::unique_ptr<TimelineDocument> m_doc;
    QUndoStack m_stack;
};

void TestTimelineCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_file = TestCase::create(m_dir->filePath(QStringLiteral("t.belonging")));
    QVERIFY(m_file);
    ChildProfile child;
    child.knownAs = QStringLiteral("Maisie");
    child.born = FuzzyDate::day(QDate(2015, 5, 12));
    QVERIFY(!ChildRepository(*m_file).save(child));
    m_model = TestCase::model(*m_file);
    m_doc = std::make_unique<TimelineDocument>(*m_model);
    QVERIFY(!m_doc->load());
}

void TestTimelineCommands::cleanup()
{
    m_stack.clear();
    m_doc.reset();
    m_model.reset();
    m_file.reset();
    m_dir.reset();
}

void TestTimelineCommands::addAMemoryWithAPhotoThenUndoAndRedo()
{
    Memory m;
    m.title = QStringLiteral("Beach day");
    m.date = FuzzyDate::season(2019, FuzzyDate::Season::Summer);
    m.childsWords = QStringLiteral("We built a sandcastle");
    m.feelings = {Memory::Feeling::Happy};
    Command::addMemory(m_stack, *m_doc, m, {photo(Qt::yellow)});
    QCOMPARE(m_stack.count(), 1);
    QCOMPARE(m_stack.undoText(), QStringLiteral("Add Beach day"));
    QCOMPARE(m_doc->memories().size(), 1);
    const Memory stored = m_doc->memories().first();
    QCOMPARE(stored.mediaIds.size(), 1);
    QCOMPARE(MemoryRepository(*m_file).all().size(), 1);
    QCOMPARE(MemoryRepository(*m_file).all().first().mediaIds, stored.mediaIds);
    QVERIFY(!MediaRepository(*m_file).data(stored.mediaIds.first()).isEmpty());
    QVERIFY(!m_doc->thumbnail(stored.mediaIds.first()).isNull());

    m_stack.undo();
    QVERIFY(m_doc->memories().isEmpty());
    QVERIFY(MemoryRepository(*m_file).all().isEmpty());
    QVERIFY(MediaRepository(*m_file).thumbnails().isEmpty()); // the photo went too

    m_stack.redo();
    QCOMPARE(m_doc->memories().size(), 1);
    QCOMPARE(m_doc->memories().first().id, stored.id); // the very same memory
    QCOMPARE(MemoryRepository(*m_file).find(stored.id)->mediaIds, stored.mediaIds);
}

void TestTimelineCommands::editAMemorysPhotosAndUndo()
{
    Memory m;
    m.title = QStringLiteral("Zoo");
    Command::addMemory(m_stack, *m_doc, m, {photo(Qt::red), photo(Qt::green)});
    const auto before = m_doc->memoryWithPhotos(m_doc->memories().first().id);
    QVERIFY(before);
    QCOMPARE(before->photos.size(), 2);

    // Keep the green one, drop the red one, add a blue one, and rename.
    Memory edited = before->memory;
    edited.title = QStringLiteral("Zoo with Nana");
    Command::editMemory(m_stack, *m_doc, edited, {before->photos[1], photo(Qt::blue)});
    QCOMPARE(m_stack.count(), 2);
    auto after = m_doc->memoryWithPhotos(edited.id);
    QCOMPARE(after->memory.title, QStringLiteral("Zoo with Nana"));
    QCOMPARE(after->photos.size(), 2);
    QCOMPARE(after->photos[0].id, before->photos[1].id);
    QCOMPARE(MediaRepository(*m_file).thumbnails().size(), 2); // red one deleted

    m_stack.undo();
    after = m_doc->memoryWithPhotos(edited.id);
    QCOMPARE(after->memory.title, QStringLiteral("Zoo"));
    QCOMPARE(after->photos.size(), 2);
    QCOMPARE(after->photos[0].id, before->photos[0].id);
    QCOMPARE(after->photos[0].data, before->photos[0].data);
    QCOMPARE(MediaRepository(*m_file).thumbnails().size(), 2); // blue one deleted

    // Saving it unchanged pushes nothing.
    Command::editMemory(m_stack, *m_doc, after->memory, after->photos);
    QCOMPARE(m_stack.index(), 1);
}

void TestTimelineCommands::removeAMemoryTakesItsPhotosAndUndoBringsThemBack()
{
    Memory m;
    m.title = QStringLiteral("First day at school");
    m.isPrivate = true;
    Command::addMemory(m_stack, *m_doc, m, {photo(Qt::cyan)});
    const Memory stored = m_doc->memories().first();
    Command::removeMemory(m_stack, *m_doc, stored.id);
    QCOMPARE(m_stack.undoText(), QStringLiteral("Remove First day at school"));
    QVERIFY(m_doc->memories().isEmpty());
    QVERIFY(MediaRepository(*m_file).thumbnails().isEmpty());
    m_stack.undo();
    QCOMPARE(*MemoryRepository(*m_file).find(stored.id), stored);
    QCOMPARE(MediaRepository(*m_file).thumbnails().size(), 1);
    QVERIFY(MemoryRepository(*m_file).find(stored.id)->isPrivate);
}

void TestTimelineCommands::placementsKeepTheHistoryInStep()
{
    Placement home;
    home.placeName = QStringLiteral("Home with Mum");
    home.type = Placement::Type::LivingAtHome;
    home.from = FuzzyDate::day(2015, 5, 12);
    home.to = FuzzyDate::month(2018, 3);
    Command::addPlacement(m_stack, *m_doc, home);
    Placement sue;
    sue.placeName = QStringLiteral("Sue and Dev's");
    sue.type = Placement::Type::Foster;
    sue.from = FuzzyDate::month(2018, 9);
    Command::addPlacement(m_stack, *m_doc, sue);
    QCOMPARE(m_doc->placements().size(), 2);
    QCOMPARE(m_doc->history().gaps().size(), 1); // April to August 2018

    // Fill the gap by moving Sue's start back; undo puts the gap back.
    Placement earlier = m_doc->placements().last();
    earlier.from = FuzzyDate::month(2018, 4);
    Command::editPlacement(m_stack, *m_doc, earlier);
    QVERIFY(m_doc->history().gaps().isEmpty());
    QCOMPARE(PlacementRepository(*m_file).find(earlier.id)->from, FuzzyDate::month(2018, 4));
    m_stack.undo();
    QCOMPARE(m_doc->history().gaps().size(), 1);

    Memory m;
    m.title = QStringLiteral("Birthday");
    m.date = FuzzyDate::day(2019, 5, 12);
    QCOMPARE(m_doc->placementOf(m), earlier.id);

    Command::removePlacement(m_stack, *m_doc, earlier.id);
    QCOMPARE(m_doc->placements().size(), 1);
    QCOMPARE(m_doc->placementOf(m), kNoId);
    m_stack.undo();
    QCOMPARE(m_doc->placementOf(m), earlier.id);
}

void TestTimelineCommands::aMovesPlanIsUndoableAndComesBackWithItsHome()
{
    Person sue;
    sue.fullName = QStringLiteral("Sue Baker");
    sue.role = Person::Role::FosterCarer;
    QVERIFY(!PersonRepository(*m_file).add(sue));
    QVERIFY(!m_model->load());
    Placement first;
    first.placeName = QStringLiteral("Sue's house");
    first.type = Placement::Type::Foster;
    first.from = FuzzyDate::year(2018);
    first.carerIds = {sue.id};
    Command::addPlacement(m_stack, *m_doc, first);
    Placement next;
    next.placeName = QStringLiteral("Nana's house");
    next.type = Placement::Type::Kinship;
    next.from = FuzzyDate::month(2024, 4);
    Command::addPlacement(m_stack, *m_doc, next);
    const ItemId nextId = m_doc->placements().last().id;
    const MoveContinuity::Move *move = m_doc->continuity().moveInto(nextId);
    QVERIFY(move);
    QCOMPARE(move->ties.size(), 1); // Sue, the carer left, with no tie drawn yet
    QVERIFY(move->ties.first().isCurrentCarer);

    MovePlan plan;
    plan.placementId = nextId;
    plan.planning = MovePlan::Planning::Planned;
    plan.keep << KeepInTouch{sue.id,
                             KeepInTouch::Plan::NewArrangement,
                             Relationship::Contact::Monthly,
                             KeepInTouch::Visits,
                             {},
                             {}};
    QSignalSpy moved(m_doc.get(), &TimelineDocument::movesChanged);
    Command::setMovePlan(m_stack, *m_doc, plan);
    QCOMPARE(m_stack.undoText(), QStringLiteral("Keeping in touch after the move to Nana's house"));
    QVERIFY(!moved.isEmpty());
    QCOMPARE(m_doc->continuity().moveInto(nextId)->tie(sue.id)->plan.ways,
             quint8(KeepInTouch::Visits));
    Command::setMovePlan(m_stack, *m_doc, plan); // the same plan again changes nothing
    QCOMPARE(m_stack.index(), 3);

    // Removing the home takes its plan (the file cascades); undo brings both back.
    Command::removePlacement(m_stack, *m_doc, nextId);
    QVERIFY(MovePlanRepository(*m_file).all().isEmpty());
    QVERIFY(!m_doc->movePlan(nextId));
    m_stack.undo();
    QCOMPARE(MovePlanRepository(*m_file).all(), QList<MovePlan>{plan});
    QCOMPARE(m_doc->movePlan(nextId), plan);
    m_stack.undo();
    QVERIFY(MovePlanRepository(*m_file).all().isEmpty());
    m_stack.redo();
    QCOMPARE(MovePlanRepository(*m_file).all(), QList<MovePlan>{plan});
}

void TestTimelineCommands::eventsRoundTripAndNoOpEditsAreNotPushed()
{
    Event e;
    e.type = Event::Type::Review;
    e.title = QStringLiteral("Looked after child review");
    e.date = FuzzyDate::day(2024, 2, 7);
    e.source = QStringLiteral("IRO minutes");
    Command::addEvent(m_stack, *m_doc, e);
    const Event stored = m_doc->events().first();
    Command::editEvent(m_stack, *m_doc, stored);
    QCOMPARE(m_stack.count(), 1);
    Event changed = stored;
    changed.outcome = QStringLiteral("Plan agreed");
    Command::editEvent(m_stack, *m_doc, changed);
    QCOMPARE(EventRepository(*m_file).find(stored.id)->outcome, QStringLiteral("Plan agreed"));
    m_stack.undo();
    QVERIFY(EventRepository(*m_file).find(stored.id)->outcome.isEmpty());
    Command::removeEvent(m_stack, *m_doc, stored.id);
    QVERIFY(EventRepository(*m_file).all().isEmpty());
    m_stack.undo();
    QCOMPARE(*EventRepository(*m_file).find(stored.id), stored);
}

void TestTimelineCommands::aFailedWriteIsReportedAndNotKept()
{
    QSignalSpy failed(m_doc.get(), &TimelineDocument::failed);
    // The case file disappears from under the app: the write is refused, nothing is pushed.
    QVERIFY(QFile::remove(m_file->path()));
    Memory m;
    m.title = QStringLiteral("Lost");
    Command::addMemory(m_stack, *m_doc, m, {photo(Qt::magenta)});
    QCOMPARE(failed.size(), 1);
    QCOMPARE(m_stack.count(), 0);
    QVERIFY(m_doc->memories().isEmpty());
}

void TestTimelineCommands::reopenedCaseShowsWhatWasStored()
{
    CaseContent demo = DemoCase::build();
    QVERIFY(!CaseContentIO::write(*m_file, demo));
    QVERIFY(!m_model->load());
    QVERIFY(!m_doc->load());
    QCOMPARE(m_doc->placements().size(), demo.placements.size());
    QCOMPARE(m_doc->memories().size(), demo.memories.size());
    QCOMPARE(m_doc->events().size(), demo.events.size());
    for (qsizetype i = 1; i < m_doc->memories().size(); ++i)
        QVERIFY(m_doc->memories()[i - 1].date.sortKey() <= m_doc->memories()[i].date.sortKey());
}

QTEST_MAIN(TestTimelineCommands)
#include "tst_timelinecommands.moc"
