// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"
#include "services/ReportService.h"

#include <QDateTime>
#include <QImage>
#include <QString>

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

// Paints the report with "Company — Title" and "Page n of m" under each page;
// returns the number of pages (0: the device could not be painted on). The
// table is drawn row by row rather than as one QTextDocument table, whose
// layout grows much faster than its rows (10,000 rows took minutes), and its
// header row is repeated on every page.
int paintReport(const ReportSheet &sheet, QPagedPaintDevice &device);

// Writes the report as an A4 PDF file, atomically (Io error when it cannot).
// It does not check the export permission: ReportService::recordExport does.
Result<void> writeReportPdf(const ReportSheet &sheet, const QString &path);

} // namespace stockbook::print
