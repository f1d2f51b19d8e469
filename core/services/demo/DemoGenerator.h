// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"
#include "security/keys/SecretBytes.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <vector>

namespace stockbook {

enum class DemoSize {
    Small, // hundreds of products, a few thousand invoices: explore every screen
    Large, // 10,000 products, 1,000 customers, 200,000 posted sales (~1,000,000 lines)
};

struct DemoLogin {
    QString username;
    QString role;
    SecretBytes password;
};

struct DemoSummary {
    std::vector<DemoLogin> logins; // admin, manager and clerk
    SecretBytes recoveryKey;
    qint64 products = 0;
    qint64 customers = 0;
    qint64 suppliers = 0;
    qint64 sales = 0;
    qint64 saleLines = 0;
    qint64 purchases = 0;
    qint64 payments = 0;
    qint64 voids = 0;
    qint64 creditNotes = 0;
};

// (stage, done, total). Returns false to cancel: the half-made company is
// then removed.
using DemoProgress = std::function<bool(const QString &stage, qint64 done, qint64 total)>;

// A complete demo company made through the same services a user calls
// (users, catalog, partners, warehouses MAIN and BACK, purchases, sales over
// the last twelve months, payments, voids, credit notes, a transfer and a
// stocktake), so everything in it obeys the rules the services enforce. The
// data follow a fixed seed, so two runs give the same company (apart from
// the generated passwords and the key). Fails with FileExists when the path
// is taken; removes what it made when it fails or is cancelled.
class DemoGenerator {
public:
    static Result<DemoSummary> create(const QString &path, DemoSize size, const DemoProgress &progress = {});

    // The same demo company as a new database dbName on a PostgreSQL server,
    // from a superuser's connection to its "postgres" database: made as a
    // file in a private temporary folder, moved onto the server by its
    // administrator (MigrationService::toServer), every other demo login
    // given on the server the password in the summary, and the file
    // removed. A server keeps no key file, so the summary has no recovery
    // key. Refuses (FileExists) before making anything when the database or
    // a login of the demo's name exists on the server; the logins are
    // roles of the whole server, so one demo per server.
    static Result<DemoSummary> createOnServer(QSqlDatabase &superuserOnPostgresDb, const QString &dbName,
                                              DemoSize size, const DemoProgress &progress = {});
};

} // namespace stockbook
