// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
//
// top-products and top-customers: issued sales lines (credit notes netted)
// summed per product or customer, ranked by revenue or quantity.
#include "services/reports/ReportRegistry.h"
#include "services/reports/ReportSupport.h"
#include "storage/RowStream.h"

#include <QHash>

#include <algorithm>

namespace stockbook::reports {

namespace {

Result<ReportTable> top(CompanySession &company, const QString &name, bool byCustomer, const ReportFilters &f)
{
    if (auto ok = allow(company, name); !ok.ok())
        return ok.error();
    const QDate to = orToday(f.to);
    const QDate from = f.from.isValid() ? f.from : QDate(to.year(), 1, 1);
    if (auto ok = checkPeriod(from, to); !ok.ok())
        return ok.error();
    const QString by = f.by.isEmpty() ? QStringLiteral("revenue") : f.by;
    if (by != QLatin1String("revenue") && by != QLatin1String("quantity"))
        return makeError(ErrorCode::InvalidArgument, Tr::tr("Rank by revenue or quantity, not %1.").arg(by),
                         QStringLiteral("by"));
    if (f.limit < 1 || f.limit > 100000)
        return makeError(ErrorCode::InvalidArgument, Tr::tr("The limit is a whole number from 1 to 100000."),
                         QStringLiteral("limit"));
    // SQLite groups by sorting every line first (a second on a year of a
    // large shop's lines); the lines instead stream from the covering indexes
    // in invoice order and are summed here in a hash, and only the groups are
    // named, ranked and cut.
    const QString sql =
        QStringLiteral(
            "SELECT %1, %2 * ii.quantity, %2 * ii.line_net FROM invoices i "
            "JOIN invoice_items ii ON ii.invoice_id = i.id WHERE i.type IN ('sale', 'credit_note') "
            "AND i.status IN %3 AND i.issue_date >= ? AND i.issue_date <= ?")
            .arg(byCustomer ? QLatin1String("i.customer_id") : QLatin1String("ii.product_id"),
                 QLatin1String(signSql), QLatin1String(issuedStatuses));
    auto q = storage::RowStream::open(company.database(), sql, {isoDate(from), isoDate(to)});
    if (!q.ok())
        return q.error();
    struct Group {
        qint64 id = 0;
        qint64 quantity = 0;
        qint64 revenue = 0;
        QString key;      // sku, or the customer's name
        QStringList text; // the named columns
    };
    QHash<qint64, qsizetype> index;
    QList<Group> groups;
    storage::RowStream &lines = q.value();
    while (lines.next()) {
        const qint64 id = lines.integer(0);
        auto it = index.constFind(id);
        if (it == index.constEnd()) {
            it = index.insert(id, groups.size());
            groups.append(Group{id, 0, 0, {}, {}});
        }
        Group &g = groups[*it];
        g.quantity += lines.integer(1);
        g.revenue += lines.integer(2);
    }
    if (auto failed = lines.error(); !failed.ok())
        return failed.error();
    auto names = select(company.database(),
                        byCustomer ? QStringLiteral("SELECT id, name, COALESCE(email, ''), '' FROM customers")
                                   : QStringLiteral("SELECT id, sku, name, unit FROM products"),
                        {});
    if (!names.ok())
        return names.error();
    for (QSqlQuery &r = names.value(); r.next();) {
        const auto it = index.constFind(r.value(0).toLongLong());
        if (it == index.constEnd())
            continue;
        Group &g = groups[*it];
        g.key = r.value(1).toString();
        g.text = {g.key, r.value(2).toString(), r.value(3).toString()};
    }
    // A group whose product or customer is gone has no name and no place.
    groups.removeIf([](const Group &g) { return g.text.isEmpty(); });
    const bool byRevenue = by == QLatin1String("revenue");
    const auto before = [byRevenue](const Group &a, const Group &b) {
        const qint64 a1 = byRevenue ? a.revenue : a.quantity, b1 = byRevenue ? b.revenue : b.quantity;
        if (a1 != b1)
            return a1 > b1;
        const qint64 a2 = byRevenue ? a.quantity : a.revenue, b2 = byRevenue ? b.quantity : b.revenue;
        if (a2 != b2)
            return a2 > b2;
        if (a.key != b.key)
            return a.key < b.key;
        return a.id < b.id; // two customers of the same name: the rows come in no fixed order
    };
    const qsizetype kept = std::min<qsizetype>(groups.size(), f.limit);
    std::partial_sort(groups.begin(), groups.begin() + kept, groups.end(), before);
    groups.resize(kept);
    ReportTable t;
    t.name = name;
    if (byCustomer) {
        t.columns = {QStringLiteral("rank"), QStringLiteral("customer"), QStringLiteral("email"),
                     QStringLiteral("quantity"), QStringLiteral("revenue")};
    } else {
        t.columns = {QStringLiteral("rank"), QStringLiteral("sku"),      QStringLiteral("name"),
                     QStringLiteral("unit"), QStringLiteral("quantity"), QStringLiteral("revenue")};
    }
    t.quantityColumns = {int(t.columns.size()) - 2};
    t.moneyColumns = {int(t.columns.size()) - 1};
    t.filters = {{QStringLiteral("from"), isoDate(from)},
                 {QStringLiteral("to"), isoDate(to)},
                 {QStringLiteral("by"), by},
                 {QStringLiteral("limit"), f.limit}};
    qint64 rank = 0;
    for (const Group &g : std::as_const(groups)) {
        ++rank;
        if (byCustomer)
            t.rows.append({rank, g.text.at(0), g.text.at(1), g.quantity, g.revenue});
        else
            t.rows.append({rank, g.text.at(0), g.text.at(1), g.text.at(2), g.quantity, g.revenue});
    }
    return t;
}

Result<ReportTable> topProducts(CompanySession &company, const ReportFilters &filters)
{
    return top(company, QStringLiteral("top-products"), false, filters);
}

Result<ReportTable> topCustomers(CompanySession &company, const ReportFilters &filters)
{
    return top(company, QStringLiteral("top-customers"), true, filters);
}

ReportChartSpec ranking(const char *title, const QString &label)
{
    ReportChartSpec chart;
    chart.kind = ReportChartKind::Ranking;
    chart.title = title;
    chart.label = label;
    chart.values = {QStringLiteral("revenue"), QStringLiteral("quantity")};
    chart.valueFilter = QStringLiteral("by");
    return chart;
}

} // namespace

ReportDefinition topProductsReport()
{
    ReportDefinition d;
    d.name = QStringLiteral("top-products");
    d.title = QT_TRANSLATE_NOOP("Stockbook", "Top products");
    d.filters = {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("by"), QStringLiteral("limit")};
    d.columns = {{QStringLiteral("rank")}, {QStringLiteral("sku")},      {QStringLiteral("name")},
                 {QStringLiteral("unit")}, {QStringLiteral("quantity")}, {QStringLiteral("revenue")}};
    d.chart = ranking(QT_TRANSLATE_NOOP("Stockbook", "Top products"), QStringLiteral("name"));
    d.run = &topProducts;
    return d;
}

ReportDefinition topCustomersReport()
{
    ReportDefinition d;
    d.name = QStringLiteral("top-customers");
    d.title = QT_TRANSLATE_NOOP("Stockbook", "Top customers");
    d.filters = {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("by"), QStringLiteral("limit")};
    d.columns = {{QStringLiteral("rank")},
                 {QStringLiteral("customer")},
                 {QStringLiteral("email")},
                 {QStringLiteral("quantity")},
                 {QStringLiteral("revenue")}};
    d.chart = ranking(QT_TRANSLATE_NOOP("Stockbook", "Top customers"), QStringLiteral("customer"));
    d.run = &topCustomers;
    return d;
}

} // namespace stockbook::reports
