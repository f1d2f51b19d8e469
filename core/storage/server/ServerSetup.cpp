// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "storage/server/ServerSetup.h"

#include "Clock.h"
#include "Tr.h"
#include "security/PasswordPolicy.h"
#include "services/accounts/AuditLog.h"
#include "storage/Migrator.h"
#include "storage/server/Scram.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace stockbook::storage::server {

namespace {

const QStringList Groups{QStringLiteral("clerk"), QStringLiteral("manager"), QStringLiteral("admin")};

QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + identifier + QLatin1Char('"');
}

Error sqlError(const QString &what, const QSqlError &error)
{
    return makeError(ErrorCode::Sql, Tr::tr("%1 failed on the server: %2").arg(what, error.databaseText()),
                     {}, error.text());
}

// One statement with values bound; the error names the step.
Result<QSqlQuery> run(QSqlDatabase &db, const QString &what, const QString &sql,
                      const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    bool ok = false;
    if (values.isEmpty()) {
        ok = q.exec(sql);
    } else {
        ok = q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        ok = ok && q.exec();
    }
    if (!ok)
        return sqlError(what, q.lastError());
    return q;
}

Result<bool> exists(QSqlDatabase &db, const QString &sql, const QString &name)
{
    auto q = run(db, Tr::tr("Looking for %1").arg(name), sql, {name});
    if (!q.ok())
        return q.error();
    return q->next();
}

Result<int> applyMigrations(QSqlDatabase &company)
{
    return Migrator::applyPostgres(company, Migrator::builtinPostgres());
}

// Drops what a set-up made: the database, the logins made in it (each is
// granted to the owner) and the company's roles. Each statement on its own:
// a role that was never made is skipped.
void dropCompany(QSqlDatabase &super, const QString &dbName)
{
    QSqlQuery q(super);
    q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(quoted(dbName)));
    QStringList logins;
    if (q.prepare(
            QStringLiteral("SELECT m.rolname FROM pg_auth_members a JOIN pg_roles m ON m.oid = a.member "
                           "JOIN pg_roles g ON g.oid = a.roleid WHERE g.rolname IN (?, ?, ?) AND "
                           "m.rolcanlogin"))) {
        for (const QString &group : Groups)
            q.addBindValue(ServerSetup::groupRole(dbName, group));
        if (q.exec()) {
            while (q.next())
                logins << q.value(0).toString();
        }
    }
    for (const QString &login : logins)
        q.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(quoted(login)));
    for (qsizetype i = Groups.size() - 1; i >= 0; --i)
        q.exec(QStringLiteral("DROP ROLE IF EXISTS %1")
                   .arg(quoted(ServerSetup::groupRole(dbName, Groups.at(i)))));
    q.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(quoted(ServerSetup::ownerRole(dbName))));
}

Result<void> createLogin(QSqlDatabase &company, const QString &name, const QString &group,
                         const QString &verifier)
{
    auto created = run(company, Tr::tr("Creating the login of %1").arg(name),
                       QStringLiteral("SELECT stockbook_create_login(?, ?, ?)"), {name, group, verifier});
    if (!created.ok())
        return created.error();
    return {};
}

} // namespace

// The administrator's name and password checked, and the password as the
// verifier the server keeps.
Result<QString> ServerSetup::checkedVerifier(const QString &adminUser, const SecretBytes &adminPassword,
                                             const QString &companyName)
{
    if (!validLoginName(adminUser))
        return makeError(
            ErrorCode::InvalidArgument,
            Tr::tr("%1 cannot be a user name on a server: use a lower-case letter, then up to 62 "
                   "lower-case letters, digits or _ . -")
                .arg(adminUser),
            QStringLiteral("username"));
    if (auto strong = security::PasswordPolicy::validate(adminPassword, {adminUser, QString(), companyName});
        !strong.ok())
        return strong.error();
    // The password goes to the server as its verifier only.
    return Scram::verifier(adminPassword);
}

Result<ServerCompany> ServerSetup::setUp(QSqlDatabase &super, const QString &dbName, const QString &adminUser,
                                         const Fill &populate)
{
    auto script = securitySql(dbName);
    if (!script.ok())
        return script.error();
    if (!super.isOpen())
        return makeError(ErrorCode::NotOpen, Tr::tr("Connect to the server as a superuser first."));
    {
        auto q = run(super, Tr::tr("Checking the server account"),
                     QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = current_user"));
        if (!q.ok())
            return q.error();
        if (!q->next() || !q->value(0).toBool())
            return makeError(ErrorCode::PermissionDenied,
                             Tr::tr("Creating a company needs a superuser's connection to the server (for "
                                    "example postgres)."));
    }

    // Nothing of this company may exist yet.
    auto taken = exists(super, QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?"), dbName);
    if (!taken.ok())
        return taken.error();
    if (taken.value())
        return makeError(ErrorCode::FileExists,
                         Tr::tr("The database %1 exists on this server already. Choose another name, or "
                                "open that company.")
                             .arg(dbName),
                         QStringLiteral("database"));
    QStringList roles{ownerRole(dbName), adminUser};
    for (const QString &group : Groups)
        roles.append(groupRole(dbName, group));
    for (const QString &role : roles) {
        auto found = exists(super, QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"), role);
        if (!found.ok())
            return found.error();
        if (found.value())
            return makeError(ErrorCode::FileExists,
                             Tr::tr("The role %1 exists on this server already. Choose another company "
                                    "database or user name.")
                                 .arg(role),
                             role == adminUser ? QStringLiteral("username") : QStringLiteral("database"));
    }

    const QString connectionName = QStringLiteral("stockbook-setup-")
        + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase company;
    auto fail = [&](Error e) -> Result<ServerCompany> {
        if (company.isValid()) {
            company.close();
            company = QSqlDatabase();
            QSqlDatabase::removeDatabase(connectionName);
        }
        dropCompany(super, dbName);
        return e;
    };

    const QString step = Tr::tr("Creating the company's roles");
    const QStringList roleStatements{
        QStringLiteral("CREATE ROLE %1 NOLOGIN INHERIT CREATEROLE").arg(quoted(ownerRole(dbName))),
        QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(quoted(groupRole(dbName, Groups.at(0)))),
        QStringLiteral("CREATE ROLE %1 NOLOGIN IN ROLE %2")
            .arg(quoted(groupRole(dbName, Groups.at(1))), quoted(groupRole(dbName, Groups.at(0)))),
        QStringLiteral("CREATE ROLE %1 NOLOGIN IN ROLE %2")
            .arg(quoted(groupRole(dbName, Groups.at(2))), quoted(groupRole(dbName, Groups.at(1)))),
        // Collation C: text compares bytewise as in SQLite (schema/postgres/0001_initial.sql).
        QStringLiteral("CREATE DATABASE %1 OWNER %2 TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' "
                       "LC_CTYPE 'C'")
            .arg(quoted(dbName), quoted(ownerRole(dbName)))};
    for (const QString &sql : roleStatements) {
        if (auto done = run(super, step, sql); !done.ok())
            return fail(done.error());
    }

    ServerCompany made;
    made.database = dbName;
    made.ownerRole = ownerRole(dbName);
    made.adminLogin = adminUser;
    {
        company = QSqlDatabase::cloneDatabase(super, connectionName);
        company.setDatabaseName(dbName);
        if (!company.open())
            return fail(sqlError(Tr::tr("Connecting to the new database"), company.lastError()));
        auto applied = applyMigrations(company);
        if (!applied.ok())
            return fail(applied.error());
        auto version = Migrator::postgresVersion(company);
        if (!version.ok())
            return fail(version.error());
        made.schemaVersion = version.value();
        if (!company.transaction())
            return fail(sqlError(Tr::tr("Starting the set-up"), company.lastError()));
        auto rollback = [&](Error e) {
            company.rollback();
            return fail(std::move(e));
        };
        if (auto secured = run(company, Tr::tr("Applying the server's roles and rights"), script.value());
            !secured.ok())
            return rollback(secured.error());
        if (auto populated = populate(company); !populated.ok())
            return rollback(populated.error());
        if (!company.commit())
            return rollback(sqlError(Tr::tr("Finishing the set-up"), company.lastError()));
        company.close();
    }
    company = QSqlDatabase();
    QSqlDatabase::removeDatabase(connectionName);
    return made;
}

QString ServerSetup::groupOfRole(const QString &roleName)
{
    const QString role = roleName.trimmed().toLower();
    if (role == QLatin1String("admin") || role == QLatin1String("manager"))
        return role;
    return QStringLiteral("clerk");
}

bool ServerSetup::validDatabaseName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
    return pattern.match(name).hasMatch();
}

bool ServerSetup::validLoginName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_.-]{0,62}$"));
    return pattern.match(name).hasMatch();
}

Result<void> ServerSetup::checkDatabaseName(const QString &name)
{
    if (validDatabaseName(name))
        return {};
    return makeError(ErrorCode::InvalidArgument,
                     Tr::tr("%1 is not a company database name: use a lower-case letter, then up to 39 "
                            "lower-case letters, digits or _.")
                         .arg(name),
                     QStringLiteral("database"));
}

Result<QString> ServerSetup::securitySql(const QString &dbName)
{
    if (auto valid = checkDatabaseName(dbName); !valid.ok())
        return valid.error();
    QFile file(QStringLiteral(":/server/security.sql"));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, Tr::tr("The server's security script is missing from this program."));
    QString text = QString::fromUtf8(file.readAll());
    text.replace(QStringLiteral("{{db}}"), dbName);
    return text;
}

Result<ServerCompany> ServerSetup::initCompany(QSqlDatabase &super, const QString &dbName,
                                               const QString &companyName, const QString &adminUser,
                                               const SecretBytes &adminPassword)
{
    if (companyName.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, Tr::tr("Enter the company's name."),
                         QStringLiteral("company"));
    auto verifier = checkedVerifier(adminUser, adminPassword, companyName);
    if (!verifier.ok())
        return verifier.error();
    const QString adminVerifier = verifier.value();
    return setUp(super, dbName, adminUser, [&](QSqlDatabase &company) -> Result<void> {
        const QDateTime now = nowUtc();
        const QString stamp = now.toString(Qt::ISODateWithMs);
        if (auto named = run(company, Tr::tr("Storing the company's name"),
                             QStringLiteral("UPDATE settings SET value = ?, updated_at = ? "
                                            "WHERE key = 'company.name'"),
                             {companyName.trimmed(), stamp});
            !named.ok())
            return named.error();
        qint64 adminId = 0;
        {
            auto inserted = run(
                company, Tr::tr("Adding the administrator"),
                QStringLiteral("INSERT INTO users (username, email, full_name, role_id, active, "
                               "must_change_password, created_at, updated_at) VALUES (?, ?, '', "
                               "(SELECT id FROM roles WHERE lower(name) = 'admin'), 1, 0, ?, ?) "
                               "RETURNING id"),
                {adminUser, QVariant(QMetaType::fromType<QString>()), stamp, stamp});
            if (!inserted.ok())
                return inserted.error();
            adminId = inserted->next() ? inserted->value(0).toLongLong() : 0;
        }
        // The first audit row, as CompanyService::create writes it.
        AuditRecord record{
            adminId,
            adminUser,
            QStringLiteral("company.create"),
            QStringLiteral("settings"),
            QStringLiteral("company.name"),
            QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("company"), companyName.trimmed()}})
                                  .toJson(QJsonDocument::Compact)),
            now};
        const QByteArray zero(32, '\0');
        if (auto logged = run(
                company, Tr::tr("Writing the audit log"),
                QStringLiteral("INSERT INTO audit_logs (seq, timestamp, user_id, username, action, "
                               "entity, entity_id, changes, prev_hash, row_hash, hash_version) "
                               "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {stamp, adminId, adminUser, record.action, record.entity, record.entityId, record.changes,
                 zero, AuditLog::rowHash(1, zero, record), AuditLog::CurrentHashVersion});
            !logged.ok())
            return logged.error();
        // Made by the owner's function, as every later login is.
        return createLogin(company, adminUser, QStringLiteral("admin"), adminVerifier);
    });
}

Result<ServerCompany> ServerSetup::importCompany(QSqlDatabase &super, const QString &dbName,
                                                 const QString &adminUser, const SecretBytes &adminPassword,
                                                 const Fill &fill, QStringList *withoutPassword)
{
    auto verifier = checkedVerifier(adminUser, adminPassword, QString());
    if (!verifier.ok())
        return verifier.error();
    const QString adminVerifier = verifier.value();
    QStringList pending;
    auto made = setUp(super, dbName, adminUser, [&](QSqlDatabase &company) -> Result<void> {
        // The rows kept the rules where they were written: the rules'
        // triggers (the ledger, the audit actor, the foreign keys) stay
        // off while they are copied, in this transaction only.
        if (auto off = run(company, Tr::tr("Copying the company"),
                           QStringLiteral("SET LOCAL session_replication_role = replica"));
            !off.ok())
            return off.error();
        if (auto filled = fill(company); !filled.ok())
            return filled.error();
        if (auto on = run(company, Tr::tr("Copying the company"),
                          QStringLiteral("SET LOCAL session_replication_role = origin"));
            !on.ok())
            return on.error();

        auto users = run(company, Tr::tr("Reading the users"),
                         QStringLiteral("SELECT u.username, r.name, u.active FROM users u JOIN roles r ON "
                                        "r.id = u.role_id ORDER BY u.id"));
        if (!users.ok())
            return users.error();
        struct Login {
            QString name;
            QString group;
            bool active;
        };
        QList<Login> logins;
        QStringList unfit;
        bool adminFound = false;
        while (users->next()) {
            const QString name = users->value(0).toString().trimmed().toLower();
            if (!validLoginName(name))
                unfit << users->value(0).toString();
            if (name == adminUser) {
                adminFound = groupOfRole(users->value(1).toString()) == QLatin1String("admin")
                    && users->value(2).toInt() == 1;
            }
            logins.append({name, groupOfRole(users->value(1).toString()), users->value(2).toInt() == 1});
        }
        if (!unfit.isEmpty())
            return makeError(
                ErrorCode::InvalidArgument,
                Tr::tr("These user names cannot be logins on a server, which takes a lower-case "
                       "letter, then up to 62 lower-case letters, digits or _ . -: %1. Add users "
                       "with such names in the company file, move their work to them and "
                       "deactivate the old ones, then try again.")
                    .arg(unfit.join(QStringLiteral(", "))),
                QStringLiteral("username"));
        if (!adminFound)
            return makeError(ErrorCode::PermissionDenied,
                             Tr::tr("%1 is not an active administrator of the company.").arg(adminUser),
                             QStringLiteral("username"));
        for (const Login &login : logins) {
            QString loginVerifier = adminVerifier;
            if (login.name != adminUser) {
                // A password nobody knows until an administrator gives a new one.
                auto unknown = Scram::verifier(SecretBytes::random(32));
                if (!unknown.ok())
                    return unknown.error();
                loginVerifier = unknown.value();
                pending << login.name;
            }
            if (auto created = createLogin(company, login.name, login.group, loginVerifier); !created.ok())
                return created.error();
            if (!login.active) {
                if (auto disabled = run(company, Tr::tr("Disabling the login of %1").arg(login.name),
                                        QStringLiteral("ALTER ROLE %1 NOLOGIN").arg(quoted(login.name)));
                    !disabled.ok())
                    return disabled.error();
            }
        }
        return {};
    });
    if (made.ok() && withoutPassword)
        *withoutPassword = pending;
    return made;
}

void ServerSetup::removeCompany(QSqlDatabase &super, const QString &dbName)
{
    if (validDatabaseName(dbName))
        dropCompany(super, dbName);
}

Result<void> ServerSetup::setLoginPasswords(QSqlDatabase &super, const QString &dbName,
                                            const LoginPasswords &passwords)
{
    if (auto valid = checkDatabaseName(dbName); !valid.ok())
        return valid.error();
    if (!super.isOpen())
        return makeError(ErrorCode::NotOpen, Tr::tr("Connect to the server as a superuser first."));
    const QString connectionName = QStringLiteral("stockbook-logins-")
        + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QStringList names;
    for (const auto &entry : passwords)
        names << entry.first;
    Result<void> outcome;
    {
        QSqlDatabase company = QSqlDatabase::cloneDatabase(super, connectionName);
        company.setDatabaseName(dbName);
        outcome = [&]() -> Result<void> {
            if (!company.open())
                return sqlError(Tr::tr("Connecting to the new database"), company.lastError());
            if (!company.transaction())
                return sqlError(Tr::tr("Setting the password of %1").arg(names.join(QStringLiteral(", "))),
                                company.lastError());
            auto rollback = [&company](Error e) -> Result<void> {
                company.rollback();
                return e;
            };
            for (const auto &[login, password] : passwords) {
                // The password goes to the server as its verifier only.
                auto verifier = Scram::verifier(password.get());
                if (!verifier.ok())
                    return rollback(verifier.error());
                if (auto set = run(company, Tr::tr("Setting the password of %1").arg(login),
                                   QStringLiteral("SELECT stockbook_set_login_password(?, ?)"),
                                   {login, verifier.value()});
                    !set.ok())
                    return rollback(set.error());
            }
            if (!company.commit())
                return rollback(
                    sqlError(Tr::tr("Setting the password of %1").arg(names.join(QStringLiteral(", "))),
                             company.lastError()));
            return {};
        }();
        company.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return outcome;
}

} // namespace stockbook::storage::server
