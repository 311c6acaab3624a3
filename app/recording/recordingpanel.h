// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "media.h"

#include <QFutureWatcher>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class VoicePlayer;
class VoiceRecorder;

// What a dialog did to the recording of what it edits: nothing, or replaced it (`recording` is
// the new one) or took it away (`recording` empty).
struct RecordingChange
{
    bool changed = false;
    std::optional<Media> recording;
};

// recording: someone's voice recorded into the case, never onto the disk.
//
// RecordingPanel records from the microphone with a visible timer and limit, encodes what was
// said (Opus, off the screen's thread) and plays it back, all in memory. It holds one
// recording: one already in the case (played through a loader, so its bytes are read only when
// wanted) or a new one waiting to be saved with what it belongs to. The same panel serves the
// child (large, "my voice") and adults in dialogs ("their voice").
class RecordingPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Voice { Child, Adult };
    explicit RecordingPanel(Voice voice, QWidget *parent = nullptr);
    ~RecordingPanel() override;

    using Loader = std::function<QByteArray()>;
    // A recording already in the case, `durationMs` long.
    void showStored(int durationMs, Loader loader);

    // What to save: a new recording (nullopt when none was made), and whether the stored one
    // was taken away or replaced.
    std::optional<Media> newRecording() const;
    bool storedRemoved() const { return m_storedRemoved; }
    RecordingChange change() const;
    bool hasRecording() const;
    bool isBusy() const; // recording or still encoding: nothing to save yet

    // For tests and for the dialog closing: stops recording or playing.
    void stopAll();
    // Back to nothing recorded (after what was recorded has been saved).
    void clear();
    QPushButton *recordButton() const { return m_record; }
    QPushButton *playButton() const { return m_play; }
    void setMaxSeconds(int seconds);

signals:
    void changed();
    // A plain message for the person (no microphone, no speaker); also shown in the panel.
    void problem(const QString &message);

private:
    enum class State { Empty, Recording, Encoding, Ready };
    void record();
    void stopRecording();
    void encoded();
    void play();
    void remove();
    void setState(State state);
    void showProblem(const QString &message);
    QString timeText(qint64 ms) const;
    QByteArray bytesToPlay() const;

    Voice m_voice;
    State m_state = State::Empty;
    VoiceRecorder *m_recorder = nullptr;
    VoicePlayer *m_player = nullptr;
    QFutureWatcher<QByteArray> m_encoding;
    int m_recordingRate = 0;
    qint64 m_newDurationMs = 0;
    QByteArray m_new; // Ogg Opus, not yet in the case
    Loader m_loader;
    int m_storedMs = 0;
    bool m_hasStored = false;
    bool m_storedRemoved = false;

    QLabel *m_status = nullptr;
    QPushButton *m_record = nullptr;
    QPushButton *m_play = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_problem = nullptr;
};
