// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "TestSupport.h"

#include "storage/SqlError.h"
#include "storage/driver/CipherDriver.h"

#include <QAbstractItemModelTester>
#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQueryModel>
#include <QSqlRecord>
#include <QSqlTableModel>

#include <cmath>

using namespace stockbook;
using namespace stockbook::test;
using storage::CipherDriver;

namespace {

struct DriverFixture {
    TempDatabase t{false};
    QSqlDatabase db = t.db->connection();
    DriverFixture()
    {
        exec(db,
             QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, i INTEGER, r REAL, s TEXT, b BLOB, "
                            "n INTEGER)"));
    }
    void fill(int rows)
    {
        REQUIRE(db.transaction());
        QSqlQuery q(db);
        REQUIRE(q.prepare(QStringLiteral("INSERT INTO t (i, s) VALUES (?, ?)")));
        for (int i = 1; i <= rows; ++i) {
            q.addBindValue(i);
            q.addBindValue(QStringLiteral("row %1").arg(i));
            REQUIRE(q.exec());
        }
        REQUIRE(db.commit());
    }
};

} // namespace

TEST_CASE("the driver is SQLCipher 3.4.1, not plain SQLite")
{
    TempDatabase t(false);
    REQUIRE(dynamic_cast<CipherDriver *>(t.db->connection().driver()) != nullptr);
    // No row here would mean the plain system SQLite answered.
    CHECK(t.db->pragma(QStringLiteral("cipher_version")) == QStringLiteral("3.4.1"));
}

TEST_CASE("the registered QSQLCIPHER driver refuses to open without a key")
{
    CipherDriver::registerDriver();
    REQUIRE(QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLCIPHER")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nokey.db"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLCIPHER"), QStringLiteral("nokey"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("STOCKBOOK_CREATE"));
        CHECK_FALSE(db.open());
        CHECK(db.lastError().text().contains(QStringLiteral("key")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("nokey"));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("values come back typed, NULL as a typed null")
{
    DriverFixture f;
    const QByteArray blob("\x00\x01\xff binary", 10);
    exec(f.db, QStringLiteral("INSERT INTO t (i, r, s, b, n) VALUES (?, ?, ?, ?, ?)"),
         {QVariant(qlonglong(9007199254740993LL)), QVariant(2.5), QVariant(QStringLiteral("Grüße €")),
          QVariant(blob), QVariant(QMetaType::fromType<qlonglong>())});
    QSqlQuery q = exec(f.db, QStringLiteral("SELECT i, r, s, b, n FROM t"));
    REQUIRE(q.next());
    CHECK(q.value(0).metaType() == QMetaType::fromType<qlonglong>());
    CHECK(q.value(0).toLongLong() == 9007199254740993LL);
    CHECK(q.value(1).metaType() == QMetaType::fromType<double>());
    CHECK(q.value(1).toDouble() == 2.5);
    CHECK(q.value(2).metaType() == QMetaType::fromType<QString>());
    CHECK(q.value(2).toString() == QStringLiteral("Grüße €"));
    CHECK(q.value(3).metaType() == QMetaType::fromType<QByteArray>());
    CHECK(q.value(3).toByteArray() == blob);
    CHECK(q.isNull(4));
    CHECK(q.value(4).isNull());
    CHECK(q.value(4).metaType() == QMetaType::fromType<qlonglong>());
    CHECK_FALSE(q.next());
}

TEST_CASE("null QString, null QByteArray and invalid QVariant bind as NULL, an empty string does not")
{
    DriverFixture f;
    exec(f.db, QStringLiteral("INSERT INTO t (s, b, n) VALUES (?, ?, ?)"),
         {QVariant(QString()), QVariant(QByteArray()), QVariant()});
    exec(f.db, QStringLiteral("INSERT INTO t (s) VALUES (?)"), {QVariant(QStringLiteral(""))});
    QSqlQuery q = exec(f.db, QStringLiteral("SELECT s IS NULL, b IS NULL, n IS NULL FROM t ORDER BY id"));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == 1);
    CHECK(q.value(1).toLongLong() == 1);
    CHECK(q.value(2).toLongLong() == 1);
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == 0);
}

TEST_CASE("bool, dates and unsigned values bind by their type")
{
    DriverFixture f;
    exec(f.db, QStringLiteral("INSERT INTO t (i, s, n) VALUES (?, ?, ?)"),
         {QVariant(true), QVariant(QDate(2026, 3, 9)), QVariant(quint64(42))});
    QSqlQuery q = exec(f.db, QStringLiteral("SELECT i, s, n, typeof(i) FROM t"));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == 1);
    CHECK(q.value(1).toString() == QStringLiteral("2026-03-09"));
    CHECK(q.value(2).toLongLong() == 42);
    CHECK(q.value(3).toString() == QStringLiteral("integer"));

    const QSqlError tooBig = tryExec(f.db, QStringLiteral("INSERT INTO t (i) VALUES (?)"),
                                     {QVariant(quint64(0xffffffffffffffffULL))});
    CHECK(tooBig.isValid());
    CHECK(tooBig.databaseText().contains(QStringLiteral("64-bit")));
}

TEST_CASE("named binding, including a name used twice, and positional binding")
{
    DriverFixture f;
    QSqlQuery ins(f.db);
    REQUIRE(ins.prepare(QStringLiteral("INSERT INTO t (i, s) VALUES (:num, :text || '-' || :text)")));
    ins.bindValue(QStringLiteral(":num"), 7);
    ins.bindValue(QStringLiteral(":text"), QStringLiteral("ab"));
    REQUIRE(ins.exec());
    CHECK(ins.numRowsAffected() == 1);
    const QVariant id = ins.lastInsertId();
    REQUIRE(id.isValid());

    QSqlQuery sel(f.db);
    REQUIRE(sel.prepare(QStringLiteral("SELECT i, s FROM t WHERE id = ?")));
    sel.addBindValue(id);
    REQUIRE(sel.exec());
    REQUIRE(sel.next());
    CHECK(sel.value(0).toLongLong() == 7);
    CHECK(sel.value(1).toString() == QStringLiteral("ab-ab"));

    // The same prepared statement runs again with new values.
    sel.addBindValue(id.toLongLong() + 100);
    REQUIRE(sel.exec());
    CHECK_FALSE(sel.next());
}

TEST_CASE("a parameter count mismatch and several statements at once are refused")
{
    DriverFixture f;
    const QSqlError mismatch = tryExec(f.db, QStringLiteral("INSERT INTO t (i, s) VALUES (?, ?)"),
                                       {QVariant(1)});
    CHECK(mismatch.isValid());
    QSqlQuery q(f.db);
    CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO t (i) VALUES (1); DROP TABLE t")));
    CHECK(f.db.tables().contains(QStringLiteral("t")));
    const QSqlError syntax = tryExec(f.db, QStringLiteral("SELEC nonsense"));
    CHECK(syntax.type() == QSqlError::StatementError);
}

TEST_CASE("forward-only queries step through rows once")
{
    DriverFixture f;
    f.fill(50);
    QSqlQuery q(f.db);
    q.setForwardOnly(true);
    REQUIRE(q.exec(QStringLiteral("SELECT i FROM t ORDER BY i")));
    qlonglong sum = 0;
    int count = 0;
    while (q.next()) {
        sum += q.value(0).toLongLong();
        ++count;
    }
    CHECK(count == 50);
    CHECK(sum == 50 * 51 / 2);
    CHECK_FALSE(q.lastError().isValid());

    REQUIRE(q.exec(QStringLiteral("SELECT i FROM t ORDER BY i")));
    REQUIRE(q.seek(9));
    CHECK(q.value(0).toLongLong() == 10);
    CHECK_FALSE(q.previous());
    REQUIRE(q.last());
    CHECK(q.value(0).toLongLong() == 50);
}

TEST_CASE("random-access queries seek in both directions")
{
    DriverFixture f;
    f.fill(100);
    QSqlQuery q(f.db);
    REQUIRE(q.exec(QStringLiteral("SELECT i FROM t ORDER BY i")));
    REQUIRE(q.seek(41));
    CHECK(q.value(0).toLongLong() == 42);
    REQUIRE(q.previous());
    CHECK(q.value(0).toLongLong() == 41);
    REQUIRE(q.seek(10, true));
    CHECK(q.value(0).toLongLong() == 51);
    REQUIRE(q.last());
    CHECK(q.at() == 99);
    CHECK(q.value(0).toLongLong() == 100);
    REQUIRE(q.first());
    CHECK(q.value(0).toLongLong() == 1);
    CHECK_FALSE(q.seek(100));
    CHECK(q.at() == QSql::AfterLastRow);
    CHECK(q.size() == -1);
}

TEST_CASE("the result record names and types each column")
{
    DriverFixture f;
    f.fill(1);
    QSqlQuery q = exec(f.db, QStringLiteral("SELECT id, i, r, s, b, count(*) AS c FROM t"));
    const QSqlRecord rec = q.record();
    REQUIRE(rec.count() == 6);
    CHECK(rec.fieldName(3) == QStringLiteral("s"));
    CHECK(rec.field(1).metaType() == QMetaType::fromType<qlonglong>());
    CHECK(rec.field(2).metaType() == QMetaType::fromType<double>());
    CHECK(rec.field(3).metaType() == QMetaType::fromType<QString>());
    CHECK(rec.field(4).metaType() == QMetaType::fromType<QByteArray>());
    CHECK(rec.field(5).metaType() == QMetaType::fromType<qlonglong>());
    CHECK(rec.field(1).tableName() == QStringLiteral("t"));
}

TEST_CASE("tables, table records, primary index and quoted identifiers")
{
    DriverFixture f;
    exec(f.db,
         QStringLiteral("CREATE TABLE \"odd name\" (\"order\" INTEGER NOT NULL, k TEXT NOT NULL DEFAULT 'x', "
                        "PRIMARY KEY (k, \"order\"))"));
    const QStringList tables = f.db.tables();
    CHECK(tables.contains(QStringLiteral("t")));
    CHECK(tables.contains(QStringLiteral("odd name")));
    CHECK(f.db.tables(QSql::SystemTables).contains(QStringLiteral("sqlite_master")));

    const QSqlRecord rec = f.db.record(QStringLiteral("t"));
    REQUIRE(rec.count() == 6);
    CHECK(rec.field(QStringLiteral("id")).isAutoValue());
    CHECK(rec.field(QStringLiteral("r")).metaType() == QMetaType::fromType<double>());

    const QSqlRecord odd = f.db.record(QStringLiteral("odd name"));
    REQUIRE(odd.count() == 2);
    CHECK(odd.field(QStringLiteral("order")).requiredStatus() == QSqlField::Required);
    CHECK(odd.field(QStringLiteral("k")).defaultValue().toString() == QStringLiteral("'x'"));

    const QSqlIndex pk = f.db.primaryIndex(QStringLiteral("odd name"));
    REQUIRE(pk.count() == 2);
    CHECK(pk.fieldName(0) == QStringLiteral("k"));
    CHECK(pk.fieldName(1) == QStringLiteral("order"));

    CHECK(f.db.driver()->escapeIdentifier(QStringLiteral("a\"b"), QSqlDriver::FieldName)
          == QStringLiteral("\"a\"\"b\""));
    exec(f.db,
         QStringLiteral("INSERT INTO %1 (%2) VALUES (?)")
             .arg(f.db.driver()->escapeIdentifier(QStringLiteral("odd name"), QSqlDriver::TableName),
                  f.db.driver()->escapeIdentifier(QStringLiteral("order"), QSqlDriver::FieldName)),
         {QVariant(3)});
}

TEST_CASE("commit keeps and rollback discards a transaction's writes")
{
    DriverFixture f;
    REQUIRE(f.db.transaction());
    exec(f.db, QStringLiteral("INSERT INTO t (i) VALUES (1)"));
    REQUIRE(f.db.rollback());
    REQUIRE(f.db.transaction());
    exec(f.db, QStringLiteral("INSERT INTO t (i) VALUES (2)"));
    REQUIRE(f.db.commit());
    QSqlQuery q = exec(f.db, QStringLiteral("SELECT group_concat(i) FROM t"));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("2"));
    CHECK_FALSE(f.db.commit()); // no transaction open
}

TEST_CASE("a reader sees the last committed state while a writer holds a transaction")
{
    DriverFixture f;
    f.fill(3);
    auto reader = storage::Database::open(f.t.path, f.t.key, storage::Database::Mode::ReadOnly);
    REQUIRE_OK(reader);
    REQUIRE_OK(f.t.db->begin());
    exec(f.db, QStringLiteral("INSERT INTO t (i) VALUES (99)"));
    QSqlQuery q = exec(reader.value()->connection(), QStringLiteral("SELECT count(*) FROM t"));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == 3);
    REQUIRE_OK(f.t.db->commit());
    q = exec(reader.value()->connection(), QStringLiteral("SELECT count(*) FROM t"));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == 4);
}

TEST_CASE("each constraint kind comes back with its own code and the constraint's text")
{
    TempDatabase t(false);
    QSqlDatabase db = t.db->connection();
    exec(db, QStringLiteral("CREATE TABLE parent (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE)"));
    exec(
        db,
        QStringLiteral("CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent(id), "
                       "qty INTEGER CONSTRAINT ck_child_qty CHECK (qty > 0))"));
    exec(db,
         QStringLiteral("CREATE TRIGGER child_no_delete BEFORE DELETE ON child BEGIN "
                        "SELECT RAISE(ABORT, 'child rows are permanent'); END"));
    exec(db, QStringLiteral("INSERT INTO parent (id, code) VALUES (1, 'A')"));
    exec(db, QStringLiteral("INSERT INTO child (parent_id, qty) VALUES (1, 5)"));

    Error e = storage::errorFromSql(tryExec(db, QStringLiteral("INSERT INTO parent (code) VALUES ('A')")));
    CHECK(e.code == ErrorCode::ConstraintUnique);
    CHECK(e.field == QStringLiteral("parent.code"));

    e = storage::errorFromSql(tryExec(db, QStringLiteral("INSERT INTO parent (code) VALUES (NULL)")));
    CHECK(e.code == ErrorCode::ConstraintNotNull);
    CHECK(e.field == QStringLiteral("parent.code"));

    e = storage::errorFromSql(
        tryExec(db, QStringLiteral("INSERT INTO child (parent_id, qty) VALUES (1, 0)")));
    CHECK(e.code == ErrorCode::ConstraintCheck);
    CHECK(e.field == QStringLiteral("ck_child_qty"));
    CHECK(e.message.contains(QStringLiteral("ck_child_qty")));

    e = storage::errorFromSql(
        tryExec(db, QStringLiteral("INSERT INTO child (parent_id, qty) VALUES (2, 1)")));
    CHECK(e.code == ErrorCode::ConstraintForeignKey);

    e = storage::errorFromSql(tryExec(db, QStringLiteral("DELETE FROM parent WHERE id = 1")));
    CHECK(e.code == ErrorCode::ConstraintForeignKey);

    e = storage::errorFromSql(tryExec(db, QStringLiteral("DELETE FROM child")));
    CHECK(e.code == ErrorCode::ConstraintTrigger);
    CHECK(e.field == QStringLiteral("child rows are permanent"));

    QSqlQuery count = exec(
        db, QStringLiteral("SELECT (SELECT count(*) FROM parent), (SELECT count(*) FROM child)"));
    REQUIRE(count.next());
    CHECK(count.value(0).toLongLong() == 1);
    CHECK(count.value(1).toLongLong() == 1);
}

TEST_CASE("QSqlQueryModel pages through rows on demand")
{
    DriverFixture f;
    f.fill(1000);
    QSqlQueryModel model;
    // Attached after setQuery(): QSqlQueryModel itself inserts its first block
    // inside the reset, which the tester (rightly) reports about Qt, not us.
    model.setQuery(QStringLiteral("SELECT i, s FROM t ORDER BY i"), f.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE_FALSE(model.lastError().isValid());
    CHECK(model.rowCount() < 1000); // fetched in blocks, not all at once
    CHECK(model.canFetchMore());
    while (model.canFetchMore())
        model.fetchMore();
    CHECK(model.rowCount() == 1000);
    CHECK(model.headerData(1, Qt::Horizontal).toString() == QStringLiteral("s"));
    CHECK(model.data(model.index(999, 0)).toLongLong() == 1000);
    CHECK(model.data(model.index(0, 1)).toString() == QStringLiteral("row 1"));
}

TEST_CASE("QSqlTableModel selects, inserts, edits and removes through the driver")
{
    TempDatabase t(false);
    QSqlDatabase db = t.db->connection();
    exec(db,
         QStringLiteral("CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                        "price INTEGER NOT NULL CONSTRAINT ck_item_price CHECK (price >= 0))"));
    exec(db, QStringLiteral("INSERT INTO item (name, price) VALUES ('apple', 120), ('pear', 90)"));

    QSqlTableModel model(nullptr, db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTable(QStringLiteral("item"));
    model.setEditStrategy(QSqlTableModel::OnManualSubmit);
    model.setSort(1, Qt::AscendingOrder);
    REQUIRE(model.select());
    REQUIRE(model.rowCount() == 2);
    CHECK(model.data(model.index(0, 1)).toString() == QStringLiteral("apple"));
    CHECK(model.primaryKey().count() == 1);

    REQUIRE(model.setData(model.index(1, 2), 95));
    QSqlRecord rec = model.record();
    rec.setGenerated(QStringLiteral("id"), false);
    rec.setValue(QStringLiteral("name"), QStringLiteral("plum"));
    rec.setValue(QStringLiteral("price"), 300);
    REQUIRE(model.insertRecord(-1, rec));
    REQUIRE(model.submitAll());
    REQUIRE(model.select());
    REQUIRE(model.rowCount() == 3);

    QSqlQuery q = exec(db, QStringLiteral("SELECT price FROM item WHERE name = 'pear'"));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == 95);

    REQUIRE(model.removeRows(0, 1));
    REQUIRE(model.submitAll());
    q = exec(db, QStringLiteral("SELECT count(*) FROM item WHERE name = 'apple'"));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == 0);

    REQUIRE(model.select());
    REQUIRE(model.setData(model.index(0, 2), -5));
    CHECK_FALSE(model.submitAll());
    CHECK(storage::nativeCode(model.lastError()) == storage::sqlite_code::ConstraintCheck);
    CHECK(storage::errorFromSql(model.lastError()).field == QStringLiteral("ck_item_price"));
    model.revertAll();
}

TEST_CASE("closing the connection while a query holds a statement neither crashes nor leaks a lock")
{
    auto f = std::make_unique<DriverFixture>();
    f->fill(300);
    QSqlQuery q(f->db);
    REQUIRE(q.exec(QStringLiteral("SELECT i FROM t")));
    REQUIRE(q.next());
    f->db.close();
    CHECK_FALSE(q.exec(QStringLiteral("SELECT 1")));
    f.reset();
}
