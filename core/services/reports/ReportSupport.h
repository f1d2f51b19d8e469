// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

// Helpers shared by the report implementations (not a public interface).

#include "Result.h"
#include "Tr.h"
#include "storage/Database.h"
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

} // namespace stockbook::reports
