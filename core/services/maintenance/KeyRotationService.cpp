// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "services/maintenance/KeyRotationService.h"

#include "Tr.h"
#include "security/LoginState.h"
#include "security/keys/Crypto.h"
#include "security/keys/KeyVault.h"
#include "security/keys/RecoveryKey.h"
#include "services/accounts/AccountStore.h"
#include "services/accounts/AuditLog.h"
#include "services/accounts/Checkpoints.h"
#include "services/accounts/CompanyService.h"
#include "services/maintenance/BackupFile.h"
#include "services/maintenance/MaintenanceSupport.h"
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

namespace stockbook {

using namespace maintenance;
using security::KeyVault;
using security::LoginState;

Result<void> KeyRotationService::rekeyCompany(CompanySession &company, SecretBytes newDek,
                                              const KeyVault &vault)
{
    const QString path = company.path();
    // The file is reopened the way it is open now: ReadWrite with its lock,
    // or Shared on a worker thread while the owner's connection keeps it.
    const storage::Database::Mode mode = company.database().mode();
    const QString vaultPath = KeyVault::pathFor(path);
    // The vault for the new key, written beside the old one before the file is
    // rekeyed: if the program dies between the two, it still holds the way in.
    const QString pendingVault = vaultPath + QStringLiteral(".rotating");
    if (auto saved = vault.save(pendingVault); !saved.ok())
        return saved.error();

    sqlite3 *handle = company.database().nativeHandle();
    if (!handle) {
        QFile::remove(pendingVault);
        return makeError(ErrorCode::NotOpen, Tr::tr("The company is not open. Sign in again."));
    }
    if (auto flushed = checkpoint(handle); !flushed.ok()) {
        QFile::remove(pendingVault);
        return flushed.error();
    }
    SecretBytes oldDek = SecretBytes::copyOf(company.databaseKey().bytes());
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
    company.replaceDatabase(nullptr, SecretBytes::copyOf(oldDek.bytes()));
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
            company.replaceDatabase(std::move(old).value(), std::move(oldDek));
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

    if (std::rename(QFile::encodeName(pendingVault).constData(), QFile::encodeName(vaultPath).constData())
        != 0) {
        qCWarning(lcMaintenance) << "the rotated key file could not be moved into place";
        company.replaceDatabase(std::move(db), std::move(newDek));
        return makeError(
            ErrorCode::Io,
            Tr::tr("The company key was changed, but the key file could not be replaced. Rename %1 to "
                   "%2 before signing out, or nobody can sign in; then rotate the key again to get a "
                   "recovery key.")
                .arg(native(pendingVault), native(vaultPath)));
    }
    company.replaceDatabase(std::move(db), std::move(newDek));
    return {};
}

Result<SecretBytes> KeyRotationService::rotateKey(const SecretBytes &currentPassword)
{
    if (auto ok = maintenance::authorize(m_company, Permission::KeyRotate, QStringLiteral("key.rotate"));
        !ok.ok())
        return ok.error();
    if (!m_company.isOpen())
        return makeError(ErrorCode::NotOpen, Tr::tr("The company is not open. Sign in again."));
    if (m_company.isServer())
        return makeError(
            ErrorCode::InvalidState,
            Tr::tr("A company on a server has no company key to change: the server keeps its data "
                   "and checks the passwords."));

    auto vault = KeyVault::load(KeyVault::pathFor(m_company.path()));
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

    SecretBytes newDek = SecretBytes::random(KeyVault::DekSize);
    if (newDek.size() != static_cast<std::size_t>(KeyVault::DekSize))
        return makeError(ErrorCode::CryptoFailure,
                         Tr::tr("No random numbers are available for a new key. Try again."));
    KeyVault rotated = vault.value();
    Result<SecretBytes> recoveryText = SecretBytes();
    if (rotated.isLegacy()) {
        // An earlier key file (upgraded at an administrator's sign-in): its
        // recovery key is the company key itself.
        if (auto replaced = rotated.replaceDatabaseKey(proven->dek, newDek); !replaced.ok())
            return replaced.error();
        recoveryText = security::RecoveryKey::encodeAscii(newDek);
    } else {
        // Every user and the recovery key get the new key sealed to them; a
        // new recovery secret replaces the old one.
        SecretBytes recovery;
        if (auto resealed = rotated.resealFor(newDek, proven->adminSeed, &recovery); !resealed.ok())
            return resealed.error();
        recoveryText = security::RecoveryKey::encodeAscii(recovery);
    }
    if (!recoveryText.ok())
        return recoveryText.error();
    if (auto rekeyed = rekeyCompany(m_company, std::move(newDek), rotated); !rekeyed.ok())
        return rekeyed.error();

    storage::Database &db = m_company.database();
    storage::Transaction tx(db);
    if (tx.begin().ok()) {
        int withdrawn = 0;
        for (const qint64 id : rotated.userIds())
            withdrawn += rotated.isWithdrawn(id) ? 1 : 0;
        const bool logged =
            AuditLog::append(db,
                             AuditRecord{m_company.session().userId(), m_company.session().username(),
                                         QStringLiteral("key.rotate"), QStringLiteral("database"), QString(),
                                         json(QJsonObject{{QStringLiteral("slots"), rotated.slotCount()},
                                                          {QStringLiteral("withdrawn"), withdrawn}}),
                                         m_company.session().now()})
                .ok();
        if (!logged || !tx.commit().ok())
            qCWarning(lcMaintenance) << "the key rotation could not be written to the audit log";
    }
    (void)Checkpoints::attest(m_company);
    return std::move(recoveryText).value();
}

Result<void> KeyRotationService::adoptDatabaseKey(const SecretBytes &key)
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

} // namespace stockbook
