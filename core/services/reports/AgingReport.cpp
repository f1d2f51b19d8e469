// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
//
// aging: the open balances of sales by days past their due date, per
// customer.
#include "services/reports/ReportRegistry.h"
#include "services/reports/ReportSupport.h"

namespace stockbook::reports {

namespace {

Result<ReportTable> run(CompanySession &company, const ReportFilters &f)
{
    if (auto ok = allow(company, QStringLiteral("aging")); !ok.ok())
        return ok.error();
    storage::Database &db = company.database();
    auto cust = idOf(db, QStringLiteral("SELECT id FROM customers WHERE lower(email) = lower(?)"), f.customer,
                     QStringLiteral("customer"), Tr::tr("There is no customer with the e-mail %1."));
    if (!cust.ok())
        return cust.error();
    const QDate asOf = orToday(f.asOf);
    auto q = select(db,
                    QStringLiteral("SELECT c.id, c.name, COALESCE(c.email, ''), i.due_date, %1 AS bal "
                                   "FROM invoices i JOIN customers c ON c.id = i.customer_id "
                                   "WHERE i.type = 'sale' AND i.status IN ('posted', 'partly_paid') "
                                   "AND i.issue_date <= ? AND (? = 0 OR i.customer_id = ?) "
                                   "ORDER BY c.name, c.id")
                        .arg(QLatin1String(balanceSql)),
                    {isoDate(asOf), cust.value(), cust.value()});
    if (!q.ok())
        return q.error();
    ReportTable t;
    t.name = QStringLiteral("aging");
    t.columns = {QStringLiteral("customer"),  QStringLiteral("email"),      QStringLiteral("current"),
                 QStringLiteral("days_1_30"), QStringLiteral("days_31_60"), QStringLiteral("days_61_90"),
                 QStringLiteral("over_90"),   QStringLiteral("total")};
    t.moneyColumns = {2, 3, 4, 5, 6, 7};
    t.filters = {{QStringLiteral("as_of"), isoDate(asOf)}, {QStringLiteral("customer"), f.customer}};
    qint64 sums[6] = {0, 0, 0, 0, 0, 0};
    // The customer being summed: name, e-mail, then the five buckets and the total.
    qint64 currentId = -1;
    QVariantList row;
    QSqlQuery &r = q.value();
    while (r.next()) {
        const qint64 balance = r.value(4).toLongLong();
        if (balance <= 0)
            continue;
        if (r.value(0).toLongLong() != currentId) {
            if (!row.isEmpty())
                t.rows.append(row);
            currentId = r.value(0).toLongLong();
            row = {r.value(1).toString(),
                   r.value(2).toString(),
                   qint64(0),
                   qint64(0),
                   qint64(0),
                   qint64(0),
                   qint64(0),
                   qint64(0)};
        }
        const QDate due = QDate::fromString(r.value(3).toString(), Qt::ISODate);
        const qint64 late = due.isValid() ? due.daysTo(asOf) : 0;
        const int bucket = late <= 0 ? 0 : late <= 30 ? 1 : late <= 60 ? 2 : late <= 90 ? 3 : 4;
        row[2 + bucket] = row[2 + bucket].toLongLong() + balance;
        row[7] = row[7].toLongLong() + balance;
        sums[bucket] += balance;
        sums[5] += balance;
    }
    if (!row.isEmpty())
        t.rows.append(row);
    t.totals = {QStringLiteral("total"), QString(), sums[0], sums[1], sums[2], sums[3], sums[4], sums[5]};
    return t;
}

} // namespace

ReportDefinition agingReport()
{
    ReportDefinition d;
    d.name = QStringLiteral("aging");
    d.title = QT_TRANSLATE_NOOP("Stockbook", "Receivables aging");
    d.filters = {QStringLiteral("as_of"), QStringLiteral("customer")};
    d.columns = {{QStringLiteral("customer")},   {QStringLiteral("email")},
                 {QStringLiteral("current")},    {QStringLiteral("days_1_30")},
                 {QStringLiteral("days_31_60")}, {QStringLiteral("days_61_90")},
                 {QStringLiteral("over_90")},    {QStringLiteral("total")}};
    d.chart.kind = ReportChartKind::Totals;
    d.chart.title = QT_TRANSLATE_NOOP("Stockbook", "Receivables by days past due");
    d.chart.seriesName = QT_TRANSLATE_NOOP("Stockbook", "Total");
    d.chart.values = {QStringLiteral("current"), QStringLiteral("days_1_30"), QStringLiteral("days_31_60"),
                      QStringLiteral("days_61_90"), QStringLiteral("over_90")};
    d.run = &run;
    return d;
}

} // namespace stockbook::reports
