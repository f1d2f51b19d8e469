// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"
#include "security/keys/SecretBytes.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>
#include <vector>

namespace stockbook::storage::server {

// What a new company on a PostgreSQL server is made of.
struct ServerCompany {
    QString database;      // DBNAME
    QString ownerRole;     // DBNAME_owner (NOLOGIN, CREATEROLE, owns the database and its objects)
    QString adminLogin;    // the administrator's login role (= users.username)
    int schemaVersion = 0; // after the migrations
};

// The core of `stockbook-cli server init`: a company on a PostgreSQL server,
// made from a superuser's connection. See schema/postgres/security.sql for
// what the server then enforces.
class ServerSetup {
public:
    // DBNAME: [a-z][a-z0-9_]{0,39}; a login (Stockbook user) name: [a-z][a-z0-9_.-]{0,62}.
    static bool validDatabaseName(const QString &name);
    static bool validLoginName(const QString &name);
    // validDatabaseName, or InvalidArgument saying what a name may hold.
    static Result<void> checkDatabaseName(const QString &name);

    // The role names of a company (name must be valid).
    static QString ownerRole(const QString &dbName) { return dbName + QStringLiteral("_owner"); }
    static QString groupRole(const QString &dbName, const QString &group) // clerk, manager, admin
    {
        return dbName + QLatin1Char('_') + group;
    }

    // The group of a Stockbook role: admin, manager, or clerk for every other role.
    static QString groupOfRole(const QString &roleName);
    // security.sql with the (valid) database name in place of {{db}}.
    static Result<QString> securitySql(const QString &dbName);

    // Creates the owner role and the three groups, the database (owned by the
    // owner, collation "C"), applies the migrations and security.sql on it
    // (over a connection with the same server, credentials and options as
    // superuserOnPostgresDb), stores the company name and adds the
    // administrator: a users row with the admin role and a login role in
    // DBNAME_admin whose password is given to the server as its SCRAM
    // verifier. Refuses when the database or any of the roles exists already.
    // On a failure midway it drops what it made, so a second try works.
    static Result<ServerCompany> initCompany(QSqlDatabase &superuserOnPostgresDb, const QString &dbName,
                                             const QString &companyName, const QString &adminUser,
                                             const SecretBytes &adminPassword);

    // What fills a new company's database, inside the set-up's transaction.
    using Fill = std::function<Result<void>(QSqlDatabase &company)>;

    // A company moved onto the server (MigrationService): as initCompany,
    // but its rows come from fill, which runs with the rules' triggers off
    // (session_replication_role = replica) and must leave a users row for
    // adminUser with the admin role. Every user then gets a login in their
    // role's group: adminUser with adminPassword, every other user with a
    // password nobody knows (listed in *withoutPassword, for an
    // administrator to give each a new one); a deactivated user's login is
    // disabled. Refuses user names a login cannot have.
    static Result<ServerCompany> importCompany(QSqlDatabase &superuserOnPostgresDb, const QString &dbName,
                                               const QString &adminUser, const SecretBytes &adminPassword,
                                               const Fill &fill, QStringList *withoutPassword = nullptr);

    // Drops the company dbName from the server: its database, its logins and
    // its roles (what a failed set-up leaves is dropped the same way).
    static void removeCompany(QSqlDatabase &superuserOnPostgresDb, const QString &dbName);

    // Gives logins of the company dbName the passwords given (login name,
    // password), each as its SCRAM verifier through the company's own
    // stockbook_set_login_password, over a superuser's connection to dbName
    // made like superuserOnPostgresDb. All or none: one transaction.
    using LoginPasswords = std::vector<std::pair<QString, std::reference_wrapper<const SecretBytes>>>;
    static Result<void> setLoginPasswords(QSqlDatabase &superuserOnPostgresDb, const QString &dbName,
                                          const LoginPasswords &passwords);

private:
    static Result<QString> checkedVerifier(const QString &adminUser, const SecretBytes &adminPassword,
                                           const QString &companyName);
    static Result<ServerCompany> setUp(QSqlDatabase &super, const QString &dbName, const QString &adminUser,
                                       const Fill &populate);
};

} // namespace stockbook::storage::server
