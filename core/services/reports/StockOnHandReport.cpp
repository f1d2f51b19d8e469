// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
//
// stock-on-hand: the quantity of each product per warehouse, with a subtotal
// per warehouse and a total (of a quantity only where the rows share a unit).
#include "domain/Stock.h"
#include "services/reports/ReportRegistry.h"
#include "services/reports/ReportSupport.h"

namespace stockbook::reports {

namespace {

Result<ReportTable> run(CompanySession &company, const ReportFilters &f)
{
    if (auto ok = allow(company, QStringLiteral("stock-on-hand")); !ok.ok())
        return ok.error();
    storage::Database &db = company.database();
    auto wh = warehouseIdOf(db, f.warehouse);
    auto cat = categoryIdOf(db, f.category);
    auto sup = supplierIdOf(db, f.supplier);
    for (const auto *r : {&wh, &cat, &sup})
        if (!r->ok())
            return r->error();
    auto q = select(db,
                    QStringLiteral("SELECT w.code, p.sku, p.name, COALESCE(c.name, ''), sl.quantity, p.unit "
                                   "FROM stock_levels sl JOIN products p ON p.id = sl.product_id "
                                   "JOIN warehouses w ON w.id = sl.warehouse_id "
                                   "LEFT JOIN categories c ON c.id = p.category_id "
                                   "WHERE sl.quantity <> 0 AND (? = 0 OR sl.warehouse_id = ?) "
                                   "AND (? = 0 OR p.category_id = ?) AND (? = 0 OR p.supplier_id = ?) "
                                   "ORDER BY %1, w.id, %2, p.id")
                        .arg(storage::dialectOf(db).nocase(QStringLiteral("w.code")),
                             storage::dialectOf(db).nocase(QStringLiteral("p.sku"))),
                    {wh.value(), wh.value(), cat.value(), cat.value(), sup.value(), sup.value()});
    if (!q.ok())
        return q.error();
    ReportTable t;
    t.name = QStringLiteral("stock-on-hand");
    t.columns = {QStringLiteral("kind"),     QStringLiteral("sku"),       QStringLiteral("name"),
                 QStringLiteral("category"), QStringLiteral("warehouse"), QStringLiteral("quantity"),
                 QStringLiteral("unit")};
    t.quantityColumns = {5};
    t.filters = {{QStringLiteral("warehouse"), f.warehouse},
                 {QStringLiteral("category"), f.category},
                 {QStringLiteral("supplier"), f.supplier}};
    // A subtotal or total over several units (kilograms and pieces) has no
    // quantity: those do not add up. Over one unit it has the sum and the unit.
    struct Sum {
        qint64 quantity = 0;
        QStringList units;
        void add(qint64 q, const QString &unit)
        {
            quantity += q;
            if (!units.contains(unit))
                units.append(unit);
        }
        QVariant shownQuantity() const { return units.size() <= 1 ? QVariant(quantity) : QVariant(); }
        QString shownUnit() const { return units.size() == 1 ? units.constFirst() : QString(); }
    };
    QString current;
    Sum subtotal;
    Sum total;
    bool any = false;
    auto closeGroup = [&]() {
        if (any)
            t.rows.append({QStringLiteral("subtotal"), QString(), QString(), QString(), current,
                           subtotal.shownQuantity(), subtotal.shownUnit()});
    };
    QSqlQuery &r = q.value();
    while (r.next()) {
        const QString code = r.value(0).toString();
        if (!any || code != current) {
            closeGroup();
            current = code;
            subtotal = {};
            any = true;
        }
        const qint64 qty = r.value(4).toLongLong();
        const QString unit = r.value(5).toString();
        subtotal.add(qty, unit);
        total.add(qty, unit);
        t.rows.append({QStringLiteral("item"), r.value(1).toString(), r.value(2).toString(),
                       r.value(3).toString(), code, qty, unit});
    }
    closeGroup();
    t.totals = {QStringLiteral("total"), QString(),        QString(), QString(), QString(),
                total.shownQuantity(),   total.shownUnit()};
    return t;
}

} // namespace

ReportDefinition stockOnHandReport()
{
    ReportDefinition d;
    d.name = QStringLiteral("stock-on-hand");
    d.title = QT_TRANSLATE_NOOP("Stockbook", "Stock on hand");
    d.filters = {QStringLiteral("warehouse"), QStringLiteral("category"), QStringLiteral("supplier")};
    d.columns = {{QStringLiteral("kind"), nullptr, ReportColumnText::RowKind},
                 {QStringLiteral("sku")},
                 {QStringLiteral("name")},
                 {QStringLiteral("category")},
                 {QStringLiteral("warehouse")},
                 {QStringLiteral("quantity")},
                 {QStringLiteral("unit")}};
    d.run = &run;
    return d;
}

} // namespace stockbook::reports
