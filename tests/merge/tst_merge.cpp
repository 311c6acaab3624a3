// SPDX-License-Identifier: GPL-3.0-or-later
// Bringing two copies of one story together, as a carer and a social worker would: each edits
// their own copy of the real encrypted file, then one brings in the other's changes. Every case
// the issue names — both add, both edit different fields, both edit the same field, edit
// against removal, merging twice, a hand-over copy coming home — and undo, checked row by row.
#include "casecontentio.h"
#include "casedump.h"
#include "copymerge.h"
#include "diskfaults.h"
#include "handmadecase.h"
#include "handoverwriter.h"
#include "mediarepository.h"
#include "memoryrepository.h"
#include "personrepository.h"
#include "recordversions.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

namespace {

const char *const kPass = "the carer's passphrase";
const char *const kOtherPass = "the worker's passphrase";

SecureBytes pass(const char *text)
{
    return SecureBytes::fromUtf8(QString::fromUtf8(text));
}

CaseFile::Key keyFor(const QString &path, const char *text)
{
    return CaseFile::keyFor(path, pass(text), KdfParams::fastForTests());
}

QString dumpAll(CaseFile &file)
{
    return dumpEveryRow(file);
}

std::optional<Person> personNamed(CaseFile &file, const QString &knownAs)
{
    for (const Person &p : PersonRepository(file).all()) {
        if (p.knownAs == knownAs)
            return p;
    }
    return std::nullopt;
}

std::optional<Memory> memoryTitled(CaseFile &file, const QString &title)
{
    for (const Memory &m : MemoryRepository(file).all()) {
        if (m.title == title)
            return m;
    }
    return std::nullopt;
}

} // namespace

class TestMerge : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void additionsOnBothSidesAreKept();
    void differentFieldsChangedOnEachSideAreBothKept();
    void theSameFieldChangedOnBothSidesIsAskedAndEitherAnswerHolds();
    void removedHereButChangedThereIsAsked();
    void removedThereButChangedHereIsAsked();
    void aRemovalOfSomethingUntouchedFollows();
    void mergingTwiceChangesNothing();
    void undoPutsEveryRowBackAndRedoAgain();
    void aHandoverCopyComesHomeWithoutWhatWasLeftOut();
    void aCopiedFileIsANewCopyOfTheSameStory();
    void anotherStoryOrAWrongPassphraseIsRefusedAndChangesNothing();
    void picturesAddedThereArriveWhole();
    void aFullDiskPartWayLeavesThisCopyAsItWas();

private:
    // The carer's case, and the worker's copy of it ("Save a Copy"), both open.
    void makeCopies();
    std::unique_ptr<CopyMerge> prepare();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CaseFile> m_mine;
    std::unique_ptr<CaseFile> m_theirs;
    QString m_theirsPath;
};

void TestMerge::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    makeCopies();
}

void TestMerge::cleanup()
{
    m_theirs.reset();
    m_mine.reset();
    m_dir.reset();
}

void TestMerge::makeCopies()
{
    const QString path = m_dir->filePath(QStringLiteral("Jade.belonging"));
    StorageError error;
    m_mine = CaseFile::create(path, pass(kPass), &error, KdfParams::fastForTests());
    QVERIFY2(m_mine, qPrintable(error.detail()));
    CaseContent content = HandMade::handMadeCase();
    QVERIFY(!CaseContentIO::write(*m_mine, content));
    m_theirsPath = m_dir->filePath(QStringLiteral("Jade (worker).belonging"));
    const SecureBytes other = pass(kOtherPass);
    QVERIFY(!m_mine->saveCopy(m_theirsPath, &other, KdfParams::fastForTests()));
    m_theirs = CaseFile::open(m_theirsPath, other, &error, KdfParams::fastForTests());
    QVERIFY2(m_theirs, qPrintable(error.detail()));
}

std::unique_ptr<CopyMerge> TestMerge::prepare()
{
    // The other copy is closed, as it would be on the worker's memory stick.
    m_theirs.reset();
    auto merge = CopyMerge::prepare(*m_mine, m_theirsPath, keyFor(m_theirsPath, kOtherPass));
    if (merge->problem != CopyMerge::Problem::None)
        qWarning("prepare: %s", qPrintable(merge->message()));
    return merge;
}

void TestMerge::additionsOnBothSidesAreKept()
{
    Person jo = HandMade::person(0, QStringLiteral("Joanne Ashdown"), QStringLiteral("Aunty Jo"),
                                 Person::Role::OtherRelative);
    QVERIFY(!PersonRepository(*m_mine).add(jo));
    Memory park;
    park.title = QStringLiteral("Feeding ducks in the park");
    park.peopleIds = {personNamed(*m_theirs, QStringLiteral("Kai"))->id};
    QVERIFY(!MemoryRepository(*m_theirs).add(park));

    auto merge = prepare();
    QCOMPARE(merge->problem, CopyMerge::Problem::None);
    QCOMPARE(merge->plan.additions.size(), 1);
    QVERIFY(merge->plan.conflicts.isEmpty());
    QVERIFY(merge->plan.removals.isEmpty());
    const MergeWriter::Outcome out = merge->bringIn(*m_mine);
    QVERIFY2(!out.error, qPrintable(out.error.detail()));
    QCOMPARE(out.added, 1);

    QVERIFY(personNamed(*m_mine, QStringLiteral("Aunty Jo")));
    const auto arrived = memoryTitled(*m_mine, park.title);
    QVERIFY(arrived);
    // Who was there points at this copy's Kai.
    QCOMPARE(arrived->peopleIds, QList<ItemId>{personNamed(*m_mine, QStringLiteral("Kai"))->id});
    QVERIFY(!m_mine->checkIntegrity());
}

void TestMerge::differentFieldsChangedOnEachSideAreBothKept()
{
    Person kaiHere = *personNamed(*m_mine, QStringLiteral("Kai"));
    kaiHere.childsWords = QStringLiteral("My big brother");
    QVERIFY(!PersonRepository(*m_mine).update(kaiHere));
    Person kaiThere = *personNamed(*m_theirs, QStringLiteral("Kai"));
    kaiThere.roleDetail = QStringLiteral("lives with his dad");
    QVERIFY(!PersonRepository(*m_theirs).update(kaiThere));

    auto merge = prepare();
    QCOMPARE(merge->plan.changes.size(), 1);
    QVERIFY(merge->plan.conflicts.isEmpty());
    QVERIFY(!merge->bringIn(*m_mine).error);
    const Person kai = *personNamed(*m_mine, QStringLiteral("Kai"));
    QCOMPARE(kai.childsWords, QStringLiteral("My big brother"));
    QCOMPARE(kai.roleDetail, QStringLiteral("lives with his dad"));
}

void TestMerge::theSameFieldChangedOnBothSidesIsAskedAndEitherAnswerHolds()
{
    Person mumHere = *personNamed(*m_mine, QStringLiteral("Mum"));
    mumHere.phone = QStringLiteral("07700 900999");
    QVERIFY(!PersonRepository(*m_mine).update(mumHere));
    Person mumThere = *personNamed(*m_theirs, QStringLiteral("Mum"));
    mumThere.phone = QStringLiteral("07700 900555");
    QVERIFY(!PersonRepository(*m_theirs).update(mumThere));

    auto merge = prepare();
    QCOMPARE(merge->plan.conflicts.size(), 1);
    QVERIFY(merge->plan.changes.isEmpty());
    QCOMPARE(RecordVersions::fieldName(RecordKind::all()[merge->plan.conflicts[0].kind],
                                       merge->plan.conflicts[0].field),
             QStringLiteral("phone"));
    // Nothing is written until every question has an answer.
    QVERIFY(merge->bringIn(*m_mine).error);
    QCOMPARE(personNamed(*m_mine, QStringLiteral("Mum"))->phone, QStringLiteral("07700 900999"));

    merge->plan.conflicts[0].choice = MergePlan::Choice::Theirs;
    QVERIFY(!merge->bringIn(*m_mine).error);
    QCOMPARE(personNamed(*m_mine, QStringLiteral("Mum"))->phone, QStringLiteral("07700 900555"));
    merge.reset();

    // The answer stands: the next merge asks nothing.
    auto again = prepare();
    QVERIFY2(again->plan.isEmpty(), "an answered conflict is not asked twice");

    // Answered the other way in a fresh pair of copies, this copy's value stays — and stays
    // when merged again.
    cleanup();
    init();
    mumHere = *personNamed(*m_mine, QStringLiteral("Mum"));
    mumHere.phone = QStringLiteral("07700 900999");
    QVERIFY(!PersonRepository(*m_mine).update(mumHere));
    mumThere = *personNamed(*m_theirs, QStringLiteral("Mum"));
    mumThere.phone = QStringLiteral("07700 900555");
    QVERIFY(!PersonRepository(*m_theirs).update(mumThere));
    merge = prepare();
    merge->plan.chooseAll(MergePlan::Choice::Mine);
    QVERIFY(!merge->bringIn(*m_mine).error);
    QCOMPARE(personNamed(*m_mine, QStringLiteral("Mum"))->phone, QStringLiteral("07700 900999"));
    merge.reset();
    QVERIFY(prepare()->plan.isEmpty());
}

void TestMerge::removedHereButChangedThereIsAsked()
{
    QVERIFY(!MemoryRepository(*m_mine).remove(
        memoryTitled(*m_mine, QStringLiteral("Seaside day with Kai"))->id));
    Memory there = *memoryTitled(*m_theirs, QStringLiteral("Seaside day with Kai"));
    there.childsWords = QStringLiteral("We built a castle");
    QVERIFY(!MemoryRepository(*m_theirs).update(there));

    auto merge = prepare();
    QCOMPARE(merge->plan.questions.size(), 1);
    QVERIFY(merge->plan.questions[0].removedHere);
    QVERIFY(merge->plan.additions.isEmpty());
    merge->plan.questions[0].choice = MergePlan::Choice::Theirs; // bring it back
    QVERIFY(!merge->bringIn(*m_mine).error);
    const auto back = memoryTitled(*m_mine, QStringLiteral("Seaside day with Kai"));
    QVERIFY(back);
    QCOMPARE(back->childsWords, QStringLiteral("We built a castle"));
    QCOMPARE(back->mediaIds.size(), 1); // with its picture
    merge.reset();
    QVERIFY(prepare()->plan.isEmpty());
}

void TestMerge::removedThereButChangedHereIsAsked()
{
    Person teacher = *personNamed(*m_mine, QStringLiteral("Mrs Pellow"));
    teacher.childsWords = QStringLiteral("She helps me read");
    QVERIFY(!PersonRepository(*m_mine).update(teacher));
    QVERIFY(!PersonRepository(*m_theirs).remove(
        personNamed(*m_theirs, QStringLiteral("Mrs Pellow"))->id));

    auto merge = prepare();
    QCOMPARE(merge->plan.questions.size(), 1);
    QVERIFY(!merge->plan.questions[0].removedHere);
    QVERIFY(merge->plan.removals.isEmpty());
    merge->plan.questions[0].choice = MergePlan::Choice::Mine; // keep her
    QVERIFY(!merge->bringIn(*m_mine).error);
    QVERIFY(personNamed(*m_mine, QStringLiteral("Mrs Pellow")));
    merge.reset();
    QVERIFY2(prepare()->plan.isEmpty(), "keeping her is remembered");
}

void TestMerge::aRemovalOfSomethingUntouchedFollows()
{
    QVERIFY(!MemoryRepository(*m_theirs).remove(
        memoryTitled(*m_theirs, QStringLiteral("Seaside day with Kai"))->id));
    auto merge = prepare();
    QCOMPARE(merge->plan.removals.size(), 1);
    QVERIFY(merge->plan.questions.isEmpty());
    QCOMPARE(merge->bringIn(*m_mine).removed, 1);
    QVERIFY(!memoryTitled(*m_mine, QStringLiteral("Seaside day with Kai")));
    QVERIFY(!m_mine->checkIntegrity());
}

void TestMerge::mergingTwiceChangesNothing()
{
    Person kai = *personNamed(*m_theirs, QStringLiteral("Kai"));
    kai.notes = QStringLiteral("Moved to Year 6");
    QVERIFY(!PersonRepository(*m_theirs).update(kai));
    Memory park;
    park.title = QStringLiteral("Feeding ducks in the park");
    QVERIFY(!MemoryRepository(*m_theirs).add(park));

    auto merge = prepare();
    QVERIFY(!merge->bringIn(*m_mine).error);
    merge.reset();
    const QString after = dumpAll(*m_mine);
    auto again = prepare();
    QVERIFY(again->plan.isEmpty());
    QVERIFY(!again->bringIn(*m_mine).error);
    again.reset();
    // Only the record of how far each copy has been seen may move; the story does not.
    const auto story = [](QString dump) {
        QStringList lines = dump.split(QLatin1Char('\n'));
        lines.removeIf([](const QString &l) {
            return l.startsWith(QLatin1String("copy_")) || l.startsWith(QLatin1String("field_"));
        });
        return lines;
    };
    QCOMPARE(story(dumpAll(*m_mine)), story(after));
    QCOMPARE(MemoryRepository(*m_mine).all().size(), 3);
}

void TestMerge::undoPutsEveryRowBackAndRedoAgain()
{
    Person mumThere = *personNamed(*m_theirs, QStringLiteral("Mum"));
    mumThere.knownAs = QStringLiteral("Mummy");
    QVERIFY(!PersonRepository(*m_theirs).update(mumThere));
    QVERIFY(!PersonRepository(*m_theirs).remove(
        personNamed(*m_theirs, QStringLiteral("Mrs Pellow"))->id));
    Memory park;
    park.title = QStringLiteral("Feeding ducks in the park");
    park.mediaIds = {MediaRepository(*m_theirs).thumbnails().first().id};
    QVERIFY(!MemoryRepository(*m_theirs).add(park));

    auto merge = prepare();
    const QString before = dumpAll(*m_mine);
    const MergeWriter::Outcome out = merge->bringIn(*m_mine);
    QVERIFY(!out.error);
    QVERIFY(!out.undo.isEmpty());
    const QString merged = dumpAll(*m_mine);
    QVERIFY(merged != before);
    QVERIFY(!personNamed(*m_mine, QStringLiteral("Mrs Pellow")));

    QStringList redo;
    QVERIFY(!MergeWriter::replay(*m_mine, out.undo, &redo));
    QCOMPARE(dumpAll(*m_mine), before);
    QVERIFY(personNamed(*m_mine, QStringLiteral("Mrs Pellow")));
    QStringList undoAgain;
    QVERIFY(!MergeWriter::replay(*m_mine, redo, &undoAgain));
    QCOMPARE(dumpAll(*m_mine), merged);
    QVERIFY(!m_mine->checkIntegrity());
}

void TestMerge::aHandoverCopyComesHomeWithoutWhatWasLeftOut()
{
    m_theirs.reset();
    Person kaiHere = *personNamed(*m_mine, QStringLiteral("Kai"));
    kaiHere.notes = QStringLiteral("Kai's social worker is Pat Lowe");
    QVERIFY(!PersonRepository(*m_mine).update(kaiHere));
    const QString copyPath = m_dir->filePath(QStringLiteral("Jade for new carers.belonging"));
    const CaseFile::Key key = CaseFile::newKey(pass(kOtherPass), KdfParams::fastForTests());
    HandoverWriter::Request request;
    request.receiver = HandoverRecord::Receiver::NewCarers;
    request.leaveOut = {personNamed(*m_mine, QStringLiteral("Mum"))->id};
    request.from = QStringLiteral("Helen Roy");
    const HandoverWriter::Outcome made = HandoverWriter::write(*m_mine, request, copyPath, key);
    QVERIFY2(!made.error, qPrintable(made.error.detail()));
    const QString home = dumpAll(*m_mine);

    // The new carers add a memory and a person, and change a memory they were given.
    StorageError error;
    {
        auto copy = CaseFile::open(copyPath, key, &error);
        QVERIFY(copy);
        QVERIFY(!personNamed(*copy, QStringLiteral("Mum")));
        Person nan = HandMade::person(0, QStringLiteral("Nan Wynn"), QStringLiteral("Nanna Wynn"),
                                      Person::Role::OtherRelative);
        QVERIFY(!PersonRepository(*copy).add(nan));
        Memory firstDay;
        firstDay.title = QStringLiteral("First day at the new house");
        firstDay.peopleIds = {nan.id};
        QVERIFY(!MemoryRepository(*copy).add(firstDay));
        Memory beach = *memoryTitled(*copy, QStringLiteral("Seaside day with Kai"));
        beach.childsWords = QStringLiteral("The sea was cold!");
        QVERIFY(!MemoryRepository(*copy).update(beach));
        // Kai saved from the person window: his notes, left out of this copy, written back
        // as an empty box — not a change (from a trial: the original's notes were wiped).
        Person kai = *personNamed(*copy, QStringLiteral("Kai"));
        QVERIFY(kai.notes.isEmpty());
        kai.notes = QStringLiteral("");
        kai.childsWords = QStringLiteral("My brother");
        QVERIFY(!PersonRepository(*copy).update(kai));
    }

    auto merge = CopyMerge::prepare(*m_mine, copyPath, key);
    QCOMPARE(merge->problem, CopyMerge::Problem::None);
    QVERIFY(merge->plan.conflicts.isEmpty());
    QVERIFY(merge->plan.questions.isEmpty());
    QVERIFY2(merge->plan.removals.isEmpty(), "what was left out of the copy is not 'removed'");
    QCOMPARE(merge->plan.additions.size(), 2);
    QCOMPARE(merge->plan.changes.size(), 2);
    QVERIFY(!merge->bringIn(*m_mine).error);
    merge.reset();
    QCOMPARE(personNamed(*m_mine, QStringLiteral("Kai"))->notes,
             QStringLiteral("Kai's social worker is Pat Lowe"));
    QCOMPARE(personNamed(*m_mine, QStringLiteral("Kai"))->childsWords,
             QStringLiteral("My brother"));

    // Home: the new things and the change, and everything left out of the copy as it was.
    QVERIFY(personNamed(*m_mine, QStringLiteral("Nanna Wynn")));
    QVERIFY(memoryTitled(*m_mine, QStringLiteral("First day at the new house")));
    QCOMPARE(memoryTitled(*m_mine, QStringLiteral("Seaside day with Kai"))->childsWords,
             QStringLiteral("The sea was cold!"));
    const Person mum = *personNamed(*m_mine, QStringLiteral("Mum"));
    QCOMPARE(mum.address, QStringLiteral("14 Quarry Lane, Hexham"));
    QCOMPARE(mum.notes, QStringLiteral("PRONOTE about contact"));
    QVERIFY(memoryTitled(*m_mine, QStringLiteral("PRIVATEMEMORY")));
    for (const QString &marker : {QStringLiteral("HOMEADDR"), QStringLiteral("RELNOTE"),
                                  QStringLiteral("VOICEWORKER"), QStringLiteral("Dean Marsh")})
        QCOMPARE(dumpAll(*m_mine).count(marker), home.count(marker));

    // Later the new carers write notes of their own where Kai's were left out: asked, never
    // written over the original's.
    {
        auto copy = CaseFile::open(copyPath, key, &error);
        QVERIFY(copy);
        Person kai = *personNamed(*copy, QStringLiteral("Kai"));
        kai.notes = QStringLiteral("Loves Lego");
        QVERIFY(!PersonRepository(*copy).update(kai));
    }
    merge = CopyMerge::prepare(*m_mine, copyPath, key);
    QVERIFY(merge->plan.changes.isEmpty());
    QCOMPARE(merge->plan.conflicts.size(), 1);
    QCOMPARE(RecordVersions::fieldName(RecordKind::all()[merge->plan.conflicts[0].kind],
                                       merge->plan.conflicts[0].field),
             QStringLiteral("notes"));
}

void TestMerge::aCopiedFileIsANewCopyOfTheSameStory()
{
    StorageError error;
    const RecordVersions::State mine = RecordVersions::read(*m_mine, &error);
    const RecordVersions::State theirs = RecordVersions::read(*m_theirs, &error);
    QCOMPARE(theirs.story, mine.story);
    QVERIFY(theirs.copy != mine.copy);
    QVERIFY(theirs.seen.contains(mine.copy));
}

void TestMerge::anotherStoryOrAWrongPassphraseIsRefusedAndChangesNothing()
{
    const QString before = dumpAll(*m_mine);
    m_theirs.reset();
    auto wrong = CopyMerge::prepare(*m_mine, m_theirsPath, keyFor(m_theirsPath, "not it"));
    QCOMPARE(wrong->problem, CopyMerge::Problem::CannotOpen);
    QCOMPARE(wrong->error.kind(), StorageError::Kind::WrongPassphrase);

    const QString otherStory = m_dir->filePath(QStringLiteral("Sam.belonging"));
    StorageError error;
    {
        auto sam =
            CaseFile::create(otherStory, pass(kOtherPass), &error, KdfParams::fastForTests());
        QVERIFY(sam);
        CaseContent c = HandMade::handMadeCase();
        c.child.knownAs = QStringLiteral("Sam");
        QVERIFY(!CaseContentIO::write(*sam, c));
    }
    auto different = CopyMerge::prepare(*m_mine, otherStory, keyFor(otherStory, kOtherPass));
    QCOMPARE(different->problem, CopyMerge::Problem::DifferentStory);
    QVERIFY(!different->message().contains(QLatin1String("Sam")));
    QVERIFY(dumpAll(*m_mine).count(QLatin1String("Sam")) == before.count(QLatin1String("Sam")));
}

void TestMerge::picturesAddedThereArriveWhole()
{
    Media photo;
    photo.mimeType = QStringLiteral("image/png");
    photo.data = HandMade::picture(Qt::green);
    photo.thumbnail = photo.data;
    photo.width = 40;
    photo.height = 30;
    photo.caption = QStringLiteral("The new bike");
    QVERIFY(!MediaRepository(*m_theirs).add(photo));
    Memory bike;
    bike.title = QStringLiteral("My new bike");
    bike.mediaIds = {photo.id};
    QVERIFY(!MemoryRepository(*m_theirs).add(bike));

    auto merge = prepare();
    QCOMPARE(merge->plan.additions.size(), 2);
    QVERIFY(!merge->bringIn(*m_mine).error);
    const auto arrived = memoryTitled(*m_mine, QStringLiteral("My new bike"));
    QVERIFY(arrived);
    QCOMPARE(arrived->mediaIds.size(), 1);
    const auto picture = MediaRepository(*m_mine).find(arrived->mediaIds.first());
    QVERIFY(picture);
    QCOMPARE(picture->data, photo.data);
    QCOMPARE(picture->caption, photo.caption);
}

void TestMerge::aFullDiskPartWayLeavesThisCopyAsItWas()
{
    // Enough coming in that the case must grow; then no room to grow.
    QVERIFY(!m_theirs->beginBatch());
    for (int i = 0; i < 400; ++i) {
        Memory m;
        m.title = QStringLiteral("A long day out, number %1, ").arg(i).repeated(20);
        QVERIFY(!MemoryRepository(*m_theirs).add(m));
    }
    QVERIFY(!m_theirs->endBatch(true));
    auto merge = prepare();
    QCOMPARE(merge->plan.additions.size(), 400);
    const QString before = dumpAll(*m_mine);
    MergeWriter::Outcome out;
    {
        DiskFaults::FullDisk full(QFileInfo(m_mine->path()).size());
        QVERIFY(full.ok());
        out = merge->bringIn(*m_mine);
    }
    QVERIFY(out.error);
    QCOMPARE(out.error.kind(), StorageError::Kind::DiskFull);
    QVERIFY(out.undo.isEmpty());
    QCOMPARE(dumpAll(*m_mine), before);
    QVERIFY(!m_mine->checkIntegrity());
    // With room again it goes in whole.
    QVERIFY(!merge->bringIn(*m_mine).error);
    QCOMPARE(MemoryRepository(*m_mine).all().size(), 402);
}

QTEST_GUILESS_MAIN(TestMerge)
#include "tst_merge.moc"
