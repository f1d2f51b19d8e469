// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "services/maintenance/RestoreService.h"

#include "Tr.h"
#include "security/LoginState.h"
#include "security/keys/Crypto.h"
#include "security/keys/KeyVault.h"
#include "security/keys/RecoveryKey.h"
#include "services/accounts/AccountStore.h"
#include "services/accounts/AuditLog.h"
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

Result<void> RestoreService::restoreWithPassword(const QString &backupPath, const QString &targetDbPath,
                                                 const QString &username, const SecretBytes &password)
{
    return restoreImpl(backupPath, targetDbPath, [&](const KeyVault &vault) -> Result<RestoreKey> {
        auto unlocked = vault.unwrap(CompanyService::slotName(username), password);
        if (!unlocked.ok())
            return unlocked.error();
        return RestoreKey{std::move(unlocked->dek), unlocked->userId, username, unlocked->slotHash};
    });
}

Result<void> RestoreService::restoreWithRecoveryKey(const QString &backupPath, const QString &targetDbPath,
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
