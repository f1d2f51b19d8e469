// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors

// stockbook-cli server init against a real PostgreSQL 15 started for this
// program (one cluster shared by its cases): the company made from a
// superuser's connection, the lines a workstation needs, and the refusals.
#include "CliDriver.h"
#include "PgCluster.h"
#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/Location.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace stockbook;
using namespace stockbook::test;
using storage::Database;
using storage::Location;
using storage::ServerAddress;

namespace {

const QString AdminPassword = QStringLiteral("lantern-quiet-orbit-42");
const QString SuperPassword = QStringLiteral("granite-meadow-pilot-77");
const QString ClerkPassword = QStringLiteral("copper-willow-tide-35");

// One cluster for the program (PgCluster::shared stops it while Qt lives).
PgCluster &cluster()
{
    return PgCluster::shared([](PgCluster &cluster) {
        PgCluster *c = &cluster;
        QSqlDatabase super = c->superuserConnection();
        REQUIRE(super.open());
        QSqlQuery q(super);
        // The superuser gets a password for TCP (the socket stays trust); a
        // plain login role is no superuser. Test constants, no user input.
        REQUIRE(q.exec(QStringLiteral("ALTER ROLE postgres PASSWORD '%1'").arg(SuperPassword)));
        REQUIRE(q.exec(QStringLiteral("CREATE ROLE plainlogin LOGIN PASSWORD '%1'").arg(ClerkPassword)));
        super.close();
    });
}

// The URL of the superuser over the cluster's socket.
QString socketUrl(const QString &database)
{
    return QStringLiteral("postgresql://postgres@:%1/%2?host=%3")
        .arg(cluster().port())
        .arg(database, cluster().socketDir());
}

QString tcpUrl(const QString &user, const QString &database)
{
    return QStringLiteral("postgresql://%1@localhost:%2/%3?sslrootcert=%4")
        .arg(user)
        .arg(cluster().port())
        .arg(database, cluster().rootCertificate());
}

CliRun serverInit(const QString &url, const QString &admin, const QString &input,
                  const QString &company = QStringLiteral("Corner Shop"))
{
    CliOptions options;
    options.lang = QStringLiteral("C.UTF-8");
    return runCli({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--url"), url,
                   QStringLiteral("--company"), company, QStringLiteral("--admin"), admin,
                   QStringLiteral("--password-stdin")},
                  input, options);
}

bool databaseExists(const QString &name)
{
    QSqlDatabase super = cluster().superuserConnection();
    REQUIRE(super.open());
    QSqlQuery q(super);
    REQUIRE(q.prepare(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?")));
    q.addBindValue(name);
    REQUIRE(q.exec());
    const bool found = q.next();
    super.close();
    return found;
}

QString valueOf(const QString &output, const QString &label)
{
    for (const QString &line : output.split(QLatin1Char('\n'))) {
        if (line.startsWith(label + QStringLiteral(": ")))
            return line.mid(label.size() + 2);
    }
    return {};
}

} // namespace

TEST_CASE("server init over the local socket makes the company, and its url opens it for the administrator "
          "over verified TLS")
{
    const CliRun init = serverInit(socketUrl(QStringLiteral("shop")), QStringLiteral("anna"),
                                   AdminPassword + QLatin1Char('\n'));
    INFO("stdout: " << init.out.toStdString() << "\nstderr: " << init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    const QString url =
        QStringLiteral("postgresql://anna@:%1/shop?host=%2").arg(cluster().port()).arg(cluster().socketDir());
    const QStringList lines = init.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 6);
    CHECK(lines.at(0) == QStringLiteral("company: Corner Shop"));
    CHECK(lines.at(1) == QStringLiteral("url: ") + url);
    CHECK(lines.at(2)
          == QStringLiteral(
              "root certificate: none (sslmode=disable: the server's certificate is not verified)"));
    CHECK(lines.at(3) == QStringLiteral("administrator: anna"));
    CHECK(lines.at(4)
          == QStringLiteral("next step: stockbook-cli user add --db '%1' --user anna NAME --role clerk")
                 .arg(url));
    CHECK(lines.at(5).startsWith(QStringLiteral("note: this URL reaches the server over its local socket")));
    CHECK(lines.at(5).contains(
        QStringLiteral("postgresql://anna@SERVER:%1/shop?sslmode=verify-full").arg(cluster().port())));
    CHECK_FALSE(init.out.contains(AdminPassword));
    CHECK_FALSE(init.err.contains(AdminPassword));

    // A workstation: the printed url's user and database, over TCP with the
    // server's certificate verified.
    auto printed = Location::parse(valueOf(init.out, QStringLiteral("url")));
    REQUIRE_OK(printed);
    ServerAddress address = printed->serverAddress();
    CHECK(address.user == QStringLiteral("anna"));
    CHECK(address.database == QStringLiteral("shop"));
    address.host = QStringLiteral("localhost");
    address.sslMode = QStringLiteral("verify-full");
    address.rootCertificate = cluster().rootCertificate();
    auto db = Database::openServer(address, {}, secretOf(AdminPassword));
    REQUIRE_OK(db);
    auto name = db.value()->query(QStringLiteral("SELECT value FROM settings WHERE key = 'company.name'"));
    REQUIRE_OK(name);
    REQUIRE(name->next());
    CHECK(name->get<QString>("value") == QStringLiteral("Corner Shop"));
    auto ssl = db.value()->query(QStringLiteral("SELECT ssl, current_user FROM pg_stat_ssl WHERE pid = "
                                                "pg_backend_pid()"));
    REQUIRE_OK(ssl);
    REQUIRE(ssl->next());
    CHECK(ssl->get<bool>("ssl"));
    CHECK(ssl->get<QString>("current_user") == QStringLiteral("anna"));
}

TEST_CASE("server init over TCP asks the superuser's password after the administrator's and prints a "
          "verify-full url with the root certificate")
{
    const CliRun init = serverInit(tcpUrl(QStringLiteral("postgres"), QStringLiteral("tcpshop")),
                                   QStringLiteral("bert"),
                                   AdminPassword + QLatin1Char('\n') + SuperPassword + QLatin1Char('\n'));
    INFO("stdout: " << init.out.toStdString() << "\nstderr: " << init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    const QString url =
        QStringLiteral("postgresql://bert@localhost:%1/tcpshop?sslmode=verify-full").arg(cluster().port());
    CHECK(init.out
          == QStringLiteral("company: Corner Shop\n"
                            "url: %1\n"
                            "root certificate: %2\n"
                            "administrator: bert\n"
                            "next step: stockbook-cli user add --db '%1' --user bert NAME --role clerk\n")
                 .arg(url, cluster().rootCertificate()));
    for (const QString &secret : {AdminPassword, SuperPassword}) {
        CHECK_FALSE(init.out.contains(secret));
        CHECK_FALSE(init.err.contains(secret));
    }
    auto printed = Location::parse(valueOf(init.out, QStringLiteral("url")));
    REQUIRE_OK(printed);
    ServerAddress address = printed->serverAddress();
    address.rootCertificate = valueOf(init.out, QStringLiteral("root certificate"));
    REQUIRE_OK(Database::openServer(address, {}, secretOf(AdminPassword)));
}

TEST_CASE("a second server init of the same database is refused with a message naming it")
{
    REQUIRE(serverInit(socketUrl(QStringLiteral("twice")), QStringLiteral("carla"),
                       AdminPassword + QLatin1Char('\n'))
                .exitCode
            == 0);
    const CliRun again = serverInit(socketUrl(QStringLiteral("twice")), QStringLiteral("dora"),
                                    AdminPassword + QLatin1Char('\n'), QStringLiteral("Other Shop"));
    CHECK(again.exitCode == 1);
    CHECK(again.out.isEmpty());
    CHECK(again.err.contains(QStringLiteral("The database twice exists on this server already.")));
    CHECK(again.err.contains(QStringLiteral("postgresql://HOST/OTHERNAME")));
    // Said before any password is asked for: nothing on standard input.
    const CliRun early = serverInit(socketUrl(QStringLiteral("twice")), QStringLiteral("dora"), {});
    CHECK(early.exitCode == 1);
    CHECK(early.err.contains(QStringLiteral("The database twice exists on this server already.")));

    // The same administrator for another database: that role is taken.
    const CliRun sameAdmin = serverInit(socketUrl(QStringLiteral("thrice")), QStringLiteral("carla"),
                                        AdminPassword + QLatin1Char('\n'));
    CHECK(sameAdmin.exitCode == 1);
    CHECK(sameAdmin.err.contains(QStringLiteral("The role carla exists on this server already.")));
    CHECK(sameAdmin.err.contains(QStringLiteral("Give another --admin name.")));
    CHECK_FALSE(databaseExists(QStringLiteral("thrice")));
}

TEST_CASE("server init as a login role that is no superuser, or with a wrong password, is refused")
{
    const CliRun plain = serverInit(tcpUrl(QStringLiteral("plainlogin"), QStringLiteral("notmine")),
                                    QStringLiteral("erik"),
                                    AdminPassword + QLatin1Char('\n') + ClerkPassword + QLatin1Char('\n'));
    CHECK(plain.exitCode == 4);
    CHECK(plain.err.contains(QStringLiteral("The server account plainlogin is not a superuser")));
    CHECK(plain.out.isEmpty());

    const CliRun wrong = serverInit(
        tcpUrl(QStringLiteral("postgres"), QStringLiteral("notmine")), QStringLiteral("erik"),
        AdminPassword + QLatin1Char('\n') + QStringLiteral("not-the-password-1\n"));
    CHECK(wrong.exitCode == 3);
    CHECK(wrong.err.contains(QStringLiteral("The server refused the password of postgres.")));

    // No password on standard input where the server asks for one.
    const CliRun missing = serverInit(tcpUrl(QStringLiteral("postgres"), QStringLiteral("notmine")),
                                      QStringLiteral("erik"), AdminPassword + QLatin1Char('\n'));
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("Password of the server's superuser postgres")));
    CHECK_FALSE(databaseExists(QStringLiteral("notmine")));
}

TEST_CASE("server init refuses a file path, a bad URL and missing options as usage errors")
{
    const CliRun file = serverInit(QStringLiteral("shop.stockbook"), QStringLiteral("anna"), {});
    CHECK(file.exitCode == 2);
    CHECK(
        file.err.contains(QStringLiteral("--url names a server, postgresql://[SUPERUSER@]HOST[:PORT]/DBNAME, "
                                         "not a file like shop.stockbook.")));

    const CliRun upper = serverInit(QStringLiteral("postgresql://localhost/Shop"), QStringLiteral("anna"),
                                    {});
    CHECK(upper.exitCode == 2);
    CHECK(upper.err.contains(QStringLiteral("\"Shop\" is not a company's database name")));

    const CliRun password = serverInit(QStringLiteral("postgresql://postgres:secret@localhost/shop"),
                                       QStringLiteral("anna"), {});
    CHECK(password.exitCode == 2);
    CHECK(password.err.contains(QStringLiteral("contains a password")));

    const CliRun badAdmin = serverInit(socketUrl(QStringLiteral("badadmin")), QStringLiteral("Anna Smith"),
                                       {});
    CHECK(badAdmin.exitCode == 2);
    CHECK(badAdmin.err.contains(QStringLiteral("Anna Smith cannot be a user name on a server")));

    const CliRun missing = runCli({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--url"),
                                   socketUrl(QStringLiteral("shop"))});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("server init needs --url, --company and --admin.")));
    CHECK_FALSE(databaseExists(QStringLiteral("badadmin")));
}
