// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "CompanyFixture.h"

#include "models/AuditLogModel.h"
#include "models/InvoiceListModel.h"
#include "models/PartnerListModels.h"
#include "models/ProductListModel.h"
#include "models/StockModels.h"
#include "services/catalog/CatalogService.h"
#include "services/csv/CsvService.h"
#include "services/invoices/InvoiceService.h"
#include "services/lock/PendingWorkService.h"
#include "services/maintenance/BackupService.h"
#include "services/maintenance/KeyRotationService.h"
#include "services/maintenance/MigrationService.h"
#include "services/partners/PartnerService.h"
#include "services/payments/PaymentService.h"
#include "services/reports/ReportService.h"
#include "services/settings/SettingsService.h"
#include "services/stock/StockService.h"
#include "services/stock/WarehouseService.h"

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
    return SecretBytes::copyOf(
        {reinterpret_cast<const std::uint8_t *>("correct horse battery staple 1"), 30});
}

const QByteArray Png = QByteArrayLiteral("\x89PNG\r\n\x1a\n0000");

// What the domain rows act on, made by the admin before the role under test
// takes over: a product with stock, a customer, a supplier, an unpaid sale
// and a sale with one payment.
struct Domain {
    qint64 product = 0;
    qint64 category = 0;
    qint64 taxRate = 0;
    qint64 customer = 0;
    qint64 supplier = 0;
    qint64 unpaidSale = 0;
    qint64 paidSale = 0;
    qint64 payment = 0;
    qint64 overpaidSale = 0; // paid 5.00, credited 5.00: 5.00 to refund
};
Domain g_domain;

template <typename T>
T value(Result<T> r)
{
    REQUIRE_OK(r);
    return std::move(r).value();
}

PartnerInput partner(const QString &name, const QString &email = {})
{
    PartnerInput p;
    p.name = name;
    p.email = email;
    return p;
}

void prepareDomain(TestCompany &t)
{
    CatalogService catalog(*t.company);
    g_domain.category = value(catalog.createCategory(QStringLiteral("Tools")));
    g_domain.taxRate = value(catalog.createTaxRate(QStringLiteral("Special"), 1000));
    ProductInput p;
    p.sku = QStringLiteral("M-1");
    p.name = QStringLiteral("Matrix hammer");
    p.price = 1000;
    g_domain.product = value(catalog.createProduct(p));
    PartnerService partners(*t.company);
    g_domain.customer = value(partners.create(
        PartnerKind::Customer, partner(QStringLiteral("Carla"), QStringLiteral("carla@shop.example"))));
    g_domain.supplier = value(
        partners.create(PartnerKind::Supplier,
                        partner(QStringLiteral("Tool Supply"), QStringLiteral("sales@tools.example"))));
    InvoiceService invoices(*t.company);
    auto draft = [](InvoiceType type, qint64 partner, qint64 quantity) {
        InvoiceDraft d;
        d.type = type;
        d.partnerId = partner;
        d.warehouseId = 1;
        d.lines.append(InvoiceLineInput{g_domain.product, {}, quantity, 500, 0, {}});
        return d;
    };
    value(WarehouseService(*t.company).create(QStringLiteral("BACK"), QStringLiteral("Back store")));
    value(invoices.createAndPost(draft(InvoiceType::Purchase, g_domain.supplier, 100000)));
    g_domain.unpaidSale = value(invoices.createAndPost(draft(InvoiceType::Sale, g_domain.customer, 2000))).id;
    g_domain.paidSale = value(invoices.createAndPost(draft(InvoiceType::Sale, g_domain.customer, 1000))).id;
    g_domain.payment =
        value(PaymentService(*t.company).record({g_domain.paidSale, 200, PaymentMethod::Cash, {}, {}})).id;
    g_domain.overpaidSale =
        value(invoices.createAndPost(draft(InvoiceType::Sale, g_domain.customer, 1000))).id;
    value(PaymentService(*t.company).record({g_domain.overpaidSale, 500, PaymentMethod::Cash, {}, {}}));
    value(invoices.creditNote(g_domain.overpaidSale, {{1, 1000}}));
}

InvoiceDraft saleDraft()
{
    InvoiceDraft d;
    d.type = InvoiceType::Sale;
    d.partnerId = g_domain.customer;
    d.warehouseId = 1;
    d.lines.append(InvoiceLineInput{g_domain.product, {}, 1000, {}, 0, {}});
    return d;
}

template <typename Model>
Result<void> opens(TestCompany &t)
{
    Model model(*t.company);
    if (model.lastError())
        return *model.lastError();
    return {};
}

ReportFilters reportFilters()
{
    ReportFilters f;
    f.warehouse = QStringLiteral("MAIN"); // the movements report needs a product or a warehouse
    return f;
}

ProductInput newProduct()
{
    ProductInput p;
    p.sku = QStringLiteral("M-2");
    p.name = QStringLiteral("Matrix saw");
    p.price = 2500;
    return p;
}

QList<Row> calls()
{
    return {
        {"UsersService::list", Permission::UserManage,
         [](TestCompany &t) { return done(UsersService(*t.company).list()); }},
        {"UsersService::create", Permission::UserManage,
         [](TestCompany &t) {
             return done(
                 UsersService(*t.company).create({QStringLiteral("new"), QStringLiteral("clerk"), {}, {}}));
         }},
        {"UsersService::setRole", Permission::UserManage,
         [](TestCompany &t) {
             return UsersService(*t.company).setRole(QStringLiteral("zoe"), QStringLiteral("manager"));
         }},
        {"UsersService::resetPassword", Permission::UserManage,
         [](TestCompany &t) { return done(UsersService(*t.company).resetPassword(QStringLiteral("zoe"))); }},
        {"UsersService::deactivate", Permission::UserManage,
         [](TestCompany &t) { return UsersService(*t.company).deactivate(QStringLiteral("zoe")); }},
        {"UsersService::reactivate", Permission::UserManage,
         [](TestCompany &t) { return UsersService(*t.company).reactivate(QStringLiteral("ida")); }},
        {"UsersService::unlock", Permission::UserManage,
         [](TestCompany &t) { return UsersService(*t.company).unlock(QStringLiteral("zoe")); }},
        {"BackupService::backup", Permission::BackupRun,
         [](TestCompany &t) {
             // A server company's backup needs the administrator's password.
             const QString path = t.dir.filePath(QStringLiteral("m.backup"));
             return t.cluster ? done(MigrationService::backupServer(*t.company, adminPassword(), path))
                              : done(BackupService(*t.company).backup(path));
         }},
        {"KeyRotationService::rotateKey", Permission::KeyRotate,
         [](TestCompany &t) -> Result<void> {
             auto rotated = KeyRotationService(*t.company).rotateKey(adminPassword());
             // A server company has no company key: past the permission
             // check, the one answer for every role allowed.
             if (t.cluster && !rotated.ok() && rotated.error().code == ErrorCode::InvalidState)
                 return {};
             return done(rotated);
         }},
        {"SettingsService::get", std::nullopt,
         [](TestCompany &t) { return done(SettingsService(*t.company).get()); }},
        {"SettingsService::logo", std::nullopt,
         [](TestCompany &t) { return done(SettingsService(*t.company).logo()); }},
        {"SettingsService::setCompanyName", Permission::SettingsEdit,
         [](TestCompany &t) {
             return SettingsService(*t.company).setCompanyName(QStringLiteral("Other Shop"));
         }},
        {"SettingsService::setAddress", Permission::SettingsEdit,
         [](TestCompany &t) { return SettingsService(*t.company).setAddress(QStringLiteral("1 Main St")); }},
        {"SettingsService::setTaxId", Permission::SettingsEdit,
         [](TestCompany &t) { return SettingsService(*t.company).setTaxId(QStringLiteral("DE123456789")); }},
        {"SettingsService::setCurrency", Permission::SettingsEdit,
         [](TestCompany &t) { return SettingsService(*t.company).setCurrency(QStringLiteral("CHF")); }},
        {"SettingsService::setLogo", Permission::SettingsEdit,
         [](TestCompany &t) { return SettingsService(*t.company).setLogo(Png); }},
        {"SettingsService::setPricesIncludeTax", Permission::SettingsEdit,
         [](TestCompany &t) { return SettingsService(*t.company).setPricesIncludeTax(false); }},
        {"SettingsService::setIdleLockMinutes", Permission::SettingsEdit,
         [](TestCompany &t) { return SettingsService(*t.company).setIdleLockMinutes(5); }},
        {"SettingsService::setLockoutThreshold", Permission::SettingsEdit,
         [](TestCompany &t) { return SettingsService(*t.company).setLockoutThreshold(5); }},
        {"SettingsService::setCsvDecimal", Permission::SettingsEdit,
         [](TestCompany &t) { return SettingsService(*t.company).setCsvDecimal(CsvDecimal::Comma); }},
        {"SettingsService::setLanguage", Permission::SettingsEdit,
         [](TestCompany &t) { return SettingsService(*t.company).setLanguage(QStringLiteral("de")); }},
        // Catalog
        {"CatalogService::createProduct", Permission::CatalogEdit,
         [](TestCompany &t) { return done(CatalogService(*t.company).createProduct(newProduct())); }},
        {"CatalogService::updateProduct", Permission::CatalogEdit,
         [](TestCompany &t) {
             ProductInput p = newProduct();
             p.sku = QStringLiteral("M-1");
             return CatalogService(*t.company).updateProduct(g_domain.product, p);
         }},
        {"CatalogService::setProductActive", Permission::CatalogEdit,
         [](TestCompany &t) { return CatalogService(*t.company).setProductActive(g_domain.product, false); }},
        {"CatalogService::product", Permission::ProductView,
         [](TestCompany &t) { return done(CatalogService(*t.company).product(g_domain.product)); }},
        {"CatalogService::productBySku", Permission::ProductView,
         [](TestCompany &t) { return done(CatalogService(*t.company).productBySku(QStringLiteral("M-1"))); }},
        {"CatalogService::products", Permission::ProductView,
         [](TestCompany &t) { return done(CatalogService(*t.company).products()); }},
        {"CatalogService::createCategory", Permission::CatalogEdit,
         [](TestCompany &t) {
             return done(CatalogService(*t.company).createCategory(QStringLiteral("Garden")));
         }},
        {"CatalogService::renameCategory", Permission::CatalogEdit,
         [](TestCompany &t) {
             return CatalogService(*t.company)
                 .renameCategory(g_domain.category, QStringLiteral("Hand tools"));
         }},
        {"CatalogService::createTaxRate", Permission::CatalogEdit,
         [](TestCompany &t) {
             return done(CatalogService(*t.company).createTaxRate(QStringLiteral("Other"), 500));
         }},
        {"CatalogService::updateTaxRate", Permission::CatalogEdit,
         [](TestCompany &t) {
             return CatalogService(*t.company)
                 .updateTaxRate(g_domain.taxRate, QStringLiteral("Special"), 1100);
         }},
        {"CatalogService::setDefaultTaxRate", Permission::CatalogEdit,
         [](TestCompany &t) { return CatalogService(*t.company).setDefaultTaxRate(g_domain.taxRate); }},
        {"CatalogService::deactivateTaxRate", Permission::CatalogEdit,
         [](TestCompany &t) { return CatalogService(*t.company).deactivateTaxRate(g_domain.taxRate); }},
        // Partners: customers are edited by clerks too; suppliers by managers.
        {"PartnerService::create customer", Permission::CustomerEdit,
         [](TestCompany &t) {
             return done(
                 PartnerService(*t.company).create(PartnerKind::Customer, partner(QStringLiteral("Dora"))));
         }},
        {"PartnerService::update customer", Permission::CustomerEdit,
         [](TestCompany &t) {
             return PartnerService(*t.company)
                 .update(PartnerKind::Customer, g_domain.customer, partner(QStringLiteral("Carla B.")));
         }},
        {"PartnerService::create supplier", Permission::SupplierEdit,
         [](TestCompany &t) {
             return done(PartnerService(*t.company)
                             .create(PartnerKind::Supplier, partner(QStringLiteral("Saw Supply"))));
         }},
        {"PartnerService::update supplier", Permission::SupplierEdit,
         [](TestCompany &t) {
             return PartnerService(*t.company)
                 .update(PartnerKind::Supplier, g_domain.supplier, partner(QStringLiteral("Tools Ltd")));
         }},
        {"PartnerService::setActive supplier", Permission::SupplierEdit,
         [](TestCompany &t) {
             return PartnerService(*t.company).setActive(PartnerKind::Supplier, g_domain.supplier, false);
         }},
        {"PartnerService::list suppliers", Permission::InvoiceCreate,
         [](TestCompany &t) { return done(PartnerService(*t.company).list(PartnerKind::Supplier)); }},
        // Warehouses
        {"WarehouseService::create", Permission::WarehouseEdit,
         [](TestCompany &t) {
             return done(
                 WarehouseService(*t.company).create(QStringLiteral("SIDE"), QStringLiteral("Side store")));
         }},
        {"WarehouseService::update", Permission::WarehouseEdit,
         [](TestCompany &t) {
             return WarehouseService(*t.company)
                 .update(1, QStringLiteral("MAIN"), QStringLiteral("Shop floor"));
         }},
        {"WarehouseService::list", Permission::StockView,
         [](TestCompany &t) { return done(WarehouseService(*t.company).list()); }},
        // Invoices and payments
        {"InvoiceService::createDraft", Permission::InvoiceCreate,
         [](TestCompany &t) { return done(InvoiceService(*t.company).createDraft(saleDraft())); }},
        {"InvoiceService::keepDraftOnLock", Permission::InvoiceCreate,
         [](TestCompany &t) {
             return done(InvoiceService(*t.company).keepDraftOnLock(std::nullopt, saleDraft()));
         }},
        {"PendingWorkService::keepOnLock", Permission::StockTransfer,
         [](TestCompany &t) {
             return PendingWorkService(*t.company).keepOnLock(PendingWorkKind::Transfer, QJsonObject{});
         }},
        {"PendingWorkService::take", Permission::StockAdjust,
         [](TestCompany &t) {
             return done(PendingWorkService(*t.company).take(PendingWorkKind::Stocktake));
         }},
        {"InvoiceService::createAndPost", Permission::InvoicePost,
         [](TestCompany &t) { return done(InvoiceService(*t.company).createAndPost(saleDraft())); }},
        {"InvoiceService::voidInvoice", Permission::InvoiceVoid,
         [](TestCompany &t) {
             return done(InvoiceService(*t.company)
                             .voidInvoice(g_domain.unpaidSale, QStringLiteral("Entered twice")));
         }},
        {"InvoiceService::creditNote", Permission::InvoiceCredit,
         [](TestCompany &t) {
             return done(InvoiceService(*t.company).creditNote(g_domain.unpaidSale, {{1, 1000}}));
         }},
        {"InvoiceService::get", Permission::InvoiceCreate,
         [](TestCompany &t) { return done(InvoiceService(*t.company).get(g_domain.unpaidSale)); }},
        {"InvoiceService::list", Permission::InvoiceCreate,
         [](TestCompany &t) { return done(InvoiceService(*t.company).list()); }},
        {"PaymentService::record", Permission::PaymentRecord,
         [](TestCompany &t) {
             return done(
                 PaymentService(*t.company).record({g_domain.unpaidSale, 100, PaymentMethod::Card, {}, {}}));
         }},
        {"PaymentService::reverse", Permission::PaymentReverse,
         [](TestCompany &t) {
             return done(
                 PaymentService(*t.company).reverse(g_domain.payment, QStringLiteral("Card declined")));
         }},
        {"PaymentService::refund", Permission::PaymentReverse,
         [](TestCompany &t) {
             return done(PaymentService(*t.company)
                             .refund({g_domain.overpaidSale, 100, PaymentMethod::Cash, {}, {}}));
         }},
        // Stock
        {"StockService::transfer", Permission::StockTransfer,
         [](TestCompany &t) {
             return done(StockService(*t.company)
                             .transfer({WarehouseKey(QStringLiteral("MAIN")),
                                        WarehouseKey(QStringLiteral("BACK")),
                                        {TransferLine{ProductKey(QStringLiteral("M-1")), 5000}},
                                        {},
                                        {}}));
         }},
        {"StockService::stocktake", Permission::StockAdjust,
         [](TestCompany &t) {
             return done(StockService(*t.company)
                             .stocktake({WarehouseKey(QStringLiteral("MAIN")),
                                         {CountLine{ProductKey(QStringLiteral("M-1")), 90000}},
                                         QStringLiteral("Shelf count"),
                                         {}}));
         }},
        {"StockService::levels", Permission::StockView,
         [](TestCompany &t) { return done(StockService(*t.company).levels()); }},
        {"StockService::movements", Permission::StockView,
         [](TestCompany &t) { return done(StockService(*t.company).movements({})); }},
        // Reports
        {"ReportService::run stock-on-hand", Permission::ReportView,
         [](TestCompany &t) {
             return done(ReportService(*t.company).run(QStringLiteral("stock-on-hand"), reportFilters()));
         }},
        {"ReportService::run low-stock", Permission::ReportView,
         [](TestCompany &t) {
             return done(ReportService(*t.company).run(QStringLiteral("low-stock"), reportFilters()));
         }},
        {"ReportService::run valuation", Permission::ReportView,
         [](TestCompany &t) {
             return done(ReportService(*t.company).run(QStringLiteral("valuation"), reportFilters()));
         }},
        {"ReportService::run movements", Permission::ReportView,
         [](TestCompany &t) {
             return done(ReportService(*t.company).run(QStringLiteral("movements"), reportFilters()));
         }},
        {"ReportService::run sales", Permission::ReportView,
         [](TestCompany &t) {
             return done(ReportService(*t.company).run(QStringLiteral("sales"), reportFilters()));
         }},
        {"ReportService::run purchases", Permission::ReportView,
         [](TestCompany &t) {
             return done(ReportService(*t.company).run(QStringLiteral("purchases"), reportFilters()));
         }},
        {"ReportService::run top-products", Permission::ReportView,
         [](TestCompany &t) {
             return done(ReportService(*t.company).run(QStringLiteral("top-products"), reportFilters()));
         }},
        {"ReportService::run top-customers", Permission::ReportView,
         [](TestCompany &t) {
             return done(ReportService(*t.company).run(QStringLiteral("top-customers"), reportFilters()));
         }},
        {"ReportService::run aging", Permission::ReportView,
         [](TestCompany &t) {
             return done(ReportService(*t.company).run(QStringLiteral("aging"), reportFilters()));
         }},
        {"ReportService::run dashboard", Permission::ReportView,
         [](TestCompany &t) {
             return done(ReportService(*t.company).run(QStringLiteral("dashboard"), reportFilters()));
         }},
        {"ReportService::checkAccess", Permission::ReportView,
         [](TestCompany &t) { return ReportService(*t.company).checkAccess(QStringLiteral("sales")); }},
        {"ReportService::exportCsv", Permission::DataExport,
         [](TestCompany &t) {
             ReportTable table;
             table.name = QStringLiteral("sales");
             return ReportService(*t.company).exportCsv(table, t.dir.filePath(QStringLiteral("r.csv")));
         }},
        {"ReportService::exportFile json", Permission::DataExport,
         [](TestCompany &t) {
             ReportTable table;
             table.name = QStringLiteral("sales");
             return ReportService(*t.company)
                 .exportFile(table, QStringLiteral("json"), t.dir.filePath(QStringLiteral("r.json")));
         }},
        {"ReportService::exportFile table", Permission::DataExport,
         [](TestCompany &t) {
             ReportTable table;
             table.name = QStringLiteral("sales");
             return ReportService(*t.company)
                 .exportFile(table, QStringLiteral("table"), t.dir.filePath(QStringLiteral("r.txt")));
         }},
        {"ReportService::checkExport", Permission::DataExport,
         [](TestCompany &t) {
             ReportTable table;
             table.name = QStringLiteral("sales");
             return ReportService(*t.company).checkExport(table);
         }},
        {"ReportService::recordExport", Permission::DataExport,
         [](TestCompany &t) {
             ReportTable table;
             table.name = QStringLiteral("sales");
             return ReportService(*t.company)
                 .recordExport(table, QStringLiteral("pdf"), QStringLiteral("r.pdf"));
         }},
        // CSV
        {"CsvService::exportData products", Permission::DataExport,
         [](TestCompany &t) { return done(CsvService(*t.company).exportData(CsvEntity::Products)); }},
        {"CsvService::exportInvoicesData", Permission::DataExport,
         [](TestCompany &t) { return done(CsvService(*t.company).exportInvoicesData()); }},
        {"CsvService::importData products", Permission::CatalogEdit,
         [](TestCompany &t) {
             return done(
                 CsvService(*t.company)
                     .importData(CsvEntity::Products,
                                 CsvService::header(CsvEntity::Products).join(QLatin1Char(',')).toUtf8()
                                     + "\n",
                                 true));
         }},
        {"CsvService::importData suppliers", Permission::SupplierEdit,
         [](TestCompany &t) {
             return done(
                 CsvService(*t.company)
                     .importData(CsvEntity::Suppliers,
                                 CsvService::header(CsvEntity::Suppliers).join(QLatin1Char(',')).toUtf8()
                                     + "\n",
                                 true));
         }},
        // List models refuse to open without their permission.
        {"InvoiceListModel", Permission::InvoiceCreate,
         [](TestCompany &t) { return opens<InvoiceListModel>(t); }},
        {"ProductListModel", Permission::ProductView,
         [](TestCompany &t) { return opens<ProductListModel>(t); }},
        {"SupplierListModel", Permission::InvoiceCreate,
         [](TestCompany &t) { return opens<SupplierListModel>(t); }},
        {"StockLevelModel", Permission::StockView, [](TestCompany &t) { return opens<StockLevelModel>(t); }},
        {"StockMovementModel", Permission::StockView,
         [](TestCompany &t) { return opens<StockMovementModel>(t); }},
        {"AuditLogModel", Permission::AuditView, [](TestCompany &t) { return opens<AuditLogModel>(t); }},
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
    return managerPermissions() + QList<Permission>{Permission::UserManage,    Permission::RoleManage,
                                                    Permission::SettingsEdit,  Permission::BackupRun,
                                                    Permission::BackupRestore, Permission::KeyRotate};
}

qlonglong deniedRows(TestCompany &t)
{
    QSqlQuery q = exec(t.sql(),
                       QStringLiteral("SELECT count(*) FROM audit_logs WHERE action = 'permission.denied'"));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("every service call is allowed or refused exactly as the role's permissions say")
{
    const QList<std::pair<QString, QList<Permission>>> roles{
        {QStringLiteral("admin"), adminPermissions()},
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
            prepareDomain(t);
            t.actAs(role);
            const qlonglong deniedBefore = deniedRows(t);
            const Result<void> result = row.call(t);
            if (allowed) {
                REQUIRE_OK(result);
                CHECK(deniedRows(t) == deniedBefore);
            } else {
                REQUIRE_ERROR(result, ErrorCode::PermissionDenied);
                CHECK(deniedRows(t) == deniedBefore + 1);
                QSqlQuery last = exec(t.sql(),
                                      QStringLiteral("SELECT username FROM audit_logs "
                                                     "WHERE action = 'permission.denied' "
                                                     "ORDER BY seq DESC LIMIT 1"));
                REQUIRE(last.next());
                CHECK(last.value(0).toString()
                      == (role == QLatin1String("manager") ? QStringLiteral("max") : QStringLiteral("cleo")));
            }
            ++checked;
        }
    }
    // Every row, as each of the 3 roles.
    CHECK(checked == 3 * calls().size());
    CHECK(calls().size() >= 60);
}
