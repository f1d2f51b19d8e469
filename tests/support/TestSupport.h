// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"
#include "security/keys/SecretBytes.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <QVariant>

#include <initializer_list>
#include <memory>

// REQUIRE_OK(result): fails with the error's message and detail.
#define REQUIRE_OK(expr)                                                                                     \
    do {                                                                                                     \
        const auto &stockbook_result_ = (expr);                                                              \
        if (!stockbook_result_.ok()) {                                                                       \
            FAIL("error: " << stockbook_result_.error().message.toStdString() << " ["                        \
                           << stockbook_result_.error().detail.toStdString() << "]");                        \
        }                                                                                                    \
    } while (false)

#define REQUIRE_ERROR(expr, expectedCode)                                                                    \
    do {                                                                                                     \
        const auto &stockbook_result_ = (expr);                                                              \
        REQUIRE_FALSE(stockbook_result_.ok());                                                               \
        INFO("message: " << stockbook_result_.error().message.toStdString() << " ["                          \
                         << stockbook_result_.error().detail.toStdString() << "]");                          \
        REQUIRE(stockbook_result_.error().code == (expectedCode));                                           \
    } while (false)

namespace stockbook::test {

// A fresh, migrated, encrypted database in its own temporary folder.
struct TempDatabase {
    QTemporaryDir dir;
    SecretBytes key = SecretBytes::random(32);
    QString path = dir.filePath(QStringLiteral("company.stockbook"));
    std::unique_ptr<storage::Database> db;

    explicit TempDatabase(bool migrated = true)
    {
        REQUIRE(dir.isValid());
        auto opened = migrated ? storage::Database::create(path, key)
                               : storage::Database::openUnmigrated(path, key, true);
        REQUIRE_OK(opened);
        db = std::move(opened).value();
    }

    void close() { db.reset(); }
};

// Runs one statement with positional values; fails the test with the SQL error.
inline QSqlQuery exec(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values = {})
{
    QSqlQuery q(db);
    REQUIRE(q.prepare(sql));
    for (const QVariant &v : values)
        q.addBindValue(v);
    INFO(sql.toStdString() << " -> " << q.lastError().text().toStdString());
    REQUIRE(q.exec());
    return q;
}

// Runs one statement and returns the error (invalid QSqlError when it succeeded).
inline QSqlError tryExec(const QSqlDatabase &db, const QString &sql,
                         std::initializer_list<QVariant> values = {})
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return q.lastError();
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.exec();
    return q.lastError();
}

} // namespace stockbook::test
