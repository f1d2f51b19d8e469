// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "services/reports/ReportService.h"

class QChart;

namespace stockbook::ui {

// The chart that says more than the table, as the report's entry in the
// registry describes it (services/reports/ReportRegistry.h), or null when it
// has none: figures over time (bars; a line past 36 periods), shares by
// category (a pie), the totals' buckets (bars), a ranking (horizontal bars)
// and months of a series (bars). Amounts are plotted in major units; the
// table keeps the exact figures. The caller owns the chart.
QChart *createReportChart(const ReportTable &table);

// The dashboard's sales_month rows as bars (its registry chart).
QChart *createMonthlySalesChart(const ReportTable &dashboard);

} // namespace stockbook::ui
