// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "TestSupport.h"

#include "storage/SqlError.h"

#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QStringList>

#include <initializer_list>
#include <utility>

using namespace stockbook;
using namespace stockbook::test;

namespace {

const QString Now = QStringLiteral("2026-11-28T10:00:00.000Z");
const QString Today = QStringLiteral("2026-11-28");

QVariant nullId()
{
    return QVariant(QMetaType::fromType<qlonglong>());
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QString text(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

// The values of one row. Column names are the test's own constants; every value is bound.
class Row {
public:
    Row(std::initializer_list<std::pair<const char *, QVariant>> values)
    {
        for (const auto &value : values)
            m_values.append({text(value.first), value.second});
    }

    Row with(const char *column, const QVariant &value) const
    {
        Row copy = *this;
        const QString name = text(column);
        for (auto &entry : copy.m_values) {
            if (entry.first == name) {
                entry.second = value;
                return copy;
            }
        }
        copy.m_values.append({name, value});
        return copy;
    }

    const QList<std::pair<QString, QVariant>> &values() const { return m_values; }

private:
    QList<std::pair<QString, QVariant>> m_values;
};

Row user(const char *username)
{
    return {{"username", text(username)}, {"role_id", 3}, {"created_at", Now}, {"updated_at", Now}};
}

Row partner(const char *name)
{
    return {{"name", text(name)}, {"created_at", Now}, {"updated_at", Now}};
}

Row product(const char *sku)
{
    return {{"sku", text(sku)},  {"name", QStringLiteral("Hammer")},
            {"tax_rate_id", 1},  {"price", 1299},
            {"created_at", Now}, {"updated_at", Now}};
}

Row sale()
{
    return {{"type", QStringLiteral("sale")},
            {"customer_id", 1},
            {"warehouse_id", 1},
            {"issue_date", Today},
            {"created_by", 1},
            {"created_at", Now},
            {"updated_at", Now}};
}

Row purchase()
{
    return {{"type", QStringLiteral("purchase")},
            {"supplier_id", 1},
            {"warehouse_id", 1},
            {"issue_date", Today},
            {"created_by", 1},
            {"created_at", Now},
            {"updated_at", Now}};
}

Row item(int lineNo)
{
    return {{"invoice_id", 1},  {"line_no", lineNo},  {"product_id", 1},
            {"quantity", 1000}, {"unit_price", 1299}, {"line_total", 1299}};
}

Row movement()
{
    return {{"product_id", 1},  {"warehouse_id", 1}, {"type", QStringLiteral("receipt")},
            {"quantity", 1000}, {"user_id", 1},      {"created_at", Now}};
}

Row payment()
{
    return {{"invoice_id", 1},  {"amount", 100},   {"method", QStringLiteral("cash")},
            {"paid_on", Today}, {"created_by", 1}, {"created_at", Now}};
}

Row auditEntry(int seq)
{
    return {{"seq", seq},
            {"timestamp", Now},
            {"action", QStringLiteral("invoice.post")},
            {"prev_hash", QByteArray(32, '\0')},
            {"row_hash", QByteArray(32, '\1')}};
}

// A migrated database holding one valid row of everything the constraint tests refer to:
// user 1, category 1, supplier 1, customer 1, product 1, sale 1 (draft) and purchase 2 (draft).
struct Schema {
    TempDatabase t;
    QSqlDatabase db = t.db->connection();

    Schema()
    {
        seed("users", user("anna").with("email", QStringLiteral("anna@shop.example")).with("role_id", 1));
        seed("categories", {{"name", QStringLiteral("Tools")}, {"created_at", Now}});
        seed("suppliers", partner("Acme").with("email", QStringLiteral("sales@acme.example")));
        seed("customers", partner("Bob").with("email", QStringLiteral("bob@mail.example")));
        seed("products", product("HAM-1").with("category_id", 1).with("supplier_id", 1));
        seed("invoices", sale());
        seed("invoices", purchase());
    }

    void seed(const char *table, const Row &row)
    {
        const QSqlError e = insert(table, row);
        INFO(table << ": " << e.text().toStdString());
        REQUIRE_FALSE(e.isValid());
    }

    QSqlError insert(const char *table, const Row &row)
    {
        QStringList columns;
        QStringList marks;
        for (const auto &value : row.values()) {
            columns << value.first;
            marks << QStringLiteral("?");
        }
        QSqlQuery q(db);
        if (!q.prepare(
                QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                    .arg(text(table), columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")))))
            return q.lastError();
        for (qsizetype i = 0; i < row.values().size(); ++i)
            q.bindValue(static_cast<int>(i), row.values().at(i).second);
        q.exec();
        return q.lastError();
    }

    QSqlError run(const QString &sql, std::initializer_list<QVariant> values = {})
    {
        QSqlQuery q(db);
        if (!q.prepare(sql))
            return q.lastError();
        int i = 0;
        for (const QVariant &v : values)
            q.bindValue(i++, v);
        q.exec();
        return q.lastError();
    }

    QVariant scalar(const QString &sql, std::initializer_list<QVariant> values = {})
    {
        QSqlQuery q = exec(db, sql, values);
        REQUIRE(q.next());
        return q.value(0);
    }

    qlonglong count(const char *table)
    {
        return scalar(QStringLiteral("SELECT count(*) FROM %1").arg(text(table))).toLongLong();
    }
};

QStringList column(const QSqlDatabase &db, const QString &sql, int index)
{
    QStringList out;
    QSqlQuery q = exec(db, sql);
    while (q.next())
        out << q.value(index).toString();
    return out;
}

QStringList userTables(const QSqlDatabase &db)
{
    return column(
        db,
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                       "ORDER BY name"),
        0);
}

} // namespace

// The write succeeds.
#define ACCEPTED(write)                                                                                      \
    do {                                                                                                     \
        const QSqlError accepted_ = (write);                                                                 \
        INFO("refused: " << accepted_.text().toStdString());                                                 \
        REQUIRE_FALSE(accepted_.isValid());                                                                  \
    } while (false)

// The write fails with the given kind of constraint, naming the given constraint.
#define REFUSED(write, kind, name)                                                                           \
    do {                                                                                                     \
        const QSqlError refused_ = (write);                                                                  \
        REQUIRE(refused_.isValid());                                                                         \
        const Error classified_ = storage::errorFromSql(refused_);                                           \
        INFO(classified_.detail.toStdString());                                                              \
        CHECK(classified_.code == (kind));                                                                   \
        CHECK(classified_.field == QStringLiteral(name));                                                    \
    } while (false)

// SQLite says no more than "FOREIGN KEY constraint failed": each test names its rule by
// changing only the referencing column between the accepted and the refused write.
#define REFUSED_FK(write)                  REFUSED(write, ErrorCode::ConstraintForeignKey, "FOREIGN KEY")
#define REFUSED_CHECK(write, name)         REFUSED(write, ErrorCode::ConstraintCheck, name)
#define REFUSED_UNIQUE(write, name)        REFUSED(write, ErrorCode::ConstraintUnique, name)
#define REFUSED_BY_TRIGGER(write, message) REFUSED(write, ErrorCode::ConstraintTrigger, message)

// ---- The predecessor's eight foreign keys.

TEST_CASE("FK users.role_id references roles")
{
    Schema s;
    ACCEPTED(s.insert("users", user("bert").with("role_id", 2)));
    REFUSED_FK(s.insert("users", user("carl").with("role_id", 99)));
    REFUSED_FK(s.run(QStringLiteral("UPDATE users SET role_id = ? WHERE id = 1"), {99}));
    REFUSED_FK(s.run(QStringLiteral("DELETE FROM roles WHERE id = ?"), {1}));
}

TEST_CASE("FK products.category_id references categories")
{
    Schema s;
    ACCEPTED(s.insert("products", product("A-1").with("category_id", 1)));
    ACCEPTED(s.insert("products", product("A-2").with("category_id", nullId())));
    REFUSED_FK(s.insert("products", product("A-3").with("category_id", 42)));
    REFUSED_FK(s.run(QStringLiteral("DELETE FROM categories WHERE id = ?"), {1}));
}

TEST_CASE("FK products.supplier_id references suppliers")
{
    Schema s;
    ACCEPTED(s.insert("products", product("A-1").with("supplier_id", 1)));
    ACCEPTED(s.insert("products", product("A-2").with("supplier_id", nullId())));
    REFUSED_FK(s.insert("products", product("A-3").with("supplier_id", 42)));
    REFUSED_FK(s.run(QStringLiteral("DELETE FROM suppliers WHERE id = ?"), {1}));
}

TEST_CASE("FK invoices.customer_id references customers")
{
    Schema s;
    ACCEPTED(s.insert("invoices", sale().with("customer_id", 1)));
    REFUSED_FK(s.insert("invoices", sale().with("customer_id", 77)));
    REFUSED_FK(s.run(QStringLiteral("DELETE FROM customers WHERE id = ?"), {1}));
}

TEST_CASE("FK invoices.supplier_id references suppliers")
{
    Schema s;
    ACCEPTED(s.insert("invoices", purchase().with("supplier_id", 1)));
    REFUSED_FK(s.insert("invoices", purchase().with("supplier_id", 77)));
    REFUSED_FK(s.run(QStringLiteral("UPDATE invoices SET supplier_id = ? WHERE id = 2"), {77}));
}

TEST_CASE("FK invoices.warehouse_id references warehouses")
{
    Schema s;
    ACCEPTED(s.insert("invoices", sale().with("warehouse_id", 1)));
    REFUSED_FK(s.insert("invoices", sale().with("warehouse_id", 77)));
    REFUSED_FK(s.run(QStringLiteral("DELETE FROM warehouses WHERE id = ?"), {1}));
}

TEST_CASE("FK invoice_items.invoice_id references invoices")
{
    Schema s;
    ACCEPTED(s.insert("invoice_items", item(1).with("invoice_id", 1)));
    REFUSED_FK(s.insert("invoice_items", item(2).with("invoice_id", 55)));
    REFUSED_FK(s.run(QStringLiteral("UPDATE invoice_items SET invoice_id = ?"), {55}));
}

TEST_CASE("FK invoice_items.product_id references products")
{
    Schema s;
    ACCEPTED(s.insert("invoice_items", item(1).with("product_id", 1)));
    REFUSED_FK(s.insert("invoice_items", item(2).with("product_id", 55)));
    REFUSED_FK(s.run(QStringLiteral("DELETE FROM products WHERE id = ?"), {1}));
}

TEST_CASE("ON DELETE CASCADE: deleting an invoice deletes its lines and no others")
{
    Schema s;
    ACCEPTED(s.insert("invoice_items", item(1)));
    ACCEPTED(s.insert("invoice_items", item(2)));
    ACCEPTED(s.insert("invoice_items", item(1).with("invoice_id", 2)));
    ACCEPTED(s.run(QStringLiteral("DELETE FROM invoices WHERE id = ?"), {1}));
    CHECK(
        s.scalar(QStringLiteral("SELECT count(*) FROM invoice_items WHERE invoice_id = ?"), {1}).toLongLong()
        == 0);
    CHECK(
        s.scalar(QStringLiteral("SELECT count(*) FROM invoice_items WHERE invoice_id = ?"), {2}).toLongLong()
        == 1);
}

TEST_CASE("the predecessor's eight foreign keys are declared with their parents and delete actions")
{
    Schema s;
    auto foreignKey = [&s](const char *table, const char *from) {
        QSqlQuery q = exec(s.db, QStringLiteral("PRAGMA foreign_key_list(%1)").arg(text(table)));
        while (q.next()) {
            if (q.value(3).toString() == text(from))
                return q.value(2).toString() + QStringLiteral(" ") + q.value(6).toString();
        }
        return QString();
    };
    CHECK(foreignKey("users", "role_id") == QStringLiteral("roles NO ACTION"));
    CHECK(foreignKey("products", "category_id") == QStringLiteral("categories NO ACTION"));
    CHECK(foreignKey("products", "supplier_id") == QStringLiteral("suppliers NO ACTION"));
    CHECK(foreignKey("invoices", "customer_id") == QStringLiteral("customers NO ACTION"));
    CHECK(foreignKey("invoices", "supplier_id") == QStringLiteral("suppliers NO ACTION"));
    CHECK(foreignKey("invoices", "warehouse_id") == QStringLiteral("warehouses NO ACTION"));
    CHECK(foreignKey("invoice_items", "invoice_id") == QStringLiteral("invoices CASCADE"));
    CHECK(foreignKey("invoice_items", "product_id") == QStringLiteral("products NO ACTION"));
}

// ---- The predecessor's six unique rules.

TEST_CASE("UNIQUE users.username regardless of case")
{
    Schema s;
    ACCEPTED(s.insert("users", user("bert")));
    REFUSED_UNIQUE(s.insert("users", user("ANNA")), "users.username");
    REFUSED_UNIQUE(s.insert("users", user("Bert")), "users.username");
}

TEST_CASE("UNIQUE users.email regardless of case and users without an e-mail allowed")
{
    Schema s;
    ACCEPTED(s.insert("users", user("bert").with("email", QStringLiteral("bert@shop.example"))));
    REFUSED_UNIQUE(s.insert("users", user("carl").with("email", QStringLiteral("Anna@Shop.Example"))),
                   "index 'ux_users_email'");
    ACCEPTED(s.insert("users", user("dora").with("email", nullText())));
    ACCEPTED(s.insert("users", user("emil").with("email", nullText())));
}

TEST_CASE("UNIQUE products.sku regardless of case")
{
    Schema s;
    ACCEPTED(s.insert("products", product("HAM-2")));
    REFUSED_UNIQUE(s.insert("products", product("ham-1")), "products.sku");
}

TEST_CASE("UNIQUE invoices.invoice_number except on drafts")
{
    Schema s;
    const Row posted = sale()
                           .with("status", QStringLiteral("posted"))
                           .with("invoice_number", QStringLiteral("S-2026-000001"));
    ACCEPTED(s.insert("invoices", posted));
    REFUSED_UNIQUE(s.insert("invoices", posted), "invoices.invoice_number");
    ACCEPTED(s.insert("invoices", sale().with("invoice_number", nullText())));
    ACCEPTED(s.insert("invoices", sale().with("invoice_number", nullText())));
}

TEST_CASE("UNIQUE customers.email regardless of case and customers without an e-mail allowed")
{
    Schema s;
    ACCEPTED(s.insert("customers", partner("Cleo").with("email", QStringLiteral("cleo@mail.example"))));
    REFUSED_UNIQUE(s.insert("customers", partner("Bob 2").with("email", QStringLiteral("BOB@mail.example"))),
                   "index 'ux_customers_email'");
    ACCEPTED(s.insert("customers", partner("walk-in").with("email", nullText())));
    ACCEPTED(s.insert("customers", partner("walk-in").with("email", nullText())));
}

TEST_CASE("UNIQUE suppliers.email regardless of case and suppliers without an e-mail allowed")
{
    Schema s;
    ACCEPTED(s.insert("suppliers", partner("Bolt Ltd").with("email", QStringLiteral("orders@bolt.example"))));
    REFUSED_UNIQUE(
        s.insert("suppliers", partner("Acme 2").with("email", QStringLiteral("Sales@ACME.example"))),
        "index 'ux_suppliers_email'");
    ACCEPTED(s.insert("suppliers", partner("market").with("email", nullText())));
    ACCEPTED(s.insert("suppliers", partner("market").with("email", nullText())));
}

// ---- The predecessor's twelve checks.

TEST_CASE("CHECK products.price >= 0")
{
    Schema s;
    ACCEPTED(s.insert("products", product("FREE").with("price", 0)));
    REFUSED_CHECK(s.insert("products", product("NEG").with("price", -1)), "ck_products_price");
}

TEST_CASE("CHECK products.quantity >= 0")
{
    Schema s;
    ACCEPTED(s.insert("products", product("ZERO").with("quantity", 0)));
    ACCEPTED(s.run(QStringLiteral("UPDATE products SET quantity = ? WHERE id = 1"), {2500}));
    REFUSED_CHECK(s.insert("products", product("NEG").with("quantity", -1000)), "ck_products_quantity");
    REFUSED_CHECK(s.run(QStringLiteral("UPDATE products SET quantity = ? WHERE id = 1"), {-1}),
                  "ck_products_quantity");
}

TEST_CASE("CHECK invoices.subtotal >= 0")
{
    Schema s;
    ACCEPTED(s.insert("invoices", sale().with("subtotal", 0)));
    REFUSED_CHECK(s.insert("invoices", sale().with("subtotal", -1)), "ck_invoices_subtotal");
}

TEST_CASE("CHECK invoices.tax_amount >= 0")
{
    Schema s;
    ACCEPTED(s.insert("invoices", sale().with("tax_amount", 0)));
    REFUSED_CHECK(s.insert("invoices", sale().with("tax_amount", -1)), "ck_invoices_tax_amount");
}

TEST_CASE("CHECK invoices.total_amount >= 0")
{
    Schema s;
    ACCEPTED(s.insert("invoices", sale().with("total_amount", 0)));
    REFUSED_CHECK(s.insert("invoices", sale().with("total_amount", -1)), "ck_invoices_total_amount");
}

TEST_CASE("CHECK invoices.paid_amount >= 0")
{
    Schema s;
    const Row owed = sale().with("total_amount", 100);
    ACCEPTED(s.insert("invoices", owed.with("paid_amount", 0)));
    REFUSED_CHECK(s.insert("invoices", owed.with("paid_amount", -1)), "ck_invoices_paid_amount");
}

TEST_CASE("CHECK invoice_items.quantity > 0")
{
    Schema s;
    ACCEPTED(s.insert("invoice_items", item(1).with("quantity", 250)));
    REFUSED_CHECK(s.insert("invoice_items", item(2).with("quantity", 0)), "ck_invoice_items_quantity");
    REFUSED_CHECK(s.insert("invoice_items", item(2).with("quantity", -1000)), "ck_invoice_items_quantity");
}

TEST_CASE("CHECK invoice_items.unit_price >= 0")
{
    Schema s;
    ACCEPTED(s.insert("invoice_items", item(1).with("unit_price", 0).with("line_total", 0)));
    REFUSED_CHECK(s.insert("invoice_items", item(2).with("unit_price", -5)), "ck_invoice_items_unit_price");
}

TEST_CASE("CHECK invoice_items.line_total >= 0")
{
    Schema s;
    ACCEPTED(s.insert("invoice_items", item(1).with("unit_price", 0).with("line_total", 0)));
    REFUSED_CHECK(s.insert("invoice_items", item(2).with("line_total", -5)), "ck_invoice_items_line_total");
}

TEST_CASE("CHECK stock_movements.quantity > 0")
{
    Schema s;
    ACCEPTED(s.insert("stock_movements", movement().with("quantity", 1)));
    REFUSED_CHECK(s.insert("stock_movements", movement().with("quantity", 0)), "ck_stock_movements_quantity");
    REFUSED_CHECK(s.insert("stock_movements", movement().with("quantity", -1000)),
                  "ck_stock_movements_quantity");
}

TEST_CASE("CHECK payments.amount > 0")
{
    Schema s;
    ACCEPTED(s.insert("payments", payment().with("amount", 1)));
    REFUSED_CHECK(s.insert("payments", payment().with("amount", 0)), "ck_payments_amount");
    REFUSED_CHECK(s.insert("payments", payment().with("amount", -100)), "ck_payments_amount");
}

TEST_CASE("CHECK payments.kind is payment or refund, payment unless given (0006)")
{
    Schema s;
    ACCEPTED(s.insert("payments", payment()));
    CHECK(s.scalar(QStringLiteral("SELECT kind FROM payments WHERE id = 1")).toString()
          == QStringLiteral("payment"));
    ACCEPTED(s.insert("payments", payment().with("kind", QStringLiteral("refund"))));
    REFUSED_CHECK(s.insert("payments", payment().with("kind", QStringLiteral("chargeback"))),
                  "ck_payments_kind");
    // A refund is stored above zero too; its kind says which way it went.
    REFUSED_CHECK(s.insert("payments", payment().with("kind", QStringLiteral("refund")).with("amount", -100)),
                  "ck_payments_amount");
}

TEST_CASE("NOT NULL audit_logs.timestamp")
{
    Schema s;
    ACCEPTED(s.insert("audit_logs", auditEntry(1)));
    REFUSED(s.insert("audit_logs", auditEntry(2).with("timestamp", nullText())), ErrorCode::ConstraintNotNull,
            "audit_logs.timestamp");
}

// ---- The rules the domain adds.

TEST_CASE("CHECK invoices.paid_amount <= total_amount")
{
    Schema s;
    ACCEPTED(s.insert("invoices", sale().with("total_amount", 100).with("paid_amount", 100)));
    REFUSED_CHECK(s.insert("invoices", sale().with("total_amount", 100).with("paid_amount", 101)),
                  "ck_invoices_paid_le_total");
    REFUSED_CHECK(
        s.run(QStringLiteral("UPDATE invoices SET paid_amount = total_amount + ? WHERE id = 1"), {1}),
        "ck_invoices_paid_le_total");
}

TEST_CASE("CHECK invoice type within sale, purchase, credit_note")
{
    Schema s;
    ACCEPTED(s.insert("invoices", sale()));
    ACCEPTED(s.insert("invoices", purchase()));
    ACCEPTED(s.insert("invoices",
                      sale().with("type", QStringLiteral("credit_note")).with("credit_of_invoice_id", 1)));
    REFUSED_CHECK(s.insert("invoices", sale().with("type", QStringLiteral("quote"))), "ck_invoices_type");
    REFUSED_CHECK(s.insert("invoices", sale().with("type", QStringLiteral("SALE"))), "ck_invoices_type");
}

TEST_CASE("CHECK invoice status within draft, posted, partly_paid, paid, void")
{
    Schema s;
    int n = 0;
    for (const char *status : {"draft", "posted", "partly_paid", "paid", "void"}) {
        INFO(status);
        ACCEPTED(s.insert("invoices",
                          sale()
                              .with("status", text(status))
                              .with("invoice_number", QStringLiteral("S-2026-%1").arg(++n))
                              .with("void_reason", QStringLiteral("entered twice"))));
    }
    REFUSED_CHECK(s.insert("invoices",
                           sale()
                               .with("status", QStringLiteral("lost"))
                               .with("invoice_number", QStringLiteral("S-2026-99"))),
                  "ck_invoices_status");
}

TEST_CASE("CHECK a sale has a customer and no supplier")
{
    Schema s;
    ACCEPTED(s.insert("invoices", sale()));
    REFUSED_CHECK(s.insert("invoices", sale().with("supplier_id", 1)), "ck_invoices_partner");
    REFUSED_CHECK(s.insert("invoices", sale().with("customer_id", nullId())), "ck_invoices_partner");
    REFUSED_CHECK(s.run(QStringLiteral("UPDATE invoices SET supplier_id = ? WHERE id = 1"), {1}),
                  "ck_invoices_partner");
}

TEST_CASE("CHECK a purchase has a supplier and no customer")
{
    Schema s;
    ACCEPTED(s.insert("invoices", purchase()));
    REFUSED_CHECK(s.insert("invoices", purchase().with("customer_id", 1)), "ck_invoices_partner");
    REFUSED_CHECK(s.insert("invoices", purchase().with("supplier_id", nullId()).with("customer_id", 1)),
                  "ck_invoices_partner");
    REFUSED_CHECK(s.insert("invoices", purchase().with("supplier_id", nullId())), "ck_invoices_partner");
}

TEST_CASE("CHECK a credit note names the invoice it credits, and only a credit note does")
{
    Schema s;
    const Row credit = sale().with("type", QStringLiteral("credit_note"));
    ACCEPTED(s.insert("invoices", credit.with("credit_of_invoice_id", 1)));
    REFUSED_CHECK(s.insert("invoices", credit), "ck_invoices_credit_link");
    REFUSED_CHECK(s.insert("invoices", sale().with("credit_of_invoice_id", 1)), "ck_invoices_credit_link");
    REFUSED_FK(s.insert("invoices", credit.with("credit_of_invoice_id", 404)));
}

TEST_CASE("CHECK an invoice past draft has a number")
{
    Schema s;
    REFUSED_CHECK(
        s.run(QStringLiteral("UPDATE invoices SET status = ? WHERE id = 1"), {QStringLiteral("posted")}),
        "ck_invoices_number_when_posted");
    ACCEPTED(s.run(QStringLiteral("UPDATE invoices SET status = ?, invoice_number = ? WHERE id = 1"),
                   {QStringLiteral("posted"), QStringLiteral("S-2026-000001")}));
    REFUSED_CHECK(s.run(QStringLiteral("UPDATE invoices SET invoice_number = NULL WHERE id = 1")),
                  "ck_invoices_number_when_posted");
}

TEST_CASE("CHECK a void invoice has a reason")
{
    Schema s;
    ACCEPTED(s.run(QStringLiteral("UPDATE invoices SET status = ?, invoice_number = ? WHERE id = 1"),
                   {QStringLiteral("posted"), QStringLiteral("S-2026-000001")}));
    REFUSED_CHECK(
        s.run(QStringLiteral("UPDATE invoices SET status = ? WHERE id = 1"), {QStringLiteral("void")}),
        "ck_invoices_void_reason");
    REFUSED_CHECK(s.run(QStringLiteral("UPDATE invoices SET status = ?, void_reason = ? WHERE id = 1"),
                        {QStringLiteral("void"), QStringLiteral("  ")}),
                  "ck_invoices_void_reason");
    ACCEPTED(s.run(QStringLiteral("UPDATE invoices SET status = ?, void_reason = ? WHERE id = 1"),
                   {QStringLiteral("void"), QStringLiteral("typed twice")}));
}

TEST_CASE("CHECK stock_levels.quantity >= 0")
{
    Schema s;
    const Row level = {{"product_id", 1}, {"warehouse_id", 1}, {"quantity", 0}, {"updated_at", Now}};
    ACCEPTED(s.insert("stock_levels", level));
    REFUSED_CHECK(s.run(QStringLiteral("UPDATE stock_levels SET quantity = quantity - ?"), {1}),
                  "ck_stock_levels_quantity");
    ACCEPTED(s.run(QStringLiteral("DELETE FROM stock_levels")));
    REFUSED_CHECK(s.insert("stock_levels", level.with("quantity", -1)), "ck_stock_levels_quantity");
}

TEST_CASE("CHECK stock movement type within its set")
{
    Schema s;
    for (const char *type : {"receipt", "sale", "return", "transfer_out", "transfer_in", "adjustment_in",
                             "adjustment_out", "void_in", "void_out"}) {
        INFO(type);
        ACCEPTED(s.insert("stock_movements", movement().with("type", text(type))));
    }
    REFUSED_CHECK(s.insert("stock_movements", movement().with("type", QStringLiteral("gift"))),
                  "ck_stock_movements_type");
}

TEST_CASE("CHECK payment method within its set")
{
    Schema s;
    for (const char *method : {"cash", "card", "bank_transfer", "other"}) {
        INFO(method);
        ACCEPTED(s.insert("payments", payment().with("method", text(method))));
    }
    REFUSED_CHECK(s.insert("payments", payment().with("method", QStringLiteral("iou"))),
                  "ck_payments_method");
}

TEST_CASE("CHECK money is stored as integer minor units, never as a fraction")
{
    Schema s;
    ACCEPTED(s.insert("invoices", sale().with("total_amount", 150)));
    REFUSED_CHECK(s.insert("invoices", sale().with("total_amount", 1.5)), "ck_invoices_total_amount_int");
    REFUSED_CHECK(s.insert("invoices", sale().with("subtotal", 1.5)), "ck_invoices_subtotal_int");
    REFUSED_CHECK(s.insert("products", product("FRACTION").with("price", 1.5)), "ck_products_price_int");
    REFUSED_CHECK(s.insert("payments", payment().with("amount", 1.5)), "ck_payments_amount_int");
    REFUSED_CHECK(s.insert("invoice_items", item(1).with("line_total", 1.5)),
                  "ck_invoice_items_line_total_int");
    REFUSED_CHECK(s.insert("products", product("TEXT").with("price", QStringLiteral("12,99"))),
                  "ck_products_price_int");
    // SQLite 3.15.2 checks the value as bound, before column affinity: money must be bound
    // as an integer, even when a double or a text holds a whole number.
    REFUSED_CHECK(s.insert("products", product("WHOLE").with("price", 1299.0)), "ck_products_price_int");
    REFUSED_CHECK(s.insert("products", product("DIGITS").with("price", QStringLiteral("1299"))),
                  "ck_products_price_int");
    ACCEPTED(s.insert("products", product("BOUND").with("price", qlonglong(1299))));
    CHECK(s.scalar(QStringLiteral("SELECT typeof(price) FROM products WHERE sku = ?"),
                   {QStringLiteral("BOUND")})
              .toString()
          == QStringLiteral("integer"));
}

TEST_CASE("CHECK quantities are stored as integer thousandths, never as a fraction")
{
    Schema s;
    ACCEPTED(s.insert("stock_movements", movement().with("quantity", 1500)));
    REFUSED_CHECK(s.insert("stock_movements", movement().with("quantity", 1.5)),
                  "ck_stock_movements_quantity_int");
    REFUSED_CHECK(s.insert("invoice_items", item(1).with("quantity", 1.5)), "ck_invoice_items_quantity_int");
    REFUSED_CHECK(s.run(QStringLiteral("UPDATE products SET quantity = ? WHERE id = 1"), {1.5}),
                  "ck_products_quantity_int");
    REFUSED_CHECK(s.insert("stock_levels",
                           {{"product_id", 1}, {"warehouse_id", 1}, {"quantity", 1.5}, {"updated_at", Now}}),
                  "ck_stock_levels_quantity_int");
}

TEST_CASE("audit_logs refuses UPDATE")
{
    Schema s;
    ACCEPTED(s.insert("audit_logs", auditEntry(1)));
    REFUSED_BY_TRIGGER(
        s.run(QStringLiteral("UPDATE audit_logs SET action = ? WHERE seq = 1"), {QStringLiteral("x")}),
        "audit_logs is append-only");
    REFUSED_BY_TRIGGER(s.run(QStringLiteral("UPDATE audit_logs SET row_hash = prev_hash")),
                       "audit_logs is append-only");
    CHECK(s.scalar(QStringLiteral("SELECT action FROM audit_logs WHERE seq = 1")).toString()
          == QStringLiteral("invoice.post"));
}

TEST_CASE("audit_logs refuses DELETE")
{
    Schema s;
    ACCEPTED(s.insert("audit_logs", auditEntry(1)));
    ACCEPTED(s.insert("audit_logs", auditEntry(2)));
    REFUSED_BY_TRIGGER(s.run(QStringLiteral("DELETE FROM audit_logs WHERE seq = ?"), {2}),
                       "audit_logs is append-only");
    REFUSED_BY_TRIGGER(s.run(QStringLiteral("DELETE FROM audit_logs")), "audit_logs is append-only");
    CHECK(s.count("audit_logs") == 2);
}

TEST_CASE("stock_movements refuses UPDATE")
{
    Schema s;
    ACCEPTED(s.insert("stock_movements", movement()));
    REFUSED_BY_TRIGGER(s.run(QStringLiteral("UPDATE stock_movements SET quantity = ?"), {1}),
                       "stock_movements is append-only");
    CHECK(s.scalar(QStringLiteral("SELECT quantity FROM stock_movements")).toLongLong() == 1000);
}

TEST_CASE("stock_movements refuses DELETE")
{
    Schema s;
    ACCEPTED(s.insert("stock_movements", movement()));
    REFUSED_BY_TRIGGER(s.run(QStringLiteral("DELETE FROM stock_movements")),
                       "stock_movements is append-only");
    CHECK(s.count("stock_movements") == 1);
}

TEST_CASE("at most one default warehouse and one default tax rate")
{
    Schema s;
    ACCEPTED(s.insert("warehouses",
                      {{"code", QStringLiteral("BACK")},
                       {"name", QStringLiteral("Back room")},
                       {"is_default", 0},
                       {"created_at", Now}}));
    REFUSED_UNIQUE(s.insert("warehouses",
                            {{"code", QStringLiteral("VAN")},
                             {"name", QStringLiteral("Van")},
                             {"is_default", 1},
                             {"created_at", Now}}),
                   "warehouses.is_default");
    ACCEPTED(
        s.insert("tax_rates", {{"name", QStringLiteral("Other")}, {"rate_bp", 1000}, {"is_default", 0}}));
    REFUSED_UNIQUE(
        s.insert("tax_rates", {{"name", QStringLiteral("Another")}, {"rate_bp", 1000}, {"is_default", 1}}),
        "tax_rates.is_default");
}

// ---- Structure: names, indexes and seed data.

TEST_CASE("every CHECK constraint is named")
{
    Schema s;
    static const QRegularExpression anyCheck(QStringLiteral("\\bCHECK\\s*\\("),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression namedCheck(QStringLiteral("\\bCONSTRAINT\\s+ck_\\w+\\s+CHECK\\s*\\("),
                                               QRegularExpression::CaseInsensitiveOption);
    int total = 0;
    for (const QString &sql :
         column(s.db, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table'"), 0)) {
        const auto all = sql.count(anyCheck);
        INFO(sql.toStdString());
        CHECK(sql.count(namedCheck) == all);
        total += static_cast<int>(all);
    }
    CHECK(total >= 12);
}

TEST_CASE("every foreign-key column leads an index")
{
    Schema s;
    const QStringList tables = userTables(s.db);
    CHECK(tables.size() == 18);
    int foreignKeys = 0;
    for (const QString &table : tables) {
        // First columns of every index on the table: explicit, UNIQUE and PRIMARY KEY ones.
        QSet<QString> leading;
        for (const QString &index : column(s.db, QStringLiteral("PRAGMA index_list(%1)").arg(table), 1)) {
            QSqlQuery info = exec(s.db, QStringLiteral("PRAGMA index_info(%1)").arg(index));
            while (info.next()) {
                if (info.value(0).toLongLong() == 0)
                    leading << info.value(2).toString();
            }
        }
        for (const QString &from :
             column(s.db, QStringLiteral("PRAGMA foreign_key_list(%1)").arg(table), 3)) {
            ++foreignKeys;
            INFO(table.toStdString() << "." << from.toStdString());
            CHECK(leading.contains(from));
        }
    }
    CHECK(foreignKeys >= 25);
}

TEST_CASE("at least 30 explicit indexes, named ix_ or ux_ after their table")
{
    Schema s;
    QSqlQuery q = exec(
        s.db,
        QStringLiteral("SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"));
    int n = 0;
    while (q.next()) {
        ++n;
        const QString name = q.value(0).toString();
        INFO(name.toStdString());
        CHECK((name.startsWith(QStringLiteral("ix_") + q.value(1).toString() + QStringLiteral("_"))
               || name.startsWith(QStringLiteral("ux_") + q.value(1).toString() + QStringLiteral("_"))));
    }
    CHECK(n >= 30);
}

TEST_CASE("the default roles hold the permissions the design gives them")
{
    Schema s;
    auto permissionsOf = [&s](const char *role) {
        QSet<QString> out;
        QSqlQuery q = exec(
            s.db,
            QStringLiteral("SELECT p.permission FROM role_permissions p JOIN roles r ON r.id = p.role_id "
                           "WHERE r.name = ?"),
            {text(role)});
        while (q.next())
            out << q.value(0).toString();
        return out;
    };
    auto set = [](std::initializer_list<const char *> names) {
        QSet<QString> out;
        for (const char *name : names)
            out << text(name);
        return out;
    };
    const QSet<QString> clerk = permissionsOf("clerk");
    const QSet<QString> manager = permissionsOf("manager");
    const QSet<QString> admin = permissionsOf("admin");

    CHECK(clerk
          == set({"invoice.create", "invoice.post", "payment.record", "customer.edit", "product.view",
                  "stock.view"}));
    CHECK_FALSE(clerk.contains(QStringLiteral("user.manage")));
    CHECK(manager
          == (clerk
              | set({"invoice.void", "invoice.credit", "payment.reverse", "catalog.edit", "supplier.edit",
                     "warehouse.edit", "stock.transfer", "stock.adjust", "report.view", "data.export",
                     "audit.view"})));
    CHECK_FALSE(manager.contains(QStringLiteral("user.manage")));
    CHECK(admin
          == (manager
              | set({"user.manage", "role.manage", "settings.edit", "backup.run", "backup.restore",
                     "key.rotate"})));
    CHECK(admin.size() == 23);

    QSet<QString> anyRole;
    for (const QString &p :
         column(s.db, QStringLiteral("SELECT DISTINCT permission FROM role_permissions"), 0))
        anyRole << p;
    CHECK(admin.contains(anyRole));
    CHECK(s.scalar(QStringLiteral("SELECT count(*) FROM roles WHERE is_system = 1")).toLongLong() == 3);
}

TEST_CASE("the seed data: main warehouse, standard tax rate, settings defaults, no users")
{
    TempDatabase t;
    const QSqlDatabase db = t.db->connection();
    auto scalar = [&db](const QString &sql, std::initializer_list<QVariant> values = {}) {
        QSqlQuery q = exec(db, sql, values);
        REQUIRE(q.next());
        return q.value(0);
    };
    CHECK(scalar(QStringLiteral("SELECT count(*) FROM users")).toLongLong() == 0);
    CHECK(scalar(QStringLiteral("SELECT code || '|' || name FROM warehouses WHERE is_default = 1")).toString()
          == QStringLiteral("MAIN|Main warehouse"));
    CHECK(
        scalar(QStringLiteral("SELECT name || '|' || rate_bp FROM tax_rates WHERE is_default = 1")).toString()
        == QStringLiteral("Standard|2000"));
    auto setting = [&scalar](const char *key) {
        return scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {text(key)}).toString();
    };
    CHECK(setting("invoice.prices_include_tax") == QStringLiteral("1"));
    CHECK(setting("company.currency") == QStringLiteral("EUR"));
    CHECK(setting("session.idle_lock_minutes") == QStringLiteral("15"));
}
