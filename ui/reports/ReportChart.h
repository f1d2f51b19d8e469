// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "services/reports/ReportService.h"

class QChart;

namespace stockbook::ui {

// The chart that says more than the table, or null when a report has none:
// sales and purchases over time (bars; a line past 36 periods), valuation by
// category (a pie), aging buckets (bars), the top lists (horizontal bars) and
// the dashboard's twelve months of sales (bars). Amounts are plotted in major
// units; the table keeps the exact figures. The caller owns the chart.
QChart *createReportChart(const ReportTable &table);

// The dashboard's sales_month rows as bars.
QChart *createMonthlySalesChart(const ReportTable &dashboard);

} // namespace stockbook::ui
