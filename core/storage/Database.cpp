// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "storage/Database.h"

#include "Tr.h"
#include "security/keys/SecretBytes.h"
#include "storage/FileProbe.h"
#include "storage/Migrator.h"
#include "storage/SqlError.h"
#include "storage/driver/CipherDriver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QSqlQuery>

#include <sqlcipher/sqlite3.h>

#include <atomic>

Q_LOGGING_CATEGORY(lcStorage, "stockbook.core.storage", QtWarningMsg)

namespace stockbook::storage {

namespace {

std::atomic<int> g_connectionCounter{0};

// The files whose lock a ReadWrite Database of this process holds (Shared
// connections are allowed on them only).
QMutex g_lockedMutex;
QHash<QString, int> g_locked;

void noteLocked(const QString &path, int change)
{
    QMutexLocker locker(&g_lockedMutex);
    const int count = g_locked.value(path) + change;
    if (count > 0)
        g_locked.insert(path, count);
    else
        g_locked.remove(path);
}

Error fileError(ErrorCode code, const QString &path, const QString &detail = {})
{
    const QString name = QDir::toNativeSeparators(path);
    QString message;
    switch (code) {
    case ErrorCode::FileNotFound:
        message =
            Tr::tr("The company file %1 does not exist. Check the path, or create a new company.").arg(name);
        break;
    case ErrorCode::FileExists:
        message =
            Tr::tr("A file already exists at %1. Choose another name; an existing file is never overwritten.")
                .arg(name);
        break;
    case ErrorCode::PlainDatabase:
        message =
            Tr::tr("%1 is an unencrypted SQLite database, not a Stockbook company file. Stockbook only opens "
                   "encrypted company files.")
                .arg(name);
        break;
    case ErrorCode::NotADatabase:
        message =
            Tr::tr("%1 is not a Stockbook company file (it is empty or holds another kind of data). Choose "
                   "the company's .stockbook file.")
                .arg(name);
        break;
    case ErrorCode::Truncated:
        message =
            Tr::tr(
                "%1 is shorter than the company file it was: it has been cut off, perhaps by an incomplete "
                "copy. Restore the latest backup.")
                .arg(name);
        break;
    case ErrorCode::Damaged:
        message = Tr::tr("%1 is damaged: part of it fails its integrity check. Restore the latest backup.")
                      .arg(name);
        break;
    case ErrorCode::WrongKey:
        message = Tr::tr(
                      "The key does not open %1: the password or recovery key is wrong, or the file belongs "
                      "to another company.")
                      .arg(name);
        break;
    case ErrorCode::Io:
        message =
            Tr::tr("%1 cannot be read or written. Check that the folder exists and that you may write to it.")
                .arg(name);
        break;
    default:
        message = Tr::tr("%1 cannot be opened.").arg(name);
        break;
    }
    return makeError(code, message, {}, detail);
}

} // namespace

Result<std::unique_ptr<Database>> Database::create(const QString &path, const SecretBytes &key)
{
    if (key.size() != 32)
        return makeError(ErrorCode::InvalidArgument, Tr::tr("A company key must be 256 bits long."));
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (probeFile(absolute).kind != FileKind::Missing)
        return fileError(ErrorCode::FileExists, absolute);
    if (!QFileInfo(QFileInfo(absolute).absolutePath()).isDir())
        return fileError(ErrorCode::Io, absolute, QStringLiteral("folder missing"));
    // Owner-only from the first byte; SQLite gives the -wal and -shm files the
    // same permissions. To SQLite an empty file is a new database.
    {
        QFile file(absolute);
        if (!file.open(QIODevice::NewOnly | QIODevice::WriteOnly)
            || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return fileError(ErrorCode::Io, absolute, file.errorString());
    }
    auto created = openImpl(absolute, key, Mode::ReadWrite, true, true);
    if (!created.ok()) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(absolute + suffix);
    }
    return created;
}

bool Database::isLockedByThisProcess(const QString &path)
{
    QMutexLocker locker(&g_lockedMutex);
    return g_locked.contains(QFileInfo(path).absoluteFilePath());
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const SecretBytes &key, Mode mode)
{
    return openImpl(path, key, mode, false, mode == Mode::ReadWrite);
}

Result<std::unique_ptr<Database>> Database::openUnmigrated(const QString &path, const SecretBytes &key,
                                                           bool createIfMissing)
{
    const bool create = createIfMissing && !QFileInfo::exists(path);
    return openImpl(path, key, Mode::ReadWrite, create, false);
}

Result<std::unique_ptr<Database>> Database::openImpl(const QString &path, const SecretBytes &key, Mode mode,
                                                     bool create, bool migrate)
{
    if (key.size() != 32)
        return makeError(ErrorCode::InvalidArgument, Tr::tr("A company key must be 256 bits long."));
    const QString absolute = QFileInfo(path).absoluteFilePath();

    const FileProbe probe = probeFile(absolute);
    if (!create) {
        switch (probe.kind) {
        case FileKind::Missing:
            return fileError(ErrorCode::FileNotFound, absolute);
        case FileKind::Empty:
        case FileKind::NotEncrypted:
            return fileError(ErrorCode::NotADatabase, absolute);
        case FileKind::PlainSqlite:
            return fileError(ErrorCode::PlainDatabase, absolute);
        case FileKind::PartialPage:
            return fileError(ErrorCode::Truncated, absolute,
                             QStringLiteral("size %1 is not a multiple of %2").arg(probe.size).arg(PageSize));
        case FileKind::LooksEncrypted:
            break;
        }
    }

    std::unique_ptr<Database> db(new Database);
    db->m_path = absolute;
    db->m_mode = mode;
    db->m_connectionName = QStringLiteral("stockbook-%1").arg(g_connectionCounter.fetch_add(1));

    if (mode == Mode::ReadWrite) {
        auto lock = std::make_unique<QLockFile>(absolute + QStringLiteral(".lock"));
        lock->setStaleLockTime(0); // stale only when its process is gone
        if (!lock->tryLock(0)) {
            if (lock->error() == QLockFile::LockFailedError) {
                qint64 pid = 0;
                QString host;
                QString app;
                lock->getLockInfo(&pid, &host, &app);
                return makeError(
                    ErrorCode::Locked,
                    Tr::tr("%1 is open for writing in another Stockbook (process %2 on %3). Close it "
                           "there first, or open the file read-only.")
                        .arg(QDir::toNativeSeparators(absolute))
                        .arg(pid)
                        .arg(host),
                    {}, QStringLiteral("lock file %1.lock").arg(absolute));
            }
            return fileError(ErrorCode::Io, absolute, QStringLiteral("cannot create the lock file"));
        }
        db->m_lock = std::move(lock);
        noteLocked(absolute, 1);
    } else if (mode == Mode::Shared && !isLockedByThisProcess(absolute)) {
        return makeError(ErrorCode::Locked,
                         Tr::tr("%1 is not open for writing in this program. Sign in to the company again.")
                             .arg(QDir::toNativeSeparators(absolute)),
                         {}, QStringLiteral("shared connection without the lock"));
    }

    auto *driver = new CipherDriver;
    driver->setKey(key);
    QSqlDatabase connection = QSqlDatabase::addDatabase(driver, db->m_connectionName);
    connection.setDatabaseName(absolute);
    QStringList options;
    if (create)
        options << QStringLiteral("STOCKBOOK_CREATE");
    if (mode == Mode::ReadOnly)
        options << QStringLiteral("STOCKBOOK_READONLY");
    connection.setConnectOptions(options.join(QLatin1Char(';')));
    if (!connection.open()) {
        const QSqlError error = connection.lastError();
        const int code = nativeCode(error);
        qCDebug(lcStorage) << "open failed with SQLite code" << code;
        switch (code & 0xff) {
        case sqlite_code::NotADb:
            return fileError(ErrorCode::WrongKey, absolute, error.text());
        case sqlite_code::Corrupt: {
            const quint32 promised = headerPageCount(absolute, key);
            const bool walHasPages = QFileInfo(absolute + QStringLiteral("-wal")).size() > 0;
            if (!walHasPages && promised > probe.size / PageSize)
                return fileError(ErrorCode::Truncated, absolute,
                                 QStringLiteral("header promises %1 pages, file holds %2")
                                     .arg(promised)
                                     .arg(probe.size / PageSize));
            return fileError(ErrorCode::Damaged, absolute, error.text());
        }
        case 14: // SQLITE_CANTOPEN
        case 8:  // SQLITE_READONLY
        case 10: // SQLITE_IOERR
            return fileError(ErrorCode::Io, absolute, error.text());
        default:
            return makeError(ErrorCode::Sql,
                             Tr::tr("The company file cannot be opened: %1").arg(error.databaseText()), {},
                             error.text());
        }
    }

    db->m_handle = db->nativeHandle();
    const int version = db->schemaVersion();
    if (version > latestSchemaVersion()) {
        return makeError(
            ErrorCode::NewerSchema,
            Tr::tr("%1 was written by a newer Stockbook (schema %2; this program knows up to %3). "
                   "Update Stockbook to open it.")
                .arg(QDir::toNativeSeparators(absolute))
                .arg(version)
                .arg(latestSchemaVersion()));
    }
    if (migrate) {
        auto applied = Migrator::apply(*db, Migrator::builtin());
        if (!applied.ok())
            return applied.error();
    }
    if (create)
        qCDebug(lcStorage) << "created company file" << absolute;
    return db;
}

Database::~Database()
{
    m_handle = nullptr;
    if (m_engine == Engine::Postgres)
        closeServer();
    if (!m_connectionName.isEmpty()) {
        {
            QSqlDatabase connection = QSqlDatabase::database(m_connectionName, false);
            if (connection.isValid())
                connection.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    if (m_lock) {
        m_lock->unlock();
        noteLocked(m_path, -1);
    }
}

Result<void> Database::reopen(const SecretBytes &key)
{
    if (key.size() != 32)
        return makeError(ErrorCode::InvalidArgument, Tr::tr("A company key must be 256 bits long."));
    if (m_engine == Engine::Postgres)
        return notOnServer();
    QSqlDatabase c = connection();
    auto *driver = static_cast<CipherDriver *>(c.driver());
    if (!c.isValid() || !driver)
        return makeError(ErrorCode::NotOpen, Tr::tr("The company file is not open."));
    m_handle = nullptr;
    c.close();
    driver->setKey(key);
    if (!c.open()) {
        const QSqlError error = c.lastError();
        if ((nativeCode(error) & 0xff) == sqlite_code::NotADb)
            return fileError(ErrorCode::WrongKey, m_path, error.text());
        return fileError(ErrorCode::Io, m_path, error.text());
    }
    m_handle = nativeHandle();
    return {};
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    if (m_engine == Engine::Postgres) {
        auto q = query(QStringLiteral("SELECT COALESCE(max(version), 0) AS version FROM schema_migrations"));
        return q.ok() && q->next() ? q->get<int>("version") : 0;
    }
    return pragma(QStringLiteral("user_version")).toInt();
}

int Database::latestSchemaVersion()
{
    static const int latest = [] {
        const QList<Migration> all = Migrator::builtin();
        return all.isEmpty() ? 0 : all.constLast().version;
    }();
    return latest;
}

QString Database::cipherVersion()
{
    sqlite3 *handle = nullptr;
    QString version;
    if (sqlite3_open_v2(":memory:", &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        == SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(handle, "PRAGMA cipher_version", -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW) {
            if (const unsigned char *text = sqlite3_column_text(statement, 0))
                version = QString::fromUtf8(reinterpret_cast<const char *>(text));
        }
        sqlite3_finalize(statement);
    }
    sqlite3_close(handle);
    return version;
}

QString Database::pragma(const QString &name) const
{
    if (m_engine == Engine::Postgres)
        return {};
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    // Pragma names are program constants, never user input.
    if (!q.exec(QStringLiteral("PRAGMA %1").arg(name)) || !q.next())
        return {};
    QString value = q.value(0).toString();
    q.finish();
    return value;
}

sqlite3 *Database::nativeHandle() const
{
    if (m_engine == Engine::Postgres)
        return nullptr;
    auto *driver = static_cast<CipherDriver *>(connection().driver());
    return driver && driver->isOpen() ? driver->connection() : nullptr;
}

void Database::interrupt() const
{
    if (m_engine == Engine::Postgres) {
        cancelServerStatement();
        return;
    }
    if (sqlite3 *handle = m_handle.load())
        sqlite3_interrupt(handle);
}

Result<Query> Database::query(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (m_engine == Engine::Postgres && !connection().isOpen())
        return serverError(connection());
    // QPSQL prepares every statement (PREPARE ... AS), which PostgreSQL
    // refuses for SET, SHOW and other utility statements: without values the
    // statement is sent as it is.
    if (m_engine == Engine::Postgres && values.isEmpty()) {
        if (!q.exec(sql))
            return errorFromSql(q.lastError());
        return Query(std::move(q));
    }
    if (!q.prepare(sql))
        return errorFromSql(q.lastError());
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return errorFromSql(q.lastError());
    return Query(std::move(q));
}

Result<Query> Database::query(const QString &sql, const QVariantMap &named) const
{
    if (m_engine == Engine::Postgres && named.isEmpty())
        return query(sql, QVariantList());
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return errorFromSql(q.lastError());
    for (auto it = named.cbegin(); it != named.cend(); ++it) {
        QString name = it.key();
        if (!name.startsWith(u':'))
            name.prepend(u':');
        q.bindValue(name, it.value());
    }
    if (!q.exec())
        return errorFromSql(q.lastError());
    return Query(std::move(q));
}

Result<void> Database::executeScript(const QByteArray &sql)
{
    if (m_engine == Engine::Postgres)
        return executeServerScript(sql);
    auto *driver = static_cast<CipherDriver *>(connection().driver());
    if (!driver || !driver->isOpen())
        return makeError(ErrorCode::NotOpen, Tr::tr("The company file is not open."));
    if (!driver->executeScript(sql))
        return errorFromSql(driver->lastError());
    return {};
}

Result<void> Database::setBulkLoad(bool on)
{
    if (m_engine == Engine::Postgres) {
        auto set = query(on ? QStringLiteral("SET synchronous_commit = off")
                            : QStringLiteral("SET synchronous_commit = on"));
        if (!set.ok())
            return set.error();
        return {};
    }
    return executeScript(on ? QByteArrayLiteral("PRAGMA synchronous = OFF;")
                            : QByteArrayLiteral("PRAGMA synchronous = FULL;"));
}

Result<void> Database::begin(WriteLock mode)
{
    QSqlDatabase c = connection();
    if (!c.transaction())
        return m_engine == Engine::Postgres ? serverError(c) : errorFromSql(c.lastError());
    if (m_engine == Engine::Postgres) {
        // The company's write lock, held to the end of the transaction: what
        // BEGIN IMMEDIATE is on the file. Writers take turns, so an invoice
        // number, a stock level or the audit chain's head read inside the
        // transaction stays the newest until it commits; readers never wait.
        // Postings share it among themselves (WriteLock::Posting).
        QSqlQuery lock(c);
        const QString function = mode == WriteLock::Posting ? QStringLiteral("pg_advisory_xact_lock_shared")
                                                            : QStringLiteral("pg_advisory_xact_lock");
        if (!lock.exec(QStringLiteral("SELECT %1(%2)").arg(function).arg(WriteLockKey))) {
            Error e = errorFromPostgres(lock.lastError());
            c.rollback();
            return e;
        }
    }
    return {};
}

Result<void> Database::commit()
{
    QSqlDatabase c = connection();
    if (!c.commit())
        return m_engine == Engine::Postgres ? serverError(c) : errorFromSql(c.lastError());
    return {};
}

Result<void> Database::rollback()
{
    QSqlDatabase c = connection();
    if (!c.rollback())
        return m_engine == Engine::Postgres ? serverError(c) : errorFromSql(c.lastError());
    return {};
}

Result<void> Database::checkIntegrity()
{
    if (m_engine == Engine::Postgres)
        return notOnServer();
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        Error e = errorFromSql(q.lastError());
        e.code = ErrorCode::Damaged;
        return e;
    }
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (q.lastError().isValid()) {
        Error e = errorFromSql(q.lastError());
        e.code = ErrorCode::Damaged;
        return e;
    }
    if (!problems.isEmpty()) {
        return makeError(
            ErrorCode::Damaged,
            Tr::tr("The company file is damaged (%n problem(s) found). Restore the latest backup.", nullptr,
                   static_cast<int>(problems.size())),
            {}, problems.mid(0, 10).join(QLatin1Char('\n')));
    }
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return errorFromSql(q.lastError());
    QStringList dangling;
    while (q.next())
        dangling << QStringLiteral("%1 row %2 -> %3")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    if (!dangling.isEmpty()) {
        return makeError(ErrorCode::Damaged,
                         Tr::tr("%n record(s) refer to records that do not exist. Restore the latest backup.",
                                nullptr, static_cast<int>(dangling.size())),
                         {}, dangling.mid(0, 10).join(QLatin1Char('\n')));
    }
    return {};
}

} // namespace stockbook::storage
