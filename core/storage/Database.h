// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"
#include "storage/Location.h"
#include "storage/Query.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <atomic>
#include <memory>

class QLockFile;
struct sqlite3;
struct pg_cancel;

namespace stockbook {
class SecretBytes;
}

namespace stockbook::storage {

// One open, keyed connection to a company's encrypted database file.
//
// A Database owns its QSqlDatabase connection (driver QSQLCIPHER) and, when
// opened for writing, the lock file "<path>.lock" that keeps a second writing
// process out. The key is handed to the driver and wiped there once the file
// is open; the Database keeps no copy. Destroying it closes the connection and
// releases the lock.
//
// A connection belongs to the thread that opened it. Work that writes from a
// worker thread (a backup, a key rotation) opens a Shared connection of its
// own there: read and write on a file that a ReadWrite Database of this
// process holds the lock of, without a lock of its own and without
// migrations. It is refused (Locked) when this process holds no such lock,
// and must be closed before that lock's Database is.
//
// A company on a PostgreSQL server (openServer) is a Database too, of engine
// Postgres, through Qt's QPSQL driver: query(), begin()/commit()/rollback(),
// executeScript() and interrupt() work the same; what only a file has (key,
// lock file, pragmas, the SQLCipher handle, the file's integrity check)
// answers "not on a server" (see each function). A server Database never
// migrates: a company of an older schema is refused (upgrading one on a
// server is not there yet).
class Database {
public:
    enum class Mode { ReadWrite, ReadOnly, Shared };
    enum class Engine { SQLite, Postgres };

    // Creates a new file at path, keyed with key (32 bytes), and applies every
    // built-in migration. Fails with FileExists if something is there already.
    static Result<std::unique_ptr<Database>> create(const QString &path, const SecretBytes &key);

    // Opens an existing file. In ReadWrite mode pending built-in migrations are
    // applied; a file of a newer schema is refused in both modes.
    static Result<std::unique_ptr<Database>> open(const QString &path, const SecretBytes &key,
                                                  Mode mode = Mode::ReadWrite);

    // Opens without applying migrations (tests of the migration runner).
    static Result<std::unique_ptr<Database>> openUnmigrated(const QString &path, const SecretBytes &key,
                                                            bool createIfMissing);

    // Opens a company's database on a PostgreSQL server as user (the address's
    // user when empty) with password, over TLS as the address says (the root
    // certificate must exist when it is verified). Checks that the database is
    // a Stockbook company of exactly this program's schema version: an older
    // one is refused (OlderSchema: an administrator runs stockbook-cli server
    // upgrade), a newer one too (NewerSchema). Each failure says what is wrong
    // and what to do (WrongPassword, ServerUnreachable, ServerNotTrusted,
    // FileNotFound for the root certificate, NotFound for the database,
    // NotADatabase, AccountDeactivated, PermissionDenied).
    //
    // The password goes to Qt's driver as a QString built here and wiped right
    // after the connection is made; the driver's connection string and libpq
    // keep their own copies for the connection's life (no other way through
    // QPSQL).
    static Result<std::unique_ptr<Database>> openServer(const ServerAddress &address, const QString &user,
                                                        const SecretBytes &password);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString connectionName() const { return m_connectionName; }
    QString path() const { return m_path; }
    Mode mode() const { return m_mode; }
    Engine engine() const { return m_engine; }
    // The server's address (Postgres engine only; path() then holds its display name).
    const ServerAddress &serverAddress() const { return m_server; }

    int schemaVersion() const;        // PRAGMA user_version; max(version) of schema_migrations on a server
    static int latestSchemaVersion(); // the newest migration built into this program
    // The SQLCipher library in use (PRAGMA cipher_version on a throw-away
    // in-memory connection), e.g. "3.4.1"; empty if it cannot be asked.
    static QString cipherVersion();

    // Closes the connection and opens it again with key, under the same
    // connection name and keeping the lock file (after a key rotation done on
    // another connection). On failure the connection stays closed. On a
    // server: InvalidState (a server company has no key).
    Result<void> reopen(const SecretBytes &key);

    // True while a ReadWrite Database of this process holds the lock of path.
    static bool isLockedByThisProcess(const QString &path);

    // Prepares sql on this connection, binds values to its '?' placeholders in
    // order, and runs it; the statement is forward-only. A driver error comes
    // back through errorFromSql (constraint, busy, damaged, or Sql).
    Result<Query> query(const QString &sql, const QVariantList &values = {}) const;
    // The same with named placeholders: each key (":id", or "id") names one.
    Result<Query> query(const QString &sql, const QVariantMap &named) const;

    // Runs several statements separated by ';' (as a migration file holds them),
    // outside any transaction handling of its own.
    Result<void> executeScript(const QByteArray &sql);

    // Bulk loading (the demo generator): commits stop waiting for the disk
    // (PRAGMA synchronous = OFF) until switched back to FULL. A crash while
    // it is on may lose the last commits, never the file's consistency (WAL).
    // On a server: SET synchronous_commit = off / on, for this session.
    Result<void> setBulkLoad(bool on);

    // The advisory lock key every write transaction on a server takes first
    // ("Stok"), so writers take turns as on the file (begin()).
    static constexpr qint64 WriteLockKey = 0x53746f6b;
    // The advisory lock a transaction on a server takes before it reads the
    // audit chain's head to append to it ("Audi"), held to its end: postings,
    // which run side by side, append one at a time (AuditLog::append).
    static constexpr qint64 AuditLockKey = 0x41756469;
    // How a write transaction on a server shares the company's write lock.
    // Exclusive: alone, as every writer on the file. Posting: beside other
    // postings only (the lock's shared mode). A posting locks what it moves
    // row by row (the number series, the stock levels and products, the
    // draft) and the audit chain's head last, so postings of different
    // products overlap up to taking their numbers; everything else still
    // waits for them and they for it. On the file both are BEGIN IMMEDIATE.
    enum class WriteLock { Exclusive, Posting };
    // BEGIN IMMEDIATE / COMMIT / ROLLBACK on this connection (on a server:
    // BEGIN at READ COMMITTED, then the write lock above).
    Result<void> begin(WriteLock mode = WriteLock::Exclusive);
    Result<void> commit();
    Result<void> rollback();

    // PRAGMA integrity_check and PRAGMA foreign_key_check over the whole file.
    // On a server: InvalidState (the server's administrator checks it).
    Result<void> checkIntegrity();

    // Read one pragma value (journal_mode, foreign_keys, synchronous, page_size,
    // cipher_page_size, busy_timeout, cipher_version, ...). Empty on error,
    // and always empty on a server.
    QString pragma(const QString &name) const;

    // The SQLCipher handle under the Qt connection, for what only the C API
    // can do with a key (sqlite3_rekey_v2, ATTACH with a bound key). Null
    // when closed, and on a server. The caller must not close it.
    sqlite3 *nativeHandle() const;

    // Makes the statement running on this connection stop with an error
    // (sqlite3_interrupt). Unlike everything else here it may be called from
    // another thread, as long as that thread keeps the Database alive
    // meanwhile; between two statements it does nothing. On a server it sends
    // libpq's cancel request (PQcancel): the statement fails with SQLSTATE
    // 57014, an Sql error.
    void interrupt() const;

private:
    Database() = default;
    Result<void> checkServerSchema() const;
    Error notOnServer() const;
    Error serverError(const QSqlDatabase &connection) const;
    Result<void> executeServerScript(const QByteArray &sql);
    void cancelServerStatement() const;
    void closeServer();
    static Result<std::unique_ptr<Database>> openImpl(const QString &path, const SecretBytes &key, Mode mode,
                                                      bool create, bool migrate);

    QString m_path;
    QString m_connectionName;
    Mode m_mode = Mode::ReadWrite;
    Engine m_engine = Engine::SQLite;
    ServerAddress m_server;
    std::atomic<pg_cancel *> m_cancel{nullptr}; // for interrupt() on a server
    std::unique_ptr<QLockFile> m_lock;
    std::atomic<sqlite3 *> m_handle{nullptr}; // for interrupt(), which cannot ask the connection
};

} // namespace stockbook::storage
