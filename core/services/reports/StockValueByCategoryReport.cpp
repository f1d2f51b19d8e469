// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
//
// stock-value-by-category: per category, then per warehouse, the quantity on
// hand and its value at the moving average cost. The value is rounded as in
// the valuation report: round(quantity x cost / 1000) per product and
// warehouse, half up, then summed. Products without a category form one
// group, "(no category)", listed after the named categories.
#include "domain/Stock.h"
#include "services/reports/ReportRegistry.h"
#include "services/reports/ReportSupport.h"

namespace stockbook::reports {

namespace {

const QString Name = QStringLiteral("stock-value-by-category");

Result<ReportTable> run(CompanySession &company, const ReportFilters &f)
{
    if (auto ok = allow(company, Name); !ok.ok())
        return ok.error();
    storage::Database &db = company.database();
    auto wh = warehouseIdOf(db, f.warehouse);
    auto cat = categoryIdOf(db, f.category);
    for (const auto *r : {&wh, &cat})
        if (!r->ok())
            return r->error();
    auto q = select(db,
                    QStringLiteral("SELECT c.name, w.code, SUM(sl.quantity), "
                                   "SUM((sl.quantity * p.cost + 500) / 1000) "
                                   "FROM stock_levels sl JOIN products p ON p.id = sl.product_id "
                                   "JOIN warehouses w ON w.id = sl.warehouse_id "
                                   "LEFT JOIN categories c ON c.id = p.category_id "
                                   "WHERE sl.quantity <> 0 AND (? = 0 OR sl.warehouse_id = ?) "
                                   "AND (? = 0 OR p.category_id = ?) "
                                   "GROUP BY c.id, w.id ORDER BY c.id IS NULL, %1, c.id, %2, w.id")
                        .arg(storage::dialectOf(db).nocase(QStringLiteral("c.name")),
                             storage::dialectOf(db).nocase(QStringLiteral("w.code"))),
                    {wh.value(), wh.value(), cat.value(), cat.value()});
    if (!q.ok())
        return q.error();
    ReportTable t;
    t.name = Name;
    t.columns = {QStringLiteral("category"), QStringLiteral("warehouse"), QStringLiteral("quantity"),
                 QStringLiteral("value")};
    t.quantityColumns = {2};
    t.moneyColumns = {3};
    t.filters = {{QStringLiteral("warehouse"), f.warehouse}, {QStringLiteral("category"), f.category}};
    const QString none = Tr::tr("(no category)");
    qint64 quantity = 0;
    qint64 value = 0;
    QSqlQuery &r = q.value();
    while (r.next()) {
        quantity += r.value(2).toLongLong();
        value += r.value(3).toLongLong();
        t.rows.append({r.value(0).isNull() ? none : r.value(0).toString(), r.value(1).toString(),
                       r.value(2).toLongLong(), r.value(3).toLongLong()});
    }
    t.totals = {QStringLiteral("total"), QString(), quantity, value};
    return t;
}

} // namespace

ReportDefinition stockValueByCategoryReport()
{
    ReportDefinition d;
    d.name = Name;
    d.title = QT_TRANSLATE_NOOP("Stockbook", "Stock value by category");
    d.filters = {QStringLiteral("warehouse"), QStringLiteral("category")};
    d.columns = {{QStringLiteral("category")},
                 {QStringLiteral("warehouse")},
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
