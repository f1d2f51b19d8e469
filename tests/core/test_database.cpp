// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "TestSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QMutex>
#include <QProcess>
#include <QThread>

#include <atomic>

#include "storage/RowStream.h"
#include "storage/Transaction.h"

using namespace stockbook;
using namespace stockbook::test;
using storage::Database;

TEST_CASE("a new company file is configured as the design requires")
{
    TempDatabase t;
    CHECK(t.db->pragma(QStringLiteral("page_size")) == QStringLiteral("4096"));
    CHECK(t.db->pragma(QStringLiteral("cipher_page_size")) == QStringLiteral("4096"));
    CHECK(t.db->pragma(QStringLiteral("journal_mode")) == QStringLiteral("wal"));
    CHECK(t.db->pragma(QStringLiteral("foreign_keys")) == QStringLiteral("1"));
    CHECK(t.db->pragma(QStringLiteral("synchronous")) == QStringLiteral("2")); // FULL
    CHECK(t.db->pragma(QStringLiteral("busy_timeout")).toInt() >= 1000);
    CHECK(t.db->schemaVersion() == Database::latestSchemaVersion());
    CHECK(Database::latestSchemaVersion() > 0);
    REQUIRE_OK(t.db->checkIntegrity());
}

TEST_CASE("the settings hold again after reopening")
{
    TempDatabase t;
    t.close();
    auto db = Database::open(t.path, t.key);
    REQUIRE_OK(db);
    CHECK(db.value()->pragma(QStringLiteral("journal_mode")) == QStringLiteral("wal"));
    CHECK(db.value()->pragma(QStringLiteral("foreign_keys")) == QStringLiteral("1"));
    CHECK(db.value()->pragma(QStringLiteral("synchronous")) == QStringLiteral("2"));
}

TEST_CASE("a second writer is refused with a clear message, a reader is not")
{
    TempDatabase t;
    CHECK(QFileInfo::exists(t.path + QStringLiteral(".lock")));
    auto second = Database::open(t.path, t.key);
    REQUIRE_ERROR(second, ErrorCode::Locked);
    CHECK(second.error().message.contains(QString::number(QCoreApplication::applicationPid())));
    CHECK(second.error().message.contains(QStringLiteral("read-only")));

    auto reader = Database::open(t.path, t.key, Database::Mode::ReadOnly);
    REQUIRE_OK(reader);

    t.close();
    CHECK_FALSE(QFileInfo::exists(t.path + QStringLiteral(".lock")));
    REQUIRE_OK(Database::open(t.path, t.key));
}

TEST_CASE("the lock holds against another process")
{
    TempDatabase t;
    // The lock file names the writer's process; here a live child process holds it.
    t.close();
    QProcess holder;
    holder.start(QStringLiteral("sleep"), {QStringLiteral("30")});
    REQUIRE(holder.waitForStarted());
    {
        QFile lock(t.path + QStringLiteral(".lock"));
        REQUIRE(lock.open(QIODevice::WriteOnly));
        // QLockFile also compares the recorded name with the live process name.
        lock.write(QByteArray::number(holder.processId()) + "\nsleep\n" + QSysInfo::machineHostName().toUtf8()
                   + "\n");
    }
    auto blocked = Database::open(t.path, t.key);
    REQUIRE_ERROR(blocked, ErrorCode::Locked);
    CHECK(blocked.error().message.contains(QString::number(holder.processId())));
    holder.kill();
    holder.waitForFinished();

    // The holder is gone: its lock is stale and is taken over.
    REQUIRE_OK(Database::open(t.path, t.key));
}

TEST_CASE("a file written by a newer schema is refused, for writing and for reading")
{
    TempDatabase t;
    const int newer = Database::latestSchemaVersion() + 1;
    exec(t.db->connection(), QStringLiteral("PRAGMA user_version = %1").arg(newer));
    t.close();
    auto rw = Database::open(t.path, t.key);
    REQUIRE_ERROR(rw, ErrorCode::NewerSchema);
    CHECK(rw.error().message.contains(QString::number(newer)));
    REQUIRE_ERROR(Database::open(t.path, t.key, Database::Mode::ReadOnly), ErrorCode::NewerSchema);
}

TEST_CASE("a read-only connection cannot write")
{
    TempDatabase t;
    t.close();
    auto ro = Database::open(t.path, t.key, Database::Mode::ReadOnly);
    REQUIRE_OK(ro);
    const QSqlError e = tryExec(ro.value()->connection(), QStringLiteral("DELETE FROM settings"));
    CHECK(e.isValid());
}

TEST_CASE("a failed open leaves no connection and no lock behind")
{
    TempDatabase t;
    t.close();
    const QStringList before = QSqlDatabase::connectionNames();
    SecretBytes wrong = SecretBytes::random(32);
    REQUIRE_ERROR(Database::open(t.path, wrong), ErrorCode::WrongKey);
    CHECK(QSqlDatabase::connectionNames() == before);
    CHECK_FALSE(QFileInfo::exists(t.path + QStringLiteral(".lock")));
}

TEST_CASE("begin, commit and rollback through Database")
{
    TempDatabase t;
    QSqlDatabase db = t.db->connection();
    REQUIRE_OK(t.db->begin());
    exec(db, QStringLiteral("INSERT INTO settings (key, value) VALUES ('test.a', '1')"));
    REQUIRE_OK(t.db->rollback());
    REQUIRE_OK(t.db->begin());
    exec(db, QStringLiteral("INSERT INTO settings (key, value) VALUES ('test.b', '2')"));
    REQUIRE_OK(t.db->commit());
    QSqlQuery q = exec(db, QStringLiteral("SELECT group_concat(key) FROM settings WHERE key LIKE 'test.%'"));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("test.b"));
    REQUIRE_ERROR(t.db->commit(), ErrorCode::Sql);
}

TEST_CASE("a Transaction rolls back unless committed")
{
    TempDatabase t;
    QSqlDatabase db = t.db->connection();
    {
        storage::Transaction tx(*t.db);
        REQUIRE_OK(tx.begin());
        exec(db, QStringLiteral("INSERT INTO settings (key, value) VALUES ('test.dropped', '1')"));
        // leaves scope without commit, as an early error return would
    }
    {
        storage::Transaction tx(*t.db);
        REQUIRE_OK(tx.begin());
        CHECK(tx.isActive());
        exec(db, QStringLiteral("INSERT INTO settings (key, value) VALUES ('test.kept', '1')"));
        REQUIRE_OK(tx.commit());
        CHECK_FALSE(tx.isActive());
    }
    QSqlQuery q = exec(db, QStringLiteral("SELECT group_concat(key) FROM settings WHERE key LIKE 'test.%'"));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("test.kept"));
}

TEST_CASE("interrupt() from another thread stops the statement running on a connection")
{
    TempDatabase t;
    t.close();
    QMutex mutex; // held while the worker's Database is created or destroyed
    storage::Database *open = nullptr;
    std::atomic<bool> started{false};
    std::atomic<bool> ok{true};
    std::atomic<bool> done{false};
    QString error;
    // A reader on a thread of its own, as the app's report runner has, counting
    // to a hundred million: many seconds unless interrupted.
    QThread *worker = QThread::create([&] {
        auto db = storage::Database::open(t.path, t.key, storage::Database::Mode::ReadOnly);
        if (!db.ok()) {
            error = db.error().message;
            ok = false;
            done = true;
            return;
        }
        {
            QMutexLocker lock(&mutex);
            open = db.value().get();
        }
        started = true;
        QSqlQuery q(db.value()->connection());
        ok = q.exec(QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                                   "WHERE x < 100000000) SELECT count(*) FROM c"))
            && q.next();
        error = q.lastError().text();
        {
            QMutexLocker lock(&mutex);
            open = nullptr;
        }
        done = true;
    });
    QElapsedTimer clock;
    clock.start();
    worker->start();
    while (!started && !done)
        QThread::msleep(5);
    // An interrupt given before the statement starts is lost: repeat until it ends.
    while (!done) {
        {
            QMutexLocker lock(&mutex);
            if (open)
                open->interrupt();
        }
        QThread::msleep(20);
    }
    REQUIRE(worker->wait(60000));
    delete worker;
    INFO(error.toStdString());
    CHECK_FALSE(ok);
    CHECK(error.contains(QStringLiteral("interrupt")));
    CHECK(clock.elapsed() < 5000);
}

TEST_CASE("a RowStream reads typed values and bound parameters, and only reads")
{
    TempDatabase t;
    QSqlDatabase db = t.db->connection();
    exec(db,
         QStringLiteral("INSERT INTO settings (key, value) VALUES ('test.a', 'Grüße'), ('test.b', '42'), "
                        "('test.c', '')"));
    auto rows = storage::RowStream::open(
        *t.db,
        QStringLiteral(
            "SELECT key, value, length(value) FROM settings WHERE key >= ? AND key < ? ORDER BY key"),
        {QStringLiteral("test.a"), QStringLiteral("test.c")});
    REQUIRE_OK(rows);
    REQUIRE(rows->next());
    CHECK(QString::fromUtf8(rows->text(0)) == QStringLiteral("test.a"));
    CHECK(QString::fromUtf8(rows->text(1)) == QStringLiteral("Grüße"));
    CHECK(rows->integer(2) == 5); // characters, not bytes
    REQUIRE(rows->next());
    CHECK(rows->integer(1) == 42);
    CHECK_FALSE(rows->next()); // test.c is past the bound
    CHECK_FALSE(rows->next());
    REQUIRE_OK(rows->error());

    auto numbers = storage::RowStream::open(*t.db, QStringLiteral("SELECT ? * 2"), {qint64(21)});
    REQUIRE_OK(numbers);
    REQUIRE(numbers->next());
    CHECK(numbers->integer(0) == 42);

    REQUIRE_ERROR(storage::RowStream::open(*t.db, QStringLiteral("DELETE FROM settings"), {}),
                  ErrorCode::InvalidArgument);
    REQUIRE_ERROR(storage::RowStream::open(*t.db, QStringLiteral("SELECT nothing FROM nowhere"), {}),
                  ErrorCode::Sql);
    QSqlQuery kept = exec(db, QStringLiteral("SELECT COUNT(*) FROM settings WHERE key LIKE 'test.%'"));
    REQUIRE(kept.next());
    CHECK(kept.value(0).toInt() == 3);
}
