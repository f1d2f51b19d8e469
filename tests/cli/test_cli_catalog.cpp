// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "CliDriver.h"

#include <QFile>

using namespace stockbook;
using namespace stockbook::test;

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(STOCKBOOK_TEST_DATA_DIR "/csv/") + QLatin1String(name);
}

// A company prepared through core (admin "anna"; besides max and cleo, a
// clerk "carl" with a chosen password), then closed so the CLI can open it.
struct CliCatalogCompany {
    TestCompany tc;
    QString admin = AnnaPassword;
    QString clerk = QStringLiteral("blue-staple-otter-77");

    CliCatalogCompany()
    {
        auto temporary =
            UsersService(*tc.company).create({QStringLiteral("carl"), QStringLiteral("clerk"), {}, {}});
        REQUIRE_OK(temporary);
        tc.company.reset();
        auto carl = CompanyService::signIn(tc.path, QStringLiteral("carl"), temporary.value());
        REQUIRE_OK(carl);
        REQUIRE_OK(UsersService(*carl.value()).changeOwnPassword(temporary.value(), secretOf(clerk)));
        carl.value().reset();
        rewrapForCli(tc.path, {{QStringLiteral("anna"), AnnaPassword}, {QStringLiteral("carl"), clerk}});
    }

    CliRun as(const QString &user, const QStringList &arguments)
    {
        return runCliAs(tc.path, user, user == QLatin1String("anna") ? admin : clerk, arguments);
    }

    qlonglong count(const QString &table)
    {
        auto s = CompanyService::signIn(tc.path, QStringLiteral("anna"), TestCompany::password());
        REQUIRE_OK(s);
        QSqlQuery q = exec(s.value()->database().connection(),
                           QStringLiteral("SELECT count(*) FROM ") + table);
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }
};

QString writeFile(const QTemporaryDir &dir, const char *name, const QByteArray &content)
{
    const QString path = dir.filePath(QLatin1String(name));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(content);
    return path;
}

} // namespace

TEST_CASE("import suppliers and products, then export them")
{
    CliCatalogCompany c;
    const QString suppliers = writeFile(c.tc.dir, "suppliers.csv",
                                        "name,email,phone,address,tax_id,payment_terms_days,notes,active\n"
                                        "Acme Tools,tools@acme.example,,,,30,,1\n");
    const CliRun s = c.as(QStringLiteral("anna"),
                          {QStringLiteral("supplier"), QStringLiteral("import"), suppliers});
    REQUIRE(s.exitCode == 0);
    CHECK(s.out.contains(QStringLiteral("Imported 1 row(s).")));

    const CliRun dry = c.as(QStringLiteral("anna"),
                            {QStringLiteral("product"), QStringLiteral("import"),
                             dataFile("products_good.csv"), QStringLiteral("--dry-run")});
    REQUIRE(dry.exitCode == 0);
    CHECK(dry.out.contains(QStringLiteral("3 row(s) checked")));
    CHECK(c.count(QStringLiteral("products")) == 0);

    const CliRun p = c.as(
        QStringLiteral("anna"),
        {QStringLiteral("product"), QStringLiteral("import"), dataFile("products_good.csv")});
    REQUIRE(p.exitCode == 0);
    CHECK(p.out.contains(QStringLiteral("Imported 3 row(s).")));
    CHECK(c.count(QStringLiteral("products")) == 3);

    const QString out = c.tc.dir.filePath(QStringLiteral("out.csv"));
    const CliRun e = c.as(QStringLiteral("anna"), {QStringLiteral("product"), QStringLiteral("export"), out});
    REQUIRE(e.exitCode == 0);
    CHECK(e.out.contains(QStringLiteral("Exported 3 row(s)")));
    QFile f(out);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    REQUIRE(lines.size() == 5); // header, three rows, and the empty piece after the last CRLF
    CHECK(lines[0] == "sku,barcode,name,category,supplier_email,unit,price,tax_rate,reorder_level,active\r");
    CHECK(lines[1]
          == "HAM-1,4006381333931,\"Claw hammer, 500 g\",Tools,tools@acme.example,piece,12.50,20,5,1\r");
    CHECK(lines[3] == "ROPE-1,,Rope,Tools,,metre,0.99,20,0,0\r");
}

TEST_CASE("a bad file prints each bad row by line, exits 1 and writes nothing")
{
    CliCatalogCompany c;
    const CliRun r = c.as(
        QStringLiteral("anna"),
        {QStringLiteral("product"), QStringLiteral("import"), dataFile("products_bad.csv")});
    CHECK(r.exitCode == 1);
    QFile expected(dataFile("products_bad.expected"));
    REQUIRE(expected.open(QIODevice::ReadOnly));
    // EXIST-1 is not in this company, so line 7 is fine here; every other line is reported.
    QStringList lines = QString::fromUtf8(expected.readAll()).split(u'\n', Qt::SkipEmptyParts);
    lines.removeIf([](const QString &l) { return l.startsWith(QLatin1String("line 7:")); });
    CHECK(r.out.split(u'\n', Qt::SkipEmptyParts) == lines);
    CHECK(r.err.contains(QStringLiteral("nothing was imported")));
    CHECK(c.count(QStringLiteral("products")) == 0);
    CHECK(c.count(QStringLiteral("categories")) == 0);
}

TEST_CASE("a clerk may not export or import products but may import customers")
{
    CliCatalogCompany c;
    const QString out = c.tc.dir.filePath(QStringLiteral("out.csv"));
    CHECK(c.as(QStringLiteral("carl"), {QStringLiteral("product"), QStringLiteral("export"), out}).exitCode
          == 4);
    CHECK(c.as(QStringLiteral("carl"), {QStringLiteral("customer"), QStringLiteral("export"), out}).exitCode
          == 4);
    CHECK_FALSE(QFile::exists(out));
    CHECK(c.as(QStringLiteral("carl"),
               {QStringLiteral("product"), QStringLiteral("import"), dataFile("products_good.csv")})
              .exitCode
          == 4);
    const QString customers = writeFile(c.tc.dir, "customers.csv",
                                        "name,email,phone,address,tax_id,payment_terms_days,notes,active\n"
                                        "\"Bakery, Ann\",ann@example.com,,\"1 Road\nTown\",,14,,1\n");
    const CliRun ok = c.as(QStringLiteral("carl"),
                           {QStringLiteral("customer"), QStringLiteral("import"), customers});
    CHECK(ok.exitCode == 0);
    CHECK(c.count(QStringLiteral("customers")) == 1);
}

TEST_CASE("usage errors exit 2 and a missing file exits 1")
{
    CliCatalogCompany c;
    CHECK(runCli({QStringLiteral("product"), QStringLiteral("--help")}, {}).exitCode == 0);
    CHECK(c.as(QStringLiteral("anna"), {QStringLiteral("product"), QStringLiteral("import")}).exitCode == 2);
    CHECK(c.as(QStringLiteral("anna"),
               {QStringLiteral("product"), QStringLiteral("frobnicate"), QStringLiteral("x")})
              .exitCode
          == 2);
    CHECK(c.as(QStringLiteral("anna"),
               {QStringLiteral("supplier"), QStringLiteral("export"), QStringLiteral("x.csv"),
                QStringLiteral("--dry-run")})
              .exitCode
          == 2);
    CHECK(runCli({QStringLiteral("customer"), QStringLiteral("import"), QStringLiteral("x.csv")}, {}).exitCode
          == 2);
    const CliRun missing = c.as(QStringLiteral("anna"),
                                {QStringLiteral("customer"), QStringLiteral("import"),
                                 c.tc.dir.filePath(QStringLiteral("none.csv"))});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("does not exist")));
}
