// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "services/maintenance/BackupService.h"

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
#include "services/settings/SettingsService.h"
#include "storage/Database.h"
#include "storage/SafeFile.h"
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

Result<QString> BackupService::backup(const QString &outPath)
{
    if (auto ok = maintenance::authorize(m_company, Permission::BackupRun, QStringLiteral("backup.create"));
        !ok.ok())
        return ok.error();
    if (!m_company.isOpen())
        return makeError(ErrorCode::NotOpen, Tr::tr("The company is not open. Sign in again."));
    if (m_company.isServer())
        return makeError(ErrorCode::InvalidState,
                         Tr::tr("A company on a server is backed up with its administrator's password: "
                                "stockbook-cli backup --db URL --user ADMIN."));

    const QString out = QFileInfo(outPath).absoluteFilePath();
    // A symbolic link is refused even when it dangles (exists() follows it).
    if (auto allowed = storage::checkOutputPath(out, storage::Replace::Yes); !allowed.ok())
        return allowed.error();
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
    // The manifest is readable without a key: it names neither the company
    // nor the backup's file (which may carry the company's name). The name
    // is read from the database once a restore has opened it.
    const QJsonObject manifest{
        {QStringLiteral("created_at"), m_company.now().toString(Qt::ISODate)},
        {QStringLiteral("schema_version"), schema},
        {QStringLiteral("audit_seq"), QString::number(head.seq)},
        {QStringLiteral("audit_hash"), QString::fromLatin1(head.hash.toHex())},
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
    (void)Checkpoints::attest(m_company);
    return out;
}

} // namespace stockbook
