// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors

// On a server the database keeps the roles (schema/postgres/security.sql):
// a company made by ServerSetup::initCompany, then raw SQL sent over TCP with
// TLS and SCRAM as each role's own login, the way a user's credentials typed
// into psql would be. Every refusal is checked by its SQLSTATE (42501 for a
// missing right) or the trigger's message, every allowed change by its effect.
#include "PgCluster.h"
#include "TestSupport.h"

#include "storage/server/Scram.h"
#include "storage/server/ServerSetup.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <memory>

using namespace stockbook;
using namespace stockbook::storage::server;
using namespace stockbook::test;

namespace {

SecretBytes secret(const char *text)
{
    const QByteArray bytes(text);
    return SecretBytes::copyOf(std::span(reinterpret_cast<const std::uint8_t *>(bytes.constData()),
                                         static_cast<std::size_t>(bytes.size())));
}

// Passwords the password policy accepts.
constexpr const char *AnnaPassword = "Quartz-harbour-lantern-52";
constexpr const char *CarlPassword = "Pelican-meadow-orbit-17";
constexpr const char *MiaPassword = "Copper-tundra-violin-88";
constexpr const char *ZoePassword = "Saffron-glacier-kettle-39";
constexpr const char *DoraPassword = "Marble-canyon-whistle-64";

// What one statement did: its rows' first column, or the refusal's SQLSTATE and text.
struct Outcome {
    bool ok = false;
    QString state;
    QString message;
    QVariantList values;
};

Outcome exec(QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    bool ok = false;
    if (binds.isEmpty()) {
        ok = q.exec(sql); // CREATE, TRUNCATE and the like cannot be prepared
    } else {
        ok = q.prepare(sql);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        ok = ok && q.exec();
    }
    Outcome out;
    out.ok = ok;
    if (!ok) {
        out.state = q.lastError().nativeErrorCode();
        out.message = q.lastError().databaseText();
        return out;
    }
    while (q.next())
        out.values.append(q.value(0));
    return out;
}

QVariant one(QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    const Outcome o = exec(db, sql, binds);
    INFO(sql.toStdString() << " -> " << o.message.toStdString());
    REQUIRE(o.ok);
    REQUIRE(o.values.size() == 1);
    return o.values.first();
}

void run(QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    const Outcome o = exec(db, sql, binds);
    INFO(sql.toStdString() << " -> " << o.message.toStdString());
    REQUIRE(o.ok);
}

// A refusal with the given SQLSTATE whose message contains the text.
void refused(QSqlDatabase &db, const QString &sql, const QString &state, const QString &text,
             const QVariantList &binds = {})
{
    const Outcome o = exec(db, sql, binds);
    INFO(sql.toStdString() << " -> " << o.state.toStdString() << " " << o.message.toStdString());
    CHECK_FALSE(o.ok);
    CHECK(o.state == state);
    CHECK(o.message.contains(text));
}

QString verifier(const char *password)
{
    auto v = Scram::verifier(secret(password));
    REQUIRE(v.ok());
    return v.value();
}

// One cluster for the program (PgCluster::shared stops it while Qt lives).
PgCluster &cluster()
{
    return PgCluster::shared();
}

QString tls()
{
    return QStringLiteral("sslmode=verify-full;sslrootcert=") + cluster().rootCertificate();
}

QSqlDatabase login(const QString &user, const char *password,
                   const QString &database = QStringLiteral("shop"))
{
    return cluster().tcpConnection(user, QString::fromLatin1(password), database, tls());
}

QSqlDatabase open(const QString &user, const char *password, const QString &database = QStringLiteral("shop"))
{
    QSqlDatabase db = login(user, password, database);
    INFO(user.toStdString() << ": " << db.lastError().text().toStdString());
    REQUIRE(db.open());
    return db;
}

QSqlDatabase superuser(const QString &database = QStringLiteral("postgres"))
{
    QSqlDatabase db = cluster().superuserConnection(database);
    REQUIRE(db.open());
    return db;
}

// Two companies on one server, made once per test program: "shop" (admin
// anna, manager mia, clerk carl; a customer, a product with 10 pieces) and
// "depot" (admin dora).
struct Shop {
    qint64 annaId = 0, carlId = 0, miaId = 0;
    qint64 customerId = 0, productId = 0;
};

const Shop &shop()
{
    static std::unique_ptr<Shop> made;
    if (made)
        return *made;
    auto s = std::make_unique<Shop>();
    {
        QSqlDatabase su = superuser();
        auto company = ServerSetup::initCompany(su, QStringLiteral("shop"), QStringLiteral("Corner Shop"),
                                                QStringLiteral("anna"), secret(AnnaPassword));
        INFO((company.ok() ? QString() : company.error().message + company.error().detail).toStdString());
        REQUIRE(company.ok());
        CHECK(company->ownerRole == QStringLiteral("shop_owner"));
        CHECK(company->schemaVersion == 8);
        auto depot = ServerSetup::initCompany(su, QStringLiteral("depot"), QStringLiteral("Depot"),
                                              QStringLiteral("dora"), secret(DoraPassword));
        REQUIRE(depot.ok());
    }
    QSqlDatabase anna = open(QStringLiteral("anna"), AnnaPassword);
    s->annaId = one(anna, QStringLiteral("SELECT id FROM stockbook_me()")).toLongLong();
    const QString stamp = QStringLiteral("2026-12-07T10:00:00.000Z");
    s->carlId = one(anna,
                    QStringLiteral(
                        "INSERT INTO users (username, role_id, active, must_change_password, created_at, "
                        "updated_at) VALUES ('carl', (SELECT id FROM roles WHERE name = 'clerk'), 1, 0, "
                        "?, ?) RETURNING id"),
                    {stamp, stamp})
                    .toLongLong();
    s->miaId = one(anna,
                   QStringLiteral(
                       "INSERT INTO users (username, role_id, active, must_change_password, created_at, "
                       "updated_at) VALUES ('mia', (SELECT id FROM roles WHERE name = 'manager'), 1, 0, "
                       "?, ?) RETURNING id"),
                   {stamp, stamp})
                   .toLongLong();
    run(anna, QStringLiteral("SELECT stockbook_create_login('carl', 'clerk', ?)"), {verifier(CarlPassword)});
    run(anna, QStringLiteral("SELECT stockbook_create_login('mia', 'manager', ?)"), {verifier(MiaPassword)});
    s->customerId = one(anna,
                        QStringLiteral(
                            "INSERT INTO customers (name, created_at, updated_at) VALUES ('Ada Lovelace', "
                            "?, ?) RETURNING id"),
                        {stamp, stamp})
                        .toLongLong();
    s->productId = one(anna,
                       QStringLiteral(
                           "INSERT INTO products (sku, name, tax_rate_id, price, created_at, updated_at) "
                           "VALUES ('TEA-1', 'Green tea', (SELECT id FROM tax_rates WHERE is_default = 1), "
                           "450, ?, ?) RETURNING id"),
                       {stamp, stamp})
                       .toLongLong();
    // 10 pieces into the main warehouse, by an adjustment (stock.adjust).
    run(anna,
        QStringLiteral(
            "INSERT INTO stock_movements (product_id, warehouse_id, type, quantity, unit_cost, reason, "
            "user_id, created_at) VALUES (?, (SELECT id FROM warehouses WHERE code = 'MAIN'), "
            "'adjustment_in', 10000, 200, 'opening stock', ?, ?)"),
        {s->productId, s->annaId, stamp});
    made = std::move(s);
    return *made;
}

qint64 level(QSqlDatabase &db, qint64 productId)
{
    return one(db, QStringLiteral("SELECT quantity FROM stock_levels WHERE product_id = ?"), {productId})
        .toLongLong();
}

// A posted sale of 2 pieces, made the way InvoiceService writes it: a draft
// with its line, then in one transaction the number, the movement, the
// line's amounts and the status.
qint64 postSale(QSqlDatabase &db, const Shop &s, const QString &number)
{
    const QString stamp = QStringLiteral("2026-12-07T11:00:00.000Z");
    const qint64 id = one(db,
                          QStringLiteral(
                              "INSERT INTO invoices (type, customer_id, warehouse_id, issue_date, "
                              "created_by, created_at, updated_at) VALUES ('sale', ?, "
                              "(SELECT id FROM warehouses WHERE code = 'MAIN'), '2026-12-07', ?, ?, ?) "
                              "RETURNING id"),
                          {s.customerId, s.annaId, stamp, stamp})
                          .toLongLong();
    run(db,
        QStringLiteral(
            "INSERT INTO invoice_items (invoice_id, line_no, product_id, quantity, unit_price, tax_rate_bp) "
            "VALUES (?, 1, ?, 2000, 450, 2000)"),
        {id, s.productId});
    REQUIRE(db.transaction());
    run(db,
        QStringLiteral(
            "INSERT INTO number_sequences (series, year, next_value) VALUES ('sale', 2026, 2) "
            "ON CONFLICT (series, year) DO UPDATE SET next_value = number_sequences.next_value + 1"));
    run(db,
        QStringLiteral(
            "INSERT INTO stock_movements (product_id, warehouse_id, type, quantity, unit_cost, invoice_id, "
            "reference, user_id, created_at) VALUES (?, (SELECT id FROM warehouses WHERE code = 'MAIN'), "
            "'sale', 2000, 200, ?, ?, ?, ?)"),
        {s.productId, id, number, s.annaId, stamp});
    run(db,
        QStringLiteral(
            "UPDATE invoice_items SET line_net = 750, line_tax = 150, line_total = 900, unit_cost = 200 "
            "WHERE invoice_id = ?"),
        {id});
    run(db,
        QStringLiteral(
            "UPDATE invoices SET status = 'posted', invoice_number = ?, subtotal = 750, tax_amount = 150, "
            "total_amount = 900, due_date = '2026-12-21', posted_by = ?, posted_at = ?, updated_at = ? "
            "WHERE id = ? AND status = 'draft'"),
        {number, s.annaId, stamp, stamp, id});
    REQUIRE(db.commit());
    return id;
}

} // namespace

TEST_CASE("a SCRAM-SHA-256 verifier is the one RFC 5802 and 7677 give for the password and salt")
{
    // Worked out with Python's hashlib.pbkdf2_hmac('sha256', password, salt, 4096),
    // hmac.new(salted, b'Client Key' / b'Server Key', 'sha256') and hashlib.sha256.
    QByteArray salt;
    for (char c = 1; c <= 16; ++c)
        salt.append(c);
    auto v = Scram::verifier(secret("harbour-lantern-52"), salt, 4096);
    REQUIRE(v.ok());
    CHECK(v.value()
          == QStringLiteral(
              "SCRAM-SHA-256$4096:AQIDBAUGBwgJCgsMDQ4PEA==$phViKOcsTaQJZkhH3SJVBQJjdpJOMonQ450eecwDDcI=:"
              "jY8PG3e/GCObY3CGkUfGHtpbayfOpNAZU8R09djfBow="));
    CHECK(Scram::looksLikeVerifier(v.value()));
    auto fresh = Scram::verifier(secret("harbour-lantern-52"));
    REQUIRE(fresh.ok());
    CHECK(Scram::looksLikeVerifier(fresh.value()));
    CHECK(fresh.value() != v.value()); // a random salt each time
    CHECK_FALSE(Scram::verifier(SecretBytes()).ok());
    CHECK_FALSE(Scram::looksLikeVerifier(QStringLiteral("md5abc")));
}

TEST_CASE("on a server company the database itself keeps each role to its rights")
{
    const Shop &s = shop();

    SECTION("the company: owner, groups, database and the administrator's SCRAM login")
    {
        QSqlDatabase su = superuser(QStringLiteral("shop"));
        CHECK(
            one(su, QStringLiteral("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = 'shop'"))
                .toString()
            == QStringLiteral("shop_owner"));
        CHECK(one(su,
                  QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' "
                                 "AND tableowner <> 'shop_owner'"))
                  .toInt()
              == 0);
        CHECK(one(su,
                  QStringLiteral("SELECT rolpassword LIKE 'SCRAM-SHA-256$4096:%' FROM pg_authid "
                                 "WHERE rolname = 'anna'"))
                  .toBool());
        CHECK(one(su,
                  QStringLiteral("SELECT string_agg(g.rolname, ',') FROM pg_auth_members m "
                                 "JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member "
                                 "WHERE u.rolname = 'carl'"))
                  .toString()
              == QStringLiteral("shop_clerk"));
        CHECK(one(su,
                  QStringLiteral("SELECT rolsuper OR rolcreatedb OR rolcreaterole OR rolreplication "
                                 "OR rolbypassrls FROM pg_roles WHERE rolname = 'carl'"))
                  .toBool()
              == false);
        CHECK(one(su, QStringLiteral("SELECT value FROM settings WHERE key = 'company.name'")).toString()
              == QStringLiteral("Corner Shop"));
        CHECK(one(su, QStringLiteral("SELECT username || ':' || action FROM audit_logs WHERE seq = 1"))
                  .toString()
              == QStringLiteral("anna:company.create"));
        // The script runs again (after a later migration) without harm.
        auto script = ServerSetup::securitySql(QStringLiteral("shop"));
        REQUIRE(script.ok());
        run(su, script.value());
        QSqlDatabase carl = open(QStringLiteral("carl"), CarlPassword);
        refused(carl, QStringLiteral("UPDATE products SET price = 1 WHERE id = ?"), QStringLiteral("42501"),
                QStringLiteral("lacks the permission catalog.edit"), {s.productId});
        refused(carl, QStringLiteral("SELECT * FROM audit_logs"), QStringLiteral("42501"),
                QStringLiteral("permission denied for table audit_logs"));

        // A second init of the same company is refused, naming what exists.
        QSqlDatabase postgres = superuser();
        auto again = ServerSetup::initCompany(postgres, QStringLiteral("shop"), QStringLiteral("Corner Shop"),
                                              QStringLiteral("anna2"), secret(AnnaPassword));
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().code == ErrorCode::FileExists);
        CHECK(again.error().message.contains(QStringLiteral("database shop exists")));
        auto badName = ServerSetup::initCompany(postgres, QStringLiteral("Shop; DROP"), QStringLiteral("X"),
                                                QStringLiteral("anna2"), secret(AnnaPassword));
        REQUIRE_FALSE(badName.ok());
        CHECK(badName.error().code == ErrorCode::InvalidArgument);
    }

    SECTION("a set-up that fails midway leaves nothing behind, and a second try works")
    {
        QSqlDatabase postgres = superuser();
        // A superuser whose sessions have no schema to create in: the
        // migrations fail after the roles and the database were made.
        run(postgres, QStringLiteral("CREATE ROLE setup_su SUPERUSER LOGIN"));
        run(postgres, QStringLiteral("ALTER ROLE setup_su SET search_path = ''"));
        QSqlDatabase broken = cluster().superuserConnection();
        broken.setUserName(QStringLiteral("setup_su"));
        REQUIRE(broken.open());
        auto failed = ServerSetup::initCompany(broken, QStringLiteral("annex"), QStringLiteral("Annex"),
                                               QStringLiteral("alma"), secret(AnnaPassword));
        REQUIRE_FALSE(failed.ok());
        CHECK(
            one(postgres, QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = 'annex'")).toInt()
            == 0);
        CHECK(one(postgres,
                  QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'annex%' "
                                 "OR rolname = 'alma'"))
                  .toInt()
              == 0);
        run(postgres, QStringLiteral("ALTER ROLE setup_su RESET search_path"));
        broken.close();
        REQUIRE(broken.open());
        auto second = ServerSetup::initCompany(broken, QStringLiteral("annex"), QStringLiteral("Annex"),
                                               QStringLiteral("alma"), secret(AnnaPassword));
        INFO((second.ok() ? QString() : second.error().message).toStdString());
        CHECK(second.ok());
    }

    SECTION("a clerk reads the books and posts a sale, and nothing more")
    {
        QSqlDatabase carl = open(QStringLiteral("carl"), CarlPassword);
        CHECK(one(carl, QStringLiteral("SELECT name FROM products WHERE id = ?"), {s.productId}).toString()
              == QStringLiteral("Green tea"));
        const qint64 before = level(carl, s.productId);
        const qint64 id = postSale(carl, s, QStringLiteral("S-2026-CARL"));
        CHECK(one(carl, QStringLiteral("SELECT status FROM invoices WHERE id = ?"), {id}).toString()
              == QStringLiteral("posted"));
        CHECK(level(carl, s.productId) == before - 2000);
        CHECK(one(carl, QStringLiteral("SELECT quantity FROM products WHERE id = ?"), {s.productId})
                  .toLongLong()
              == before - 2000);
        // The actors are the login, whatever the statements said (anna's id).
        CHECK(one(carl, QStringLiteral("SELECT created_by || '/' || posted_by FROM invoices WHERE id = ?"),
                  {id})
                  .toString()
              == QStringLiteral("%1/%1").arg(s.carlId));
        CHECK(one(carl, QStringLiteral("SELECT user_id FROM stock_movements WHERE invoice_id = ?"), {id})
                  .toLongLong()
              == s.carlId);

        // A sale issued at once (InvoiceService's quick post), then paid in part.
        REQUIRE(carl.transaction());
        const qint64 quick = one(carl,
                                 QStringLiteral(
                                     "INSERT INTO invoices (type, status, invoice_number, customer_id, "
                                     "warehouse_id, issue_date, subtotal, tax_amount, total_amount, "
                                     "created_by, posted_by, created_at, updated_at, posted_at) VALUES "
                                     "('sale', 'posted', 'S-2026-QUICK', ?, 1, '2026-12-07', 375, 75, "
                                     "450, ?, ?, 'x', 'x', 'x') RETURNING id"),
                                 {s.customerId, s.carlId, s.carlId})
                                 .toLongLong();
        run(carl,
            QStringLiteral(
                "INSERT INTO invoice_items (invoice_id, line_no, product_id, quantity, unit_price, "
                "tax_rate_bp, line_net, line_tax, line_total, unit_cost) VALUES (?, 1, ?, 1000, 450, "
                "2000, 375, 75, 450, 200)"),
            {quick, s.productId});
        run(carl,
            QStringLiteral(
                "INSERT INTO stock_movements (product_id, warehouse_id, type, quantity, unit_cost, "
                "invoice_id, reference, user_id, created_at) VALUES (?, 1, 'sale', 1000, 200, ?, "
                "'S-2026-QUICK', ?, 'x')"),
            {s.productId, quick, s.carlId});
        REQUIRE(carl.commit());
        CHECK(level(carl, s.productId) == before - 3000);
        REQUIRE(carl.transaction());
        const qint64 payment = one(carl,
                                   QStringLiteral(
                                       "INSERT INTO payments (invoice_id, amount, method, paid_on, "
                                       "created_by, created_at) VALUES (?, 200, 'cash', '2026-12-07', ?, "
                                       "'x') RETURNING id"),
                                   {quick, s.annaId})
                                   .toLongLong();
        run(carl,
            QStringLiteral("UPDATE invoices SET paid_amount = 200, status = 'partly_paid' WHERE id = ?"),
            {quick});
        REQUIRE(carl.commit());
        CHECK(one(carl, QStringLiteral("SELECT status || ':' || paid_amount FROM invoices WHERE id = ?"),
                  {quick})
                  .toString()
              == QStringLiteral("partly_paid:200"));
        CHECK(
            one(carl, QStringLiteral("SELECT created_by FROM payments WHERE id = ?"), {payment}).toLongLong()
            == s.carlId);
        refused(
            carl,
            QStringLiteral("UPDATE payments SET reversed_at = 'x', reversed_by = ?, reversal_reason = 'oops' "
                           "WHERE id = ?"),
            QStringLiteral("42501"), QStringLiteral("lacks the permission payment.reverse"),
            {s.carlId, payment});

        refused(carl, QStringLiteral("UPDATE products SET price = 1 WHERE id = ?"), QStringLiteral("42501"),
                QStringLiteral("lacks the permission catalog.edit"), {s.productId});
        refused(carl, QStringLiteral("UPDATE products SET quantity = 99000 WHERE id = ?"),
                QStringLiteral("42501"), QStringLiteral("permission denied for table products"),
                {s.productId});
        refused(carl, QStringLiteral("UPDATE stock_levels SET quantity = quantity + 5000"),
                QStringLiteral("42501"), QStringLiteral("permission denied for table stock_levels"));
        refused(carl,
                QStringLiteral("INSERT INTO stock_levels (product_id, warehouse_id, quantity, updated_at) "
                               "VALUES (?, 1, 5000, 'x')"),
                QStringLiteral("42501"), QStringLiteral("permission denied for table stock_levels"),
                {s.productId});
        refused(carl, QStringLiteral("DELETE FROM stock_levels"), QStringLiteral("42501"),
                QStringLiteral("permission denied for table stock_levels"));
        // Stock moves only by posting: an adjustment needs stock.adjust, a
        // sale movement without its invoice's posting is refused at commit.
        refused(
            carl,
            QStringLiteral("INSERT INTO stock_movements (product_id, warehouse_id, type, quantity, user_id, "
                           "created_at) VALUES (?, 1, 'adjustment_in', 5000, ?, 'x')"),
            QStringLiteral("42501"), QStringLiteral("lacks the permission stock.adjust"),
            {s.productId, s.carlId});
        refused(carl,
                QStringLiteral(
                    "INSERT INTO stock_movements (product_id, warehouse_id, type, quantity, invoice_id, "
                    "user_id, created_at) VALUES (?, 1, 'sale', 1000, ?, ?, 'x')"),
                QStringLiteral("42501"), QStringLiteral("made only by posting its invoice"),
                {s.productId, id, s.carlId});
        refused(carl,
                QStringLiteral("UPDATE invoices SET status = 'void', void_reason = 'mistake' WHERE id = ?"),
                QStringLiteral("42501"), QStringLiteral("lacks the permission invoice.void"), {id});
        refused(carl, QStringLiteral("UPDATE invoices SET total_amount = 1 WHERE id = ?"),
                QStringLiteral("42501"), QStringLiteral("cannot be changed this way"), {id});
        refused(carl, QStringLiteral("DELETE FROM invoices WHERE id = ?"), QStringLiteral("42501"),
                QStringLiteral("not deleted"), {id});
        // What a posting must hold is checked at commit: totals equal to the
        // lines, what is paid equal to the payments, movements equal to the lines.
        refused(carl,
                QStringLiteral(
                    "INSERT INTO invoices (type, status, invoice_number, customer_id, warehouse_id, "
                    "issue_date, subtotal, tax_amount, total_amount, created_by, created_at, updated_at) "
                    "VALUES ('sale', 'posted', 'S-2026-EMPTY', ?, 1, '2026-12-07', 100, 0, 100, ?, 'x', "
                    "'x')"),
                QStringLiteral("23514"), QStringLiteral("totals 100 / 0 / 100 but its lines 0 / 0 / 0"),
                {s.customerId, s.carlId});
        refused(carl,
                QStringLiteral(
                    "INSERT INTO payments (invoice_id, amount, method, paid_on, created_by, created_at) "
                    "VALUES (?, 900, 'cash', '2026-12-07', ?, 'x')"),
                QStringLiteral("23514"), QStringLiteral("has 900 paid by its payments, not 0"),
                {id, s.carlId});
        {
            const qint64 draft = one(carl,
                                     QStringLiteral(
                                         "INSERT INTO invoices (type, customer_id, warehouse_id, issue_date, "
                                         "created_by, created_at, updated_at) VALUES ('sale', ?, 1, "
                                         "'2026-12-07', ?, 'x', 'x') RETURNING id"),
                                     {s.customerId, s.carlId})
                                     .toLongLong();
            refused(carl,
                    QStringLiteral(
                        "UPDATE invoices SET type = 'credit_note', credit_of_invoice_id = ? WHERE id = ?"),
                    QStringLiteral("23514"), QStringLiteral("a draft is not posted"), {id, draft});
            run(carl,
                QStringLiteral(
                    "INSERT INTO invoice_items (invoice_id, line_no, product_id, quantity, unit_price) "
                    "VALUES (?, 1, ?, 1000, 450)"),
                {draft, s.productId});
            REQUIRE(carl.transaction());
            // Five pieces go out against a line of one.
            run(carl,
                QStringLiteral(
                    "INSERT INTO stock_movements (product_id, warehouse_id, type, quantity, invoice_id, "
                    "user_id, created_at) VALUES (?, 1, 'sale', 5000, ?, ?, 'x')"),
                {s.productId, draft, s.carlId});
            run(carl,
                QStringLiteral(
                    "UPDATE invoices SET status = 'posted', invoice_number = 'S-2026-MORE' WHERE id = ?"),
                {draft});
            CHECK_FALSE(carl.commit());
            CHECK(carl.lastError().nativeErrorCode() == QStringLiteral("23514"));
            CHECK(carl.lastError().databaseText().contains(QStringLiteral("do not match its lines")));
        }
        CHECK(level(carl, s.productId) == before - 3000);
        refused(carl, QStringLiteral("SELECT stockbook_terminate('anna')"), QStringLiteral("42501"),
                QStringLiteral("permission denied for function stockbook_terminate"));

        refused(carl, QStringLiteral("SELECT username FROM users"), QStringLiteral("42501"),
                QStringLiteral("permission denied for table users"));
        CHECK(one(carl, QStringLiteral("SELECT username FROM stockbook_me()")).toString()
              == QStringLiteral("carl"));
        refused(carl, QStringLiteral("SELECT * FROM audit_logs"), QStringLiteral("42501"),
                QStringLiteral("permission denied for table audit_logs"));
        refused(carl, QStringLiteral("SELECT * FROM audit_checkpoints"), QStringLiteral("42501"),
                QStringLiteral("permission denied for table audit_checkpoints"));

        // An audit row in anna's name is stored in carl's.
        const Outcome head = exec(carl, QStringLiteral("SELECT seq FROM stockbook_audit_head()"));
        REQUIRE(head.ok);
        const qint64 seq = head.values.value(0).toLongLong() + 1;
        run(carl,
            QStringLiteral(
                "INSERT INTO audit_logs (seq, timestamp, user_id, username, action, prev_hash, row_hash, "
                "hash_version) VALUES (?, '2026-12-07T12:00:00.000Z', ?, 'anna', 'settings.change', "
                "(SELECT row_hash FROM stockbook_audit_head()), decode(repeat('ab', 32), 'hex'), 2)"),
            {seq, s.annaId});
        QSqlDatabase su = superuser(QStringLiteral("shop"));
        CHECK(
            one(su, QStringLiteral("SELECT user_id || ':' || username FROM audit_logs WHERE seq = ?"), {seq})
                .toString()
            == QStringLiteral("%1:carl").arg(s.carlId));
        refused(carl, QStringLiteral("UPDATE audit_logs SET action = 'nothing'"), QStringLiteral("42501"),
                QStringLiteral("permission denied for table audit_logs"));
        refused(carl, QStringLiteral("DELETE FROM audit_logs"), QStringLiteral("42501"),
                QStringLiteral("permission denied for table audit_logs"));

        refused(carl, QStringLiteral("SELECT stockbook_create_login('eve', 'admin', ?)"),
                QStringLiteral("42501"), QStringLiteral("lacks the permission user.manage"),
                {verifier(ZoePassword)});
        refused(
            carl,
            QStringLiteral("INSERT INTO role_permissions (role_id, permission) VALUES (3, 'invoice.void')"),
            QStringLiteral("42501"), QStringLiteral("permission denied for table role_permissions"));
        refused(carl, QStringLiteral("DELETE FROM role_permissions"), QStringLiteral("42501"),
                QStringLiteral("permission denied for table role_permissions"));
        refused(carl, QStringLiteral("UPDATE settings SET value = 'Carl''s shop' WHERE key = 'company.name'"),
                QStringLiteral("42501"), QStringLiteral("lacks the permission settings.edit"));
        refused(carl, QStringLiteral("CREATE TABLE notes (x INT)"), QStringLiteral("42501"),
                QStringLiteral("permission denied for schema public"));
        refused(carl, QStringLiteral("CREATE TEMP TABLE notes (x INT)"), QStringLiteral("42501"),
                QStringLiteral("permission denied to create temporary tables"));
        refused(carl, QStringLiteral("UPDATE users SET role_id = 1 WHERE username = 'carl'"),
                QStringLiteral("42501"), QStringLiteral("permission denied for table users"));

        // Another company's database on the same server is closed to him.
        QSqlDatabase elsewhere = login(QStringLiteral("carl"), CarlPassword, QStringLiteral("depot"));
        CHECK_FALSE(elsewhere.open());
        CHECK(elsewhere.lastError().text().contains(
            QStringLiteral("permission denied for database \"depot\"")));
    }

    SECTION("a manager changes a price and voids a sale")
    {
        QSqlDatabase carl = open(QStringLiteral("carl"), CarlPassword);
        const qint64 id = postSale(carl, s, QStringLiteral("S-2026-VOID"));
        const qint64 before = level(carl, s.productId);

        QSqlDatabase mia = open(QStringLiteral("mia"), MiaPassword);
        run(mia, QStringLiteral("UPDATE products SET price = 495 WHERE id = ?"), {s.productId});
        CHECK(one(carl, QStringLiteral("SELECT price FROM products WHERE id = ?"), {s.productId}).toLongLong()
              == 495);

        REQUIRE(mia.transaction());
        run(mia,
            QStringLiteral(
                "INSERT INTO stock_movements (product_id, warehouse_id, type, quantity, unit_cost, "
                "invoice_id, reference, user_id, created_at) VALUES (?, (SELECT warehouse_id FROM invoices "
                "WHERE id = ?), 'void_in', 2000, 200, ?, 'S-2026-VOID', ?, 'x')"),
            {s.productId, id, id, s.miaId});
        run(mia,
            QStringLiteral("UPDATE invoices SET status = 'void', void_reason = 'Typed twice', voided_by = ?, "
                           "voided_at = 'x', updated_at = 'x' WHERE id = ?"),
            {s.annaId, id});
        REQUIRE(mia.commit());
        CHECK(one(carl, QStringLiteral("SELECT status || ':' || voided_by FROM invoices WHERE id = ?"), {id})
                  .toString()
              == QStringLiteral("void:%1").arg(s.miaId));
        CHECK(level(carl, s.productId) == before + 2000);
        // Managers read the audit log, and cannot change it either.
        CHECK(one(mia, QStringLiteral("SELECT count(*) > 0 FROM audit_logs")).toBool());
        refused(mia, QStringLiteral("DELETE FROM audit_logs"), QStringLiteral("42501"),
                QStringLiteral("permission denied for table audit_logs"));
        refused(mia, QStringLiteral("UPDATE settings SET value = 'x' WHERE key = 'company.name'"),
                QStringLiteral("42501"), QStringLiteral("lacks the permission settings.edit"));
    }

    SECTION("an administrator makes and disables logins and changes settings, never the audit log")
    {
        QSqlDatabase anna = open(QStringLiteral("anna"), AnnaPassword);
        run(anna, QStringLiteral("UPDATE settings SET value = 'Corner Shop Ltd' WHERE key = 'company.name'"));
        CHECK(one(anna, QStringLiteral("SELECT value FROM settings WHERE key = 'company.name'")).toString()
              == QStringLiteral("Corner Shop Ltd"));

        run(anna,
            QStringLiteral(
                "INSERT INTO users (username, role_id, active, must_change_password, created_at, "
                "updated_at) VALUES ('zoe', (SELECT id FROM roles WHERE name = 'clerk'), 1, 0, 'x', 'x')"));
        refused(anna, QStringLiteral("SELECT stockbook_create_login('zoe', 'admin', ?)"),
                QStringLiteral("22023"), QStringLiteral("the login's group is not admin"),
                {verifier(ZoePassword)});
        refused(anna, QStringLiteral("SELECT stockbook_create_login('zoe', 'clerk', 'PASSWORD ''plain''')"),
                QStringLiteral("22023"), QStringLiteral("SCRAM-SHA-256 verifier"));
        refused(anna, QStringLiteral("SELECT stockbook_create_login('dora', 'clerk', ?)"),
                QStringLiteral("42704"), QStringLiteral("no Stockbook user dora"), {verifier(ZoePassword)});
        refused(anna, QStringLiteral("SELECT stockbook_disable_login('dora')"), QStringLiteral("42501"),
                QStringLiteral("not a login of this company"));
        run(anna, QStringLiteral("SELECT stockbook_create_login('zoe', 'clerk', ?)"),
            {verifier(ZoePassword)});
        {
            QSqlDatabase zoe = open(QStringLiteral("zoe"), ZoePassword);
            CHECK(one(zoe, QStringLiteral("SELECT current_user")).toString() == QStringLiteral("zoe"));
            run(anna, QStringLiteral("SELECT stockbook_disable_login('zoe')"));
            // Her open session was ended, and she cannot sign in again.
            CHECK_FALSE(exec(zoe, QStringLiteral("SELECT 1")).ok);
        }
        QSqlDatabase again = login(QStringLiteral("zoe"), ZoePassword);
        CHECK_FALSE(again.open());
        CHECK(again.lastError().text().contains(QStringLiteral("not permitted to log in")));
        run(anna, QStringLiteral("SELECT stockbook_enable_login('zoe')"));
        // The login follows the users row: a new role moves it to that group,
        // deactivating disables it, reactivating enables it.
        run(anna,
            QStringLiteral("UPDATE users SET role_id = (SELECT id FROM roles WHERE name = 'manager') "
                           "WHERE username = 'zoe'"));
        CHECK(one(anna,
                  QStringLiteral("SELECT string_agg(g.rolname, ',') FROM pg_auth_members m "
                                 "JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member "
                                 "WHERE u.rolname = 'zoe'"))
                  .toString()
              == QStringLiteral("shop_manager"));
        run(anna, QStringLiteral("UPDATE users SET active = 0 WHERE username = 'zoe'"));
        QSqlDatabase inactive = login(QStringLiteral("zoe"), ZoePassword);
        CHECK_FALSE(inactive.open());
        CHECK(inactive.lastError().text().contains(QStringLiteral("not permitted to log in")));
        run(anna, QStringLiteral("UPDATE users SET active = 1 WHERE username = 'zoe'"));
        QSqlDatabase active = login(QStringLiteral("zoe"), ZoePassword);
        CHECK(active.open());
        CHECK(one(active, QStringLiteral("SELECT count(*) > 0 FROM audit_logs")).toBool()); // a manager now
        active.close();
        run(anna, QStringLiteral("SELECT stockbook_set_login_password('zoe', ?)"), {verifier(CarlPassword)});
        QSqlDatabase back = login(QStringLiteral("zoe"), CarlPassword);
        CHECK(back.open());
        back.close();
        run(anna, QStringLiteral("SELECT stockbook_drop_login('zoe')"));
        CHECK(one(anna, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = 'zoe'")).toInt() == 0);

        refused(anna, QStringLiteral("UPDATE audit_logs SET action = 'nothing'"), QStringLiteral("42501"),
                QStringLiteral("permission denied for table audit_logs"));
        refused(anna, QStringLiteral("DELETE FROM audit_logs WHERE seq = 1"), QStringLiteral("42501"),
                QStringLiteral("permission denied for table audit_logs"));
        // Not even the superuser: the triggers refuse whoever asks.
        QSqlDatabase su = superuser(QStringLiteral("shop"));
        refused(su, QStringLiteral("UPDATE audit_logs SET action = 'nothing'"), QStringLiteral("P0001"),
                QStringLiteral("audit_logs is append-only"));
        refused(su, QStringLiteral("TRUNCATE audit_logs"), QStringLiteral("P0001"),
                QStringLiteral("audit_logs is append-only"));
    }
}
