// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
//
// valuation: quantity and value per warehouse, category and unit, at the
// moving average cost. Quantities of different units (kilograms, metres,
// pieces) are never added: the totals row has a quantity only when every row
// has the same unit.
#include "domain/Stock.h"
#include "services/reports/ReportRegistry.h"
#include "services/reports/ReportSupport.h"

namespace stockbook::reports {

namespace {

Result<ReportTable> run(CompanySession &company, const ReportFilters &f)
{
    if (auto ok = allow(company, QStringLiteral("valuation")); !ok.ok())
        return ok.error();
    storage::Database &db = company.database();
    auto wh = warehouseIdOf(db, f.warehouse);
    auto cat = categoryIdOf(db, f.category);
    for (const auto *r : {&wh, &cat})
        if (!r->ok())
            return r->error();
    // Both factors are >= 0, so (x + 500) / 1000 rounds half up.
    auto q = select(db,
                    QStringLiteral("SELECT w.code, COALESCE(c.name, ''), p.unit, SUM(sl.quantity), "
                                   "SUM((sl.quantity * p.cost + 500) / 1000) "
                                   "FROM stock_levels sl JOIN products p ON p.id = sl.product_id "
                                   "JOIN warehouses w ON w.id = sl.warehouse_id "
                                   "LEFT JOIN categories c ON c.id = p.category_id "
                                   "WHERE sl.quantity <> 0 AND (? = 0 OR sl.warehouse_id = ?) "
                                   "AND (? = 0 OR p.category_id = ?) "
                                   "GROUP BY w.code, COALESCE(c.name, ''), p.unit "
                                   "ORDER BY %1, COALESCE(c.name, ''), p.unit")
                        .arg(storage::dialectOf(db).nocase(QStringLiteral("w.code"))),
                    {wh.value(), wh.value(), cat.value(), cat.value()});
    if (!q.ok())
        return q.error();
    ReportTable t;
    t.name = QStringLiteral("valuation");
    t.columns = {QStringLiteral("warehouse"), QStringLiteral("category"), QStringLiteral("unit"),
                 QStringLiteral("quantity"), QStringLiteral("value")};
    t.quantityColumns = {3};
    t.moneyColumns = {4};
    t.filters = {{QStringLiteral("warehouse"), f.warehouse}, {QStringLiteral("category"), f.category}};
    qint64 qty = 0;
    qint64 value = 0;
    QStringList units;
    QSqlQuery &r = q.value();
    while (r.next()) {
        const QString unit = r.value(2).toString();
        if (!units.contains(unit))
            units.append(unit);
        qty += r.value(3).toLongLong();
        value += r.value(4).toLongLong();
        t.rows.append({r.value(0).toString(), r.value(1).toString(), unit, r.value(3).toLongLong(),
                       r.value(4).toLongLong()});
    }
    // Kilograms and pieces do not add up: no quantity total over several units.
    if (units.size() <= 1)
        t.totals = {QStringLiteral("total"), QString(), units.value(0), qty, value};
    else
        t.totals = {QStringLiteral("total"), QString(), QString(), QVariant(), value};
    return t;
}

} // namespace

ReportDefinition valuationReport()
{
    ReportDefinition d;
    d.name = QStringLiteral("valuation");
    d.title = QT_TRANSLATE_NOOP("Stockbook", "Stock valuation");
    d.filters = {QStringLiteral("warehouse"), QStringLiteral("category")};
    d.columns = {{QStringLiteral("warehouse")},
                 {QStringLiteral("category")},
                 {QStringLiteral("unit")},
                 {QStringLiteral("quantity")},
                 {QStringLiteral("value")}};
    d.chart.kind = ReportChartKind::Shares;
    d.chart.title = QT_TRANSLATE_NOOP("Stockbook", "Stock value by category");
    d.chart.label = QStringLiteral("category");
    d.chart.values = {QStringLiteral("value")};
    d.run = &run;
    return d;
}

} // namespace stockbook::reports
