// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

// SQL helpers of the reports, without permission checks: private to core.
#ifndef STOCKBOOK_CORE_PRIVATE
#error "ReportSupport.h is private to core: use a service (see CONTRIBUTING.md)"
#endif

// Helpers shared by the report implementations (not a public interface).

#include "Clock.h"
#include "Result.h"
#include "Tr.h"
#include "domain/Stock.h"
#include "services/CompanySession.h"
#include "services/ServiceSupport.h"
#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/SqlError.h"

#include <QDate>
#include <QSqlQuery>
#include <QVariant>

namespace stockbook::reports {

// Database::query, handing back the statement for the reports' reads by
// position (their row loops are tuned; see RowStream for the large ones).
inline Result<QSqlQuery> select(storage::Database &db, const QString &sql, const QVariantList &values)
{
    auto q = db.query(sql, values);
    if (!q.ok())
        return q.error();
    return std::move(q.value()).takeSqlQuery();
}

// The id of the row whose `column` matches `value` (NOCASE), or 0 when the
// value is empty; NotFound with `field` when nothing matches.
inline Result<qint64> idOf(storage::Database &db, const QString &sql, const QString &value,
                           const QString &field, const QString &message)
{
    if (value.trimmed().isEmpty())
        return qint64(0);
    auto q = select(db, sql, {value.trimmed()});
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::NotFound, message.arg(value.trimmed()), field);
    return q.value().value(0).toLongLong();
}

inline QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

// Statuses that count as issued (not draft, not void), as an SQL list.
inline constexpr const char *issuedStatuses = "('posted', 'partly_paid', 'paid')";

// Sign of an issued sales document: +1 sale, -1 credit note.
inline constexpr const char *signSql = "(CASE WHEN i.type = 'credit_note' THEN -1 ELSE 1 END)";

// Balance of a sale: total - paid - its non-void credit notes.
inline constexpr const char *balanceSql =
    "i.total_amount - i.paid_amount - COALESCE((SELECT SUM(cn.total_amount) FROM invoices cn "
    "WHERE cn.credit_of_invoice_id = i.id AND cn.status <> 'void'), 0)";

inline QDate orToday(const QDate &date)
{
    return date.isValid() ? date : localToday();
}

inline Result<void> checkPeriod(const QDate &from, const QDate &to)
{
    if (from > to)
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("The period starts after it ends; swap the dates."), QStringLiteral("from"));
    return {};
}

// The check every report starts with: permission report.view, a refusal
// audited with the report's name.
inline Result<void> allow(CompanySession &company, const QString &report)
{
    return authorize(company, Permission::ReportView, QStringLiteral("report.view"), report);
}

// Lookups of the filters that name a row, for idOf.
inline QString warehouseSql(const storage::Database &db)
{
    return QStringLiteral("SELECT id FROM warehouses WHERE ")
        + storage::dialectOf(db).equalsNocase(QStringLiteral("code"));
}
inline QString categorySql(const storage::Database &db)
{
    return QStringLiteral("SELECT id FROM categories WHERE ")
        + storage::dialectOf(db).equalsNocase(QStringLiteral("name"));
}
inline QString supplierSql()
{
    return QStringLiteral("SELECT id FROM suppliers WHERE lower(email) = lower(?)");
}

// The filters' ids (0 for an empty filter), each with its one wording when
// nothing matches.
inline Result<qint64> warehouseIdOf(storage::Database &db, const QString &code)
{
    return idOf(db, warehouseSql(db), code, QStringLiteral("warehouse"),
                noSuchWarehouse(QStringLiteral("%1")).message);
}

inline Result<qint64> categoryIdOf(storage::Database &db, const QString &name)
{
    return idOf(db, categorySql(db), name, QStringLiteral("category"), Tr::tr("There is no category %1."));
}

inline Result<qint64> supplierIdOf(storage::Database &db, const QString &email)
{
    return idOf(db, supplierSql(), email, QStringLiteral("supplier"),
                Tr::tr("There is no supplier with the e-mail %1."));
}
inline QString productSql(const storage::Database &db)
{
    return QStringLiteral("SELECT id FROM products WHERE ")
        + storage::dialectOf(db).equalsNocase(QStringLiteral("sku"));
}

} // namespace stockbook::reports
