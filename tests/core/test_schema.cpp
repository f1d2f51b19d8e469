// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "TestSupport.h"

#include "storage/SqlError.h"

#include <QSet>

using namespace stockbook;
using namespace stockbook::test;

namespace {

const QString Now = QStringLiteral("2026-11-28T10:00:00.000Z");

// A migrated database with one of everything the constraint tests refer to.
struct SchemaFixture {
    TempDatabase t;
    QSqlDatabase db = t.db->connection();

    SchemaFixture()
    {
        exec(db, QStringLiteral("INSERT INTO users (id, username, email, role_id, created_at, updated_at) "
                                "VALUES (1, 'anna', 'anna@shop.example', 1, ?, ?)"),
             {Now, Now});
        exec(db, QStringLiteral("INSERT INTO categories (id, name, created_at) VALUES (1, 'Tools', ?)"), {Now});
        exec(db, QStringLiteral("INSERT INTO suppliers (id, name, email, created_at, updated_at) "
                                "VALUES (1, 'Acme', 'sales@acme.example', ?, ?)"),
             {Now, Now});
        exec(db, QStringLiteral("INSERT INTO customers (id, name, email, created_at, updated_at) "
                                "VALUES (1, 'Bob', 'bob@mail.example', ?, ?)"),
             {Now, Now});
        exec(db, QStringLiteral("INSERT INTO products (id, sku, name, category_id, supplier_id, tax_rate_id, price, "
                                "created_at, updated_at) VALUES (1, 'HAM-1', 'Hammer', 1, 1, 1, 1299, ?, ?)"),
             {Now, Now});
        exec(db, QStringLiteral("INSERT INTO invoices (id, type, customer_id, warehouse_id, issue_date, created_by, "
                                "created_at, updated_at) VALUES (1, 'sale', 1, 1, '2026-11-28', 1, ?, ?)"),
             {Now, Now});
    }

    // Runs sql and returns the classified error; fails the test if it succeeded.
    Error refused(const QString &sql, std::initializer_list<QVariant> values = {})
    {
        const QSqlError e = tryExec(db, sql, values);
        INFO(sql.toStdString());
        REQUIRE(e.isValid());
        return storage::errorFromSql(e);
    }

    void accepted(const QString &sql, std::initializer_list<QVariant> values = {}) { exec(db, sql, values); }

    qlonglong scalar(const QString &sql)
    {
        QSqlQuery q = exec(db, sql);
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }
};

#define REQUIRE_REFUSED(fixture, sql, kind, name, ...)                                   \
    do {                                                                                 \
        const Error e_ = (fixture).refused(sql, ##__VA_ARGS__);                          \
        INFO(e_.detail.toStdString());                                                   \
        CHECK(e_.code == (kind));                                                        \
        CHECK(e_.field.contains(name));                                                  \
    } while (false)

const QString ProductInsert = QStringLiteral(
    "INSERT INTO products (sku, name, tax_rate_id, price, quantity, created_at, updated_at) VALUES (?, ?, 1, ?, ?, '%1', '%1')")
                                  .arg(Now);
const QString InvoiceInsert = QStringLiteral(
    "INSERT INTO invoices (type, status, invoice_number, customer_id, supplier_id, warehouse_id, issue_date, subtotal, "
    "tax_amount, total_amount, paid_amount, created_by, created_at, updated_at) "
    "VALUES (?, ?, ?, ?, ?, 1, '2026-11-28', ?, ?, ?, ?, 1, '%1', '%1')")
                                  .arg(Now);
const QString ItemInsert = QStringLiteral("INSERT INTO invoice_items (invoice_id, line_no, product_id, quantity, unit_price, "
                                          "line_total) VALUES (?, ?, ?, ?, ?, ?)");
const QString MovementInsert = QStringLiteral("INSERT INTO stock_movements (product_id, warehouse_id, type, quantity, "
                                              "user_id, created_at) VALUES (1, 1, ?, ?, 1, '%1')")
                                   .arg(Now);

QVariant null() { return QVariant(QMetaType::fromType<qlonglong>()); }

} // namespace

// ---- The predecessor's eight foreign keys.

TEST_CASE("FK users.role_id")
{
    SchemaFixture f;
    REQUIRE_REFUSED(f, QStringLiteral("INSERT INTO users (username, role_id, created_at, updated_at) VALUES ('x', 99, 'a', 'a')"),
                    ErrorCode::ConstraintForeignKey, QStringLiteral("FOREIGN KEY"));
    REQUIRE_REFUSED(f, QStringLiteral("DELETE FROM roles WHERE id = 1"), ErrorCode::ConstraintForeignKey,
                    QStringLiteral("FOREIGN KEY"));
}

TEST_CASE("FK products.category_id and products.supplier_id")
{
    SchemaFixture f;
    REQUIRE_REFUSED(f, QStringLiteral("UPDATE products SET category_id = 42 WHERE id = 1"), ErrorCode::ConstraintForeignKey,
                    QStringLiteral("FOREIGN KEY"));
    REQUIRE_REFUSED(f, QStringLiteral("UPDATE products SET supplier_id = 42 WHERE id = 1"), ErrorCode::ConstraintForeignKey,
                    QStringLiteral("FOREIGN KEY"));
    REQUIRE_REFUSED(f, QStringLiteral("DELETE FROM categories WHERE id = 1"), ErrorCode::ConstraintForeignKey,
                    QStringLiteral("FOREIGN KEY"));
    f.accepted(QStringLiteral("UPDATE products SET category_id = NULL, supplier_id = NULL WHERE id = 1"));
}

TEST_CASE("FK invoices.customer_id, invoices.supplier_id and invoices.warehouse_id")
{
    SchemaFixture f;
    REQUIRE_REFUSED(f, QStringLiteral("UPDATE invoices SET customer_id = 77 WHERE id = 1"), ErrorCode::ConstraintForeignKey,
                    QStringLiteral("FOREIGN KEY"));
    REQUIRE_REFUSED(f, QStringLiteral("UPDATE invoices SET warehouse_id = 77 WHERE id = 1"), ErrorCode::ConstraintForeignKey,
                    QStringLiteral("FOREIGN KEY"));
    REQUIRE_REFUSED(f, InvoiceInsert, ErrorCode::ConstraintForeignKey, QStringLiteral("FOREIGN KEY"),
                    {QStringLiteral("purchase"), QStringLiteral("draft"), QVariant(), null(), 77, 0, 0, 0, 0});
    REQUIRE_REFUSED(f, QStringLiteral("DELETE FROM customers WHERE id = 1"), ErrorCode::ConstraintForeignKey,
                    QStringLiteral("FOREIGN KEY"));
}

TEST_CASE("FK invoice_items.invoice_id cascades on delete; invoice_items.product_id must exist")
{
    SchemaFixture f;
    f.accepted(ItemInsert, {1, 1, 1, 1000, 1299, 1299});
    f.accepted(ItemInsert, {1, 2, 1, 2000, 1299, 2598});
    REQUIRE_REFUSED(f, ItemInsert, ErrorCode::ConstraintForeignKey, QStringLiteral("FOREIGN KEY"), {1, 3, 55, 1000, 1, 1});
    REQUIRE_REFUSED(f, ItemInsert, ErrorCode::ConstraintForeignKey, QStringLiteral("FOREIGN KEY"), {55, 1, 1, 1000, 1, 1});
    REQUIRE_REFUSED(f, QStringLiteral("DELETE FROM products WHERE id = 1"), ErrorCode::ConstraintForeignKey,
                    QStringLiteral("FOREIGN KEY"));
    f.accepted(QStringLiteral("DELETE FROM invoices WHERE id = 1"));
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM invoice_items")) == 0);
}

// ---- The predecessor's six unique rules.

TEST_CASE("UNIQUE users.username, regardless of case")
{
    SchemaFixture f;
    REQUIRE_REFUSED(f, QStringLiteral("INSERT INTO users (username, role_id, created_at, updated_at) VALUES ('ANNA', 2, 'a', 'a')"),
                    ErrorCode::ConstraintUnique, QStringLiteral("users.username"));
}

TEST_CASE("UNIQUE users.email, regardless of case; users without e-mail allowed")
{
    SchemaFixture f;
    REQUIRE_REFUSED(f, QStringLiteral("INSERT INTO users (username, email, role_id, created_at, updated_at) "
                                      "VALUES ('b', 'Anna@Shop.Example', 2, 'a', 'a')"),
                    ErrorCode::ConstraintUnique, QStringLiteral("ux_users_email"));
    f.accepted(QStringLiteral("INSERT INTO users (username, role_id, created_at, updated_at) VALUES ('c', 2, 'a', 'a')"));
    f.accepted(QStringLiteral("INSERT INTO users (username, role_id, created_at, updated_at) VALUES ('d', 2, 'a', 'a')"));
}

TEST_CASE("UNIQUE products.sku")
{
    SchemaFixture f;
    REQUIRE_REFUSED(f, ProductInsert, ErrorCode::ConstraintUnique, QStringLiteral("products.sku"),
                    {QStringLiteral("ham-1"), QStringLiteral("Another hammer"), 100, 0});
    f.accepted(ProductInsert, {QStringLiteral("HAM-2"), QStringLiteral("Another hammer"), 100, 0});
}

TEST_CASE("UNIQUE invoices.invoice_number")
{
    SchemaFixture f;
    f.accepted(InvoiceInsert, {QStringLiteral("sale"), QStringLiteral("posted"), QStringLiteral("S-2026-000001"), 1, null(),
                               100, 20, 120, 0});
    REQUIRE_REFUSED(f, InvoiceInsert, ErrorCode::ConstraintUnique, QStringLiteral("invoices.invoice_number"),
                    {QStringLiteral("sale"), QStringLiteral("posted"), QStringLiteral("S-2026-000001"), 1, null(), 100, 20,
                     120, 0});
    // Drafts have no number yet, and many may exist at once.
    f.accepted(InvoiceInsert, {QStringLiteral("sale"), QStringLiteral("draft"), QVariant(), 1, null(), 0, 0, 0, 0});
}

TEST_CASE("UNIQUE customers.email and suppliers.email regardless of case; no e-mail allowed")
{
    SchemaFixture f;
    REQUIRE_REFUSED(f, QStringLiteral("INSERT INTO customers (name, email, created_at, updated_at) VALUES ('B2', 'BOB@mail.example', 'a', 'a')"),
                    ErrorCode::ConstraintUnique, QStringLiteral("ux_customers_email"));
    REQUIRE_REFUSED(f, QStringLiteral("INSERT INTO suppliers (name, email, created_at, updated_at) VALUES ('A2', 'Sales@ACME.example', 'a', 'a')"),
                    ErrorCode::ConstraintUnique, QStringLiteral("ux_suppliers_email"));
    for (int i = 0; i < 2; ++i) {
        f.accepted(QStringLiteral("INSERT INTO customers (name, created_at, updated_at) VALUES ('walk-in', 'a', 'a')"));
        f.accepted(QStringLiteral("INSERT INTO suppliers (name, created_at, updated_at) VALUES ('market', 'a', 'a')"));
    }
}

// ---- The predecessor's twelve checks.

TEST_CASE("CHECK products.price >= 0")
{
    SchemaFixture f;
    f.accepted(ProductInsert, {QStringLiteral("FREE"), QStringLiteral("Sample"), 0, 0});
    REQUIRE_REFUSED(f, ProductInsert, ErrorCode::ConstraintCheck, QStringLiteral("ck_products_price"),
                    {QStringLiteral("NEG"), QStringLiteral("Neg"), -1, 0});
}

TEST_CASE("CHECK products.quantity >= 0")
{
    SchemaFixture f;
    REQUIRE_REFUSED(f, QStringLiteral("UPDATE products SET quantity = -1000 WHERE id = 1"), ErrorCode::ConstraintCheck,
                    QStringLiteral("ck_products_quantity"));
}

TEST_CASE("CHECK invoices.subtotal, tax_amount, total_amount and paid_amount >= 0")
{
    SchemaFixture f;
    const char *columns[] = {"subtotal", "tax_amount", "total_amount", "paid_amount"};
    for (const char *column : columns) {
        const QString c = QString::fromLatin1(column);
        INFO(column);
        REQUIRE_REFUSED(f, QStringLiteral("UPDATE invoices SET %1 = -1 WHERE id = 1").arg(c), ErrorCode::ConstraintCheck,
                        QStringLiteral("ck_invoices_%1").arg(c));
    }
    f.accepted(QStringLiteral("UPDATE invoices SET subtotal = 100, tax_amount = 20, total_amount = 120, paid_amount = 0 WHERE id = 1"));
}

TEST_CASE("CHECK invoice_items.quantity > 0, unit_price >= 0 and line_total >= 0")
{
    SchemaFixture f;
    REQUIRE_REFUSED(f, ItemInsert, ErrorCode::ConstraintCheck, QStringLiteral("ck_invoice_items_quantity"), {1, 1, 1, 0, 100, 0});
    REQUIRE_REFUSED(f, ItemInsert, ErrorCode::ConstraintCheck, QStringLiteral("ck_invoice_items_unit_price"), {1, 1, 1, 1000, -5, 0});
    REQUIRE_REFUSED(f, ItemInsert, ErrorCode::ConstraintCheck, QStringLiteral("ck_invoice_items_line_total"), {1, 1, 1, 1000, 5, -5});
    f.accepted(ItemInsert, {1, 1, 1, 250, 0, 0}); // a free sample of a quarter unit
}

TEST_CASE("CHECK stock_movements.quantity > 0")
{
    SchemaFixture f;
    REQUIRE_REFUSED(f, MovementInsert, ErrorCode::ConstraintCheck, QStringLiteral("ck_stock_movements_quantity"),
                    {QStringLiteral("receipt"), 0});
    REQUIRE_REFUSED(f, MovementInsert, ErrorCode::ConstraintCheck, QStringLiteral("ck_stock_movements_type"),
                    {QStringLiteral("gift"), 1000});
    f.accepted(MovementInsert, {QStringLiteral("receipt"), 1000});
}

TEST_CASE("CHECK payments.amount > 0 and the method set")
{
    SchemaFixture f;
    const QString sql = QStringLiteral("INSERT INTO payments (invoice_id, amount, method, paid_on, created_by, created_at) "
                                       "VALUES (1, ?, ?, '2026-11-28', 1, 'a')");
    REQUIRE_REFUSED(f, sql, ErrorCode::ConstraintCheck, QStringLiteral("ck_payments_amount"), {0, QStringLiteral("cash")});
    REQUIRE_REFUSED(f, sql, ErrorCode::ConstraintCheck, QStringLiteral("ck_payments_method"), {100, QStringLiteral("iou")});
    f.accepted(sql, {100, QStringLiteral("card")});
}

TEST_CASE("NOT NULL audit_logs.timestamp")
{
    SchemaFixture f;
    REQUIRE_REFUSED(f, QStringLiteral("INSERT INTO audit_logs (seq, timestamp, action, prev_hash, row_hash) "
                                      "VALUES (1, NULL, 'x', zeroblob(32), zeroblob(32))"),
                    ErrorCode::ConstraintNotNull, QStringLiteral("audit_logs.timestamp"));
}

// ---- The rules the domain adds.

TEST_CASE("CHECK invoices.paid_amount <= total_amount")
{
    SchemaFixture f;
    REQUIRE_REFUSED(f, QStringLiteral("UPDATE invoices SET total_amount = 100, paid_amount = 101 WHERE id = 1"),
                    ErrorCode::ConstraintCheck, QStringLiteral("ck_invoices_paid_le_total"));
    f.accepted(QStringLiteral("UPDATE invoices SET total_amount = 100, paid_amount = 100 WHERE id = 1"));
}

TEST_CASE("CHECK invoice type and status within their sets")
{
    SchemaFixture f;
    REQUIRE_REFUSED(f, QStringLiteral("UPDATE invoices SET type = 'quote' WHERE id = 1"), ErrorCode::ConstraintCheck,
                    QStringLiteral("ck_invoices_type"));
    REQUIRE_REFUSED(f, QStringLiteral("UPDATE invoices SET status = 'lost' WHERE id = 1"), ErrorCode::ConstraintCheck,
                    QStringLiteral("ck_invoices_status"));
}

TEST_CASE("CHECK a sale has a customer and no supplier, a purchase the reverse")
{
    SchemaFixture f;
    REQUIRE_REFUSED(f, InvoiceInsert, ErrorCode::ConstraintCheck, QStringLiteral("ck_invoices_partner"),
                    {QStringLiteral("sale"), QStringLiteral("draft"), QVariant(), 1, 1, 0, 0, 0, 0});
    REQUIRE_REFUSED(f, InvoiceInsert, ErrorCode::ConstraintCheck, QStringLiteral("ck_invoices_partner"),
                    {QStringLiteral("sale"), QStringLiteral("draft"), QVariant(), null(), null(), 0, 0, 0, 0});
    REQUIRE_REFUSED(f, InvoiceInsert, ErrorCode::ConstraintCheck, QStringLiteral("ck_invoices_partner"),
                    {QStringLiteral("purchase"), QStringLiteral("draft"), QVariant(), 1, null(), 0, 0, 0, 0});
    f.accepted(InvoiceInsert, {QStringLiteral("purchase"), QStringLiteral("draft"), QVariant(), null(), 1, 0, 0, 0, 0});
}

TEST_CASE("CHECK a posted invoice has a number; a void one a reason")
{
    SchemaFixture f;
    REQUIRE_REFUSED(f, QStringLiteral("UPDATE invoices SET status = 'posted' WHERE id = 1"), ErrorCode::ConstraintCheck,
                    QStringLiteral("ck_invoices_number_when_posted"));
    f.accepted(QStringLiteral("UPDATE invoices SET status = 'posted', invoice_number = 'S-2026-000001' WHERE id = 1"));
    REQUIRE_REFUSED(f, QStringLiteral("UPDATE invoices SET status = 'void' WHERE id = 1"), ErrorCode::ConstraintCheck,
                    QStringLiteral("ck_invoices_void_reason"));
    f.accepted(QStringLiteral("UPDATE invoices SET status = 'void', void_reason = 'typed twice' WHERE id = 1"));
}

TEST_CASE("CHECK per-warehouse stock >= 0")
{
    SchemaFixture f;
    const QString sql = QStringLiteral("INSERT INTO stock_levels (product_id, warehouse_id, quantity, updated_at) VALUES (1, 1, ?, 'a')");
    REQUIRE_REFUSED(f, sql, ErrorCode::ConstraintCheck, QStringLiteral("ck_stock_levels_quantity"), {-1});
    f.accepted(sql, {0});
    REQUIRE_REFUSED(f, QStringLiteral("UPDATE stock_levels SET quantity = quantity - 1"), ErrorCode::ConstraintCheck,
                    QStringLiteral("ck_stock_levels_quantity"));
}

TEST_CASE("money and quantities are stored as integers, never as fractions")
{
    SchemaFixture f;
    REQUIRE_REFUSED(f, QStringLiteral("UPDATE products SET price = 12.5 WHERE id = 1"), ErrorCode::ConstraintCheck,
                    QStringLiteral("ck_products_price_int"));
    REQUIRE_REFUSED(f, QStringLiteral("UPDATE invoices SET total_amount = 10.25 WHERE id = 1"), ErrorCode::ConstraintCheck,
                    QStringLiteral("ck_invoices_money_int"));
    REQUIRE_REFUSED(f, MovementInsert, ErrorCode::ConstraintCheck, QStringLiteral("ck_stock_movements_quantity_int"),
                    {QStringLiteral("receipt"), 1.5});
}

TEST_CASE("audit_logs and stock_movements refuse UPDATE and DELETE")
{
    SchemaFixture f;
    f.accepted(QStringLiteral("INSERT INTO audit_logs (seq, timestamp, action, prev_hash, row_hash) "
                              "VALUES (1, 'a', 'x', zeroblob(32), zeroblob(32))"));
    f.accepted(MovementInsert, {QStringLiteral("receipt"), 1000});
    REQUIRE_REFUSED(f, QStringLiteral("UPDATE audit_logs SET action = 'y'"), ErrorCode::ConstraintTrigger,
                    QStringLiteral("audit_logs is append-only"));
    REQUIRE_REFUSED(f, QStringLiteral("DELETE FROM audit_logs"), ErrorCode::ConstraintTrigger,
                    QStringLiteral("audit_logs is append-only"));
    REQUIRE_REFUSED(f, QStringLiteral("UPDATE stock_movements SET quantity = 1"), ErrorCode::ConstraintTrigger,
                    QStringLiteral("stock_movements is append-only"));
    REQUIRE_REFUSED(f, QStringLiteral("DELETE FROM stock_movements"), ErrorCode::ConstraintTrigger,
                    QStringLiteral("stock_movements is append-only"));
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM audit_logs")) == 1);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM stock_movements")) == 1);
}

TEST_CASE("only one default warehouse and one default tax rate")
{
    SchemaFixture f;
    REQUIRE_REFUSED(f, QStringLiteral("INSERT INTO warehouses (code, name, is_default, created_at) VALUES ('B', 'Back', 1, 'a')"),
                    ErrorCode::ConstraintUnique, QStringLiteral("warehouses.is_default"));
    REQUIRE_REFUSED(f, QStringLiteral("INSERT INTO tax_rates (name, rate_bp, is_default) VALUES ('Other', 1000, 1)"),
                    ErrorCode::ConstraintUnique, QStringLiteral("tax_rates.is_default"));
}

// ---- Indexes and seed data.

TEST_CASE("every foreign-key column leads an index, and there are at least 30 indexes")
{
    SchemaFixture f;
    QStringList tables;
    QSqlQuery q = exec(f.db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
    while (q.next())
        tables << q.value(0).toString();
    REQUIRE(tables.size() == 17);

    int foreignKeys = 0;
    for (const QString &table : std::as_const(tables)) {
        // First columns of every index on the table (explicit, UNIQUE and PRIMARY KEY autoindexes).
        QSet<QString> leading;
        QSqlQuery indexes = exec(f.db, QStringLiteral("PRAGMA index_list(\"%1\")").arg(table));
        QStringList names;
        while (indexes.next())
            names << indexes.value(1).toString();
        for (const QString &index : std::as_const(names)) {
            QSqlQuery info = exec(f.db, QStringLiteral("PRAGMA index_info(\"%1\")").arg(index));
            while (info.next()) {
                if (info.value(0).toLongLong() == 0)
                    leading << info.value(2).toString();
            }
        }
        QSqlQuery fks = exec(f.db, QStringLiteral("PRAGMA foreign_key_list(\"%1\")").arg(table));
        while (fks.next()) {
            const QString column = fks.value(3).toString();
            ++foreignKeys;
            INFO(table.toStdString() << "." << column.toStdString());
            CHECK(leading.contains(column));
        }
    }
    CHECK(foreignKeys >= 8);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")) >= 30);
}

TEST_CASE("the default roles hold the permissions the design gives them")
{
    SchemaFixture f;
    auto permissionsOf = [&f](const QString &role) {
        QSet<QString> out;
        QSqlQuery q = exec(f.db, QStringLiteral("SELECT p.permission FROM role_permissions p JOIN roles r ON r.id = p.role_id "
                                                "WHERE r.name = ?"),
                           {role});
        while (q.next())
            out << q.value(0).toString();
        return out;
    };
    const QSet<QString> clerk = permissionsOf(QStringLiteral("clerk"));
    const QSet<QString> manager = permissionsOf(QStringLiteral("manager"));
    const QSet<QString> admin = permissionsOf(QStringLiteral("admin"));
    CHECK(clerk == QSet<QString>{QStringLiteral("invoice.create"), QStringLiteral("invoice.post"),
                                 QStringLiteral("payment.record"), QStringLiteral("customer.edit"),
                                 QStringLiteral("product.view"), QStringLiteral("stock.view")});
    CHECK(manager.contains(clerk));
    for (const char *p : {"invoice.void", "invoice.credit", "catalog.edit", "supplier.edit", "warehouse.edit",
                          "stock.transfer", "stock.adjust", "report.view", "data.export", "audit.view"})
        CHECK(manager.contains(QString::fromLatin1(p)));
    CHECK_FALSE(manager.contains(QStringLiteral("user.manage")));
    CHECK(admin.contains(manager));
    for (const char *p : {"user.manage", "role.manage", "settings.edit", "backup.run", "backup.restore", "key.rotate"})
        CHECK(admin.contains(QString::fromLatin1(p)));
    CHECK(admin.size() == 23);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM warehouses WHERE is_default = 1")) == 1);
    CHECK(f.scalar(QStringLiteral("SELECT rate_bp FROM tax_rates WHERE is_default = 1")) == 2000);
}
