// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casecontent.h"
#include "handoverrecord.h"
#include "redaction.h"

#include <QCoreApplication>
#include <QSet>

// What each receiver of a hand-over copy may have: the books' rules (private items, addresses,
// professional notes, where the child lives now for the birth family, people chosen to be left
// out) and the child's own "who may see it" on everything they said.
class HandoverPlan
{
    Q_DECLARE_TR_FUNCTIONS(HandoverPlan)

public:
    using Receiver = HandoverRecord::Receiver;

    static QString receiverName(Receiver receiver);
    static QString whatTheyGet(Receiver receiver); // one plain sentence under the choice
    static Redaction::Policy policyFor(Receiver receiver, const QSet<ItemId> &leaveOut,
                                       const QDate &today = QDate::currentDate());
    static Redaction::Result contentFor(const CaseContent &content, Receiver receiver,
                                        const QSet<ItemId> &leaveOut,
                                        const QDate &today = QDate::currentDate());
    // For the command line: "new-carers", "adopters", "young-person", "birth-family", "worker".
    static QString receiverKey(Receiver receiver);
    static std::optional<Receiver> receiverFromKey(const QString &key);
};
