// SPDX-License-Identifier: GPL-3.0-or-later
#include "casefile.h"

// not translated (whole file): its literals are StorageError details for developers; what
// people read comes from StorageError::message().

#include "recordversions.h"
#include "sqlcipherdriver.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdlib>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sodium.h>
#include <sqlite3.h>

namespace {

// What a failed file operation means to the user: a full disk, a name already taken, or a
// place that cannot be written.
StorageError fileError(int err, const char *what)
{
    return StorageError{err == ENOSPC ? StorageError::Kind::DiskFull
                                      : (err == EEXIST ? StorageError::Kind::FileExists
                                                       : StorageError::Kind::ReadOnlyLocation),
                        QStringLiteral("%1: %2").arg(QString::fromLatin1(what),
                                                     QString::fromLocal8Bit(strerror(err)))};
}

// A hidden temporary file beside `finalPath` for a case or a copy to be written whole before it
// takes its name (a kill on the way leaves nothing under the name). mkstemp: owner-only (0600)
// from the first byte, and never somebody else's file.
StorageError hiddenTempBeside(const QString &finalPath, QByteArray *temp)
{
    const QFileInfo info(finalPath);
    *temp = QFile::encodeName(info.absolutePath() + QStringLiteral("/.") + info.fileName() +
                              QStringLiteral(".new-XXXXXX"));
    const int fd = ::mkstemp(temp->data());
    if (fd < 0)
        return fileError(errno, "create");
    ::close(fd);
    return {};
}

// Hidden files a killed create, copy or Change Passphrase of this case left beside it (each
// may hold megabytes of the story). Only old ones go: a young one may be another window's work
// in progress.
void removeStaleLeftovers(const QString &casePath)
{
    const QFileInfo info(casePath);
    QDir folder = info.absoluteDir();
    const QStringList patterns = {QStringLiteral(".%1.new-*").arg(info.fileName()),
                                  QStringLiteral(".%1.rekey.new-*").arg(info.fileName()),
                                  QStringLiteral("%1.rekey").arg(info.fileName())};
    const QDateTime old = QDateTime::currentDateTimeUtc().addSecs(-10 * 60);
    for (const QFileInfo &left :
         folder.entryInfoList(patterns, QDir::Files | QDir::Hidden | QDir::System)) {
        if (left.lastModified().toUTC() < old)
            QFile::remove(left.absoluteFilePath());
    }
}

// Gives the whole file its name. link() refuses a name that appeared meanwhile, where rename()
// would replace it; where links are not possible (FAT), rename() after a last look.
StorageError moveIntoPlace(const QByteArray &temp, const QString &finalPath)
{
    const QByteArray target = QFile::encodeName(finalPath);
    if (::link(temp.constData(), target.constData()) == 0) {
        ::unlink(temp.constData());
        return {};
    }
    if (errno == EEXIST)
        return fileError(EEXIST, "create");
    if (QFileInfo::exists(finalPath))
        return fileError(EEXIST, "rename");
    if (::rename(temp.constData(), target.constData()) != 0)
        return fileError(errno, "rename");
    return {};
}

QString newConnectionName()
{
    static QAtomicInteger<int> counter = 0;
    return QStringLiteral("belonging-case-%1").arg(counter.fetchAndAddRelaxed(1));
}

int nativeCode(const QSqlError &error)
{
    return error.nativeErrorCode().toInt();
}

const QByteArray kPlainSqliteHeader("SQLite format 3\0", 16);

} // namespace

CaseFile::~CaseFile()
{
    close();
}

StorageError CaseFile::identify(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return {StorageError::Kind::FileMissing, QStringLiteral("no such file")};
    if (!file.open(QIODevice::ReadOnly))
        return {StorageError::Kind::Io, QStringLiteral("cannot read file")};
    const qint64 size = file.size();
    const QByteArray head = file.read(KeyDerivation::kSaltBytes);
    if (size == 0)
        return {StorageError::Kind::NotABelongingFile, QStringLiteral("empty file")};
    if (head == kPlainSqliteHeader)
        return {StorageError::Kind::NotABelongingFile, QStringLiteral("unencrypted SQLite")};
    if (size < SqlCipherDriver::kCipherPageSize)
        return {StorageError::Kind::NotABelongingFile, QStringLiteral("too small")};
    if (size % SqlCipherDriver::kCipherPageSize != 0)
        return {StorageError::Kind::Damaged, QStringLiteral("size is not whole pages")};
    return {};
}

CaseFile::Key CaseFile::newKey(const SecureBytes &passphrase, const KdfParams &params)
{
    Key k;
    k.salt = KeyDerivation::randomSalt();
    k.key = KeyDerivation::deriveKey(passphrase, k.salt, params);
    if (k.key.isEmpty())
        k.error = {StorageError::Kind::Io, QStringLiteral("key derivation failed (memory)")};
    return k;
}

CaseFile::Key CaseFile::keyFor(const QString &path, const SecureBytes &passphrase,
                               const KdfParams &params)
{
    Key k;
    if ((k.error = identify(path)))
        return k;
    QFile raw(path);
    if (!raw.open(QIODevice::ReadOnly)) {
        k.error = {StorageError::Kind::Io, QStringLiteral("cannot read salt")};
        return k;
    }
    k.salt = raw.read(KeyDerivation::kSaltBytes);
    raw.close();
    k.key = KeyDerivation::deriveKey(passphrase, k.salt, params);
    if (k.key.isEmpty())
        k.error = {StorageError::Kind::Io, QStringLiteral("key derivation failed (memory)")};
    return k;
}

std::unique_ptr<CaseFile> CaseFile::create(const QString &path, const SecureBytes &passphrase,
                                           StorageError *error, const KdfParams &params)
{
    Q_ASSERT(error);
    if (QFileInfo::exists(path)) { // before the slow part
        *error = {StorageError::Kind::FileExists, QStringLiteral("file exists")};
        return nullptr;
    }
    return create(path, newKey(passphrase, params), error);
}

std::unique_ptr<CaseFile> CaseFile::create(const QString &path, const Key &key, StorageError *error,
                                           const std::function<StorageError(CaseFile &)> &fill)
{
    Q_ASSERT(error);
    *error = key.error;
    if (error->isError())
        return nullptr;
    const QFileInfo info(path);
    if (info.exists()) {
        *error = {StorageError::Kind::FileExists, QStringLiteral("file exists")};
        return nullptr;
    }
    // The case is made under a hidden temporary name beside it and moved into place only once
    // it is a whole case: killed while the key is derived (a second or more), the app used to
    // leave an empty file under the case's name that then read as "not a life story".
    const QString finalPath = info.absoluteFilePath();
    QByteArray temp;
    if ((*error = hiddenTempBeside(finalPath, &temp)))
        return nullptr;
    const QString tempPath = QFile::decodeName(temp);

    std::unique_ptr<CaseFile> file(new CaseFile);
    *error = file->connect(tempPath, KeyDerivation::sqlcipherKeySpec(key.key, key.salt), false);
    if (!error->isError()) {
        QSqlDatabase db = file->database();
        *error = Schema::migrate(db);
    }
    if (!error->isError() && fill)
        *error = fill(*file);
    // Closed before it moves: SQLite names its journal after the path it opened.
    file->close();
    if (!error->isError())
        *error = moveIntoPlace(temp, finalPath);
    if (!error->isError()) {
        file.reset(new CaseFile);
        *error = file->connect(finalPath, KeyDerivation::sqlcipherKeySpec(key.key, key.salt), true);
    }
    if (error->isError()) {
        file.reset();
        ::unlink(temp.constData());
        return nullptr;
    }
    RecordVersions::identify(*file);
    return file;
}

std::unique_ptr<CaseFile> CaseFile::open(const QString &path, const SecureBytes &passphrase,
                                         StorageError *error, const KdfParams &params)
{
    return open(path, keyFor(path, passphrase, params), error);
}

std::unique_ptr<CaseFile> CaseFile::open(const QString &path, const Key &key, StorageError *error)
{
    Q_ASSERT(error);
    *error = key.error;
    if (error->isError())
        return nullptr;
    std::unique_ptr<CaseFile> file(new CaseFile);
    *error = file->connect(QFileInfo(path).absoluteFilePath(),
                           KeyDerivation::sqlcipherKeySpec(key.key, key.salt), true);
    if (error->isError())
        return nullptr;

    QSqlDatabase db = file->database();
    const int appId = Schema::applicationId(db);
    const int version = Schema::version(db);
    if (appId != Schema::kApplicationId) {
        *error = {StorageError::Kind::NotABelongingFile, QStringLiteral("application_id")};
        return nullptr;
    }
    if (version > Schema::kCurrentVersion) {
        *error = {StorageError::Kind::NewerVersion,
                  QStringLiteral("schema version %1").arg(version)};
        return nullptr;
    }
    removeStaleLeftovers(file->m_path);
    if (version < Schema::kCurrentVersion) {
        // The backup is a byte copy of the encrypted file: just as private as the original.
        const QString backup =
            QStringLiteral("%1.v%2-backup.belonging").arg(file->m_path).arg(version);
        if (QFile::exists(backup))
            QFile::remove(backup);
        if (!QFile::copy(file->m_path, backup)) {
            *error = {StorageError::Kind::CannotUpdateHere,
                      QStringLiteral("could not write backup")};
            return nullptr;
        }
        QFile::setPermissions(backup, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        *error = Schema::migrate(db);
        if (error->isError()) {
            // The update is one transaction, so the case is as it was: the spare copy would
            // only take room from a disk that is already full.
            QFile::remove(backup);
            if (error->kind() == StorageError::Kind::DiskFull ||
                error->kind() == StorageError::Kind::ReadOnlyLocation ||
                error->kind() == StorageError::Kind::Io)
                *error = {StorageError::Kind::CannotUpdateHere, error->detail()};
            return nullptr;
        }
    }
    // As the copy it was when last closed, then as whatever copy it is now.
    RecordVersions::settle(*file);
    RecordVersions::identify(*file);
    return file;
}

std::unique_ptr<CaseFile> CaseFile::createInMemory(StorageError *error)
{
    Q_ASSERT(error);
    std::unique_ptr<CaseFile> file(new CaseFile);
    // A random key: the demo's pages in memory are encrypted like any other case.
    SecureBytes key(KeyDerivation::kKeyBytes);
    randombytes_buf(key.data(), key.size());
    const QByteArray salt = KeyDerivation::randomSalt();
    *error = file->connect(QStringLiteral(":memory:"), KeyDerivation::sqlcipherKeySpec(key, salt),
                           false);
    if (!error->isError()) {
        QSqlDatabase db = file->database();
        *error = Schema::migrate(db);
    }
    if (error->isError())
        return nullptr;
    file->m_path.clear();
    return file;
}

StorageError CaseFile::connect(const QString &path, SecureBytes keySpec, bool existing)
{
    SqlCipherDriver::registerDriver();
    m_connectionName = newConnectionName();
    auto *driver = new SqlCipherDriver;
    driver->setKeySpec(
        SecureBytes::copyOf(QByteArrayView(keySpec.chars(), qsizetype(keySpec.size()))));
    m_keySpec = std::move(keySpec);
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, m_connectionName);
    db.setDatabaseName(path);
    if (existing)
        db.setConnectOptions(QStringLiteral("BELONGING_OPEN_EXISTING"));
    m_path = path;
    if (!db.open()) {
        const int code = driver->lastSqliteCode();
        const QString detail = db.lastError().databaseText();
        db = QSqlDatabase();
        close();
        if (!existing && (code & 0xFF) == SQLITE_CANTOPEN)
            return {StorageError::Kind::ReadOnlyLocation, detail};
        return StorageError::fromSqlite(code, detail);
    }
    // Hold the file exclusively until close (see the class comment), fail at once if another
    // connection holds it, keep the rollback journal (no -wal/-shm files beside the case) and
    // make every commit durable before it returns.
    const bool ok = driver->execute(QStringLiteral("PRAGMA busy_timeout = 0")) &&
                    driver->execute(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")) &&
                    driver->execute(QStringLiteral("PRAGMA journal_mode = DELETE")) &&
                    driver->execute(QStringLiteral("PRAGMA synchronous = FULL")) &&
                    driver->execute(QStringLiteral("PRAGMA foreign_keys = ON")) &&
                    driver->execute(QStringLiteral("PRAGMA secure_delete = ON")) &&
                    driver->execute(QStringLiteral("BEGIN EXCLUSIVE")) &&
                    driver->execute(QStringLiteral("COMMIT"));
    if (!ok) {
        const int code = driver->lastSqliteCode();
        const QString detail = driver->lastError().databaseText();
        db = QSqlDatabase();
        close();
        return StorageError::fromSqlite(code, detail);
    }
    rememberLocation();
    return {};
}

void CaseFile::rememberLocation()
{
    struct stat st;
    if (!isInMemory() && m_path != QLatin1String(":memory:") &&
        ::stat(QFile::encodeName(m_path).constData(), &st) == 0) {
        m_device = quint64(st.st_dev);
        m_inode = quint64(st.st_ino);
    }
}

bool CaseFile::isOpen() const
{
    return !m_connectionName.isEmpty() && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase CaseFile::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void CaseFile::close()
{
    // Changes are recorded on the way out, so a copy made of the closed file (a file manager,
    // a memory stick) starts from the same recorded changes as this one. Read-only or full:
    // recorded at the next open instead.
    if (isOpen() && !isInMemory() && !m_inBatch)
        RecordVersions::settle(*this);
    if (!m_connectionName.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
        m_connectionName.clear();
    }
    m_keySpec.clear();
}

StorageError CaseFile::checkLocation() const
{
    if (isInMemory())
        return {};
    struct stat st;
    if (::stat(QFile::encodeName(m_path).constData(), &st) != 0 || quint64(st.st_dev) != m_device ||
        quint64(st.st_ino) != m_inode)
        return {StorageError::Kind::FileMissing, QStringLiteral("file moved or deleted")};
    return {};
}

StorageError CaseFile::errorFor(const QSqlError &error) const
{
    if (StorageError moved = checkLocation())
        return moved;
    return StorageError::fromSqlite(nativeCode(error), error.databaseText());
}

StorageError CaseFile::checkIntegrity() const
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return errorFor(q.lastError());
    if (!q.next() || q.value(0).toString() != QLatin1String("ok"))
        return {StorageError::Kind::Damaged, QStringLiteral("integrity_check failed")};
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return errorFor(q.lastError());
    if (q.next())
        return {StorageError::Kind::Damaged, QStringLiteral("foreign_key_check failed")};
    return {};
}

StorageError CaseFile::exportTo(const QString &target, const SecureBytes &keySpec) const
{
    if (!isOpen())
        return {StorageError::Kind::Io, QStringLiteral("case is closed")};
    // The copy starts from this copy's recorded changes (it becomes a copy of its own when
    // first opened where it is).
    if (StorageError e = RecordVersions::settle(const_cast<CaseFile &>(*this)))
        return e;
    const QFileInfo info(target);
    if (info.exists())
        return {StorageError::Kind::FileExists, QStringLiteral("copy target exists")};
    // Written whole under a hidden name, then named: a copy killed half-way (or a full disk)
    // never leaves half a story under the name the user chose.
    QByteArray temp;
    if (StorageError e = hiddenTempBeside(info.absoluteFilePath(), &temp))
        return e;

    QSqlDatabase db = database();
    QSqlQuery q(db);
    // The key travels as a bound parameter, never inside SQL text.
    q.prepare(QStringLiteral("ATTACH DATABASE ? AS belonging_copy KEY ?"));
    q.addBindValue(QFile::decodeName(temp));
    q.addBindValue(QByteArray(keySpec.chars(), qsizetype(keySpec.size())));
    bool ok = q.exec();
    QSqlError failure = q.lastError();
    const int version = Schema::version(db);
    if (ok) {
        const QStringList steps = {
            QStringLiteral("PRAGMA belonging_copy.cipher_page_size = %1")
                .arg(SqlCipherDriver::kCipherPageSize),
            QStringLiteral("SELECT sqlcipher_export('belonging_copy')"),
            // The copy is a copy of its own from the start, that has seen all this one has.
            QStringLiteral("INSERT OR REPLACE INTO belonging_copy.copy_seen (copy, seq) "
                           "SELECT copy, seq FROM main.copy_identity"),
            QStringLiteral("UPDATE belonging_copy.copy_identity SET copy = "
                           "lower(hex(randomblob(16))), device = NULL, inode = NULL"),
            QStringLiteral("PRAGMA belonging_copy.user_version = %1").arg(version),
            QStringLiteral("PRAGMA belonging_copy.application_id = %1").arg(Schema::kApplicationId),
        };
        for (const QString &step : steps) {
            if (!q.exec(step)) {
                ok = false;
                failure = q.lastError();
                break;
            }
        }
        q.finish();
        q.exec(QStringLiteral("DETACH DATABASE belonging_copy"));
    }
    if (!ok) {
        ::unlink(temp.constData());
        return errorFor(failure);
    }
    const int fd = ::open(temp.constData(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd); // on the disk before it has a name
        ::close(fd);
    }
    if (StorageError e = moveIntoPlace(temp, info.absoluteFilePath())) {
        ::unlink(temp.constData());
        return e;
    }
    return {};
}

StorageError CaseFile::saveCopy(const QString &target, const SecureBytes *newPassphrase,
                                const KdfParams &params) const
{
    if (!newPassphrase)
        return exportTo(target, m_keySpec);
    const QByteArray salt = KeyDerivation::randomSalt();
    const SecureBytes key = KeyDerivation::deriveKey(*newPassphrase, salt, params);
    if (key.isEmpty())
        return {StorageError::Kind::Io, QStringLiteral("key derivation failed (memory)")};
    return exportTo(target, KeyDerivation::sqlcipherKeySpec(key, salt));
}

bool CaseFile::isPassphrase(const SecureBytes &passphrase, const KdfParams &params) const
{
    if (isInMemory() || m_keySpec.isEmpty())
        return false;
    QFile raw(m_path);
    if (!raw.open(QIODevice::ReadOnly))
        return false;
    const QByteArray salt = raw.read(KeyDerivation::kSaltBytes);
    const SecureBytes key = KeyDerivation::deriveKey(passphrase, salt, params);
    if (key.isEmpty())
        return false;
    const SecureBytes spec = KeyDerivation::sqlcipherKeySpec(key, salt);
    // Compared in constant time, like any secret.
    return spec.size() == m_keySpec.size() &&
           sodium_memcmp(spec.data(), m_keySpec.data(), spec.size()) == 0;
}

StorageError CaseFile::changePassphrase(const SecureBytes &newPassphrase, const KdfParams &params)
{
    if (isInMemory())
        return {StorageError::Kind::Io, QStringLiteral("in-memory case")};
    // Write a re-encrypted copy beside the file (with a new salt), then swap it in with an
    // atomic rename: at every moment one complete file opens with one of the passphrases.
    const QString original = m_path;
    const QString fresh = original + QStringLiteral(".rekey");
    QFile::remove(fresh);
    const QByteArray salt = KeyDerivation::randomSalt();
    const SecureBytes key = KeyDerivation::deriveKey(newPassphrase, salt, params);
    if (key.isEmpty())
        return {StorageError::Kind::Io, QStringLiteral("key derivation failed (memory)")};
    SecureBytes spec = KeyDerivation::sqlcipherKeySpec(key, salt);
    if (StorageError e = exportTo(fresh, spec))
        return e;
    {
        const int fd = ::open(QFile::encodeName(fresh).constData(), O_RDONLY | O_CLOEXEC);
        if (fd >= 0) {
            ::fsync(fd);
            ::close(fd);
        }
    }
    SecureBytes oldSpec = std::move(m_keySpec);
    close();
    if (::rename(QFile::encodeName(fresh).constData(), QFile::encodeName(original).constData()) !=
        0) {
        QFile::remove(fresh);
        connect(original, std::move(oldSpec), true);
        return {StorageError::Kind::Io, QStringLiteral("rename failed")};
    }
    return connect(original, std::move(spec), true);
}

StorageError CaseFile::beginBatch()
{
    if (StorageError moved = checkLocation())
        return moved;
    QSqlDatabase db = database();
    if (!db.transaction())
        return errorFor(db.lastError());
    m_inBatch = true;
    return {};
}

StorageError CaseFile::endBatch(bool commit)
{
    if (!m_inBatch)
        return {};
    m_inBatch = false;
    QSqlDatabase db = database();
    if (commit && db.commit())
        return {};
    StorageError error = commit ? errorFor(db.lastError()) : StorageError();
    db.rollback();
    return error;
}
