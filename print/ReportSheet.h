// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"
#include "services/reports/ReportService.h"
#include "services/reports/output/ReportFormat.h"

#include <QDateTime>
#include <QImage>
#include <QString>

#include <functional>

class QIODevice;
class QPagedPaintDevice;

namespace stockbook::print {

// A report as printed: company, title, the filters as applied, when and by
// whom, an optional chart picture, then the table with its totals row.
struct ReportSheet {
    ReportTable table;
    QString companyName;
    QString printedBy;
    QDateTime printedAt;
    QImage chart; // null: none
};

// The filters line: "From: 2026-01-01 · To: 2026-12-31 · Period: month";
// filters left empty read "all".
QString reportFiltersText(const ReportTable &table);

// A table cell as the sheet prints it (rows past the report's are its
// totals): the Reports page's text (ReportCellDisplay: "1.353,47" in
// German, units in words), and the first column's row kinds in words.
QString reportSheetCellText(const ReportCellDisplay &display, const ReportTable &table, qsizetype row,
                            int column);

// Told how far a long report is: `done` of `total` steps (each row is
// measured, then drawn). Returning false stops the drawing.
using ReportProgress = std::function<bool(qsizetype done, qsizetype total)>;

// Paints the report with "Company — Title" and "Page n of m" under each page;
// returns the number of pages (0: the device could not be painted on; -1:
// progress stopped it). The table is drawn row by row rather than as one
// QTextDocument table, whose layout grows much faster than its rows (10,000
// rows took minutes), and its header row is repeated on every page. Any
// thread may call it: it builds its own text document and fonts.
int paintReport(const ReportSheet &sheet, QPagedPaintDevice &device, const ReportProgress &progress = {});

// Writes the report as an A4 PDF to an open device; returns what
// paintReport returns.
int writeReportPdf(const ReportSheet &sheet, QIODevice &device, const ReportProgress &progress = {});

// Writes the report as an A4 PDF file, atomically (Io error when it cannot).
// It does not check the export permission: ReportService::recordExport does.
Result<void> writeReportPdf(const ReportSheet &sheet, const QString &path);

} // namespace stockbook::print
