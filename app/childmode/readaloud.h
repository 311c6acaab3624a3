// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QTextToSpeech;

// Reads text aloud in the voice of the app's language (en-GB, Welsh, Arabic), through the
// computer's speech engine. When there is no engine, or no voice for the language, it says so
// in words a child's adult can act on, instead of doing nothing.
class ReadAloud : public QObject
{
    Q_OBJECT

public:
    enum class Problem : quint8 { None, NoEngine, NoVoice, EngineFailed };

    // The engines tried, in order: speech-dispatcher has the offline Welsh and Arabic voices;
    // flite (US English only) is a last resort.
    explicit ReadAloud(QObject *parent = nullptr,
                       const QStringList &engines = {QStringLiteral("speechd"),
                                                     QStringLiteral("flite")});
    ~ReadAloud() override;

    // The language to read in (the app's, by default).
    void setLanguage(const QLocale &language);
    // Starts reading (stopping anything still being read). False, with problemText(), when
    // it cannot.
    bool say(const QString &text);
    void stop();
    bool isSpeaking() const { return m_speaking; }
    Problem problem() const { return m_problem; }
    QString problemText() const;
    // The voice chosen for the language, for the settings ("English (United Kingdom)").
    QString voiceDescription() const;

signals:
    void speakingChanged(bool speaking);

private:
    bool ready();

    QStringList m_engines;
    std::unique_ptr<QTextToSpeech> m_engine;
    QLocale m_language;
    QLocale m_voiceLocale;
    Problem m_problem = Problem::None;
    bool m_speaking = false;
    bool m_tried = false;
};
