// SPDX-License-Identifier: GPL-3.0-or-later
#include "handoverwriter.h"

#include "casecontentio.h"
#include "handoverplan.h"
#include "handoverrepository.h"
#include "mediarepository.h"
#include "recordversions.h"

#include <QFile>
#include <QFileInfo>
#include <algorithm>

HandoverWriter::Outcome HandoverWriter::write(CaseFile &source, const Request &request,
                                              const QString &path, const CaseFile::Key &key)
{
    Outcome out;
    StorageError readError;
    // Pictures' bytes are copied one at a time while the copy is written (see fill).
    const CaseContent everything = CaseContentIO::read(source, false, &readError);
    if (readError) {
        out.error = readError;
        return out;
    }
    Redaction::Result copy =
        HandoverPlan::contentFor(everything, request.receiver, request.leaveOut, request.today);

    HandoverRecord record;
    record.at = QDateTime::currentDateTimeUtc();
    record.receiver = request.receiver;
    record.from = request.from.trimmed();
    record.letter = request.letter.trimmed();
    record.leftOut = copy.leftOut;

    const auto fill = [&](CaseFile &file) {
        MediaRepository pictures(source);
        const auto fetch = [&pictures](Media &m) {
            m.data = pictures.data(m.id);
            m.printCopy = pictures.printCopy(m.id);
        };
        const auto ids = [](const auto &list) {
            QList<ItemId> rowIds;
            for (const auto &item : list)
                rowIds << item.id;
            return rowIds;
        };
        const CaseContent &c = copy.content;
        const QList<QPair<QString, QList<ItemId>>> before = {
            {QStringLiteral("media"), ids(c.media)},
            {QStringLiteral("person"), ids(c.people)},
            {QStringLiteral("relationship"), ids(c.relationships)},
            {QStringLiteral("placement"), ids(c.placements)},
            {QStringLiteral("memory"), ids(c.memories)},
            {QStringLiteral("event"), ids(c.events)},
            {QStringLiteral("voice_entry"), ids(c.voice)},
            {QStringLiteral("ecomap_group"), ids(c.groups)}};
        if (StorageError e = CaseContentIO::write(file, copy.content, fetch))
            return e;
        if (StorageError e = pictures.lastError())
            return e;
        // The copy's records keep the original's ids, so what the receivers add can come home
        // later (Bring In Changes) without what was left out coming back as "removed".
        const QList<QList<ItemId>> after = {
            ids(c.media),    ids(c.people), ids(c.relationships), ids(c.placements),
            ids(c.memories), ids(c.events), ids(c.voice),         ids(c.groups)};
        RecordVersions::IdPairs pairs;
        for (qsizetype i = 0; i < before.size(); ++i) {
            for (qsizetype j = 0; j < before[i].second.size() && j < after[i].size(); ++j)
                pairs[before[i].first] << qMakePair(before[i].second[j], after[i][j]);
        }
        if (StorageError e = RecordVersions::carry(source, file, pairs))
            return e;
        // The sender's name and letter go by the copy's rules too: a foster carer signing a
        // copy for the birth family would otherwise name herself (from a trial).
        HandoverRecord received = record;
        received.from = Redaction::scrub(record.from, copy.withheldNames);
        received.letter = Redaction::scrub(record.letter, copy.withheldNames);
        received.direction = HandoverRecord::Direction::Received;
        return HandoverRepository(file).add(received);
    };
    StorageError error;
    std::unique_ptr<CaseFile> made = CaseFile::create(path, key, &error, fill);
    if (!made) {
        out.error = error;
        return out;
    }
    made->close();

    // Recorded here last: if the open case cannot take the record, the copy goes too, so the
    // two files never disagree about whether a hand-over happened.
    record.direction = HandoverRecord::Direction::Sent;
    if (StorageError e = HandoverRepository(source).add(record)) {
        QFile::remove(QFileInfo(path).absoluteFilePath());
        out.error = e;
        return out;
    }
    out.record = record;
    const CaseContent &c = copy.content;
    const int recordings = int(std::count_if(c.media.cbegin(), c.media.cend(),
                                             [](const Media &m) { return m.isRecording(); }));
    out.summary = {int(c.people.size()),
                   int(c.placements.size()),
                   int(c.memories.size()),
                   int(c.media.size()) - recordings,
                   recordings,
                   int(c.voice.size()),
                   c.letter.has_value()};
    return out;
}
