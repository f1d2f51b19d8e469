// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

class QSqlDatabase;

namespace stockbook::storage {

class Database;

struct Migration {
    int version = 0; // NNNN of schema/NNNN_name.sql
    QString name;    // file name, for messages
    QByteArray sql;
};

// Applies numbered SQL migrations in order, each in one transaction that also
// sets PRAGMA user_version, so a failing migration leaves the file at the
// version it had before.
class Migrator {
public:
    // The migrations compiled into the program from schema/*.sql.
    static QList<Migration> builtin();

    // Reads NNNN_*.sql files from a folder (tests, tools).
    static Result<QList<Migration>> fromDirectory(const QString &dir);

    // Applies those with version > the file's user_version. Refuses a file
    // whose user_version is above the last migration given (NewerSchema).
    // Returns the number applied.
    static Result<int> apply(Database &db, const QList<Migration> &migrations);

    // A company on a PostgreSQL server (schema/postgres/NNNN_name.sql, the same
    // numbers and names as schema/). The version is the highest row of
    // schema_migrations (version, name, applied_at), 0 while that table is
    // missing.
    static QList<Migration> builtinPostgres();

    // Applies those with version > the database's, on an open QPSQL
    // connection, each in one transaction together with its schema_migrations
    // row, so a failing migration leaves the database at the version it had.
    // Refuses a database whose version is above the last migration given
    // (NewerSchema). Several workstations may call it at once: an advisory
    // lock lets one apply each migration and the others skip it. Returns the
    // number applied by this call.
    static Result<int> applyPostgres(QSqlDatabase &connection, const QList<Migration> &migrations);

    // The schema version of the database on an open QPSQL connection.
    static Result<int> postgresVersion(QSqlDatabase &connection);
};

} // namespace stockbook::storage
