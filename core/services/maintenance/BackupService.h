// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"
#include "security/keys/SecretBytes.h"

#include <QString>

namespace stockbook {

class CompanySession;

// Backups: one file (services/maintenance/BackupFile.h) holding a manifest
// (creation time, schema version, the audit chain head of the copy,
// sizes and SHA-256 of the parts), the key vault (so an admin's password from
// backup time opens it), the database exported with sqlcipher_export and still
// encrypted with the company key, and a final SHA-256 over all of it.
class BackupService {
public:
    explicit BackupService(CompanySession &company) : m_company(company) { }

    // Permission BackupRun. It writes to the file (the export, its audit
    // entry), so on a worker thread it runs on a Shared connection.
    // Exports the database beside outPath, writes the
    // backup file atomically (owner-only), then reads it back: checksums,
    // the key file, the database unpacked, opened with the key, integrity
    // and audit chain checked. A backup that fails the check is removed.
    // FileExists if outPath is there already: nothing is overwritten.
    // Returns the absolute path of the backup.
    Result<QString> backup(const QString &outPath);

private:
    CompanySession &m_company;
};

} // namespace stockbook
