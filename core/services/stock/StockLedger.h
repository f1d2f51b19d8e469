// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

// A store: SQL for one table family, without permission checks. Only core's
// services use it; screens and the command line go through a service.
#ifndef STOCKBOOK_CORE_PRIVATE
#error "StockLedger is private to core: use a service (see CONTRIBUTING.md)"
#endif

#include "Clock.h"
#include "Result.h"
#include "domain/Stock.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

namespace stockbook::storage {
class Database;
}

namespace stockbook {

class InvoiceStore;

// The only writer of stock_movements, stock_levels and products.quantity.
// Runs inside the caller's open transaction, so the ledger row, the
// per-warehouse level and the product total change together or not at all.
// Levels always equal the sum of the ledger: verify() proves it.
class StockLedger {
public:
    StockLedger(storage::Database &db, qint64 userId, QDateTime now = nowUtc());
    // Runs its statements through the store's prepared statements, so a
    // service posting many lines prepares each statement once per connection.
    StockLedger(InvoiceStore &store, qint64 userId, QDateTime now = nowUtc());
    ~StockLedger();
    StockLedger(const StockLedger &) = delete;
    StockLedger &operator=(const StockLedger &) = delete;

    // Appends one movement and moves the levels. An outbound movement larger
    // than the warehouse's level is refused with InsufficientStock naming the
    // product, the warehouse and the quantity available (Error::field is
    // "quantity"). A receipt updates products.cost as the moving average
    // over the stock on hand. Returns the movement's id.
    Result<qint64> apply(const StockMovement &movement);

    // The postings' way on a server, where they run side by side. First,
    // while the draft is written, checkAvailable() tells an outbound
    // movement's shortage by name as apply() does (without locking). Then,
    // once the invoice has its number, applyAll() appends the movements of
    // all its lines in one statement, in line order, after locking their
    // products in id order, so postings never wait for each other in a
    // circle; the server's trigger moves the levels and products and
    // refuses a level that another posting took meanwhile
    // (InsufficientStock). The movements
    // share their type, invoice, reference and reason. On the file,
    // checkAvailable() does nothing and applyAll() calls apply() for each.
    Result<void> checkAvailable(const StockMovement &movement);
    Result<void> applyAll(const QList<StockMovement> &movements);

    storage::Database &database();

    // Current level of one product in one warehouse (0 when never stocked).
    Result<qint64> level(qint64 productId, qint64 warehouseId);

    // A fresh id grouping the two halves of a transfer.
    Result<qint64> nextTransferId();

    struct Mismatch {
        qint64 productId = 0;
        qint64 warehouseId = 0; // 0: the product total (products.quantity)
        qint64 recorded = 0;
        qint64 ledger = 0;
    };
    // Every level and product total compared with the sum of the ledger;
    // empty when they all agree.
    static Result<QList<Mismatch>> verify(storage::Database &db);

private:
    // InsufficientStock naming the product and warehouse.
    Error shortage(const StockMovement &m, qint64 available);

    std::unique_ptr<InvoiceStore> m_ownStore; // when made over a bare database
    InvoiceStore &m_store;
    qint64 m_userId;
    QString m_now;
};

} // namespace stockbook
