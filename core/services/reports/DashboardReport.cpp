// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
//
// dashboard: the figures of the dashboard page: today's and this month's
// sales, low stock, overdue receivables and twelve months of sales.
#include "services/reports/ReportRegistry.h"
#include "services/reports/ReportSupport.h"
#include <QMap>

namespace stockbook::reports {

namespace {

Result<ReportTable> run(CompanySession &company, const ReportFilters &f)
{
    if (auto ok = allow(company, QStringLiteral("dashboard")); !ok.ok())
        return ok.error();
    storage::Database &db = company.database();
    const QDate asOf = orToday(f.asOf);
    const QDate monthStart(asOf.year(), asOf.month(), 1);
    const QDate firstMonth = monthStart.addMonths(-11);
    const QDate monthEnd = monthStart.addMonths(1).addDays(-1);
    ReportTable t;
    t.name = QStringLiteral("dashboard");
    t.columns = {QStringLiteral("metric"), QStringLiteral("period"), QStringLiteral("amount"),
                 QStringLiteral("count")};
    t.moneyColumns = {2};
    t.filters = {{QStringLiteral("as_of"), isoDate(asOf)}};

    // Gross sales (credit notes netted) per day in the 12 months up to the end of as_of's month.
    auto q = select(
        db,
        QStringLiteral(
            "SELECT i.issue_date, SUM(%1 * i.total_amount), SUM(CASE WHEN i.type = 'sale' THEN 1 ELSE 0 END) "
            "FROM invoices i WHERE i.type IN ('sale', 'credit_note') AND i.status IN %2 "
            "AND i.issue_date >= ? AND i.issue_date <= ? GROUP BY i.issue_date")
            .arg(QLatin1String(signSql), QLatin1String(issuedStatuses)),
        {isoDate(firstMonth), isoDate(monthEnd)});
    if (!q.ok())
        return q.error();
    QMap<QString, QPair<qint64, qint64>> perMonth;
    qint64 todayGross = 0;
    qint64 todayCount = 0;
    while (q.value().next()) {
        const QString day = q.value().value(0).toString();
        const qint64 gross = q.value().value(1).toLongLong();
        const qint64 count = q.value().value(2).toLongLong();
        auto &m = perMonth[day.left(7)];
        m.first += gross;
        m.second += count;
        if (day == isoDate(asOf)) {
            todayGross += gross;
            todayCount += count;
        }
    }
    const QString thisMonth = asOf.toString(QStringLiteral("yyyy-MM"));
    t.rows.append({QStringLiteral("sales_today"), isoDate(asOf), todayGross, todayCount});
    t.rows.append({QStringLiteral("sales_this_month"), thisMonth, perMonth.value(thisMonth).first,
                   perMonth.value(thisMonth).second});

    auto low = select(
        db,
        QStringLiteral("SELECT COUNT(*) FROM products p WHERE p.active = 1 AND p.reorder_level > 0 "
                       "AND p.quantity <= p.reorder_level"),
        {});
    if (!low.ok())
        return low.error();
    t.rows.append({QStringLiteral("low_stock"), QString(), QVariant(),
                   low.value().next() ? low.value().value(0).toLongLong() : 0});

    auto overdue = select(
        db,
        QStringLiteral("SELECT COALESCE(SUM(b), 0), COUNT(*) FROM (SELECT %1 AS b FROM invoices i "
                       "WHERE i.type = 'sale' AND i.status IN ('posted', 'partly_paid') "
                       "AND i.issue_date <= ? AND i.due_date < ?) o WHERE b > 0")
            .arg(QLatin1String(balanceSql)),
        {isoDate(asOf), isoDate(asOf)});
    if (!overdue.ok())
        return overdue.error();
    const bool got = overdue.value().next();
    t.rows.append({QStringLiteral("overdue_receivables"), isoDate(asOf),
                   got ? overdue.value().value(0).toLongLong() : 0,
                   got ? overdue.value().value(1).toLongLong() : 0});

    for (int i = 0; i < 12; ++i) {
        const QString month = firstMonth.addMonths(i).toString(QStringLiteral("yyyy-MM"));
        t.rows.append({QStringLiteral("sales_month"), month, perMonth.value(month).first,
                       perMonth.value(month).second});
    }
    return t;
}

} // namespace

ReportDefinition dashboardReport()
{
    ReportDefinition d;
    d.name = QStringLiteral("dashboard");
    d.title = QT_TRANSLATE_NOOP("Stockbook", "Dashboard");
    d.filters = {QStringLiteral("as_of")};
    d.columns = {{QStringLiteral("metric")},
                 {QStringLiteral("period")},
                 {QStringLiteral("amount")},
                 {QStringLiteral("count")}};
    d.chart.kind = ReportChartKind::Months;
    d.chart.title = QT_TRANSLATE_NOOP("Stockbook", "Sales, last 12 months (gross)");
    d.chart.seriesName = QT_TRANSLATE_NOOP("Stockbook", "Gross sales");
    d.chart.label = QStringLiteral("period");
    d.chart.values = {QStringLiteral("amount")};
    d.chart.rowKind = QStringLiteral("sales_month");
    d.onReportsPage = false;
    d.run = &run;
    return d;
}

} // namespace stockbook::reports
