// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"

#include <QSqlError>

namespace stockbook::storage {

// SQLite extended result codes the driver reports in QSqlError::nativeErrorCode().
namespace sqlite_code {
constexpr int Corrupt = 11;
constexpr int NotADb = 26;
constexpr int Busy = 5;
constexpr int ConstraintCheck = 275;
constexpr int ConstraintForeignKey = 787;
constexpr int ConstraintNotNull = 1299;
constexpr int ConstraintPrimaryKey = 1555;
constexpr int ConstraintTrigger = 1811;
constexpr int ConstraintUnique = 2067;
} // namespace sqlite_code

int nativeCode(const QSqlError &error);

// Whether error comes from Qt's QPSQL driver (its nativeErrorCode() is the
// five-character SQLSTATE, or empty when the connection itself failed).
bool isPostgresError(const QSqlError &error);

// Classifies a driver error: constraint kind (with the constraint's text in
// Error::field, e.g. "products.sku" or "ck_products_price"), damage, busy, or
// a generic Sql error. The message says which rule was broken.
//
// A QPSQL error is classified by its SQLSTATE (errorFromPostgres).
Error errorFromSql(const QSqlError &error, const QString &context = {});

// The PostgreSQL side of errorFromSql: 23505 unique, 23503 foreign key, 23514
// check, 23502 not null (Error::field named as on SQLite: "table.column" or
// the constraint's name), P0001 a function's RAISE EXCEPTION (trigger kind),
// 40001/40P01 Conflict, 42501 PermissionDenied, 57P01-57P03 and 08xxx (or no
// state with the text of a closed connection) ConnectionLost.
Error errorFromPostgres(const QSqlError &error, const QString &context = {});

// The first line of a PostgreSQL error text without "ERROR:" and the
// SQLSTATE prefix of verbose messages.
QString postgresPrimaryMessage(const QString &text);

} // namespace stockbook::storage
