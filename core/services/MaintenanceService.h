// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"
#include "security/Permission.h"
#include "security/SecretBytes.h"

#include <QString>

namespace stockbook {

class CompanySession;

// Key rotation, backup and restore: the admin's maintenance work.
//
// Backup files: "<out>" (the database, keyed with the company key, exported
// with sqlcipher_export), "<out>.keys" (a copy of the key vault, so an admin's
// password from backup time opens it) and "<out>.manifest.json" (schema
// version, creation time, the audit chain head of the copy and SHA-256 of the
// two files). A restore checks all of it before anything is replaced.
class MaintenanceService {
public:
    explicit MaintenanceService(CompanySession &company) : m_company(company) { }

    // Permission KeyRotate; the caller's password is asked for again and
    // proven against their key slot. A new random company key is applied with
    // sqlite3_rekey_v2, the file reopened and integrity-checked with it, and
    // only then the key vault switched over: every user keeps their password,
    // the old recovery key no longer opens the file. Returns the new recovery
    // key (ASCII, shown once). The session holds the reopened database.
    Result<SecretBytes> rotateKey(const SecretBytes &currentPassword);

    // Permission BackupRun. Writes outPath, outPath.keys and
    // outPath.manifest.json under temporary names, verifies the copy (opened
    // read-only, integrity check) and renames them into place. FileExists if
    // any of the three is there already: nothing is overwritten. Returns the
    // absolute path of the backup.
    Result<QString> backup(const QString &outPath);

    // Restores backupPath onto targetDbPath with the password of a user who
    // could restore at backup time (permission BackupRestore in the backup).
    // The backup is checked (manifest checksum, key, integrity, audit chain)
    // in a copy beside the target before the target is touched; an existing
    // target is kept as "<target>.before-restore" (with its key and state
    // files). Audited as backup.restore in the restored database.
    static Result<void> restoreWithPassword(const QString &backupPath, const QString &targetDbPath,
                                            const QString &username, const SecretBytes &password);
    // The same with the company's recovery key (as typed, ASCII).
    static Result<void> restoreWithRecoveryKey(const QString &backupPath, const QString &targetDbPath,
                                               const SecretBytes &recoveryKey);

    static QString manifestPathFor(const QString &backupPath);

private:
    Result<void> authorize(Permission permission, const QString &action);

    CompanySession &m_company;
};

} // namespace stockbook
