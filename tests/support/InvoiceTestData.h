// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "CompanyFixture.h"

#include "services/stock/StockLedger.h"
#include "storage/Transaction.h"

namespace stockbook::test {

// Customers, suppliers, products and stock written straight into the tables,
// so the invoice tests do not depend on the catalog and partner services.
// Seed: warehouse MAIN (id 1); tax rates Standard 20 % (id 1), Reduced 7 % (id 2), Zero (id 3).
struct ShopData {
    TestCompany &tc;
    static constexpr qint64 Main = 1;
    static constexpr qint64 Standard = 1;
    static constexpr qint64 Reduced = 2;
    static constexpr qint64 Zero = 3;

    explicit ShopData(TestCompany &company) : tc(company) { }

    static QString now() { return QStringLiteral("2026-01-01T00:00:00.000Z"); }

    qint64 lastId(QSqlQuery &q) { return q.lastInsertId().toLongLong(); }

    qint64 customer(const QString &name, const QString &email = {}, int termsDays = 14)
    {
        QSqlQuery q = exec(
            tc.sql(),
            QStringLiteral("INSERT INTO customers (name, email, payment_terms_days, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?)"),
            {name, email.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(email), termsDays,
             now(), now()});
        return lastId(q);
    }

    qint64 supplier(const QString &name, const QString &email = {}, int termsDays = 30)
    {
        QSqlQuery q = exec(
            tc.sql(),
            QStringLiteral("INSERT INTO suppliers (name, email, payment_terms_days, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?)"),
            {name, email.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(email), termsDays,
             now(), now()});
        return lastId(q);
    }

    qint64 product(const QString &sku, qint64 price, qint64 cost, qint64 taxRateId = Standard,
                   const QString &unit = QStringLiteral("piece"))
    {
        QSqlQuery q = exec(
            tc.sql(),
            QStringLiteral("INSERT INTO products (sku, name, tax_rate_id, unit, price, cost, created_at, "
                           "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {sku, QStringLiteral("Product ") + sku, taxRateId, unit, price, cost, now(), now()});
        return lastId(q);
    }

    qint64 warehouse(const QString &code)
    {
        QSqlQuery q = exec(tc.sql(),
                           QStringLiteral("INSERT INTO warehouses (code, name, created_at) VALUES (?, ?, ?)"),
                           {code, QStringLiteral("Warehouse ") + code, now()});
        return lastId(q);
    }

    void setPricesIncludeTax(bool include)
    {
        exec(tc.sql(),
             QStringLiteral("UPDATE settings SET value = ? WHERE key = 'invoice.prices_include_tax'"),
             {include ? QStringLiteral("1") : QStringLiteral("0")});
    }

    // Puts stock in through the ledger (a stocktake finding), as the stock service would.
    void stock(qint64 productId, qint64 warehouseId, qint64 quantity)
    {
        storage::Transaction tx(tc.seedDb());
        REQUIRE_OK(tx.begin());
        StockLedger ledger(tc.seedDb(), tc.userIds.value(QStringLiteral("admin")));
        StockMovement m;
        m.productId = productId;
        m.warehouseId = warehouseId;
        m.type = MovementType::AdjustmentIn;
        m.quantity = quantity;
        m.reference = QStringLiteral("opening");
        m.reason = QStringLiteral("opening stock");
        REQUIRE_OK(ledger.apply(m));
        REQUIRE_OK(tx.commit());
    }

    qint64 level(qint64 productId, qint64 warehouseId = Main)
    {
        return scalar(
            QStringLiteral("SELECT COALESCE((SELECT quantity FROM stock_levels WHERE product_id = ? "
                           "AND warehouse_id = ?), 0)"),
            {productId, warehouseId});
    }

    qint64 scalar(const QString &sql, std::initializer_list<QVariant> values = {})
    {
        QSqlQuery q = exec(tc.sql(), sql, values);
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }

    QString text(const QString &sql, std::initializer_list<QVariant> values = {})
    {
        QSqlQuery q = exec(tc.sql(), sql, values);
        REQUIRE(q.next());
        return q.value(0).toString();
    }
};

} // namespace stockbook::test
