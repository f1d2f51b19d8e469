// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "CompanyFixture.h"

#include "security/LoginState.h"
#include "services/accounts/UsersService.h"
#include "services/settings/SettingsService.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

using namespace stockbook;
using namespace stockbook::test;

namespace {

QString stored(TestCompany &t, const QString &key)
{
    QSqlQuery q = exec(t.sql(), QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    return q.next() ? q.value(0).toString() : QStringLiteral("<none>");
}

QJsonObject lastChange(TestCompany &t, const QString &action)
{
    QSqlQuery q = exec(
        t.sql(),
        QStringLiteral("SELECT changes, username, entity, entity_id FROM audit_logs WHERE action = ? "
                       "ORDER BY seq DESC LIMIT 1"),
        {action});
    REQUIRE(q.next());
    QJsonObject o = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    o.insert(QStringLiteral("_user"), q.value(1).toString());
    o.insert(QStringLiteral("_entity"), q.value(2).toString());
    o.insert(QStringLiteral("_id"), q.value(3).toString());
    return o;
}

qlonglong count(TestCompany &t, const QString &sql)
{
    QSqlQuery q = exec(t.sql(), sql);
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("settings read as the seed and the company's creation left them")
{
    TestCompany t;
    t.actAs(QStringLiteral("clerk"));
    auto s = SettingsService(*t.company).get();
    REQUIRE_OK(s);
    // Seed: EUR, prices with tax, 15 minutes, dot; the name from create().
    CHECK(s->name == QStringLiteral("Corner Shop"));
    CHECK(s->currency == QStringLiteral("EUR"));
    CHECK(s->pricesIncludeTax);
    CHECK(s->idleLockMinutes == 15);
    CHECK(s->csvDecimal == CsvDecimal::Dot);
    // Not seeded: the defaults.
    CHECK(s->address.isEmpty());
    CHECK(s->taxId.isEmpty());
    CHECK(s->lockoutThreshold == 10);
    CHECK(s->language.isEmpty());
    CHECK_FALSE(s->hasLogo);
}

TEST_CASE("an administrator's change is stored, typed and audited with old and new values")
{
    TestCompany t;
    t.actAs(QStringLiteral("admin"));
    SettingsService settings(*t.company);

    REQUIRE_OK(settings.setCurrency(QStringLiteral(" chf ")));
    CHECK(stored(t, QStringLiteral("company.currency")) == QStringLiteral("CHF"));
    const QJsonObject change = lastChange(t, QStringLiteral("settings.update"));
    CHECK(change.value(QStringLiteral("key")).toString() == QStringLiteral("company.currency"));
    CHECK(change.value(QStringLiteral("old")).toString() == QStringLiteral("EUR"));
    CHECK(change.value(QStringLiteral("new")).toString() == QStringLiteral("CHF"));
    CHECK(change.value(QStringLiteral("_user")).toString() == QStringLiteral("anna"));
    CHECK(change.value(QStringLiteral("_entity")).toString() == QStringLiteral("settings"));
    CHECK(change.value(QStringLiteral("_id")).toString() == QStringLiteral("company.currency"));

    REQUIRE_OK(settings.setCompanyName(QStringLiteral("  Corner Shop Ltd ")));
    REQUIRE_OK(settings.setAddress(QStringLiteral("1 Main Street\n12345 Town")));
    REQUIRE_OK(settings.setTaxId(QStringLiteral("DE 123/456.789-0")));
    REQUIRE_OK(settings.setPricesIncludeTax(false));
    REQUIRE_OK(settings.setLockoutThreshold(5));
    REQUIRE_OK(settings.setCsvDecimal(CsvDecimal::Comma));
    REQUIRE_OK(settings.setLanguage(QStringLiteral("fr")));
    CHECK(stored(t, QStringLiteral("invoice.prices_include_tax")) == QStringLiteral("0"));
    CHECK(stored(t, QStringLiteral("report.csv_decimal")) == QStringLiteral("comma"));
    CHECK(stored(t, QStringLiteral("security.lockout_threshold")) == QStringLiteral("5"));

    // A key that was not seeded: the old value is empty.
    const QJsonObject lang = lastChange(t, QStringLiteral("settings.update"));
    CHECK(lang.value(QStringLiteral("key")).toString() == QStringLiteral("ui.language"));
    CHECK(lang.value(QStringLiteral("old")).toString().isEmpty());
    CHECK(lang.value(QStringLiteral("new")).toString() == QStringLiteral("fr"));

    auto s = settings.get();
    REQUIRE_OK(s);
    CHECK(s->name == QStringLiteral("Corner Shop Ltd"));
    CHECK(s->address == QStringLiteral("1 Main Street\n12345 Town"));
    CHECK(s->taxId == QStringLiteral("DE 123/456.789-0"));
    CHECK(s->currency == QStringLiteral("CHF"));
    CHECK_FALSE(s->pricesIncludeTax);
    CHECK(s->lockoutThreshold == 5);
    CHECK(s->csvDecimal == CsvDecimal::Comma);
    CHECK(s->language == QStringLiteral("fr"));
    // 8 changes, 8 audit entries.
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM audit_logs WHERE action = 'settings.update'")) == 8);
    if (!onServer()) // SQLCipher's page check of the file; a server has no such check
        REQUIRE_OK(t.db().checkIntegrity());
}

TEST_CASE("values out of range are refused naming the setting and change nothing")
{
    TestCompany t;
    t.actAs(QStringLiteral("admin"));
    SettingsService settings(*t.company);
    const qlonglong auditBefore = count(t, QStringLiteral("SELECT count(*) FROM audit_logs"));

    auto check = [&](const Result<void> &r, const char *field) {
        REQUIRE_ERROR(r, ErrorCode::InvalidArgument);
        CHECK(r.error().field == QLatin1String(field));
    };
    check(settings.setCurrency(QStringLiteral("EURO")), "company.currency");
    check(settings.setCurrency(QStringLiteral("E1R")), "company.currency");
    check(settings.setCurrency(QStringLiteral("zzz")), "company.currency"); // no currency has that code
    check(settings.setCompanyName(QStringLiteral("   ")), "company.name");
    check(settings.setCompanyName(QString(201, u'x')), "company.name");
    check(settings.setTaxId(QStringLiteral("DE<123>")), "company.tax_id");
    check(settings.setIdleLockMinutes(0), "session.idle_lock_minutes");
    check(settings.setIdleLockMinutes(31), "session.idle_lock_minutes");
    check(settings.setLockoutThreshold(2), "security.lockout_threshold");
    check(settings.setLockoutThreshold(21), "security.lockout_threshold");
    check(settings.setLanguage(QStringLiteral("es")), "ui.language");
    check(settings.setLogo(QByteArrayLiteral("GIF89a....")), "company.logo");
    // One byte over 256 KiB = 262144 bytes.
    check(settings.setLogo(QByteArrayLiteral("\x89PNG\r\n\x1a\n") + QByteArray(262144 - 8 + 1, 'x')),
          "company.logo");

    CHECK(stored(t, QStringLiteral("company.currency")) == QStringLiteral("EUR"));
    CHECK(stored(t, QStringLiteral("session.idle_lock_minutes")) == QStringLiteral("15"));
    CHECK(stored(t, QStringLiteral("company.logo")) == QStringLiteral("<none>"));
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM audit_logs")) == auditBefore);
    CHECK(t.company->session().idleLimitMinutes() == 15);

    // The limits themselves are allowed.
    REQUIRE_OK(settings.setIdleLockMinutes(1));
    REQUIRE_OK(settings.setIdleLockMinutes(30));
    REQUIRE_OK(settings.setLockoutThreshold(3));
    REQUIRE_OK(settings.setLockoutThreshold(20));
    REQUIRE_OK(settings.setLanguage(QString()));
}

TEST_CASE("the idle lock applies to the current session at once and to new sessions")
{
    TestCompany t;
    t.actAs(QStringLiteral("admin"));
    REQUIRE_OK(SettingsService(*t.company).setIdleLockMinutes(5));
    CHECK(t.company->session().idleLimitMinutes() == 5);
    CHECK(stored(t, QStringLiteral("session.idle_lock_minutes")) == QStringLiteral("5"));
    // A new session (AccountStore::sessionFor reads the setting).
    CHECK(t.actAs(QStringLiteral("clerk")).idleLimitMinutes() == 5);
}

TEST_CASE("a logo is stored as a size-limited blob and audited by size and checksum")
{
    TestCompany t;
    t.actAs(QStringLiteral("admin"));
    SettingsService settings(*t.company);
    const QByteArray png = QByteArrayLiteral("\x89PNG\r\n\x1a\n") + QByteArray(100, 'p');
    REQUIRE_OK(settings.setLogo(png));
    auto back = settings.logo();
    REQUIRE_OK(back);
    CHECK(back.value() == png);
    auto s = settings.get();
    REQUIRE_OK(s);
    CHECK(s->hasLogo);
    // 8 signature bytes + 100 = 108 bytes.
    const QJsonObject change = lastChange(t, QStringLiteral("settings.update"));
    CHECK(change.value(QStringLiteral("old")).toString().isEmpty());
    CHECK(change.value(QStringLiteral("new")).toString()
          == QStringLiteral("108 bytes, sha256 ")
              + QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex()));
    REQUIRE_OK(settings.setLogo(QByteArray()));
    CHECK(settings.logo().value().isEmpty());
    CHECK(lastChange(t, QStringLiteral("settings.update")).value(QStringLiteral("new")).toString().isEmpty());
}

TEST_CASE("a clerk reads settings but may not change them and the refusal is audited")
{
    TestCompany t;
    t.actAs(QStringLiteral("clerk"));
    SettingsService settings(*t.company);
    REQUIRE_OK(settings.get());
    REQUIRE_ERROR(settings.setCurrency(QStringLiteral("USD")), ErrorCode::PermissionDenied);
    CHECK(stored(t, QStringLiteral("company.currency")) == QStringLiteral("EUR"));
    const QJsonObject denied = lastChange(t, QStringLiteral("permission.denied"));
    CHECK(denied.value(QStringLiteral("action")).toString() == QStringLiteral("settings.edit"));
    CHECK(denied.value(QStringLiteral("target")).toString() == QStringLiteral("company.currency"));
    CHECK(denied.value(QStringLiteral("_user")).toString() == QStringLiteral("cleo"));
}

TEST_CASE("reading settings needs an active session with a permanent password")
{
    TestCompany t;
    Session &s = t.actAs(QStringLiteral("clerk"));
    s.setMustChangePassword(true);
    REQUIRE_ERROR(SettingsService(*t.company).get(), ErrorCode::PasswordChangeRequired);
}

TEST_CASE("the lockout threshold decides after how many failed sign-ins an account locks")
{
    if (skippedOnServer("PostgreSQL checks the password of a server company; Stockbook counts no failed "
                        "sign-ins and locks no account there"))
        return;
    TestCompany t;
    t.actAs(QStringLiteral("admin"));
    auto temporary =
        UsersService(*t.company).create({QStringLiteral("dora"), QStringLiteral("clerk"), {}, {}});
    REQUIRE_OK(temporary);
    const SecretBytes doraPassword = std::move(temporary).value();
    REQUIRE_OK(SettingsService(*t.company).setLockoutThreshold(3));
    const QString path = t.path;
    t.company.reset();

    QDateTime now = QDateTime::currentDateTimeUtc();
    const Clock clock = [&now] { return now; };
    auto failTimes = [&](const QString &name, int times) {
        for (int i = 0; i < times; ++i) {
            now = now.addSecs(security::LoginState::MaxDelaySeconds);
            REQUIRE_ERROR(CompanyService::signIn(path, name, password("not the password"), clock),
                          ErrorCode::WrongPassword);
        }
        now = now.addSecs(security::LoginState::MaxDelaySeconds);
    };

    SECTION("three failures lock, not the default ten")
    {
        failTimes(QStringLiteral("dora"), 2);
        // Two failures: the right password still opens.
        REQUIRE_OK(CompanyService::signIn(path, QStringLiteral("dora"), doraPassword, clock));
        failTimes(QStringLiteral("dora"), 3);
        REQUIRE_ERROR(CompanyService::signIn(path, QStringLiteral("dora"), doraPassword, clock),
                      ErrorCode::WrongPassword);
    }
    SECTION("a lost state file takes the company's threshold again at the next sign-in")
    {
        REQUIRE(QFile::remove(security::LoginState::pathFor(path)));
        REQUIRE_OK(CompanyService::signIn(path, QStringLiteral("anna"), TestCompany::password(), clock));
        CHECK(security::LoginState::load(security::LoginState::pathFor(path)).lockoutThreshold() == 3);
        failTimes(QStringLiteral("dora"), 3);
        REQUIRE_ERROR(CompanyService::signIn(path, QStringLiteral("dora"), doraPassword, clock),
                      ErrorCode::WrongPassword);
    }
}

TEST_CASE("the invoice entry's prices-include-tax reading: any active user, as the admin set it")
{
    TestCompany t;
    Session &clerk = t.actAs(QStringLiteral("clerk"));
    // Seeded "1": the typed prices include the tax.
    auto seeded = SettingsService(*t.company).pricesIncludeTax();
    REQUIRE_OK(seeded);
    CHECK(seeded.value());

    clerk.setMustChangePassword(true);
    REQUIRE_ERROR(SettingsService(*t.company).pricesIncludeTax(), ErrorCode::PasswordChangeRequired);
    t.company->setSession(Session());
    REQUIRE_ERROR(SettingsService(*t.company).pricesIncludeTax(), ErrorCode::PermissionDenied);

    t.actAs(QStringLiteral("admin"));
    REQUIRE_OK(SettingsService(*t.company).setPricesIncludeTax(false));
    t.actAs(QStringLiteral("clerk"));
    auto trade = SettingsService(*t.company).pricesIncludeTax();
    REQUIRE_OK(trade);
    CHECK_FALSE(trade.value());
}

TEST_CASE("the settings keys are the keys stored in the settings table")
{
    // Written out by hand from schema/0001_initial.sql and the stored rows.
    CHECK(SettingsService::KeyCompanyName == QStringLiteral("company.name"));
    CHECK(SettingsService::KeyAddress == QStringLiteral("company.address"));
    CHECK(SettingsService::KeyTaxId == QStringLiteral("company.tax_id"));
    CHECK(SettingsService::KeyCurrency == QStringLiteral("company.currency"));
    CHECK(SettingsService::KeyLogo == QStringLiteral("company.logo"));
    CHECK(SettingsService::KeyPricesIncludeTax == QStringLiteral("invoice.prices_include_tax"));
    CHECK(SettingsService::KeyIdleLockMinutes == QStringLiteral("session.idle_lock_minutes"));
    CHECK(SettingsService::KeyLockoutThreshold == QStringLiteral("security.lockout_threshold"));
    CHECK(SettingsService::KeyCsvDecimal == QStringLiteral("report.csv_decimal"));
    CHECK(SettingsService::KeyLanguage == QStringLiteral("ui.language"));
}
