// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "domain/Labels.h"
#include "models/PagedSqlModel.h"

#include <QDate>
#include <QStringList>

namespace stockbook {

struct StockLevelFilter {
    qint64 warehouseId = 0;    // 0: every warehouse
    QString search;            // in the product's SKU, barcode or name
    bool lowStockOnly = false; // quantity <= the product's reorder level
};

// Stock per product and warehouse (permission stock.view), by SKU by default.
// IdRole is the product id.
class StockLevelModel : public PagedSqlModel {
    Q_OBJECT
public:
    enum Column { Sku, Product, Warehouse, Quantity, ReorderLevel, ColumnCount };
    enum Role {
        WarehouseIdRole = FirstModelRole,
        LowStockRole, // bool: quantity <= reorder level
    };

    explicit StockLevelModel(CompanySession &company, QObject *parent = nullptr);

    void setFilter(const StockLevelFilter &filter);
    const StockLevelFilter &filter() const { return m_filter; }

    qint64 productIdAt(int row) const { return idAt(row); }
    qint64 warehouseIdAt(int row) const;

protected:
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    Query query() const override;
    SortKey sortKey(int column) const override;
    QVariant cell(const QVariantList &fields, int column, int role) const override;

private:
    StockLevelFilter m_filter;
};

struct StockMovementFilter {
    qint64 productId = 0;   // 0: any
    qint64 warehouseId = 0; // 0: any
    QStringList types;      // "receipt", "sale", "return", "transfer_out", ...; empty: all
    QDate from;             // local calendar days, inclusive; invalid: open
    QDate to;
};

// The stock ledger (permission stock.view), newest first by default. The
// Quantity column is signed: stock leaving a warehouse is negative in every
// role. IdRole is the movement id.
class StockMovementModel : public PagedSqlModel {
    Q_OBJECT
public:
    enum Column { Time, Type, Sku, Product, Warehouse, Quantity, Reference, User, Reason, ColumnCount };
    enum Role {
        ProductIdRole = FirstModelRole,
        WarehouseIdRole,
        InvoiceIdRole, // 0 when the movement has no invoice
    };

    explicit StockMovementModel(CompanySession &company, QObject *parent = nullptr);

    void setFilter(const StockMovementFilter &filter);
    const StockMovementFilter &filter() const { return m_filter; }

    qint64 movementIdAt(int row) const { return idAt(row); }

protected:
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    Query query() const override;
    SortKey sortKey(int column) const override;
    QVariant cell(const QVariantList &fields, int column, int role) const override;

private:
    StockMovementFilter m_filter;
};

// Conditions on a timestamp column for whole local calendar days:
// [from 00:00, to + 1 day 00:00) in local time, bound as stored UTC text.
void addLocalDayRange(QStringList &conditions, QVariantList &values, const QString &column, const QDate &from,
                      const QDate &to);

} // namespace stockbook
