// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"
#include "services/reports/ReportService.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace stockbook {

class CompanySession;

// The chart the Reports page draws for a report, in core terms: the UI
// (ui/reports/ReportChart.cpp) picks the chart classes. Amounts are drawn in
// major units, quantities in units; the table keeps the exact figures.
enum class ReportChartKind {
    None,
    // Bars of `value` per row, labelled by `label` (a period key: "2026-03",
    // "2026-03-02"); past 36 rows a line over a time axis.
    OverTime,
    // `value` summed per `label` over the rows: a pie, or bars when a sum is
    // negative. An empty label is the group without a category.
    Shares,
    // The totals row's `values` as bars, each labelled by its column title.
    Totals,
    // Horizontal bars of `value` per row labelled by `label`, the first row
    // at the top; the filter `valueFilter`, when set, names the value column.
    Ranking,
    // Bars of `value` per row whose first cell is `rowKind`, labelled by the
    // month in `label`.
    Months,
};

struct ReportChartSpec {
    ReportChartKind kind = ReportChartKind::None;
    const char *title = nullptr;      // QT_TRANSLATE_NOOP("Stockbook", ...)
    const char *seriesName = nullptr; // the bars' name; null: the value column's title
    QString label;
    QStringList values;
    QString valueFilter;
    QString rowKind;
};

// What a text column holds where a reader shows it in words of its own.
enum class ReportColumnText {
    Plain,
    MovementType, // a stock movement's type ("sale"), shown as the Stock page names it
    // What the row is ("item", "subtotal", "opening"): for files and
    // programs. The screen shows no column for it; its rows tell themselves
    // apart (a subtotal in bold, the totals last).
    RowKind,
};

// A column of a report: its name (snake_case: the CSV header and the JSON
// key), for a name the shared list in ReportFormat.cpp does not know its
// title (QT_TRANSLATE_NOOP("Stockbook", ...)), and what its text is. Files
// (CSV, JSON, the command line's table) keep the text as it is.
struct ReportColumn {
    QString name;
    const char *title = nullptr;
    ReportColumnText text = ReportColumnText::Plain;
};

// One report: what the command line, the Reports page, its filter bar and
// chart, the printed report and the benchmark know of it. Each report is
// defined in its own file (services/reports/*Report.cpp) and listed once in
// ReportRegistry.cpp.
struct ReportDefinition {
    QString name;                // the command line's name: "top-products"
    const char *title;           // QT_TRANSLATE_NOOP("Stockbook", "Top products")
    QStringList filters;         // ReportFilters fields it reads, in the filter bar's order:
                                 // from, to, as_of, warehouse, category, supplier,
                                 // customer, product, period, by, limit
    QList<ReportColumn> columns; // the table's columns, in order
    ReportChartSpec chart;
    // Produces the table; checks report.view first (a refusal is audited).
    Result<ReportTable> (*run)(CompanySession &company, const ReportFilters &filters) = nullptr;
    // The report refuses to run without at least one of these filters.
    QStringList needsOneOf;
    // False for the dashboard, which has its own page.
    bool onReportsPage = true;

    QString translatedTitle() const;
    QStringList columnNames() const;
};

// Every report, in the order the command line and the Reports page list them.
const QList<ReportDefinition> &reportRegistry();
// The report called name, or null.
const ReportDefinition *findReport(const QString &name);

} // namespace stockbook
