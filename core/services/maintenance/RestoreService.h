// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"
#include "security/keys/SecretBytes.h"

#include <QString>

#include <optional>

namespace stockbook {

class CompanySession;

// Restores: a backup is checked whole (checksums, key, integrity, audit
// chain) before anything is replaced. No company needs to be open.
//
// Replacing a company file that exists needs control of that company: the
// sign-in of one of its active administrators (proven against its key file
// and its users) or its recovery key. A backup of another company (told by
// the key file's vault id) is refused by name unless replaceOtherCompany is
// set. Wrong passwords count like failed sign-ins (throttle, lockout, audit)
// in the target's state file, or, for a new target, in "<backup>.state".
class RestoreService {
public:
    // Who opens a file: a user name and password, or (recoveryKey) the
    // company's recovery key as typed, ASCII, in secret (username unused).
    struct Credentials {
        QString username;
        SecretBytes secret;
        bool recoveryKey = false;
    };

    struct Request {
        QString backupPath;
        QString targetDbPath;
        // Opens the backup: a user who could restore at backup time
        // (permission BackupRestore in the backup), or its recovery key.
        Credentials backup;
        // Proves control of an existing target. Empty: the backup's
        // credentials are tried on the target as it is now (one prompt when
        // the same administrator's password opens both).
        std::optional<Credentials> target;
        bool replaceOtherCompany = false;
    };

    struct Outcome {
        QString company; // the restored company's name (read from its database)
        bool replacedExisting = false;
        QString keptAs; // where the replaced company was kept, if any
    };

    // Restores request.backupPath onto request.targetDbPath. The backup is
    // checked (checksums, key, integrity, audit chain) in a copy unpacked
    // beside the target before the target is touched; an existing target is
    // kept as "<target>.before-restore" (with its key and state files).
    // Audited as backup.restore in the restored database.
    //
    // Refusals that concern the target carry Error::field "target" (its
    // credentials are missing, wrong or not an administrator's) or
    // "other_company" (a backup of another company without
    // replaceOtherCompany; the message names both companies).
    static Result<Outcome> restore(const Request &request);

    // restore() with one set of credentials for both files.
    static Result<void> restoreWithPassword(const QString &backupPath, const QString &targetDbPath,
                                            const QString &username, const SecretBytes &password);
    // The same with the company's recovery key (as typed, ASCII).
    static Result<void> restoreWithRecoveryKey(const QString &backupPath, const QString &targetDbPath,
                                               const SecretBytes &recoveryKey);

    static inline const QString FieldTarget = QStringLiteral("target");
    static inline const QString FieldOtherCompany = QStringLiteral("other_company");
};

} // namespace stockbook
