// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "models/PagedSqlModel.h"

#include <QDate>
#include <QStringList>

namespace stockbook {

struct InvoiceListFilter {
    QStringList types;     // "sale", "purchase", "credit_note"; empty: all
    QStringList statuses;  // "draft", "posted", "partly_paid", "paid", "void"; empty: all
    QDate from;            // issue date, inclusive; invalid: open
    QDate to;              // issue date, inclusive; invalid: open
    qint64 customerId = 0; // 0: any
    qint64 supplierId = 0; // 0: any
    QString numberPrefix;  // invoice number starts with this (case-insensitive)
};

// Sales, purchase invoices and credit notes (permission invoice.create),
// newest first by default.
class InvoiceListModel : public PagedSqlModel {
    Q_OBJECT
public:
    enum Column {
        Number,
        Type,
        Status,
        IssueDate,
        DueDate,
        Partner,
        Currency,
        Total,
        Paid,
        Balance,
        ColumnCount
    };
    enum Role {
        PartnerIdRole = FirstModelRole, // customer id for sales and credit notes, supplier id for purchases
        TypeRole,                       // "sale", "purchase" or "credit_note"
        StatusRole,                     // "draft", "posted", ...
    };

    explicit InvoiceListModel(CompanySession &company, QObject *parent = nullptr);

    void setFilter(const InvoiceListFilter &filter);
    const InvoiceListFilter &filter() const { return m_filter; }

    qint64 invoiceIdAt(int row) const { return idAt(row); }
    QString typeAt(int row) const;
    QString statusAt(int row) const;

    // SUM(total_amount) over the filtered invoices that are posted (posted,
    // partly paid or paid: not drafts, not void ones) in minor units, as
    // stored (credit notes count positive). One aggregate query, run on the
    // first call after a reset and kept until the next one; 0 when refused.
    qint64 filteredTotal() const;
    // How many of the filtered invoices filteredTotal() counts.
    qint64 filteredPostedCount() const;

protected:
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    Query query() const override;
    SortKey sortKey(int column) const override;
    QVariant cell(const QVariantList &fields, int column, int role) const override;
    void resetDerived() override
    {
        m_total.reset();
        m_postedCount.reset();
    }

private:
    InvoiceListFilter m_filter;
    mutable std::optional<qint64> m_total;
    mutable std::optional<qint64> m_postedCount;
};

// Translated names of the stored codes, shared by the lists and screens.
QString invoiceTypeLabel(const QString &type);
QString invoiceStatusLabel(const QString &status);

} // namespace stockbook
