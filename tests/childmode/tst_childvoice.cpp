// SPDX-License-Identifier: GPL-3.0-or-later
// A child in child mode, with a real sound server (PulseAudio, a null sink whose monitor is the
// microphone, started here): they answer a question in their own voice, add a memory with a
// photo and a recording, choose not to say, and size a worry, pressing only big buttons. An
// adult then plays the recording back in My say and hears it. Nothing reaches the disk in the
// clear on the way.
#include "../storage/testcase.h"
#include "childmapdocument.h"
#include "childmodeview.h"
#include "mediarepository.h"
#include "memoryrepository.h"
#include "mymemoriespage.h"
#include "opusclip.h"
#include "pcm.h"
#include "recordingpanel.h"
#include "soundserver.h"
#include "timelinedocument.h"
#include "voicedocument.h"
#include "voicepane.h"
#include "voicerecorder.h"
#include "voicerepository.h"

#include <QButtonGroup>
#include <QDirIterator>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QUndoStack>

namespace {

// Every file under `folder` written since `since` holds no Ogg page and no stretch of the raw
// recording: audio never reaches the disk unencrypted.
QString plainAudioUnder(const QString &folder, const QDateTime &since, const QString &skip)
{
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (it.fileInfo().lastModified() < since || path.startsWith(skip))
            continue;
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.read(64 * 1024 * 1024).contains("OggS"))
            return path;
    }
    return {};
}

} // namespace

class TestChildVoice : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aChildAnswersInTheirOwnVoice();
    void aMemoryWithAPhotoAndTheChildsVoice();
    void notSayingIsAChoiceAndAWorryHasASize();
    void aFileThatIsNotAPhotoIsSaidPlainly();

private:
    // Presses the record button, plays `hz` into the "microphone", presses stop and waits
    // until the recording is kept.
    void recordTone(RecordingPanel *panel, double hz);
    SoundServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CaseFile> m_file;
    std::unique_ptr<CaseModel> m_model;
    std::unique_ptr<VoiceDocument> m_voice;
    std::unique_ptr<TimelineDocument> m_timeline;
    std::unique_ptr<ChildMapDocument> m_map;
    std::unique_ptr<ChildModeView> m_child;
    QUndoStack m_stack;
    QDateTime m_started;
};

void TestChildVoice::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(VoiceRecorder::hasMicrophone());
}

void TestChildVoice::init()
{
    m_started = QDateTime::currentDateTime().addSecs(-1);
    m_dir = std::make_unique<QTemporaryDir>();
    m_file = TestCase::create(m_dir->filePath(QStringLiteral("c.belonging")));
    QVERIFY(m_file);
    m_model = TestCase::model(*m_file);
    ChildProfile child = m_model->child();
    child.knownAs = QStringLiteral("Ava");
    QVERIFY(!m_model->setChild(child));
    m_voice = std::make_unique<VoiceDocument>(*m_model);
    QVERIFY(!m_voice->load());
    m_timeline = std::make_unique<TimelineDocument>(*m_model);
    QVERIFY(!m_timeline->load());
    m_map = std::make_unique<ChildMapDocument>(*m_model);
    QVERIFY(!m_map->load());
    m_child = std::make_unique<ChildModeView>();
    m_child->setCase(m_model.get(), m_voice.get(), &m_stack);
    m_child->setChildMap(m_map.get());
    m_child->setMemories(m_timeline.get(), m_file.get());
    m_child->resize(1280, 720);
    m_child->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_child.get()));
    m_child->start();
}

void TestChildVoice::cleanup()
{
    m_child.reset();
    m_stack.clear();
    m_map.reset();
    m_timeline.reset();
    m_voice.reset();
    m_model.reset();
    m_file.reset();
    // Nothing in the clear anywhere the app writes: the temp folder, the case's folder.
    QCOMPARE(plainAudioUnder(QDir::tempPath(), m_started, m_server.folder()), QString());
    m_dir.reset();
}

void TestChildVoice::recordTone(RecordingPanel *panel, double hz)
{
    QSignalSpy kept(panel, &RecordingPanel::changed);
    QTest::mouseClick(panel->recordButton(), Qt::LeftButton);
    QVERIFY(panel->isBusy());
    QTest::qWait(300);
    QVERIFY(m_server.play(Pcm::tone(hz, 1.5, 48000, 0.6)));
    QVERIFY(m_server.waitForPlayed(10000));
    QTest::qWait(300);
    QTest::mouseClick(panel->recordButton(), Qt::LeftButton); // "Stop"
    QVERIFY(kept.wait(20000));                                // encoded off the screen's thread
    QVERIFY(panel->hasRecording());
    QVERIFY(!panel->isBusy());
}

void TestChildVoice::aChildAnswersInTheirOwnVoice()
{
    // Into My say with the keyboard: the say tile, then Space.
    m_child->sayTile()->setFocus();
    QTest::keyClick(m_child->sayTile(), Qt::Key_Space);
    QCOMPARE(m_child->currentPage(), m_child->sayPage());
    QVERIFY(!m_child->keepButton()->isEnabled());
    recordTone(m_child->sayRecording(), 660);
    QVERIFY(m_child->keepButton()->isEnabled()); // a recording alone is an answer
    QTest::mouseClick(m_child->keepButton(), Qt::LeftButton);

    QCOMPARE(m_voice->entries().size(), 1);
    const VoiceEntry said = m_voice->entries().first();
    QCOMPARE(said.given, VoiceEntry::Given::OwnVoice);
    QVERIFY(said.words.isEmpty());
    QVERIFY(said.recordingId != kNoId);
    QCOMPARE(said.audiences, quint8(0)); // who may hear it is asked afterwards
    const std::optional<Media> stored = MediaRepository(*m_file).find(said.recordingId);
    QVERIFY(stored && stored->isRecording());
    QVERIFY2(stored->durationMs >= 1500, qPrintable(QString::number(stored->durationMs)));
    const auto pcm = OpusClip::decode(stored->data);
    QVERIFY(pcm);
    const double pitch = Pcm::pitchHz(*pcm, OpusClip::kDecodedRate);
    QVERIFY2(qAbs(pitch - 660) < 7, qPrintable(QString::number(pitch)));
    // The panel is empty for the next question.
    QVERIFY(!m_child->sayRecording()->hasRecording());

    // An adult plays it in My say, and it is heard (the sink's monitor is the microphone).
    VoicePane pane;
    pane.setCase(m_model.get(), &m_stack);
    pane.show();
    pane.select(said.id);
    auto *play = pane.findChild<QPushButton *>(QStringLiteral("playRecording"));
    QVERIFY(play && play->isVisible());
    VoiceRecorder ear;
    QVERIFY(ear.start());
    QTest::mouseClick(play, Qt::LeftButton);
    QCOMPARE(play->text(), QStringLiteral("Sto&p playing"));
    // Until it has played to the end (a loaded machine starts it late).
    QTRY_COMPARE_WITH_TIMEOUT(play->text(), QStringLiteral("&Play the recording"), 15000);
    QTest::qWait(200);
    ear.stop();
    QByteArray heard = ear.takeRecording();
    QVERIFY2(qAbs(Pcm::pitchHz(heard, ear.sampleRate()) - 660) < 9,
             qPrintable(QString::number(Pcm::pitchHz(heard, ear.sampleRate()))));

    // Undo takes the answer and its recording out of the case; redo brings both back.
    m_stack.undo();
    QVERIFY(!MediaRepository(*m_file).find(said.recordingId));
    m_stack.redo();
    QVERIFY(MediaRepository(*m_file).find(said.recordingId));
}

void TestChildVoice::aMemoryWithAPhotoAndTheChildsVoice()
{
    QImage photo(640, 480, QImage::Format_RGB32);
    photo.fill(QColor(0x88, 0xcc, 0x66));
    const QString photoPath = m_dir->filePath(QStringLiteral("park.jpg"));
    QVERIFY(photo.save(photoPath));
    m_child->memoriesTile()->setFocus();
    QTest::keyClick(m_child->memoriesTile(), Qt::Key_Space);
    MyMemoriesPage *page = m_child->memoriesPage();
    QCOMPARE(m_child->currentPage(), page);
    QTest::keyClicks(page->titleEdit(), QStringLiteral("Feeding the ducks"));
    page->setChoosePhoto([photoPath] { return photoPath; }); // the adult picks the photo
    QTest::mouseClick(page->photoButton(), Qt::LeftButton);
    recordTone(page->recording(), 440);
    QVERIFY(page->keepButton()->isEnabled());
    QTest::mouseClick(page->keepButton(), Qt::LeftButton);

    const QList<Memory> memories = MemoryRepository(*m_file).all();
    QCOMPARE(memories.size(), 1);
    const Memory &m = memories.first();
    QCOMPARE(m.title, QStringLiteral("Feeding the ducks"));
    QVERIFY(m.date.isUnknown()); // when it happened is for an adult to add, never guessed
    QCOMPARE(m.mediaIds.size(), 1);
    QVERIFY(m.recordingId != kNoId);
    const auto voice = OpusClip::decode(MediaRepository(*m_file).data(m.recordingId));
    QVERIFY(voice);
    const double pitch = Pcm::pitchHz(*voice, OpusClip::kDecodedRate);
    QVERIFY2(qAbs(pitch - 440) < 7, qPrintable(QString::number(pitch)));
    QCOMPARE(m_child->memoriesKept(), 1);
    QVERIFY(page->titleEdit()->text().isEmpty()); // ready for another
    // One undo takes the memory, its photo and its recording.
    m_stack.undo();
    QVERIFY(MemoryRepository(*m_file).all().isEmpty());
    QVERIFY(!MediaRepository(*m_file).find(m.recordingId));
    QVERIFY(MediaRepository(*m_file).thumbnails().isEmpty());
}

void TestChildVoice::notSayingIsAChoiceAndAWorryHasASize()
{
    QTest::mouseClick(m_child->sayTile(), Qt::LeftButton);
    // Question 1 (good things): "I don't want to say".
    QPushButton *notSaying = nullptr;
    for (QPushButton *b : m_child->sayPage()->findChildren<QPushButton *>()) {
        if (b->text() == QStringLiteral("I don't want to say"))
            notSaying = b;
    }
    QVERIFY(notSaying);
    QVERIFY(!m_child->worryMeter()->buttons().first()->isVisible()); // not about worries
    QTest::mouseClick(notSaying, Qt::LeftButton);
    QCOMPARE(m_voice->entries().size(), 1);
    QVERIFY(m_voice->entries().first().declined);
    QVERIFY(m_voice->entries().first().words.isEmpty()); // a choice, not words they said
    // Question 2 (worries): the meter shows; the biggest worry is a big button.
    QAbstractButton *big = m_child->worryMeter()->button(5);
    QVERIFY(big->isVisible());
    QVERIFY(big->height() > m_child->worryMeter()->button(1)->height());
    QTest::mouseClick(big, Qt::LeftButton);
    QVERIFY(m_child->keepButton()->isEnabled());
    QTest::keyClicks(m_child->answerEdit(), QStringLiteral("Moving school"));
    QTest::mouseClick(m_child->keepButton(), Qt::LeftButton);
    const QList<VoiceEntry> stored = VoiceRepository(*m_file).all();
    QCOMPARE(stored.size(), 2);
    const auto worry = std::find_if(stored.cbegin(), stored.cend(), [](const VoiceEntry &e) {
        return e.topic == VoiceEntry::Topic::Worries;
    });
    QVERIFY(worry != stored.cend());
    QCOMPARE(worry->worrySize, 5);
    QCOMPARE(worry->words, QStringLiteral("Moving school"));
    QCOMPARE(worry->given, VoiceEntry::Given::TypedByChild);
    // The next question starts with no size chosen.
    QCOMPARE(m_child->worryMeter()->checkedId(), -1);
}

void TestChildVoice::aFileThatIsNotAPhotoIsSaidPlainly()
{
    const QString notAPhoto = m_dir->filePath(QStringLiteral("notes.jpg"));
    QFile f(notAPhoto);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("These are the adult's notes, not a picture");
    f.close();
    QTest::mouseClick(m_child->memoriesTile(), Qt::LeftButton);
    MyMemoriesPage *page = m_child->memoriesPage();
    page->setChoosePhoto([notAPhoto] { return notAPhoto; });
    QTest::mouseClick(page->photoButton(), Qt::LeftButton);
    QLabel *problem = nullptr;
    for (QLabel *l : page->findChildren<QLabel *>()) {
        if (l->isVisible() && l->text().contains(QStringLiteral("could not be used")))
            problem = l;
    }
    QVERIFY(problem);
    QVERIFY(!problem->text().contains(QStringLiteral("notes"))); // nothing of the file told
    QVERIFY(!page->keepButton()->isEnabled());                   // nothing to keep yet
    // Choosing nothing (the dialog cancelled) changes nothing.
    page->setChoosePhoto([] { return QString(); });
    QTest::mouseClick(page->photoButton(), Qt::LeftButton);
    QVERIFY(MediaRepository(*m_file).thumbnails().isEmpty());
}

QTEST_MAIN(TestChildVoice)
#include "tst_childvoice.moc"
