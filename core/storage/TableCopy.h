// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace stockbook::storage {

// Copies a company's rows from one database to another, on either engine:
// moving a company between a file and a server (MigrationService).
class TableCopy {
public:
    // The company's tables, each after the tables its foreign keys name.
    static const QStringList &companyTables();

    // Called after each batch of a table: the table, rows copied of it so far
    // and its row count.
    using Progress = std::function<void(const QString &table, qint64 done, qint64 total)>;

    // Empties every company table of `to` (the rows its migrations seeded)
    // and copies every row of `from` into it, ids and hashes unchanged, then
    // moves a server's id sequences past the copied ids. Both databases must
    // have the same tables with the same columns, and no other company table
    // than companyTables(): otherwise nothing is copied (InvalidState).
    //
    // Runs inside the caller's transaction on `to`. A copy is of rows that
    // already kept the rules, so the rules' triggers must not run again: the
    // caller turns them off first (on a server, as a superuser:
    // SET LOCAL session_replication_role = replica; on a file, foreign keys
    // off, and the file has no insert trigger that writes).
    // Returns the number of rows copied.
    //
    // leftOut names what stays behind: a table ("audit_checkpoints") copied
    // empty, or a column ("audit_logs.signature") copied as NULL.
    static Result<qint64> copyAll(const QSqlDatabase &from, QSqlDatabase &to, const QStringList &leftOut = {},
                                  const Progress &progress = {});
};

} // namespace stockbook::storage
