// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "CompanyFixture.h"

#include "models/AuditLogModel.h"
#include "models/InvoiceListModel.h"
#include "models/PartnerListModels.h"
#include "models/ProductListModel.h"
#include "models/StockModels.h"
#include "services/accounts/AuditLog.h"
#include "storage/Dialect.h"
#include "storage/Transaction.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>

using namespace stockbook;
using stockbook::test::exec;
using Tester = QAbstractItemModelTester;

namespace {

const QString Now = QStringLiteral("2026-11-28T10:00:00.000Z");

QList<qint64> ids(const PagedSqlModel &model)
{
    QList<qint64> out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.data(model.index(r, 0), PagedSqlModel::IdRole).toLongLong();
    return out;
}

// The same rows read from the last to the first, returned in model order.
QList<qint64> idsBackwards(const PagedSqlModel &model)
{
    QList<qint64> out;
    for (int r = model.rowCount() - 1; r >= 0; --r)
        out.prepend(model.data(model.index(r, 0), PagedSqlModel::IdRole).toLongLong());
    return out;
}

QList<qint64> L(std::initializer_list<qint64> values)
{
    return QList<qint64>(values);
}

// Customers 1 "Alpha Ltd", 2 "beta GmbH"; supplier 1 "Gamma Supplies"; six invoices.
void insertInvoices(test::TestCompany &tc)
{
    const test::RawRows raw(tc); // paid and void invoices without their payments
    const QSqlDatabase db = tc.sql();
    const qint64 admin = tc.userIds.value(QStringLiteral("admin"));
    exec(db,
         QStringLiteral("INSERT INTO customers (id, name, created_at, updated_at) VALUES "
                        "(1, 'Alpha Ltd', ?, ?), (2, 'beta GmbH', ?, ?)"),
         {Now, Now, Now, Now});
    exec(db,
         QStringLiteral(
             "INSERT INTO suppliers (id, name, created_at, updated_at) VALUES (1, 'Gamma Supplies', ?, ?)"),
         {Now, Now});
    const QString insert = QStringLiteral(
        "INSERT INTO invoices (id, type, status, invoice_number, customer_id, supplier_id, warehouse_id, "
        "credit_of_invoice_id, issue_date, total_amount, paid_amount, void_reason, created_by, created_at, "
        "updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?)");
    const QVariant none;
    struct Row {
        qint64 id;
        const char *type, *status;
        QVariant number, customer, supplier, creditOf;
        const char *date;
        qint64 total, paid;
        QVariant voidReason;
    };
    const Row rows[] = {
        {1, "sale", "posted", QStringLiteral("INV-2026-000001"), 1, none, none, "2026-01-10", 1000, 0, none},
        {2, "sale", "paid", QStringLiteral("INV-2026-000002"), 2, none, none, "2026-02-15", 2550, 2550, none},
        {3, "purchase", "posted", QStringLiteral("PUR-2026-000001"), none, 1, none, "2026-02-20", 12000, 0,
         none},
        {4, "sale", "draft", none, 1, none, none, "2026-03-01", 500, 0, none},
        {5, "credit_note", "posted", QStringLiteral("CRN-2026-000001"), 1, none, 1, "2026-03-05", 300, 0,
         none},
        {6, "sale", "void", QStringLiteral("INV-2026-000003"), 2, none, none, "2026-03-10", 750, 0,
         QStringLiteral("typo")},
    };
    for (const Row &r : rows)
        exec(db, insert,
             {r.id, QString::fromLatin1(r.type), QString::fromLatin1(r.status), r.number, r.customer,
              r.supplier, r.creditOf, QString::fromLatin1(r.date), r.total, r.paid, r.voidReason, admin, Now,
              Now});
}

} // namespace

TEST_CASE("invoice list: filters, number search and sort run in SQL and the filtered total is summed")
{
    test::TestCompany tc;
    insertInvoices(tc);
    InvoiceListModel model(*tc.company);
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    REQUIRE_FALSE(model.lastError().has_value());

    // Newest first by issue date.
    CHECK(ids(model) == L({6, 5, 4, 3, 2, 1}));
    // Posted ones only: not the draft 4 (5.00) nor the void 6 (7.50).
    CHECK(model.filteredTotal() == 1000 + 2550 + 12000 + 300);
    CHECK(model.filteredPostedCount() == 4);

    InvoiceListFilter f;
    f.types = {QStringLiteral("sale")};
    model.setFilter(f);
    CHECK(resets.count() == 1);
    CHECK(ids(model) == L({6, 4, 2, 1}));
    CHECK(model.filteredTotal() == 2550 + 1000); // 3550: the void 6 and the draft 4 left out
    CHECK(model.filteredPostedCount() == 2);
    // The void invoice 6 (first row, newest) owes nothing: no balance shown.
    REQUIRE(model.invoiceIdAt(0) == 6);
    CHECK(model.index(0, InvoiceListModel::Balance).data().toString() == QStringLiteral("\u2014"));
    CHECK_FALSE(model.index(0, InvoiceListModel::Balance).data(Qt::EditRole).isValid());
    // The draft 4 keeps its balance: 5.00.
    REQUIRE(model.invoiceIdAt(1) == 4);
    CHECK(model.index(1, InvoiceListModel::Balance).data(Qt::EditRole).toLongLong() == 500);

    f = {};
    f.statuses = {QStringLiteral("posted")};
    f.from = QDate(2026, 2, 1);
    model.setFilter(f);
    CHECK(ids(model) == L({5, 3}));
    CHECK(model.filteredTotal() == 300 + 12000);

    f = {};
    f.customerId = 1;
    model.setFilter(f);
    CHECK(ids(model) == L({5, 4, 1}));
    f.to = QDate(2026, 3, 1); // inclusive
    model.setFilter(f);
    CHECK(ids(model) == L({4, 1}));

    f = {};
    f.supplierId = 1;
    model.setFilter(f);
    CHECK(ids(model) == L({3}));

    f = {};
    f.numberPrefix = QStringLiteral("inv-2026"); // case does not matter
    model.setFilter(f);
    CHECK(ids(model) == L({6, 2, 1}));
    f.numberPrefix = QStringLiteral("2026"); // a prefix, not a substring
    model.setFilter(f);
    CHECK(model.rowCount() == 0);
    CHECK(model.filteredTotal() == 0);
    f.numberPrefix = QStringLiteral("INV_"); // _ is literal, not a wildcard
    model.setFilter(f);
    CHECK(model.rowCount() == 0);

    model.setFilter({});
    model.sort(InvoiceListModel::Total, Qt::AscendingOrder);
    CHECK(ids(model) == L({5, 4, 6, 1, 2, 3})); // 300, 500, 750, 1000, 2550, 12000
    // NULL numbers (drafts) first, then by text.
    model.sort(InvoiceListModel::Number, Qt::AscendingOrder);
    CHECK(ids(model) == L({4, 5, 1, 2, 6, 3}));
    model.sort(InvoiceListModel::Partner, Qt::AscendingOrder);
    CHECK(ids(model) == L({1, 4, 5, 2, 6, 3})); // Alpha, beta, Gamma; ties by id
    model.sort(InvoiceListModel::Partner, Qt::DescendingOrder);
    CHECK(ids(model) == L({3, 6, 2, 5, 4, 1}));
    CHECK(resets.count() == 13);

    model.sort(InvoiceListModel::IssueDate, Qt::AscendingOrder);
    REQUIRE(model.invoiceIdAt(1) == 2);
    const QModelIndex total = model.index(1, InvoiceListModel::Total);
    CHECK(model.data(total).toString() == QStringLiteral("25.50"));
    CHECK(model.data(total, Qt::EditRole).toLongLong() == 2550);
    CHECK(model.data(total, PagedSqlModel::RawValueRole).toLongLong() == 2550);
    CHECK(model.data(total, Qt::TextAlignmentRole).toInt() == int(Qt::AlignRight | Qt::AlignVCenter));
    CHECK(model.data(model.index(1, InvoiceListModel::Balance)).toString() == QStringLiteral("0.00"));
    // Invoice 1 (10.00, nothing paid) is credited 3.00 by the credit note 5:
    // 10.00 - 0.00 - 3.00 = 7.00 still owed, as Invoice::balance() counts it.
    CHECK(model.data(model.index(0, InvoiceListModel::Balance)).toString() == QStringLiteral("7.00"));
    CHECK(model.data(model.index(1, InvoiceListModel::Type)).toString() == QStringLiteral("Sale"));
    CHECK(model.data(model.index(1, InvoiceListModel::Type), Qt::EditRole).toString()
          == QStringLiteral("sale"));
    CHECK(model.data(model.index(1, InvoiceListModel::Partner)).toString() == QStringLiteral("beta GmbH"));
    CHECK_FALSE(model.data(model.index(1, InvoiceListModel::Number), Qt::TextAlignmentRole).isValid());
    CHECK(model.statusAt(1) == QStringLiteral("paid"));
    CHECK(model.data(model.index(2, 0), InvoiceListModel::PartnerIdRole).toLongLong() == 1); // supplier 1
    CHECK(model.typeAt(2) == QStringLiteral("purchase"));
    CHECK(model.headerData(InvoiceListModel::Total, Qt::Horizontal).toString() == QStringLiteral("Total"));

    // A write, then refresh().
    exec(tc.sql(),
         QStringLiteral("INSERT INTO invoices (id, type, status, customer_id, warehouse_id, issue_date, "
                        "total_amount, created_by, created_at, updated_at) "
                        "VALUES (7, 'sale', 'draft', 2, 1, '2026-04-01', 10, ?, ?, ?)"),
         {tc.userIds.value(QStringLiteral("admin")), Now, Now});
    CHECK(model.rowCount() == 6);
    const int before = int(resets.count());
    model.refresh();
    CHECK(resets.count() == before + 1);
    CHECK(ids(model) == L({1, 2, 3, 4, 5, 6, 7}));
}

TEST_CASE("pages of two rows read forwards and backwards give the same order for every sort")
{
    test::TestCompany tc;
    insertInvoices(tc);
    InvoiceListModel model(*tc.company);
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    model.setPaging(2, 2);

    struct Case {
        int column;
        Qt::SortOrder order;
        QList<qint64> expected;
    };
    const Case cases[] = {
        {InvoiceListModel::IssueDate, Qt::DescendingOrder, L({6, 5, 4, 3, 2, 1})},
        {InvoiceListModel::IssueDate, Qt::AscendingOrder, L({1, 2, 3, 4, 5, 6})},
        // Nullable keys: the draft's NULL number sorts first ascending, last descending.
        {InvoiceListModel::Number, Qt::AscendingOrder, L({4, 5, 1, 2, 6, 3})},
        {InvoiceListModel::Number, Qt::DescendingOrder, L({3, 6, 2, 1, 5, 4})},
        // Equal keys (three posted, one each otherwise) are ordered by id.
        {InvoiceListModel::Status, Qt::AscendingOrder, L({4, 2, 1, 3, 5, 6})},
        {InvoiceListModel::Status, Qt::DescendingOrder, L({6, 5, 3, 1, 2, 4})},
        // A key from the joined customers and suppliers.
        {InvoiceListModel::Partner, Qt::AscendingOrder, L({1, 4, 5, 2, 6, 3})},
        {InvoiceListModel::Partner, Qt::DescendingOrder, L({3, 6, 2, 5, 4, 1})},
    };
    for (const Case &c : cases) {
        INFO("column " << c.column << " order " << int(c.order));
        model.sort(c.column, c.order);
        CHECK(ids(model) == c.expected);
        model.refresh();
        CHECK(idsBackwards(model) == c.expected);
        // A middle page with no neighbour cached, then jumping about: last page, first, middle.
        model.refresh();
        CHECK(model.idAt(3) == c.expected.at(3));
        model.refresh();
        CHECK(model.idAt(5) == c.expected.at(5));
        CHECK(model.idAt(0) == c.expected.at(0));
        CHECK(model.idAt(3) == c.expected.at(3));
        CHECK(model.idAt(2) == c.expected.at(2));
        CHECK(model.loadedRowCount() <= 4);
    }
}

TEST_CASE("5000 invoices: the last row is read at once and at most the cache bound of rows is held")
{
    test::TestCompany tc;
    {
        const test::RawRows raw(tc);
        storage::Transaction tx(tc.db());
        REQUIRE_OK(tx.begin());
        exec(tc.sql(),
             QStringLiteral(
                 "INSERT INTO customers (id, name, created_at, updated_at) VALUES (1, 'Alpha', ?, ?)"),
             {Now, Now});
        // Invoice x (1..5000): issue date 2026-01-01 + (x mod 365) days, total x cents.
        const bool server = storage::dialectOf(tc.db()).isPostgres();
        const QString number = server ? QStringLiteral("'INV-2026-' || to_char(x, 'FM000000')")
                                      : QStringLiteral("printf('INV-2026-%06d', x)");
        const QString date = server ? QStringLiteral("to_char(DATE '2026-01-01' + (x % 365), 'YYYY-MM-DD')")
                                    : QStringLiteral("date('2026-01-01', '+' || (x % 365) || ' days')");
        exec(tc.sql(),
             QStringLiteral(
                 "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 5000) "
                 "INSERT INTO invoices (id, type, status, invoice_number, customer_id, warehouse_id, "
                 "issue_date, total_amount, created_by, created_at, updated_at) "
                 "SELECT x, 'sale', 'posted', %1, 1, 1, %2, x, ?, ?, ? FROM n")
                 .arg(number, date),
             {tc.userIds.value(QStringLiteral("admin")), Now, Now});
        REQUIRE_OK(tx.commit());
    }
    InvoiceListModel model(*tc.company);
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 5000);
    const int bound = PagedSqlModel::DefaultPageSize * PagedSqlModel::DefaultCachedPages; // 1600

    // Newest first: the last row is the earliest date (2026-01-01, x mod 365 = 0)
    // with the smallest id, x = 365; the first is 2026-12-31 (x mod 365 = 364)
    // with the largest id, x = 364 + 12 * 365 = 4744.
    const int loadsBefore = model.pageLoadCount();
    CHECK(model.invoiceIdAt(4999) == 365);
    CHECK(model.data(model.index(4999, InvoiceListModel::IssueDate)).toString()
          == QStringLiteral("2026-01-01"));
    CHECK(model.pageLoadCount() == loadsBefore + 1);
    CHECK(model.invoiceIdAt(0) == 4744);
    CHECK(model.loadedRowCount() <= bound);

    // Every row once, in order: no row twice or missing across page edges.
    QSet<qint64> seen;
    QString previousKey = QStringLiteral("9999");
    for (int r = 0; r < model.rowCount(); ++r) {
        const QString key = model.data(model.index(r, InvoiceListModel::IssueDate)).toString()
            + QStringLiteral("/%1").arg(model.invoiceIdAt(r), 6, 10, QLatin1Char('0'));
        REQUIRE(key < previousKey);
        previousKey = key;
        seen.insert(model.invoiceIdAt(r));
    }
    CHECK(seen.size() == 5000);
    CHECK(model.loadedRowCount() <= bound);
    CHECK(model.loadedRowCount() > 0);

    CHECK(model.filteredTotal() == 5000LL * 5001 / 2); // 1 + ... + 5000 = 12502500
    InvoiceListFilter f;
    f.from = QDate(2026, 1, 1);
    f.to = QDate(2026, 1, 2);
    model.setFilter(f);
    // x mod 365 = 0: 365k for k = 1..13, sum 365 * 91 = 33215;
    // x mod 365 = 1: 365k + 1 for k = 0..13, sum 365 * 91 + 14 = 33229.
    CHECK(model.rowCount() == 13 + 14);
    CHECK(model.filteredTotal() == 33215 + 33229);
    CHECK(model.loadedRowCount() <= 27); // the old pages are gone
}

TEST_CASE("product list: search in SKU barcode and name, category and active filters, sort")
{
    test::TestCompany tc;
    const test::RawRows raw(tc); // products with stock and no movements
    const QSqlDatabase db = tc.sql();
    exec(db,
         QStringLiteral(
             "INSERT INTO categories (id, name, created_at) VALUES (1, 'Fruit', ?), (2, 'Dairy', ?)"),
         {Now, Now});
    const QString insert = QStringLiteral(
        "INSERT INTO products (id, sku, barcode, name, category_id, tax_rate_id, unit, price, quantity, "
        "reorder_level, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, 0, ?, ?, ?)");
    exec(db, insert,
         {1, QStringLiteral("APL-01"), QStringLiteral("4000001"), QStringLiteral("Apple"), 1,
          QStringLiteral("kg"), 120, 1500, 1, Now, Now});
    exec(db, insert,
         {2, QStringLiteral("BAN-01"), QVariant(), QStringLiteral("banana"), 1, QStringLiteral("piece"), 90,
          0, 1, Now, Now});
    exec(db, insert,
         {3, QStringLiteral("CHS-01"), QStringLiteral("4000003"), QStringLiteral("Cheese 100%"), 2,
          QStringLiteral("piece"), 1250, 250, 0, Now, Now});
    exec(db, insert,
         {4, QStringLiteral("MLK-01"), QStringLiteral("4000004"), QStringLiteral("Milk"), 2,
          QStringLiteral("litre"), 99, 0, 1, Now, Now});

    tc.actAs(QStringLiteral("clerk")); // product.view
    ProductListModel model(*tc.company);
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    CHECK(ids(model) == L({1, 2, 3, 4})); // by name, case-insensitive

    ProductListFilter f;
    f.search = QStringLiteral("400000");
    model.setFilter(f);
    CHECK(ids(model) == L({1, 3, 4}));
    f.search = QStringLiteral("an"); // BAN-01 and banana
    model.setFilter(f);
    CHECK(ids(model) == L({2}));
    f.search = QStringLiteral("%");
    model.setFilter(f);
    CHECK(ids(model) == L({3}));
    f.search = QStringLiteral("_");
    model.setFilter(f);
    CHECK(model.rowCount() == 0);

    f = {};
    f.categoryId = 2;
    model.setFilter(f);
    CHECK(ids(model) == L({3, 4}));
    f.active = true;
    model.setFilter(f);
    CHECK(ids(model) == L({4}));
    f = {};
    f.active = false;
    model.setFilter(f);
    CHECK(ids(model) == L({3}));
    CHECK(resets.count() == 7);

    model.setFilter({});
    model.sort(ProductListModel::Price, Qt::DescendingOrder);
    CHECK(ids(model) == L({3, 1, 4, 2})); // 1250, 120, 99, 90
    CHECK(model.data(model.index(0, ProductListModel::Price)).toString() == QStringLiteral("12.50"));
    CHECK(model.data(model.index(1, ProductListModel::Quantity)).toString() == QStringLiteral("1.5"));
    CHECK(model.data(model.index(1, ProductListModel::Quantity), Qt::EditRole).toLongLong() == 1500);
    CHECK(model.data(model.index(1, ProductListModel::Category)).toString() == QStringLiteral("Fruit"));
    CHECK(model.data(model.index(0, ProductListModel::Active), Qt::EditRole).toBool() == false);
    CHECK(model.data(model.index(0, 0), ProductListModel::CategoryIdRole).toLongLong() == 2);
    CHECK(model.productIdAt(3) == 2);
}

TEST_CASE("customer and supplier lists: search in name e-mail and phone, active filter, clerk access")
{
    test::TestCompany tc;
    const QSqlDatabase db = tc.sql();
    const QString insert = QStringLiteral("INSERT INTO customers (id, name, email, phone, active, "
                                          "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    exec(db, insert,
         {1, QStringLiteral("Zed Market"), QStringLiteral("zed@example.com"), QStringLiteral("555-0101"), 1,
          Now, Now});
    exec(db, insert, {2, QStringLiteral("anna bakery"), QVariant(), QStringLiteral("555-0199"), 0, Now, Now});
    exec(db, insert,
         {3, QStringLiteral("Bistro Nord"), QStringLiteral("info@nord.example"), QStringLiteral("030 1234"),
          1, Now, Now});
    exec(db,
         QStringLiteral("INSERT INTO suppliers (id, name, phone, created_at, updated_at) VALUES "
                        "(1, 'Orchard Co', '777', ?, ?), (2, 'dairy farm', '888', ?, ?)"),
         {Now, Now, Now, Now});

    tc.actAs(QStringLiteral("clerk")); // customer.edit and invoice.create
    CustomerListModel customers(*tc.company);
    Tester tester(&customers, Tester::FailureReportingMode::Fatal);
    REQUIRE_FALSE(customers.lastError().has_value());
    CHECK(ids(customers) == L({2, 3, 1})); // anna, Bistro, Zed

    PartnerListFilter f;
    f.search = QStringLiteral("EXAMPLE");
    customers.setFilter(f);
    CHECK(ids(customers) == L({3, 1}));
    f.search = QStringLiteral("555");
    customers.setFilter(f);
    CHECK(ids(customers) == L({2, 1}));
    f = {};
    f.active = true;
    customers.setFilter(f);
    CHECK(ids(customers) == L({3, 1}));
    customers.sort(CustomerListModel::Name, Qt::DescendingOrder);
    CHECK(ids(customers) == L({1, 3}));
    CHECK(customers.data(customers.index(0, CustomerListModel::Email)).toString()
          == QStringLiteral("zed@example.com"));
    CHECK(customers.customerIdAt(1) == 3);

    SupplierListModel suppliers(*tc.company);
    Tester supplierTester(&suppliers, Tester::FailureReportingMode::Fatal);
    CHECK(ids(suppliers) == L({2, 1})); // dairy farm, Orchard Co
    f = {};
    f.search = QStringLiteral("77");
    suppliers.setFilter(f);
    CHECK(ids(suppliers) == L({1}));
    CHECK(suppliers.supplierIdAt(0) == 1);
}

TEST_CASE("stock levels: warehouse filter, search and low stock only")
{
    test::TestCompany tc;
    const test::RawRows raw(tc); // levels without their movements
    const QSqlDatabase db = tc.sql();
    exec(db,
         QStringLiteral(
             "INSERT INTO warehouses (id, code, name, created_at) VALUES (2, 'SHOP', 'Shop floor', ?)"),
         {Now});
    exec(db,
         QStringLiteral(
             "INSERT INTO products (id, sku, name, tax_rate_id, reorder_level, quantity, created_at, "
             "updated_at) VALUES (1, 'APL-01', 'Apple', 1, 1000, 5500, ?, ?), "
             "(2, 'BAN-01', 'Banana', 1, 0, 0, ?, ?)"),
         {Now, Now, Now, Now});
    exec(db,
         QStringLiteral("INSERT INTO stock_levels (product_id, warehouse_id, quantity, updated_at) VALUES "
                        "(1, 1, 5000, ?), (1, 2, 500, ?), (2, 1, 0, ?)"),
         {Now, Now, Now});

    tc.actAs(QStringLiteral("clerk")); // stock.view
    StockLevelModel model(*tc.company);
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    auto rows = [&model] {
        QList<std::pair<qint64, qint64>> out;
        for (int r = 0; r < model.rowCount(); ++r)
            out.append({model.productIdAt(r), model.warehouseIdAt(r)});
        return out;
    };
    using Rows = QList<std::pair<qint64, qint64>>;
    CHECK(rows() == Rows{{1, 1}, {1, 2}, {2, 1}});

    StockLevelFilter f;
    f.lowStockOnly = true; // 500 <= 1000 and 0 <= 0
    model.setFilter(f);
    CHECK(rows() == Rows{{1, 2}, {2, 1}});
    f = {};
    f.warehouseId = 2;
    model.setFilter(f);
    CHECK(rows() == Rows{{1, 2}});
    f = {};
    f.search = QStringLiteral("ban");
    model.setFilter(f);
    CHECK(rows() == Rows{{2, 1}});

    model.setFilter({});
    model.sort(StockLevelModel::Quantity, Qt::DescendingOrder);
    CHECK(rows() == Rows{{1, 1}, {1, 2}, {2, 1}});
    model.sort(StockLevelModel::Warehouse, Qt::DescendingOrder);
    CHECK(rows() == Rows{{1, 2}, {2, 1}, {1, 1}}); // SHOP, then MAIN by (product, warehouse) descending
    CHECK(model.data(model.index(0, StockLevelModel::Quantity)).toString() == QStringLiteral("0.5"));
    CHECK(model.data(model.index(0, StockLevelModel::Warehouse)).toString() == QStringLiteral("SHOP"));
    CHECK(model.data(model.index(0, 0), StockLevelModel::LowStockRole).toBool());
    CHECK_FALSE(model.data(model.index(2, 0), StockLevelModel::LowStockRole).toBool());
}

TEST_CASE("stock movements: product, warehouse, type and date filters, signed quantities")
{
    test::TestCompany tc;
    const test::RawRows raw(tc); // receipts and sales without their invoices
    const QSqlDatabase db = tc.sql();
    const qint64 admin = tc.userIds.value(QStringLiteral("admin"));
    exec(db,
         QStringLiteral(
             "INSERT INTO warehouses (id, code, name, created_at) VALUES (2, 'SHOP', 'Shop floor', ?)"),
         {Now});
    exec(db,
         QStringLiteral("INSERT INTO products (id, sku, name, tax_rate_id, created_at, updated_at) VALUES "
                        "(1, 'APL-01', 'Apple', 1, ?, ?), (2, 'BAN-01', 'Banana', 1, ?, ?)"),
         {Now, Now, Now, Now});
    const QString insert = QStringLiteral(
        "INSERT INTO stock_movements (id, product_id, warehouse_id, type, quantity, "
        "reference, user_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    // Midday UTC, so each lands on the same calendar day in any nearby time zone.
    exec(db, insert,
         {1, 1, 1, QStringLiteral("receipt"), 6000, QStringLiteral("PUR-1"), admin,
          QStringLiteral("2026-03-01T12:00:00.000Z")});
    exec(db, insert,
         {2, 1, 1, QStringLiteral("sale"), 1000, QStringLiteral("INV-1"), admin,
          QStringLiteral("2026-03-02T12:00:00.000Z")});
    exec(db, insert,
         {3, 1, 1, QStringLiteral("transfer_out"), 500, QStringLiteral("TR-1"), admin,
          QStringLiteral("2026-03-03T12:00:00.000Z")});
    exec(db, insert,
         {4, 1, 2, QStringLiteral("transfer_in"), 500, QStringLiteral("TR-1"), admin,
          QStringLiteral("2026-03-03T12:00:00.000Z")});
    exec(db, insert,
         {5, 2, 1, QStringLiteral("receipt"), 2000, QStringLiteral("PUR-2"), admin,
          QStringLiteral("2026-03-04T12:00:00.000Z")});

    tc.actAs(QStringLiteral("clerk"));
    StockMovementModel model(*tc.company);
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    CHECK(ids(model) == L({5, 4, 3, 2, 1})); // newest first, ties by id

    StockMovementFilter f;
    f.productId = 1;
    model.setFilter(f);
    CHECK(ids(model) == L({4, 3, 2, 1}));
    f = {};
    f.warehouseId = 2;
    model.setFilter(f);
    CHECK(ids(model) == L({4}));
    f = {};
    f.types = {QStringLiteral("sale"), QStringLiteral("transfer_out")};
    model.setFilter(f);
    CHECK(ids(model) == L({3, 2}));
    f = {};
    f.from = QDate(2026, 3, 2);
    f.to = QDate(2026, 3, 3);
    model.setFilter(f);
    CHECK(ids(model) == L({4, 3, 2}));

    model.setFilter({});
    model.sort(StockMovementModel::Quantity, Qt::AscendingOrder);
    CHECK(ids(model) == L({2, 3, 4, 5, 1})); // -1000, -500, 500, 2000, 6000
    const QModelIndex sold = model.index(0, StockMovementModel::Quantity);
    CHECK(model.data(sold).toString() == QStringLiteral("-1"));
    CHECK(model.data(sold, Qt::EditRole).toLongLong() == -1000);
    CHECK(model.data(model.index(0, StockMovementModel::Type)).toString() == QStringLiteral("Sale"));
    CHECK(model.data(model.index(0, StockMovementModel::User)).toString() == QStringLiteral("anna"));
    CHECK(model.data(model.index(0, StockMovementModel::Time), Qt::EditRole).toString()
          == QStringLiteral("2026-03-02T12:00:00.000Z"));
    CHECK(model.data(model.index(2, 0), StockMovementModel::WarehouseIdRole).toLongLong() == 2);
}

TEST_CASE("audit log: user, action prefix, entity and date filters, and a clerk is refused")
{
    test::TestCompany tc;
    const qint64 clerk = tc.userIds.value(QStringLiteral("clerk"));
    const qint64 admin = tc.userIds.value(QStringLiteral("admin"));
    QSqlQuery maxSeq = exec(tc.sql(), QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM audit_logs"));
    REQUIRE(maxSeq.next());
    const qint64 s0 = maxSeq.value(0).toLongLong();
    maxSeq.finish();
    {
        // As the users themselves: on a server the superuser's rows keep
        // the user they name, a login's are its own.
        storage::Transaction tx(tc.seedDb());
        REQUIRE_OK(tx.begin());
        auto at = [](const char *iso) {
            return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
        };
        const AuditRecord records[] = {
            {clerk,
             QStringLiteral("cleo"),
             QStringLiteral("invoice.post"),
             QStringLiteral("invoices"),
             QStringLiteral("1"),
             {},
             at("2020-05-01T12:00:00Z")},
            {admin,
             QStringLiteral("anna"),
             QStringLiteral("invoice.void"),
             QStringLiteral("invoices"),
             QStringLiteral("1"),
             {},
             at("2020-05-02T12:00:00Z")},
            {clerk,
             QStringLiteral("cleo"),
             QStringLiteral("stock.adjust"),
             QStringLiteral("products"),
             QStringLiteral("7"),
             {},
             at("2020-05-03T12:00:00Z")},
            {admin,
             QStringLiteral("anna"),
             QStringLiteral("invoicing*x"),
             QStringLiteral("settings"),
             {},
             {},
             at("2020-05-04T12:00:00Z")},
        };
        for (const AuditRecord &r : records)
            REQUIRE_OK(AuditLog::append(tc.seedDb(), r));
        REQUIRE_OK(tx.commit());
    }

    AuditLogModel model(*tc.company); // admin
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    REQUIRE_FALSE(model.lastError().has_value());
    REQUIRE(model.rowCount() == int(s0) + 4);
    CHECK(model.seqAt(0) == s0 + 4); // newest first

    AuditLogFilter f;
    f.actionPrefix = QStringLiteral("invoice.");
    model.setFilter(f);
    CHECK(ids(model) == L({s0 + 2, s0 + 1}));
    f.actionPrefix = QStringLiteral("invoicing*"); // * taken literally
    model.setFilter(f);
    CHECK(ids(model) == L({s0 + 4}));
    f = {};
    f.userId = clerk;
    model.setFilter(f);
    CHECK(ids(model) == L({s0 + 3, s0 + 1}));
    f = {};
    f.entity = QStringLiteral("invoices");
    model.setFilter(f);
    CHECK(ids(model) == L({s0 + 2, s0 + 1}));
    f = {};
    f.from = QDate(2020, 5, 2);
    f.to = QDate(2020, 5, 3);
    model.setFilter(f);
    CHECK(ids(model) == L({s0 + 3, s0 + 2}));
    model.sort(AuditLogModel::Seq, Qt::AscendingOrder);
    CHECK(ids(model) == L({s0 + 2, s0 + 3}));
    CHECK(model.data(model.index(0, AuditLogModel::Action)).toString() == QStringLiteral("invoice.void"));
    CHECK(model.data(model.index(1, 0), AuditLogModel::UserIdRole).toLongLong() == clerk);

    tc.actAs(QStringLiteral("clerk"));
    AuditLogModel refused(*tc.company);
    Tester refusedTester(&refused, Tester::FailureReportingMode::Fatal);
    CHECK(refused.rowCount() == 0);
    REQUIRE(refused.lastError().has_value());
    CHECK(refused.lastError()->code == ErrorCode::PermissionDenied);
    CHECK_FALSE(refused.data(refused.index(0, 0)).isValid());
    QSqlQuery denied = exec(
        tc.sql(),
        QStringLiteral("SELECT count(*) FROM audit_logs WHERE action = "
                       "'permission.denied' AND user_id = ? AND changes LIKE '%audit.list%'"),
        {clerk});
    REQUIRE(denied.next());
    CHECK(denied.value(0).toInt() == 1);
    denied.finish();

    // refresh() checks again: still refused, still empty.
    QSignalSpy resets(&refused, &QAbstractItemModel::modelReset);
    refused.refresh();
    CHECK(resets.count() == 1);
    CHECK(refused.rowCount() == 0);
    CHECK(refused.lastError()->code == ErrorCode::PermissionDenied);

    // Suppliers open for a clerk through invoice.create (no supplier.edit needed).
    SupplierListModel suppliers(*tc.company);
    CHECK_FALSE(suppliers.lastError().has_value());
}
