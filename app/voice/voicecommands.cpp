// SPDX-License-Identifier: GPL-3.0-or-later
#include "voicecommands.h"

#include "putcommand.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QUndoStack>

namespace {

using PutVoiceEntry = PutCommand<VoiceDocument, VoiceEntry>;

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

void Command::addVoiceEntry(QUndoStack &stack, VoiceDocument &doc, const VoiceEntry &entry)
{
    VoiceEntry e = entry;
    e.id = kNoId;
    stack.push(new PutVoiceEntry(doc, std::nullopt, e,
                                 Names::tr("Add what %1 said").arg(Names::child(doc))));
}

void Command::editVoiceEntry(QUndoStack &stack, VoiceDocument &doc, const VoiceEntry &updated)
{
    const std::optional<VoiceEntry> before = doc.entry(updated.id);
    if (!before || *before == updated)
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
    stack.push(new PutVoiceEntry(doc, before, std::nullopt,
                                 Names::tr("Remove what %1 said").arg(Names::child(doc))));
}
