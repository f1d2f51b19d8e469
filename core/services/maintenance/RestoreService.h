// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"
#include "security/keys/SecretBytes.h"

#include <QString>

namespace stockbook {

class CompanySession;

// Restores: a backup is checked whole (checksums, key, integrity, audit
// chain) before anything is replaced. No company needs to be open.
class RestoreService {
public:
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
};

} // namespace stockbook
