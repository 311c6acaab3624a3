// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: bytes given as an exported story (a ZIP archive, or its case.json alone).
// Reading must never crash, hang, unpack anything to disk or keep more than allowed: the result
// is a story whose every link points at something in it, or a plain message.
#include "casearchive.h"
#include "casejson.h"

#include <QGuiApplication>
#include <QJsonDocument>
#include <QSet>

#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QGuiApplication app(*argc, *argv); // image format plugins are found through it
    return 0;
}

namespace {

void checkStory(const CaseContent &c)
{
    QSet<ItemId> people;
    for (const Person &p : c.people)
        people.insert(p.id);
    for (const Memory &m : c.memories) {
        for (ItemId id : m.peopleIds) {
            if (!people.contains(id))
                std::abort();
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const CaseArchive::ReadResult r = CaseArchive::readBytes(bytes, "fuzz passphrase");
    if (r.ok() == !r.error.isEmpty())
        std::abort();
    if (r.ok()) {
        checkStory(r.content);
        for (const Media &m : r.content.media) {
            if (m.data.isEmpty() || m.thumbnail.isEmpty())
                std::abort();
        }
    }
    // The JSON on its own reaches the checks of every field far faster than through a ZIP.
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (doc.isObject()) {
        const CaseJson::Parsed parsed = CaseJson::fromJson(doc.object());
        if (parsed.error.isEmpty())
            checkStory(parsed.content);
    }
    return 0;
}
