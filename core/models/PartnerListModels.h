// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "models/PagedSqlModel.h"

#include <optional>

namespace stockbook {

struct PartnerListFilter {
    QString search;             // in name, e-mail or phone
    std::optional<bool> active; // empty: active and inactive
};

// Customers or suppliers, by name by default. The two tables have the same
// columns; CustomerListModel and SupplierListModel choose one of them.
class PartnerListModel : public PagedSqlModel {
    Q_OBJECT
public:
    enum Column { Name, Email, Phone, TaxId, PaymentTerms, Active, ColumnCount };

    void setFilter(const PartnerListFilter &filter);
    const PartnerListFilter &filter() const { return m_filter; }

protected:
    enum class Table { Customers, Suppliers };
    PartnerListModel(CompanySession &company, Table table, QList<Permission> anyOf, QString action,
                     QObject *parent);

    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    Query query() const override;
    SortKey sortKey(int column) const override;
    QVariant cell(const QVariantList &fields, int column, int role) const override;

private:
    Table m_table;
    PartnerListFilter m_filter;
};

// Permission customer.edit or invoice.create (a clerk picks the customer of a sale).
class CustomerListModel : public PartnerListModel {
    Q_OBJECT
public:
    explicit CustomerListModel(CompanySession &company, QObject *parent = nullptr);
    qint64 customerIdAt(int row) const { return idAt(row); }
};

// Permission invoice.create (a clerk picks the supplier of a purchase).
class SupplierListModel : public PartnerListModel {
    Q_OBJECT
public:
    explicit SupplierListModel(CompanySession &company, QObject *parent = nullptr);
    qint64 supplierIdAt(int row) const { return idAt(row); }
};

} // namespace stockbook
