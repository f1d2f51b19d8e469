// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"
#include "domain/Stock.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace stockbook::storage {
class Database;
}

namespace stockbook {

class CompanySession;

namespace storage {
class Database;
}

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
