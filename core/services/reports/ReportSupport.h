// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

// SQL helpers of the reports, without permission checks: private to core.
#ifndef STOCKBOOK_CORE_PRIVATE
#error "ReportSupport.h is private to core: use a service (see CONTRIBUTING.md)"
#endif

// Helpers shared by the report implementations (not a public interface).

#include "Result.h"
#include "Tr.h"
#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QDate>
#include <QSqlQuery>
#include <QVariant>

namespace stockbook::reports {

inline Result<QSqlQuery> select(storage::Database &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return storage::errorFromSql(q.lastError());
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return storage::errorFromSql(q.lastError());
    return q;
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

} // namespace stockbook::reports
