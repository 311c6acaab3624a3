// SPDX-License-Identifier: GPL-3.0-or-later
#include "casearchive.h"

#include "opusclip.h"

#include "casecontentio.h"
#include "casejson.h"
#include "mediarepository.h"
#include "photoimport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>

#include <zip.h>

#include <sys/stat.h>

namespace {

// A picture's bytes, fetched from the case only when libzip comes to write it and let go
// straight after: one picture in memory at a time, whatever the size of the story.
struct LazyPicture
{
    CaseFile *file = nullptr;
    ItemId id = kNoId;
    QByteArray bytes;
    qint64 offset = 0;
    zip_error_t error{};
};

zip_int64_t readPicture(void *state, void *data, zip_uint64_t length, zip_source_cmd_t cmd)
{
    auto *p = static_cast<LazyPicture *>(state);
    switch (cmd) {
    case ZIP_SOURCE_OPEN:
        p->bytes = MediaRepository(*p->file).data(p->id);
        p->offset = 0;
        if (p->bytes.isEmpty()) {
            zip_error_set(&p->error, ZIP_ER_READ, 0);
            return -1;
        }
        return 0;
    case ZIP_SOURCE_READ: {
        const qint64 n = qMin<qint64>(qint64(length), p->bytes.size() - p->offset);
        memcpy(data, p->bytes.constData() + p->offset, size_t(n));
        p->offset += n;
        return n;
    }
    case ZIP_SOURCE_CLOSE:
        p->bytes.clear();
        p->bytes.squeeze();
        return 0;
    case ZIP_SOURCE_STAT: {
        auto *st = static_cast<zip_stat_t *>(data);
        zip_stat_init(st);
        return sizeof(*st);
    }
    case ZIP_SOURCE_ERROR:
        return zip_error_to_data(&p->error, data, length);
    case ZIP_SOURCE_FREE:
        delete p;
        return 0;
    case ZIP_SOURCE_SUPPORTS:
        return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE,
                                              ZIP_SOURCE_STAT, ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE,
                                              -1);
    default:
        zip_error_set(&p->error, ZIP_ER_OPNOTSUPP, 0);
        return -1;
    }
}

QString writeProblem(int zipError, int systemError)
{
    if (zipError == ZIP_ER_EXISTS)
        return CaseArchive::tr("A file with that name is already there. Choose another name.");
    if (systemError == ENOSPC || systemError == EDQUOT || systemError == EFBIG)
        return CaseArchive::tr("The disk is full, so the export could not be saved, and nothing "
                               "was left behind. Free some space, or choose another place.");
    if (systemError == EACCES || systemError == EROFS || systemError == EPERM)
        return CaseArchive::tr("That folder cannot be changed (it may be on a locked memory "
                               "stick or belong to someone else). Choose another place.");
    if (systemError == ENOENT || systemError == ENOTDIR)
        return CaseArchive::tr("That folder is not there any more. Choose another place.");
    return CaseArchive::tr("The export could not be saved. Try another place.");
}

const QString kSchemaName = QStringLiteral("case.schema.json");

// Only what Belonging writes: case.json, its schema (the key to every number in it, for people
// reading the archive without Belonging) and media/<id>.<jpg|png|opus>.
bool allowedName(const QString &name)
{
    static const QRegularExpression media(
        QStringLiteral("^media/[1-9][0-9]{0,15}\\.(jpg|png|opus)$"));
    return name == QLatin1String("case.json") || name == kSchemaName ||
           media.match(name).hasMatch();
}

class ArchiveReader
{
public:
    explicit ArchiveReader(zip_t *zip)
        : m_zip(zip)
    {}
    ~ArchiveReader() { zip_discard(m_zip); }
    Q_DISABLE_COPY_MOVE(ArchiveReader)

    CaseArchive::ReadResult read(const QByteArray &passphrase)
    {
        if (!passphrase.isEmpty())
            zip_set_default_password(m_zip, passphrase.constData());
        const zip_int64_t count = zip_get_num_entries(m_zip, 0);
        if (count <= 0 || count > CaseArchive::kMaxEntries ||
            zip_name_locate(m_zip, "case.json", 0) < 0) // some other archive altogether
            return fail(CaseArchive::Problem::NotAnArchive);
        for (zip_int64_t i = 0; i < count; ++i) {
            const char *raw = zip_get_name(m_zip, zip_uint64_t(i), ZIP_FL_ENC_GUESS);
            const QString name = raw ? QString::fromUtf8(raw) : QString();
            zip_uint8_t system = 0;
            zip_uint32_t attributes = 0;
            zip_file_get_external_attributes(m_zip, zip_uint64_t(i), 0, &system, &attributes);
            const bool link = system == ZIP_OPSYS_UNIX && S_ISLNK(attributes >> 16);
            if (!allowedName(name) || link || m_index.contains(name))
                return fail(CaseArchive::Problem::NotAllowed);
            m_index.insert(name, i);
        }
        if (!m_index.contains(QStringLiteral("case.json")))
            return fail(CaseArchive::Problem::NotAnArchive);

        QByteArray json;
        if (!entry(QStringLiteral("case.json"), CaseArchive::kMaxJsonBytes, &json))
            return m_result;
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
        json.clear();
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            return fail(CaseArchive::Problem::Damaged);
        CaseJson::Parsed parsed = CaseJson::fromJson(doc.object());
        if (!parsed.error.isEmpty()) {
            m_result.problem = parsed.newerVersion ? CaseArchive::Problem::NewerVersion
                               : parsed.notACase   ? CaseArchive::Problem::NotAnArchive
                                                   : CaseArchive::Problem::Damaged;
            m_result.error = parsed.error;
            return m_result;
        }
        const qsizetype expected =
            parsed.mediaFiles.size() + 1 + (m_index.contains(kSchemaName) ? 1 : 0);
        if (m_index.size() != expected)
            return fail(CaseArchive::Problem::NotAllowed); // a file the story does not name
        for (qsizetype i = 0; i < parsed.content.media.size(); ++i) {
            Media &m = parsed.content.media[i];
            if (!entry(parsed.mediaFiles.at(i), PhotoImport::kMaxFileBytes, &m.data))
                return m_result;
            if (m.isRecording()) {
                // A recording is kept only if it plays: a renamed file is refused here.
                const qint64 ms = OpusClip::durationMs(m.data);
                if (ms < 0 || ms > qint64(OpusClip::kMaxSeconds) * 1000) {
                    m_result.problem = CaseArchive::Problem::Damaged;
                    m_result.error = CaseArchive::tr(
                        "A recording in the archive is damaged or is not a recording.");
                    return m_result;
                }
                m.durationMs = int(ms);
                continue;
            }
            if (!PhotoImport::completeKept(m)) {
                m_result.problem = CaseArchive::Problem::Damaged;
                m_result.error = CaseArchive::tr("A picture in the archive is damaged or is not "
                                                 "a picture.");
                return m_result;
            }
        }
        m_result.content = std::move(parsed.content);
        return m_result;
    }

private:
    // Reads one file whole into memory, never more than `limit` bytes whatever its header says.
    bool entry(const QString &name, qint64 limit, QByteArray *out)
    {
        if (!m_index.contains(name)) {
            fail(CaseArchive::Problem::Damaged);
            return false;
        }
        const zip_uint64_t index = zip_uint64_t(m_index.value(name));
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(m_zip, index, 0, &st) != 0) {
            fail(CaseArchive::Problem::Damaged);
            return false;
        }
        if ((st.valid & ZIP_STAT_SIZE) && st.size > zip_uint64_t(limit)) {
            fail(CaseArchive::Problem::TooBig);
            return false;
        }
        // Only the methods Belonging writes; libzip 1.7 also leaks on some others' errors.
        const bool method = !(st.valid & ZIP_STAT_COMP_METHOD) || st.comp_method == ZIP_CM_STORE ||
                            st.comp_method == ZIP_CM_DEFLATE;
        const bool cipher = !(st.valid & ZIP_STAT_ENCRYPTION_METHOD) ||
                            st.encryption_method == ZIP_EM_NONE ||
                            st.encryption_method == ZIP_EM_AES_256;
        if (!method || !cipher) {
            fail(CaseArchive::Problem::NotAllowed);
            return false;
        }
        zip_file_t *file = zip_fopen_index(m_zip, index, 0);
        if (!file) {
            failWith(zip_error_code_zip(zip_get_error(m_zip)));
            return false;
        }
        QByteArray bytes;
        char buffer[64 * 1024];
        bool ok = true;
        for (;;) {
            const zip_int64_t n = zip_fread(file, buffer, sizeof buffer);
            if (n < 0) {
                failWith(zip_error_code_zip(zip_file_get_error(file)));
                ok = false;
                break;
            }
            if (n == 0)
                break;
            if (bytes.size() + n > limit) { // more than its header said: a zip bomb
                fail(CaseArchive::Problem::TooBig);
                ok = false;
                break;
            }
            bytes.append(buffer, qsizetype(n));
        }
        zip_fclose(file);
        if (ok)
            *out = std::move(bytes);
        return ok;
    }

    void failWith(int zipError)
    {
        switch (zipError) {
        case ZIP_ER_NOPASSWD:
            fail(CaseArchive::Problem::NeedsPassphrase);
            break;
        case ZIP_ER_WRONGPASSWD:
            fail(CaseArchive::Problem::WrongPassphrase);
            break;
        case ZIP_ER_COMPNOTSUPP:
        case ZIP_ER_ENCRNOTSUPP:
            fail(CaseArchive::Problem::NotAllowed);
            break;
        default:
            fail(CaseArchive::Problem::Damaged);
        }
    }

    CaseArchive::ReadResult fail(CaseArchive::Problem problem)
    {
        using P = CaseArchive::Problem;
        m_result.problem = problem;
        switch (problem) {
        case P::None:
            m_result.error.clear();
            break;
        case P::NeedsPassphrase:
            m_result.error = CaseArchive::tr("This export is protected. Type its passphrase.");
            break;
        case P::WrongPassphrase:
            m_result.error = CaseArchive::tr("That is not the passphrase of this export. Try "
                                             "again.");
            break;
        case P::NotAnArchive:
            m_result.error = CaseArchive::tr("This is not a life story exported from Belonging.");
            break;
        case P::Damaged:
            m_result.error = CaseArchive::tr("This export is damaged or incomplete, so nothing "
                                             "was brought in. If you have another copy, try that "
                                             "one.");
            break;
        case P::NewerVersion:
            m_result.error = CaseArchive::tr("This story was exported by a newer version of "
                                             "Belonging. Update Belonging to bring it in.");
            break;
        case P::NotAllowed:
            m_result.error = CaseArchive::tr("This archive holds things Belonging never writes "
                                             "(other files, links, or files in other places), "
                                             "so nothing was brought in.");
            break;
        case P::TooBig:
            m_result.error = CaseArchive::tr("A file in this archive is far bigger than any "
                                             "Belonging writes, so nothing was brought in.");
            break;
        }
        m_result.content = {};
        return m_result;
    }

    zip_t *m_zip;
    QHash<QString, zip_int64_t> m_index;
    CaseArchive::ReadResult m_result;
};

} // namespace

QString CaseArchive::write(CaseFile &file, const QString &path, const QByteArray &passphrase)
{
    StorageError readError;
    const CaseContent content = CaseContentIO::read(file, false, &readError);
    if (readError)
        return readError.message();
    const QByteArray json =
        QJsonDocument(CaseJson::toJson(content)).toJson(QJsonDocument::Indented);

    const QString target = QFileInfo(path).absoluteFilePath();
    if (QFileInfo::exists(target))
        return writeProblem(ZIP_ER_EXISTS, 0);
    int openError = 0;
    // libzip writes a hidden temporary file beside the target and renames it on close; made
    // owner-only like the case file (umask is restored at once; only this thread writes files
    // meanwhile).
    const mode_t oldMask = ::umask(077);
    zip_t *zip = zip_open(QFile::encodeName(target).constData(), ZIP_CREATE | ZIP_EXCL, &openError);
    if (!zip) {
        ::umask(oldMask);
        return writeProblem(openError, openError == ZIP_ER_EXISTS ? 0 : errno);
    }
    bool ok = true;
    const auto encrypt = [&](zip_int64_t index) {
        if (index < 0)
            return false;
        if (!passphrase.isEmpty() &&
            zip_file_set_encryption(zip, zip_uint64_t(index), ZIP_EM_AES_256,
                                    passphrase.constData()) != 0)
            return false;
        return true;
    };
    zip_source_t *jsonSource =
        zip_source_buffer(zip, json.constData(), zip_uint64_t(json.size()), 0);
    const zip_int64_t jsonIndex =
        jsonSource ? zip_file_add(zip, "case.json", jsonSource, ZIP_FL_ENC_UTF_8) : -1;
    if (jsonIndex < 0 && jsonSource)
        zip_source_free(jsonSource);
    ok = encrypt(jsonIndex);
    // The schema goes beside it, plain: it holds nothing of the story, and it is the key to
    // every number in case.json for anyone reading the archive without Belonging.
    QFile schemaFile(QStringLiteral(":/archive/case.schema.json"));
    const QByteArray schema =
        schemaFile.open(QIODevice::ReadOnly) ? schemaFile.readAll() : QByteArray();
    if (ok && !schema.isEmpty()) {
        zip_source_t *schemaSource =
            zip_source_buffer(zip, schema.constData(), zip_uint64_t(schema.size()), 0);
        const zip_int64_t index =
            schemaSource ? zip_file_add(zip, "case.schema.json", schemaSource, ZIP_FL_ENC_UTF_8)
                         : -1;
        if (index < 0 && schemaSource)
            zip_source_free(schemaSource);
        ok = index >= 0;
    }
    for (const Media &m : content.media) {
        if (!ok)
            break;
        auto *state = new LazyPicture{&file, m.id, {}, 0, {}};
        zip_error_init(&state->error);
        zip_source_t *source = zip_source_function(zip, readPicture, state);
        if (!source) {
            delete state;
            ok = false;
            break;
        }
        const QByteArray name = CaseJson::mediaFileName(m).toUtf8();
        const zip_int64_t index = zip_file_add(zip, name.constData(), source, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(source);
            ok = false;
            break;
        }
        // Pictures are compressed already: stored as they are.
        zip_set_file_compression(zip, zip_uint64_t(index), ZIP_CM_STORE, 0);
        ok = encrypt(index);
    }
    if (!ok) {
        zip_discard(zip);
        ::umask(oldMask);
        return tr("The export could not be made. There may not be enough memory free.");
    }
    errno = 0;
    const int closed = zip_close(zip);
    const int systemError = errno;
    ::umask(oldMask);
    if (closed != 0) {
        const zip_error_t *error = zip_get_error(zip);
        const int zipError = zip_error_code_zip(error);
        const int sys = zip_error_code_system(error) ? zip_error_code_system(error) : systemError;
        zip_discard(zip); // removes libzip's temporary file too
        return writeProblem(zipError, sys);
    }
    return {};
}

CaseArchive::ReadResult CaseArchive::read(const QString &path, const QByteArray &passphrase)
{
    int openError = 0;
    zip_t *zip =
        zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &openError);
    if (!zip) {
        ReadResult r;
        r.problem = openError == ZIP_ER_NOZIP || openError == ZIP_ER_INCONS ? Problem::NotAnArchive
                                                                            : Problem::Damaged;
        r.error = r.problem == Problem::NotAnArchive
                      ? tr("This is not a life story exported from Belonging.")
                      : tr("This export could not be read. Check that it is still there and "
                           "that you are allowed to read it.");
        return r;
    }
    ArchiveReader reader(zip);
    return reader.read(passphrase);
}

CaseArchive::ReadResult CaseArchive::readBytes(const QByteArray &bytes,
                                               const QByteArray &passphrase)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source =
        zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &error);
    zip_t *zip =
        source ? zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error) : nullptr;
    zip_error_fini(&error);
    if (!zip) {
        if (source)
            zip_source_free(source);
        ReadResult r;
        r.problem = Problem::NotAnArchive;
        r.error = tr("This is not a life story exported from Belonging.");
        return r;
    }
    ArchiveReader reader(zip);
    return reader.read(passphrase);
}

StorageError CaseArchive::createCase(const QString &path, const CaseFile::Key &key,
                                     CaseContent &content)
{
    StorageError error;
    const auto fill = [&content](CaseFile &file) { return CaseContentIO::write(file, content); };
    std::unique_ptr<CaseFile> made = CaseFile::create(path, key, &error, fill);
    return made ? StorageError() : error;
}
