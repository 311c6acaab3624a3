// SPDX-License-Identifier: GPL-3.0-or-later
// The open export: a real archive written from a real case file, opened by standard tools
// (7-Zip, bsdtar) with its passphrase, its case.json checked against the published JSON
// Schema, brought back in field for field and byte for byte — and hostile archives refused
// with nothing created.
#include "casearchive.h"
#include "casecontentio.h"
#include "casejson.h"
#include "diskfaults.h"
#include "handmadecase.h"
#include "opusclip.h"
#include "pcm.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray kArchivePass = "a long archive passphrase";

struct Tool
{
    int code = -1;
    QByteArray out;
};

Tool runTool(const QString &program, const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(program, args);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput()};
}

// Media as kept, without what import makes again (thumbnail and book copy).
Media kept(Media m)
{
    m.thumbnail.clear();
    m.printCopy.clear();
    return m;
}

} // namespace

class TestArchive : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportAndImportGiveTheSameStory();
    void standardToolsOpenItWithThePassphrase();
    void caseJsonFollowsItsSchema();
    void aPlainExportIsOnlyMadeWhenAskedFor();
    void hostileArchivesAreRefusedAndCreateNothing_data();
    void hostileArchivesAreRefusedAndCreateNothing();
    void aFullDiskLeavesNoExport();

private:
    QString exportTo(const QString &name, const QByteArray &passphrase);
    // A plain export rewritten by Python's zipfile: `script` gets `names` (a dict of the
    // archive's files to bytes) to change, then writes `out`.
    QString crafted(const QString &name, const QString &script);

    QTemporaryDir m_dir;
    std::unique_ptr<CaseFile> m_file;
    CaseContent m_content; // as read back from the file, with pictures
};

void TestArchive::initTestCase()
{
    for (const char *tool : {"7z", "bsdtar", "python3"})
        QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                 "scripts/install-deps installs the archive tools");
    StorageError error;
    m_file = CaseFile::create(m_dir.filePath(QStringLiteral("Jade.belonging")),
                              SecureBytes::fromUtf8(QStringLiteral("case passphrase")), &error,
                              KdfParams::fastForTests());
    QVERIFY2(m_file, qPrintable(error.detail()));
    CaseContent c = HandMade::handMadeCase();
    c.media[0].addedAt = QDateTime(QDate(2023, 3, 4), QTime(10, 11, 12, 345), Qt::UTC);
    c.media[0].takenOn = FuzzyDate::season(2022, FuzzyDate::Season::Summer);
    c.voice[0].readBack = VoiceEntry::ReadBack::Agreed;
    c.voice[0].readBackOn = QDate(2023, 2, 2);
    c.voice[0].feelings = {Memory::Feeling::Happy, Memory::Feeling::Worried};
    c.groups = {EcomapGroup{kNoId, QStringLiteral("School"), {5}}};
    // What the child said, in her own voice, and her own map of her people.
    Media voice;
    voice.id = 1000;
    voice.mimeType = OpusClip::mimeType();
    voice.data = OpusClip::encode(Pcm::tone(440, 1.0, 48000), 48000);
    voice.durationMs = int(OpusClip::durationMs(voice.data));
    voice.addedAt = QDateTime(QDate(2023, 3, 5), QTime(9, 0), Qt::UTC);
    c.media << voice;
    c.voice[0].recordingId = voice.id;
    c.voice[0].worrySize = 3;
    ChildMap own;
    own.seenOn = QDate(2023, 3, 5);
    own.places = {
        ChildMapPlace{c.people[0].id, ChildMapPlace::Ring::Close, 90, Memory::Feeling::Loved},
        ChildMapPlace{c.people[1].id, ChildMapPlace::Ring::Further, 212.5, std::nullopt}};
    c.childMaps << own;
    QVERIFY(!CaseContentIO::write(*m_file, c));
    m_content = CaseContentIO::read(*m_file, true, &error);
    QVERIFY(!error);
}

QString TestArchive::exportTo(const QString &name, const QByteArray &passphrase)
{
    const QString path = m_dir.filePath(name);
    const QString problem = CaseArchive::write(*m_file, path, passphrase);
    if (!problem.isEmpty()) {
        qWarning("export failed: %s", qPrintable(problem));
        return {};
    }
    return path;
}

void TestArchive::exportAndImportGiveTheSameStory()
{
    const QString path = exportTo(QStringLiteral("round.zip"), kArchivePass);
    QVERIFY(!path.isEmpty());
    QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions());
    const CaseArchive::ReadResult r = CaseArchive::read(path, kArchivePass);
    QVERIFY2(r.ok(), qPrintable(r.error));
    const CaseContent &got = r.content;
    QCOMPARE(got.child, m_content.child);
    QCOMPARE(got.people, m_content.people);
    QCOMPARE(got.relationships, m_content.relationships);
    QCOMPARE(got.placements, m_content.placements);
    QCOMPARE(got.memories, m_content.memories);
    QCOMPARE(got.events, m_content.events);
    QCOMPARE(got.groups, m_content.groups);
    QCOMPARE(got.voice, m_content.voice);
    QCOMPARE(got.movePlans, m_content.movePlans);
    QCOMPARE(got.letter, m_content.letter);
    QCOMPARE(got.ecomapPositions, m_content.ecomapPositions);
    QCOMPARE(got.childMaps.size(), 1); // a snapshot's own number stays inside each case
    QCOMPARE(got.childMaps[0].seenOn, m_content.childMaps[0].seenOn);
    QCOMPARE(got.childMaps[0].places, m_content.childMaps[0].places);
    QVERIFY(got.voice[0].recordingId != kNoId);
    QCOMPARE(got.media.size(), m_content.media.size());
    for (qsizetype i = 0; i < got.media.size(); ++i) {
        QCOMPARE(kept(got.media[i]), kept(m_content.media[i])); // the picture's own bytes too
        QCOMPARE(got.media[i].thumbnail.isEmpty(), got.media[i].isRecording()); // pictures only
    }

    // Brought in as a new case, it opens and holds the same story.
    CaseContent content = r.content;
    const QString imported = m_dir.filePath(QStringLiteral("imported.belonging"));
    const SecureBytes pass = SecureBytes::fromUtf8(QStringLiteral("imported passphrase"));
    QVERIFY(!CaseArchive::createCase(imported, CaseFile::newKey(pass, KdfParams::fastForTests()),
                                     content));
    StorageError error;
    auto file = CaseFile::open(imported, pass, &error, KdfParams::fastForTests());
    QVERIFY2(file, qPrintable(error.detail()));
    const CaseContent again = CaseContentIO::read(*file, true, &error);
    QCOMPARE(again.memories.size(), m_content.memories.size());
    QCOMPARE(again.voice.size(), m_content.voice.size());
    QCOMPARE(again.media[0].data, m_content.media[0].data);
    QCOMPARE(again.childMaps.size(), 1);
    const VoiceEntry &said = again.voice[0];
    const auto recording = std::find_if(again.media.cbegin(), again.media.cend(),
                                        [&](const Media &m) { return m.id == said.recordingId; });
    QVERIFY(recording != again.media.cend());
    QVERIFY(recording->isRecording());
    QVERIFY(qAbs(Pcm::pitchHz(*OpusClip::decode(recording->data), OpusClip::kDecodedRate) - 440) <
            5);
    QCOMPARE(again.letter->section(LetterSection::Kind::BirthFamily),
             m_content.letter->section(LetterSection::Kind::BirthFamily));
}

void TestArchive::standardToolsOpenItWithThePassphrase()
{
    const QString path = exportTo(QStringLiteral("tools.zip"), kArchivePass);
    QVERIFY(!path.isEmpty());
    const QString pass = QString::fromLatin1(kArchivePass);
    const Tool sevenZip = runTool(QStringLiteral("7z"),
                                  {QStringLiteral("x"), QStringLiteral("-so"),
                                   QStringLiteral("-p") + pass, path, QStringLiteral("case.json")});
    QCOMPARE(sevenZip.code, 0);
    QVERIFY(sevenZip.out.contains("\"knownAs\": \"Jade\""));
    const Tool picture =
        runTool(QStringLiteral("7z"),
                {QStringLiteral("x"), QStringLiteral("-so"), QStringLiteral("-p") + pass, path,
                 CaseJson::mediaFileName(m_content.media[0])});
    QCOMPARE(picture.code, 0);
    QCOMPARE(picture.out, m_content.media[0].data); // an ordinary picture file
    // The child's voice is an ordinary .opus file any player opens.
    const Media &voice = m_content.media.last();
    QVERIFY(voice.isRecording());
    QVERIFY(CaseJson::mediaFileName(voice).endsWith(QStringLiteral(".opus")));
    const Tool recording = runTool(
        QStringLiteral("7z"), {QStringLiteral("x"), QStringLiteral("-so"),
                               QStringLiteral("-p") + pass, path, CaseJson::mediaFileName(voice)});
    QCOMPARE(recording.code, 0);
    QCOMPARE(recording.out, voice.data);
    QVERIFY(recording.out.startsWith("OggS"));
    // The key to every number in case.json travels with it, readable without the passphrase.
    const Tool schema = runTool(QStringLiteral("7z"), {QStringLiteral("x"), QStringLiteral("-so"),
                                                       path, QStringLiteral("case.schema.json")});
    QCOMPARE(schema.code, 0);
    QVERIFY(schema.out.contains("0 birth mother, 1 birth father"));
    QVERIFY(runTool(QStringLiteral("7z"), {QStringLiteral("t"), QStringLiteral("-pwrong"), path})
                .code != 0);
    const Tool bsdtar =
        runTool(QStringLiteral("bsdtar"),
                {QStringLiteral("-x"), QStringLiteral("-O"), QStringLiteral("--passphrase"), pass,
                 QStringLiteral("-f"), path, QStringLiteral("case.json")});
    QCOMPARE(bsdtar.code, 0);
    QVERIFY(bsdtar.out.contains("\"knownAs\": \"Jade\""));
    // Without the passphrase, nothing of the story is readable in the file's bytes.
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray raw = f.readAll();
    for (const char *secret : {"Jade", "Carol Ashdown", "Quarry Lane", "VOICESHARED"})
        QVERIFY2(!raw.contains(secret), secret);
    QVERIFY(!raw.contains(m_content.media[0].data.mid(100, 64)));
}

void TestArchive::caseJsonFollowsItsSchema()
{
    const QString json = m_dir.filePath(QStringLiteral("case.json"));
    const auto validate = [&](const QJsonObject &o) {
        QFile f(json);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return -1;
        f.write(QJsonDocument(o).toJson());
        f.close();
        return runTool(QStringLiteral("python3"),
                       {QStringLiteral("-c"),
                        QStringLiteral("import json,sys,jsonschema\n"
                                       "jsonschema.validate(json.load(open(sys.argv[1])),"
                                       "json.load(open(sys.argv[2])),"
                                       "format_checker=jsonschema.FormatChecker())"),
                        json, QStringLiteral(BELONGING_SCHEMA)})
            .code;
    };
    QJsonObject whole = CaseJson::toJson(m_content);
    QCOMPARE(validate(whole), 0);
    // The schema is a real check: a role that does not exist breaks it.
    QJsonObject broken = whole;
    QJsonArray people = broken.value(QStringLiteral("people")).toArray();
    QJsonObject first = people.at(0).toObject();
    first.insert(QStringLiteral("role"), 99);
    people.replace(0, first);
    broken.insert(QStringLiteral("people"), people);
    QVERIFY(validate(broken) != 0);
    // An empty story is valid too.
    QCOMPARE(validate(CaseJson::toJson(CaseContent())), 0);
}

void TestArchive::aPlainExportIsOnlyMadeWhenAskedFor()
{
    const QString path = exportTo(QStringLiteral("plain.zip"), {});
    QVERIFY(!path.isEmpty());
    const Tool list = runTool(QStringLiteral("bsdtar"),
                              {QStringLiteral("-x"), QStringLiteral("-O"), QStringLiteral("-f"),
                               path, QStringLiteral("case.json")});
    QCOMPARE(list.code, 0);
    QVERIFY(list.out.contains("Jade"));
    QVERIFY(CaseArchive::read(path, {}).ok());
    // An encrypted one asks for its passphrase, and a wrong one is said to be wrong.
    const QString locked = exportTo(QStringLiteral("locked.zip"), kArchivePass);
    QCOMPARE(CaseArchive::read(locked, {}).problem, CaseArchive::Problem::NeedsPassphrase);
    QCOMPARE(CaseArchive::read(locked, "not it").problem, CaseArchive::Problem::WrongPassphrase);
    // An existing file is never replaced.
    QVERIFY(!CaseArchive::write(*m_file, locked, kArchivePass).isEmpty());
}

QString TestArchive::crafted(const QString &name, const QString &script)
{
    const QString plain = exportTo(QStringLiteral("base-%1.zip").arg(name), {});
    const QString out = m_dir.filePath(name + QStringLiteral(".zip"));
    const QString program =
        QStringLiteral("import sys, zipfile, json\n"
                       "src, out = sys.argv[1], sys.argv[2]\n"
                       "z = zipfile.ZipFile(src)\n"
                       "names = {i.filename: z.read(i.filename) for i in z.infolist()}\n"
                       "extra = []\n") +
        script +
        QStringLiteral("\nwith zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as w:\n"
                       "    for n, b in names.items():\n"
                       "        w.writestr(n, b)\n"
                       "    for info, b in extra:\n"
                       "        w.writestr(info, b)\n");
    const Tool t = runTool(QStringLiteral("python3"), {QStringLiteral("-c"), program, plain, out});
    return t.code == 0 ? out : QString();
}

void TestArchive::hostileArchivesAreRefusedAndCreateNothing_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("problem");
    using P = CaseArchive::Problem;
    const QString caseJson = QStringLiteral(
        "c = json.loads(names['case.json'])\n%1\nnames['case.json'] = json.dumps(c).encode()\n");
    QTest::newRow("path traversal")
        << QStringLiteral("names['../../.bashrc'] = b'echo hi'") << int(P::NotAllowed);
    QTest::newRow("absolute path")
        << QStringLiteral("names['/tmp/evil'] = b'x'") << int(P::NotAllowed);
    QTest::newRow("symlink") << QStringLiteral("i = zipfile.ZipInfo('media/999.jpg')\n"
                                               "i.create_system = 3\n"
                                               "i.external_attr = 0o120777 << 16\n"
                                               "extra.append((i, b'/etc/passwd'))")
                             << int(P::NotAllowed);
    QTest::newRow("a file nobody named")
        << QStringLiteral("names['media/77.jpg'] = names[[n for n in names if "
                          "n.startswith('media/')][0]]")
        << int(P::NotAllowed);
    QTest::newRow("zip bomb: 100 MB of nothing as a picture")
        << QStringLiteral("n = [n for n in names if n.startswith('media/')][0]\n"
                          "names[n] = bytes(100 * 1024 * 1024)")
        << int(P::TooBig);
    QTest::newRow("not a picture")
        << QStringLiteral("n = [n for n in names if n.startswith('media/')][0]\n"
                          "names[n] = b'GIF89a this is not a png'")
        << int(P::Damaged);
    QTest::newRow("a recording that is not one")
        << QStringLiteral("n = [n for n in names if n.endswith('.opus')][0]\n"
                          "names[n] = b'OggS but nothing that plays'")
        << int(P::Damaged);
    QTest::newRow("a child's map of someone not in the story")
        << caseJson.arg(QStringLiteral("c['childMaps'][0]['places'][0]['person'] = 424242"))
        << int(P::Damaged);
    QTest::newRow("two child's maps on one day")
        << caseJson.arg(QStringLiteral("c['childMaps'].append(dict(c['childMaps'][0]))"))
        << int(P::Damaged);
    QTest::newRow("not JSON") << QStringLiteral("names['case.json'] = b'{\"format\": '")
                              << int(P::Damaged);
    QTest::newRow("duplicate ids")
        << caseJson.arg(QStringLiteral("c['people'].append(dict(c['people'][0]))"))
        << int(P::Damaged);
    QTest::newRow("a role that does not exist")
        << caseJson.arg(QStringLiteral("c['people'][0]['role'] = 99")) << int(P::Damaged);
    QTest::newRow("a number too big for any id (found by fuzzing)")
        << caseJson.arg(QStringLiteral("c['people'][0]['id'] = 2.6e77")) << int(P::Damaged);
    QTest::newRow("text where a number goes")
        << caseJson.arg(QStringLiteral("c['memories'][0]['people'] = ['Kai']")) << int(P::Damaged);
    QTest::newRow("a link to nobody")
        << caseJson.arg(QStringLiteral("c['memories'][0]['people'] = [424242]")) << int(P::Damaged);
    QTest::newRow("a bad date") << caseJson.arg(QStringLiteral(
                                       "c['memories'][0]['date'] = '31st of Smarch'"))
                                << int(P::Damaged);
    QTest::newRow("newer version")
        << caseJson.arg(QStringLiteral("c['version'] = 2")) << int(P::NewerVersion);
    QTest::newRow("something else entirely")
        << caseJson.arg(QStringLiteral("c['format'] = 'spreadsheet'")) << int(P::NotAnArchive);
    QTest::newRow("no case.json") << QStringLiteral("del names['case.json']")
                                  << int(P::NotAnArchive);
    // From a trial: any other zip is "not an export", not a list of what it holds.
    QTest::newRow("someone's notes")
        << QStringLiteral("names.clear()\nnames['notes.txt'] = b'hello'") << int(P::NotAnArchive);
}

void TestArchive::hostileArchivesAreRefusedAndCreateNothing()
{
    QFETCH(QString, script);
    QFETCH(int, problem);
    const QString path = crafted(QString::fromLatin1(QTest::currentDataTag())
                                     .replace(QRegularExpression(QStringLiteral("[^a-z]")), {}),
                                 script);
    QVERIFY(!path.isEmpty());
    const CaseArchive::ReadResult r = CaseArchive::read(path, {});
    QVERIFY(!r.ok());
    QCOMPARE(int(r.problem), problem);
    QVERIFY(!r.error.isEmpty());
    QVERIFY(!r.error.contains(QLatin1String("Jade")));
    QVERIFY(r.content.people.isEmpty()); // nothing to create a case from
    QVERIFY(!CaseArchive::readBytes(QByteArray(), {}).ok());
}

void TestArchive::aFullDiskLeavesNoExport()
{
    QTemporaryDir full;
    const QString path = full.filePath(QStringLiteral("export.zip"));
    QString problem;
    {
        DiskFaults::FullDisk disk(512); // the small story takes a few kB
        problem = CaseArchive::write(*m_file, path, kArchivePass);
    }
    QVERIFY2(problem.contains(QLatin1String("disk is full")), qPrintable(problem));
    QVERIFY2(QDir(full.path()).entryList(QDir::Files | QDir::Hidden | QDir::System).isEmpty(),
             qPrintable(QDir(full.path()).entryList(QDir::Files | QDir::Hidden).join(u' ')));

    QTemporaryDir locked;
    {
        DiskFaults::ReadOnlyFolder readOnly(locked.path());
        QVERIFY(readOnly.holds());
        problem = CaseArchive::write(*m_file, locked.filePath(QStringLiteral("e.zip")), {});
    }
    QVERIFY2(problem.contains(QLatin1String("cannot be changed")), qPrintable(problem));
}

QTEST_MAIN(TestArchive)
#include "tst_archive.moc"
