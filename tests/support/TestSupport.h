// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"
#include "security/SecretBytes.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <QString>
#include <QTemporaryDir>

#include <memory>

// REQUIRE_OK(result): fails with the error's message and detail.
#define REQUIRE_OK(expr)                                                                          \
    do {                                                                                          \
        const auto &stockbook_result_ = (expr);                                                   \
        if (!stockbook_result_.ok()) {                                                            \
            FAIL("error: " << stockbook_result_.error().message.toStdString() << " ["             \
                           << stockbook_result_.error().detail.toStdString() << "]");             \
        }                                                                                         \
    } while (false)

#define REQUIRE_ERROR(expr, expectedCode)                                                         \
    do {                                                                                          \
        const auto &stockbook_result_ = (expr);                                                   \
        REQUIRE_FALSE(stockbook_result_.ok());                                                    \
        INFO("message: " << stockbook_result_.error().message.toStdString() << " ["               \
                         << stockbook_result_.error().detail.toStdString() << "]");               \
        REQUIRE(stockbook_result_.error().code == (expectedCode));                                \
    } while (false)

namespace stockbook::test {

// A fresh, migrated, encrypted database in its own temporary folder.
struct TempDatabase {
    QTemporaryDir dir;
    SecretBytes key = SecretBytes::random(32);
    QString path = dir.filePath(QStringLiteral("company.stockbook"));
    std::unique_ptr<storage::Database> db;

    TempDatabase()
    {
        REQUIRE(dir.isValid());
        auto created = storage::Database::create(path, key);
        REQUIRE_OK(created);
        db = std::move(created).value();
    }
};

} // namespace stockbook::test
