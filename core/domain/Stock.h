// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

// Stock: warehouses and the movements of the ledger, with the rules on them
// (which movement types add stock, the wording for a missing warehouse).

#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <array>
#include <optional>

namespace stockbook {

enum class MovementType {
    Receipt, // purchase posted: in, updates the moving average cost
    Sale,    // sale posted: out
    Return,  // credit note: back in
    TransferOut,
    TransferIn,
    AdjustmentIn,  // stocktake found more
    AdjustmentOut, // stocktake found less
    VoidIn,        // a voided sale puts its stock back
    VoidOut,       // a voided purchase takes its stock out again
};

inline constexpr std::array<MovementType, 9> AllMovementTypes{
    MovementType::Receipt,       MovementType::Sale,       MovementType::Return,
    MovementType::TransferOut,   MovementType::TransferIn, MovementType::AdjustmentIn,
    MovementType::AdjustmentOut, MovementType::VoidIn,     MovementType::VoidOut,
};

QString movementTypeName(MovementType type); // the stock_movements.type value
std::optional<MovementType> movementTypeFromName(const QString &name);

// Whether a movement of this type adds stock (in) or takes it away (out).
// The one place that says so: the ledger, the reports and the models all ask
// here, the SQL through the lists below.
bool addsStock(MovementType type);

// The stock_movements.type names that add stock, or that take it away, as
// the inside of an SQL IN list: "'receipt', 'return', ...". Built from the
// constant names above only, never from input, so it may be pasted into SQL.
QString inboundMovementTypesSql();
QString outboundMovementTypesSql();

struct StockMovement {
    qint64 productId = 0;
    qint64 warehouseId = 0;
    MovementType type = MovementType::Receipt;
    qint64 quantity = 0; // thousandths, > 0; the type says the direction
    qint64 unitCost = 0; // minor units per unit; for receipts the purchase price
    std::optional<qint64> invoiceId;
    std::optional<qint64> transferId;
    QString reference; // invoice number, transfer or stocktake reference
    QString reason;    // adjustments and voids
};

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

struct Warehouse {
    qint64 id = 0;
    QString code; // upper case, 1-16 of A-Z 0-9 - _
    QString name;
    bool active = true;
    bool isDefault = false;
};

// The one wording for a warehouse that does not exist: NotFound, naming the
// code (or id) as given and saying what to check. Error::field is `field`.
Error noSuchWarehouse(const QString &codeOrId, const QString &field = QStringLiteral("warehouse"));

} // namespace stockbook
