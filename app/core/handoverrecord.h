// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ids.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

// One hand-over of the story: a copy made for someone who will look after it next. Both files
// keep a record — the original that it was sent (and what was left out), the copy that it was
// received, with the sender's letter shown the first time the copy is opened.
struct HandoverRecord
{
    // Who a copy is for. Each receiver gets only what they may have (see HandoverPlan).
    enum class Receiver : quint8 { NewCarers, AdoptiveFamily, YoungPerson, BirthFamily, Worker };
    static constexpr int kReceiverCount = int(Receiver::Worker) + 1;

    enum class Direction : quint8 { Sent, Received };

    ItemId id = kNoId;
    QDateTime at; // UTC
    Direction direction = Direction::Sent;
    Receiver receiver = Receiver::NewCarers;
    QString from;        // who handed it over, as they typed it
    QString letter;      // the hand-over letter, plain text
    QStringList leftOut; // plain sentences: what the copy does not hold
    bool letterRead = false;

    bool operator==(const HandoverRecord &) const = default;
};
