// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "CliDriver.h"

#include "services/stock/StockLedger.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <tuple>

using namespace stockbook;
using namespace stockbook::test;

namespace {

const QString Now = QStringLiteral("2026-01-05T10:00:00.000Z");

// A company with MAIN and BACK, flour (kg) and nails, stock in MAIN, and
// known passwords for max (manager) and cleo (clerk); closed for the CLI.
struct StockCli {
    TestCompany tc;
    QString db = tc.path;

    StockCli()
    {
        QSqlDatabase c = tc.sql();
        exec(c,
             QStringLiteral("INSERT INTO warehouses (code, name, active, is_default, created_at) VALUES "
                            "('BACK', 'Back room', 1, 0, ?)"),
             {Now});
        for (const auto &[sku, name, unit] :
             {std::tuple{QStringLiteral("FLOUR-1"), QStringLiteral("Flour, fine"), QStringLiteral("kg")},
              std::tuple{QStringLiteral("NAIL-50"), QStringLiteral("Nails 50 mm"), QStringLiteral("piece")}})
            exec(
                c,
                QStringLiteral("INSERT INTO products (sku, name, tax_rate_id, unit, price, cost, created_at, "
                               "updated_at) VALUES (?, ?, 1, ?, 1000, 400, ?, ?)"),
                {sku, name, unit, Now, Now});
        {
            // Opening stock as counted (a receipt belongs to an invoice on a server).
            storage::Transaction tx(tc.seedDb());
            REQUIRE_OK(tx.begin());
            StockLedger ledger(tc.seedDb(), tc.userIds.value(QStringLiteral("admin")));
            // 10.5 kg of flour (product 1) and 40 nails (product 2) in MAIN (1).
            REQUIRE_OK(ledger.apply({1,
                                     1,
                                     MovementType::AdjustmentIn,
                                     10500,
                                     400,
                                     {},
                                     {},
                                     QStringLiteral(""),
                                     QStringLiteral("")}));
            REQUIRE_OK(ledger.apply({2,
                                     1,
                                     MovementType::AdjustmentIn,
                                     40000,
                                     400,
                                     {},
                                     {},
                                     QStringLiteral(""),
                                     QStringLiteral("")}));
            REQUIRE_OK(tx.commit());
        }
        closeForCli(tc);
    }

    CliRun as(const QString &user, const QString &password, const QStringList &arguments)
    {
        return runCliAs(db, user, password, QStringList{QStringLiteral("stock")} + arguments);
    }

    QJsonArray levelsJson(const QStringList &extra = {})
    {
        const CliRun r = as(
            QStringLiteral("cleo"), CleoPassword,
            QStringList{QStringLiteral("levels"), QStringLiteral("--format"), QStringLiteral("json")}
                + extra);
        REQUIRE(r.exitCode == 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        INFO(error.errorString().toStdString());
        REQUIRE(doc.isArray());
        return doc.array();
    }
};

} // namespace

TEST_CASE("stock transfer by a manager moves stock and levels show it as JSON and CSV")
{
    StockCli s;
    const CliRun moved = s.as(QStringLiteral("max"), MaxPassword,
                              {QStringLiteral("transfer"), QStringLiteral("--from"), QStringLiteral("MAIN"),
                               QStringLiteral("--to"), QStringLiteral("BACK"), QStringLiteral("--line"),
                               QStringLiteral("FLOUR-1:1.5"), QStringLiteral("--line"),
                               QStringLiteral("NAIL-50:12"), QStringLiteral("--reference"),
                               QStringLiteral("T-9")});
    REQUIRE(moved.exitCode == 0);
    CHECK(moved.out.contains(QStringLiteral("from MAIN to BACK")));

    // Flour: 10.5 - 1.5 = 9 in MAIN, 1.5 in BACK. Nails: 40 - 12 = 28 in MAIN, 12 in BACK.
    const QJsonArray levels = s.levelsJson();
    REQUIRE(levels.size() == 4);
    QMap<QString, double> quantity;
    for (const QJsonValue &v : levels) {
        const QJsonObject o = v.toObject();
        REQUIRE(o.value(QStringLiteral("quantity")).isDouble());
        quantity.insert(o.value(QStringLiteral("sku")).toString() + QLatin1Char('@')
                            + o.value(QStringLiteral("warehouse")).toString(),
                        o.value(QStringLiteral("quantity")).toDouble());
    }
    CHECK(quantity.value(QStringLiteral("FLOUR-1@MAIN")) == 9.0);
    CHECK(quantity.value(QStringLiteral("FLOUR-1@BACK")) == 1.5);
    CHECK(quantity.value(QStringLiteral("NAIL-50@MAIN")) == 28.0);
    CHECK(quantity.value(QStringLiteral("NAIL-50@BACK")) == 12.0);
    CHECK(levels.at(0).toObject().value(QStringLiteral("sku")).toString() == QStringLiteral("FLOUR-1"));
    CHECK(levels.at(0).toObject().value(QStringLiteral("unit")).toString() == QStringLiteral("kg"));
    CHECK(levels.at(0).toObject().value(QStringLiteral("name")).toString() == QStringLiteral("Flour, fine"));

    const QJsonArray back = s.levelsJson({QStringLiteral("--warehouse"), QStringLiteral("BACK")});
    CHECK(back.size() == 2);

    const CliRun csv = s.as(QStringLiteral("cleo"), CleoPassword,
                            {QStringLiteral("levels"), QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(csv.exitCode == 0);
    const QStringList rows = csv.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(rows.size() == 5);
    CHECK(rows.at(0) == QStringLiteral("sku,name,unit,warehouse,quantity"));
    CHECK(rows.at(1) == QStringLiteral("FLOUR-1,\"Flour, fine\",kg,BACK,1.5"));

    const CliRun table = s.as(QStringLiteral("cleo"), CleoPassword, {QStringLiteral("levels")});
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("NAIL-50")));
}

TEST_CASE("stock levels as CSV put a quote before a formula but leave the quantity a number")
{
    TestCompany tc;
    exec(tc.sql(),
         QStringLiteral(
             "INSERT INTO products (id, sku, name, tax_rate_id, unit, price, cost, created_at, "
             "updated_at) VALUES (1, '@X', '=HYPERLINK(\"http://x\",\"y\")', 1, 'piece', 1000, 400, ?, "
             "?)"),
         {Now, Now});
    {
        storage::Transaction tx(tc.seedDb());
        REQUIRE_OK(tx.begin());
        StockLedger ledger(tc.seedDb(), tc.userIds.value(QStringLiteral("admin")));
        REQUIRE_OK(ledger.apply(
            {1, 1, MovementType::AdjustmentIn, 2000, 400, {}, {}, QStringLiteral(""), QStringLiteral("")}));
        REQUIRE_OK(tx.commit());
    }
    closeForCli(tc);
    const CliRun csv = runCliAs(tc.path, QStringLiteral("cleo"), CleoPassword,
                                {QStringLiteral("stock"), QStringLiteral("levels"),
                                 QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)
          == QStringList{QStringLiteral("sku,name,unit,warehouse,quantity"),
                         QStringLiteral("'@X,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",piece,MAIN,2")});
}

TEST_CASE("stock adjust records a stocktake and refusals keep their exit codes")
{
    StockCli s;
    // Counted 10 kg of flour (10.5 - 0.5) and 41 nails (40 + 1).
    const CliRun adjusted = s.as(
        QStringLiteral("max"), MaxPassword,
        {QStringLiteral("adjust"), QStringLiteral("--warehouse"), QStringLiteral("MAIN"),
         QStringLiteral("--line"), QStringLiteral("FLOUR-1:10"), QStringLiteral("--line"),
         QStringLiteral("NAIL-50:41"), QStringLiteral("--reason"), QStringLiteral("spring count")});
    REQUIRE(adjusted.exitCode == 0);
    CHECK(adjusted.out.contains(QStringLiteral("FLOUR-1 10.5 -> 10 (-0.5)")));
    CHECK(adjusted.out.contains(QStringLiteral("NAIL-50 40 -> 41 (+1)")));
    const QJsonArray levels = s.levelsJson({QStringLiteral("--warehouse"), QStringLiteral("MAIN")});
    REQUIRE(levels.size() == 2);
    CHECK(levels.at(0).toObject().value(QStringLiteral("quantity")).toDouble() == 10.0);
    CHECK(levels.at(1).toObject().value(QStringLiteral("quantity")).toDouble() == 41.0);

    // A clerk may not transfer or adjust: exit 4.
    const CliRun clerkTransfer = s.as(QStringLiteral("cleo"), CleoPassword,
                                      {QStringLiteral("transfer"), QStringLiteral("--from"),
                                       QStringLiteral("MAIN"), QStringLiteral("--to"), QStringLiteral("BACK"),
                                       QStringLiteral("--line"), QStringLiteral("NAIL-50:1")});
    CHECK(clerkTransfer.exitCode == 4);
    CHECK(clerkTransfer.err.contains(QStringLiteral("stock.transfer")));
    const CliRun clerkAdjust = s.as(QStringLiteral("cleo"), CleoPassword,
                                    {QStringLiteral("adjust"), QStringLiteral("--warehouse"),
                                     QStringLiteral("MAIN"), QStringLiteral("--line"),
                                     QStringLiteral("NAIL-50:1"), QStringLiteral("--reason"),
                                     QStringLiteral("x")});
    CHECK(clerkAdjust.exitCode == 4);

    // Too much: exit 1 with the ledger's message.
    const CliRun tooMuch = s.as(QStringLiteral("max"), MaxPassword,
                                {QStringLiteral("transfer"), QStringLiteral("--from"), QStringLiteral("MAIN"),
                                 QStringLiteral("--to"), QStringLiteral("BACK"), QStringLiteral("--line"),
                                 QStringLiteral("NAIL-50:42")});
    CHECK(tooMuch.exitCode == 1);
    CHECK(tooMuch.err.contains(QStringLiteral("41 available")));

    // Malformed lines and missing options: usage, exit 2.
    CHECK(s.as(QStringLiteral("max"), MaxPassword,
               {QStringLiteral("transfer"), QStringLiteral("--from"), QStringLiteral("MAIN"),
                QStringLiteral("--to"), QStringLiteral("BACK"), QStringLiteral("--line"),
                QStringLiteral("NAIL-50")})
              .exitCode
          == 2);
    CHECK(s.as(QStringLiteral("max"), MaxPassword,
               {QStringLiteral("adjust"), QStringLiteral("--warehouse"), QStringLiteral("MAIN"),
                QStringLiteral("--line"), QStringLiteral("NAIL-50:3")})
              .exitCode
          == 2);
    CHECK(s.as(QStringLiteral("cleo"), CleoPassword,
               {QStringLiteral("levels"), QStringLiteral("--format"), QStringLiteral("xml")})
              .exitCode
          == 2);
    CHECK(runCli({QStringLiteral("stock"), QStringLiteral("transfer"), QStringLiteral("--help")}).exitCode
          == 0);
    CHECK(runCli({QStringLiteral("stock"), QStringLiteral("shuffle")}).exitCode == 2);
}

TEST_CASE("verify names a stock level changed behind the ledger's back")
{
    StockCli s;
    auto verifyRun = [&] {
        return runCliAs(s.db, QStringLiteral("anna"), AnnaPassword, {QStringLiteral("verify")});
    };
    const CliRun clean = verifyRun();
    CHECK(clean.exitCode == 0);
    CHECK(clean.out.contains(QStringLiteral("stock levels: ok")));
    const QString tamper = QStringLiteral(
        "UPDATE stock_levels SET quantity = 39000 WHERE product_id = 2 AND warehouse_id = 1");
    if (s.tc.cluster) {
        // No login may write a level on a server: the superuser, around the ledger's trigger.
        RawRows raw(s.tc);
        exec(s.tc.sql(), tamper);
    } else {
        auto company = CompanyService::signIn(s.db, QStringLiteral("anna"), secretOf(AnnaPassword));
        REQUIRE_OK(company);
        exec(company.value()->database().connection(), tamper);
    }
    const CliRun tampered = verifyRun();
    CHECK(tampered.exitCode == 1);
    CHECK(tampered.out.contains(QStringLiteral("stock levels: FAILED")));
    CHECK(tampered.out.contains(
        QStringLiteral("NAIL-50 in warehouse MAIN: the level is 39 but the stock movements add up to 40.")));
    CHECK(tampered.out.contains(QStringLiteral("verify: problems found")));
}
