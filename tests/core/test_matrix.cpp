// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "CompanyFixture.h"

#include "services/MaintenanceService.h"
#include "services/SettingsService.h"

#include <functional>
#include <optional>

using namespace stockbook;
using namespace stockbook::test;

// Every session-gated service call, called as each role: allowed exactly when
// the role holds the call's permission, otherwise PermissionDenied with one
// "permission.denied" audit row. Restore is not session-gated (it proves an
// administrator's password or the recovery key against the backup itself;
// see test_maintenance), nor are AuditLog::verify and sign-in.
//
// Adding a call is one row in calls(): a name, the permission it needs
// (nullopt: any signed-in user) and the call on the open company. Each row
// runs on a fresh company with an active clerk "zoe" and an inactive clerk
// "ida" to act on.

namespace {

using Call = std::function<Result<void>(TestCompany &)>;

struct Row {
    const char *name;
    std::optional<Permission> required;
    Call call;
};

template <typename T>
Result<void> done(const Result<T> &r)
{
    if (r.ok())
        return {};
    return r.error();
}

SecretBytes adminPassword()
{
    return SecretBytes::copyOf({reinterpret_cast<const std::uint8_t *>("correct horse battery staple 1"), 30});
}

const QByteArray Png = QByteArrayLiteral("\x89PNG\r\n\x1a\n0000");

QList<Row> calls()
{
    return {
        {"UsersService::list", Permission::UserManage, [](TestCompany &t) { return done(UsersService(*t.company).list()); }},
        {"UsersService::create", Permission::UserManage, [](TestCompany &t) { return done(UsersService(*t.company).create({QStringLiteral("new"), QStringLiteral("clerk"), {}, {}})); }},
        {"UsersService::setRole", Permission::UserManage, [](TestCompany &t) { return UsersService(*t.company).setRole(QStringLiteral("zoe"), QStringLiteral("manager")); }},
        {"UsersService::resetPassword", Permission::UserManage, [](TestCompany &t) { return done(UsersService(*t.company).resetPassword(QStringLiteral("zoe"))); }},
        {"UsersService::deactivate", Permission::UserManage, [](TestCompany &t) { return UsersService(*t.company).deactivate(QStringLiteral("zoe")); }},
        {"UsersService::reactivate", Permission::UserManage, [](TestCompany &t) { return UsersService(*t.company).reactivate(QStringLiteral("ida")); }},
        {"UsersService::unlock", Permission::UserManage, [](TestCompany &t) { return UsersService(*t.company).unlock(QStringLiteral("zoe")); }},
        {"MaintenanceService::backup", Permission::BackupRun, [](TestCompany &t) { return done(MaintenanceService(*t.company).backup(t.dir.filePath(QStringLiteral("m.backup")))); }},
        {"MaintenanceService::rotateKey", Permission::KeyRotate, [](TestCompany &t) { return done(MaintenanceService(*t.company).rotateKey(adminPassword())); }},
        {"SettingsService::get", std::nullopt, [](TestCompany &t) { return done(SettingsService(*t.company).get()); }},
        {"SettingsService::logo", std::nullopt, [](TestCompany &t) { return done(SettingsService(*t.company).logo()); }},
        {"SettingsService::setCompanyName", Permission::SettingsEdit, [](TestCompany &t) { return SettingsService(*t.company).setCompanyName(QStringLiteral("Other Shop")); }},
        {"SettingsService::setAddress", Permission::SettingsEdit, [](TestCompany &t) { return SettingsService(*t.company).setAddress(QStringLiteral("1 Main St")); }},
        {"SettingsService::setTaxId", Permission::SettingsEdit, [](TestCompany &t) { return SettingsService(*t.company).setTaxId(QStringLiteral("DE123456789")); }},
        {"SettingsService::setCurrency", Permission::SettingsEdit, [](TestCompany &t) { return SettingsService(*t.company).setCurrency(QStringLiteral("CHF")); }},
        {"SettingsService::setLogo", Permission::SettingsEdit, [](TestCompany &t) { return SettingsService(*t.company).setLogo(Png); }},
        {"SettingsService::setPricesIncludeTax", Permission::SettingsEdit, [](TestCompany &t) { return SettingsService(*t.company).setPricesIncludeTax(false); }},
        {"SettingsService::setIdleLockMinutes", Permission::SettingsEdit, [](TestCompany &t) { return SettingsService(*t.company).setIdleLockMinutes(5); }},
        {"SettingsService::setLockoutThreshold", Permission::SettingsEdit, [](TestCompany &t) { return SettingsService(*t.company).setLockoutThreshold(5); }},
        {"SettingsService::setCsvDecimal", Permission::SettingsEdit, [](TestCompany &t) { return SettingsService(*t.company).setCsvDecimal(CsvDecimal::Comma); }},
        {"SettingsService::setLanguage", Permission::SettingsEdit, [](TestCompany &t) { return SettingsService(*t.company).setLanguage(QStringLiteral("de")); }},
    };
}

// The roles as seeded by schema 0001, written out here rather than read from
// the code under test.
const QList<Permission> Clerk{Permission::InvoiceCreate, Permission::InvoicePost, Permission::PaymentRecord,
                              Permission::CustomerEdit,  Permission::ProductView, Permission::StockView};
QList<Permission> managerPermissions()
{
    return Clerk
        + QList<Permission>{Permission::InvoiceVoid,   Permission::InvoiceCredit, Permission::PaymentReverse,
                            Permission::CatalogEdit,   Permission::SupplierEdit,  Permission::WarehouseEdit,
                            Permission::StockTransfer, Permission::StockAdjust,   Permission::ReportView,
                            Permission::DataExport,    Permission::AuditView};
}
QList<Permission> adminPermissions()
{
    return managerPermissions()
        + QList<Permission>{Permission::UserManage, Permission::RoleManage, Permission::SettingsEdit,
                            Permission::BackupRun,  Permission::BackupRestore, Permission::KeyRotate};
}

qlonglong deniedRows(TestCompany &t)
{
    QSqlQuery q = exec(t.sql(), QStringLiteral("SELECT count(*) FROM audit_logs WHERE action = 'permission.denied'"));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("every service call is allowed or refused exactly as the role's permissions say")
{
    const QList<std::pair<QString, QList<Permission>>> roles{{QStringLiteral("admin"), adminPermissions()},
                                                            {QStringLiteral("manager"), managerPermissions()},
                                                            {QStringLiteral("clerk"), Clerk}};
    // 6 + 11 + 6 permissions by the seed's role descriptions.
    REQUIRE(Clerk.size() == 6);
    REQUIRE(managerPermissions().size() == 17);
    REQUIRE(adminPermissions().size() == 23);

    int checked = 0;
    for (const Row &row : calls()) {
        for (const auto &[role, permissions] : roles) {
            const bool allowed = !row.required || permissions.contains(*row.required);
            INFO(row.name << " as " << role.toStdString() << (allowed ? " (allowed)" : " (refused)"));
            TestCompany t;
            {
                UsersService admin(*t.company);
                REQUIRE_OK(admin.create({QStringLiteral("zoe"), QStringLiteral("clerk"), {}, {}}));
                REQUIRE_OK(admin.create({QStringLiteral("ida"), QStringLiteral("clerk"), {}, {}}));
                REQUIRE_OK(admin.deactivate(QStringLiteral("ida")));
            }
            t.actAs(role);
            const qlonglong deniedBefore = deniedRows(t);
            const Result<void> result = row.call(t);
            if (allowed) {
                REQUIRE_OK(result);
                CHECK(deniedRows(t) == deniedBefore);
            } else {
                REQUIRE_ERROR(result, ErrorCode::PermissionDenied);
                CHECK(deniedRows(t) == deniedBefore + 1);
                QSqlQuery last = exec(t.sql(), QStringLiteral("SELECT username FROM audit_logs "
                                                              "WHERE action = 'permission.denied' "
                                                              "ORDER BY seq DESC LIMIT 1"));
                REQUIRE(last.next());
                CHECK(last.value(0).toString()
                      == (role == QLatin1String("manager") ? QStringLiteral("max") : QStringLiteral("cleo")));
            }
            ++checked;
        }
    }
    // 21 calls, 3 roles each.
    CHECK(checked == 63);
}
