// SPDX-License-Identifier: GPL-3.0-or-later
// No sound server and no microphone: recording and playing say so plainly, and nothing hangs.
#include "opusclip.h"
#include "pcm.h"
#include "recordingpanel.h"
#include "voiceplayer.h"
#include "voicerecorder.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

class TestNoSound : public QObject
{
    Q_OBJECT

private slots:
    void recordingSaysThereIsNoMicrophone();
    void playingSaysThereIsNoSpeaker();
    void theRecordButtonSaysSoWhereTheChildIsLooking();
};

void TestNoSound::recordingSaysThereIsNoMicrophone()
{
    QVERIFY(!VoiceRecorder::hasMicrophone());
    VoiceRecorder recorder;
    QVERIFY(!recorder.start());
    QVERIFY(!recorder.isRecording());
    QVERIFY2(recorder.errorString().contains(QStringLiteral("No microphone")),
             qPrintable(recorder.errorString()));
    QVERIFY(recorder.takeRecording().isEmpty());
}

void TestNoSound::playingSaysThereIsNoSpeaker()
{
    VoicePlayer player;
    QVERIFY(!player.play(OpusClip::encode(Pcm::tone(440, 0.5, 48000), 48000)));
    QVERIFY(!player.isPlaying());
    QVERIFY2(player.errorString().contains(QStringLiteral("No speaker")),
             qPrintable(player.errorString()));
}

void TestNoSound::theRecordButtonSaysSoWhereTheChildIsLooking()
{
    RecordingPanel panel(RecordingPanel::Voice::Child);
    panel.show();
    QSignalSpy problems(&panel, &RecordingPanel::problem);
    QTest::mouseClick(panel.recordButton(), Qt::LeftButton);
    QCOMPARE(problems.size(), 1);
    auto *shown = panel.findChild<QLabel *>(QStringLiteral("recordingProblem"));
    QVERIFY(shown && shown->isVisible());
    QVERIFY(shown->text().contains(QStringLiteral("No microphone")));
    QVERIFY(!panel.hasRecording());
    QVERIFY(!panel.isBusy());
    QVERIFY(!panel.newRecording());
    QCOMPARE(panel.recordButton()->text(), QStringLiteral("Record my voice")); // can try again
}

int main(int argc, char **argv)
{
    // A server that is not there (set before Qt Multimedia looks for one).
    qputenv("PULSE_SERVER", "unix:/nonexistent/belonging-no-sound");
    QApplication app(argc, argv);
    TestNoSound test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_nosound.moc"
