// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

// The catalog: products, categories and tax rates, with the rule on tax rates.

#include "Result.h"

#include <QString>
#include <QtGlobal>

#include <optional>

namespace stockbook {

struct ProductInput {
    QString sku;     // 1-64 characters, no spaces; unique regardless of case
    QString barcode; // optional; letters and digits, unique
    QString name;
    std::optional<qint64> categoryId;
    std::optional<qint64> supplierId;       // default supplier, an active one
    std::optional<qint64> taxRateId;        // empty: the default tax rate
    QString unit = QStringLiteral("piece"); // piece, kg, litre or metre
    qint64 price = 0;                       // minor units, >= 0
    qint64 reorderLevel = 0;                // thousandths, >= 0
    bool active = true;
    // Changing a product: its Product::updatedAt as the editor read it; a
    // change made meanwhile elsewhere refuses this one (Conflict). Empty: not checked.
    QString expectedUpdatedAt;
};

struct Product {
    qint64 id = 0;
    QString sku;
    QString barcode;
    QString name;
    std::optional<qint64> categoryId;
    QString categoryName;
    std::optional<qint64> supplierId;
    QString supplierName;
    qint64 taxRateId = 0;
    qint64 taxRateBp = 0;
    QString unit;
    qint64 price = 0;
    qint64 cost = 0; // moving average, kept by StockLedger
    qint64 reorderLevel = 0;
    qint64 quantity = 0; // thousandths on hand over all warehouses
    bool active = true;
    QString updatedAt; // as stored: changes with every edit, not with stock or cost
};

struct Category {
    qint64 id = 0;
    QString name;
    std::optional<qint64> parentId;
};

struct ProductFilter {
    QString search; // part of the SKU, barcode or name
    bool includeInactive = false;
    int limit = 500;
    int offset = 0;
};

struct TaxRate {
    qint64 id = 0;
    QString name;
    qint64 rateBp = 0;
    bool isDefault = false;
    bool active = true;
};

// A tax rate in basis points lies from 0 to 10000 (0 % to 100 %), both
// included: no tax is more than the price it is charged on. The schema's
// CHECKs on tax_rates.rate_bp and invoice_items.tax_rate_bp (0 to 100000,
// written when 1000 % was allowed) stay a looser last line of defence.
inline constexpr qint64 MinTaxRateBp = 0;
inline constexpr qint64 MaxTaxRateBp = 10000;

bool isValidTaxRate(qint64 rateBp);
// Nothing when the rate is in range, else InvalidArgument with the one
// message for every caller and Error::field set to `field`.
Result<void> checkTaxRate(qint64 rateBp, const QString &field = QStringLiteral("rate"));
// That message, for screens that show it before calling a service.
QString taxRateRangeMessage();

} // namespace stockbook
