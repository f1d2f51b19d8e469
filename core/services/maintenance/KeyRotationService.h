// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"
#include "security/keys/SecretBytes.h"

#include <QString>

namespace stockbook {

class CompanySession;
namespace security {
class KeyVault;
}

// Key rotation: a new company key, every user keeping their password.
class KeyRotationService {
public:
    explicit KeyRotationService(CompanySession &company) : m_company(company) { }

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
    // session; cheap, for the GUI thread (the rotation checked the file). When
    // key does not open it, the connection is reopened with the session's key
    // and the error returned.
    Result<void> adoptDatabaseKey(const SecretBytes &key);

    // Re-encrypts the open company file with newDek and puts vault (already
    // sealed for newDek) in place of the key file, in the order that keeps a
    // way in if the program dies half way; on success the session holds the
    // reopened database and newDek. No permission check: for the services that
    // checked theirs (rotation, removing a user, the key file's upgrade).
    static Result<void> rekeyCompany(CompanySession &company, SecretBytes newDek,
                                     const security::KeyVault &vault);

private:
    CompanySession &m_company;
};

} // namespace stockbook
