// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors

// The ground the server mode stands on, against a real PostgreSQL 15 started
// for the test: Qt's QPSQL driver, login roles with SCRAM-SHA-256 passwords,
// TLS with the server's certificate verified, and the errors a workstation
// gets for a wrong password, a wrong certificate and a server not there.
#include "PgCluster.h"
#include "TestSupport.h"

#include <QSqlQuery>

using namespace stockbook;
using namespace stockbook::test;

namespace {

QString verifyFull(const QString &rootCertificate)
{
    return QStringLiteral("sslmode=verify-full;sslrootcert=") + rootCertificate;
}

QVariant one(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0);
}

// A login role made by the superuser over the socket.
void createLogin(PgCluster &cluster, const QString &role, const QString &password)
{
    QSqlDatabase admin = cluster.superuserConnection();
    REQUIRE(admin.open());
    QSqlQuery q(admin);
    // Identifiers and literals are test constants; the server hashes the password.
    REQUIRE(q.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(role, password)));
    admin.close();
}

} // namespace

TEST_CASE("a login role connects over TLS with its SCRAM password and the server's certificate verified")
{
    PgCluster cluster;
    createLogin(cluster, QStringLiteral("till_one"), QStringLiteral("harbour-lantern-52"));
    {
        QSqlDatabase admin = cluster.superuserConnection();
        REQUIRE(admin.open());
        CHECK(one(admin,
                  QStringLiteral("SELECT rolpassword LIKE 'SCRAM-SHA-256$%' FROM pg_authid "
                                 "WHERE rolname = 'till_one'"))
                  .toBool());
        CHECK(one(admin, QStringLiteral("SHOW server_version_num")).toInt() / 10000 == 15);
    }
    QSqlDatabase db = cluster.tcpConnection(QStringLiteral("till_one"), QStringLiteral("harbour-lantern-52"),
                                            QStringLiteral("postgres"),
                                            verifyFull(cluster.rootCertificate()));
    INFO(db.lastError().text().toStdString());
    REQUIRE(db.open());
    CHECK(one(db, QStringLiteral("SELECT current_user")).toString() == QStringLiteral("till_one"));
    CHECK(one(db, QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).toBool());
    CHECK(one(db, QStringLiteral("SELECT version FROM pg_stat_ssl WHERE pid = pg_backend_pid()"))
              .toString()
              .startsWith(QStringLiteral("TLSv1.")));
}

TEST_CASE(
    "a wrong password, a certificate of another server and a server not listening each fail with its reason")
{
    PgCluster cluster;
    createLogin(cluster, QStringLiteral("till_one"), QStringLiteral("harbour-lantern-52"));

    QSqlDatabase wrong = cluster.tcpConnection(QStringLiteral("till_one"), QStringLiteral("not-the-password"),
                                               QStringLiteral("postgres"),
                                               verifyFull(cluster.rootCertificate()));
    CHECK_FALSE(wrong.open());
    CHECK(wrong.lastError().text().contains(QStringLiteral("password authentication failed")));

    // Another cluster's certificate as the only trusted root.
    PgCluster other;
    QSqlDatabase spoofed = cluster.tcpConnection(
        QStringLiteral("till_one"), QStringLiteral("harbour-lantern-52"), QStringLiteral("postgres"),
        verifyFull(other.rootCertificate()));
    CHECK_FALSE(spoofed.open());
    CHECK(spoofed.lastError().text().contains(QStringLiteral("certificate verify failed")));

    QSqlDatabase nobody = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pg-nobody"));
    nobody.setHostName(QStringLiteral("127.0.0.1"));
    nobody.setPort(PgCluster::freePort());
    nobody.setUserName(QStringLiteral("till_one"));
    nobody.setDatabaseName(QStringLiteral("postgres"));
    CHECK_FALSE(nobody.open());
    CHECK(nobody.lastError().text().contains(QStringLiteral("Connection refused")));
    nobody = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("pg-nobody"));
}
