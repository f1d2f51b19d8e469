// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "TestSupport.h"

#include "security/keys/Kdf.h"
#include "services/accounts/AccountStore.h"
#include "services/accounts/CompanyService.h"
#include "services/accounts/UsersService.h"

#include <QMap>

#include <cstring>

namespace stockbook::test {

// A password as the KDF takes it (ASCII needs no normalisation).
inline SecretBytes password(const char *text)
{
    return SecretBytes::copyOf({reinterpret_cast<const std::uint8_t *>(text), std::strlen(text)});
}

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

    static SecretBytes password()
    {
        static constexpr char text[] = "correct horse battery staple 1";
        return SecretBytes::copyOf({reinterpret_cast<const std::uint8_t *>(text), sizeof text - 1});
    }

    TestCompany()
    {
        REQUIRE(dir.isValid());
        auto created = CompanyService::create(path, QStringLiteral("Corner Shop"), QStringLiteral("anna"),
                                              password());
        REQUIRE_OK(created);
        company = std::move(created->company);
        // Tests do not need commits to wait for the disk; this keeps the
        // service tests fast on a busy machine.
        REQUIRE_OK(company->database().setBulkLoad(true));
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
