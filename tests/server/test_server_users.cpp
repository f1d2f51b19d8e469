// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors

// Users of a company on a server, through the services: each is a login role
// whose password the server checks, given to it only as a SCRAM verifier;
// the first password is temporary and its owner changes it; deactivating
// shuts the login out at once.
#include "CompanyFixture.h"

#include <QSqlQuery>

using namespace stockbook;
using namespace stockbook::test;

namespace {

SecretBytes pw(const char *text)
{
    return SecretBytes::copyOf({reinterpret_cast<const std::uint8_t *>(text), std::strlen(text)});
}

// What the server stores as the login's password (the superuser reads it).
QString storedPassword(TestCompany &tc, const QString &login)
{
    QSqlQuery q(tc.sql());
    q.prepare(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = ?"));
    q.addBindValue(login);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toString();
}

bool canLogIn(TestCompany &tc, const QString &login)
{
    QSqlQuery q(tc.sql());
    q.prepare(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = ?"));
    q.addBindValue(login);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toBool();
}

QString urlFor(const TestCompany &tc, const QString &login)
{
    return QString(tc.path).replace(QStringLiteral("anna@"), login + u'@');
}

} // namespace

TEST_CASE("on a server a new user is a login with a temporary password, changed by its owner, and "
          "deactivating shuts it out")
{
    qputenv("STOCKBOOK_TEST_ENGINE", "postgres");
    TestCompany tc;
    REQUIRE(tc.cluster);

    auto temporary =
        UsersService(*tc.company).create({QStringLiteral("Carl"), QStringLiteral("clerk"), {}, {}});
    REQUIRE_OK(temporary);
    // The login is lower case, in the company's clerk group only, and the
    // server holds a SCRAM verifier, never the password.
    const QString stored = storedPassword(tc, QStringLiteral("carl"));
    CHECK(stored.startsWith(QStringLiteral("SCRAM-SHA-256$4096:")));
    CHECK_FALSE(stored.contains(QString::fromLatin1(reinterpret_cast<const char *>(temporary->data()),
                                                    qsizetype(temporary->size()))));
    {
        QSqlQuery q(tc.sql());
        REQUIRE(q.exec(
            QStringLiteral("SELECT string_agg(g.rolname, ',' ORDER BY g.rolname) FROM pg_auth_members m "
                           "JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member "
                           "WHERE u.rolname = 'carl'")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QStringLiteral("shop_clerk"));
    }

    // Carl signs in with the temporary password and must change it first.
    auto carl = CompanyService::signIn(urlFor(tc, QStringLiteral("carl")), QStringLiteral("carl"),
                                       *temporary);
    REQUIRE_OK(carl);
    CHECK(carl.value()->isServer());
    CHECK(carl.value()->session().username() == QStringLiteral("Carl"));
    REQUIRE_ERROR(carl.value()->session().require(Permission::InvoiceCreate),
                  ErrorCode::PasswordChangeRequired);
    REQUIRE_ERROR(UsersService(*carl.value())
                      .changeOwnPassword(pw("not the temporary one"), pw("violet tractor umbrella fjord")),
                  ErrorCode::WrongPassword);
    REQUIRE_ERROR(UsersService(*carl.value()).changeOwnPassword(*temporary, pw("password1234")),
                  ErrorCode::WeakPassword);
    REQUIRE_OK(
        UsersService(*carl.value()).changeOwnPassword(*temporary, pw("violet tractor umbrella fjord")));
    REQUIRE_OK(carl.value()->session().require(Permission::InvoiceCreate));
    CHECK(storedPassword(tc, QStringLiteral("carl")) != stored);
    carl.value().reset();

    // The new password works, the temporary one no longer; the row says the
    // password is his own now.
    REQUIRE_ERROR(
        CompanyService::signIn(urlFor(tc, QStringLiteral("carl")), QStringLiteral("carl"), *temporary),
        ErrorCode::WrongPassword);
    auto again = CompanyService::signIn(urlFor(tc, QStringLiteral("carl")), QStringLiteral("carl"),
                                        pw("violet tractor umbrella fjord"));
    REQUIRE_OK(again);
    CHECK_FALSE(again.value()->session().mustChangePassword());

    // Deactivated by the administrator: the open session is ended by the
    // server and a new sign-in is refused.
    REQUIRE_OK(UsersService(*tc.company).deactivate(QStringLiteral("carl")));
    CHECK_FALSE(canLogIn(tc, QStringLiteral("carl")));
    auto afterwards = again.value()->database().query(QStringLiteral("SELECT 1 AS one"));
    REQUIRE_ERROR(afterwards, ErrorCode::ConnectionLost);
    again.value().reset();
    REQUIRE_ERROR(CompanyService::signIn(urlFor(tc, QStringLiteral("carl")), QStringLiteral("carl"),
                                         pw("violet tractor umbrella fjord")),
                  ErrorCode::AccountDeactivated);

    // Reactivated and given a new temporary password by the administrator.
    REQUIRE_OK(UsersService(*tc.company).reactivate(QStringLiteral("carl")));
    CHECK(canLogIn(tc, QStringLiteral("carl")));
    auto reset = UsersService(*tc.company).resetPassword(QStringLiteral("carl"));
    REQUIRE_OK(reset);
    auto withReset = CompanyService::signIn(urlFor(tc, QStringLiteral("carl")), QStringLiteral("carl"),
                                            *reset);
    REQUIRE_OK(withReset);
    CHECK(withReset.value()->session().mustChangePassword());
}
