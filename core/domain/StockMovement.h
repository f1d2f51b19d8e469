// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include <QString>
#include <QtGlobal>

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

QString movementTypeName(MovementType type); // the stock_movements.type value
std::optional<MovementType> movementTypeFromName(const QString &name);
bool isInbound(MovementType type);

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

} // namespace stockbook
