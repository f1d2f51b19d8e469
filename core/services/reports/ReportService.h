// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"
#include "services/reports/output/ReportRows.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace stockbook {

class CompanySession;

// One report as a plain table, so the command line, CSV, JSON and the app
// show the same figures. Money cells are qint64 minor units, quantity cells
// qint64 thousandths; a null cell has no value (e.g. the amount of a count).
struct ReportTable {
    QString name;
    QStringList columns; // snake_case; also the CSV header and the JSON keys
    ReportRows rows;
    QList<int> moneyColumns;
    QList<int> quantityColumns;
    QVariantList totals; // optional totals row, one cell per column
    QVariantMap filters; // the filters as applied (defaults filled in)

    // The rows and then the totals row when there is one, as the files and
    // the printed report list them.
    qsizetype rowCountWithTotals() const { return rows.size() + (totals.isEmpty() ? 0 : 1); }
    QVariant cellWithTotals(qsizetype row, int column) const
    {
        return row < rows.size() ? rows.cell(row, column) : totals.value(column);
    }
};

// Filters; each report reads the ones that apply (ReportService::filtersOf).
struct ReportFilters {
    QDate from;        // inclusive; invalid: the report's default
    QDate to;          // inclusive
    QDate asOf;        // aging and dashboard; invalid: today
    QString warehouse; // code
    QString category;  // name
    QString supplier;  // e-mail
    QString customer;  // e-mail
    QString product;   // SKU
    QString period;    // day, week (starting Monday) or month; empty: month
    QString by;        // revenue or quantity; empty: revenue
    int limit = 10;    // top-products, top-customers
};

// Read-only reports (permission report.view). Rules:
// - Sales figures count posted, partly paid and paid invoices by issue date;
//   drafts and void invoices are left out. Credit notes are netted: they
//   subtract from net, tax and gross (and from quantities in the top lists),
//   and the sales report counts them in its credit_notes column.
// - low-stock lists active products with a reorder level above zero whose
//   total quantity is at or below it; to_order = reorder_level - quantity +
//   1 unit (1000 thousandths), the least that lifts the stock above the level.
// - valuation and stock-value-by-category: value = round(quantity x
//   products.cost / 1000) per product and warehouse (cost is the moving
//   average), summed per group.
// - movements: by the ledger's timestamps (UTC dates); the opening balance
//   sums everything before `from`.
// - aging: sale invoices issued up to as_of with a balance (total - paid -
//   credit notes, as recorded now) above zero, by days past the due date.
class ReportService {
public:
    explicit ReportService(CompanySession &company) : m_company(company) { }

    // The names of the reports in services/reports/ReportRegistry.cpp, in
    // its order: "stock-on-hand", "low-stock", "valuation", ...
    static QStringList reportNames();
    // The filter names a report takes ("from", "to", "warehouse", "category",
    // "supplier", "customer", "product", "period", "by", "limit", "as_of").
    static QStringList filtersOf(const QString &report);

    // Runs a report of the registry by name; NotFound for an unknown name.
    Result<ReportTable> run(const QString &report, const ReportFilters &filters);

    // The check every report starts with (permission report.view; a refusal
    // is audited), for a caller that runs the report on another connection:
    // the app's worker thread reads through a read-only one, which could not
    // record the refusal. NotFound for an unknown name.
    Result<void> checkAccess(const QString &report);

    // The reports by name, as run() runs them.
    Result<ReportTable> stockOnHand(const ReportFilters &filters);
    Result<ReportTable> lowStock(const ReportFilters &filters);
    Result<ReportTable> valuation(const ReportFilters &filters);
    Result<ReportTable> movements(const ReportFilters &filters);
    Result<ReportTable> sales(const ReportFilters &filters);
    Result<ReportTable> purchases(const ReportFilters &filters);
    Result<ReportTable> topProducts(const ReportFilters &filters);
    Result<ReportTable> topCustomers(const ReportFilters &filters);
    Result<ReportTable> aging(const ReportFilters &filters);
    Result<ReportTable> dashboard(const ReportFilters &filters);

    // Writes the report to path, atomically, in one of the command line's
    // formats: "csv" (reportCsv, with the company's report.csv_decimal),
    // "json" (reportJson) or "table" (reportText). Permission data.export,
    // checked before anything is written; audited as "data.export" with the
    // report, the format, its filters, the row count and the file, and the
    // file appears only once the entry is committed. InvalidArgument for
    // another format.
    Result<void> exportFile(const ReportTable &table, const QString &format, const QString &path);
    Result<void> exportCsv(const ReportTable &table, const QString &path);
    Result<void> exportJson(const ReportTable &table, const QString &path);
    // The data.export check alone (a refusal is audited, a success is not),
    // for a caller that draws a file at length before it records the export
    // with recordExport.
    Result<void> checkExport(const ReportTable &table);
    // For exports drawn outside core (PDF, the printer): the same permission
    // check and audit entry, with format "pdf" or "print"; call it before
    // writing and write nothing on an error.
    Result<void> recordExport(const ReportTable &table, const QString &format, const QString &target);

private:
    CompanySession &m_company;
};

} // namespace stockbook
