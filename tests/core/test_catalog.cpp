// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "CompanyFixture.h"
#include "InvoiceTestData.h"

#include "services/catalog/CatalogService.h"
#include "services/partners/PartnerService.h"
#include "services/stock/WarehouseService.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace stockbook;
using namespace stockbook::test;

namespace {

ProductInput widget(const QString &sku = QStringLiteral("W-100"))
{
    ProductInput p;
    p.sku = sku;
    p.name = QStringLiteral("Blue widget");
    p.price = 1250;
    return p;
}

QJsonObject lastChanges(TestCompany &tc, const QString &action)
{
    QSqlQuery q = exec(
        tc.sql(), QStringLiteral("SELECT changes FROM audit_logs WHERE action = ? ORDER BY seq DESC LIMIT 1"),
        {action});
    REQUIRE(q.next());
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
}

qlonglong count(TestCompany &tc, const QString &sql, std::initializer_list<QVariant> values = {})
{
    QSqlQuery q = exec(tc.sql(), sql, values);
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

void requireField(const Result<qint64> &r, const QString &field)
{
    REQUIRE_ERROR(r, ErrorCode::InvalidArgument);
    CHECK(r.error().field == field);
}

void requireField(const Result<void> &r, const QString &field)
{
    REQUIRE_ERROR(r, ErrorCode::InvalidArgument);
    CHECK(r.error().field == field);
}

} // namespace

TEST_CASE("a product is created with the default tax rate and read back by id, SKU and barcode")
{
    TestCompany tc;
    tc.actAs(QStringLiteral("manager"));
    CatalogService catalog(*tc.company);
    ProductInput p = widget();
    p.sku = QStringLiteral("  W-100 ");
    p.barcode = QStringLiteral("4006381333931");
    p.unit = QStringLiteral("kg");
    p.reorderLevel = 2500;
    auto id = catalog.createProduct(p);
    REQUIRE_OK(id);

    auto byId = catalog.product(id.value());
    REQUIRE_OK(byId);
    CHECK(byId->sku == QStringLiteral("W-100"));
    CHECK(byId->price == 1250);
    CHECK(byId->unit == QStringLiteral("kg"));
    CHECK(byId->reorderLevel == 2500);
    CHECK(byId->taxRateBp == 2000); // the seeded default "Standard" rate
    CHECK(byId->cost == 0);
    CHECK(byId->active);

    auto bySku = catalog.productBySku(QStringLiteral("w-100"));
    REQUIRE_OK(bySku);
    CHECK(bySku->id == id.value());
    auto byBarcode = catalog.productByBarcode(QStringLiteral("4006381333931"));
    REQUIRE_OK(byBarcode);
    CHECK(byBarcode->id == id.value());
    REQUIRE_ERROR(catalog.productBySku(QStringLiteral("nope")), ErrorCode::NotFound);
    CHECK(count(tc,
                QStringLiteral(
                    "SELECT count(*) FROM audit_logs WHERE action = 'product.create' AND entity_id = ?"),
                {QString::number(id.value())})
          == 1);
}

TEST_CASE("product validation names the field and the rule")
{
    TestCompany tc;
    tc.actAs(QStringLiteral("manager"));
    CatalogService catalog(*tc.company);
    const qlonglong before = count(tc, QStringLiteral("SELECT count(*) FROM products"));

    ProductInput p = widget(QString());
    requireField(catalog.createProduct(p), QStringLiteral("sku"));
    p = widget(QString(65, u'A'));
    requireField(catalog.createProduct(p), QStringLiteral("sku"));
    p = widget(QStringLiteral("has space"));
    requireField(catalog.createProduct(p), QStringLiteral("sku"));
    p = widget();
    p.barcode = QStringLiteral("12 34");
    requireField(catalog.createProduct(p), QStringLiteral("barcode"));
    p = widget();
    p.name = QStringLiteral("   ");
    requireField(catalog.createProduct(p), QStringLiteral("name"));
    p = widget();
    p.unit = QStringLiteral("gallon");
    auto unit = catalog.createProduct(p);
    requireField(unit, QStringLiteral("unit"));
    CHECK(unit.error().message.contains(QStringLiteral("gallon")));
    p = widget();
    p.price = -1;
    requireField(catalog.createProduct(p), QStringLiteral("price"));
    p = widget();
    p.reorderLevel = -1;
    requireField(catalog.createProduct(p), QStringLiteral("reorder_level"));
    p = widget();
    p.taxRateId = 999;
    requireField(catalog.createProduct(p), QStringLiteral("tax_rate"));
    p = widget();
    p.categoryId = 999;
    requireField(catalog.createProduct(p), QStringLiteral("category"));
    p = widget();
    p.supplierId = 999;
    requireField(catalog.createProduct(p), QStringLiteral("supplier"));

    CHECK(count(tc, QStringLiteral("SELECT count(*) FROM products")) == before);
}

TEST_CASE("duplicate SKUs regardless of case and duplicate barcodes are field errors naming the value")
{
    TestCompany tc;
    tc.actAs(QStringLiteral("manager"));
    CatalogService catalog(*tc.company);
    ProductInput first = widget(QStringLiteral("ABC-1"));
    first.barcode = QStringLiteral("111");
    REQUIRE_OK(catalog.createProduct(first));

    auto sku = catalog.createProduct(widget(QStringLiteral("abc-1")));
    requireField(sku, QStringLiteral("sku"));
    CHECK(sku.error().message.contains(QStringLiteral("abc-1")));

    ProductInput second = widget(QStringLiteral("ABC-2"));
    second.barcode = QStringLiteral("111");
    auto barcode = catalog.createProduct(second);
    requireField(barcode, QStringLiteral("barcode"));
    CHECK(barcode.error().message.contains(QStringLiteral("111")));

    second.barcode.clear();
    auto id2 = catalog.createProduct(second);
    REQUIRE_OK(id2);
    // Renaming the second to the first's SKU is refused too.
    second.sku = QStringLiteral("Abc-1");
    requireField(catalog.updateProduct(id2.value(), second), QStringLiteral("sku"));
}

TEST_CASE("a price change is audited with the old and the new price")
{
    TestCompany tc;
    tc.actAs(QStringLiteral("manager"));
    CatalogService catalog(*tc.company);
    auto id = catalog.createProduct(widget());
    REQUIRE_OK(id);
    ProductInput changed = widget();
    changed.price = 1399;
    REQUIRE_OK(catalog.updateProduct(id.value(), changed));

    const QJsonObject changes = lastChanges(tc, QStringLiteral("product.update"));
    REQUIRE(changes.contains(QStringLiteral("price")));
    CHECK(changes.value(QStringLiteral("price")).toObject().value(QStringLiteral("old")).toInteger() == 1250);
    CHECK(changes.value(QStringLiteral("price")).toObject().value(QStringLiteral("new")).toInteger() == 1399);
    CHECK_FALSE(changes.contains(QStringLiteral("name"))); // unchanged fields are not listed
    auto p = catalog.product(id.value());
    REQUIRE_OK(p);
    CHECK(p->price == 1399);
}

TEST_CASE("a product changed elsewhere since it was read is not overwritten by an older copy, and stock "
          "moving does not count as a change")
{
    TestCompany tc;
    tc.actAs(QStringLiteral("manager"));
    CatalogService catalog(*tc.company);
    auto id = catalog.createProduct(widget());
    REQUIRE_OK(id);
    auto seen = catalog.product(id.value());
    REQUIRE_OK(seen);
    REQUIRE_FALSE(seen->updatedAt.isEmpty());

    ProductInput first = widget();
    first.price = 1399;
    first.expectedUpdatedAt = seen->updatedAt;
    REQUIRE_OK(catalog.updateProduct(id.value(), first));
    auto after = catalog.product(id.value());
    REQUIRE_OK(after);
    CHECK(after->updatedAt > seen->updatedAt); // later, even within the same millisecond

    ProductInput stale = widget();
    stale.name = QStringLiteral("Renamed from an old copy");
    stale.expectedUpdatedAt = seen->updatedAt;
    auto refused = catalog.updateProduct(id.value(), stale);
    REQUIRE_ERROR(refused, ErrorCode::Conflict);
    CHECK(refused.error().message.startsWith(
        QStringLiteral("Product W-100 was saved on another workstation at ")));
    auto kept = catalog.product(id.value());
    REQUIRE_OK(kept);
    CHECK(kept->price == 1399);
    CHECK(kept->name == widget().name);

    // Stock moving in does not change the product's version: its form stays saveable.
    ShopData data(tc);
    data.stock(id.value(), ShopData::Main, 5'000);
    stale.expectedUpdatedAt = after->updatedAt;
    REQUIRE_OK(catalog.updateProduct(id.value(), stale));
}

TEST_CASE("the cost is not editable through the catalog")
{
    TestCompany tc;
    tc.actAs(QStringLiteral("manager"));
    CatalogService catalog(*tc.company);
    auto id = catalog.createProduct(widget());
    REQUIRE_OK(id);
    exec(tc.sql(), QStringLiteral("UPDATE products SET cost = 777 WHERE id = ?"), {id.value()});
    ProductInput changed = widget();
    changed.name = QStringLiteral("Renamed");
    REQUIRE_OK(catalog.updateProduct(id.value(), changed));
    auto p = catalog.product(id.value());
    REQUIRE_OK(p);
    CHECK(p->cost == 777);
    CHECK(p->name == QStringLiteral("Renamed"));
}

TEST_CASE("deactivated products leave the default list but stay readable")
{
    TestCompany tc;
    tc.actAs(QStringLiteral("manager"));
    CatalogService catalog(*tc.company);
    auto a = catalog.createProduct(widget(QStringLiteral("A-1")));
    auto b = catalog.createProduct(widget(QStringLiteral("B-1")));
    REQUIRE_OK(a);
    REQUIRE_OK(b);
    REQUIRE_OK(catalog.deactivateProduct(a.value()));
    auto active = catalog.products();
    REQUIRE_OK(active);
    REQUIRE(active->size() == 1);
    CHECK(active->constFirst().sku == QStringLiteral("B-1"));
    auto all = catalog.products({QString(), true, 500, 0});
    REQUIRE_OK(all);
    CHECK(all->size() == 2);
    auto search = catalog.products({QStringLiteral("b-"), false, 500, 0});
    REQUIRE_OK(search);
    CHECK(search->size() == 1);
    auto gone = catalog.product(a.value());
    REQUIRE_OK(gone);
    CHECK_FALSE(gone->active);
}

TEST_CASE("categories are unique regardless of case")
{
    TestCompany tc;
    tc.actAs(QStringLiteral("manager"));
    CatalogService catalog(*tc.company);
    auto tools = catalog.createCategory(QStringLiteral("Tools"));
    REQUIRE_OK(tools);
    requireField(catalog.createCategory(QStringLiteral("tools")), QStringLiteral("name"));
    requireField(catalog.createCategory(QStringLiteral(" ")), QStringLiteral("name"));
    auto hammers = catalog.createCategory(QStringLiteral("Hammers"), tools.value());
    REQUIRE_OK(hammers);
    requireField(catalog.renameCategory(hammers.value(), QStringLiteral("TOOLS")), QStringLiteral("name"));
    REQUIRE_OK(catalog.renameCategory(hammers.value(), QStringLiteral("Mallets")));
    auto list = catalog.categories();
    REQUIRE_OK(list);
    REQUIRE(list->size() == 2);
    CHECK(list->at(0).name == QStringLiteral("Mallets"));
    CHECK(list->at(0).parentId == tools.value());
}

TEST_CASE("exactly one tax rate is the default and setting a new one clears the old")
{
    TestCompany tc;
    tc.actAs(QStringLiteral("manager"));
    CatalogService catalog(*tc.company);
    auto special = catalog.createTaxRate(QStringLiteral("Special"), 1300, true);
    REQUIRE_OK(special);
    CHECK(count(tc, QStringLiteral("SELECT count(*) FROM tax_rates WHERE is_default = 1")) == 1);
    auto def = catalog.defaultTaxRate();
    REQUIRE_OK(def);
    CHECK(def->id == special.value());

    QSqlQuery standard = exec(tc.sql(), QStringLiteral("SELECT id FROM tax_rates WHERE name = 'Standard'"));
    REQUIRE(standard.next());
    const qint64 standardId = standard.value(0).toLongLong();
    REQUIRE_OK(catalog.setDefaultTaxRate(standardId));
    CHECK(count(tc, QStringLiteral("SELECT count(*) FROM tax_rates WHERE is_default = 1")) == 1);
    CHECK(count(tc, QStringLiteral("SELECT is_default FROM tax_rates WHERE id = ?"), {special.value()}) == 0);

    auto refused = catalog.deactivateTaxRate(standardId);
    REQUIRE_ERROR(refused, ErrorCode::InvalidState);
    CHECK(refused.error().field == QStringLiteral("is_default"));
    REQUIRE_OK(catalog.deactivateTaxRate(special.value()));
    requireField(catalog.setDefaultTaxRate(special.value()), QStringLiteral("is_default"));
    ProductInput p = widget();
    p.taxRateId = special.value();
    requireField(catalog.createProduct(p), QStringLiteral("tax_rate")); // inactive rates cannot be picked

    requireField(catalog.createTaxRate(QStringLiteral("Too much"), 100001), QStringLiteral("rate"));
    requireField(catalog.createTaxRate(QStringLiteral("Negative"), -1), QStringLiteral("rate"));
    requireField(catalog.createTaxRate(QStringLiteral("standard"), 500), QStringLiteral("name"));
    REQUIRE_OK(catalog.updateTaxRate(standardId, QStringLiteral("Standard"), 2100));
    const QJsonObject changes = lastChanges(tc, QStringLiteral("tax_rate.update"));
    CHECK(changes.value(QStringLiteral("rate_bp")).toObject().value(QStringLiteral("old")).toInteger()
          == 2000);
    CHECK(changes.value(QStringLiteral("rate_bp")).toObject().value(QStringLiteral("new")).toInteger()
          == 2100);
}

TEST_CASE("a clerk may look products up but not edit the catalog, and the refusal is audited")
{
    TestCompany tc;
    tc.actAs(QStringLiteral("manager"));
    auto id = CatalogService(*tc.company).createProduct(widget());
    REQUIRE_OK(id);
    tc.actAs(QStringLiteral("clerk"));
    CatalogService catalog(*tc.company);
    REQUIRE_OK(catalog.product(id.value()));
    REQUIRE_OK(catalog.products());
    REQUIRE_OK(catalog.taxRates());
    const qlonglong denied = count(
        tc, QStringLiteral("SELECT count(*) FROM audit_logs WHERE action = 'permission.denied'"));
    REQUIRE_ERROR(catalog.createProduct(widget(QStringLiteral("X-1"))), ErrorCode::PermissionDenied);
    ProductInput cheaper = widget();
    cheaper.price = 1;
    REQUIRE_ERROR(catalog.updateProduct(id.value(), cheaper), ErrorCode::PermissionDenied);
    REQUIRE_ERROR(catalog.deactivateProduct(id.value()), ErrorCode::PermissionDenied);
    REQUIRE_ERROR(catalog.createCategory(QStringLiteral("Tools")), ErrorCode::PermissionDenied);
    REQUIRE_ERROR(catalog.createTaxRate(QStringLiteral("New"), 100), ErrorCode::PermissionDenied);
    REQUIRE_ERROR(catalog.setDefaultTaxRate(2), ErrorCode::PermissionDenied);
    CHECK(count(tc, QStringLiteral("SELECT count(*) FROM audit_logs WHERE action = 'permission.denied'"))
          == denied + 6);
    CHECK(count(tc, QStringLiteral("SELECT price FROM products WHERE id = ?"), {id.value()}) == 1250);
}

TEST_CASE("warehouses: codes are checked, unique regardless of case, and MAIN is the default")
{
    TestCompany tc;
    tc.actAs(QStringLiteral("manager"));
    WarehouseService warehouses(*tc.company);
    auto list = warehouses.list();
    REQUIRE_OK(list);
    REQUIRE(list->size() == 1);
    CHECK(list->constFirst().code == QStringLiteral("MAIN"));
    CHECK(list->constFirst().isDefault);

    auto north = warehouses.create(QStringLiteral("north-1"), QStringLiteral("North store"));
    REQUIRE_OK(north);
    auto byCode = warehouses.byCode(QStringLiteral("NORTH-1"));
    REQUIRE_OK(byCode);
    CHECK(byCode->code == QStringLiteral("NORTH-1"));
    auto duplicate = warehouses.create(QStringLiteral("North-1"), QStringLiteral("Again"));
    requireField(duplicate, QStringLiteral("code"));
    CHECK(duplicate.error().message.contains(QStringLiteral("NORTH-1")));
    requireField(warehouses.create(QString(), QStringLiteral("Empty")), QStringLiteral("code"));
    requireField(warehouses.create(QStringLiteral("ABCDEFGHIJKLMNOPQ"), QStringLiteral("17 long")),
                 QStringLiteral("code"));
    requireField(warehouses.create(QStringLiteral("NO SPACE"), QStringLiteral("Space")),
                 QStringLiteral("code"));
    requireField(warehouses.create(QStringLiteral("ÜBER"), QStringLiteral("Umlaut")), QStringLiteral("code"));
    requireField(warehouses.create(QStringLiteral("EMPTYNAME"), QStringLiteral(" ")), QStringLiteral("name"));
    requireField(warehouses.update(north.value(), QStringLiteral("main"), QStringLiteral("North")),
                 QStringLiteral("code"));
    REQUIRE_OK(warehouses.update(north.value(), QStringLiteral("N1"), QStringLiteral("North")));
    CHECK(lastChanges(tc, QStringLiteral("warehouse.update"))
              .value(QStringLiteral("code"))
              .toObject()
              .value(QStringLiteral("old"))
              .toString()
          == QStringLiteral("NORTH-1"));
}

TEST_CASE("the default warehouse and one holding stock cannot be deactivated")
{
    TestCompany tc;
    tc.actAs(QStringLiteral("manager"));
    WarehouseService warehouses(*tc.company);
    auto main = warehouses.byCode(QStringLiteral("MAIN"));
    REQUIRE_OK(main);
    auto refused = warehouses.deactivate(main->id);
    REQUIRE_ERROR(refused, ErrorCode::InvalidState);
    CHECK(refused.error().message.contains(QStringLiteral("MAIN")));

    auto south = warehouses.create(QStringLiteral("SOUTH"), QStringLiteral("South"));
    REQUIRE_OK(south);
    auto product = CatalogService(*tc.company).createProduct(widget());
    REQUIRE_OK(product);
    exec(tc.sql(),
         QStringLiteral("INSERT INTO stock_levels (product_id, warehouse_id, quantity, updated_at) "
                        "VALUES (?, ?, 3000, '2026-01-01T00:00:00.000Z')"),
         {product.value(), south.value()});
    auto holding = warehouses.deactivate(south.value());
    REQUIRE_ERROR(holding, ErrorCode::InvalidState);
    CHECK(holding.error().message.contains(QStringLiteral("SOUTH")));
    exec(tc.sql(), QStringLiteral("UPDATE stock_levels SET quantity = 0 WHERE warehouse_id = ?"),
         {south.value()});
    REQUIRE_OK(warehouses.deactivate(south.value()));
    auto active = warehouses.list();
    REQUIRE_OK(active);
    CHECK(active->size() == 1);
    auto all = warehouses.list(true);
    REQUIRE_OK(all);
    CHECK(all->size() == 2);
}

TEST_CASE("a clerk sees warehouses but cannot edit them")
{
    TestCompany tc;
    tc.actAs(QStringLiteral("clerk"));
    WarehouseService warehouses(*tc.company);
    REQUIRE_OK(warehouses.list());
    REQUIRE_OK(warehouses.byCode(QStringLiteral("main")));
    REQUIRE_ERROR(warehouses.create(QStringLiteral("X"), QStringLiteral("X")), ErrorCode::PermissionDenied);
    REQUIRE_ERROR(warehouses.update(1, QStringLiteral("X"), QStringLiteral("X")),
                  ErrorCode::PermissionDenied);
    REQUIRE_ERROR(warehouses.deactivate(1), ErrorCode::PermissionDenied);
    CHECK(count(tc, QStringLiteral("SELECT count(*) FROM warehouses")) == 1);
}

TEST_CASE("a product keeps a supplier and a tax rate deactivated after it was created, but new picks must be "
          "active")
{
    TestCompany tc;
    tc.actAs(QStringLiteral("manager"));
    CatalogService catalog(*tc.company);
    PartnerInput acme;
    acme.name = QStringLiteral("Acme");
    auto supplier = PartnerService(*tc.company).create(PartnerKind::Supplier, acme);
    REQUIRE_OK(supplier);
    ProductInput p = widget();
    p.supplierId = supplier.value();
    p.taxRateId = 2; // the seeded "Reduced" rate
    auto id = catalog.createProduct(p);
    REQUIRE_OK(id);
    REQUIRE_OK(PartnerService(*tc.company).deactivate(PartnerKind::Supplier, supplier.value()));
    REQUIRE_OK(catalog.deactivateTaxRate(2));

    p.price = 1300;
    REQUIRE_OK(catalog.updateProduct(id.value(), p));
    auto kept = catalog.product(id.value());
    REQUIRE_OK(kept);
    CHECK(kept->price == 1300);
    CHECK(kept->supplierId == supplier.value());
    CHECK(kept->taxRateBp == 700);
    ProductInput other = widget(QStringLiteral("W-3"));
    other.supplierId = supplier.value();
    requireField(catalog.createProduct(other), QStringLiteral("supplier"));
    other.supplierId.reset();
    other.taxRateId = 2;
    requireField(catalog.createProduct(other), QStringLiteral("tax_rate"));
}
