// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "CompanyFixture.h"

#include "security/LoginState.h"
#include "security/keys/Crypto.h"
#include "security/keys/KeyVault.h"

using namespace stockbook;
using namespace stockbook::test;

namespace {

const char *const AnnaPassword = "correct horse battery staple 1";

struct UnlockFixture : TestCompany {
    QDateTime now = QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);
    Clock clock = [this] { return now; };

    Result<Session> authenticate(const QString &user, const SecretBytes &pass)
    {
        return CompanyService::authenticate(*company, user, pass, clock);
    }

    QStringList audit(const QString &likeAction)
    {
        QSqlQuery q(sql());
        q.prepare(QStringLiteral("SELECT action || '/' || COALESCE(username, '') FROM audit_logs "
                                 "WHERE action LIKE ? ORDER BY seq"));
        q.addBindValue(likeAction);
        REQUIRE(q.exec());
        QStringList rows;
        while (q.next())
            rows << q.value(0).toString();
        return rows;
    }

    QString value(const QString &sqlText)
    {
        QSqlQuery q(sql());
        REQUIRE(q.exec(sqlText));
        REQUIRE(q.next());
        return q.value(0).toString();
    }
};

} // namespace

TEST_CASE("authenticate proves a password against the open company and audits both outcomes")
{
    UnlockFixture f;
    auto wrong = f.authenticate(QStringLiteral("anna"), password("not the password"));
    REQUIRE_ERROR(wrong, ErrorCode::WrongPassword);
    CHECK(wrong.error().message == security::KeyVault::wrongPasswordError().message);
    // The database is open, so the failure is in the log at once.
    CHECK(f.audit(QStringLiteral("login.%")) == QStringList{QStringLiteral("login.failed/anna")});
    CHECK(f.company->session().username() == QStringLiteral("anna")); // the open session is untouched

    f.now = f.now.addSecs(5); // past the one-second delay after one failure
    auto right = f.authenticate(QStringLiteral("  ANNA "), password(AnnaPassword));
    REQUIRE_OK(right);
    CHECK(right->username() == QStringLiteral("anna"));
    CHECK(right->roleName() == QStringLiteral("admin"));
    CHECK(right->has(Permission::SettingsEdit));
    CHECK(right->lastActivity() == f.now);
    CHECK(f.audit(QStringLiteral("login.%"))
          == QStringList{QStringLiteral("login.failed/anna"), QStringLiteral("login.success/anna")});
    CHECK(f.value(QStringLiteral("SELECT changes FROM audit_logs WHERE action = 'login.success'"))
          == QStringLiteral("{\"via\":\"unlock\"}"));
}

TEST_CASE("authenticate is throttled like sign-in, per user name")
{
    UnlockFixture f;
    REQUIRE_ERROR(f.authenticate(QStringLiteral("anna"), password("wrong one")), ErrorCode::WrongPassword);
    REQUIRE_ERROR(f.authenticate(QStringLiteral("anna"), password("wrong two")), ErrorCode::Throttled);
    // 1 failure: 1 second to wait, at the same instant all of it.
    auto throttled = f.authenticate(QStringLiteral("anna"), password(AnnaPassword));
    REQUIRE_ERROR(throttled, ErrorCode::Throttled);
    CHECK(throttled.error().field == QStringLiteral("1"));
    // A throttled try is not a failure: it is not counted nor audited.
    CHECK(f.audit(QStringLiteral("login.failed")).size() == 1);

    f.now = f.now.addSecs(1);
    REQUIRE_OK(f.authenticate(QStringLiteral("anna"), password(AnnaPassword)));
    // Success clears the counter: a wrong try now waits 1 s again, not 2 s.
    REQUIRE_ERROR(f.authenticate(QStringLiteral("anna"), password("wrong three")), ErrorCode::WrongPassword);
    auto again = f.authenticate(QStringLiteral("anna"), password(AnnaPassword));
    REQUIRE_ERROR(again, ErrorCode::Throttled);
    CHECK(again.error().field == QStringLiteral("1"));
}

TEST_CASE("authenticate refuses a deactivated account after its password is proven")
{
    UnlockFixture f;
    auto temporary =
        UsersService(*f.company).create({QStringLiteral("dora"), QStringLiteral("clerk"), {}, {}});
    REQUIRE_OK(temporary);
    REQUIRE_OK(UsersService(*f.company).deactivate(QStringLiteral("dora")));

    auto refused = f.authenticate(QStringLiteral("dora"), temporary.value());
    REQUIRE_ERROR(refused, ErrorCode::AccountDeactivated);
    CHECK(refused.error().message.contains(QStringLiteral("dora")));
    CHECK(f.audit(QStringLiteral("login.%"))
          == QStringList{QStringLiteral("login.refused.deactivated/dora")});
}

TEST_CASE("Ten failed unlocks lock the account and the right password is then refused")
{
    UnlockFixture f;
    auto temporary =
        UsersService(*f.company).create({QStringLiteral("dora"), QStringLiteral("clerk"), {}, {}});
    REQUIRE_OK(temporary);
    for (int i = 0; i < 10; ++i) {
        f.now = f.now.addSecs(security::LoginState::MaxDelaySeconds); // never throttled
        REQUIRE_ERROR(f.authenticate(QStringLiteral("dora"), password("guess")), ErrorCode::WrongPassword);
    }
    CHECK(f.audit(QStringLiteral("account.lockout")) == QStringList{QStringLiteral("account.lockout/dora")});
    CHECK_FALSE(f.value(QStringLiteral("SELECT locked_until FROM users WHERE username = 'dora'")).isEmpty());

    f.now = f.now.addSecs(security::LoginState::MaxDelaySeconds);
    // Answered like a wrong password, so the lock tells nothing about the password.
    auto right = f.authenticate(QStringLiteral("dora"), temporary.value());
    REQUIRE_ERROR(right, ErrorCode::WrongPassword);
    f.now = f.now.addSecs(security::LoginState::MaxDelaySeconds);
    auto wrong = f.authenticate(QStringLiteral("dora"), password("guess"));
    REQUIRE_ERROR(wrong, ErrorCode::WrongPassword);
    CHECK(right.error().message == wrong.error().message);
    CHECK(f.audit(QStringLiteral("login.refused%"))
          == QStringList{QStringLiteral("login.refused.locked/dora")});
}

TEST_CASE("authenticate needs an open company")
{
    UnlockFixture f;
    f.company->signOut();
    REQUIRE_ERROR(f.authenticate(QStringLiteral("anna"), password(AnnaPassword)), ErrorCode::NotOpen);
}

TEST_CASE("The first-run profile sets the currency and the default tax rate, for admins only")
{
    UnlockFixture f;
    REQUIRE_OK(CompanyService::setUpProfile(*f.company, QStringLiteral("GBP"), 1750));
    CHECK(f.value(QStringLiteral("SELECT value FROM settings WHERE key = 'company.currency'"))
          == QStringLiteral("GBP"));
    CHECK(f.value(QStringLiteral("SELECT rate_bp FROM tax_rates WHERE is_default = 1"))
          == QStringLiteral("1750"));
    // The other rates keep their seed values (Reduced 7 %).
    CHECK(f.value(QStringLiteral("SELECT rate_bp FROM tax_rates WHERE name = 'Reduced'"))
          == QStringLiteral("700"));
    CHECK(f.audit(QStringLiteral("company.setup")) == QStringList{QStringLiteral("company.setup/anna")});

    auto lower = CompanyService::setUpProfile(*f.company, QStringLiteral("gbp"), 1750);
    REQUIRE_ERROR(lower, ErrorCode::InvalidArgument);
    CHECK(lower.error().field == QStringLiteral("currency"));
    auto rate = CompanyService::setUpProfile(*f.company, QStringLiteral("EUR"), 100001);
    REQUIRE_ERROR(rate, ErrorCode::InvalidArgument);
    CHECK(rate.error().field == QStringLiteral("tax_rate"));
    // An unknown currency and a rate above 100 % are refused; nothing changes.
    auto unknown = CompanyService::setUpProfile(*f.company, QStringLiteral("ZZZ"), 1750);
    REQUIRE_ERROR(unknown, ErrorCode::InvalidArgument);
    CHECK(unknown.error().field == QStringLiteral("currency"));
    CHECK(unknown.error().message.startsWith(QStringLiteral("ZZZ is not a known currency code.")));
    auto above = CompanyService::setUpProfile(*f.company, QStringLiteral("EUR"), 15000);
    REQUIRE_ERROR(above, ErrorCode::InvalidArgument);
    CHECK(above.error().field == QStringLiteral("tax_rate"));
    CHECK(f.value(QStringLiteral("SELECT rate_bp FROM tax_rates WHERE is_default = 1"))
          == QStringLiteral("1750"));

    f.actAs(QStringLiteral("clerk"));
    REQUIRE_ERROR(CompanyService::setUpProfile(*f.company, QStringLiteral("USD"), 0),
                  ErrorCode::PermissionDenied);
    CHECK(f.value(QStringLiteral("SELECT value FROM settings WHERE key = 'company.currency'"))
          == QStringLiteral("GBP"));
}

TEST_CASE("The library versions for the About box come from core")
{
    CHECK(storage::Database::cipherVersion().startsWith(QStringLiteral("3.")));
    CHECK(security::crypto::opensslVersion().startsWith(QStringLiteral("OpenSSL 3.")));
}
