// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
//
// stockbook-cli report for a report that only the registry and its own file
// know: stock-value-by-category, on the shop of StockValueShop.h.
#include "StockValueShop.h"

#include "services/reports/ReportRegistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <map>

using namespace stockbook;
using namespace stockbook::test;

namespace {

const QString MaxPassword = QStringLiteral("gravel-lantern-orchid-27");
const QString CleoPassword = QStringLiteral("copper-meadow-signal-58");

SecretBytes secret(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    return SecretBytes::copyOf(
        {reinterpret_cast<const std::uint8_t *>(bytes.constData()), static_cast<std::size_t>(bytes.size())});
}

struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run cli(const QStringList &arguments, const QString &input)
{
    QProcess p;
    p.start(QStringLiteral(STOCKBOOK_CLI), arguments);
    REQUIRE(p.waitForStarted());
    p.write(input.toUtf8());
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    Run r{p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
    UNSCOPED_INFO("stdout: " << r.out.toStdString() << "\nstderr: " << r.err.toStdString());
    CHECK(p.exitStatus() == QProcess::NormalExit);
    return r;
}

// The shop closed, with known passwords for the manager max and the clerk cleo.
struct StockValueCli {
    StockValueShop shop;
    QString db = shop.tc.path;

    StockValueCli()
    {
        std::map<QString, SecretBytes> temporary;
        for (const QString &name : {QStringLiteral("max"), QStringLiteral("cleo")}) {
            auto reset = UsersService(*shop.tc.company).resetPassword(name);
            REQUIRE_OK(reset);
            temporary.emplace(name, SecretBytes::copyOf(reset->bytes()));
        }
        shop.tc.company.reset();
        for (const auto &[name, password] : {std::pair{QStringLiteral("max"), MaxPassword},
                                             std::pair{QStringLiteral("cleo"), CleoPassword}}) {
            auto signedIn = CompanyService::signIn(db, name, temporary.at(name));
            REQUIRE_OK(signedIn);
            REQUIRE_OK(
                UsersService(*signedIn.value()).changeOwnPassword(temporary.at(name), secret(password)));
        }
        // stockbook-cli refuses key slots cheaper than scrypt N=2^15: a sign-in
        // at that cost rewraps each.
        security::ScopedKdfCostForTesting cliFloor(
            {security::KdfAlgorithm::Scrypt, std::uint64_t{1} << 15, 8, 1});
        for (const auto &[name, password] :
             {std::pair{QStringLiteral("max"), MaxPassword}, std::pair{QStringLiteral("cleo"), CleoPassword}})
            REQUIRE_OK(CompanyService::signIn(db, name, secret(password)));
    }

    Run as(const QString &user, const QString &password, const QStringList &arguments)
    {
        return cli(QStringList{QStringLiteral("report")} + arguments
                       + QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), user,
                                     QStringLiteral("--password-stdin")},
                   password + QLatin1Char('\n'));
    }
};

const QString Name = QStringLiteral("stock-value-by-category");

} // namespace

TEST_CASE("report stock-value-by-category prints the hand-computed table, CSV and JSON")
{
    StockValueCli r;
    // The figures of StockValueShop.h; the table has the column titles, numbers right-aligned.
    const Run table = r.as(QStringLiteral("max"), MaxPassword, {Name});
    REQUIRE(table.exitCode == 0);
    CHECK(table.out
          == QByteArray("Category       Warehouse  Quantity  Value\n"
                        "Paint          BACK              4  13.33\n"
                        "Tools          BACK              4  22.00\n"
                        "Tools          MAIN              5  34.35\n"
                        "(no category)  BACK              1   0.99\n"
                        "(no category)  MAIN              3   2.97\n"
                        "total                           17  73.64\n"));

    const Run csv = r.as(QStringLiteral("max"), MaxPassword,
                         {Name, QStringLiteral("--warehouse"), QStringLiteral("MAIN"),
                          QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(csv.exitCode == 0);
    // MAIN only: Tools 5 pieces 34.35, no category 3 pieces 2.97; 8 units, 37.32.
    CHECK(csv.out
          == QByteArray("\xEF\xBB\xBF"
                        "category,warehouse,quantity,value\r\n"
                        "Tools,MAIN,5,34.35\r\n(no category),MAIN,3,2.97\r\ntotal,,8,37.32\r\n"));

    const Run json = r.as(QStringLiteral("max"), MaxPassword,
                          {Name, QStringLiteral("--category"), QStringLiteral("Paint"),
                           QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(json.exitCode == 0);
    const QJsonArray rows = QJsonDocument::fromJson(json.out).array();
    REQUIRE(rows.size() == 2); // Paint BACK, then the totals row
    CHECK(rows[0].toObject().value(QStringLiteral("category")).toString() == QStringLiteral("Paint"));
    CHECK(rows[0].toObject().value(QStringLiteral("warehouse")).toString() == QStringLiteral("BACK"));
    CHECK(rows[0].toObject().value(QStringLiteral("quantity")).toDouble() == 4.0);
    CHECK(rows[0].toObject().value(QStringLiteral("value")).toDouble() == 13.33);
    CHECK(rows[1].toObject().value(QStringLiteral("category")).toString() == QStringLiteral("total"));
}

TEST_CASE("report stock-value-by-category: refused for a clerk, filters it does not take, unknown names")
{
    StockValueCli r;
    const Run clerk = r.as(QStringLiteral("cleo"), CleoPassword, {Name});
    CHECK(clerk.exitCode == 4);
    CHECK(clerk.out.isEmpty());
    const Run period = r.as(QStringLiteral("max"), MaxPassword,
                            {Name, QStringLiteral("--period"), QStringLiteral("month")});
    CHECK(period.exitCode == 2);
    CHECK(period.err.contains(QStringLiteral("The stock-value-by-category report does not take --period.")));
    const Run attic = r.as(QStringLiteral("max"), MaxPassword,
                           {Name, QStringLiteral("--warehouse"), QStringLiteral("ATTIC")});
    CHECK(attic.exitCode == 1);
    CHECK(attic.err.contains(QStringLiteral("There is no warehouse ATTIC.")));
}

TEST_CASE("report --help and its error name every report of the registry")
{
    const Run help = cli({QStringLiteral("report"), QStringLiteral("--help")}, {});
    REQUIRE(help.exitCode == 0);
    const Run unknown = cli({QStringLiteral("report"), QStringLiteral("profit")}, {});
    CHECK(unknown.exitCode == 2);
    QStringList names;
    for (const ReportDefinition &d : reportRegistry())
        names << d.name;
    CHECK(names.contains(Name));
    CHECK(
        QString::fromUtf8(help.out).contains(QStringLiteral("  NAME: ") + names.join(QStringLiteral(", "))));
    CHECK(unknown.err.contains(names.join(QStringLiteral(", "))));
}
