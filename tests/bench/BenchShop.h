// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

// The shop both posting benchmarks (file and server) sell from, and the
// five-line sale they post.

#include "services/CompanySession.h"
#include "services/catalog/CatalogService.h"
#include "services/invoices/InvoiceService.h"
#include "services/partners/PartnerService.h"

#include <QList>

namespace stockbook::bench {

constexpr int Products = 100;
constexpr int LinesPerSale = 5;

struct ShopIds {
    qint64 customer = 0;
    QList<qint64> products;
};

// A customer, a supplier, Products products and a million units of each
// bought into warehouse 1 (one posted purchase), through the services.
inline Result<ShopIds> seedShop(CompanySession &company)
{
    ShopIds shop;
    PartnerInput customer;
    customer.name = QStringLiteral("Bench customer");
    auto c = PartnerService(company).create(PartnerKind::Customer, customer);
    if (!c.ok())
        return c.error();
    shop.customer = c.value();
    PartnerInput supplier;
    supplier.name = QStringLiteral("Bench supplier");
    auto s = PartnerService(company).create(PartnerKind::Supplier, supplier);
    if (!s.ok())
        return s.error();
    CatalogService catalog(company);
    InvoiceDraft purchase;
    purchase.type = InvoiceType::Purchase;
    purchase.partnerId = s.value();
    purchase.warehouseId = 1;
    for (int p = 1; p <= Products; ++p) {
        ProductInput in;
        in.sku = QStringLiteral("SKU-%1").arg(p);
        in.name = QStringLiteral("Product %1").arg(p);
        in.price = 1999;
        auto id = catalog.createProduct(in);
        if (!id.ok())
            return id.error();
        shop.products.append(id.value());
        InvoiceLineInput line;
        line.productId = id.value();
        line.quantity = 1'000'000'000; // a million units
        line.unitPrice = 1000;
        purchase.lines.append(line);
    }
    auto bought = InvoiceService(company).createAndPost(purchase);
    if (!bought.ok())
        return bought.error();
    return shop;
}

// The i-th benchmark sale: five lines of one unit each, of products i*5 ..
// i*5+4 (modulo Products) at their catalogue price.
inline InvoiceDraft benchSale(const ShopIds &shop, int i)
{
    InvoiceDraft sale;
    sale.type = InvoiceType::Sale;
    sale.partnerId = shop.customer;
    sale.warehouseId = 1;
    for (int line = 0; line < LinesPerSale; ++line) {
        InvoiceLineInput l;
        l.productId = shop.products.at((i * LinesPerSale + line) % Products);
        l.quantity = 1000;
        sale.lines.append(l);
    }
    return sale;
}

} // namespace stockbook::bench
