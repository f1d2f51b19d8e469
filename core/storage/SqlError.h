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

// Classifies a driver error: constraint kind (with the constraint's text in
// Error::field, e.g. "products.sku" or "ck_products_price"), damage, busy, or
// a generic Sql error. The message says which rule was broken.
Error errorFromSql(const QSqlError &error, const QString &context = {});

} // namespace stockbook::storage
