// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"
#include "security/Session.h"
#include "security/keys/KeyVault.h"
#include "security/keys/SecretBytes.h"
#include "services/CompanySession.h"
#include "storage/Database.h"

#include <QString>

#include <memory>

namespace stockbook {

struct NewCompany {
    std::unique_ptr<CompanySession> company;
    SecretBytes recoveryKey; // ASCII, shown once for the owner to print and keep
};

// Creating a company, signing in and recovering access. Login is
// unwrap-then-open: without a valid password (or the recovery key) the
// database cannot even be read.
class CompanyService {
public:
    // A new database, its key vault with the first admin's slot, and the
    // recovery key. Nothing is left behind when it fails.
    static Result<NewCompany> create(const QString &path, const QString &companyName,
                                     const QString &adminName, const SecretBytes &adminPassword,
                                     const Clock &clock = systemClock());

    // WrongPassword (same message for an unknown name, and for any password
    // of a locked account), Throttled (wait), AccountDeactivated (only after
    // the password is proven),
    // VaultMissing, VaultDamaged, SlotMismatch, or a storage error.
    static Result<std::unique_ptr<CompanySession>> signIn(const QString &path, const QString &username,
                                                          const SecretBytes &password,
                                                          const Clock &clock = systemClock());

    // A company on a PostgreSQL server: location is a postgresql:// URL
    // (storage::Location). signIn() and authenticate() come here for one.
    static bool isServerLocation(const QString &location);
    static Result<std::unique_ptr<CompanySession>> signInServer(const QString &url, const QString &username,
                                                                const SecretBytes &password,
                                                                const Clock &clock = systemClock());
    static Result<Session> authenticateServer(CompanySession &company, const QString &username,
                                              const SecretBytes &password,
                                              const Clock &clock = systemClock());

    // Opens with the recovery key, even when the vault is lost or damaged, and
    // sets a new password for an active admin (unlocking the account).
    static Result<std::unique_ptr<CompanySession>>
    recover(const QString &path, const SecretBytes &recoveryKey, const QString &adminName,
            const SecretBytes &newPassword, const Clock &clock = systemClock());

    // Proves a user's password against the open company's key vault without
    // closing the database (the lock screen: the same user again, or a shift
    // change). The same rules as signIn: throttling and lockout counted per
    // name, login.failed / login.success audited (now straight into the open
    // log), deactivated and locked accounts refused after the password is
    // proven. Returns the user's new Session; the caller installs it with
    // CompanySession::setSession.
    static Result<Session> authenticate(CompanySession &company, const QString &username,
                                        const SecretBytes &password, const Clock &clock = systemClock());

    // The first-run choices an admin makes after create(): the currency (three
    // capital letters, ISO 4217) and the rate of the default tax rate in basis
    // points (0 to 10000). Permission settings.edit; audited as company.setup.
    static Result<void> setUpProfile(CompanySession &company, const QString &currency, int defaultTaxRateBp);

    // Whether a name can be a user name (1 to 64 letters, digits and . _ - @,
    // starting with a letter or digit), with a message saying what is wrong.
    // No session: the first-run wizard checks the first administrator's name as
    // it is typed, before the company exists.
    static Result<void> validateUsername(const QString &username);

    // The name under which a user's key slot is stored: trimmed and case-folded,
    // matching the case-insensitive user names of the database.
    static QString slotName(const QString &username);
    // Removes a company file and what lies beside it (its write-ahead log,
    // key file and state file): what a failed create leaves behind.
    static void removeCompanyFiles(const QString &path);

    // Puts what a key vault unwrap gave into the session: the user's signing
    // key, for an administrator the administrators' key, the administrators'
    // public key the user's slot pins, and every user's public key whose
    // certificate verifies against that pin. Nothing for an older key file.
    static void useVaultKeys(CompanySession &company, const security::KeyVault &vault,
                             const security::UnlockedKey &key);

private:
    // At sign-in, inside its transaction: a slot still wrapped the way an
    // upgrade left it, or with a weaker KDF than today's, is wrapped again
    // under the password just proven, and the users row records its new hash.
    static Result<void> rewrapIfNeeded(storage::Database &db, security::KeyVault &vault,
                                       const security::UnlockedKey &key, const QString &slotName,
                                       const SecretBytes &password, const QString &vaultPath,
                                       const QDateTime &now);
    // At an administrator's sign-in with a key file of an earlier format: the
    // format 3 key file (KeyVault::migrated), a new company key, and a new
    // recovery key left in the session for the administrator to be shown.
    static Result<void> upgradeKeyFile(CompanySession &company, const security::KeyVault &legacy,
                                       const security::UnlockedKey &admin, const QString &slotName,
                                       const SecretBytes &password);
};

} // namespace stockbook
