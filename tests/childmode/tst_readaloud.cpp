// SPDX-License-Identifier: GPL-3.0-or-later
// Reading aloud as the child hears it: a real speech-dispatcher with espeak-ng, speaking into
// a real PulseAudio (both started here). Each of the app's languages is spoken in its own voice
// and reaches the speaker (heard through the null sink's monitor); a language with no voice,
// and a computer with no speech engine, are told plainly.
#include "pcm.h"
#include "readaloud.h"
#include "soundserver.h"
#include "speechserver.h"
#include "voicerecorder.h"

#include <QSignalSpy>
#include <QTest>

class TestReadAloud : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void eachLanguageIsSpokenInItsOwnVoice_data();
    void eachLanguageIsSpokenInItsOwnVoice();
    void stopEndsTheReading();
    void aLanguageWithNoVoiceIsToldPlainly();
    void noSpeechEngineIsToldPlainly();

private:
    SoundServer m_sound;
    SpeechServer m_speech;
};

void TestReadAloud::initTestCase()
{
    QString error;
    QVERIFY2(m_sound.start(&error), qPrintable(error));
    QVERIFY2(m_speech.start(&error), qPrintable(error));
}

void TestReadAloud::eachLanguageIsSpokenInItsOwnVoice_data()
{
    QTest::addColumn<QLocale>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("voice");
    QTest::newRow("en") << QLocale(QLocale::English, QLocale::UnitedKingdom)
                        << QStringLiteral("What would you like to tell us today?")
                        << QStringLiteral("English (United Kingdom)");
    QTest::newRow("cy") << QLocale(QLocale::Welsh)
                        << QStringLiteral("Beth hoffet ti ei ddweud wrthym heddiw?")
                        << QStringLiteral("Welsh");
    QTest::newRow("ar") << QLocale(QLocale::Arabic) << QStringLiteral("ماذا تحب أن تخبرنا اليوم؟")
                        << QStringLiteral("Arabic");
}

void TestReadAloud::eachLanguageIsSpokenInItsOwnVoice()
{
    QFETCH(QLocale, language);
    QFETCH(QString, text);
    QFETCH(QString, voice);
    VoiceRecorder ear; // what comes out of the speaker
    QVERIFY(ear.start());
    ReadAloud reader;
    reader.setLanguage(language);
    QSignalSpy speaking(&reader, &ReadAloud::speakingChanged);
    QVERIFY2(reader.say(text), qPrintable(reader.problemText()));
    QCOMPARE(reader.problem(), ReadAloud::Problem::None);
    QVERIFY(reader.voiceDescription().startsWith(voice));
    // Speaking, then Ready again.
    QTRY_VERIFY_WITH_TIMEOUT(speaking.size() >= 1, 15000);
    QCOMPARE(speaking.first().first().toBool(), true);
    QTRY_VERIFY_WITH_TIMEOUT(speaking.size() >= 2, 30000);
    QCOMPARE(speaking.last().first().toBool(), false);
    QVERIFY(!reader.isSpeaking());
    QTest::qWait(300);
    ear.stop();
    const QByteArray heard = ear.takeRecording();
    QVERIFY2(Pcm::peak(heard) > 0.05, qPrintable(QString::number(Pcm::peak(heard))));
}

void TestReadAloud::stopEndsTheReading()
{
    ReadAloud reader;
    reader.setLanguage(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QSignalSpy speaking(&reader, &ReadAloud::speakingChanged);
    QVERIFY(reader.say(QStringLiteral("This is a long sentence about the places I have lived, "
                                      "the people I love, and the things I like to do at the "
                                      "weekend with my brother and my nana.")));
    QTRY_VERIFY_WITH_TIMEOUT(reader.isSpeaking(), 15000);
    reader.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!reader.isSpeaking(), 5000);
}

void TestReadAloud::aLanguageWithNoVoiceIsToldPlainly()
{
    ReadAloud reader;
    reader.setLanguage(QLocale(QLocale::Somali)); // espeak-ng has no Somali voice
    QVERIFY(!reader.say(QStringLiteral("Hello")));
    QCOMPARE(reader.problem(), ReadAloud::Problem::NoVoice);
    QVERIFY2(reader.problemText().contains(QLocale(QLocale::Somali).nativeLanguageName()),
             qPrintable(reader.problemText()));
    QVERIFY(!reader.isSpeaking());
    // Back to a language it has: it reads again.
    reader.setLanguage(QLocale(QLocale::Welsh));
    QVERIFY(reader.say(QStringLiteral("Helo")));
    reader.stop();
}

void TestReadAloud::noSpeechEngineIsToldPlainly()
{
    ReadAloud reader(nullptr, {QStringLiteral("no-such-engine")});
    QVERIFY(!reader.say(QStringLiteral("Hello")));
    QCOMPARE(reader.problem(), ReadAloud::Problem::NoEngine);
    QVERIFY(reader.problemText().contains(QStringLiteral("speech-dispatcher")));
    QVERIFY(reader.voiceDescription().isEmpty());
}

QTEST_GUILESS_MAIN(TestReadAloud)
#include "tst_readaloud.moc"
