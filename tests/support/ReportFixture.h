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

namespace stockbook::test {

// A small shop built through the services, with every figure known:
// - MAIN and BACK; categories Tools and Food; supplier Acme (acme@example.com);
//   customers Bob (bob@example.com, 14 days) and Alice (alice@example.com, 30 days).
// - HAM-1 Hammer (Tools, Acme, piece, reorder 8), FLOUR-1 Flour (Food, kg,
//   no reorder level), NAIL-1 Nails (Tools, reorder 1, never stocked).
// - Prices include tax (20 % on sales, 0 % on the purchase).
// - P  2026-01-10 purchase into MAIN: HAM 10 x 5.00, FLOUR 20 kg x 1.00 = 70.00.
// - S1 2026-02-03 Bob: HAM 2 x 12.00 = 24.00 (net 20.00, tax 4.00), due 02-17.
// - S2 2026-02-10 Alice: HAM 1 x 12.00 + FLOUR 5 kg x 2.40 = 24.00 (net 20.00, tax 4.00), paid in full.
// - S3 2026-03-05 Bob: HAM 3 x 12.00, voided.
// - S4 2026-03-20 Alice: HAM 1 x 12.00 = 12.00 (net 10.00), 2.00 paid, due 04-19.
// - C1 2026-03-25 credit note of S1 line 1, 1 hammer: 12.00 (net 10.00, tax 2.00).
// - Transfer MAIN -> BACK: 2 hammers.
// Stock: HAM 10 - 2 - 1 - 3 + 3 - 1 + 1 = 7 (MAIN 5, BACK 2); FLOUR 20 - 5 = 15 kg in MAIN.
struct ReportShop {
    TestCompany tc;
    qint64 s1 = 0, s2 = 0, s3 = 0, s4 = 0;

    static QDate d(int y, int m, int day) { return QDate(y, m, day); }

    ReportShop()
    {
        exec(tc.sql(),
             QStringLiteral("UPDATE settings SET value = '1' WHERE key = 'invoice.prices_include_tax'"));
        CompanySession &c = *tc.company;
        REQUIRE_OK(WarehouseService(c).create(QStringLiteral("BACK"), QStringLiteral("Back room")));
        CatalogService catalog(c);
        auto tools = catalog.createCategory(QStringLiteral("Tools"));
        REQUIRE_OK(tools);
        auto food = catalog.createCategory(QStringLiteral("Food"));
        REQUIRE_OK(food);
        PartnerService partners(c);
        PartnerInput acme;
        acme.name = QStringLiteral("Acme");
        acme.email = QStringLiteral("acme@example.com");
        acme.paymentTermsDays = 30;
        auto supplier = partners.create(PartnerKind::Supplier, acme);
        REQUIRE_OK(supplier);
        PartnerInput bobIn;
        bobIn.name = QStringLiteral("Bob");
        bobIn.email = QStringLiteral("bob@example.com");
        bobIn.paymentTermsDays = 14;
        auto bob = partners.create(PartnerKind::Customer, bobIn);
        REQUIRE_OK(bob);
        PartnerInput aliceIn;
        aliceIn.name = QStringLiteral("Alice");
        aliceIn.email = QStringLiteral("alice@example.com");
        aliceIn.paymentTermsDays = 30;
        auto alice = partners.create(PartnerKind::Customer, aliceIn);
        REQUIRE_OK(alice);

        ProductInput ham;
        ham.sku = QStringLiteral("HAM-1");
        ham.name = QStringLiteral("Hammer");
        ham.categoryId = tools.value();
        ham.supplierId = supplier.value();
        ham.price = 1200;
        ham.reorderLevel = 8000;
        auto hamId = catalog.createProduct(ham);
        REQUIRE_OK(hamId);
        ProductInput flour;
        flour.sku = QStringLiteral("FLOUR-1");
        flour.name = QStringLiteral("Flour");
        flour.categoryId = food.value();
        flour.unit = QStringLiteral("kg");
        flour.price = 240;
        auto flourId = catalog.createProduct(flour);
        REQUIRE_OK(flourId);
        ProductInput nail;
        nail.sku = QStringLiteral("NAIL-1");
        nail.name = QStringLiteral("Nails");
        nail.categoryId = tools.value();
        nail.price = 10;
        nail.reorderLevel = 1000;
        REQUIRE_OK(catalog.createProduct(nail));

        InvoiceService invoices(c);
        auto line = [](qint64 product, qint64 qty, qint64 price, qint64 rate) {
            InvoiceLineInput l;
            l.productId = product;
            l.quantity = qty;
            l.unitPrice = price;
            l.taxRateBp = rate;
            return l;
        };
        auto post = [&](InvoiceType type, qint64 partner, QDate date, QList<InvoiceLineInput> lines) {
            InvoiceDraft draft;
            draft.type = type;
            draft.partnerId = partner;
            draft.warehouseId = 1; // MAIN
            draft.issueDate = date;
            draft.lines = lines;
            auto posted = invoices.createAndPost(draft);
            REQUIRE_OK(posted);
            return posted->id;
        };
        post(InvoiceType::Purchase, supplier.value(), d(2026, 1, 10),
             {line(hamId.value(), 10000, 500, 0), line(flourId.value(), 20000, 100, 0)});
        s1 = post(InvoiceType::Sale, bob.value(), d(2026, 2, 3), {line(hamId.value(), 2000, 1200, 2000)});
        s2 = post(InvoiceType::Sale, alice.value(), d(2026, 2, 10),
                  {line(hamId.value(), 1000, 1200, 2000), line(flourId.value(), 5000, 240, 2000)});
        s3 = post(InvoiceType::Sale, bob.value(), d(2026, 3, 5), {line(hamId.value(), 3000, 1200, 2000)});
        REQUIRE_OK(invoices.voidInvoice(s3, QStringLiteral("Entered twice")));
        s4 = post(InvoiceType::Sale, alice.value(), d(2026, 3, 20), {line(hamId.value(), 1000, 1200, 2000)});
        REQUIRE_OK(invoices.creditNote(s1, {CreditLineInput{1, 1000}}, d(2026, 3, 25)));

        PaymentService payments(c);
        NewPayment full;
        full.invoiceId = s2;
        full.amount = 2400;
        full.paidOn = d(2026, 2, 15);
        REQUIRE_OK(payments.record(full));
        NewPayment part;
        part.invoiceId = s4;
        part.amount = 200;
        part.paidOn = d(2026, 3, 22);
        REQUIRE_OK(payments.record(part));

        TransferRequest move;
        move.from = WarehouseKey(QStringLiteral("MAIN"));
        move.to = WarehouseKey(QStringLiteral("BACK"));
        move.lines.append({ProductKey(QStringLiteral("HAM-1")), 2000});
        move.reference = QStringLiteral("T-1");
        REQUIRE_OK(StockService(c).transfer(move));
    }
};

} // namespace stockbook::test
