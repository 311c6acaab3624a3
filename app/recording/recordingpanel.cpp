// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordingpanel.h"

#include "opusclip.h"
#include "pcm.h"
#include "voiceplayer.h"
#include "voicerecorder.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

RecordingPanel::RecordingPanel(Voice voice, QWidget *parent)
    : QWidget(parent)
    , m_voice(voice)
    , m_recorder(new VoiceRecorder(this))
    , m_player(new VoicePlayer(this))
{
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_record = new QPushButton(this);
    m_record->setObjectName(QStringLiteral("recordVoice"));
    m_play = new QPushButton(this);
    m_play->setObjectName(QStringLiteral("playVoice"));
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("removeVoice"));
    row->addWidget(m_record);
    row->addWidget(m_play);
    row->addWidget(m_remove);
    row->addStretch(1);
    column->addLayout(row);
    auto *statusRow = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("recordingStatus"));
    statusRow->addWidget(m_status, 1);
    column->addLayout(statusRow);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("recordingProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    column->addWidget(m_problem);

    connect(m_record, &QPushButton::clicked, this, [this] {
        if (m_state == State::Recording)
            stopRecording();
        else
            record();
    });
    connect(m_play, &QPushButton::clicked, this, &RecordingPanel::play);
    connect(m_remove, &QPushButton::clicked, this, &RecordingPanel::remove);
    // The timer is what shows: a level meter sat empty for quiet voices and only puzzled.
    connect(m_recorder, &VoiceRecorder::progress, this, [this](qint64 ms, double) {
        m_status->setText(
            tr("Recording… %1 of %2")
                .arg(timeText(ms), timeText(qint64(m_recorder->maxSeconds()) * 1000)));
    });
    connect(m_recorder, &VoiceRecorder::stopped, this, [this](bool) {
        if (m_state == State::Recording)
            stopRecording();
    });
    connect(m_recorder, &VoiceRecorder::failed, this, &RecordingPanel::showProblem);
    connect(m_player, &VoicePlayer::progress, this, [this](qint64 ms) {
        m_status->setText(
            tr("Playing… %1 of %2").arg(timeText(ms), timeText(m_player->durationMs())));
    });
    connect(m_player, &VoicePlayer::finished, this, [this] { setState(m_state); });
    connect(&m_encoding, &QFutureWatcher<QByteArray>::finished, this, &RecordingPanel::encoded);
    setState(State::Empty);
}

RecordingPanel::~RecordingPanel()
{
    stopAll();
    m_encoding.waitForFinished();
    Pcm::wipe(m_new);
}

void RecordingPanel::showStored(int durationMs, Loader loader)
{
    m_loader = std::move(loader);
    m_storedMs = durationMs;
    m_hasStored = true;
    m_storedRemoved = false;
    setState(State::Ready);
}

std::optional<Media> RecordingPanel::newRecording() const
{
    if (m_new.isEmpty() || m_state != State::Ready)
        return std::nullopt;
    Media m;
    m.mimeType = OpusClip::mimeType();
    m.data = m_new;
    m.durationMs = int(m_newDurationMs);
    m.addedAt = QDateTime::currentDateTime();
    return m;
}

RecordingChange RecordingPanel::change() const
{
    RecordingChange c;
    c.recording = newRecording();
    c.changed = c.recording.has_value() || m_storedRemoved;
    return c;
}

bool RecordingPanel::hasRecording() const
{
    return m_state == State::Ready && (!m_new.isEmpty() || (m_hasStored && !m_storedRemoved));
}

bool RecordingPanel::isBusy() const
{
    return m_state == State::Recording || m_state == State::Encoding;
}

void RecordingPanel::stopAll()
{
    m_player->stop();
    if (m_state == State::Recording)
        stopRecording();
}

void RecordingPanel::clear()
{
    stopAll();
    m_encoding.waitForFinished();
    Pcm::wipe(m_new);
    m_new.clear();
    m_loader = nullptr;
    m_hasStored = false;
    m_storedRemoved = false;
    m_problem->hide();
    setState(State::Empty);
}

void RecordingPanel::setMaxSeconds(int seconds)
{
    m_recorder->setMaxSeconds(seconds);
}

void RecordingPanel::record()
{
    m_player->stop();
    m_problem->hide();
    if (!m_recorder->start()) {
        showProblem(m_recorder->errorString());
        return;
    }
    setState(State::Recording);
}

// What was said is encoded on another thread (five minutes take a few seconds), and the raw
// samples are wiped there as soon as they are encoded.
void RecordingPanel::stopRecording()
{
    if (m_state != State::Recording)
        return;
    m_state = State::Encoding; // stop() announces `stopped`, which must not come back here
    m_recorder->stop();
    m_recordingRate = m_recorder->sampleRate();
    QByteArray pcm = m_recorder->takeRecording();
    m_newDurationMs = Pcm::durationMs(pcm, m_recordingRate);
    if (m_newDurationMs < 300) { // a press and a release: nothing was said
        Pcm::wipe(pcm);
        setState(m_hasStored && !m_storedRemoved ? State::Ready : State::Empty);
        return;
    }
    setState(State::Encoding);
    const int rate = m_recordingRate;
    m_encoding.setFuture(QtConcurrent::run([pcm = std::move(pcm), rate]() mutable {
        QByteArray opus = OpusClip::encode(pcm, rate);
        Pcm::wipe(pcm);
        return opus;
    }));
}

void RecordingPanel::encoded()
{
    QByteArray opus = m_encoding.result();
    if (opus.isEmpty()) {
        showProblem(tr("The recording could not be kept. Please try again."));
        setState(m_hasStored && !m_storedRemoved ? State::Ready : State::Empty);
        return;
    }
    Pcm::wipe(m_new);
    m_new = std::move(opus);
    if (m_hasStored)
        m_storedRemoved = true; // replaced
    setState(State::Ready);
    emit changed();
}

QByteArray RecordingPanel::bytesToPlay() const
{
    if (!m_new.isEmpty())
        return m_new;
    return m_hasStored && !m_storedRemoved && m_loader ? m_loader() : QByteArray();
}

void RecordingPanel::play()
{
    if (m_player->isPlaying()) {
        m_player->stop();
        setState(m_state);
        return;
    }
    m_problem->hide();
    if (!m_player->play(bytesToPlay())) {
        showProblem(m_player->errorString());
        return;
    }
    m_play->setText(m_voice == Voice::Child ? tr("Stop listening") : tr("Stop playing"));
}

void RecordingPanel::remove()
{
    m_player->stop();
    Pcm::wipe(m_new);
    m_new.clear();
    if (m_hasStored)
        m_storedRemoved = true;
    setState(State::Empty);
    emit changed();
}

void RecordingPanel::setState(State state)
{
    m_state = state;
    const bool child = m_voice == Voice::Child;
    const bool ready = state == State::Ready && hasRecording();
    if (state == State::Ready && !ready)
        m_state = State::Empty;
    switch (m_state) {
    case State::Empty:
        m_record->setText(child ? tr("Record my voice") : tr("Record their voice"));
        m_status->setText(tr("Up to %1 minutes.").arg(m_recorder->maxSeconds() / 60));
        break;
    case State::Recording:
        m_record->setText(child ? tr("Stop") : tr("Stop recording"));
        m_status->setText(tr("Recording… %1 of %2")
                              .arg(timeText(0), timeText(qint64(m_recorder->maxSeconds()) * 1000)));
        break;
    case State::Encoding:
        m_status->setText(child ? tr("Keeping it safe…") : tr("Keeping the recording…"));
        break;
    case State::Ready:
        m_record->setText(child ? tr("Record again") : tr("Record again"));
        m_status->setText(tr("A recording, %1 long.")
                              .arg(timeText(m_new.isEmpty() ? m_storedMs : m_newDurationMs)));
        break;
    }
    m_record->setEnabled(m_state != State::Encoding);
    m_play->setText(child ? tr("Listen") : tr("Play"));
    m_play->setVisible(m_state == State::Ready);
    m_remove->setText(child ? tr("Take it away") : tr("Remove the recording"));
    m_remove->setVisible(m_state == State::Ready);
}

void RecordingPanel::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->show();
    emit problem(message);
}

QString RecordingPanel::timeText(qint64 ms) const
{
    const qint64 seconds = (ms + 500) / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}
