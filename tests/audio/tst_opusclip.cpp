// SPDX-License-Identifier: GPL-3.0-or-later
// The child's voice as stored: encoded and decoded in memory, kept only inside the encrypted
// case, and refused plainly when the bytes are not a recording. No sound server is needed.
#include "casefile.h"
#include "keyderivation.h"
#include "mediarepository.h"
#include "opusclip.h"
#include "pcm.h"
#include "securebytes.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestOpusClip : public QObject
{
    Q_OBJECT

private slots:
    void aToneComesBackAsLongAndAtItsPitch_data();
    void aToneComesBackAsLongAndAtItsPitch();
    void aRecordingIsSmall();
    void notARecordingIsRefusedPlainly_data();
    void notARecordingIsRefusedPlainly();
    void aCutOffRecordingPlaysWhatIsThere();
    void storedOnlyEncryptedInTheCase();
    void wipeLeavesOtherHoldersAlone();
};

void TestOpusClip::aToneComesBackAsLongAndAtItsPitch_data()
{
    QTest::addColumn<int>("rate");
    QTest::addColumn<double>("hz");
    QTest::newRow("48 kHz, 440 Hz") << 48000 << 440.0;
    QTest::newRow("16 kHz microphone, 300 Hz") << 16000 << 300.0;
    QTest::newRow("44.1 kHz, 1 kHz") << 44100 << 1000.0;
}

void TestOpusClip::aToneComesBackAsLongAndAtItsPitch()
{
    QFETCH(int, rate);
    QFETCH(double, hz);
    const QByteArray pcm = Pcm::tone(hz, 3.0, rate);
    QCOMPARE(Pcm::durationMs(pcm, rate), 3000);
    QString error;
    const QByteArray clip = OpusClip::encode(pcm, rate, &error);
    QVERIFY2(!clip.isEmpty(), qPrintable(error));
    QVERIFY(OpusClip::looksLikeOpus(clip));
    QVERIFY(qAbs(OpusClip::durationMs(clip) - 3000) <= 20);
    const auto back = OpusClip::decode(clip, &error);
    QVERIFY2(back, qPrintable(error));
    QVERIFY2(qAbs(Pcm::durationMs(*back, OpusClip::kDecodedRate) - 3000) <= 20,
             qPrintable(QString::number(Pcm::durationMs(*back, OpusClip::kDecodedRate))));
    const double pitch = Pcm::pitchHz(*back, OpusClip::kDecodedRate);
    QVERIFY2(qAbs(pitch - hz) < hz * 0.01, qPrintable(QString::number(pitch)));
    QVERIFY(Pcm::peak(*back) > 0.4 && Pcm::peak(*back) < 0.6);
}

void TestOpusClip::aRecordingIsSmall()
{
    // Five minutes of speech-like sound stays under a megabyte.
    QByteArray pcm;
    for (int i = 0; i < 60; ++i)
        pcm += Pcm::tone(180 + 40 * (i % 5), 5.0, 48000, 0.3);
    const QByteArray clip = OpusClip::encode(pcm, 48000);
    QVERIFY(!clip.isEmpty());
    QVERIFY2(clip.size() < 1024 * 1024, qPrintable(QString::number(clip.size())));
    QVERIFY(qAbs(OpusClip::durationMs(clip) - 300000) <= 20);
}

void TestOpusClip::notARecordingIsRefusedPlainly_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("a photo") << QByteArray("\xff\xd8\xff\xe0\x00\x10JFIF", 10);
    QTest::newRow("Ogg Vorbis") << (QByteArray("OggS") + QByteArray(24, '\0') +
                                    QByteArray("\x01vorbis") + QByteArray(40, '\0'));
    QByteArray header = OpusClip::encode(Pcm::tone(440, 1, 48000), 48000).left(47);
    QTest::newRow("a header alone") << header;
    QByteArray garbage(4096, '\0');
    for (int i = 0; i < garbage.size(); ++i)
        garbage[i] = char((i * 7919) % 251);
    QTest::newRow("noise") << garbage;
}

void TestOpusClip::notARecordingIsRefusedPlainly()
{
    QFETCH(QByteArray, bytes);
    QString error;
    QVERIFY(!OpusClip::decode(bytes, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!error.contains(QStringLiteral("OP_"))); // a sentence, not a library code
    QCOMPARE(OpusClip::durationMs(bytes) <= 0, true);
    // Encoding refuses what cannot be samples.
    QVERIFY(OpusClip::encode(QByteArray(3, 'x'), 48000, &error).isEmpty());
    QVERIFY(OpusClip::encode(QByteArray(4, 'x'), 1000, &error).isEmpty());
}

void TestOpusClip::aCutOffRecordingPlaysWhatIsThere()
{
    const QByteArray clip = OpusClip::encode(Pcm::tone(500, 4.0, 48000), 48000);
    const QByteArray half = clip.left(clip.size() / 2);
    const auto back = OpusClip::decode(half);
    QVERIFY(back);
    const qint64 ms = Pcm::durationMs(*back, OpusClip::kDecodedRate);
    QVERIFY2(ms > 500 && ms < 3000, qPrintable(QString::number(ms)));
    // Bytes flipped in the middle: no crash, something or nothing, never more than was there.
    QByteArray damaged = clip;
    for (qsizetype i = damaged.size() / 3; i < damaged.size() / 3 + 200; ++i)
        damaged[i] = char(~damaged[i]);
    if (const auto d = OpusClip::decode(damaged))
        QVERIFY(Pcm::durationMs(*d, OpusClip::kDecodedRate) <= 4100);
}

void TestOpusClip::storedOnlyEncryptedInTheCase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("Voice.belonging"));
    StorageError error;
    auto file = CaseFile::create(path, SecureBytes::fromUtf8(QStringLiteral("pass")), &error,
                                 KdfParams::fastForTests());
    QVERIFY(file);
    const QByteArray clip = OpusClip::encode(Pcm::tone(660, 2.0, 48000), 48000);
    Media m;
    m.mimeType = OpusClip::mimeType();
    m.data = clip;
    m.addedAt = QDateTime::currentDateTimeUtc();
    MediaRepository media(*file);
    QVERIFY(!media.add(m));
    QCOMPARE(media.data(m.id), clip);
    QCOMPARE(media.find(m.id)->mimeType, OpusClip::mimeType());
    file.reset();
    // Nothing in the folder holds the clip's bytes or an Ogg page.
    QDirIterator it(dir.path(), QDir::Files);
    int files = 0;
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY2(!bytes.contains("OggS") && !bytes.contains("OpusHead"), qPrintable(f.fileName()));
        QVERIFY(!bytes.contains(clip.mid(200, 64)));
        ++files;
    }
    QCOMPARE(files, 1);
}

void TestOpusClip::wipeLeavesOtherHoldersAlone()
{
    QByteArray pcm = Pcm::tone(440, 0.1, 48000);
    QByteArray shared = pcm; // another holder: the wipe must not reach into its copy
    Pcm::wipe(pcm);
    QVERIFY(pcm.isEmpty());
    QCOMPARE(shared.size(), 9600);
    QVERIFY(Pcm::peak(shared) > 0.4);
}

QTEST_GUILESS_MAIN(TestOpusClip)
#include "tst_opusclip.moc"
