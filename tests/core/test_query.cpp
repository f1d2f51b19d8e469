// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "InvoiceTestData.h"

#include "Clock.h"
#include "security/LoginState.h"
#include "services/accounts/CompanyService.h"
#include "services/invoices/InvoiceService.h"
#include "services/maintenance/BackupFile.h"
#include "services/maintenance/BackupService.h"
#include "services/stock/StockService.h"
#include "storage/Query.h"

#include <QJsonObject>

#include <cstring>

using namespace stockbook;
using namespace stockbook::test;

namespace {

const QString Created = QStringLiteral("2025-01-02T03:04:05.000Z");

qint64 addCategory(storage::Database &db, const QString &name)
{
    auto q = db.query(QStringLiteral("INSERT INTO categories (name, created_at) VALUES (?, ?)"),
                      {name, Created});
    REQUIRE_OK(q);
    return q->lastInsertId().toLongLong();
}

} // namespace

TEST_CASE("query binds positional values and reads the row by column name")
{
    TempDatabase t;
    const qint64 tools = addCategory(*t.db, QStringLiteral("Tools"));
    const qint64 paint = addCategory(*t.db, QStringLiteral("Paint"));
    REQUIRE(paint == tools + 1);

    auto q = t.db->query(QStringLiteral("SELECT id, name, created_at, parent_id, id * 10 AS tenfold "
                                        "FROM categories WHERE name = ? OR id = ? ORDER BY id"),
                         {QStringLiteral("Paint"), tools});
    REQUIRE_OK(q);
    REQUIRE(q->next());
    CHECK(q->get<qint64>("id") == tools);
    CHECK(q->text("name") == QStringLiteral("Tools"));
    CHECK(q->text("created_at") == Created);
    CHECK(q->isNull("parent_id"));
    CHECK(q->get<qint64>("tenfold") == tools * 10);
    // Names are matched as SQLite matches them, whatever their case.
    CHECK(q->text("NAME") == QStringLiteral("Tools"));
    REQUIRE(q->next());
    CHECK(q->get<qint64>("id") == paint);
    CHECK(q->text("name") == QStringLiteral("Paint"));
    CHECK(q->get<qint64>("tenfold") == paint * 10);
    // A buffer that held one name and then another reads the other column.
    char asked[16] = "id";
    CHECK(q->get<qint64>(asked) == paint);
    std::strcpy(asked, "name");
    CHECK(q->text(asked) == QStringLiteral("Paint"));
    CHECK_FALSE(q->next());
    CHECK_FALSE(q->columnError().has_value());
}

TEST_CASE("query binds named values")
{
    TempDatabase t;
    const qint64 tools = addCategory(*t.db, QStringLiteral("Tools"));
    // With or without the colon, and in an order unlike the statement's.
    auto inserted = t.db->query(
        QStringLiteral("INSERT INTO categories (name, parent_id, created_at) VALUES (:name, :parent, :at)"),
        QVariantMap{{QStringLiteral(":at"), Created},
                    {QStringLiteral("parent"), tools},
                    {QStringLiteral("name"), QStringLiteral("Hammers")}});
    REQUIRE_OK(inserted);
    CHECK(inserted->numRowsAffected() == 1);

    auto q = t.db->query(QStringLiteral("SELECT name, parent_id FROM categories WHERE parent_id = :parent"),
                         QVariantMap{{QStringLiteral(":parent"), tools}});
    REQUIRE_OK(q);
    REQUIRE(q->next());
    CHECK(q->text("name") == QStringLiteral("Hammers"));
    CHECK(q->get<qint64>("parent_id") == tools);
    CHECK_FALSE(q->next());
}

TEST_CASE("query reports a column name the statement does not return, and reads it as empty")
{
    TempDatabase t;
    addCategory(*t.db, QStringLiteral("Tools"));
    auto q = t.db->query(QStringLiteral("SELECT id, name FROM categories"));
    REQUIRE_OK(q);
    REQUIRE(q->next());
    CHECK_FALSE(q->columnError().has_value());

    const QVariant missing = q->value("nmae");
    CHECK_FALSE(missing.isValid());
    CHECK(q->get<qint64>("nmae") == 0);
    CHECK(q->text("nmae").isEmpty());
    REQUIRE(q->columnError().has_value());
    const Error &error = *q->columnError();
    CHECK(error.code == ErrorCode::Sql);
    CHECK(error.field == QStringLiteral("nmae"));
    CHECK(
        error.message
        == QStringLiteral("The program asked the database for a column named nmae, which the statement does "
                          "not return (it returns id, name). Please report this fault; the value was read "
                          "as empty."));
    // The columns that exist still read, and the first error is the one kept.
    CHECK(q->text("name") == QStringLiteral("Tools"));
    (void)q->value("other");
    CHECK(q->columnError()->field == QStringLiteral("nmae"));
}

TEST_CASE("query maps constraint errors as the services always did")
{
    TempDatabase t;
    const qint64 tools = addCategory(*t.db, QStringLiteral("Tools"));
    const QString insert = QStringLiteral(
        "INSERT INTO categories (name, parent_id, created_at) VALUES (?, ?, ?)");
    const QVariant noParent(QMetaType(QMetaType::LongLong));

    SECTION("unique")
    {
        auto q = t.db->query(insert, {QStringLiteral("tools"), noParent, Created});
        REQUIRE_ERROR(q, ErrorCode::ConstraintUnique);
        CHECK(q.error().field == QStringLiteral("categories.name"));
        CHECK(q.error().message
              == QStringLiteral("The value of categories.name is already used by another record; enter a "
                                "different one."));
    }
    SECTION("check")
    {
        auto q = t.db->query(insert, {QStringLiteral("   "), noParent, Created});
        REQUIRE_ERROR(q, ErrorCode::ConstraintCheck);
        CHECK(q.error().field == QStringLiteral("ck_categories_name"));
        CHECK(q.error().message
              == QStringLiteral("A value breaks the rule ck_categories_name; correct it and try again."));
    }
    SECTION("not null")
    {
        auto q = t.db->query(insert,
                             {QStringLiteral("Paint"), noParent, QVariant(QMetaType(QMetaType::QString))});
        REQUIRE_ERROR(q, ErrorCode::ConstraintNotNull);
        CHECK(q.error().field == QStringLiteral("categories.created_at"));
        CHECK(q.error().message
              == QStringLiteral("categories.created_at is required; fill it in and try again."));
    }
    SECTION("foreign key")
    {
        auto q = t.db->query(insert, {QStringLiteral("Paint"), tools + 100, Created});
        REQUIRE_ERROR(q, ErrorCode::ConstraintForeignKey);
        CHECK(q.error().field == QStringLiteral("FOREIGN KEY"));
    }
    SECTION("a statement that does not prepare")
    {
        auto q = t.db->query(QStringLiteral("SELECT nothing FROM nowhere"));
        REQUIRE_ERROR(q, ErrorCode::Sql);
        CHECK(q.error().message.startsWith(QStringLiteral("The database reported an error: ")));
        CHECK(q.error().message.contains(QStringLiteral("nowhere")));
    }
}

TEST_CASE("with a fixed clock, everything core writes carries that time")
{
    // 14 March 2025, 10:00:00 UTC; the override outlives the company.
    const QDateTime fixed(QDate(2025, 3, 14), QTime(10, 0), Qt::UTC);
    ClockOverride clock([fixed] { return fixed; });
    const QString stamp = QStringLiteral("2025-03-14T10:00:00.000Z"); // the *_at columns
    const QString day = QStringLiteral("2025-03-14"); // 10:00 UTC is the 14th from UTC-10 to UTC+13

    TestCompany tc;
    tc.actAs(QStringLiteral("admin"));
    ShopData shop(tc);
    const qint64 customer = shop.customer(QStringLiteral("Ada"));
    const qint64 product = shop.product(QStringLiteral("NAIL"), 250, 100);
    const qint64 spare = shop.warehouse(QStringLiteral("SPARE"));
    shop.stock(product, ShopData::Main, 10'000);

    SECTION("the company as created")
    {
        CHECK(shop.text(QStringLiteral("SELECT created_at FROM users WHERE username = 'anna'")) == stamp);
        CHECK(shop.text(QStringLiteral("SELECT updated_at FROM settings WHERE key = 'company.name'"))
              == stamp);
    }

    SECTION("a posted invoice, its movement and its audit record")
    {
        InvoiceDraft draft;
        draft.type = InvoiceType::Sale;
        draft.partnerId = customer;
        draft.warehouseId = ShopData::Main;
        draft.lines = {InvoiceLineInput{product, {}, 2'000, {}, 0, {}}};
        auto posted = InvoiceService(*tc.company).createAndPost(draft);
        REQUIRE_OK(posted);
        const qint64 id = posted->id;
        CHECK(shop.text(QStringLiteral("SELECT created_at FROM invoices WHERE id = ?"), {id}) == stamp);
        CHECK(shop.text(QStringLiteral("SELECT updated_at FROM invoices WHERE id = ?"), {id}) == stamp);
        CHECK(shop.text(QStringLiteral("SELECT posted_at FROM invoices WHERE id = ?"), {id}) == stamp);
        CHECK(shop.text(QStringLiteral("SELECT issue_date FROM invoices WHERE id = ?"), {id}) == day);
        CHECK(shop.text(QStringLiteral("SELECT created_at FROM stock_movements WHERE type = 'sale'"))
              == stamp);
        CHECK(shop.text(QStringLiteral("SELECT timestamp FROM audit_logs WHERE action = 'invoice.post'"))
              == stamp);
    }

    SECTION("a stock transfer and its audit record")
    {
        TransferRequest request;
        request.from = WarehouseKey(ShopData::Main);
        request.to = WarehouseKey(spare);
        request.lines = {TransferLine{ProductKey(product), 3'000}};
        auto transfer = StockService(*tc.company).transfer(request);
        REQUIRE_OK(transfer);
        CHECK(shop.scalar(QStringLiteral("SELECT count(*) FROM stock_movements WHERE transfer_id = ?"),
                          {transfer.value()})
              == 2);
        CHECK(shop.scalar(QStringLiteral("SELECT count(*) FROM stock_movements WHERE transfer_id = ? "
                                         "AND created_at = ?"),
                          {transfer.value(), stamp})
              == 2);
        CHECK(shop.text(QStringLiteral("SELECT timestamp FROM audit_logs WHERE action = 'stock.transfer'"))
              == stamp);
    }

    SECTION("a failed sign-in: its audit record and the sign-in state file")
    {
        auto refused = CompanyService::authenticate(*tc.company, QStringLiteral("max"),
                                                    password("wrong one"));
        REQUIRE_ERROR(refused, ErrorCode::WrongPassword);
        CHECK(shop.text(QStringLiteral("SELECT timestamp FROM audit_logs WHERE action = 'login.failed'"))
              == stamp);
        const auto state = security::LoginState::load(security::LoginState::pathFor(tc.path));
        CHECK(state.lastFailure(QStringLiteral("max"), true) == fixed);
    }

    SECTION("a backup: its manifest and its audit record")
    {
        const QString out = tc.dir.filePath(QStringLiteral("shop.backup"));
        auto made = BackupService(*tc.company).backup(out);
        REQUIRE_OK(made);
        auto contents = BackupFile::read(made.value(),
                                         tc.dir.filePath(QStringLiteral("extracted.stockbook")));
        REQUIRE_OK(contents);
        CHECK(contents->manifest.value(QStringLiteral("created_at")).toString()
              == QStringLiteral("2025-03-14T10:00:00Z"));
        CHECK(shop.text(QStringLiteral("SELECT timestamp FROM audit_logs WHERE action = 'backup.create'"))
              == stamp);
    }
}
