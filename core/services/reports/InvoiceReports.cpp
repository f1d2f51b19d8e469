// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
//
// sales and purchases: issued invoices summed per day, week or month;
// credit notes net the sales.
#include "services/reports/ReportRegistry.h"
#include "services/reports/ReportSupport.h"

namespace stockbook::reports {

namespace {

Result<ReportTable> invoiceTotals(CompanySession &company, const QString &name, bool salesReport,
                                  const ReportFilters &f)
{
    if (auto ok = allow(company, name); !ok.ok())
        return ok.error();
    const QDate to = orToday(f.to);
    const QDate from = f.from.isValid() ? f.from : QDate(to.year(), 1, 1);
    if (auto ok = checkPeriod(from, to); !ok.ok())
        return ok.error();
    const QString period = f.period.isEmpty() ? QStringLiteral("month") : f.period;
    QString key;
    if (period == QLatin1String("day"))
        key = QStringLiteral("i.issue_date");
    else if (period == QLatin1String("week")) // the Monday starting the week
        key = company.dialect().mondayOf(QStringLiteral("i.issue_date"));
    else if (period == QLatin1String("month"))
        key = QStringLiteral("substr(i.issue_date, 1, 7)");
    else
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("The period is day, week or month, not %1.").arg(period),
                         QStringLiteral("period"));
    const QString types = salesReport ? QStringLiteral("('sale', 'credit_note')")
                                      : QStringLiteral("('purchase')");
    auto q = select(company.database(),
                    QStringLiteral("SELECT %1 AS k, SUM(CASE WHEN i.type <> 'credit_note' THEN 1 ELSE 0 "
                                   "END), SUM(CASE WHEN i.type = 'credit_note' THEN 1 ELSE 0 END), "
                                   "SUM(%2 * i.subtotal), SUM(%2 * i.tax_amount), SUM(%2 * i.total_amount) "
                                   "FROM invoices i WHERE i.type IN %3 AND i.status IN %4 "
                                   "AND i.issue_date >= ? AND i.issue_date <= ? GROUP BY k ORDER BY k")
                        .arg(key, QLatin1String(signSql), types, QLatin1String(issuedStatuses)),
                    {isoDate(from), isoDate(to)});
    if (!q.ok())
        return q.error();
    ReportTable t;
    t.name = name;
    t.columns = {QStringLiteral("period"), QStringLiteral("count")};
    if (salesReport)
        t.columns.append(QStringLiteral("credit_notes"));
    const int money = int(t.columns.size());
    t.columns << QStringLiteral("net") << QStringLiteral("tax") << QStringLiteral("gross");
    t.moneyColumns = {money, money + 1, money + 2};
    t.filters = {{QStringLiteral("from"), isoDate(from)},
                 {QStringLiteral("to"), isoDate(to)},
                 {QStringLiteral("period"), period}};
    qint64 sum[5] = {0, 0, 0, 0, 0};
    QSqlQuery &r = q.value();
    while (r.next()) {
        QVariantList row{r.value(0).toString(), r.value(1).toLongLong()};
        if (salesReport)
            row.append(r.value(2).toLongLong());
        row << r.value(3).toLongLong() << r.value(4).toLongLong() << r.value(5).toLongLong();
        for (int c = 0; c < 5; ++c)
            sum[c] += r.value(c + 1).toLongLong();
        t.rows.append(row);
    }
    t.totals = {QStringLiteral("total"), sum[0]};
    if (salesReport)
        t.totals.append(sum[1]);
    t.totals << sum[2] << sum[3] << sum[4];
    return t;
}

Result<ReportTable> sales(CompanySession &company, const ReportFilters &filters)
{
    return invoiceTotals(company, QStringLiteral("sales"), true, filters);
}

Result<ReportTable> purchases(CompanySession &company, const ReportFilters &filters)
{
    return invoiceTotals(company, QStringLiteral("purchases"), false, filters);
}

ReportChartSpec overTime(const char *title)
{
    ReportChartSpec chart;
    chart.kind = ReportChartKind::OverTime;
    chart.title = title;
    chart.label = QStringLiteral("period");
    chart.values = {QStringLiteral("gross")};
    return chart;
}

} // namespace

ReportDefinition salesReport()
{
    ReportDefinition d;
    d.name = QStringLiteral("sales");
    d.title = QT_TRANSLATE_NOOP("Stockbook", "Sales");
    d.filters = {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("period")};
    d.columns = {{QStringLiteral("period")}, {QStringLiteral("count")}, {QStringLiteral("credit_notes")},
                 {QStringLiteral("net")},    {QStringLiteral("tax")},   {QStringLiteral("gross")}};
    d.chart = overTime(QT_TRANSLATE_NOOP("Stockbook", "Gross sales per period"));
    d.run = &sales;
    return d;
}

ReportDefinition purchasesReport()
{
    ReportDefinition d;
    d.name = QStringLiteral("purchases");
    d.title = QT_TRANSLATE_NOOP("Stockbook", "Purchases");
    d.filters = {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("period")};
    d.columns = {{QStringLiteral("period")},
                 {QStringLiteral("count")},
                 {QStringLiteral("net")},
                 {QStringLiteral("tax")},
                 {QStringLiteral("gross")}};
    d.chart = overTime(QT_TRANSLATE_NOOP("Stockbook", "Gross purchases per period"));
    d.run = &purchases;
    return d;
}

} // namespace stockbook::reports
