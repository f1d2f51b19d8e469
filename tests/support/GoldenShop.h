// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "CompanyFixture.h"

#include "services/catalog/CatalogService.h"
#include "services/invoices/InvoiceService.h"
#include "services/partners/PartnerService.h"
#include "services/payments/PaymentService.h"
#include "services/stock/StockService.h"
#include "services/stock/WarehouseService.h"

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

#include <memory>

namespace stockbook::test {

// The company behind the golden files (tests/golden/README.md lists it with
// every figure worked out). Built through the services with the company's
// clock set to each event's day, 09:00 UTC, so that stock movements carry
// that day and nothing depends on the day the test runs. Prices exclude tax.
//
// - MAIN (seeded) and BACK "Back room"; categories Tools, Food, "Paint, Glue".
// - Suppliers: Acme Tools (acme@example.com, 30 days), Ölmühle GmbH
//   (oel@example.de, 14 days), Old Supplier (no e-mail, inactive).
// - Customers: Bob Baker (bob@example.com, 14 days), "Alice & Co, Ltd"
//   (alice@example.com, 30 days), Zoë Café (zoe@example.org, 0 days),
//   Dormant Ltd (no e-mail, inactive).
// - HAM-1 Claw hammer (Tools, Acme, 12.00, 20 %, reorder 8), FLOUR-1 Flour
//   (Food, Ölmühle, kg, 2.40, 7 %), GLUE-1 Wood glue (Paint, Glue; Acme, 4.50,
//   20 %, reorder 20), NAIL-1 Nails (Tools, 0.10, 0 %, reorder 1, never
//   stocked), OLD-1 Retired item (inactive).
// - 2025-01-10 P-2025-000001 Acme into MAIN: HAM 10 x 5.00, GLUE 20 x 2.00.
// - 2025-01-12 P-2025-000002 Ölmühle into MAIN: FLOUR 25 kg x 1.00.
// - 2025-02-03 S-2025-000001 Bob: HAM 2 x 12.00.
// - 2025-02-10 S-2025-000002 Alice: HAM 1 x 12.00 less 10 %, FLOUR 5 kg x 2.40;
//   paid in full on 02-15.
// - 2025-03-05 S-2025-000003 Bob: GLUE 3 x 4.50; voided on 03-06.
// - 2025-03-20 S-2025-000004 Zoë: GLUE 4 x 4.50, FLOUR 2.5 kg x 2.40; 10.00 paid on 03-22.
// - 2025-03-25 C-2025-000001: credit note of S-2025-000001, 1 hammer.
// - 2025-04-02 transfer T-1 MAIN -> BACK: HAM 2, GLUE 5.
// - 2025-04-15 S-2025-000005 Alice from BACK: HAM 1 x 12.00.
// - 2025-04-20 stocktake ST-1 in MAIN: FLOUR counted 17 kg (was 17.5), "spilled".
struct GoldenShop {
    TestCompany tc;
    QDateTime clock; // what the company's clock says

    static QDate d(int month, int day) { return QDate(2025, month, day); }

    void at(const QDate &day) { clock = QDateTime(day, QTime(9, 0), QTimeZone::utc()); }

    GoldenShop()
    {
        CompanySession &c = *tc.company;
        c.setClock([this] { return clock; });
        at(d(1, 2));
        exec(tc.sql(),
             QStringLiteral("UPDATE settings SET value = '0' WHERE key = 'invoice.prices_include_tax'"));
        REQUIRE_OK(WarehouseService(c).create(QStringLiteral("BACK"), QStringLiteral("Back room")));

        CatalogService catalog(c);
        auto tools = catalog.createCategory(QStringLiteral("Tools"));
        REQUIRE_OK(tools);
        auto food = catalog.createCategory(QStringLiteral("Food"));
        REQUIRE_OK(food);
        auto paint = catalog.createCategory(QStringLiteral("Paint, Glue"));
        REQUIRE_OK(paint);

        PartnerService partners(c);
        auto partner = [](const QString &name, const QString &email, int terms) {
            PartnerInput in;
            in.name = name;
            in.email = email;
            in.paymentTermsDays = terms;
            return in;
        };
        PartnerInput acmeIn = partner(QStringLiteral("Acme Tools"), QStringLiteral("acme@example.com"), 30);
        acmeIn.phone = QStringLiteral("+49 30 1234-5");
        acmeIn.address = QStringLiteral("1 Forge Lane\nBerlin");
        acmeIn.taxId = QStringLiteral("DE123456789");
        acmeIn.notes = QStringLiteral("Ships \"fast\"");
        auto acme = partners.create(PartnerKind::Supplier, acmeIn);
        REQUIRE_OK(acme);
        auto oel = partners.create(
            PartnerKind::Supplier,
            partner(QStringLiteral("Ölmühle GmbH"), QStringLiteral("oel@example.de"), 14));
        REQUIRE_OK(oel);
        PartnerInput oldIn = partner(QStringLiteral("Old Supplier"), {}, 0);
        oldIn.active = false;
        REQUIRE_OK(partners.create(PartnerKind::Supplier, oldIn));

        auto bob = partners.create(
            PartnerKind::Customer,
            partner(QStringLiteral("Bob Baker"), QStringLiteral("bob@example.com"), 14));
        REQUIRE_OK(bob);
        PartnerInput aliceIn = partner(QStringLiteral("Alice & Co, Ltd"), QStringLiteral("alice@example.com"),
                                       30);
        aliceIn.phone = QStringLiteral("(030) 555 01");
        aliceIn.address = QStringLiteral("2 Market Square, Town");
        auto alice = partners.create(PartnerKind::Customer, aliceIn);
        REQUIRE_OK(alice);
        auto zoe = partners.create(PartnerKind::Customer,
                                   partner(QStringLiteral("Zoë Café"), QStringLiteral("zoe@example.org"), 0));
        REQUIRE_OK(zoe);
        PartnerInput dormantIn = partner(QStringLiteral("Dormant Ltd"), {}, 14);
        dormantIn.notes = QStringLiteral("Closed in 2024");
        dormantIn.active = false;
        REQUIRE_OK(partners.create(PartnerKind::Customer, dormantIn));

        auto product = [&](const QString &sku, const QString &name, std::optional<qint64> category,
                           std::optional<qint64> supplier, qint64 taxRateId, const QString &unit,
                           qint64 price, qint64 reorder) {
            ProductInput p;
            p.sku = sku;
            p.name = name;
            p.categoryId = category;
            p.supplierId = supplier;
            p.taxRateId = taxRateId;
            p.unit = unit;
            p.price = price;
            p.reorderLevel = reorder;
            return p;
        };
        // Tax rates as seeded: 1 Standard 20 %, 2 Reduced 7 %, 3 Zero.
        ProductInput hamIn = product(QStringLiteral("HAM-1"), QStringLiteral("Claw hammer, 500 g"),
                                     tools.value(), acme.value(), 1, QStringLiteral("piece"), 1200, 8000);
        hamIn.barcode = QStringLiteral("4006381333931");
        auto ham = catalog.createProduct(hamIn);
        REQUIRE_OK(ham);
        auto flour = catalog.createProduct(product(QStringLiteral("FLOUR-1"),
                                                   QStringLiteral("Flour, type 405"), food.value(),
                                                   oel.value(), 2, QStringLiteral("kg"), 240, 0));
        REQUIRE_OK(flour);
        auto glue = catalog.createProduct(product(QStringLiteral("GLUE-1"),
                                                  QStringLiteral("Wood glue \"Extra\""), paint.value(),
                                                  acme.value(), 1, QStringLiteral("piece"), 450, 20000));
        REQUIRE_OK(glue);
        REQUIRE_OK(catalog.createProduct(product(QStringLiteral("NAIL-1"), QStringLiteral("Nails 50 mm"),
                                                 tools.value(), std::nullopt, 3, QStringLiteral("piece"), 10,
                                                 1000)));
        ProductInput oldProduct = product(QStringLiteral("OLD-1"), QStringLiteral("Retired item"),
                                          std::nullopt, std::nullopt, 1, QStringLiteral("piece"), 100, 0);
        oldProduct.active = false;
        REQUIRE_OK(catalog.createProduct(oldProduct));

        InvoiceService invoices(c);
        auto line = [](qint64 productId, qint64 quantity, qint64 price, qint64 discountBp = 0) {
            InvoiceLineInput l;
            l.productId = productId;
            l.quantity = quantity;
            l.unitPrice = price;
            l.discountBp = discountBp;
            return l;
        };
        auto post = [&](InvoiceType type, qint64 partnerId, qint64 warehouseId, const QDate &date,
                        const QList<InvoiceLineInput> &lines) {
            at(date);
            InvoiceDraft draft;
            draft.type = type;
            draft.partnerId = partnerId;
            draft.warehouseId = warehouseId;
            draft.issueDate = date;
            draft.lines = lines;
            auto posted = invoices.createAndPost(draft);
            REQUIRE_OK(posted);
            return posted->id;
        };
        const qint64 main = 1;
        const qint64 back = 2;
        post(InvoiceType::Purchase, acme.value(), main, d(1, 10),
             {line(ham.value(), 10000, 500), line(glue.value(), 20000, 200)});
        post(InvoiceType::Purchase, oel.value(), main, d(1, 12), {line(flour.value(), 25000, 100)});
        const qint64 s1 = post(InvoiceType::Sale, bob.value(), main, d(2, 3),
                               {line(ham.value(), 2000, 1200)});
        const qint64 s2 = post(InvoiceType::Sale, alice.value(), main, d(2, 10),
                               {line(ham.value(), 1000, 1200, 1000), line(flour.value(), 5000, 240)});
        PaymentService payments(c);
        auto pay = [&](qint64 invoiceId, qint64 amount, const QDate &date) {
            at(date);
            NewPayment p;
            p.invoiceId = invoiceId;
            p.amount = amount;
            p.method = PaymentMethod::BankTransfer;
            p.paidOn = date;
            REQUIRE_OK(payments.record(p));
        };
        pay(s2, 2580, d(2, 15));
        const qint64 s3 = post(InvoiceType::Sale, bob.value(), main, d(3, 5),
                               {line(glue.value(), 3000, 450)});
        at(d(3, 6));
        REQUIRE_OK(invoices.voidInvoice(s3, QStringLiteral("Entered twice")));
        const qint64 s4 = post(InvoiceType::Sale, zoe.value(), main, d(3, 20),
                               {line(glue.value(), 4000, 450), line(flour.value(), 2500, 240)});
        pay(s4, 1000, d(3, 22));
        at(d(3, 25));
        REQUIRE_OK(invoices.creditNote(s1, {CreditLineInput{1, 1000}}, d(3, 25)));

        at(d(4, 2));
        TransferRequest move;
        move.from = WarehouseKey(QStringLiteral("MAIN"));
        move.to = WarehouseKey(QStringLiteral("BACK"));
        move.lines.append({ProductKey(QStringLiteral("HAM-1")), 2000});
        move.lines.append({ProductKey(QStringLiteral("GLUE-1")), 5000});
        move.reference = QStringLiteral("T-1");
        REQUIRE_OK(StockService(c).transfer(move));

        post(InvoiceType::Sale, alice.value(), back, d(4, 15), {line(ham.value(), 1000, 1200)});

        at(d(4, 20));
        StocktakeRequest count;
        count.warehouse = WarehouseKey(QStringLiteral("MAIN"));
        count.lines.append({ProductKey(QStringLiteral("FLOUR-1")), 17000});
        count.reason = QStringLiteral("spilled");
        count.reference = QStringLiteral("ST-1");
        REQUIRE_OK(StockService(c).stocktake(count));
    }
};

} // namespace stockbook::test
