// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
//
// low-stock: active products at or below their reorder level, and how much
// to order.
#include "services/reports/ReportRegistry.h"
#include "services/reports/ReportSupport.h"

namespace stockbook::reports {

namespace {

Result<ReportTable> run(CompanySession &company, const ReportFilters &f)
{
    if (auto ok = allow(company, QStringLiteral("low-stock")); !ok.ok())
        return ok.error();
    storage::Database &db = company.database();
    auto cat = categoryIdOf(db, f.category);
    auto sup = supplierIdOf(db, f.supplier);
    for (const auto *r : {&cat, &sup})
        if (!r->ok())
            return r->error();
    auto q = select(
        db,
        QStringLiteral("SELECT p.sku, p.name, p.unit, p.quantity, p.reorder_level, "
                       "COALESCE(s.name, ''), COALESCE(s.email, '') FROM products p "
                       "LEFT JOIN suppliers s ON s.id = p.supplier_id "
                       "WHERE p.active = 1 AND p.reorder_level > 0 AND p.quantity <= p.reorder_level "
                       "AND (? = 0 OR p.category_id = ?) AND (? = 0 OR p.supplier_id = ?) "
                       "ORDER BY %1, p.id")
            .arg(storage::dialectOf(db).nocase(QStringLiteral("p.sku"))),
        {cat.value(), cat.value(), sup.value(), sup.value()});
    if (!q.ok())
        return q.error();
    ReportTable t;
    t.name = QStringLiteral("low-stock");
    t.columns = {QStringLiteral("sku"),      QStringLiteral("name"),          QStringLiteral("unit"),
                 QStringLiteral("quantity"), QStringLiteral("reorder_level"), QStringLiteral("to_order"),
                 QStringLiteral("supplier"), QStringLiteral("supplier_email")};
    t.quantityColumns = {3, 4, 5};
    t.filters = {{QStringLiteral("category"), f.category}, {QStringLiteral("supplier"), f.supplier}};
    QSqlQuery &r = q.value();
    while (r.next()) {
        const qint64 qty = r.value(3).toLongLong();
        const qint64 level = r.value(4).toLongLong();
        t.rows.append({r.value(0).toString(), r.value(1).toString(), r.value(2).toString(), qty, level,
                       level - qty + 1000, r.value(5).toString(), r.value(6).toString()});
    }
    return t;
}

} // namespace

ReportDefinition lowStockReport()
{
    ReportDefinition d;
    d.name = QStringLiteral("low-stock");
    d.title = QT_TRANSLATE_NOOP("Stockbook", "Low stock");
    d.filters = {QStringLiteral("category"), QStringLiteral("supplier")};
    d.columns = {{QStringLiteral("sku")},           {QStringLiteral("name")},
                 {QStringLiteral("unit")},          {QStringLiteral("quantity")},
                 {QStringLiteral("reorder_level")}, {QStringLiteral("to_order")},
                 {QStringLiteral("supplier")},      {QStringLiteral("supplier_email")}};
    d.run = &run;
    return d;
}

} // namespace stockbook::reports
