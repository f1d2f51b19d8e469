// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "InvoiceTestData.h"

#include "domain/Money.h"
#include "services/invoices/InvoiceService.h"
#include "services/invoices/InvoiceStore.h"
#include "services/payments/PaymentService.h"

#include <QMap>

#include <algorithm>
#include <random>

using namespace stockbook;
using namespace stockbook::test;

namespace {

// Refusals the random walk runs into on purpose (too little stock, voids of
// credited sales, payments beyond what is due); anything else is a failure.
void expectRefusalOrOk(const Error &e)
{
    INFO(e.message.toStdString());
    CHECK((e.code == ErrorCode::InsufficientStock || e.code == ErrorCode::InvalidState
           || e.code == ErrorCode::InvalidArgument));
}

} // namespace

TEST_CASE("a fixed-seed random walk of invoices, payments and stock moves keeps every invariant")
{
    TestCompany tc;
    ShopData data(tc);
    // The invariants do not depend on durability; skipping fsync keeps the
    // walk fast (a test's server runs with fsync off already).
    if (!onServer()) {
        exec(tc.sql(), QStringLiteral("PRAGMA synchronous = OFF"));
        exec(tc.sql(), QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
    }
    const qint64 second = data.warehouse(QStringLiteral("SHOP"));
    const QList<qint64> warehouses{ShopData::Main, second};
    QList<qint64> products;
    for (int i = 0; i < 6; ++i)
        products.append(data.product(QStringLiteral("P%1").arg(i), 199 + 137 * i, 90 + 41 * i,
                                     ShopData::Standard + i % 3,
                                     i == 2 ? QStringLiteral("kg") : QStringLiteral("piece")));
    const QList<qint64> customers{data.customer(QStringLiteral("C1")),
                                  data.customer(QStringLiteral("C2"), {}, 0),
                                  data.customer(QStringLiteral("C3"), {}, 60)};
    const QList<qint64> suppliers{data.supplier(QStringLiteral("S1")),
                                  data.supplier(QStringLiteral("S2"), {}, 7)};
    for (qint64 p : products)
        data.stock(p, ShopData::Main, 20'000);
    tc.actAs(QStringLiteral("manager"));

    std::mt19937 rng(20261129);
    auto pick = [&](int n) { return static_cast<int>(std::uniform_int_distribution<int>(0, n - 1)(rng)); };
    InvoiceService invoices(*tc.company);
    PaymentService payments(*tc.company);
    QList<qint64> posted; // sales and purchases
    QList<qint64> sales;
    QList<qint64> paymentIds;
    int done = 0, refused = 0;

    for (int step = 0; step < 2000; ++step) {
        const int roll = pick(100);
        bool ok = true;
        Error error;
        auto note = [&](const auto &r) {
            ok = r.ok();
            if (!ok)
                error = r.error();
        };
        if (roll < 45) {
            const bool sale = roll < 27;
            InvoiceDraft d;
            d.type = sale ? InvoiceType::Sale : InvoiceType::Purchase;
            d.partnerId = sale ? customers.at(pick(3)) : suppliers.at(pick(2));
            d.warehouseId = warehouses.at(pick(2));
            d.issueDate = QDate(pick(4) == 0 ? 2025 : 2026, 1 + pick(12), 1 + pick(28));
            const int lines = 1 + pick(5);
            for (int i = 0; i < lines; ++i) {
                InvoiceLineInput l;
                l.productId = products.at(pick(products.size()));
                l.quantity = (1 + pick(4)) * 1000 + (pick(3) == 0 ? 250 * pick(4) : 0);
                if (pick(2) == 0)
                    l.unitPrice = 50 + pick(5000);
                l.discountBp = pick(3) == 0 ? 250 * pick(9) : 0;
                d.lines.append(l);
            }
            if (pick(10) == 0)
                data.setPricesIncludeTax(pick(2) == 0);
            auto r = invoices.createAndPost(d);
            note(r);
            if (ok) {
                posted.append(r->id);
                if (sale)
                    sales.append(r->id);
            }
        } else if (roll < 52 && !posted.isEmpty()) {
            note(invoices.voidInvoice(posted.at(pick(posted.size())), QStringLiteral("random void")));
        } else if (roll < 60 && !sales.isEmpty()) {
            const qint64 sale = sales.at(pick(sales.size()));
            auto left = invoices.creditableQuantities(sale);
            REQUIRE_OK(left);
            const int line = pick(left->size());
            const qint64 qty = left->at(line) > 0 ? 1 + pick(static_cast<int>(left->at(line))) : 1000;
            note(invoices.creditNote(sale, {{line + 1, qty}}));
        } else if (roll < 78 && !posted.isEmpty()) {
            const qint64 id = posted.at(pick(posted.size()));
            auto due = invoices.balance(id);
            REQUIRE_OK(due);
            // Mostly within what is due, sometimes one cent over.
            const qint64 amount = due.value() > 0
                ? (pick(8) == 0 ? due.value() + 1 : 1 + pick(static_cast<int>(due.value())))
                : 100;
            auto r = payments.record({id, amount, PaymentMethod::Card, {}, {}});
            note(r);
            if (ok)
                paymentIds.append(r->id);
            else if (error.code == ErrorCode::InvalidArgument)
                CHECK(error.message.contains(formatMoney(qMax<qint64>(0, due.value()))));
        } else if (roll < 84 && !paymentIds.isEmpty()) {
            note(payments.reverse(paymentIds.at(pick(paymentIds.size())), QStringLiteral("random reversal")));
        } else {
            // Transfers and stocktakes straight through the ledger, as the stock service does.
            storage::Transaction tx(tc.db());
            REQUIRE_OK(tx.begin());
            StockLedger ledger(tc.db(), tc.company->session().userId());
            const qint64 product = products.at(pick(products.size()));
            const qint64 qty = (1 + pick(3)) * 1000;
            StockMovement m;
            m.productId = product;
            m.quantity = qty;
            m.reference = QStringLiteral("walk");
            m.reason = QStringLiteral("random");
            if (roll < 92) {
                const int from = pick(2);
                auto transfer = ledger.nextTransferId();
                REQUIRE_OK(transfer);
                m.transferId = transfer.value();
                m.warehouseId = warehouses.at(from);
                m.type = MovementType::TransferOut;
                auto out = ledger.apply(m);
                note(out);
                if (ok) {
                    m.warehouseId = warehouses.at(1 - from);
                    m.type = MovementType::TransferIn;
                    note(ledger.apply(m));
                }
            } else {
                m.warehouseId = warehouses.at(pick(2));
                m.type = pick(2) == 0 ? MovementType::AdjustmentIn : MovementType::AdjustmentOut;
                note(ledger.apply(m));
            }
            if (ok)
                REQUIRE_OK(tx.commit());
        }
        if (ok) {
            ++done;
        } else {
            ++refused;
            expectRefusalOrOk(error);
        }
    }
    INFO("done " << done << ", refused " << refused);
    CHECK(done > 1200);

    auto mismatches = StockLedger::verify(tc.db());
    REQUIRE_OK(mismatches);
    CHECK(mismatches->isEmpty());
    CHECK(data.scalar(QStringLiteral("SELECT COUNT(*) FROM stock_levels WHERE quantity < 0")) == 0);
    CHECK(data.scalar(QStringLiteral("SELECT COUNT(*) FROM products WHERE quantity < 0")) == 0);
    // Totals are the sums of the lines.
    CHECK(data.scalar(QStringLiteral(
              "SELECT COUNT(*) FROM invoices i WHERE i.subtotal <> (SELECT SUM(line_net) FROM invoice_items "
              "WHERE invoice_id = i.id) OR i.tax_amount <> (SELECT SUM(line_tax) FROM invoice_items WHERE "
              "invoice_id = i.id) OR i.total_amount <> (SELECT SUM(line_total) FROM invoice_items WHERE "
              "invoice_id = i.id)"))
          == 0);
    CHECK(data.scalar(
              QStringLiteral("SELECT COUNT(*) FROM invoice_items WHERE line_total <> line_net + line_tax"))
          == 0);
    // paid_amount is the sum of the payments that stand.
    CHECK(data.scalar(QStringLiteral(
              "SELECT COUNT(*) FROM invoices i WHERE i.paid_amount <> (SELECT COALESCE(SUM(amount), "
              "0) FROM payments p WHERE p.invoice_id = i.id AND p.reversed_at IS NULL)"))
          == 0);
    CHECK(data.scalar(QStringLiteral("SELECT COUNT(*) FROM payments")) > 100);
    CHECK(data.scalar(QStringLiteral("SELECT COUNT(*) FROM invoices WHERE status = 'void'")) > 5);
    CHECK(data.scalar(QStringLiteral("SELECT COUNT(*) FROM invoices WHERE type = 'credit_note'")) > 5);
    // Numbers: 1..n per series and year, and the sequence is at n + 1.
    QMap<QString, QList<int>> series;
    QSqlQuery q = exec(
        tc.sql(),
        QStringLiteral("SELECT type, invoice_number FROM invoices WHERE invoice_number IS NOT NULL"));
    while (q.next()) {
        const QString number = q.value(1).toString();
        series[q.value(0).toString() + QLatin1Char('/') + number.mid(2, 4)].append(number.mid(7).toInt());
    }
    CHECK(series.size() >= 5);
    for (auto it = series.begin(); it != series.end(); ++it) {
        QList<int> values = it.value();
        std::sort(values.begin(), values.end());
        INFO(it.key().toStdString());
        for (int i = 0; i < values.size(); ++i)
            REQUIRE(values.at(i) == i + 1);
        const QStringList key = it.key().split(QLatin1Char('/'));
        CHECK(data.scalar(
                  QStringLiteral("SELECT next_value FROM number_sequences WHERE series = ? AND year = ?"),
                  {key.at(0), key.at(1).toInt()})
              == values.size() + 1);
    }
}
