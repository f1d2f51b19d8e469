// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
//
// ReportService: invoice-based reports (sales, purchases, top lists, aging,
// dashboard).
#include "services/reports/ReportService.h"

#include "services/CompanySession.h"
#include "services/reports/ReportSupport.h"
#include "storage/RowStream.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace stockbook {

using reports::idOf;
using reports::isoDate;
using reports::select;

namespace {

// Balance of a sale: total - paid - its non-void credit notes.
const char *const BalanceSql =
    "i.total_amount - i.paid_amount - COALESCE((SELECT SUM(cn.total_amount) FROM invoices cn "
    "WHERE cn.credit_of_invoice_id = i.id AND cn.status <> 'void'), 0)";

// Sign of an issued sales document: +1 sale, -1 credit note.
const char *const SignSql = "(CASE WHEN i.type = 'credit_note' THEN -1 ELSE 1 END)";

QDate orToday(const QDate &date)
{
    return date.isValid() ? date : QDate::currentDate();
}

Result<void> checkPeriod(const QDate &from, const QDate &to)
{
    if (from > to)
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("The period starts after it ends; swap the dates."), QStringLiteral("from"));
    return {};
}

} // namespace

Result<ReportTable> ReportService::sales(const ReportFilters &filters)
{
    return invoiceTotals(QStringLiteral("sales"), true, filters);
}

Result<ReportTable> ReportService::purchases(const ReportFilters &filters)
{
    return invoiceTotals(QStringLiteral("purchases"), false, filters);
}

Result<ReportTable> ReportService::invoiceTotals(const QString &name, bool salesReport,
                                                 const ReportFilters &f)
{
    if (auto ok = allow(name); !ok.ok())
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
        key = QStringLiteral(
            "date(i.issue_date, '-' || ((CAST(strftime('%w', i.issue_date) AS INTEGER) + 6) % 7) "
            "|| ' days')");
    else if (period == QLatin1String("month"))
        key = QStringLiteral("substr(i.issue_date, 1, 7)");
    else
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("The period is day, week or month, not %1.").arg(period),
                         QStringLiteral("period"));
    const QString types = salesReport ? QStringLiteral("('sale', 'credit_note')")
                                      : QStringLiteral("('purchase')");
    auto q = select(
        m_company.database(),
        QStringLiteral("SELECT %1 AS k, SUM(i.type <> 'credit_note'), SUM(i.type = 'credit_note'), "
                       "SUM(%2 * i.subtotal), SUM(%2 * i.tax_amount), SUM(%2 * i.total_amount) "
                       "FROM invoices i WHERE i.type IN %3 AND i.status IN %4 "
                       "AND i.issue_date >= ? AND i.issue_date <= ? GROUP BY k ORDER BY k")
            .arg(key, QLatin1String(SignSql), types, QLatin1String(reports::issuedStatuses)),
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

Result<ReportTable> ReportService::topProducts(const ReportFilters &filters)
{
    return top(QStringLiteral("top-products"), false, filters);
}

Result<ReportTable> ReportService::topCustomers(const ReportFilters &filters)
{
    return top(QStringLiteral("top-customers"), true, filters);
}

Result<ReportTable> ReportService::top(const QString &name, bool byCustomer, const ReportFilters &f)
{
    if (auto ok = allow(name); !ok.ok())
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
                 QLatin1String(SignSql), QLatin1String(reports::issuedStatuses));
    auto q = storage::RowStream::open(m_company.database(), sql, {isoDate(from), isoDate(to)});
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
    auto names = select(m_company.database(),
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
        return a.key < b.key;
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

Result<ReportTable> ReportService::aging(const ReportFilters &f)
{
    if (auto ok = allow(QStringLiteral("aging")); !ok.ok())
        return ok.error();
    storage::Database &db = m_company.database();
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
                        .arg(QLatin1String(BalanceSql)),
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

Result<ReportTable> ReportService::dashboard(const ReportFilters &f)
{
    if (auto ok = allow(QStringLiteral("dashboard")); !ok.ok())
        return ok.error();
    storage::Database &db = m_company.database();
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
        QStringLiteral("SELECT i.issue_date, SUM(%1 * i.total_amount), SUM(i.type = 'sale') "
                       "FROM invoices i WHERE i.type IN ('sale', 'credit_note') AND i.status IN %2 "
                       "AND i.issue_date >= ? AND i.issue_date <= ? GROUP BY i.issue_date")
            .arg(QLatin1String(SignSql), QLatin1String(reports::issuedStatuses)),
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
                       "AND i.issue_date <= ? AND i.due_date < ?) WHERE b > 0")
            .arg(QLatin1String(BalanceSql)),
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

} // namespace stockbook
