// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "services/maintenance/MaintenanceSupport.h"

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

namespace stockbook::maintenance {

using security::KeyVault;
using security::LoginState;

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

Error damagedBackup(const QString &backupPath, const QString &why, const QString &detail)
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

Result<void> authorize(CompanySession &company, Permission permission, const QString &action)
{
    Session &session = company.session();
    auto allowed = session.require(permission);
    if (allowed.ok()) {
        session.touch();
        return {};
    }
    if (allowed.error().code == ErrorCode::PermissionDenied && company.isOpen()) {
        storage::Transaction tx(company.database());
        if (tx.begin().ok()) {
            (void)AuditLog::append(
                company.database(),
                AuditRecord{session.userId(), session.username(), QStringLiteral("permission.denied"),
                            QStringLiteral("maintenance"), QString(),
                            json(QJsonObject{{QStringLiteral("action"), action}}), session.now()});
            (void)tx.commit();
        }
    }
    return allowed;
}

} // namespace stockbook::maintenance
