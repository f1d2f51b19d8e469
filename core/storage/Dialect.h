// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"
#include "storage/Database.h"
#include "storage/Query.h"

#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace stockbook::storage {

// Where a company's data lives: the encrypted file (SQLCipher, SQLite 3.15)
// or a PostgreSQL server.
using Engine = Database::Engine;

// The declared kind of a column, where SQLite's storage class of a value is asked.
enum class ColumnClass { Integer, Text, Blob };

// The few pieces of SQL that differ between the two engines, written once.
// Every other statement in core is plain SQL both engines read alike; a
// statement that needs one of these asks the Database it runs on:
//
//     const Dialect sql = dialectOf(db);
//     db.query(u"SELECT id FROM warehouses WHERE "_s + sql.equalsNocase(u"code"_s), {code});
class Dialect {
public:
    constexpr explicit Dialect(Engine engine = Engine::SQLite) : m_engine(engine) { }
    Engine engine() const { return m_engine; }
    bool isPostgres() const { return m_engine == Engine::Postgres; }

    // The pattern operator that ignores case: LIKE on SQLite (which folds
    // ASCII letters only), ILIKE on PostgreSQL. Patterns use '\' as ESCAPE.
    QString likeNocase() const;
    // expr as a key that sorts and compares without case.
    QString nocase(const QString &expr) const;
    // "column = ?" comparing without case.
    QString equalsNocase(const QString &column) const;
    // A case-sensitive prefix match of column against the bound pattern that
    // prefixPattern() makes (GLOB on SQLite, LIKE on PostgreSQL).
    QString prefixMatch(const QString &column) const;
    QString prefixPattern(const QString &prefix) const;
    // The Monday of the week of an ISO date column, as 'YYYY-MM-DD' text.
    QString mondayOf(const QString &dateColumn) const;
    // INSERT of columns into table that replaces the row with the same key
    // (SQLite 3.15 has no UPSERT: INSERT OR REPLACE there).
    QString insertOrReplace(const QString &table, const QStringList &columns, const QStringList &key) const;
    // INSERT that does nothing when a row with the same key exists.
    QString insertOrIgnore(const QString &table, const QStringList &columns, const QStringList &key) const;
    // An INSERT that hands back the new row's id: unchanged on SQLite (the id
    // is the driver's lastInsertId), "... RETURNING id" on PostgreSQL, whose
    // tables have no row ids for the driver to report.
    QString returningId(const QString &insertSql) const;
    // SQLite's typeof(column): 'null', 'integer', 'real', 'text' or 'blob'. A
    // server column holds only its declared kind, or NULL.
    QString storageClass(const QString &column, ColumnClass kind) const;
    // column ordered by its bytes (UTF-8), whatever the database's collation.
    QString bytewise(const QString &column) const;
    // An ORDER BY term of expr in which NULL sorts as the smallest value, as
    // SQLite sorts it: first ascending, last descending (PostgreSQL sorts
    // NULL as the largest unless told).
    QString orderNullsLowest(const QString &expr, bool ascending) const;
    // The table of user ids and names that a list joins for its "by" column:
    // users on the file; on a server the view user_names, since a clerk may
    // not read the users table there.
    QString userNames() const;
    // The new row's id after such an INSERT ran.
    qint64 insertedId(QSqlQuery &executed) const;
    qint64 insertedId(Query &executed) const;

private:
    Engine m_engine;
};

// The dialect of the connection db holds.
Dialect dialectOf(const Database &db);

// Runs an INSERT built with Dialect::returningId() and gives the new row's id.
Result<qint64> insertReturningId(const Database &db, const QString &insertSql, const QVariantList &values);

} // namespace stockbook::storage
