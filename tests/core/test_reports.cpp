// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "Golden.h"
#include "GoldenFilters.h"
#include "GoldenShop.h"
#include "ReportFixture.h"

#include "services/reports/ReportService.h"
#include "services/reports/output/ReportFormat.h"
#include "storage/Dialect.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
#include <thread>

using namespace stockbook;
using namespace stockbook::test;

namespace {

// A cell as the report holds it; text given as a literal.
struct Cell {
    QVariant value;
    Cell(const char *text) : value(QString::fromUtf8(text)) { }
    Cell(int number) : value(qint64(number)) { }
    Cell(const QVariant &v) : value(v) { }
};

QVariantList row(std::initializer_list<Cell> cells)
{
    QVariantList out;
    for (const Cell &c : cells)
        out.append(c.value);
    return out;
}

// Compares cell by cell as text, so 2000 (qint64) equals 2000 (int).
void checkRows(const ReportRows &actual, const QList<QVariantList> &expected)
{
    REQUIRE(actual.size() == expected.size());
    for (qsizetype r = 0; r < actual.size(); ++r) {
        REQUIRE(actual[r].size() == expected[r].size());
        for (qsizetype c = 0; c < actual[r].size(); ++c) {
            INFO("row " << r << " column " << c);
            CHECK(actual[r][c].toString() == expected[r][c].toString());
        }
    }
}

ReportFilters period(QDate from, QDate to)
{
    ReportFilters f;
    f.from = from;
    f.to = to;
    return f;
}

} // namespace

TEST_CASE("stock reports: on hand with subtotals, low stock, valuation")
{
    ReportShop shop;
    ReportService reports(*shop.tc.company);

    auto onHand = reports.stockOnHand({});
    REQUIRE_OK(onHand);
    CHECK(onHand->columns
          == QStringList{QStringLiteral("kind"), QStringLiteral("sku"), QStringLiteral("name"),
                         QStringLiteral("category"), QStringLiteral("warehouse"), QStringLiteral("quantity"),
                         QStringLiteral("unit")});
    // BACK: 2 hammers (2 pieces); MAIN: 15 kg flour and 7 - 2 = 5 hammers, kilograms
    // and pieces, which add up to no quantity: neither MAIN's subtotal nor the total
    // has one.
    checkRows(onHand->rows,
              {row({"item", "HAM-1", "Hammer", "Tools", "BACK", 2000, "piece"}),
               row({"subtotal", "", "", "", "BACK", 2000, "piece"}),
               row({"item", "FLOUR-1", "Flour", "Food", "MAIN", 15000, "kg"}),
               row({"item", "HAM-1", "Hammer", "Tools", "MAIN", 5000, "piece"}),
               row({"subtotal", "", "", "", "MAIN", QVariant(), ""})});
    CHECK_FALSE(onHand->totals.value(5).isValid());
    CHECK(onHand->totals.value(6).toString().isEmpty());

    ReportFilters tools;
    tools.category = QStringLiteral("tools");
    auto toolsOnly = reports.stockOnHand(tools);
    REQUIRE_OK(toolsOnly);
    CHECK(toolsOnly->rows.size() == 4);                     // two hammer rows and two subtotals
    CHECK(toolsOnly->totals.value(5).toLongLong() == 7000); // 2 + 5 hammers
    CHECK(toolsOnly->totals.value(6).toString() == QStringLiteral("piece"));

    ReportFilters acme;
    acme.supplier = QStringLiteral("ACME@example.com");
    acme.warehouse = QStringLiteral("main");
    auto acmeMain = reports.stockOnHand(acme);
    REQUIRE_OK(acmeMain);
    checkRows(acmeMain->rows,
              {row({"item", "HAM-1", "Hammer", "Tools", "MAIN", 5000, "piece"}),
               row({"subtotal", "", "", "", "MAIN", 5000, "piece"})});

    ReportFilters unknown;
    unknown.warehouse = QStringLiteral("NOPE");
    REQUIRE_ERROR(reports.stockOnHand(unknown), ErrorCode::NotFound);

    // Hammer: 7 <= 8, to order 8 - 7 + 1 = 2. Nails: 0 <= 1, to order 1 - 0 + 1 = 2.
    // Flour has no reorder level and is left out.
    auto low = reports.lowStock({});
    REQUIRE_OK(low);
    checkRows(low->rows,
              {row({"HAM-1", "Hammer", "piece", 7000, 8000, 2000, "Acme", "acme@example.com"}),
               row({"NAIL-1", "Nails", "piece", 0, 1000, 2000, "", ""})});

    // Cost: hammer 5.00, flour 1.00 per kg (one receipt each, moving average unchanged by sales).
    // BACK Tools: 2 x 5.00 = 10.00; MAIN Food: 15 x 1.00 = 15.00; MAIN Tools: 5 x 5.00 = 25.00; total 50.00.
    // Kilograms and pieces: no quantity total.
    auto value = reports.valuation({});
    REQUIRE_OK(value);
    checkRows(value->rows,
              {row({"BACK", "Tools", "piece", 2000, 1000}), row({"MAIN", "Food", "kg", 15000, 1500}),
               row({"MAIN", "Tools", "piece", 5000, 2500})});
    CHECK_FALSE(value->totals.value(3).isValid());
    CHECK(value->totals.value(4).toLongLong() == 5000);
}

TEST_CASE("stock reports order SKUs and category names without regard to case on both engines")
{
    ReportShop shop;
    CompanySession &c = *shop.tc.company;
    CatalogService catalog(c);
    auto paint = catalog.createCategory(QStringLiteral("paint"));
    REQUIRE_OK(paint);
    ProductInput axe;
    axe.sku = QStringLiteral("axe-1");
    axe.name = QStringLiteral("Axe");
    axe.categoryId = paint.value();
    axe.price = 2000;
    axe.reorderLevel = 2000;
    auto axeId = catalog.createProduct(axe);
    REQUIRE_OK(axeId);
    QSqlQuery acme = exec(shop.tc.sql(), QStringLiteral("SELECT id FROM suppliers WHERE name = 'Acme'"));
    REQUIRE(acme.next());
    InvoiceLineInput line;
    line.productId = axeId.value();
    line.quantity = 1000;
    line.unitPrice = 800;
    line.taxRateBp = 0;
    InvoiceDraft purchase;
    purchase.type = InvoiceType::Purchase;
    purchase.partnerId = acme.value(0).toLongLong();
    purchase.warehouseId = 1; // MAIN
    purchase.issueDate = QDate(2026, 1, 11);
    purchase.lines = {line};
    REQUIRE_OK(InvoiceService(c).createAndPost(purchase));
    ReportService reports(c);

    // axe-1 sorts before FLOUR-1 and HAM-1 as the file's NOCASE column sorts
    // it; bytewise ('a' after 'H') it would come last.
    auto onHand = reports.stockOnHand({});
    REQUIRE_OK(onHand);
    checkRows(onHand->rows,
              {row({"item", "HAM-1", "Hammer", "Tools", "BACK", 2000, "piece"}),
               row({"subtotal", "", "", "", "BACK", 2000, "piece"}),
               row({"item", "axe-1", "Axe", "paint", "MAIN", 1000, "piece"}),
               row({"item", "FLOUR-1", "Flour", "Food", "MAIN", 15000, "kg"}),
               row({"item", "HAM-1", "Hammer", "Tools", "MAIN", 5000, "piece"}),
               row({"subtotal", "", "", "", "MAIN", QVariant(), ""})});
    // Axe 1 <= 2: to order 2 - 1 + 1 = 2; hammer and nails as in the first case.
    auto low = reports.lowStock({});
    REQUIRE_OK(low);
    checkRows(low->rows,
              {row({"axe-1", "Axe", "piece", 1000, 2000, 2000, "", ""}),
               row({"HAM-1", "Hammer", "piece", 7000, 8000, 2000, "Acme", "acme@example.com"}),
               row({"NAIL-1", "Nails", "piece", 0, 1000, 2000, "", ""})});
    // Food, paint, Tools; one axe at 8.00 in MAIN.
    auto byCategory = reports.run(QStringLiteral("stock-value-by-category"), {});
    REQUIRE_OK(byCategory);
    checkRows(byCategory->rows,
              {row({"Food", "MAIN", 15000, 1500}), row({"paint", "MAIN", 1000, 800}),
               row({"Tools", "BACK", 2000, 1000}), row({"Tools", "MAIN", 5000, 2500})});
}

TEST_CASE("movements: opening balance, each movement with a running balance, closing balance")
{
    ReportShop shop;
    ReportService reports(*shop.tc.company);
    const QDate today = QDate::currentDate();
    const QString todayText = today.toString(Qt::ISODate);

    ReportFilters f = period(QDate(2026, 1, 1), today.addDays(1));
    f.product = QStringLiteral("HAM-1");
    f.warehouse = QStringLiteral("MAIN");
    auto m = reports.movements(f);
    REQUIRE_OK(m);
    // Hammers in MAIN, in the order recorded (all today by the ledger's clock):
    // +10 = 10, -2 = 8, -1 = 7, -3 = 4, +3 (void) = 7, -1 = 6, +1 (credit note) = 7, -2 (transfer) = 5.
    // In: 10 + 3 + 1 = 14; out: 2 + 1 + 3 + 1 + 2 = 9.
    REQUIRE(m->rows.size() == 10);
    CHECK(m->rows.first().value(0).toString() == QStringLiteral("opening"));
    CHECK(m->rows.first().value(8).toLongLong() == 0);
    const QStringList types{QStringLiteral("receipt"), QStringLiteral("sale"),        QStringLiteral("sale"),
                            QStringLiteral("sale"),    QStringLiteral("void_in"),     QStringLiteral("sale"),
                            QStringLiteral("return"),  QStringLiteral("transfer_out")};
    const QList<qint64> balances{10000, 8000, 7000, 4000, 7000, 6000, 7000, 5000};
    for (int i = 0; i < 8; ++i) {
        INFO("movement " << i);
        CHECK(m->rows[i + 1].value(1).toString() == todayText);
        CHECK(m->rows[i + 1].value(2).toString() == types[i]);
        CHECK(m->rows[i + 1].value(8).toLongLong() == balances[i]);
    }
    CHECK(m->rows.last().value(0).toString() == QStringLiteral("closing"));
    CHECK(m->rows.last().value(6).toLongLong() == 14000);
    CHECK(m->rows.last().value(7).toLongLong() == 9000);
    CHECK(m->rows.last().value(8).toLongLong() == 5000);

    // A period after every movement: opening = closing = 5, nothing in between.
    ReportFilters later = period(today.addDays(1), today.addDays(2));
    later.product = QStringLiteral("HAM-1");
    later.warehouse = QStringLiteral("MAIN");
    auto after = reports.movements(later);
    REQUIRE_OK(after);
    REQUIRE(after->rows.size() == 2);
    CHECK(after->rows[0].value(8).toLongLong() == 5000);
    CHECK(after->rows[1].value(8).toLongLong() == 5000);

    // BACK holds only the transfer's 2 hammers.
    ReportFilters back = period(QDate(2026, 1, 1), today);
    back.warehouse = QStringLiteral("BACK");
    auto backRows = reports.movements(back);
    REQUIRE_OK(backRows);
    REQUIRE(backRows->rows.size() == 3);
    CHECK(backRows->rows[1].value(2).toString() == QStringLiteral("transfer_in"));
    CHECK(backRows->rows[1].value(3).toString() == QStringLiteral("T-1"));
    CHECK(backRows->rows[2].value(8).toLongLong() == 2000);

    // No dates: the whole history, the same eight movements from 0 to 5.
    ReportFilters all;
    all.product = QStringLiteral("HAM-1");
    all.warehouse = QStringLiteral("MAIN");
    auto whole = reports.movements(all);
    REQUIRE_OK(whole);
    REQUIRE(whole->rows.size() == 10);
    CHECK(whole->rows.first().value(8).toLongLong() == 0);
    CHECK(whole->rows[1].value(2).toString() == QStringLiteral("receipt"));
    CHECK(whole->rows.last().value(8).toLongLong() == 5000);

    REQUIRE_ERROR(reports.movements(period(QDate(2026, 1, 1), today)), ErrorCode::InvalidArgument);
}

TEST_CASE("movements of a busy warehouse: every row in order across the batches it is read in")
{
    ReportShop shop;
    CompanySession &c = *shop.tc.company;
    REQUIRE_OK(WarehouseService(c).create(QStringLiteral("BIG"), QStringLiteral("Big store")));
    // 40,000 movements of hammers into BIG, one a second from 09:00, 20,000
    // on 1 March and 20,000 on 2 March: every 4th a receipt of 5, the rest
    // sales of 1; the reference changes every 3rd row and every 1000th is
    // empty. More rows than the report reads in one batch (16,384), so the
    // texts and balance carry over from batch to batch.
    constexpr int Count = 40000;
    // Written straight into the ledger's table, as a fixture: the file has
    // no trigger on it; a server's triggers (a receipt or sale only from its
    // invoice) are off for the superuser's set-up while it runs.
    const bool server = storage::dialectOf(c.database()).isPostgres();
    auto twoDigits = [server](const QString &number) {
        return server ? QStringLiteral("to_char(%1, 'FM00')").arg(number)
                      : QStringLiteral("printf('%02d', %1)").arg(number);
    };
    auto run = [&shop](const QString &sql) { // not prepared: a server prepares no SET
        QSqlQuery q(shop.tc.sql());
        INFO(sql.toStdString() << " -> " << q.lastError().text().toStdString());
        REQUIRE(q.exec(sql));
    };
    if (server)
        run(QStringLiteral("SET session_replication_role = replica"));
    exec(shop.tc.sql(),
         QStringLiteral(
             "WITH RECURSIVE k(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM k WHERE n < %1) "
             "INSERT INTO stock_movements (product_id, warehouse_id, type, quantity, reference, user_id, "
             "created_at) "
             "SELECT (SELECT id FROM products WHERE sku = 'HAM-1'), (SELECT id FROM warehouses WHERE code = "
             "'BIG'), "
             "CASE WHEN n % 4 = 0 THEN 'receipt' ELSE 'sale' END, CASE WHEN n % 4 = 0 THEN 5000 ELSE 1000 "
             "END, "
             "CASE WHEN n % 1000 = 999 THEN '' ELSE 'R-' || (n / 3) END, (SELECT MIN(id) FROM users), "
             "'2026-03-' || %2 || 'T' || %3 || ':' || %4 || ':' || %5 || 'Z' FROM k")
             .arg(Count - 1)
             .arg(twoDigits(QStringLiteral("1 + n / 20000")),
                  twoDigits(QStringLiteral("9 + (n % 20000) / 3600")),
                  twoDigits(QStringLiteral("(n % 20000 % 3600) / 60")),
                  twoDigits(QStringLiteral("n % 20000 % 60"))));
    if (server)
        run(QStringLiteral("SET session_replication_role = DEFAULT"));

    ReportService reports(c);
    ReportFilters f = period(QDate(2026, 3, 1), QDate(2026, 3, 31));
    f.warehouse = QStringLiteral("BIG");
    auto m = reports.movements(f);
    REQUIRE_OK(m);
    REQUIRE(m->rows.size() == Count + 2);
    CHECK(m->rows.cell(0, 8).toLongLong() == 0);
    qint64 receipts = 0;
    for (int n = 0; n < Count; ++n) {
        const bool receipt = n % 4 == 0;
        receipts += receipt ? 1 : 0;
        // After movement n: receipts of 5 and n + 1 - receipts sales of 1.
        const qint64 balance = 5000 * receipts - 1000 * (n + 1 - receipts);
        const QString date = n < 20000 ? QStringLiteral("2026-03-01") : QStringLiteral("2026-03-02");
        const QString reference = n % 1000 == 999 ? QString() : QStringLiteral("R-%1").arg(n / 3);
        const qsizetype r = n + 1;
        if (m->rows.cell(r, 0).toString() != QStringLiteral("movement")
            || m->rows.cell(r, 1).toString() != date
            || m->rows.cell(r, 2).toString() != (receipt ? QStringLiteral("receipt") : QStringLiteral("sale"))
            || m->rows.cell(r, 3).toString() != reference
            || m->rows.cell(r, 4).toString() != QStringLiteral("HAM-1")
            || m->rows.cell(r, 5).toString() != QStringLiteral("BIG")
            || m->rows.cell(r, 6).toLongLong() != (receipt ? 5000 : 0)
            || m->rows.cell(r, 7).toLongLong() != (receipt ? 0 : 1000)
            || m->rows.cell(r, 8).toLongLong() != balance)
            FAIL("movement " << n << " reads " << m->rows[r].size() << " cells: "
                             << QVariant(m->rows[r]).toStringList().join(QLatin1Char(',')).toStdString());
    }
    // 10,000 receipts of 5 in, 30,000 sales of 1 out.
    CHECK(m->rows.cell(Count + 1, 0).toString() == QStringLiteral("closing"));
    CHECK(m->rows.cell(Count + 1, 6).toLongLong() == 50000000);
    CHECK(m->rows.cell(Count + 1, 7).toLongLong() == 30000000);
    CHECK(m->rows.cell(Count + 1, 8).toLongLong() == 20000000);

    // From 2 March: the first 20,000 (5,000 receipts, 15,000 sales) open it.
    f.from = QDate(2026, 3, 2);
    auto second = reports.movements(f);
    REQUIRE_OK(second);
    REQUIRE(second->rows.size() == 20000 + 2);
    CHECK(second->rows.cell(0, 8).toLongLong() == 10000000);
    CHECK(second->rows.cell(1, 3).toString() == QStringLiteral("R-6666")); // 20000 / 3
    CHECK(second->rows.cell(20001, 8).toLongLong() == 20000000);

    // Interrupted while it reads (the Reports page's Cancel), the report
    // gives an error, not the rows read so far, and nothing waits forever.
    f.from = QDate(2026, 3, 1);
    int interrupted = 0;
    for (int attempt = 0; attempt < 5 && interrupted == 0; ++attempt) {
        std::atomic<bool> running{true};
        std::thread canceller([&] {
            while (running)
                c.database().interrupt();
        });
        auto cut = reports.movements(f);
        running = false;
        canceller.join();
        if (cut.ok()) {
            CHECK(cut->rows.size() == Count + 2); // missed: whole, never partial
        } else {
            // SQLite says "interrupted"; a server cancels the statement
            // (SQLSTATE 57014, query_canceled).
            if (server)
                CHECK(cut.error().detail.contains(QStringLiteral("SQLSTATE 57014")));
            else
                CHECK(cut.error().message.contains(QStringLiteral("interrupt")));
            ++interrupted;
        }
    }
    CHECK(interrupted == 1);
}

TEST_CASE("sales and purchases by period net credit notes and leave out void invoices")
{
    ReportShop shop;
    ReportService reports(*shop.tc.company);

    auto sales = reports.sales(period(QDate(2026, 1, 1), QDate(2026, 12, 31)));
    REQUIRE_OK(sales);
    CHECK(sales->columns
          == QStringList{QStringLiteral("period"), QStringLiteral("count"), QStringLiteral("credit_notes"),
                         QStringLiteral("net"), QStringLiteral("tax"), QStringLiteral("gross")});
    // February: S1 24.00 (20.00 + 4.00) and S2 24.00 (20.00 + 4.00) = 48.00.
    // March: S4 12.00 (10.00 + 2.00) less C1 12.00 (10.00 + 2.00) = 0; S3 is void.
    checkRows(sales->rows, {row({"2026-02", 2, 0, 4000, 800, 4800}), row({"2026-03", 1, 1, 0, 0, 0})});
    checkRows({sales->totals}, {row({"total", 3, 1, 4000, 800, 4800})});

    ReportFilters days = period(QDate(2026, 2, 1), QDate(2026, 2, 28));
    days.period = QStringLiteral("day");
    auto perDay = reports.sales(days);
    REQUIRE_OK(perDay);
    checkRows(perDay->rows,
              {row({"2026-02-03", 1, 0, 2000, 400, 2400}), row({"2026-02-10", 1, 0, 2000, 400, 2400})});

    // 2026-02-03 and 2026-02-10 are Tuesdays: weeks starting Monday 02-02 and 02-09.
    days.period = QStringLiteral("week");
    auto perWeek = reports.sales(days);
    REQUIRE_OK(perWeek);
    REQUIRE(perWeek->rows.size() == 2);
    CHECK(perWeek->rows[0].value(0).toString() == QStringLiteral("2026-02-02"));
    CHECK(perWeek->rows[1].value(0).toString() == QStringLiteral("2026-02-09"));

    auto empty = reports.sales(period(QDate(2026, 6, 1), QDate(2026, 6, 30)));
    REQUIRE_OK(empty);
    CHECK(empty->rows.isEmpty());
    checkRows({empty->totals}, {row({"total", 0, 0, 0, 0, 0})});

    days.period = QStringLiteral("year");
    REQUIRE_ERROR(reports.sales(days), ErrorCode::InvalidArgument);

    // One purchase: 10 x 5.00 + 20 x 1.00 = 70.00 at 0 % tax.
    auto purchases = reports.purchases(period(QDate(2026, 1, 1), QDate(2026, 12, 31)));
    REQUIRE_OK(purchases);
    checkRows(purchases->rows, {row({"2026-01", 1, 7000, 0, 7000})});
}

TEST_CASE("top products and customers by revenue and by quantity")
{
    ReportShop shop;
    ReportService reports(*shop.tc.company);
    ReportFilters f = period(QDate(2026, 1, 1), QDate(2026, 12, 31));

    // Hammer: 2 + 1 + 1 - 1 = 3 sold for 20.00 + 10.00 + 10.00 - 10.00 = 30.00 net.
    // Flour: 5 kg for 10.00 net.
    auto byRevenue = reports.topProducts(f);
    REQUIRE_OK(byRevenue);
    checkRows(
        byRevenue->rows,
        {row({1, "HAM-1", "Hammer", "piece", 3000, 3000}), row({2, "FLOUR-1", "Flour", "kg", 5000, 1000})});
    f.by = QStringLiteral("quantity");
    f.limit = 1;
    auto byQuantity = reports.topProducts(f);
    REQUIRE_OK(byQuantity);
    checkRows(byQuantity->rows, {row({1, "FLOUR-1", "Flour", "kg", 5000, 1000})});

    // Alice: S2 20.00 + S4 10.00 = 30.00, 1 + 5 + 1 = 7 units. Bob: 20.00 - 10.00 = 10.00, 2 - 1 = 1 unit.
    f.by.clear();
    f.limit = 10;
    auto customers = reports.topCustomers(f);
    REQUIRE_OK(customers);
    checkRows(
        customers->rows,
        {row({1, "Alice", "alice@example.com", 7000, 3000}), row({2, "Bob", "bob@example.com", 1000, 1000})});

    auto none = reports.topCustomers(period(QDate(2025, 1, 1), QDate(2025, 12, 31)));
    REQUIRE_OK(none);
    CHECK(none->rows.isEmpty());
    f.by = QStringLiteral("margin");
    REQUIRE_ERROR(reports.topCustomers(f), ErrorCode::InvalidArgument);
}

TEST_CASE("aging buckets open sale balances by days past due")
{
    ReportShop shop;
    ReportService reports(*shop.tc.company);
    ReportFilters f;
    f.asOf = QDate(2026, 5, 1);
    // S1 (Bob): 24.00 - 12.00 credited = 12.00, due 02-17; 02-17 -> 05-01 = 11 + 31 + 30 + 1 = 73 days:
    // 61-90. S2 is paid. S4 (Alice): 12.00 - 2.00 = 10.00, due 04-19; 04-19 -> 05-01 = 12 days: 1-30.
    auto aging = reports.aging(f);
    REQUIRE_OK(aging);
    checkRows(aging->rows,
              {row({"Alice", "alice@example.com", 0, 1000, 0, 0, 0, 1000}),
               row({"Bob", "bob@example.com", 0, 0, 0, 1200, 0, 1200})});
    checkRows({aging->totals}, {row({"total", "", 0, 1000, 0, 1200, 0, 2200})});

    // As of 2026-03-01: S4 not issued yet; S1 is 12 days past due.
    f.asOf = QDate(2026, 3, 1);
    auto early = reports.aging(f);
    REQUIRE_OK(early);
    checkRows(early->rows, {row({"Bob", "bob@example.com", 0, 1200, 0, 0, 0, 1200})});

    // Before any sale: nothing open.
    f.asOf = QDate(2026, 1, 31);
    auto before = reports.aging(f);
    REQUIRE_OK(before);
    CHECK(before->rows.isEmpty());
}

TEST_CASE("dashboard: today, this month, low stock, overdue and 12 months")
{
    ReportShop shop;
    ReportService reports(*shop.tc.company);
    ReportFilters f;
    f.asOf = QDate(2026, 3, 20);
    auto dash = reports.dashboard(f);
    REQUIRE_OK(dash);
    REQUIRE(dash->rows.size() == 16);
    // Today: S4 12.00. March: S4 12.00 - C1 12.00 = 0 (S3 void). Low stock: hammer and nails.
    // Overdue on 03-20: S1 (due 02-17) 24.00 - 12.00 = 12.00; S4 is due 04-19.
    checkRows(dash->rows.mid(0, 4),
              {row({"sales_today", "2026-03-20", 1200, 1}), row({"sales_this_month", "2026-03", 0, 1}),
               row({"low_stock", "", QVariant(), 2}), row({"overdue_receivables", "2026-03-20", 1200, 1})});
    // 2025-04 .. 2026-03: February 48.00 from two sales, March 0 from one sale, the rest nothing.
    CHECK(dash->rows[4].value(1).toString() == QStringLiteral("2025-04"));
    checkRows({dash->rows[14], dash->rows[15]},
              {row({"sales_month", "2026-02", 4800, 2}), row({"sales_month", "2026-03", 0, 1})});
    for (int i = 4; i < 14; ++i)
        CHECK(dash->rows[i].value(2).toLongLong() == 0);
}

TEST_CASE("a clerk is refused every report")
{
    ReportShop shop;
    shop.tc.actAs(QStringLiteral("clerk"));
    ReportService reports(*shop.tc.company);
    for (const QString &name : ReportService::reportNames()) {
        INFO(name.toStdString());
        REQUIRE_ERROR(reports.run(name, {}), ErrorCode::PermissionDenied);
    }
    shop.tc.actAs(QStringLiteral("manager"));
    REQUIRE_OK(reports.run(QStringLiteral("dashboard"), {}));
    REQUIRE_ERROR(reports.run(QStringLiteral("profit"), {}), ErrorCode::NotFound);
}

TEST_CASE("exports of a report need data.export and are audited")
{
    ReportShop shop;
    shop.tc.actAs(QStringLiteral("manager"));
    ReportService reports(*shop.tc.company);
    REQUIRE_OK(reports.checkAccess(QStringLiteral("valuation")));
    REQUIRE_ERROR(reports.checkAccess(QStringLiteral("profit")), ErrorCode::NotFound);
    auto valuation = reports.valuation({});
    REQUIRE_OK(valuation);

    // BACK Tools 2 hammers x 5.00; MAIN Food 15 kg x 1.00; MAIN Tools 5 x 5.00: 50.00, and no
    // quantity total over kilograms and pieces.
    const QString path = shop.tc.dir.filePath(QStringLiteral("valuation.csv"));
    REQUIRE_OK(reports.exportCsv(valuation.value(), path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll()
          == QByteArray("\xEF\xBB\xBFwarehouse,category,unit,quantity,value\r\nBACK,Tools,piece,2,10.00\r\n"
                        "MAIN,Food,kg,15,15.00\r\nMAIN,Tools,piece,5,25.00\r\ntotal,,,,50.00\r\n"));
    QSqlQuery last = exec(
        shop.tc.sql(),
        QStringLiteral("SELECT action, entity, changes FROM audit_logs ORDER BY seq DESC LIMIT 1"));
    REQUIRE(last.next());
    CHECK(last.value(0).toString() == QStringLiteral("data.export"));
    CHECK(last.value(1).toString() == QStringLiteral("report:valuation"));
    CHECK(last.value(2).toString().contains(QStringLiteral("\"rows\":3")));

    shop.tc.actAs(QStringLiteral("clerk"));
    REQUIRE_ERROR(reports.checkAccess(QStringLiteral("valuation")), ErrorCode::PermissionDenied);
    REQUIRE_ERROR(reports.recordExport(valuation.value(), QStringLiteral("pdf"), QStringLiteral("x.pdf")),
                  ErrorCode::PermissionDenied);
    const QString refused = shop.tc.dir.filePath(QStringLiteral("refused.csv"));
    REQUIRE_ERROR(reports.exportCsv(valuation.value(), refused), ErrorCode::PermissionDenied);
    CHECK_FALSE(QFile::exists(refused));
}

TEST_CASE("a report exported as JSON or text writes what the command line prints, audited first")
{
    ReportShop shop;
    shop.tc.actAs(QStringLiteral("manager"));
    ReportService reports(*shop.tc.company);
    auto low = reports.lowStock({});
    REQUIRE_OK(low);

    auto lastAudit = [&shop] {
        QSqlQuery q = exec(
            shop.tc.sql(),
            QStringLiteral("SELECT action, entity, changes FROM audit_logs ORDER BY seq DESC LIMIT 1"));
        REQUIRE(q.next());
        return QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    };
    auto read = [](const QString &path) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    };

    // Hammer 7 at or below its reorder level 8: to order 8 - 7 + 1 = 2; nails 0 <= 1: to order 2.
    const QString json = shop.tc.dir.filePath(QStringLiteral("low.json"));
    REQUIRE_OK(reports.exportJson(low.value(), json));
    const QByteArray jsonBytes = read(json);
    CHECK(jsonBytes == reportJson(low.value()));
    const QJsonArray rows = QJsonDocument::fromJson(jsonBytes).array();
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].toObject().value(QStringLiteral("to_order")).toDouble() == 2.0);
    QStringList entry = lastAudit();
    CHECK(entry.at(0) == QStringLiteral("data.export"));
    CHECK(entry.at(1) == QStringLiteral("report:low-stock"));
    CHECK(entry.at(2).contains(QStringLiteral("\"format\":\"json\"")));
    CHECK(entry.at(2).contains(QStringLiteral("\"rows\":2")));

    const QString text = shop.tc.dir.filePath(QStringLiteral("low.txt"));
    REQUIRE_OK(reports.exportFile(low.value(), QStringLiteral("table"), text));
    CHECK(read(text) == reportText(low.value()));
    entry = lastAudit();
    CHECK(entry.at(0) == QStringLiteral("data.export"));
    CHECK(entry.at(2).contains(QStringLiteral("\"format\":\"table\"")));

    const QString odd = shop.tc.dir.filePath(QStringLiteral("low.xml"));
    REQUIRE_ERROR(reports.exportFile(low.value(), QStringLiteral("xml"), odd), ErrorCode::InvalidArgument);
    CHECK_FALSE(QFile::exists(odd));

    // checkExport audits a refusal only; recordExport then writes the entry.
    QSqlQuery count = exec(shop.tc.sql(), QStringLiteral("SELECT count(*) FROM audit_logs"));
    REQUIRE(count.next());
    const qint64 rowsBefore = count.value(0).toLongLong();
    REQUIRE_OK(reports.checkExport(low.value()));
    QSqlQuery after = exec(shop.tc.sql(), QStringLiteral("SELECT count(*) FROM audit_logs"));
    REQUIRE(after.next());
    CHECK(after.value(0).toLongLong() == rowsBefore);

    shop.tc.actAs(QStringLiteral("clerk"));
    REQUIRE_ERROR(reports.checkExport(low.value()), ErrorCode::PermissionDenied);
    CHECK(lastAudit().at(0) == QStringLiteral("permission.denied"));
    for (const char *format : {"csv", "json", "table"}) {
        INFO(format);
        const QString refused = shop.tc.dir.filePath(QStringLiteral("refused.") + QLatin1String(format));
        REQUIRE_ERROR(reports.exportFile(low.value(), QLatin1String(format), refused),
                      ErrorCode::PermissionDenied);
        CHECK_FALSE(QFile::exists(refused));
        CHECK(lastAudit().at(0) == QStringLiteral("permission.denied"));
    }
}

TEST_CASE("report rows give back each cell as appended, with its type")
{
    ReportRows rows;
    const QString shared = QStringLiteral("S-2026-000001");
    rows.append({QStringLiteral("opening"), QString(), QVariant(), qint64(5)});
    rows.appendRow({QStringLiteral("movement"), shared, qint64(1000), qint64(6)});
    rows.appendRow({QStringLiteral("movement"), shared, {}, qint64(7)});
    rows.append(
        {QStringLiteral("closing"), QStringLiteral("S-2026-000001"), 3, 1.5, QStringLiteral("extra")});
    rows.append({QStringLiteral("short")});

    REQUIRE(rows.size() == 5);
    CHECK(rows[0].size() == 4);
    CHECK(rows[0].value(1).metaType().id() == QMetaType::QString);
    CHECK(rows[0].value(1).toString().isNull());
    CHECK_FALSE(rows[0].value(2).isValid());
    CHECK(rows[1].value(1).toString() == QStringLiteral("S-2026-000001"));
    CHECK(rows[1].value(2).metaType().id() == QMetaType::LongLong);
    CHECK(rows[1].value(2).toLongLong() == 1000);
    CHECK_FALSE(rows[2].value(2).isValid());
    // A column that turns from qint64 to int and then to a double keeps each
    // cell's own type.
    CHECK(rows[3].value(2).metaType().id() == QMetaType::Int);
    CHECK(rows[1].value(2).metaType().id() == QMetaType::LongLong);
    CHECK(rows[3].value(3).metaType().id() == QMetaType::Double);
    CHECK(rows[3].value(3).toDouble() == 1.5);
    CHECK(rows[2].value(3).toLongLong() == 7);
    CHECK(rows[3].size() == 5);
    CHECK(rows.cell(3, 4).toString() == QStringLiteral("extra"));
    CHECK_FALSE(rows.cell(1, 4).isValid());
    CHECK(rows[4].size() == 1);
    CHECK_FALSE(rows.cell(4, 1).isValid());
    CHECK_FALSE(rows.cell(5, 0).isValid());
    CHECK(rows.last().value(0).toString() == QStringLiteral("short"));
    CHECK(rows.mid(1, 2).size() == 2);
    CHECK(rows.mid(1, 2).first().value(3).toLongLong() == 6);
    qsizetype seen = 0;
    for (const QVariantList &row : rows)
        seen += row.size();
    CHECK(seen == 4 + 4 + 4 + 5 + 1);
}

TEST_CASE("report rows keep texts by key, across many rows and in a column that turns mixed")
{
    ReportRows rows;
    const ReportTextKey north = rows.keep(1, QStringLiteral("NORTH"));
    const ReportTextKey south = rows.keep(1, QStringLiteral("SOUTH"));
    CHECK(rows.keep(1, QStringLiteral("NORTH")).id == north.id); // kept once
    const ReportTextKey none = rows.keep(1, QString());
    CHECK(rows.isEmpty());
    // 20,000 rows run over several storage blocks; every 7th row has no
    // quantity and every 1000th has no warehouse.
    constexpr int Count = 20000;
    for (int i = 0; i < Count; ++i) {
        const ReportCell where = i % 1000 == 0 ? ReportCell() : ReportCell(i % 2 == 0 ? north : south);
        rows.appendRow(
            {QStringLiteral("movement"), where, i % 7 == 0 ? ReportCell() : ReportCell(qint64(i) * 3)});
    }
    rows.appendRow({QStringLiteral("closing"), none, qint64(-1)});
    REQUIRE(rows.size() == Count + 1);
    int missingQuantities = 0;
    int missingWarehouses = 0;
    for (int i = 0; i < Count; ++i) {
        const QVariant where = rows.cell(i, 1);
        const QVariant quantity = rows.cell(i, 2);
        if (i % 1000 == 0) {
            ++missingWarehouses;
            CHECK_FALSE(where.isValid());
        } else if (where.toString() != (i % 2 == 0 ? QStringLiteral("NORTH") : QStringLiteral("SOUTH"))) {
            FAIL("row " << i << " has warehouse " << where.toString().toStdString());
        }
        if (i % 7 == 0) {
            ++missingQuantities;
            CHECK_FALSE(quantity.isValid());
        } else if (quantity.metaType().id() != QMetaType::LongLong
                   || quantity.toLongLong() != qint64(i) * 3) {
            FAIL("row " << i << " has quantity " << quantity.toString().toStdString());
        }
    }
    CHECK(missingWarehouses == 20);
    CHECK(missingQuantities == 2858); // 0, 7, ..., 19999: ceil(20000 / 7)
    CHECK(rows.cell(Count, 1).metaType().id() == QMetaType::QString);
    CHECK(rows.cell(Count, 1).toString().isNull());
    CHECK(rows.cell(Count, 2).toLongLong() == -1);

    // A key still names its text after the column turns mixed.
    rows.append({QStringLiteral("note"), 42});
    rows.appendRow({QStringLiteral("after"), south});
    CHECK(rows.cell(Count + 1, 1).metaType().id() == QMetaType::Int);
    CHECK(rows.cell(Count + 2, 1).toString() == QStringLiteral("SOUTH"));
    CHECK(rows.cell(1, 1).toString() == QStringLiteral("SOUTH"));
    CHECK(rows.cell(2, 1).toString() == QStringLiteral("NORTH"));
    CHECK_FALSE(rows.cell(3000, 1).isValid());
}

TEST_CASE("golden: core's CSV of every report case is the golden file the command line is held to")
{
    // The same company and files as test_cli_golden, without a process:
    // core's table through reportCsv() gives the bytes `report NAME --format
    // csv` prints.
    GoldenShop shop;
    ReportService reports(*shop.tc.company);
    int compared = 0;
    for (const GoldenCase &c : goldenCases()) {
        if (c.arguments.value(0) != QLatin1String("report"))
            continue;
        if (!ReportService::reportNames().contains(c.arguments.value(1))) {
            WARN("golden case " << c.name.toStdString() << " left out: there is no report "
                                << c.arguments.value(1).toStdString());
            continue;
        }
        INFO("golden case " << c.name.toStdString());
        auto table = reports.run(c.arguments.value(1), goldenFilters(c.arguments));
        REQUIRE_OK(table);
        checkGolden(c.name, reportCsv(table.value(), CsvDecimal::Dot));
        ++compared;
    }
    CHECK(compared >= 10);
}
