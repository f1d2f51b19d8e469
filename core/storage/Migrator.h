// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

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
};

} // namespace stockbook::storage
