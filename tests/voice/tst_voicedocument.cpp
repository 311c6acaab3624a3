// SPDX-License-Identifier: GPL-3.0-or-later
#include "../storage/testcase.h"
#include "eventrepository.h"
#include "mediarepository.h"
#include "opusclip.h"
#include "pcm.h"
#include "timelinecommands.h"
#include "timelinedocument.h"
#include "voicecommands.h"
#include "voicedocument.h"
#include "voicerepository.h"
#include "voicerules.h"
#include "voicetablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>

// What the child said, through the commands a user's edits go through: each is written to
// the real case file, undone and redone, and shown by the list's models.
class TestVoiceDocument : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addEditAnswerAndRemoveAreEachUndoable();
    void aCommandThatChangesNothingIsNotPushed();
    void theListFollowsAndFiltersByTopicStatusAndAudience();
    void anAnswerOutlivesTheReviewThatGaveIt();
    void aFailedWriteIsReportedAndLeavesNothingToUndo();
    void aRecordingIsAddedReplacedAndRemovedWithItsEntry();

private:
    VoiceEntry entry(const QString &words, int day) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CaseFile> m_file;
    std::unique_ptr<CaseModel> m_model;
    std::unique_ptr<VoiceDocument> m_doc;
    QUndoStack m_stack;
};

void TestVoiceDocument::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_file = TestCase::create(m_dir->filePath(QStringLiteral("v.belonging")));
    QVERIFY(m_file);
    m_model = TestCase::model(*m_file);
    m_doc = std::make_unique<VoiceDocument>(*m_model);
    QVERIFY(!m_doc->load());
    m_doc->setToday(QDate(2026, 6, 1));
}

void TestVoiceDocument::cleanup()
{
    m_stack.clear();
    m_doc.reset();
    m_model.reset();
    m_file.reset();
    m_dir.reset();
}

VoiceEntry TestVoiceDocument::entry(const QString &words, int day) const
{
    VoiceEntry v;
    v.date = FuzzyDate::day(2026, 3, day);
    v.words = words;
    return v;
}

void TestVoiceDocument::addEditAnswerAndRemoveAreEachUndoable()
{
    Command::addVoiceEntry(m_stack, *m_doc, entry(QStringLiteral("More time with Tyler"), 2));
    QCOMPARE(m_doc->entries().size(), 1);
    const ItemId id = m_doc->entries().first().id;
    QVERIFY(id != kNoId);
    QCOMPARE(VoiceRepository(*m_file).all().size(), 1);
    QCOMPARE(m_stack.undoText(), QStringLiteral("Add what the child said"));

    VoiceEntry edited = *m_doc->entry(id);
    edited.words = QStringLiteral("More time with Tyler, every week");
    edited.audiences = VoiceEntry::ReviewsAndCourt;
    Command::editVoiceEntry(m_stack, *m_doc, edited);
    QCOMPARE(VoiceRepository(*m_file).find(id)->words, edited.words);

    VoiceEntry answered = edited;
    answered.outcome = VoiceEntry::Outcome::Partly;
    answered.answer = QStringLiteral("Every two weeks");
    answered.toldToChild = true;
    Command::answerVoiceEntry(m_stack, *m_doc, answered);
    QCOMPARE(m_stack.undoText(), QStringLiteral("Answer what the child said"));
    QCOMPARE(*VoiceRepository(*m_file).find(id), answered);

    Command::removeVoiceEntry(m_stack, *m_doc, id);
    QVERIFY(m_doc->entries().isEmpty());
    QVERIFY(VoiceRepository(*m_file).all().isEmpty());

    // Back, step by step, in the file as well as in the list.
    m_stack.undo();
    QCOMPARE(*VoiceRepository(*m_file).find(id), answered);
    m_stack.undo();
    QCOMPARE(*VoiceRepository(*m_file).find(id), edited);
    m_stack.undo();
    QCOMPARE(VoiceRepository(*m_file).find(id)->words, QStringLiteral("More time with Tyler"));
    m_stack.undo();
    QVERIFY(VoiceRepository(*m_file).all().isEmpty());
    QVERIFY(m_doc->entries().isEmpty());
    // ...and forward again to the very same entry.
    m_stack.redo();
    QCOMPARE(m_doc->entries().first().id, id);
    m_stack.redo();
    m_stack.redo();
    QCOMPARE(*m_doc->entry(id), answered);
    m_stack.redo();
    QVERIFY(!VoiceRepository(*m_file).find(id));
}

void TestVoiceDocument::aCommandThatChangesNothingIsNotPushed()
{
    Command::addVoiceEntry(m_stack, *m_doc, entry(QStringLiteral("A wish"), 2));
    const VoiceEntry same = m_doc->entries().first();
    Command::editVoiceEntry(m_stack, *m_doc, same);
    Command::answerVoiceEntry(m_stack, *m_doc, same);
    Command::removeVoiceEntry(m_stack, *m_doc, 9999);
    QCOMPARE(m_stack.count(), 1);
}

void TestVoiceDocument::theListFollowsAndFiltersByTopicStatusAndAudience()
{
    VoiceTableModel table(*m_doc);
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    VoiceFilterModel filter;
    filter.setSourceModel(&table);
    QAbstractItemModelTester filterTester(&filter,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    Event review;
    review.type = Event::Type::Review;
    review.date = FuzzyDate::day(2026, 3, 20);
    review.title = QStringLiteral("Spring review");
    QVERIFY(!EventRepository(*m_file).add(review));
    m_model->timelineStored(); // as the timeline says after adding an event
    QCOMPARE(m_doc->decisions().size(), 1);

    VoiceEntry worry = entry(QStringLiteral("Worried about school"), 1);
    worry.topic = VoiceEntry::Topic::Worries;
    worry.audiences = VoiceEntry::MeAndCarer;
    Command::addVoiceEntry(m_stack, *m_doc, worry);
    VoiceEntry wish = entry(QStringLiteral("See Tyler"), 2);
    wish.topic = VoiceEntry::Topic::FamilyTime;
    wish.audiences = VoiceEntry::ReviewsAndCourt | VoiceEntry::Family;
    wish.answer = QStringLiteral("Every two weeks");
    wish.outcome = VoiceEntry::Outcome::Done;
    Command::addVoiceEntry(m_stack, *m_doc, wish);
    Command::addVoiceEntry(m_stack, *m_doc, entry(QStringLiteral("Later"), 25));
    QCOMPARE(table.rowCount(), 3);
    QCOMPARE(table.index(0, VoiceTableModel::WordsColumn).data().toString(),
             QStringLiteral("“Worried about school”"));
    QCOMPARE(table.index(1, VoiceTableModel::AudienceColumn).data().toString(),
             QStringLiteral("Review, court · Family"));
    QCOMPARE(table.index(1, VoiceTableModel::AudienceColumn).data(Qt::ToolTipRole).toString(),
             VoiceRules::audiencesSummary(wish.audiences));
    // The worry came before the review and has no answer: it waits. "Later" is after it.
    QCOMPARE(m_doc->waiting().size(), 1);
    QCOMPARE(table.index(0, 0).data(VoiceTableModel::StatusRole).toInt(),
             int(VoiceTableModel::Status::Waiting));
    QVERIFY(table.index(0, VoiceTableModel::AnswerColumn)
                .data()
                .toString()
                .contains(QStringLiteral("Spring review")));

    filter.setTopic(int(VoiceEntry::Topic::FamilyTime));
    QCOMPARE(filter.rowCount(), 1);
    filter.setTopic(VoiceFilterModel::kAny);
    filter.setStatus(int(VoiceTableModel::Status::Waiting));
    QCOMPARE(filter.rowCount(), 1);
    filter.setStatus(int(VoiceTableModel::Status::NotTold));
    QCOMPARE(filter.rowCount(), 1);
    filter.setStatus(VoiceFilterModel::kAny);
    filter.setAudience(VoiceEntry::Family);
    QCOMPARE(filter.rowCount(), 1);
    filter.setAudience(VoiceFilterModel::kNotAsked);
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, VoiceTableModel::WordsColumn).data().toString(),
             QStringLiteral("“Later”"));
    filter.setAudience(VoiceFilterModel::kAny);
    QCOMPARE(filter.rowCount(), 3);
    // An undo shows in the list at once.
    m_stack.undo();
    QCOMPARE(table.rowCount(), 2);
}

void TestVoiceDocument::anAnswerOutlivesTheReviewThatGaveIt()
{
    TimelineDocument timeline(*m_model);
    QVERIFY(!timeline.load());
    Event review;
    review.type = Event::Type::Review;
    review.date = FuzzyDate::day(2026, 3, 20);
    review.title = QStringLiteral("Spring review");
    Command::addEvent(m_stack, timeline, review);
    const ItemId reviewId = timeline.events().first().id;
    QCOMPARE(m_doc->decisions().size(), 1);
    VoiceEntry wish = entry(QStringLiteral("See Tyler"), 2);
    Command::addVoiceEntry(m_stack, *m_doc, wish);
    VoiceEntry answered = m_doc->entries().first();
    answered.answeredByEventId = reviewId;
    answered.outcome = VoiceEntry::Outcome::Done;
    answered.answer = QStringLiteral("Every two weeks from June");
    Command::answerVoiceEntry(m_stack, *m_doc, answered);

    Command::removeEvent(m_stack, timeline, reviewId);
    QVERIFY(m_doc->decisions().isEmpty());
    const VoiceEntry after = m_doc->entries().first();
    QCOMPARE(after.answeredByEventId, kNoId);
    QCOMPARE(after.answer, answered.answer);
    QVERIFY(after.isAnswered());
    QVERIFY(m_doc->waiting().isEmpty());
}

void TestVoiceDocument::aFailedWriteIsReportedAndLeavesNothingToUndo()
{
    // A person who is not in the file: the write fails on its link, as a full disk would.
    VoiceEntry broken = entry(QStringLiteral("Words"), 2);
    broken.presentIds = {4242};
    QSignalSpy failed(m_doc.get(), &VoiceDocument::failed);
    Command::addVoiceEntry(m_stack, *m_doc, broken);
    QCOMPARE(failed.size(), 1);
    QVERIFY(
        !failed.first().first().value<StorageError>().message().contains(QStringLiteral("Words")));
    QCOMPARE(m_stack.count(), 0);
    QVERIFY(m_doc->entries().isEmpty());
    QVERIFY(VoiceRepository(*m_file).all().isEmpty());
}

// The recording travels with its entry: added in the same step, replaced or taken away by an
// edit, gone when the entry goes, and each step undone with the bytes it had.
void TestVoiceDocument::aRecordingIsAddedReplacedAndRemovedWithItsEntry()
{
    const auto clip = [](double hz) {
        Media m;
        m.mimeType = OpusClip::mimeType();
        m.data = OpusClip::encode(Pcm::tone(hz, 0.5, 48000), 48000);
        m.durationMs = 500;
        return m;
    };
    const auto recordings = [this] {
        int n = 0;
        for (const Media &m : MediaRepository(*m_file).thumbnails())
            n += m.isRecording();
        return n;
    };
    VoiceEntry said = entry(QString(), 4); // a recording alone is what they said
    said.given = VoiceEntry::Given::OwnVoice;
    Command::addVoiceEntry(m_stack, *m_doc, said, clip(440));
    const VoiceEntry added = m_doc->entries().first();
    QVERIFY(added.recordingId != kNoId);
    QCOMPARE(recordings(), 1);
    const QByteArray first = m_doc->recordingBytes(added.recordingId);
    QVERIFY(first.startsWith("OggS"));

    // Replaced by a new recording: the old one leaves the case; undo brings it back, same id.
    Command::editVoiceEntry(m_stack, *m_doc, added, RecordingChange{true, clip(880)});
    const VoiceEntry replaced = *m_doc->entry(added.id);
    QVERIFY(replaced.recordingId != added.recordingId);
    QCOMPARE(recordings(), 1);
    QVERIFY(!MediaRepository(*m_file).find(added.recordingId));
    m_stack.undo();
    QCOMPARE(m_doc->entry(added.id)->recordingId, added.recordingId);
    QCOMPARE(m_doc->recordingBytes(added.recordingId), first);
    QCOMPARE(recordings(), 1);
    m_stack.redo();

    // Taken away: the words stay (none here) and the recording goes.
    Command::editVoiceEntry(m_stack, *m_doc, replaced, RecordingChange{true, std::nullopt});
    QCOMPARE(m_doc->entry(added.id)->recordingId, kNoId);
    QCOMPARE(recordings(), 0);
    m_stack.undo();
    QCOMPARE(recordings(), 1);

    // Removing the entry removes its recording; undo restores both.
    Command::removeVoiceEntry(m_stack, *m_doc, added.id);
    QCOMPARE(recordings(), 0);
    QVERIFY(VoiceRepository(*m_file).all().isEmpty());
    m_stack.undo();
    QCOMPARE(recordings(), 1);
    QCOMPARE(m_doc->entry(added.id)->recordingId, replaced.recordingId);
    // An edit that leaves the recording alone keeps it.
    VoiceEntry worded = *m_doc->entry(added.id);
    worded.words = QStringLiteral("I like the ducks");
    Command::editVoiceEntry(m_stack, *m_doc, worded);
    QCOMPARE(m_doc->entry(added.id)->recordingId, replaced.recordingId);
    QCOMPARE(recordings(), 1);
}

QTEST_MAIN(TestVoiceDocument)
#include "tst_voicedocument.moc"
