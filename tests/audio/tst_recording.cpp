// SPDX-License-Identifier: GPL-3.0-or-later
// Recording and playing the child's voice through a real sound server: PulseAudio with a null
// sink, started here; a tone played into it is what the microphone hears. What was recorded is
// encoded, stored in the encrypted case, read back, decoded and measured; no audio reaches the
// disk in the clear.
#include "casefile.h"
#include "keyderivation.h"
#include "mediarepository.h"
#include "opusclip.h"
#include "pcm.h"
#include "securebytes.h"
#include "soundserver.h"
#include "voiceplayer.h"
#include "voicerecorder.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Every file under `folder` changed since `since`, with its bytes.
QHash<QString, QByteArray> filesChangedSince(const QString &folder, const QDateTime &since)
{
    QHash<QString, QByteArray> out;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (it.fileInfo().lastModified() < since)
            continue;
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            out.insert(path, f.read(64 * 1024 * 1024));
    }
    return out;
}

} // namespace

class TestRecording : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aToneIsRecordedStoredAndComesBackAtItsPitch();
    void theLimitStopsTheRecording();
    void playedBackFromMemoryIsHeard();

private:
    SoundServer m_server;
};

void TestRecording::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(VoiceRecorder::hasMicrophone());
}

void TestRecording::aToneIsRecordedStoredAndComesBackAtItsPitch()
{
    QTemporaryDir caseDir;
    const QDateTime started = QDateTime::currentDateTime().addSecs(-1);
    StorageError storageError;
    auto file = CaseFile::create(caseDir.filePath(QStringLiteral("Voice.belonging")),
                                 SecureBytes::fromUtf8(QStringLiteral("pass")), &storageError,
                                 KdfParams::fastForTests());
    QVERIFY(file);

    VoiceRecorder recorder;
    QSignalSpy progress(&recorder, &VoiceRecorder::progress);
    QVERIFY2(recorder.start(), qPrintable(recorder.errorString()));
    QTest::qWait(300);
    // 660 Hz for two seconds, between silences.
    QVERIFY(m_server.play(Pcm::tone(660, 2.0, 48000, 0.6)));
    QVERIFY(m_server.waitForPlayed(10000));
    QTest::qWait(300);
    recorder.stop();
    QVERIFY(!recorder.isRecording());
    QVERIFY(progress.size() > 5);
    QByteArray pcm = recorder.takeRecording();
    const qint64 recordedMs = Pcm::durationMs(pcm, recorder.sampleRate());
    QVERIFY2(recordedMs >= 2000, qPrintable(QString::number(recordedMs)));
    const double heard = Pcm::pitchHz(pcm, recorder.sampleRate());
    QVERIFY2(qAbs(heard - 660) < 7, qPrintable(QString::number(heard)));

    // While it was recorded, nothing was written anywhere but memory.
    const auto changed = filesChangedSince(QDir::tempPath(), started);
    for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
        if (it.key().startsWith(m_server.folder()))
            continue; // the sound server's own socket and state
        QVERIFY2(!it.value().contains(pcm.mid(pcm.size() / 2, 64)), qPrintable(it.key()));
        QVERIFY2(!it.value().contains("OggS"), qPrintable(it.key()));
    }

    const QByteArray clip = OpusClip::encode(pcm, recorder.sampleRate());
    Pcm::wipe(pcm);
    QVERIFY(!clip.isEmpty());
    Media m;
    m.mimeType = OpusClip::mimeType();
    m.data = clip;
    m.addedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(!MediaRepository(*file).add(m));
    const QByteArray stored = MediaRepository(*file).data(m.id);
    file.reset();
    const auto back = OpusClip::decode(stored);
    QVERIFY(back);
    QVERIFY(qAbs(Pcm::durationMs(*back, OpusClip::kDecodedRate) - recordedMs) <= 30);
    const double kept = Pcm::pitchHz(*back, OpusClip::kDecodedRate);
    QVERIFY2(qAbs(kept - 660) < 7, qPrintable(QString::number(kept)));
    // The case folder holds the case alone, with no Ogg page in it.
    const auto inCase = filesChangedSince(caseDir.path(), started);
    QCOMPARE(inCase.size(), 1);
    QVERIFY(!inCase.cbegin().value().contains("OggS"));
}

void TestRecording::theLimitStopsTheRecording()
{
    VoiceRecorder recorder;
    recorder.setMaxSeconds(1);
    QSignalSpy stopped(&recorder, &VoiceRecorder::stopped);
    QVERIFY(recorder.start());
    QVERIFY(stopped.wait(5000));
    QCOMPARE(stopped.first().first().toBool(), true); // full
    QVERIFY(!recorder.isRecording());
    QCOMPARE(recorder.elapsedMs(), 1000);
    QByteArray pcm = recorder.takeRecording();
    QCOMPARE(pcm.size(), recorder.sampleRate() * 2);
    QCOMPARE(recorder.elapsedMs(), 0); // the recorder keeps nothing
}

void TestRecording::playedBackFromMemoryIsHeard()
{
    // The player's sound goes into the sink; the recorder hears it from the monitor.
    const QByteArray clip = OpusClip::encode(Pcm::tone(880, 1.5, 48000, 0.6), 48000);
    VoiceRecorder recorder;
    QVERIFY(recorder.start());
    VoicePlayer player;
    QSignalSpy finished(&player, &VoicePlayer::finished);
    QVERIFY2(player.play(clip), qPrintable(player.errorString()));
    QVERIFY(player.isPlaying());
    QVERIFY(finished.wait(10000));
    QVERIFY(!player.isPlaying());
    QTest::qWait(200);
    recorder.stop();
    const QByteArray heard = recorder.takeRecording();
    const double pitch = Pcm::pitchHz(heard, recorder.sampleRate());
    QVERIFY2(qAbs(pitch - 880) < 9, qPrintable(QString::number(pitch)));
    // A clip that is not a recording is refused before anything plays.
    QVERIFY(!player.play(QByteArray("not a recording")));
    QVERIFY(!player.errorString().isEmpty());
}

QTEST_GUILESS_MAIN(TestRecording)
#include "tst_recording.moc"
