// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "PgCluster.h"
#include "TestSupport.h"

#include "security/keys/Kdf.h"
#include "services/accounts/AccountStore.h"
#include "services/accounts/CompanyService.h"
#include "services/accounts/UsersService.h"
#include "storage/Location.h"
#include "storage/server/ServerSetup.h"

#include <QMap>

#include <cstring>
#include <iostream>

namespace stockbook::test {

// A password as the KDF takes it (ASCII needs no normalisation).
inline SecretBytes password(const char *text)
{
    return SecretBytes::copyOf({reinterpret_cast<const std::uint8_t *>(text), std::strlen(text)});
}

// A company in a temporary folder with three users (admin "anna", manager
// "max", clerk "cleo") and a cheap KDF. actAs() switches the open company's
// session to one of them, so a test can call services as each role without
// signing in again.
//
// With STOCKBOOK_TEST_ENGINE=postgres (the "pg." copies of the test programs
// CTest runs) the company is on a PostgreSQL server of its own instead
// (PgCluster; `server init`'s ServerSetup), path is its URL, and actAs()
// signs in as that user, since on a server the login is who acts.
inline bool onServer()
{
    return qEnvironmentVariable("STOCKBOOK_TEST_ENGINE") == QLatin1String("postgres");
}

// True on the pg. run, after saying so: a case that cannot work on a server
// by its nature (it checks the company file, its sign-in state file, the key
// file) starts with `if (skippedOnServer("why")) return;`, and CTest reports
// it as skipped with the reason (SKIP_REGULAR_EXPRESSION in
// stockbook_run_on_server, tests/CMakeLists.txt).
inline bool skippedOnServer(const char *reason)
{
    if (!onServer())
        return false;
    std::cout << "Skipped on a server: " << reason << std::endl;
    return true;
}

struct TestCompany {
    security::ScopedKdfCostForTesting cheapKdf;
    QTemporaryDir dir;
    std::unique_ptr<PgCluster> cluster; // before company: stops after it closes
    QString path = dir.filePath(QStringLiteral("shop.stockbook"));
    std::unique_ptr<CompanySession> company;
    QMap<QString, qint64> userIds;       // role name -> user id
    QMap<QString, QString> userNames;    // role name -> user name
    QMap<QString, QByteArray> passwords; // user name -> password (server)

    static SecretBytes password()
    {
        static constexpr char text[] = "correct horse battery staple 1";
        return SecretBytes::copyOf({reinterpret_cast<const std::uint8_t *>(text), sizeof text - 1});
    }

    TestCompany()
    {
        REQUIRE(dir.isValid());
        if (onServer()) {
            cluster = std::make_unique<PgCluster>();
            QSqlDatabase superuser = cluster->superuserConnection();
            REQUIRE(superuser.open());
            REQUIRE_OK(storage::server::ServerSetup::initCompany(superuser, QStringLiteral("shop"),
                                                                 QStringLiteral("Corner Shop"),
                                                                 QStringLiteral("anna"), password()));
            superuser.close();
            path = QStringLiteral("postgresql://anna@localhost:%1/shop?sslrootcert=%2")
                       .arg(cluster->port())
                       .arg(cluster->rootCertificate());
            auto signedIn = CompanyService::signIn(path, QStringLiteral("anna"), password());
            REQUIRE_OK(signedIn);
            company = std::move(signedIn).value();
            passwords.insert(
                QStringLiteral("anna"),
                QByteArray(reinterpret_cast<const char *>(password().data()), qsizetype(password().size())));
        } else {
            auto created = CompanyService::create(path, QStringLiteral("Corner Shop"), QStringLiteral("anna"),
                                                  password());
            REQUIRE_OK(created);
            company = std::move(created->company);
        }
        // Tests do not need commits to wait for the disk; this keeps the
        // service tests fast on a busy machine.
        REQUIRE_OK(company->database().setBulkLoad(true));
        userIds.insert(QStringLiteral("admin"), company->session().userId());
        userNames.insert(QStringLiteral("admin"), QStringLiteral("anna"));
        for (const auto &[name, role] : {std::pair{QStringLiteral("max"), QStringLiteral("manager")},
                                         std::pair{QStringLiteral("cleo"), QStringLiteral("clerk")}}) {
            auto temp = UsersService(*company).create({name, role, {}, {}});
            REQUIRE_OK(temp);
            userNames.insert(role, name);
            passwords.insert(
                name, QByteArray(reinterpret_cast<const char *>(temp->data()), qsizetype(temp->size())));
            auto row = AccountStore(company->database()).userByName(name);
            REQUIRE_OK(row);
            userIds.insert(role, row->id);
        }
    }

    // "admin", "manager" or "clerk".
    Session &actAs(const QString &role, const Clock &clock = systemClock())
    {
        REQUIRE(userIds.contains(role));
        if (cluster && company->session().userId() != userIds.value(role)) {
            const QByteArray pw = passwords.value(userNames.value(role));
            auto signedIn = CompanyService::authenticate(
                *company, userNames.value(role),
                SecretBytes::copyOf(
                    {reinterpret_cast<const std::uint8_t *>(pw.constData()), std::size_t(pw.size())}),
                clock);
            REQUIRE_OK(signedIn);
            company->setSession(std::move(signedIn).value());
            company->session().setMustChangePassword(false);
            return company->session();
        }
        auto session = AccountStore(company->database()).sessionFor(userIds.value(role), clock);
        REQUIRE_OK(session);
        session->setMustChangePassword(false);
        company->setSession(std::move(session).value());
        return company->session();
    }

    storage::Database &db() { return company->database(); }
    // For a test's own set-up and checks in SQL: the company's connection on
    // the file; on a server the superuser's (a test seeds rows no role may
    // write directly, such as a product's cost).
    QSqlDatabase sql()
    {
        if (!cluster)
            return company->database().connection();
        if (!seeding.isValid()) {
            seeding = cluster->superuserConnection(QStringLiteral("shop"));
            REQUIRE(seeding.open());
        }
        return seeding;
    }
    QSqlDatabase seeding;

    // The Database a test seeds through core (a ledger's opening stock): the
    // company's own on the file, the superuser's on a server.
    storage::Database &seedDb()
    {
        if (!cluster)
            return company->database();
        if (!seedDatabase) {
            storage::ServerAddress at;
            at.host = cluster->socketDir();
            at.port = cluster->port();
            at.database = QStringLiteral("shop");
            at.sslMode = QStringLiteral("disable");
            auto opened = storage::Database::openServer(at, PgCluster::superuser(), SecretBytes());
            REQUIRE_OK(opened);
            seedDatabase = std::move(opened).value();
        }
        return *seedDatabase;
    }
    std::unique_ptr<storage::Database> seedDatabase;
};

// Set-up rows a test writes straight into the tables through sql() (an
// invoice already paid or void, a product with stock and its levels, ledger
// rows without their invoices), as the file takes them. A server's triggers
// refuse such rows or redo them (an invoice starts as a draft or posted, the
// ledger alone writes the levels): while a RawRows lives, the superuser's
// connection runs with its triggers off (session_replication_role =
// replica). On the file it does nothing.
class RawRows {
public:
    explicit RawRows(TestCompany &tc) : m_db(tc.sql()), m_server(tc.cluster != nullptr)
    {
        set(QStringLiteral("replica"));
    }
    ~RawRows() { set(QStringLiteral("DEFAULT")); }
    RawRows(const RawRows &) = delete;
    RawRows &operator=(const RawRows &) = delete;

private:
    void set(const QString &role)
    {
        if (!m_server)
            return;
        QSqlQuery q(m_db); // not prepared: a server prepares no SET
        CHECK(q.exec(QStringLiteral("SET session_replication_role = ") + role));
    }

    QSqlDatabase m_db;
    bool m_server;
};

} // namespace stockbook::test
