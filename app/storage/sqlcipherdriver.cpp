// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlcipherdriver.h"

// not translated (whole file): driver errors are technical details; people read
// StorageError::message() instead.

#include <QDateTime>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <sqlite3.h>

#include <cerrno>

const QString SqlCipherDriver::kDriverName = QStringLiteral("QSQLCIPHER");

namespace {

QString sqliteMessage(sqlite3 *db, int code)
{
    // SQLite's messages name the failure ("file is not a database", "database or disk is
    // full"), never row content, so they are safe as technical detail.
    if (db)
        return QString::fromUtf8(sqlite3_errmsg(db));
    return QString::fromUtf8(sqlite3_errstr(code));
}

// A write that failed for lack of room comes back from SQLite as a generic I/O error with the
// OS error underneath; report it as "full", which is what the user can act on.
int refineCode(sqlite3 *db, int code)
{
    if (db && (code & 0xFF) == SQLITE_IOERR) {
        const int err = sqlite3_system_errno(db);
        if (err == ENOSPC || err == EFBIG || err == EDQUOT)
            return SQLITE_FULL;
    }
    return code;
}

QMetaType typeFromDeclared(const char *declared)
{
    const QString d = QString::fromLatin1(declared ? declared : "").toUpper();
    if (d.contains(QLatin1String("INT")))
        return QMetaType::fromType<qlonglong>();
    if (d.contains(QLatin1String("REAL")) || d.contains(QLatin1String("FLOA")) ||
        d.contains(QLatin1String("DOUB")))
        return QMetaType::fromType<double>();
    if (d.contains(QLatin1String("BLOB")))
        return QMetaType::fromType<QByteArray>();
    if (d.contains(QLatin1String("BOOL")))
        return QMetaType::fromType<bool>();
    return QMetaType::fromType<QString>();
}

bool isNullValue(const QVariant &v)
{
    if (v.isNull())
        return true;
    switch (v.metaType().id()) {
    case QMetaType::QString:
        return v.toString().isNull();
    case QMetaType::QByteArray:
        return v.toByteArray().isNull();
    case QMetaType::QDate:
        return v.toDate().isNull();
    case QMetaType::QDateTime:
        return v.toDateTime().isNull();
    default:
        return false;
    }
}

} // namespace

// ---- result ----------------------------------------------------------------------------------

class SqlCipherResult : public QSqlResult
{
public:
    explicit SqlCipherResult(const SqlCipherDriver *driver);
    ~SqlCipherResult() override;

    void finalize();

protected:
    bool reset(const QString &query) override;
    bool prepare(const QString &query) override;
    bool exec() override;
    bool fetch(int index) override;
    bool fetchFirst() override;
    bool fetchLast() override;
    bool fetchNext() override;
    QVariant data(int field) override;
    bool isNull(int field) override;
    int size() override { return -1; }
    int numRowsAffected() override { return m_rowsAffected; }
    QSqlRecord record() const override { return m_record; }
    QVariant lastInsertId() const override;
    QVariant handle() const override;
    void detachFromResultSet() override;
    void virtual_hook(int id, void *data) override { QSqlResult::virtual_hook(id, data); }

private:
    SqlCipherDriver *cipherDriver() const
    {
        return const_cast<SqlCipherDriver *>(static_cast<const SqlCipherDriver *>(driver()));
    }
    bool stepRow();
    bool setSqliteError(const QString &text, int code, QSqlError::ErrorType type);
    void readRecord();

    sqlite3_stmt *m_stmt = nullptr;
    QSqlRecord m_record;
    QList<QVariantList> m_rows; // rows seen so far (scrollable) or just the current one
    QVariantList m_bound;       // keeps bound text and BLOBs alive while the statement runs
    bool m_done = false;
    int m_rowsAffected = -1;
    qint64 m_lastInsertId = 0;
};

SqlCipherResult::SqlCipherResult(const SqlCipherDriver *driver)
    : QSqlResult(driver)
{
    driver->m_results.append(this);
}

SqlCipherResult::~SqlCipherResult()
{
    if (const auto *d = static_cast<const SqlCipherDriver *>(driver()))
        d->m_results.removeAll(this);
    finalize();
}

void SqlCipherResult::finalize()
{
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    m_rows.clear();
    m_bound.clear();
}

bool SqlCipherResult::setSqliteError(const QString &text, int code, QSqlError::ErrorType type)
{
    sqlite3 *db = cipherDriver() ? cipherDriver()->connection() : nullptr;
    code = refineCode(db, code);
    if (cipherDriver())
        cipherDriver()->noteFailure(code);
    setLastError(QSqlError(text, sqliteMessage(db, code), type, QString::number(code)));
    return false;
}

bool SqlCipherResult::reset(const QString &query)
{
    return prepare(query) && exec();
}

bool SqlCipherResult::prepare(const QString &query)
{
    if (!driver() || !driver()->isOpen())
        return false;
    finalize();
    setSelect(false);
    setAt(QSql::BeforeFirstRow);
    m_record.clear();
    m_rowsAffected = -1;
    const char *tail = nullptr;
    const QByteArray utf8 = query.toUtf8();
    const int rc = sqlite3_prepare_v2(cipherDriver()->connection(), utf8.constData(),
                                      int(utf8.size()) + 1, &m_stmt, &tail);
    if (rc != SQLITE_OK) {
        finalize();
        return setSqliteError(QStringLiteral("Unable to prepare statement"), rc,
                              QSqlError::StatementError);
    }
    if (tail && QByteArrayView(tail).trimmed().size() > 0) {
        finalize();
        return setSqliteError(QStringLiteral("Only one statement can be executed at a time"),
                              SQLITE_MISUSE, QSqlError::StatementError);
    }
    return true;
}

bool SqlCipherResult::exec()
{
    if (!m_stmt)
        return false;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_rows.clear();
    m_done = false;
    setAt(QSql::BeforeFirstRow);

    m_bound = boundValues();
    const int expected = sqlite3_bind_parameter_count(m_stmt);
    if (expected != m_bound.size())
        return setSqliteError(QStringLiteral("Parameter count mismatch"), SQLITE_RANGE,
                              QSqlError::StatementError);
    for (int i = 0; i < m_bound.size(); ++i) {
        QVariant &v = m_bound[i];
        int rc = SQLITE_OK;
        if (isNullValue(v)) {
            rc = sqlite3_bind_null(m_stmt, i + 1);
        } else {
            switch (v.metaType().id()) {
            case QMetaType::QByteArray: {
                const QByteArray &b = *static_cast<const QByteArray *>(v.constData());
                rc = sqlite3_bind_blob64(m_stmt, i + 1, b.constData(), sqlite3_uint64(b.size()),
                                         SQLITE_STATIC);
                break;
            }
            case QMetaType::Bool:
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::Long:
            case QMetaType::ULong:
            case QMetaType::LongLong:
            case QMetaType::ULongLong:
            case QMetaType::Short:
            case QMetaType::UShort:
            case QMetaType::Char:
            case QMetaType::UChar:
            case QMetaType::SChar:
                rc = sqlite3_bind_int64(m_stmt, i + 1, v.toLongLong());
                break;
            case QMetaType::Double:
            case QMetaType::Float:
                rc = sqlite3_bind_double(m_stmt, i + 1, v.toDouble());
                break;
            case QMetaType::QDateTime:
                v = v.toDateTime().toString(Qt::ISODateWithMs);
                [[fallthrough]];
            default: {
                if (v.metaType().id() != QMetaType::QString)
                    v = v.toString();
                const QString &s = *static_cast<const QString *>(v.constData());
                rc = sqlite3_bind_text16(m_stmt, i + 1, s.utf16(),
                                         int(s.size() * qsizetype(sizeof(QChar))), SQLITE_STATIC);
                break;
            }
            }
        }
        if (rc != SQLITE_OK)
            return setSqliteError(QStringLiteral("Unable to bind parameters"), rc,
                                  QSqlError::StatementError);
    }

    const int columns = sqlite3_column_count(m_stmt);
    setSelect(columns > 0);
    readRecord();
    if (!stepRow() && lastError().isValid())
        return false;
    sqlite3 *db = cipherDriver()->connection();
    m_rowsAffected = isSelect() ? -1 : sqlite3_changes(db);
    m_lastInsertId = sqlite3_last_insert_rowid(db);
    setActive(true);
    return true;
}

void SqlCipherResult::readRecord()
{
    m_record.clear();
    const int columns = sqlite3_column_count(m_stmt);
    for (int i = 0; i < columns; ++i) {
        QSqlField field(QString::fromUtf8(sqlite3_column_name(m_stmt, i)),
                        typeFromDeclared(sqlite3_column_decltype(m_stmt, i)),
                        QString::fromUtf8(sqlite3_column_table_name(m_stmt, i)));
        m_record.append(field);
    }
}

// Steps the statement once; a row read is appended to m_rows (forward-only keeps one row).
bool SqlCipherResult::stepRow()
{
    if (m_done || !m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        const int columns = sqlite3_column_count(m_stmt);
        QVariantList row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i) {
            switch (sqlite3_column_type(m_stmt, i)) {
            case SQLITE_INTEGER:
                row << QVariant(qlonglong(sqlite3_column_int64(m_stmt, i)));
                break;
            case SQLITE_FLOAT:
                row << QVariant(sqlite3_column_double(m_stmt, i));
                break;
            case SQLITE_BLOB: {
                const void *p = sqlite3_column_blob(m_stmt, i);
                const int n = sqlite3_column_bytes(m_stmt, i);
                row << QVariant(n ? QByteArray(static_cast<const char *>(p), n) : QByteArray(""));
                break;
            }
            case SQLITE_NULL:
                row << QVariant(m_record.field(i).metaType());
                break;
            default: {
                const auto *p = static_cast<const char16_t *>(sqlite3_column_text16(m_stmt, i));
                const int n = sqlite3_column_bytes16(m_stmt, i) / int(sizeof(char16_t));
                row << QVariant(n ? QString(reinterpret_cast<const QChar *>(p), n)
                                  : QStringLiteral(""));
                break;
            }
            }
        }
        if (isForwardOnly())
            m_rows.clear();
        m_rows.append(row);
        return true;
    }
    m_done = true;
    if (rc != SQLITE_DONE) {
        setSqliteError(QStringLiteral("Unable to fetch row"), rc, QSqlError::StatementError);
        sqlite3_reset(m_stmt);
    } else {
        // Releases the statement's read lock at once; the values are already copied.
        sqlite3_reset(m_stmt);
    }
    return false;
}

bool SqlCipherResult::fetch(int index)
{
    if (!isSelect() || index < 0)
        return false;
    if (isForwardOnly()) {
        // Only moving forward is possible: the first row was stepped by exec().
        const int first = at() < 0 ? 0 : at();
        if (index < first)
            return false;
        if (at() == QSql::BeforeFirstRow) {
            if (m_rows.isEmpty())
                return false;
            setAt(0);
        }
        while (at() < index) {
            if (!stepRow())
                return false;
            setAt(at() + 1);
        }
        return true;
    }
    while (index >= m_rows.size()) {
        if (!stepRow())
            return false;
    }
    setAt(index);
    return true;
}

bool SqlCipherResult::fetchFirst()
{
    if (isForwardOnly() && at() > 0)
        return false;
    return fetch(0);
}

bool SqlCipherResult::fetchNext()
{
    return fetch(at() < 0 ? 0 : at() + 1);
}

bool SqlCipherResult::fetchLast()
{
    if (!isSelect())
        return false;
    if (isForwardOnly()) {
        int last = at();
        if (last == QSql::BeforeFirstRow) {
            if (m_rows.isEmpty())
                return false;
            last = 0;
        }
        while (stepRow())
            ++last;
        if (lastError().isValid())
            return false;
        setAt(last);
        return true;
    }
    while (stepRow()) {
    }
    if (m_rows.isEmpty())
        return false;
    setAt(int(m_rows.size()) - 1);
    return true;
}

QVariant SqlCipherResult::data(int field)
{
    if (m_rows.isEmpty() || at() < 0)
        return {};
    const QVariantList &row = isForwardOnly() ? m_rows.last() : m_rows.at(at());
    return field >= 0 && field < row.size() ? row.at(field) : QVariant();
}

bool SqlCipherResult::isNull(int field)
{
    return data(field).isNull();
}

QVariant SqlCipherResult::lastInsertId() const
{
    return isActive() && m_lastInsertId ? QVariant(m_lastInsertId) : QVariant();
}

QVariant SqlCipherResult::handle() const
{
    return QVariant::fromValue(static_cast<void *>(m_stmt));
}

void SqlCipherResult::detachFromResultSet()
{
    if (m_stmt)
        sqlite3_reset(m_stmt);
    m_done = true;
}

// ---- driver ----------------------------------------------------------------------------------

SqlCipherDriver::SqlCipherDriver(QObject *parent)
    : QSqlDriver(parent)
{}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
}

void SqlCipherDriver::registerDriver()
{
    static const bool registered = [] {
        QSqlDatabase::registerSqlDriver(kDriverName, new QSqlDriverCreator<SqlCipherDriver>);
        return true;
    }();
    Q_UNUSED(registered);
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders:
    case LastInsertId:
    case FinishQuery:
    case SimpleLocking:
        return true;
    // Qt rewrites ":name" placeholders to "?" and keeps the mapping, so binding is positional.
    case NamedPlaceholders:
    case QuerySize:
    case BatchOperations:
    case EventNotifications:
    case LowPrecisionNumbers:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

bool SqlCipherDriver::fail(const QString &text, QSqlError::ErrorType type, int code)
{
    code = refineCode(m_db, code);
    m_lastCode = code;
    setLastError(QSqlError(text, sqliteMessage(m_db, code), type, QString::number(code)));
    return false;
}

bool SqlCipherDriver::open(const QString &db, const QString &, const QString &, const QString &,
                           int, const QString &connectOptions)
{
    if (isOpen())
        close();
    m_lastCode = 0;
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_PRIVATECACHE;
    if (connectOptions.contains(QLatin1String("QSQLITE_OPEN_READONLY")))
        flags |= SQLITE_OPEN_READONLY;
    else if (connectOptions.contains(QLatin1String("BELONGING_OPEN_EXISTING")))
        flags |= SQLITE_OPEN_READWRITE;
    else
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;

    const QByteArray path = db.toUtf8();
    int rc = sqlite3_open_v2(path.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        fail(QStringLiteral("Error opening database"), QSqlError::ConnectionError, rc);
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        setOpenError(true);
        return false;
    }
    sqlite3_extended_result_codes(m_db, 1);
    if (!m_keySpec.isEmpty()) {
        rc = sqlite3_key(m_db, m_keySpec.data(), int(m_keySpec.size()));
        m_keySpec.clear(); // SQLCipher keeps its own (wiped) copy
        if (rc != SQLITE_OK) {
            fail(QStringLiteral("Error applying key"), QSqlError::ConnectionError, rc);
            close();
            setOpenError(true);
            return false;
        }
    }
    setOpen(true);
    setOpenError(false);
    // Proving the key: reading the schema decrypts page 1, which fails for a wrong key.
    const bool ready =
        execute(QStringLiteral("PRAGMA cipher_page_size = %1").arg(kCipherPageSize)) &&
        execute(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!ready) {
        const QSqlError error = lastError();
        const int code = m_lastCode;
        close();
        m_lastCode = code;
        setLastError(error);
        setOpenError(true);
        return false;
    }
    return true;
}

void SqlCipherDriver::close()
{
    for (SqlCipherResult *r : std::as_const(m_results))
        r->finalize();
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    m_keySpec.clear();
    if (isOpen())
        setOpen(false);
}

bool SqlCipherDriver::execute(const QString &sql)
{
    if (!m_db)
        return false;
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    int rc = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, nullptr);
    if (rc == SQLITE_OK) {
        do {
            rc = sqlite3_step(stmt);
        } while (rc == SQLITE_ROW);
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_OK && rc != SQLITE_DONE)
        return fail(QStringLiteral("Unable to execute statement"), QSqlError::StatementError, rc);
    return true;
}

QSqlResult *SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

bool SqlCipherDriver::beginTransaction()
{
    return isOpen() && execute(QStringLiteral("BEGIN IMMEDIATE"));
}

bool SqlCipherDriver::commitTransaction()
{
    return isOpen() && execute(QStringLiteral("COMMIT"));
}

bool SqlCipherDriver::rollbackTransaction()
{
    return isOpen() && execute(QStringLiteral("ROLLBACK"));
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList names;
    if (!isOpen())
        return names;
    QString kinds;
    if (type & QSql::Tables)
        kinds += QStringLiteral("'table'");
    if (type & QSql::Views)
        kinds +=
            QString(kinds.isEmpty() ? QString() : QStringLiteral(",")) + QStringLiteral("'view'");
    if (!kinds.isEmpty()) {
        QSqlQuery q(createResult());
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type IN (%1) AND name NOT "
                              "LIKE 'sqlite_%' ORDER BY name")
                   .arg(kinds));
        while (q.next())
            names << q.value(0).toString();
    }
    if (type & QSql::SystemTables)
        names << QStringLiteral("sqlite_master");
    return names;
}

QSqlRecord SqlCipherDriver::record(const QString &tableName) const
{
    QSqlRecord rec;
    if (!isOpen())
        return rec;
    QSqlQuery q(createResult());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("PRAGMA table_info(%1)")
               .arg(escapeIdentifier(tableName, QSqlDriver::TableName)));
    while (q.next()) {
        QSqlField f(q.value(1).toString(),
                    typeFromDeclared(q.value(2).toString().toUtf8().constData()), tableName);
        f.setRequired(q.value(3).toInt() != 0);
        f.setDefaultValue(q.value(4));
        rec.append(f);
    }
    return rec;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString &tableName) const
{
    QSqlIndex index(tableName);
    if (!isOpen())
        return index;
    QSqlQuery q(createResult());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("PRAGMA table_info(%1)")
               .arg(escapeIdentifier(tableName, QSqlDriver::TableName)));
    while (q.next()) {
        if (q.value(5).toInt() > 0)
            index.append(QSqlField(q.value(1).toString(),
                                   typeFromDeclared(q.value(2).toString().toUtf8().constData()),
                                   tableName));
    }
    return index;
}

QString SqlCipherDriver::escapeIdentifier(const QString &identifier, IdentifierType) const
{
    QString escaped = identifier;
    if (isIdentifierEscaped(escaped, TableName))
        return escaped;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue(static_cast<void *>(m_db));
}
