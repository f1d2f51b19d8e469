// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors

// A company given as a file path or as a PostgreSQL connection URL: the forms
// the parser takes, its defaults (TLS verified for every TCP host), and the
// message of each address it refuses.
#include "TestSupport.h"

#include "storage/Location.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace stockbook;
using stockbook::storage::Location;
using stockbook::storage::ServerAddress;

namespace {

ServerAddress server(const QString &text)
{
    auto parsed = Location::parse(text);
    REQUIRE_OK(parsed);
    REQUIRE(parsed->isServer());
    return parsed->serverAddress();
}

Error refused(const QString &text)
{
    auto parsed = Location::parse(text);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().code == ErrorCode::InvalidArgument);
    return parsed.error();
}

} // namespace

TEST_CASE("a path is a company file, whatever it looks like")
{
    for (const QString &path : {QStringLiteral("shop.stockbook"), QStringLiteral("/srv/books/shop.stockbook"),
                                QStringLiteral("C:/books/postgresql.stockbook"),
                                QStringLiteral("./postgres:/odd name.stockbook")}) {
        auto parsed = Location::parse(path);
        REQUIRE_OK(parsed);
        CHECK(parsed->kind() == Location::Kind::File);
        CHECK(parsed->filePath() == path);
    }
    CHECK(Location::parse(QStringLiteral("/srv/shop.stockbook"))->displayName()
          == QStringLiteral("/srv/shop.stockbook"));
}

TEST_CASE("a full server address gives each part")
{
    const ServerAddress a = server(QStringLiteral(
        "postgresql://till_one@db.example.com:6543/shop?sslmode=verify-ca&sslrootcert=/etc/shop/root.crt"
        "&connect_timeout=7"));
    CHECK(a.user == QStringLiteral("till_one"));
    CHECK(a.host == QStringLiteral("db.example.com"));
    CHECK(a.port == 6543);
    CHECK(a.database == QStringLiteral("shop"));
    CHECK(a.sslMode == QStringLiteral("verify-ca"));
    CHECK(a.rootCertificate == QStringLiteral("/etc/shop/root.crt"));
    CHECK(a.connectTimeout == 7);
    CHECK_FALSE(a.isSocket());
    CHECK(a.connectOptions()
          == QStringLiteral("sslmode=verify-ca;sslrootcert='/etc/shop/root.crt';connect_timeout=7;"
                            "application_name=stockbook"));
    CHECK(a.displayName() == QStringLiteral("postgresql://till_one@db.example.com:6543/shop"));
}

TEST_CASE("a TCP host defaults to port 5432 and a fully verified certificate from libpq's root file")
{
    for (const QString &text : {QStringLiteral("postgresql://db.example.com/shop"),
                                QStringLiteral("postgres://db.example.com/shop"),
                                QStringLiteral("PostgreSQL://db.example.com/shop"),
                                QStringLiteral("  postgresql://db.example.com/shop?  ")}) {
        INFO(text.toStdString());
        const ServerAddress a = server(text);
        CHECK(a.user.isEmpty());
        CHECK(a.port == 5432);
        CHECK(a.sslMode == QStringLiteral("verify-full"));
        CHECK(a.rootCertificate.isEmpty());
        CHECK(a.connectOptions()
              == QStringLiteral("sslmode=verify-full;sslrootcert='") + QDir::homePath()
                  + QStringLiteral("/.postgresql/root.crt';connect_timeout=10;application_name=stockbook"));
        CHECK(a.displayName() == QStringLiteral("postgresql://db.example.com/shop"));
    }
    // Even the loopback address goes through TLS unless told otherwise.
    CHECK(server(QStringLiteral("postgresql://127.0.0.1/shop")).sslMode == QStringLiteral("verify-full"));
    CHECK(server(QStringLiteral("postgresql://localhost/shop")).sslMode == QStringLiteral("verify-full"));
}

TEST_CASE("a Unix socket folder, given as host= or as an encoded host, defaults to no TLS")
{
    const ServerAddress a = server(QStringLiteral("postgresql://postgres@:5433/shop?host=/run/postgresql"));
    CHECK(a.isSocket());
    CHECK(a.host == QStringLiteral("/run/postgresql"));
    CHECK(a.port == 5433);
    CHECK(a.user == QStringLiteral("postgres"));
    CHECK(a.sslMode == QStringLiteral("disable"));
    CHECK(a.connectOptions()
          == QStringLiteral("sslmode=disable;connect_timeout=10;application_name=stockbook"));
    CHECK(a.displayName() == QStringLiteral("postgresql://postgres@:5433/shop?host=/run/postgresql"));

    const ServerAddress b = server(QStringLiteral("postgresql://%2Fvar%2Frun%2Fpostgresql/shop"));
    CHECK(b.isSocket());
    CHECK(b.host == QStringLiteral("/var/run/postgresql"));
    CHECK(b.sslMode == QStringLiteral("disable"));

    // No host at all: libpq's default socket folder.
    const ServerAddress c = server(QStringLiteral("postgresql:///shop"));
    CHECK(c.isSocket());
    CHECK(c.host.isEmpty());
    CHECK(c.displayName() == QStringLiteral("postgresql:///shop"));

    // host= may also name a TCP host when the authority has none: then TLS again.
    const ServerAddress d = server(QStringLiteral("postgresql:///shop?host=db.example.com"));
    CHECK_FALSE(d.isSocket());
    CHECK(d.sslMode == QStringLiteral("verify-full"));
}

TEST_CASE("IPv6 addresses in brackets, and percent-encoded parts")
{
    const ServerAddress a = server(QStringLiteral("postgresql://[::1]:6000/shop"));
    CHECK(a.host == QStringLiteral("::1"));
    CHECK(a.port == 6000);
    CHECK(a.displayName() == QStringLiteral("postgresql://[::1]:6000/shop"));
    const ServerAddress b = server(QStringLiteral("postgresql://[fe80::1:2]/shop"));
    CHECK(b.host == QStringLiteral("fe80::1:2"));
    CHECK(b.port == 5432);

    const ServerAddress c = server(QStringLiteral(
        "postgresql://anna.m%C3%BCller@db.example.com/shop?sslrootcert=/etc/my%20certs/root%27s.crt"));
    CHECK(c.user == QStringLiteral(u"anna.müller"));
    CHECK(c.rootCertificate == QStringLiteral("/etc/my certs/root's.crt"));
    CHECK(c.connectOptions()
          == QStringLiteral("sslmode=verify-full;sslrootcert='/etc/my certs/root\\'s.crt';"
                            "connect_timeout=10;application_name=stockbook"));
    // connect_timeout=0: as long as the system waits (libpq's own default).
    CHECK(server(QStringLiteral("postgresql:///shop?connect_timeout=0")).connectOptions()
          == QStringLiteral("sslmode=disable;application_name=stockbook"));
    // Explicit sslmode on a socket, explicit disable on TCP: taken as given.
    CHECK(server(QStringLiteral("postgresql://db.example.com/shop?sslmode=require")).sslMode
          == QStringLiteral("require"));
}

TEST_CASE("a password in the address is refused, and the message does not repeat it")
{
    for (const QString &text :
         {QStringLiteral("postgresql://anna:s3cret-Lantern@db.example.com/shop"),
          QStringLiteral("postgresql://anna:@db.example.com/shop"),
          QStringLiteral("postgresql://anna@db.example.com/shop?password=s3cret-Lantern")}) {
        INFO(text.toStdString());
        const Error e = refused(text);
        CHECK(e.field == QStringLiteral("password"));
        CHECK(e.message.contains(QStringLiteral("contains a password")));
        CHECK(e.message.contains(QStringLiteral("shell history")));
        CHECK(e.message.contains(QStringLiteral("Type the password when Stockbook asks for it")));
        CHECK_FALSE(e.message.contains(QStringLiteral("s3cret")));
        CHECK_FALSE(e.detail.contains(QStringLiteral("s3cret")));
    }
}

TEST_CASE("unknown parameters, bad values and broken forms are refused naming what is wrong")
{
    Error e = refused(
        QStringLiteral("postgresql://db.example.com/shop?sslmode=verify-full&gssencmode=disable"));
    CHECK(e.field == QStringLiteral("gssencmode"));
    CHECK(e.message.contains(QStringLiteral("unknown parameter \"gssencmode\"")));
    CHECK(e.message.contains(QStringLiteral("sslmode, host, sslrootcert and connect_timeout")));

    e = refused(QStringLiteral("postgresql://db.example.com/shop?sslmode=verify_full"));
    CHECK(e.field == QStringLiteral("sslmode"));
    CHECK(e.message.contains(QStringLiteral("\"verify_full\" is not known")));
    CHECK(e.message.contains(QStringLiteral("verify-full (the default)")));

    e = refused(QStringLiteral("postgresql://db.example.com/shop?sslmode=require&sslmode=disable"));
    CHECK(e.field == QStringLiteral("sslmode"));
    CHECK(e.message.contains(QStringLiteral("appears twice")));

    e = refused(QStringLiteral("postgresql://db.example.com/shop?sslmode"));
    CHECK(e.message.contains(QStringLiteral("sslmode in the server address has no value")));

    e = refused(QStringLiteral("postgresql://db.example.com/shop?connect_timeout=soon"));
    CHECK(e.field == QStringLiteral("connect_timeout"));
    CHECK(e.message.contains(QStringLiteral("\"soon\" is not a whole number of seconds")));

    e = refused(QStringLiteral("postgresql://db.example.com:54x2/shop"));
    CHECK(e.field == QStringLiteral("port"));
    CHECK(e.message.contains(QStringLiteral("port \"54x2\"")));
    e = refused(QStringLiteral("postgresql://db.example.com:70000/shop"));
    CHECK(e.message.contains(QStringLiteral("port \"70000\"")));
    CHECK(e.message.contains(QStringLiteral("1 to 65535")));

    e = refused(QStringLiteral("postgresql://db.example.com"));
    CHECK(e.field == QStringLiteral("database"));
    CHECK(e.message.contains(QStringLiteral("names no database")));
    e = refused(QStringLiteral("postgresql://db.example.com/"));
    CHECK(e.field == QStringLiteral("database"));

    for (const QString &name :
         {QStringLiteral("Shop"), QStringLiteral("1shop"), QStringLiteral("shop-north"),
          QStringLiteral("shop/sub"), QStringLiteral("a23456789012345678901234567890123456789012")}) {
        INFO(name.toStdString());
        e = refused(QStringLiteral("postgresql://db.example.com/") + name);
        CHECK(e.field == QStringLiteral("database"));
        CHECK(e.message.contains(QStringLiteral("\"%1\" is not a company's database name").arg(name)));
    }
    // The longest allowed name: 40 characters.
    CHECK(server(QStringLiteral("postgresql://h/a234567890123456789012345678901234567890")).database.size()
          == 40);

    e = refused(QStringLiteral("postgresql://fe80::1/shop"));
    CHECK(e.field == QStringLiteral("host"));
    CHECK(e.message.contains(QStringLiteral("write it in brackets, e.g. postgresql://[fe80::1]/DBNAME")));
    e = refused(QStringLiteral("postgresql://[fe80::1/shop"));
    CHECK(e.message.contains(QStringLiteral("closing ']'")));

    e = refused(QStringLiteral("postgresql://db.example.com/shop?host=/run/postgresql"));
    CHECK(e.field == QStringLiteral("host"));
    CHECK(e.message.contains(QStringLiteral("host twice (db.example.com and host=/run/postgresql)")));

    e = refused(QStringLiteral("postgresql://db.example.com/shop#top"));
    CHECK(e.message.contains(QStringLiteral("after '#'")));

    e = refused(QStringLiteral("postgresql://db.example.com/shop?sslrootcert=/etc/a;b.crt"));
    CHECK(e.field == QStringLiteral("sslrootcert"));
    CHECK(e.message.contains(QStringLiteral("/etc/a;b.crt contains ';'")));

    e = refused(QStringLiteral("mysql://db.example.com/shop"));
    CHECK(e.message.contains(QStringLiteral("\"mysql\" is neither a file nor a server address")));

    e = refused(QStringLiteral("   "));
    CHECK(e.message.contains(QStringLiteral("No company given")));
}

TEST_CASE("a verified certificate needs its root file, and the message names the file and who gives it out")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString root = dir.filePath(QStringLiteral("root.crt"));
    ServerAddress a = server(QStringLiteral("postgresql://db.example.com/shop?sslrootcert=") + root);
    auto missing = a.checkRootCertificate();
    REQUIRE_ERROR(missing, ErrorCode::FileNotFound);
    CHECK(missing.error().field == QStringLiteral("sslrootcert"));
    CHECK(missing.error().message.contains(QStringLiteral("root certificate %1 is missing").arg(root)));
    CHECK(missing.error().message.contains(QStringLiteral("administrator gives it out")));
    CHECK(missing.error().message.contains(QStringLiteral("stockbook-cli server init")));

    QFile file(root);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("-----BEGIN CERTIFICATE-----\n");
    file.close();
    REQUIRE_OK(a.checkRootCertificate());

    // Not verified: no root file needed.
    REQUIRE_OK(
        server(QStringLiteral("postgresql://db.example.com/shop?sslmode=require&sslrootcert=/nonexistent/x"))
            .checkRootCertificate());
    REQUIRE_OK(server(QStringLiteral("postgresql:///shop?host=/nonexistent")).checkRootCertificate());
}
