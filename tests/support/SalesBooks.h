// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

// The books of a server company after many sales posted at once, checked in
// SQL as the superuser, independently of the services: sale numbers without
// gaps, levels equal to the ledger, no negative stock, every total equal to
// its lines, what was sold equal to what left the shelf, one audit chain.

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace stockbook::test {

inline qint64 sqlScalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

// posted: the sales posted in the year 2026 (its series "S-2026-…");
// stockIn: the quantity that came in through the ledger before the sales,
// the only other movements.
inline void checkBooksOfSales(QSqlDatabase check, qint64 posted, qint64 stockIn)
{
    // Numbers: exactly 1..posted in the sales series of 2026, each once, and
    // the series' next number the one after (none taken and lost).
    CHECK(sqlScalar(check,
                    QStringLiteral("SELECT count(*) FROM invoices WHERE type = 'sale' AND status <> "
                                   "'draft'"))
          == posted);
    CHECK(sqlScalar(check,
                    QStringLiteral("SELECT count(DISTINCT invoice_number) FROM invoices WHERE type = "
                                   "'sale' AND status <> 'draft'"))
          == posted);
    CHECK(sqlScalar(check,
                    QStringLiteral("SELECT COALESCE(max(CAST(substr(invoice_number, 8) AS BIGINT)), 0) "
                                   "FROM invoices WHERE type = 'sale' AND status <> 'draft'"))
          == posted);
    CHECK(sqlScalar(check,
                    QStringLiteral("SELECT COALESCE(min(CAST(substr(invoice_number, 8) AS BIGINT)), 0) "
                                   "FROM invoices WHERE type = 'sale' AND status <> 'draft'"))
          == (posted > 0 ? 1 : 0));
    CHECK(sqlScalar(check,
                    QStringLiteral("SELECT COALESCE((SELECT next_value FROM number_sequences WHERE series "
                                   "= 'sale' AND year = 2026), 1)"))
          == posted + 1);
    CHECK(sqlScalar(check,
                    QStringLiteral("SELECT count(*) FROM invoices WHERE status = 'draft' AND "
                                   "COALESCE(invoice_number, '') <> ''"))
          == 0);
    // Stock: never below zero, each level the sum of its ledger, the
    // product's total the sum of its levels.
    CHECK(sqlScalar(check, QStringLiteral("SELECT count(*) FROM stock_levels WHERE quantity < 0")) == 0);
    CHECK(sqlScalar(check,
                    QStringLiteral(
                        "SELECT count(*) FROM stock_levels l WHERE l.quantity <> (SELECT COALESCE(sum(CASE "
                        "WHEN m.type IN ('receipt', 'adjustment_in', 'transfer_in', 'return', 'void_in') "
                        "THEN m.quantity ELSE -m.quantity END), 0) FROM stock_movements m WHERE "
                        "m.product_id = l.product_id AND m.warehouse_id = l.warehouse_id)"))
          == 0);
    CHECK(sqlScalar(check,
                    QStringLiteral("SELECT count(*) FROM products p WHERE p.quantity <> (SELECT "
                                   "COALESCE(sum(l.quantity), 0) FROM stock_levels l WHERE l.product_id = "
                                   "p.id)"))
          == 0);
    // What was sold is what left the shelf: the posted lines out, as sale
    // movements and as the fall of the levels, and no movement of a draft.
    const qint64 sold = sqlScalar(check,
                                  QStringLiteral("SELECT CAST(COALESCE(sum(it.quantity), 0) AS BIGINT) FROM "
                                                 "invoice_items it JOIN invoices i ON i.id = it.invoice_id "
                                                 "WHERE i.type = 'sale' AND i.status <> 'draft'"));
    CHECK(sqlScalar(check,
                    QStringLiteral("SELECT CAST(COALESCE(sum(quantity), 0) AS BIGINT) FROM stock_movements "
                                   "WHERE type = 'sale'"))
          == sold);
    CHECK(sqlScalar(check,
                    QStringLiteral("SELECT CAST(COALESCE(sum(quantity), 0) AS BIGINT) FROM stock_levels"))
          == stockIn - sold);
    CHECK(sqlScalar(check,
                    QStringLiteral("SELECT count(*) FROM stock_movements m JOIN invoices i ON i.id = "
                                   "m.invoice_id WHERE i.status = 'draft'"))
          == 0);
    // Totals equal their lines.
    CHECK(sqlScalar(check,
                    QStringLiteral("SELECT count(*) FROM invoices i WHERE i.status <> 'draft' AND "
                                   "i.total_amount <> (SELECT COALESCE(sum(it.line_total), 0) FROM "
                                   "invoice_items it WHERE it.invoice_id = i.id)"))
          == 0);
    // The audit chain stayed one chain: seq 1..n without a fork.
    CHECK(sqlScalar(check, QStringLiteral("SELECT count(*) FROM audit_logs"))
          == sqlScalar(check, QStringLiteral("SELECT max(seq) FROM audit_logs")));
    CHECK(sqlScalar(check,
                    QStringLiteral("SELECT count(*) FROM audit_logs a JOIN audit_logs b ON b.seq = a.seq + "
                                   "1 WHERE b.prev_hash <> a.row_hash"))
          == 0);
}

} // namespace stockbook::test
