// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "TestSupport.h"

#include "storage/Migrator.h"

#include <QDir>
#include <QFile>

using namespace stockbook;
using namespace stockbook::test;
using storage::Database;
using storage::Migration;
using storage::Migrator;

namespace {

QStringList schemaSnapshot(const QSqlDatabase &db)
{
    QStringList out;
    QSqlQuery q = exec(
        db,
        QStringLiteral("SELECT type || ' ' || name || ' ' || ifnull(sql, '') FROM sqlite_master "
                       "ORDER BY type, name"));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

qlonglong scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q = exec(db, sql);
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

TEST_CASE("the built-in migrations are the files in schema/, in order")
{
    const QList<Migration> builtin = Migrator::builtin();
    auto fromDisk = Migrator::fromDirectory(QStringLiteral(STOCKBOOK_SOURCE_DIR "/schema"));
    REQUIRE_OK(fromDisk);
    REQUIRE(builtin.size() == fromDisk.value().size());
    REQUIRE_FALSE(builtin.isEmpty());
    for (qsizetype i = 0; i < builtin.size(); ++i) {
        CHECK(builtin[i].version == fromDisk.value()[i].version);
        CHECK(builtin[i].sql == fromDisk.value()[i].sql);
        if (i > 0)
            CHECK(builtin[i].version > builtin[i - 1].version);
    }
    CHECK(builtin.constFirst().version == 1);
}

TEST_CASE("an empty file migrates to the latest schema")
{
    TempDatabase t(false);
    QSqlDatabase db = t.db->connection();
    CHECK(t.db->schemaVersion() == 0);
    auto applied = Migrator::apply(*t.db, Migrator::builtin());
    REQUIRE_OK(applied);
    CHECK(applied.value() == Migrator::builtin().size());
    CHECK(t.db->schemaVersion() == Database::latestSchemaVersion());
    const QStringList tables = db.tables();
    for (const char *name :
         {"roles", "role_permissions", "users", "categories", "suppliers", "customers", "warehouses",
          "products", "stock_levels", "invoices", "invoice_items", "stock_movements", "payments", "tax_rates",
          "settings", "number_sequences", "audit_logs"}) {
        INFO(name);
        CHECK(tables.contains(QString::fromLatin1(name)));
    }
}

TEST_CASE("running the migrations again changes nothing")
{
    TempDatabase t;
    QSqlDatabase db = t.db->connection();
    const QStringList before = schemaSnapshot(db);
    const qlonglong roles = scalar(db, QStringLiteral("SELECT count(*) FROM roles"));
    auto again = Migrator::apply(*t.db, Migrator::builtin());
    REQUIRE_OK(again);
    CHECK(again.value() == 0);
    CHECK(schemaSnapshot(db) == before);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM roles")) == roles);

    // Reopening for writing does not apply anything either.
    t.close();
    auto reopened = Database::open(t.path, t.key);
    REQUIRE_OK(reopened);
    CHECK(schemaSnapshot(reopened.value()->connection()) == before);
}

TEST_CASE("a broken migration rolls back and leaves the previous version")
{
    QTemporaryDir migrations;
    writeFile(migrations.filePath(QStringLiteral("0001_first.sql")),
              "CREATE TABLE a (id INTEGER PRIMARY KEY);\nINSERT INTO a VALUES (1);\n");
    writeFile(migrations.filePath(QStringLiteral("0002_second.sql")),
              "CREATE TABLE b (id INTEGER PRIMARY KEY);\n"
              "INSERT INTO a VALUES (2);\n"
              "INSERT INTO no_such_table VALUES (3);\n");
    auto list = Migrator::fromDirectory(migrations.path());
    REQUIRE_OK(list);
    REQUIRE(list.value().size() == 2);

    TempDatabase t(false);
    QSqlDatabase db = t.db->connection();
    auto applied = Migrator::apply(*t.db, list.value());
    REQUIRE_ERROR(applied, ErrorCode::MigrationFailed);
    CHECK(applied.error().message.contains(QStringLiteral("0002_second.sql")));
    CHECK(applied.error().message.contains(QStringLiteral("no_such_table")));
    CHECK(t.db->schemaVersion() == 1);
    CHECK(db.tables().contains(QStringLiteral("a")));
    CHECK_FALSE(db.tables().contains(QStringLiteral("b")));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM a")) == 1);

    // Fixed, the same file moves on from version 1.
    writeFile(migrations.filePath(QStringLiteral("0002_second.sql")),
              "CREATE TABLE b (id INTEGER PRIMARY KEY);\n");
    auto fixed = Migrator::fromDirectory(migrations.path());
    REQUIRE_OK(fixed);
    auto retried = Migrator::apply(*t.db, fixed.value());
    REQUIRE_OK(retried);
    CHECK(retried.value() == 1);
    CHECK(t.db->schemaVersion() == 2);
}

TEST_CASE("a file newer than the migrations is refused and left alone")
{
    TempDatabase t;
    const int newer = Database::latestSchemaVersion() + 5;
    exec(t.db->connection(), QStringLiteral("PRAGMA user_version = %1").arg(newer));
    REQUIRE_ERROR(Migrator::apply(*t.db, Migrator::builtin()), ErrorCode::NewerSchema);
    CHECK(t.db->schemaVersion() == newer);
}

TEST_CASE("two migrations with the same number are refused")
{
    QTemporaryDir migrations;
    writeFile(migrations.filePath(QStringLiteral("0001_a.sql")), "CREATE TABLE a (x);");
    writeFile(migrations.filePath(QStringLiteral("0001_b.sql")), "CREATE TABLE b (x);");
    REQUIRE_ERROR(Migrator::fromDirectory(migrations.path()), ErrorCode::MigrationFailed);
}
