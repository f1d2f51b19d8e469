// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"
#include "domain/Audit.h"
#include "security/Permission.h"
#include "security/keys/SecretBytes.h"

#include <QString>

#include <optional>

namespace stockbook {

class CompanySession;

// Key rotation, backup and restore: the admin's maintenance work.
//
// A backup is one file (services/BackupFile.h): a manifest (creation time,
// company, schema version, the audit chain head of the copy, sizes and
// SHA-256 of the parts), the key vault (so an admin's password from backup
// time opens it), the database exported with sqlcipher_export and still
// encrypted with the company key, and a final SHA-256 over all of it. A
// restore checks all of it before anything is replaced.
class MaintenanceService {
public:
    explicit MaintenanceService(CompanySession &company) : m_company(company) { }

    // Permission KeyRotate; the caller's password is asked for again and
    // proven against their key slot. A new random company key is applied with
    // sqlite3_rekey_v2, the file reopened and integrity-checked with it, and
    // only then the key vault switched over: every user keeps their password,
    // the old recovery key no longer opens the file. Returns the new recovery
    // key (ASCII, shown once). The session holds the reopened database.
    //
    // On a worker thread it runs on a CompanySession of that thread whose
    // database was opened with Database::Mode::Shared (the company's own
    // connection stays open and idle on its thread meanwhile); the file is
    // reopened in that mode. The owner then calls adoptDatabaseKey() with the
    // worker session's key, the new one or, after a failure, the old one.
    Result<SecretBytes> rotateKey(const SecretBytes &currentPassword);

    // After a key rotation done on another connection: reopens the company's
    // connection with key (keeping its lock) and keeps the key in the
    // session; cheap, for the GUI thread (the rotation checked the file). When key does not open it, the
    // connection is reopened with the session's key and the error returned.
    Result<void> adoptDatabaseKey(const SecretBytes &key);

    // Permission BackupRun. It writes to the file (the export, its audit
    // entry), so on a worker thread it runs on a Shared connection.
    // Exports the database beside outPath, writes the
    // backup file atomically (owner-only), then reads it back: checksums,
    // the key file, the database unpacked, opened with the key, integrity
    // and audit chain checked. A backup that fails the check is removed.
    // FileExists if outPath is there already: nothing is overwritten.
    // Returns the absolute path of the backup.
    Result<QString> backup(const QString &outPath);

    // Restores backupPath onto targetDbPath with the password of a user who
    // could restore at backup time (permission BackupRestore in the backup).
    // The backup is checked (checksums, key, integrity, audit chain) in a
    // copy unpacked beside the target before the target is touched; an existing
    // target is kept as "<target>.before-restore" (with its key and state
    // files). Audited as backup.restore in the restored database.
    static Result<void> restoreWithPassword(const QString &backupPath, const QString &targetDbPath,
                                            const QString &username, const SecretBytes &password);
    // The same with the company's recovery key (as typed, ASCII).
    static Result<void> restoreWithRecoveryKey(const QString &backupPath, const QString &targetDbPath,
                                               const SecretBytes &recoveryKey);

    // Permission AuditView. Walks the whole audit chain and, with an anchor
    // (the head kept outside the database, as the sign-in state file keeps
    // it), checks that the chain still reaches the anchored row with its
    // hash: the audit part of stockbook-cli verify.
    Result<AuditVerification> verifyAuditChain(const std::optional<AuditChainHead> &anchor = {});

private:
    Result<void> authorize(Permission permission, const QString &action);

    CompanySession &m_company;
};

} // namespace stockbook
