// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Clock.h"
#include "Result.h"
#include "security/keys/SecretBytes.h"
#include "services/accounts/CompanyService.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace stockbook {

class CompanySession;

struct MigratedToServer {
    QString database;
    qint64 rows = 0;                  // rows copied
    QStringList usersWithoutPassword; // logins an administrator gives a new password
};

struct MigratedToFile {
    NewCompany company;               // the new file, signed in as the administrator
    qint64 rows = 0;                  // rows copied
    QStringList usersWithoutPassword; // users with no key slot yet: an administrator resets each
};

// Moves a company between the encrypted file and a PostgreSQL server, either
// way: every row of every table copied as it is (ids, numbers, the audit
// chain and its hashes), the source left as it was. Only the keys differ:
// the administrator who moves the company keeps their password in the new
// place; every other user gets a new password from an administrator there
// (stockbook-cli user reset-password), since neither place can turn the
// other's password records into its own.
class MigrationService {
public:
    // source (an administrator's session, file or server; permissions
    // BackupRun and UserManage) onto a new database dbName made from a
    // superuser's connection to the server (ServerSetup::importCompany).
    // adminPassword is the signed-in administrator's; it becomes their
    // server login's. A "company.migrate" audit row ends the copied chain.
    static Result<MigratedToServer> toServer(CompanySession &source, const SecretBytes &adminPassword,
                                             QSqlDatabase &superuserOnPostgresDb, const QString &dbName);

    // source onto a new company file at path (with its key file and a new
    // recovery key): the administrator's key slot with adminPassword, the
    // rows copied, a "company.migrate" audit row and a checkpoint that vouches
    // for the copied history. Nothing is left at path when it fails.
    static Result<MigratedToFile> toFile(CompanySession &source, const SecretBytes &adminPassword,
                                         const QString &path, const Clock &clock = systemClock());

    // A backup of a company on a server, in the file format every backup
    // has (BackupService): the company copied by toFile() into a private
    // folder beside outPath, backed up and checked from there, the copy
    // removed. It opens with adminPassword (the signed-in administrator's)
    // only, and restores onto a file or, with restoreToServer(), onto a
    // server. Audited as backup.create on the server. Returns the backup's
    // absolute path.
    static Result<QString> backupServer(CompanySession &server, const SecretBytes &adminPassword,
                                        const QString &outPath);

    // A backup (of a file or a server company) restored onto a new database
    // dbName on a server: checked and unpacked by RestoreService into a
    // private folder, signed in to as adminUser, then moved with toServer().
    static Result<MigratedToServer> restoreToServer(const QString &backupPath, const QString &adminUser,
                                                    const SecretBytes &adminPassword,
                                                    QSqlDatabase &superuserOnPostgresDb,
                                                    const QString &dbName);
};

} // namespace stockbook
