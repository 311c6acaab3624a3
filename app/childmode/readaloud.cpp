// SPDX-License-Identifier: GPL-3.0-or-later
#include "readaloud.h"

#include <QTextToSpeech>

#include <optional>

namespace {

// The voice for `wanted` among those the engine has: the same language and country (en-GB),
// else the same language.
std::optional<QLocale> voiceFor(const QList<QLocale> &available, const QLocale &wanted)
{
    std::optional<QLocale> sameLanguage;
    for (const QLocale &l : available) {
        if (l.language() != wanted.language())
            continue;
        if (l.territory() == wanted.territory())
            return l;
        // British English before American where the app's English is not more specific.
        if (!sameLanguage || (l.territory() == QLocale::UnitedKingdom &&
                              sameLanguage->territory() != QLocale::UnitedKingdom))
            sameLanguage = l;
    }
    return sameLanguage;
}

} // namespace

ReadAloud::ReadAloud(QObject *parent, const QStringList &engines)
    : QObject(parent)
    , m_engines(engines)
    , m_language(QLocale())
{}

ReadAloud::~ReadAloud() = default;

void ReadAloud::setLanguage(const QLocale &language)
{
    m_language = language;
    m_tried = false; // the voice is chosen again
}

bool ReadAloud::ready()
{
    if (m_tried)
        return m_problem == Problem::None;
    m_tried = true;
    m_problem = Problem::None;
    if (!m_engine) {
        const QStringList installed = QTextToSpeech::availableEngines();
        QString engine;
        for (const QString &e : std::as_const(m_engines)) {
            if (installed.contains(e)) {
                engine = e;
                break;
            }
        }
        if (engine.isEmpty()) {
            m_problem = Problem::NoEngine;
            return false;
        }
        m_engine = std::make_unique<QTextToSpeech>(engine);
        connect(m_engine.get(), &QTextToSpeech::stateChanged, this,
                [this](QTextToSpeech::State state) {
                    const bool speaking = state == QTextToSpeech::Speaking;
                    if (state == QTextToSpeech::Error)
                        m_problem = Problem::EngineFailed;
                    if (speaking != m_speaking) {
                        m_speaking = speaking;
                        emit speakingChanged(speaking);
                    }
                });
    }
    if (m_engine->state() == QTextToSpeech::Error) {
        m_problem = Problem::EngineFailed;
        m_engine.reset();
        return false;
    }
    const auto voice = voiceFor(m_engine->availableLocales(), m_language);
    if (!voice) {
        m_problem = Problem::NoVoice;
        return false;
    }
    m_voiceLocale = *voice;
    m_engine->setLocale(*voice);
    return true;
}

bool ReadAloud::say(const QString &text)
{
    if (!ready()) {
        m_tried = false; // an engine installed or started later is found next time
        return false;
    }
    if (text.trimmed().isEmpty())
        return true;
    m_engine->stop();
    m_engine->say(text);
    if (m_engine->state() == QTextToSpeech::Error) {
        m_problem = Problem::EngineFailed;
        m_tried = false;
        return false;
    }
    return true;
}

void ReadAloud::stop()
{
    if (m_engine)
        m_engine->stop();
}

QString ReadAloud::problemText() const
{
    switch (m_problem) {
    case Problem::None:
        return {};
    case Problem::NoEngine:
        return tr("This computer cannot read aloud yet: it has no speech engine. An adult can "
                  "install one (speech-dispatcher with espeak-ng).");
    case Problem::NoVoice:
        return tr("This computer has no voice that reads %1 aloud.")
            .arg(m_language.nativeLanguageName());
    case Problem::EngineFailed:
        return tr("Reading aloud is not working on this computer just now. Try again in a "
                  "moment.");
    }
    return {};
}

QString ReadAloud::voiceDescription() const
{
    if (m_problem != Problem::None || !m_tried)
        return {};
    return QLocale::languageToString(m_voiceLocale.language()) + QStringLiteral(" (") +
           QLocale::territoryToString(m_voiceLocale.territory()) + QLatin1Char(')');
}
