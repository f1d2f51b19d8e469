// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"
#include "domain/StockMovement.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace stockbook::storage {
class Database;
}

namespace stockbook {

class CompanySession;

// A product named by id or, when the id is 0, by SKU (case-insensitive).
struct ProductKey {
    ProductKey() = default;
    ProductKey(qint64 productId) : id(productId) { }
    ProductKey(const QString &productSku) : sku(productSku) { }
    qint64 id = 0;
    QString sku;
};

// A warehouse named by id or, when the id is 0, by code (case-insensitive).
struct WarehouseKey {
    WarehouseKey() = default;
    WarehouseKey(qint64 warehouseId) : id(warehouseId) { }
    WarehouseKey(const QString &warehouseCode) : code(warehouseCode) { }
    qint64 id = 0;
    QString code;
};

struct TransferLine {
    ProductKey product;
    qint64 quantity = 0; // thousandths, > 0
};

struct TransferRequest {
    WarehouseKey from;
    WarehouseKey to;
    QList<TransferLine> lines; // each product at most once
    QString reference;
    QString note;
};

struct CountLine {
    ProductKey product;
    qint64 counted = 0; // thousandths, >= 0
};

struct StocktakeRequest {
    WarehouseKey warehouse;
    QList<CountLine> lines; // each product at most once
    QString reason;         // required
    QString reference;
};

// One counted product: the level before, the count, and the movement written
// for the difference (none when the count matched).
struct StocktakeLine {
    qint64 productId = 0;
    QString sku;
    qint64 before = 0;
    qint64 counted = 0;
    qint64 difference = 0; // counted - before
    std::optional<qint64> movementId;
};

struct StockLevelRow {
    qint64 productId = 0;
    QString sku;
    QString name;
    QString unit;
    qint64 warehouseId = 0;
    QString warehouseCode;
    qint64 quantity = 0;
};

struct MovementQuery {
    std::optional<ProductKey> product;
    std::optional<WarehouseKey> warehouse;
    QDateTime from; // inclusive; invalid: no lower bound
    QDateTime to;   // exclusive; invalid: no upper bound
};

struct StockMovementRow {
    qint64 id = 0;
    qint64 productId = 0;
    QString sku;
    qint64 warehouseId = 0;
    QString warehouseCode;
    MovementType type = MovementType::Receipt;
    qint64 quantity = 0;
    qint64 unitCost = 0;
    std::optional<qint64> invoiceId;
    std::optional<qint64> transferId;
    QString reference;
    QString reason;
    qint64 userId = 0;
    QString username;
    QDateTime createdAt;
};

// A level or product total that disagrees with the ledger, or a negative one,
// named for people.
struct StockProblem {
    qint64 productId = 0;
    QString sku;
    qint64 warehouseId = 0; // 0: the product total (products.quantity)
    QString warehouseCode;
    qint64 recorded = 0;
    qint64 expected = 0; // the ledger's sum (or, for a negative level, 0)
    QString message;
};

// Transfers between warehouses, stocktakes and stock look-up. All stock
// changes go through StockLedger inside one transaction with their audit entry.
class StockService {
public:
    explicit StockService(CompanySession &company) : m_company(company) { }

    // Permission stock.transfer. Both halves of every line (transfer_out,
    // transfer_in) share one transfer id, which is returned. Refused: the same
    // warehouse, an unknown or inactive warehouse, a quantity not above zero,
    // a product on two lines, more than the source holds (InsufficientStock,
    // field "lines[N].quantity", N counted from 0). Audited as stock.transfer.
    Result<qint64> transfer(const TransferRequest &request);

    // Permission stock.adjust. Writes adjustment_in / adjustment_out for
    // counted - level of every line (nothing when they agree) and returns every
    // counted line. Audited as stock.adjust with before and after per product.
    Result<QList<StocktakeLine>> stocktake(const StocktakeRequest &request);

    // Permission stock.view. Levels ordered by SKU then warehouse code; the
    // search matches SKU, name or barcode.
    Result<QList<StockLevelRow>> levels(const std::optional<WarehouseKey> &warehouse = {},
                                        const QString &search = {});
    Result<qint64> level(const ProductKey &product, const WarehouseKey &warehouse);
    // Oldest first.
    Result<QList<StockMovementRow>> movements(const MovementQuery &query);

    // Levels against the ledger, product totals against the levels, and no
    // negative level or total. No session needed: verify runs it.
    static Result<QList<StockProblem>> checkLevels(storage::Database &db);

private:
    CompanySession &m_company;
};

} // namespace stockbook
