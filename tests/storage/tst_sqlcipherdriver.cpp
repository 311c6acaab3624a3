// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyderivation.h"
#include "sqlcipherdriver.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

// Conformance of the SQLCipher driver with what Qt Sql users expect.
class TestSqlCipherDriver : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void typesRoundTrip();
    void nullAndEmptyStringStayDistinct();
    void positionalAndNamedPlaceholders();
    void twentyMegabyteBlob();
    void transactionsCommitAndRollBack();
    void lastInsertIdAndRowsAffected();
    void forwardOnlyAndScrollableResults();
    void queryModelWorks();
    void registeredByName();
    void wrongKeyFailsInOpen();
    void badSqlReportsAnError();

private:
    QSqlDatabase openDb(const QString &name, const QByteArray &keyByte);
    std::unique_ptr<QTemporaryDir> m_dir;
    QSqlDatabase m_db;
};

QSqlDatabase TestSqlCipherDriver::openDb(const QString &name, const QByteArray &keyByte)
{
    auto *driver = new SqlCipherDriver;
    SecureBytes key(KeyDerivation::kKeyBytes);
    std::memset(key.data(), keyByte.at(0), key.size());
    driver->setKeySpec(KeyDerivation::sqlcipherKeySpec(key, QByteArray(16, 'S')));
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
    db.setDatabaseName(m_dir->filePath(QStringLiteral("test.db")));
    return db;
}

void TestSqlCipherDriver::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = openDb(QStringLiteral("main"), "k");
    QVERIFY2(m_db.open(), qPrintable(m_db.lastError().text()));
    QSqlQuery q(m_db);
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, i INTEGER, r REAL, "
                                  "s TEXT, b BLOB)")));
}

void TestSqlCipherDriver::cleanup()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("main"));
    m_dir.reset();
}

void TestSqlCipherDriver::typesRoundTrip()
{
    QSqlQuery q(m_db);
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO t (i, r, s, b) VALUES (?, ?, ?, ?)")));
    q.addBindValue(Q_INT64_C(9007199254740993));
    q.addBindValue(3.25);
    q.addBindValue(QStringLiteral("Nana 👵 — نانا"));
    q.addBindValue(QByteArray("\0\1\2\xff", 4));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY(q.exec(QStringLiteral("SELECT i, r, s, b FROM t")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), Q_INT64_C(9007199254740993));
    QCOMPARE(q.value(1).toDouble(), 3.25);
    QCOMPARE(q.value(2).toString(), QStringLiteral("Nana 👵 — نانا"));
    QCOMPARE(q.value(3).toByteArray(), QByteArray("\0\1\2\xff", 4));
    QCOMPARE(q.record().fieldName(2), QStringLiteral("s"));
    QCOMPARE(q.record().field(0).metaType(), QMetaType::fromType<qlonglong>());
    QCOMPARE(q.record().field(3).metaType(), QMetaType::fromType<QByteArray>());
}

void TestSqlCipherDriver::nullAndEmptyStringStayDistinct()
{
    QSqlQuery q(m_db);
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO t (s) VALUES (?)")));
    q.addBindValue(QString());
    QVERIFY(q.exec());
    q.addBindValue(QStringLiteral(""));
    QVERIFY(q.exec());
    QVERIFY(q.exec(QStringLiteral("SELECT s, s IS NULL FROM t ORDER BY id")));
    QVERIFY(q.next());
    QVERIFY(q.isNull(0));
    QVERIFY(q.value(0).toString().isNull());
    QCOMPARE(q.value(1).toInt(), 1);
    QVERIFY(q.next());
    QVERIFY(!q.isNull(0));
    QVERIFY(!q.value(0).toString().isNull());
    QVERIFY(q.value(0).toString().isEmpty());
    QCOMPARE(q.value(1).toInt(), 0);
}

void TestSqlCipherDriver::positionalAndNamedPlaceholders()
{
    QSqlQuery q(m_db);
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO t (i, s) VALUES (:number, :word)")));
    q.bindValue(QStringLiteral(":word"), QStringLiteral("named"));
    q.bindValue(QStringLiteral(":number"), 7);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY(q.prepare(QStringLiteral("SELECT s FROM t WHERE i = :n AND s = :w AND i = :n")));
    q.bindValue(QStringLiteral(":n"), 7);
    q.bindValue(QStringLiteral(":w"), QStringLiteral("named"));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("named"));
    // a ':' inside a string literal is not a placeholder
    QVERIFY(q.prepare(QStringLiteral("SELECT ':not' || ?")));
    q.addBindValue(QStringLiteral("-a-placeholder"));
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral(":not-a-placeholder"));
    // wrong number of values is an error, not a silent NULL
    QVERIFY(q.prepare(QStringLiteral("SELECT ?, ?")));
    q.addBindValue(1);
    QVERIFY(!q.exec());
}

void TestSqlCipherDriver::twentyMegabyteBlob()
{
    QByteArray big(20 * 1024 * 1024, Qt::Uninitialized);
    QRandomGenerator rng(42);
    rng.fillRange(reinterpret_cast<quint32 *>(big.data()), big.size() / 4);
    QSqlQuery q(m_db);
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO t (b) VALUES (?)")));
    q.addBindValue(big);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY(q.exec(QStringLiteral("SELECT b, length(b) FROM t")));
    QVERIFY(q.next());
    QCOMPARE(q.value(1).toLongLong(), qint64(big.size()));
    QVERIFY(q.value(0).toByteArray() == big);
}

void TestSqlCipherDriver::transactionsCommitAndRollBack()
{
    QSqlQuery q(m_db);
    QVERIFY(m_db.transaction());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO t (i) VALUES (1)")));
    QVERIFY(m_db.rollback());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM t")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(m_db.transaction());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO t (i) VALUES (2)")));
    QVERIFY(m_db.commit());
    QVERIFY(q.exec(QStringLiteral("SELECT i FROM t")) && q.next());
    QCOMPARE(q.value(0).toInt(), 2);
}

void TestSqlCipherDriver::lastInsertIdAndRowsAffected()
{
    QSqlQuery q(m_db);
    QVERIFY(q.exec(QStringLiteral("INSERT INTO t (id, i) VALUES (41, 1)")));
    QCOMPARE(q.lastInsertId().toLongLong(), 41);
    QVERIFY(q.exec(QStringLiteral("INSERT INTO t (i) VALUES (1)")));
    QCOMPARE(q.lastInsertId().toLongLong(), 42);
    QVERIFY(q.exec(QStringLiteral("UPDATE t SET i = 5")));
    QCOMPARE(q.numRowsAffected(), 2);
}

void TestSqlCipherDriver::forwardOnlyAndScrollableResults()
{
    QSqlQuery insert(m_db);
    QVERIFY(insert.prepare(QStringLiteral("INSERT INTO t (i) VALUES (?)")));
    for (int i = 0; i < 10; ++i) {
        insert.addBindValue(i);
        QVERIFY(insert.exec());
    }
    QSqlQuery scroll(m_db);
    QVERIFY(scroll.exec(QStringLiteral("SELECT i FROM t ORDER BY i")));
    QVERIFY(scroll.last());
    QCOMPARE(scroll.value(0).toInt(), 9);
    QCOMPARE(scroll.at(), 9);
    QVERIFY(scroll.seek(3));
    QCOMPARE(scroll.value(0).toInt(), 3);
    QVERIFY(scroll.previous());
    QCOMPARE(scroll.value(0).toInt(), 2);
    QVERIFY(scroll.first());
    QCOMPARE(scroll.value(0).toInt(), 0);
    QVERIFY(!scroll.seek(10));

    QSqlQuery forward(m_db);
    forward.setForwardOnly(true);
    QVERIFY(forward.exec(QStringLiteral("SELECT i FROM t ORDER BY i")));
    int expected = 0;
    while (forward.next())
        QCOMPARE(forward.value(0).toInt(), expected++);
    QCOMPARE(expected, 10);
    QVERIFY(!forward.previous());
}

void TestSqlCipherDriver::queryModelWorks()
{
    QSqlQuery q(m_db);
    QVERIFY(q.exec(QStringLiteral("INSERT INTO t (i, s) VALUES (1, 'one')")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO t (i, s) VALUES (2, 'two')")));
    QSqlQueryModel model;
    model.setQuery(QStringLiteral("SELECT i, s FROM t ORDER BY i"), m_db);
    QVERIFY2(!model.lastError().isValid(), qPrintable(model.lastError().text()));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.data(model.index(1, 1)).toString(), QStringLiteral("two"));
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("s"));
    QVERIFY(m_db.tables().contains(QStringLiteral("t")));
    QCOMPARE(m_db.record(QStringLiteral("t")).count(), 5);
    QCOMPARE(m_db.primaryIndex(QStringLiteral("t")).fieldName(0), QStringLiteral("id"));
}

void TestSqlCipherDriver::registeredByName()
{
    SqlCipherDriver::registerDriver();
    QVERIFY(QSqlDatabase::drivers().contains(QStringLiteral("QSQLCIPHER")));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLCIPHER"), QStringLiteral("byname"));
        db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next());
        // SQLCipher 3.4 carries SQLite 3.15: proof this is not the system SQLite
        QVERIFY2(q.value(0).toString().startsWith(QLatin1String("3.15")),
                 qPrintable(q.value(0).toString()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("byname"));
}

void TestSqlCipherDriver::wrongKeyFailsInOpen()
{
    QSqlQuery q(m_db);
    QVERIFY(q.exec(QStringLiteral("INSERT INTO t (s) VALUES ('secret')")));
    {
        QSqlDatabase other = openDb(QStringLiteral("other"), "w");
        other.setConnectOptions(QStringLiteral("BELONGING_OPEN_EXISTING"));
        m_db.close();
        QVERIFY(!other.open());
        QVERIFY(other.lastError().isValid());
        QCOMPARE(other.lastError().nativeErrorCode(), QStringLiteral("26")); // SQLITE_NOTADB
        QVERIFY(!other.lastError().text().contains(QLatin1String("secret")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
}

void TestSqlCipherDriver::badSqlReportsAnError()
{
    QSqlQuery q(m_db);
    QVERIFY(!q.exec(QStringLiteral("SELECT nothing FROM nowhere")));
    QCOMPARE(q.lastError().type(), QSqlError::StatementError);
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO t (i) VALUES (1); DROP TABLE t")));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM t")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestSqlCipherDriver)
#include "tst_sqlcipherdriver.moc"
