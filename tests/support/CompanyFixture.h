// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "TestSupport.h"

#include "security/Kdf.h"
#include "services/AccountStore.h"
#include "services/CompanyService.h"
#include "services/UsersService.h"

#include <QMap>

namespace stockbook::test {

// A company in a temporary folder with three users (admin "anna", manager
// "max", clerk "cleo") and a cheap KDF. actAs() switches the open company's
// session to one of them, so a test can call services as each role without
// signing in again.
struct TestCompany {
    security::ScopedKdfCostForTesting cheapKdf;
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("shop.stockbook"));
    std::unique_ptr<CompanySession> company;
    QMap<QString, qint64> userIds; // role name -> user id

    TestCompany()
    {
        REQUIRE(dir.isValid());
        auto created = CompanyService::create(path, QStringLiteral("Corner Shop"), QStringLiteral("anna"),
                                              SecretBytes::copyOf(std::span<const std::uint8_t>(
                                                  reinterpret_cast<const std::uint8_t *>("correct horse battery staple 1"), 30)));
        REQUIRE_OK(created);
        company = std::move(created->company);
        userIds.insert(QStringLiteral("admin"), company->session().userId());
        for (const auto &[name, role] : {std::pair{QStringLiteral("max"), QStringLiteral("manager")},
                                         std::pair{QStringLiteral("cleo"), QStringLiteral("clerk")}}) {
            auto temp = UsersService(*company).create({name, role, {}, {}});
            REQUIRE_OK(temp);
            auto row = AccountStore(company->database()).userByName(name);
            REQUIRE_OK(row);
            userIds.insert(role, row->id);
        }
    }

    // "admin", "manager" or "clerk".
    Session &actAs(const QString &role, const Clock &clock = systemClock())
    {
        REQUIRE(userIds.contains(role));
        auto session = AccountStore(company->database()).sessionFor(userIds.value(role), clock);
        REQUIRE_OK(session);
        session->setMustChangePassword(false);
        company->setSession(std::move(session).value());
        return company->session();
    }

    storage::Database &db() { return company->database(); }
    QSqlDatabase sql() { return company->database().connection(); }
};

} // namespace stockbook::test
