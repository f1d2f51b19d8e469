// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "domain/Labels.h"
#include "models/PagedSqlModel.h"

#include <optional>

namespace stockbook {

struct ProductListFilter {
    QString search;             // in SKU, barcode or name
    qint64 categoryId = 0;      // 0: any
    std::optional<bool> active; // empty: active and inactive
};

// The catalog (permission product.view), by name by default.
class ProductListModel : public PagedSqlModel {
    Q_OBJECT
public:
    enum Column { Sku, Barcode, Name, Category, Unit, Price, Quantity, ReorderLevel, Active, ColumnCount };
    enum Role {
        CategoryIdRole = FirstModelRole, // 0 without a category
    };

    explicit ProductListModel(CompanySession &company, QObject *parent = nullptr);

    void setFilter(const ProductListFilter &filter);
    const ProductListFilter &filter() const { return m_filter; }

    qint64 productIdAt(int row) const { return idAt(row); }

protected:
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    Query query() const override;
    SortKey sortKey(int column) const override;
    QVariant cell(const QVariantList &fields, int column, int role) const override;

private:
    ProductListFilter m_filter;
};

} // namespace stockbook
