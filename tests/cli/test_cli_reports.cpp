// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "CliDriver.h"
#include "ReportFixture.h"

#include "services/reports/ReportService.h"
#include "services/settings/SettingsService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace stockbook;
using namespace stockbook::test;

namespace {

// The report shop with the core's sales and stock-on-hand tables taken
// before it is closed, and known passwords for max and cleo.
struct ReportCli {
    ReportShop shop;
    QString db = shop.tc.path;
    ReportTable sales;
    ReportTable onHand;

    ReportCli()
    {
        ReportFilters year;
        year.from = QDate(2026, 1, 1);
        year.to = QDate(2026, 12, 31);
        auto s = ReportService(*shop.tc.company).sales(year);
        REQUIRE_OK(s);
        sales = s.value();
        auto h = ReportService(*shop.tc.company).stockOnHand({});
        REQUIRE_OK(h);
        onHand = h.value();
        closeForCli(shop.tc);
    }

    CliRun as(const QString &user, const QString &password, const QStringList &arguments)
    {
        return runCliAs(db, user, password, QStringList{QStringLiteral("report")} + arguments);
    }

    QJsonArray json(const QStringList &arguments)
    {
        const CliRun r = as(QStringLiteral("max"), MaxPassword,
                            arguments + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
        REQUIRE(r.exitCode == 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        INFO(error.errorString().toStdString());
        REQUIRE(doc.isArray());
        return doc.array();
    }
};

// The JSON a core table should print: money / 100, quantities / 1000, then the totals row.
void checkSame(const QJsonArray &printed, const ReportTable &table)
{
    QList<QVariantList> rows = table.rows.toList();
    if (!table.totals.isEmpty())
        rows.append(table.totals);
    REQUIRE(printed.size() == rows.size());
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QJsonObject o = printed[r].toObject();
        REQUIRE(o.keys().size() == table.columns.size());
        for (int c = 0; c < table.columns.size(); ++c) {
            INFO("row " << r << " column " << table.columns[c].toStdString());
            const QVariant v = rows[r].value(c);
            const QJsonValue p = o.value(table.columns[c]);
            if (table.moneyColumns.contains(c))
                CHECK(p.toDouble() == static_cast<double>(v.toLongLong()) / 100.0);
            else if (table.quantityColumns.contains(c))
                CHECK(p.toDouble() == static_cast<double>(v.toLongLong()) / 1000.0);
            else if (v.typeId() == QMetaType::LongLong)
                CHECK(p.toInteger() == v.toLongLong());
            else
                CHECK(p.toString() == v.toString());
        }
    }
}

} // namespace

TEST_CASE("report sales and stock-on-hand print the core's figures as JSON")
{
    ReportCli r;
    const QJsonArray sales = r.json({QStringLiteral("sales"), QStringLiteral("--from"),
                                     QStringLiteral("2026-01-01"), QStringLiteral("--to"),
                                     QStringLiteral("2026-12-31")});
    checkSame(sales, r.sales);
    // February: two sales of 24.00 (net 20.00, tax 4.00); March nets to 0; totals 48.00 gross.
    REQUIRE(sales.size() == 3);
    CHECK(sales[0].toObject().value(QStringLiteral("period")).toString() == QStringLiteral("2026-02"));
    CHECK(sales[0].toObject().value(QStringLiteral("gross")).toDouble() == 48.0);
    CHECK(sales[0].toObject().value(QStringLiteral("tax")).toDouble() == 8.0);
    CHECK(sales[1].toObject().value(QStringLiteral("credit_notes")).toInteger() == 1);
    CHECK(sales[2].toObject().value(QStringLiteral("net")).toDouble() == 40.0);

    const QJsonArray onHand = r.json({QStringLiteral("stock-on-hand")});
    checkSame(onHand, r.onHand);
    // Last row: the total, of no quantity: 15 kg and 2 + 5 pieces do not add up.
    CHECK(onHand.last().toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("total"));
    CHECK(onHand.last().toObject().value(QStringLiteral("quantity")).isNull());
}

TEST_CASE("report csv has a BOM and header, table is aligned, --out writes a file")
{
    ReportCli r;
    const CliRun csv = r.as(QStringLiteral("max"), MaxPassword,
                            {QStringLiteral("valuation"), QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(csv.exitCode == 0);
    // BACK Tools 2 x 5.00 = 10.00; MAIN Food 15 x 1.00; MAIN Tools 5 x 5.00; total 50.00,
    // with no quantity over kilograms and pieces.
    CHECK(csv.out.contains(QStringLiteral("warehouse,category,unit,quantity,value\r\n")));
    CHECK(csv.out.contains(QStringLiteral("BACK,Tools,piece,2,10.00\r\n")));
    CHECK(csv.out.contains(QStringLiteral("total,,,,50.00\r\n")));

    const CliRun table = r.as(
        QStringLiteral("max"), MaxPassword,
        {QStringLiteral("aging"), QStringLiteral("--as-of"), QStringLiteral("2026-05-01")});
    REQUIRE(table.exitCode == 0);
    // The table's header has the column titles.
    CHECK(table.out.startsWith(QStringLiteral("Customer ")));
    CHECK(table.out.contains(QStringLiteral("22.00"))); // 10.00 + 12.00 open

    // The file starts with the UTF-8 byte order mark, then the header.
    const QString csvFile = r.shop.tc.dir.filePath(QStringLiteral("value.csv"));
    REQUIRE(r.as(QStringLiteral("max"), MaxPassword,
                 {QStringLiteral("valuation"), QStringLiteral("--format"), QStringLiteral("csv"),
                  QStringLiteral("--out"), csvFile})
                .exitCode
            == 0);
    QFile raw(csvFile);
    REQUIRE(raw.open(QIODevice::ReadOnly));
    CHECK(raw.readAll().startsWith(
        QByteArrayLiteral("\xEF\xBB\xBFwarehouse,category,unit,quantity,value\r\n")));

    const QString file = r.shop.tc.dir.filePath(QStringLiteral("low.json"));
    const CliRun out = r.as(QStringLiteral("max"), MaxPassword,
                            {QStringLiteral("low-stock"), QStringLiteral("--format"), QStringLiteral("json"),
                             QStringLiteral("--out"), file});
    REQUIRE(out.exitCode == 0);
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QJsonArray low = QJsonDocument::fromJson(f.readAll()).array();
    REQUIRE(low.size() == 2);
    CHECK(low[0].toObject().value(QStringLiteral("to_order")).toDouble() == 2.0); // 8 - 7 + 1
}

TEST_CASE("report refuses filters that do not apply, bad values, and clerks")
{
    ReportCli r;
    CHECK(r.as(QStringLiteral("max"), MaxPassword,
               {QStringLiteral("dashboard"), QStringLiteral("--warehouse"), QStringLiteral("MAIN")})
              .exitCode
          == 2);
    CHECK(r.as(QStringLiteral("max"), MaxPassword,
               {QStringLiteral("sales"), QStringLiteral("--from"), QStringLiteral("2026-13-01")})
              .exitCode
          == 2);
    CHECK(r.as(QStringLiteral("max"), MaxPassword, {QStringLiteral("profit")}).exitCode == 2);
    CHECK(r.as(QStringLiteral("max"), MaxPassword, {QStringLiteral("movements")}).exitCode == 2);
    CHECK(r.as(QStringLiteral("max"), MaxPassword,
               {QStringLiteral("top-products"), QStringLiteral("--by"), QStringLiteral("margin")})
              .exitCode
          == 2);
    for (const QString &name : ReportService::reportNames()) {
        INFO(name.toStdString());
        QStringList arguments{name};
        if (name == QLatin1String("movements"))
            arguments << QStringLiteral("--product") << QStringLiteral("HAM-1");
        CHECK(r.as(QStringLiteral("cleo"), CleoPassword, arguments).exitCode == 4);
    }
}

TEST_CASE("report csv follows report.csv_decimal: comma decimals with semicolons")
{
    ReportCli r;
    {
        auto anna = CompanyService::signIn(r.db, QStringLiteral("anna"), TestCompany::password());
        REQUIRE_OK(anna);
        REQUIRE_OK(SettingsService(*anna.value()).setCsvDecimal(CsvDecimal::Comma));
    }
    const CliRun csv = r.as(QStringLiteral("max"), MaxPassword,
                            {QStringLiteral("valuation"), QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(csv.exitCode == 0);
    // As before: BACK Tools 2 hammers worth 10.00; 50.00 in all.
    CHECK(csv.out.contains(QStringLiteral("warehouse;category;unit;quantity;value\r\n")));
    CHECK(csv.out.contains(QStringLiteral("BACK;Tools;piece;2;10,00\r\n")));
    CHECK(csv.out.contains(QStringLiteral("total;;;;50,00\r\n")));
}

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// The data.export entries, newest first, as "entity changes".
QStringList exportEntries(const QString &db)
{
    auto anna = CompanyService::signIn(db, QStringLiteral("anna"), TestCompany::password());
    REQUIRE_OK(anna);
    QSqlQuery q = exec(anna.value()->database().connection(),
                       QStringLiteral("SELECT entity, changes FROM audit_logs WHERE action = 'data.export' "
                                      "ORDER BY seq DESC"));
    QStringList entries;
    while (q.next())
        entries << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
    return entries;
}

} // namespace

TEST_CASE("report --out is an audited export with the bytes the screen shows")
{
    ReportCli r;
    CHECK(exportEntries(r.db).isEmpty());
    const QStringList valuation{QStringLiteral("valuation")};
    int exported = 0;
    for (const QString &format : {QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("table")}) {
        INFO(format.toStdString());
        const CliRun screen = r.as(QStringLiteral("max"), MaxPassword,
                                   valuation + QStringList{QStringLiteral("--format"), format});
        REQUIRE(screen.exitCode == 0);
        const QString path = r.shop.tc.dir.filePath(QStringLiteral("valuation.") + format);
        const CliRun file = r.as(
            QStringLiteral("max"), MaxPassword,
            valuation + QStringList{QStringLiteral("--format"), format, QStringLiteral("--out"), path});
        REQUIRE(file.exitCode == 0);
        CHECK(file.bytes.isEmpty());
        CHECK(fileBytes(path) == screen.bytes);
        ++exported;
        const QStringList entries = exportEntries(r.db);
        REQUIRE(entries.size() == exported);
        CHECK(entries.first().startsWith(QStringLiteral("report:valuation ")));
        CHECK(entries.first().contains(QStringLiteral("\"format\":\"%1\"").arg(format)));
        CHECK(entries.first().contains(QStringLiteral("\"rows\":3"))); // BACK Tools, MAIN Food, MAIN Tools
    }
    // The CSV file starts with the byte order mark and the header, as before.
    CHECK(fileBytes(r.shop.tc.dir.filePath(QStringLiteral("valuation.csv")))
          == QByteArray("\xEF\xBB\xBFwarehouse,category,unit,quantity,value\r\nBACK,Tools,piece,2,10.00\r\n"
                        "MAIN,Food,kg,15,15.00\r\nMAIN,Tools,piece,5,25.00\r\ntotal,,,,50.00\r\n"));
    // Printing to the screen is not an export.
    CHECK(exportEntries(r.db).size() == 3);
}

TEST_CASE("report --out is refused with exit code 4 for a role that may view reports but not export")
{
    ReportCli r;
    {
        auto anna = CompanyService::signIn(r.db, QStringLiteral("anna"), TestCompany::password());
        REQUIRE_OK(anna);
        const QSqlDatabase sql = anna.value()->database().connection();
        exec(sql,
             QStringLiteral(
                 "INSERT INTO roles (id, name, description) VALUES (10, 'viewer', 'Reports only')"));
        exec(sql,
             QStringLiteral("INSERT INTO role_permissions (role_id, permission) VALUES (10, 'report.view')"));
        exec(sql, QStringLiteral("UPDATE users SET role_id = 10 WHERE username = 'cleo'"));
    }
    const QStringList valuation{QStringLiteral("valuation")};
    const CliRun screen = r.as(QStringLiteral("cleo"), CleoPassword,
                               valuation + QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(screen.exitCode == 0);
    CHECK(screen.out.contains(QStringLiteral("total,,,,50.00\r\n")));
    for (const QString &format : {QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("table")}) {
        INFO(format.toStdString());
        const QString path = r.shop.tc.dir.filePath(QStringLiteral("refused.") + format);
        const CliRun refused = r.as(
            QStringLiteral("cleo"), CleoPassword,
            valuation + QStringList{QStringLiteral("--format"), format, QStringLiteral("--out"), path});
        CHECK(refused.exitCode == 4);
        CHECK(refused.err.startsWith(QStringLiteral("stockbook-cli: ")));
        CHECK(refused.err.contains(QStringLiteral("data.export")));
        CHECK_FALSE(QFile::exists(path));
    }
    CHECK(exportEntries(r.db).isEmpty());
}
