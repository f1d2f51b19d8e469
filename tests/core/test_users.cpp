// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "TestSupport.h"

#include "security/keys/Kdf.h"
#include "services/accounts/CompanyService.h"
#include "services/accounts/UsersService.h"

#include <cstring>

using namespace stockbook;
using namespace stockbook::test;

namespace {

SecretBytes pw(const char *text)
{
    return SecretBytes::copyOf({reinterpret_cast<const std::uint8_t *>(text), std::strlen(text)});
}

struct UsersFixture {
    security::ScopedKdfCostForTesting cheapKdf;
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("shop.stockbook"));

    UsersFixture()
    {
        auto created = CompanyService::create(path, QStringLiteral("Corner Shop"), QStringLiteral("anna"),
                                              pw("lantern-quiet-orbit-42"));
        REQUIRE_OK(created);
    }

    std::unique_ptr<CompanySession> signIn(const QString &user, const SecretBytes &password)
    {
        auto s = CompanyService::signIn(path, user, password);
        REQUIRE_OK(s);
        return std::move(s).value();
    }
    std::unique_ptr<CompanySession> admin()
    {
        return signIn(QStringLiteral("anna"), pw("lantern-quiet-orbit-42"));
    }

    // A user with a chosen password, as after the first sign-in.
    void addUser(const QString &name, const QString &role, const char *password)
    {
        SecretBytes temporary;
        {
            auto a = admin();
            auto t = UsersService(*a).create({name, role, {}, {}});
            REQUIRE_OK(t);
            temporary = std::move(t).value();
        }
        auto s = signIn(name, temporary);
        CHECK(s->session().mustChangePassword());
        REQUIRE_OK(UsersService(*s).changeOwnPassword(temporary, pw(password)));
    }

    qlonglong count(CompanySession &s, const QString &action)
    {
        QSqlQuery q = exec(s.database().connection(),
                           QStringLiteral("SELECT count(*) FROM audit_logs WHERE action = ?"), {action});
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }
};

} // namespace

TEST_CASE("an admin creates a user with a temporary password that must be changed first")
{
    UsersFixture f;
    SecretBytes temporary;
    {
        auto a = f.admin();
        auto t = UsersService(*a).create({QStringLiteral("carl"), QStringLiteral("clerk"),
                                          QStringLiteral("carl@shop.example"), QStringLiteral("Carl Clerk")});
        REQUIRE_OK(t);
        temporary = std::move(t).value();
        CHECK(temporary.size() == 23);
        auto listed = UsersService(*a).list();
        REQUIRE_OK(listed);
        REQUIRE(listed->size() == 2);
        CHECK(listed->at(1).username == QStringLiteral("carl"));
        CHECK(listed->at(1).mustChangePassword);
        CHECK(f.count(*a, QStringLiteral("user.create")) == 1);
    }
    auto carl = f.signIn(QStringLiteral("carl"), temporary);
    REQUIRE_ERROR(carl->session().require(Permission::InvoiceCreate), ErrorCode::PasswordChangeRequired);
    REQUIRE_ERROR(UsersService(*carl).changeOwnPassword(pw("not the temp password"),
                                                        pw("violet tractor umbrella fjord")),
                  ErrorCode::WrongPassword);
    REQUIRE_ERROR(UsersService(*carl).changeOwnPassword(temporary, pw("password1234")),
                  ErrorCode::WeakPassword);
    REQUIRE_OK(UsersService(*carl).changeOwnPassword(temporary, pw("violet tractor umbrella fjord")));
    REQUIRE_OK(carl->session().require(Permission::InvoiceCreate));
    carl.reset();
    auto again = f.signIn(QStringLiteral("carl"), pw("violet tractor umbrella fjord"));
    CHECK_FALSE(again->session().mustChangePassword());
    CHECK_FALSE(CompanyService::signIn(f.path, QStringLiteral("carl"), temporary).ok());
}

TEST_CASE("bad input names the field and the rule")
{
    UsersFixture f;
    auto a = f.admin();
    UsersService users(*a);
    auto noRole = users.create({QStringLiteral("x1"), QStringLiteral("boss"), {}, {}});
    REQUIRE_ERROR(noRole, ErrorCode::InvalidArgument);
    CHECK(noRole.error().field == QStringLiteral("role"));
    auto taken = users.create({QStringLiteral("ANNA"), QStringLiteral("clerk"), {}, {}});
    REQUIRE_ERROR(taken, ErrorCode::ConstraintUnique);
    CHECK(taken.error().message.contains(QStringLiteral("taken")));
    REQUIRE_ERROR(
        users.create({QStringLiteral("x2"), QStringLiteral("clerk"), QStringLiteral("not-an-email"), {}}),
        ErrorCode::ConstraintCheck);
    auto listed = users.list();
    REQUIRE_OK(listed);
    CHECK(listed->size() == 1);
}

TEST_CASE("the last active admin cannot be demoted or deactivated")
{
    UsersFixture f;
    f.addUser(QStringLiteral("bea"), QStringLiteral("admin"), "quiet-maple-harbor-31");
    auto a = f.admin();
    UsersService users(*a);
    REQUIRE_ERROR(users.deactivate(QStringLiteral("anna")), ErrorCode::InvalidArgument); // herself
    REQUIRE_OK(users.setRole(QStringLiteral("bea"), QStringLiteral("manager")));
    auto last = users.setRole(QStringLiteral("anna"), QStringLiteral("clerk"));
    REQUIRE_ERROR(last, ErrorCode::InvalidArgument);
    CHECK(last.error().message.contains(QStringLiteral("last active administrator")));
    REQUIRE_OK(users.setRole(QStringLiteral("bea"), QStringLiteral("admin")));
    REQUIRE_OK(users.setRole(QStringLiteral("anna"), QStringLiteral("manager")));
    CHECK(f.count(*a, QStringLiteral("user.set_role")) == 3);
}

TEST_CASE("reset, deactivate, reactivate and unlock")
{
    UsersFixture f;
    f.addUser(QStringLiteral("carl"), QStringLiteral("clerk"), "blue-staple-otter-77");
    SecretBytes reset;
    {
        auto a = f.admin();
        UsersService users(*a);
        auto t = users.resetPassword(QStringLiteral("carl"));
        REQUIRE_OK(t);
        reset = std::move(t).value();
        REQUIRE_OK(users.deactivate(QStringLiteral("carl")));
    }
    REQUIRE_ERROR(CompanyService::signIn(f.path, QStringLiteral("carl"), reset),
                  ErrorCode::AccountDeactivated);
    {
        auto a = f.admin();
        REQUIRE_OK(UsersService(*a).reactivate(QStringLiteral("carl")));
        REQUIRE_OK(UsersService(*a).unlock(QStringLiteral("carl")));
        CHECK(f.count(*a, QStringLiteral("user.unlock")) == 1);
    }
    auto carl = f.signIn(QStringLiteral("carl"), reset);
    CHECK(carl->session().mustChangePassword());
}

TEST_CASE("role by permission: only admins manage users, and a refusal is audited")
{
    UsersFixture f;
    f.addUser(QStringLiteral("mia"), QStringLiteral("manager"), "copper-kettle-dune-58");
    f.addUser(QStringLiteral("carl"), QStringLiteral("clerk"), "blue-staple-otter-77");
    struct Case {
        const char *user;
        const char *password;
        bool allowed;
    };
    // The admin goes last: her password reset would change the others' passwords.
    for (const Case &c :
         {Case{"mia", "copper-kettle-dune-58", false}, Case{"carl", "blue-staple-otter-77", false},
          Case{"anna", "lantern-quiet-orbit-42", true}}) {
        INFO(c.user);
        auto s = f.signIn(QString::fromLatin1(c.user), pw(c.password));
        UsersService users(*s);
        const std::vector<std::pair<const char *, bool>> calls{
            {"list", users.list().ok()},
            {"create",
             users
                 .create(
                     {QStringLiteral("new_%1").arg(QLatin1String(c.user)), QStringLiteral("clerk"), {}, {}})
                 .ok()},
            {"set-role", users.setRole(QStringLiteral("carl"), QStringLiteral("clerk")).ok()},
            {"reset-password", users.resetPassword(QStringLiteral("mia")).ok()},
            {"deactivate", users.deactivate(QStringLiteral("new_anna")).ok()},
            {"reactivate", users.reactivate(QStringLiteral("new_anna")).ok()},
            {"unlock", users.unlock(QStringLiteral("carl")).ok()},
        };
        for (const auto &[name, ok] : calls) {
            INFO(name);
            CHECK(ok == c.allowed);
        }
        if (!c.allowed)
            CHECK(f.count(*s, QStringLiteral("permission.denied")) >= 7);
    }
}

TEST_CASE("the password change's context: the signed-in user's own names, also with a temporary password")
{
    UsersFixture f;
    SecretBytes temporary;
    {
        auto a = f.admin();
        auto t = UsersService(*a).create({QStringLiteral("carl"), QStringLiteral("clerk"),
                                          QStringLiteral("carl@shop.example"), QStringLiteral("Carl Clerk")});
        REQUIRE_OK(t);
        temporary = std::move(t).value();
    }
    {
        auto carl = f.signIn(QStringLiteral("carl"), temporary);
        REQUIRE(carl->session().mustChangePassword());
        // A clerk who must still choose a password gets his own names, and only his.
        auto context = UsersService(*carl).ownPasswordContext();
        REQUIRE_OK(context);
        CHECK(context->username == QStringLiteral("carl"));
        CHECK(context->fullName == QStringLiteral("Carl Clerk"));
        CHECK(context->companyName == QStringLiteral("Corner Shop"));

        // Signed out: refused.
        carl->setSession(Session());
        REQUIRE_ERROR(UsersService(*carl).ownPasswordContext(), ErrorCode::PermissionDenied);
    }

    // An admin without a full name: empty, not someone else's.
    auto a = f.admin();
    auto own = UsersService(*a).ownPasswordContext();
    REQUIRE_OK(own);
    CHECK(own->username == QStringLiteral("anna"));
    CHECK(own->fullName.isEmpty());
    CHECK(own->companyName == QStringLiteral("Corner Shop"));

    // Locked for idleness: refused.
    auto now = std::make_shared<QDateTime>(QDateTime::currentDateTimeUtc());
    Session idle(1, QStringLiteral("anna"), QStringLiteral("admin"), {Permission::UserManage},
                 [now] { return *now; });
    *now = now->addSecs(16 * 60); // the default idle limit is 15 minutes
    a->setSession(idle);
    REQUIRE_ERROR(UsersService(*a).ownPasswordContext(), ErrorCode::SessionExpired);
}
