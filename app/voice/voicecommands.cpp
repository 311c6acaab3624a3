// SPDX-License-Identifier: GPL-3.0-or-later
#include "voicecommands.h"

#include "putcommand.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QUndoStack>

namespace {

using PutVoiceEntry = PutCommand<VoiceDocument, VoiceEntry>;
using PutSaid = PutCommand<VoiceDocument, VoiceDocument::Said>;

class Names
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    static QString child(const VoiceDocument &doc)
    {
        const QString name = doc.model().child().displayName();
        return name.isEmpty() ? tr("the child") : name;
    }
};

} // namespace

void Command::addVoiceEntry(QUndoStack &stack, VoiceDocument &doc, const VoiceEntry &entry,
                            const std::optional<Media> &recording)
{
    VoiceEntry e = entry;
    e.id = kNoId;
    const QString text = Names::tr("Add what %1 said").arg(Names::child(doc));
    if (recording) {
        Media m = *recording;
        m.id = kNoId;
        e.recordingId = kNoId;
        stack.push(new PutSaid(doc, std::nullopt, VoiceDocument::Said{e, m}, text));
        return;
    }
    stack.push(new PutVoiceEntry(doc, std::nullopt, e, text));
}

void Command::editVoiceEntry(QUndoStack &stack, VoiceDocument &doc, const VoiceEntry &updated,
                             const RecordingChange &change)
{
    const std::optional<VoiceEntry> before = doc.entry(updated.id);
    if (!before)
        return;
    if (change.changed) {
        VoiceDocument::Said after{updated, change.recording};
        after.entry.recordingId = kNoId;
        if (after.recording)
            after.recording->id = kNoId;
        stack.push(new PutSaid(doc,
                               VoiceDocument::Said{*before, doc.recording(before->recordingId)},
                               after, Names::tr("Change what %1 said").arg(Names::child(doc))));
        return;
    }
    if (*before == updated)
        return;
    stack.push(new PutVoiceEntry(doc, before, updated,
                                 Names::tr("Change what %1 said").arg(Names::child(doc))));
}

void Command::answerVoiceEntry(QUndoStack &stack, VoiceDocument &doc, const VoiceEntry &answered)
{
    const std::optional<VoiceEntry> before = doc.entry(answered.id);
    if (!before || *before == answered)
        return;
    stack.push(new PutVoiceEntry(doc, before, answered,
                                 Names::tr("Answer what %1 said").arg(Names::child(doc))));
}

void Command::removeVoiceEntry(QUndoStack &stack, VoiceDocument &doc, ItemId id)
{
    const std::optional<VoiceEntry> before = doc.entry(id);
    if (!before)
        return;
    const QString text = Names::tr("Remove what %1 said").arg(Names::child(doc));
    if (before->recordingId != kNoId) { // the recording goes too, and comes back with an undo
        stack.push(new PutSaid(doc,
                               VoiceDocument::Said{*before, doc.recording(before->recordingId)},
                               std::nullopt, text));
        return;
    }
    stack.push(new PutVoiceEntry(doc, before, std::nullopt, text));
}
