// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "CompanyFixture.h"

#include "services/catalog/CatalogService.h"
#include "services/invoices/InvoiceService.h"
#include "services/partners/PartnerService.h"
#include "services/stock/WarehouseService.h"

namespace stockbook::test {

// A shop for the stock-value-by-category report, built through the services
// with every figure known (purchases at 0 % tax: the unit cost is the price).
// - Warehouses MAIN and BACK; categories Tools and Paint; supplier Acme.
// - P1 into MAIN: HAM-1 4 x 5.00, SAW-1 1 x 12.35, RAG-1 3 x 0.99.
// - P2 into BACK: HAM-1 4 x 6.00, RED-1 2.5 litres x 3.33, BLUE-1 1.5 litres x 3.33,
//   RAG-1 1 x 0.99.
// Moving average cost (over all warehouses): HAM-1 (4 x 500 + 4 x 600) / 8
// = 550; SAW-1 1235; RED-1 and BLUE-1 333; RAG-1 99. NAIL-1 (Tools) is
// never stocked. HAM-1, SAW-1 and NAIL-1 are Tools, RED-1 and BLUE-1 Paint,
// RAG-1 has no category.
// Values, round(quantity x cost / 1000) half up per product and warehouse:
// - Paint BACK: RED 2500 x 333 = 832.5 -> 833; BLUE 1500 x 333 = 499.5 -> 500;
//   4 litres, 13.33 (rounding the sum instead would give 13.32).
// - Tools BACK: HAM 4 x 5.50 = 22.00; 4 pieces.
// - Tools MAIN: HAM 4 x 5.50 = 22.00, SAW 1 x 12.35; 5 pieces, 34.35.
// - no category BACK: RAG 1 x 0.99 = 0.99; MAIN: RAG 3 x 0.99 = 2.97.
// Total: 4 + 4 + 5 + 1 + 3 = 17 units; 13.33 + 22.00 + 34.35 + 0.99 + 2.97 = 73.64.
struct StockValueShop {
    TestCompany tc;

    StockValueShop()
    {
        CompanySession &c = *tc.company;
        auto back = WarehouseService(c).create(QStringLiteral("BACK"), QStringLiteral("Back room"));
        REQUIRE_OK(back);
        CatalogService catalog(c);
        auto tools = catalog.createCategory(QStringLiteral("Tools"));
        REQUIRE_OK(tools);
        auto paint = catalog.createCategory(QStringLiteral("Paint"));
        REQUIRE_OK(paint);
        PartnerInput acme;
        acme.name = QStringLiteral("Acme");
        acme.email = QStringLiteral("acme@example.com");
        auto supplier = PartnerService(c).create(PartnerKind::Supplier, acme);
        REQUIRE_OK(supplier);
        auto product = [&](const char *sku, std::optional<qint64> category, const char *unit) {
            ProductInput p;
            p.sku = QString::fromLatin1(sku);
            p.name = QString::fromLatin1(sku);
            p.categoryId = category;
            p.unit = QString::fromLatin1(unit);
            p.price = 2000;
            auto id = catalog.createProduct(p);
            REQUIRE_OK(id);
            return id.value();
        };
        const qint64 ham = product("HAM-1", tools.value(), "piece");
        const qint64 saw = product("SAW-1", tools.value(), "piece");
        product("NAIL-1", tools.value(), "piece");
        const qint64 red = product("RED-1", paint.value(), "litre");
        const qint64 blue = product("BLUE-1", paint.value(), "litre");
        const qint64 rag = product("RAG-1", std::nullopt, "piece");

        InvoiceService invoices(c);
        auto line = [](qint64 id, qint64 qty, qint64 price) {
            InvoiceLineInput l;
            l.productId = id;
            l.quantity = qty;
            l.unitPrice = price;
            l.taxRateBp = 0;
            return l;
        };
        auto purchase = [&](qint64 warehouse, QList<InvoiceLineInput> lines) {
            InvoiceDraft draft;
            draft.type = InvoiceType::Purchase;
            draft.partnerId = supplier.value();
            draft.warehouseId = warehouse;
            draft.issueDate = QDate(2026, 1, 10);
            draft.lines = lines;
            REQUIRE_OK(invoices.createAndPost(draft));
        };
        const qint64 mainId = invoices.warehouseIdByCode(QStringLiteral("MAIN")).value();
        const qint64 backId = invoices.warehouseIdByCode(QStringLiteral("BACK")).value();
        purchase(mainId, {line(ham, 4000, 500), line(saw, 1000, 1235), line(rag, 3000, 99)});
        purchase(backId,
                 {line(ham, 4000, 600), line(red, 2500, 333), line(blue, 1500, 333), line(rag, 1000, 99)});
    }
};

} // namespace stockbook::test
