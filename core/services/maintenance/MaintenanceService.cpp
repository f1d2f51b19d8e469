// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "services/maintenance/MaintenanceService.h"

#include "Tr.h"
#include "security/LoginState.h"
#include "security/keys/Crypto.h"
#include "security/keys/KeyVault.h"
#include "security/keys/RecoveryKey.h"
#include "services/accounts/AccountStore.h"
#include "services/accounts/AuditLog.h"
#include "services/accounts/CompanyService.h"
#include "services/maintenance/BackupFile.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <sqlcipher/sqlite3.h>

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QLoggingCategory>
#include <QSaveFile>

#include <cstdio>
#include <functional>
#include <optional>

Q_LOGGING_CATEGORY(lcMaintenance, "stockbook.core.maintenance", QtWarningMsg)

namespace stockbook {

using security::KeyVault;
using security::LoginState;

namespace {

constexpr int RawKeyTextLength = 67;
constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// The key as SQLCipher's raw-key text x'<64 hex digits>', in wiped memory.
SecretBytes rawKeyText(const SecretBytes &key)
{
    SecretBytes text(RawKeyTextLength);
    static const char hex[] = "0123456789abcdef";
    text.data()[0] = 'x';
    text.data()[1] = '\'';
    for (std::size_t i = 0; i < key.size() && i < 32; ++i) {
        text.data()[2 + 2 * i] = static_cast<std::uint8_t>(hex[key.data()[i] >> 4]);
        text.data()[3 + 2 * i] = static_cast<std::uint8_t>(hex[key.data()[i] & 0x0f]);
    }
    text.data()[RawKeyTextLength - 1] = '\'';
    return text;
}

QString sqliteMessage(sqlite3 *db, int rc)
{
    return QStringLiteral("SQLite %1: %2")
        .arg(rc)
        .arg(QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)));
}

// Runs SQL without a key in it on the native handle.
int execNative(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
}

Result<void> writeFileOwnerOnly(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(OwnerOnly)
        || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(
            ErrorCode::Io,
            Tr::tr("%1 cannot be written. Check that the folder exists, that you may write to it and "
                   "that the disk is not full.")
                .arg(native(path)),
            {}, file.errorString());
    return {};
}

Result<QByteArray> readSmallFile(const QString &path, qint64 limit)
{
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::FileNotFound, Tr::tr("%1 is missing.").arg(native(path)));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, Tr::tr("%1 cannot be read.").arg(native(path)), {},
                         file.errorString());
    return file.read(limit);
}

QString uniqueSuffix()
{
    return QString::fromLatin1(security::crypto::randomBytes(6).toHex());
}

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                  QStringLiteral("-journal"), QStringLiteral(".lock")})
        QFile::remove(path + suffix);
}

// Checkpoints the write-ahead log into the main file and empties it.
Result<void> checkpoint(sqlite3 *db)
{
    const int rc = execNative(db, "PRAGMA wal_checkpoint(TRUNCATE);");
    if (rc != SQLITE_OK)
        return makeError(
            ErrorCode::Busy,
            Tr::tr("The company file could not be brought up to date on disk, because it is still in "
                   "use. Close other windows of this company and try again."),
            {}, sqliteMessage(db, rc));
    return {};
}

Error damagedBackup(const QString &backupPath, const QString &why, const QString &detail = {})
{
    return makeError(
        ErrorCode::Damaged,
        Tr::tr("The backup %1 cannot be restored: %2 Use another backup; the current company file was "
               "not changed.")
            .arg(native(backupPath), why),
        {}, detail);
}

// Renames an existing file out of the way to a name that does not exist yet.
QString freeName(const QString &wanted)
{
    if (!QFileInfo::exists(wanted))
        return wanted;
    return wanted + QLatin1Char('-') + nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")) + QLatin1Char('-')
        + uniqueSuffix();
}

} // namespace

Result<void> MaintenanceService::authorize(Permission permission, const QString &action)
{
    Session &session = m_company.session();
    auto allowed = session.require(permission);
    if (allowed.ok()) {
        session.touch();
        return {};
    }
    if (allowed.error().code == ErrorCode::PermissionDenied && m_company.isOpen()) {
        storage::Transaction tx(m_company.database());
        if (tx.begin().ok()) {
            (void)AuditLog::append(
                m_company.database(),
                AuditRecord{session.userId(), session.username(), QStringLiteral("permission.denied"),
                            QStringLiteral("maintenance"), QString(),
                            json(QJsonObject{{QStringLiteral("action"), action}}), session.now()});
            (void)tx.commit();
        }
    }
    return allowed;
}

// ---------------------------------------------------------------------------
// Key rotation

Result<SecretBytes> MaintenanceService::rotateKey(const SecretBytes &currentPassword)
{
    if (auto ok = authorize(Permission::KeyRotate, QStringLiteral("key.rotate")); !ok.ok())
        return ok.error();
    if (!m_company.isOpen())
        return makeError(ErrorCode::NotOpen, Tr::tr("The company is not open. Sign in again."));

    const QString path = m_company.path();
    // The file is reopened the way it is open now: ReadWrite with its lock,
    // or Shared on a worker thread while the owner's connection keeps it.
    const storage::Database::Mode mode = m_company.database().mode();
    const QString vaultPath = KeyVault::pathFor(path);
    auto vault = KeyVault::load(vaultPath);
    if (!vault.ok())
        return vault.error();
    // The password again: proven by unwrapping the caller's own slot.
    auto proven = vault->unwrap(CompanyService::slotName(m_company.session().username()), currentPassword);
    if (!proven.ok())
        return proven.error();
    if (proven->userId != m_company.session().userId() || !proven->dek.equals(m_company.databaseKey()))
        return makeError(
            ErrorCode::SlotMismatch,
            Tr::tr("Your key slot does not hold the key of the open company file. Sign out, sign in "
                   "again and retry."));

    SecretBytes oldDek = SecretBytes::copyOf(m_company.databaseKey().bytes());
    SecretBytes newDek = SecretBytes::random(KeyVault::DekSize);
    if (newDek.size() != static_cast<std::size_t>(KeyVault::DekSize))
        return makeError(ErrorCode::CryptoFailure,
                         Tr::tr("No random numbers are available for a new key. Try again."));
    auto recoveryText = security::RecoveryKey::encode(newDek);
    if (!recoveryText.ok())
        return recoveryText.error();

    // The vault for the new key, written beside the old one before the file is
    // rekeyed: if the program dies between the two, it still holds the way in.
    KeyVault rotated = vault.value();
    if (auto replaced = rotated.replaceDatabaseKey(oldDek, newDek); !replaced.ok())
        return replaced.error();
    const QString pendingVault = vaultPath + QStringLiteral(".rotating");
    if (auto saved = rotated.save(pendingVault); !saved.ok())
        return saved.error();

    sqlite3 *handle = m_company.database().nativeHandle();
    if (!handle) {
        QFile::remove(pendingVault);
        return makeError(ErrorCode::NotOpen, Tr::tr("The company is not open. Sign in again."));
    }
    if (auto flushed = checkpoint(handle); !flushed.ok()) {
        QFile::remove(pendingVault);
        return flushed.error();
    }
    int rc = SQLITE_OK;
    {
        SecretBytes text = rawKeyText(newDek);
        rc = sqlite3_rekey_v2(handle, "main", text.data(), RawKeyTextLength);
    }
    if (rc == SQLITE_OK)
        (void)checkpoint(handle);

    // sqlite3_rekey can report success for a rewrite that failed: close, reopen
    // with the new key and check the whole file before trusting it.
    const QString detail = rc == SQLITE_OK ? QString() : sqliteMessage(handle, rc);
    m_company.replaceDatabase(nullptr, SecretBytes::copyOf(oldDek.bytes()));
    auto reopened = storage::Database::open(path, newDek, mode);
    Result<void> verified = reopened.ok() ? reopened.value()->checkIntegrity()
                                          : Result<void>(reopened.error());
    if (rc != SQLITE_OK || !verified.ok()) {
        QFile::remove(pendingVault);
        const QString why = rc != SQLITE_OK
            ? detail
            : verified.error().detail + QLatin1Char(' ') + verified.error().message;
        qCWarning(lcMaintenance) << "key rotation failed; the old key is kept";
        reopened = Result<std::unique_ptr<storage::Database>>(makeError(ErrorCode::Sql, QString()));
        auto old = storage::Database::open(path, oldDek, mode);
        if (old.ok()) {
            m_company.replaceDatabase(std::move(old).value(), std::move(oldDek));
            return makeError(
                ErrorCode::Sql,
                Tr::tr("The company key could not be changed; the company file still uses its old key "
                       "and the old recovery key. Check the disk and try again."),
                {}, why);
        }
        return makeError(
            ErrorCode::Damaged,
            Tr::tr("The company key could not be changed and the company file does not open with "
                   "either key. Keep the file and its key files as they are and restore the latest "
                   "backup into another folder."),
            {}, why);
    }
    std::unique_ptr<storage::Database> db = std::move(reopened).value();

    // Every slot now leads to the new key; the slots themselves, and so the
    // users rows' slot hashes, are unchanged.
    if (std::rename(QFile::encodeName(pendingVault).constData(), QFile::encodeName(vaultPath).constData())
        != 0) {
        qCWarning(lcMaintenance) << "the rotated key file could not be moved into place";
        m_company.replaceDatabase(std::move(db), std::move(newDek));
        return makeError(
            ErrorCode::Io,
            Tr::tr("The company key was changed, but the key file could not be replaced. Rename %1 to "
                   "%2 before signing out, or nobody can sign in; then rotate the key again to get a "
                   "recovery key.")
                .arg(native(pendingVault), native(vaultPath)));
    }

    storage::Transaction tx(*db);
    if (tx.begin().ok()) {
        const bool logged =
            AuditLog::append(*db,
                             AuditRecord{m_company.session().userId(), m_company.session().username(),
                                         QStringLiteral("key.rotate"), QStringLiteral("database"), QString(),
                                         json(QJsonObject{{QStringLiteral("slots"), rotated.slotCount()}}),
                                         m_company.session().now()})
                .ok();
        if (!logged || !tx.commit().ok())
            qCWarning(lcMaintenance) << "the key rotation could not be written to the audit log";
    }
    m_company.replaceDatabase(std::move(db), std::move(newDek));

    QString &text = recoveryText.value();
    const QByteArray latin = text.toLatin1();
    SecretBytes out = SecretBytes::copyOf(
        {reinterpret_cast<const std::uint8_t *>(latin.constData()), static_cast<std::size_t>(latin.size())});
    text.fill(QChar(u'\0'));
    return out;
}

Result<void> MaintenanceService::adoptDatabaseKey(const SecretBytes &key)
{
    if (!m_company.isOpen())
        return makeError(ErrorCode::NotOpen, Tr::tr("The company is not open. Sign in again."));
    storage::Database &db = m_company.database();
    // The rotation checked the file whole; opening reads its schema with the key.
    auto reopened = db.reopen(key);
    if (reopened.ok()) {
        m_company.setDatabaseKey(SecretBytes::copyOf(key.bytes()));
        return {};
    }
    qCWarning(lcMaintenance) << "the company connection does not open with the given key";
    if (db.reopen(m_company.databaseKey()).ok())
        return reopened.error();
    return makeError(
        ErrorCode::Damaged,
        Tr::tr("The company file does not open with its key any more. Keep the file and its key files as "
               "they are and restore the latest backup into another folder."),
        {}, reopened.error().detail);
}

// ---------------------------------------------------------------------------
// Backup

Result<QString> MaintenanceService::backup(const QString &outPath)
{
    if (auto ok = authorize(Permission::BackupRun, QStringLiteral("backup.create")); !ok.ok())
        return ok.error();
    if (!m_company.isOpen())
        return makeError(ErrorCode::NotOpen, Tr::tr("The company is not open. Sign in again."));

    const QString out = QFileInfo(outPath).absoluteFilePath();
    if (QFileInfo::exists(out))
        return makeError(
            ErrorCode::FileExists,
            Tr::tr("%1 already exists. Choose another name for the backup; an existing file is never "
                   "overwritten.")
                .arg(native(out)));
    if (!QFileInfo(QFileInfo(out).absolutePath()).isDir())
        return makeError(
            ErrorCode::Io,
            Tr::tr("The folder of %1 does not exist. Choose an existing folder.").arg(native(out)));

    storage::Database &db = m_company.database();
    sqlite3 *handle = db.nativeHandle();
    if (!handle)
        return makeError(ErrorCode::NotOpen, Tr::tr("The company is not open. Sign in again."));

    const QString tmp = out + QStringLiteral(".part-") + uniqueSuffix();
    const QString check = out + QStringLiteral(".verify-") + uniqueSuffix();
    bool written = false;
    auto fail = [&](Error e) -> Result<QString> {
        removeDatabaseFiles(tmp);
        removeDatabaseFiles(check);
        if (written)
            QFile::remove(out);
        return e;
    };
    auto exportError = [&](int rc) {
        return makeError(
            ErrorCode::Io,
            Tr::tr("The backup %1 could not be written. Check that you may write to the folder and that "
                   "the disk is not full, then try again.")
                .arg(native(out)),
            {}, sqliteMessage(handle, rc));
    };

    // The connection was opened without SQLITE_OPEN_CREATE, and ATTACH uses
    // its flags: start from an empty file, owner-only from the first byte.
    {
        QFile empty(tmp);
        if (!empty.open(QIODevice::NewOnly | QIODevice::WriteOnly) || !empty.setPermissions(OwnerOnly))
            return fail(makeError(
                ErrorCode::Io,
                Tr::tr("The backup %1 could not be created. Check that you may write to the folder.")
                    .arg(native(out)),
                {}, empty.errorString()));
    }
    // ATTACH with the file name and the key bound as parameters: the key never
    // appears in SQL text.
    {
        sqlite3_stmt *stmt = nullptr;
        int rc = sqlite3_prepare_v2(handle, "ATTACH DATABASE ?1 AS bk KEY ?2", -1, &stmt, nullptr);
        if (rc != SQLITE_OK)
            return fail(exportError(rc));
        const QByteArray file = tmp.toUtf8();
        SecretBytes text = rawKeyText(m_company.databaseKey());
        sqlite3_bind_text(stmt, 1, file.constData(), static_cast<int>(file.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(stmt, 2, reinterpret_cast<const char *>(text.data()), RawKeyTextLength,
                          SQLITE_STATIC);
        rc = sqlite3_step(stmt);
        sqlite3_finalize(stmt);
        if (rc != SQLITE_DONE)
            return fail(exportError(rc));
    }
    const int schema = db.schemaVersion();
    int rc = execNative(handle, "PRAGMA bk.cipher_page_size = 4096;");
    if (rc == SQLITE_OK)
        rc = execNative(handle, "SELECT sqlcipher_export('bk');");
    if (rc == SQLITE_OK) {
        const QByteArray setVersion = QByteArrayLiteral("PRAGMA bk.user_version = ")
            + QByteArray::number(schema) + ';';
        rc = execNative(handle, setVersion.constData());
    }
    const int exportRc = rc;
    const QString exportDetail = exportRc == SQLITE_OK ? QString() : sqliteMessage(handle, exportRc);
    rc = execNative(handle, "DETACH DATABASE bk;");
    if (exportRc != SQLITE_OK)
        return fail(
            makeError(ErrorCode::Io,
                      Tr::tr("The backup %1 could not be written. Check that the disk is not full, then try "
                             "again.")
                          .arg(native(out)),
                      {}, exportDetail));
    if (rc != SQLITE_OK)
        return fail(exportError(rc));
    QFile::setPermissions(tmp, OwnerOnly);

    // Verify the copy as a restore would: open it with the key, check it whole.
    AuditChainHead head;
    {
        auto copy = storage::Database::open(tmp, m_company.databaseKey(), storage::Database::Mode::ReadOnly);
        if (!copy.ok())
            return fail(copy.error());
        if (auto whole = copy.value()->checkIntegrity(); !whole.ok())
            return fail(whole.error());
        if (copy.value()->schemaVersion() != schema)
            return fail(makeError(ErrorCode::Io,
                                  Tr::tr("The backup copy does not carry the schema version. Try again.")));
        auto h = AuditLog::head(*copy.value());
        if (!h.ok())
            return fail(h.error());
        head = h.value();
    }

    auto vaultBytes = readSmallFile(KeyVault::pathFor(m_company.path()), qint64{16} << 20);
    if (!vaultBytes.ok())
        return fail(vaultBytes.error());
    const auto companyName = AccountStore(db).setting(QStringLiteral("company.name"));
    const QString company = companyName.ok() ? companyName.value() : QString();
    const QJsonObject manifest{
        {QStringLiteral("created_at"), m_company.now().toString(Qt::ISODate)},
        {QStringLiteral("company"), company},
        {QStringLiteral("schema_version"), schema},
        {QStringLiteral("audit_seq"), QString::number(head.seq)},
        {QStringLiteral("audit_hash"), QString::fromLatin1(head.hash.toHex())},
        {QStringLiteral("file"), QFileInfo(out).fileName()},
    };
    if (auto w = BackupFile::write(out, manifest, vaultBytes.value(), tmp); !w.ok())
        return fail(w.error());
    written = true;
    removeDatabaseFiles(tmp);

    // Read back what was written, as a restore would: checksums, the key
    // file, the database opened with the key, checked whole, its audit chain.
    QString dbSha;
    {
        auto unpacked = BackupFile::read(out, check);
        auto readBack = [&](const Error &e) {
            return makeError(ErrorCode::Damaged,
                             Tr::tr("The backup %1 failed its check after writing (%2) and was removed. "
                                    "Check the disk and try again.")
                                 .arg(native(out), e.message),
                             {}, e.detail);
        };
        if (!unpacked.ok())
            return fail(readBack(unpacked.error()));
        if (auto vault = KeyVault::fromBytes(unpacked->vault, out); !vault.ok())
            return fail(readBack(vault.error()));
        dbSha = unpacked->manifest.value(QStringLiteral("database_sha256")).toString();
        auto copy = storage::Database::open(check, m_company.databaseKey(),
                                            storage::Database::Mode::ReadOnly);
        if (!copy.ok())
            return fail(readBack(copy.error()));
        if (auto whole = copy.value()->checkIntegrity(); !whole.ok())
            return fail(readBack(whole.error()));
        auto chain = AuditLog::verify(*copy.value(), head);
        if (!chain.ok())
            return fail(readBack(chain.error()));
        if (!chain->ok)
            return fail(readBack(makeError(ErrorCode::Damaged, chain->problem)));
    }
    removeDatabaseFiles(check);

    storage::Transaction tx(db);
    if (auto begun = tx.begin(); !begun.ok())
        return begun.error();
    if (auto logged = AuditLog::append(
            db,
            AuditRecord{m_company.session().userId(), m_company.session().username(),
                        QStringLiteral("backup.create"), QStringLiteral("database"),
                        QFileInfo(out).fileName(),
                        json(QJsonObject{{QStringLiteral("database_sha256"), dbSha},
                                         {QStringLiteral("audit_seq"), QString::number(head.seq)}}),
                        m_company.session().now()});
        !logged.ok())
        return logged.error();
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return out;
}

// ---------------------------------------------------------------------------
// Restore

namespace {

struct RestoreKey {
    SecretBytes dek;
    std::optional<qint64> userId; // empty: the recovery key
    QString username;
    QByteArray slotHash;
};

using KeyFor = std::function<Result<RestoreKey>(const KeyVault &vault)>;

AuditChainHead manifestHead(const QJsonObject &m)
{
    AuditChainHead head;
    head.seq = m.value(QStringLiteral("audit_seq")).toString().toLongLong();
    head.hash = QByteArray::fromHex(m.value(QStringLiteral("audit_hash")).toString().toLatin1());
    return head;
}

Result<void> restoreImpl(const QString &backupPath, const QString &targetDbPath, const KeyFor &keyFor)
{
    const QString backup = QFileInfo(backupPath).absoluteFilePath();
    const QString target = QFileInfo(targetDbPath).absoluteFilePath();
    if (backup == target)
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("A backup cannot be restored onto itself. Choose another target."));
    if (!QFileInfo::exists(backup))
        return makeError(ErrorCode::FileNotFound,
                         Tr::tr("The backup %1 does not exist. Check the path.").arg(native(backup)));
    if (!QFileInfo(QFileInfo(target).absolutePath()).isDir())
        return makeError(ErrorCode::Io,
                         Tr::tr("The folder of %1 does not exist. Create it first.").arg(native(target)));

    // The current company must not be in use while it is replaced.
    QLockFile targetLock(target + QStringLiteral(".lock"));
    targetLock.setStaleLockTime(0);
    if (!targetLock.tryLock(0))
        return makeError(
            ErrorCode::Locked,
            Tr::tr("%1 is open in Stockbook. Close it everywhere, then restore.").arg(native(target)));

    // Unpacked and verified beside the target first.
    const QString tmp = target + QStringLiteral(".restoring-") + uniqueSuffix();
    auto fail = [&](Error e) -> Result<void> {
        removeDatabaseFiles(tmp);
        QFile::remove(tmp + QStringLiteral(".keys"));
        return e;
    };
    auto unpacked = BackupFile::read(backup, tmp);
    if (!unpacked.ok()) {
        const Error &e = unpacked.error();
        return fail(e.code == ErrorCode::Damaged ? damagedBackup(backup, e.message, e.detail) : e);
    }
    const AuditChainHead backupHead = manifestHead(unpacked->manifest);
    auto vault = KeyVault::fromBytes(unpacked->vault, backup);
    if (!vault.ok())
        return fail(damagedBackup(backup, vault.error().message, vault.error().detail));
    auto derived = keyFor(vault.value());
    if (!derived.ok())
        return fail(derived.error());
    RestoreKey key = std::move(derived).value();

    // Checked in a scope of its own: the copy is closed before it is removed or moved.
    auto verified = [&]() -> Result<AuditChainHead> {
        auto opened = storage::Database::open(tmp, key.dek);
        if (!opened.ok()) {
            if (opened.error().code == ErrorCode::WrongKey)
                return makeError(
                    ErrorCode::WrongKey,
                    Tr::tr("The password or recovery key does not open the backup %1. Use the "
                           "password you had when the backup was made, or the recovery key of that "
                           "time; the current company file was not changed.")
                        .arg(native(backup)));
            return damagedBackup(backup, opened.error().message, opened.error().detail);
        }
        storage::Database &db = *opened.value();
        if (auto whole = db.checkIntegrity(); !whole.ok())
            return damagedBackup(backup, whole.error().message, whole.error().detail);
        auto chain = AuditLog::verify(db, backupHead);
        if (!chain.ok())
            return chain.error();
        if (!chain->ok)
            return damagedBackup(
                backup, Tr::tr("its audit log does not match its manifest (%1).").arg(chain->problem));

        AccountStore store(db);
        QString actor = QStringLiteral("recovery key");
        if (key.userId) {
            auto user = store.user(*key.userId);
            if (!user.ok())
                return user.error();
            if (user->keyslotHash != key.slotHash)
                return makeError(
                    ErrorCode::SlotMismatch,
                    Tr::tr("The key of %1 in the backup's key file does not match the backup. Use "
                           "the recovery key instead.")
                        .arg(user->username));
            auto session = store.sessionFor(user->id, systemClock());
            if (!session.ok())
                return session.error();
            if (!user->active || !session->require(Permission::BackupRestore).ok())
                return makeError(
                    ErrorCode::PermissionDenied,
                    Tr::tr("%1 may not restore backups. Sign in with an administrator's password "
                           "from the time of the backup, or use the recovery key.")
                        .arg(user->username));
            actor = user->username;
        }
        storage::Transaction tx(db);
        if (auto begun = tx.begin(); !begun.ok())
            return begun.error();
        if (auto logged = AuditLog::append(
                db,
                AuditRecord{
                    key.userId, actor, QStringLiteral("backup.restore"), QStringLiteral("database"),
                    QFileInfo(backup).fileName(),
                    json(QJsonObject{{QStringLiteral("audit_seq"), QString::number(backupHead.seq)},
                                     {QStringLiteral("replaced_existing"), QFileInfo::exists(target)}}),
                    nowUtc()});
            !logged.ok())
            return logged.error();
        if (auto committed = tx.commit(); !committed.ok())
            return committed.error();
        if (auto flushed = checkpoint(db.nativeHandle()); !flushed.ok())
            return flushed.error();
        return AuditLog::head(db);
    }();
    if (!verified.ok())
        return fail(verified.error());
    const AuditChainHead restoredHead = verified.value();
    QFile::remove(tmp + QStringLiteral("-wal"));
    QFile::remove(tmp + QStringLiteral("-shm"));

    if (auto w = writeFileOwnerOnly(tmp + QStringLiteral(".keys"), unpacked->vault); !w.ok())
        return fail(w.error());

    // Verified: keep the current company aside, then move the copy in.
    if (QFileInfo::exists(target)) {
        const QString aside = freeName(target + QStringLiteral(".before-restore"));
        if (!QFile::rename(target, aside))
            return fail(makeError(ErrorCode::Io,
                                  Tr::tr("%1 could not be renamed to %2; nothing was restored.")
                                      .arg(native(target), native(aside))));
        QFile::rename(target + QStringLiteral("-wal"), aside + QStringLiteral("-wal"));
        QFile::remove(target + QStringLiteral("-shm"));
        QFile::rename(KeyVault::pathFor(target), KeyVault::pathFor(aside));
        QFile::rename(LoginState::pathFor(target), LoginState::pathFor(aside));
    } else {
        QFile::remove(KeyVault::pathFor(target));
        QFile::remove(LoginState::pathFor(target));
    }
    if (!QFile::rename(tmp, target))
        return fail(makeError(
            ErrorCode::Io,
            Tr::tr("The verified copy %1 could not be renamed to %2. Rename it by hand; the previous "
                   "company file was kept as %2.before-restore.")
                .arg(native(tmp), native(target))));
    QFile::rename(tmp + QStringLiteral(".keys"), KeyVault::pathFor(target));
    LoginState state;
    state.setAnchor(restoredHead);
    (void)state.save(LoginState::pathFor(target));
    return {};
}

} // namespace

Result<void> MaintenanceService::restoreWithPassword(const QString &backupPath, const QString &targetDbPath,
                                                     const QString &username, const SecretBytes &password)
{
    return restoreImpl(backupPath, targetDbPath, [&](const KeyVault &vault) -> Result<RestoreKey> {
        auto unlocked = vault.unwrap(CompanyService::slotName(username), password);
        if (!unlocked.ok())
            return unlocked.error();
        return RestoreKey{std::move(unlocked->dek), unlocked->userId, username, unlocked->slotHash};
    });
}

Result<void> MaintenanceService::restoreWithRecoveryKey(const QString &backupPath,
                                                        const QString &targetDbPath,
                                                        const SecretBytes &recoveryKey)
{
    QString text = QString::fromLatin1(reinterpret_cast<const char *>(recoveryKey.data()),
                                       static_cast<qsizetype>(recoveryKey.size()));
    auto decoded = security::RecoveryKey::decode(text);
    text.fill(QChar(u'\0'));
    if (!decoded.ok())
        return decoded.error();
    SecretBytes dek = std::move(decoded).value();
    return restoreImpl(backupPath, targetDbPath, [&](const KeyVault &) -> Result<RestoreKey> {
        return RestoreKey{SecretBytes::copyOf(dek.bytes()), std::nullopt, QString(), QByteArray()};
    });
}

} // namespace stockbook
