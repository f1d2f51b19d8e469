// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "InvoiceTestData.h"

#include "models/InvoiceListModel.h"
#include "services/invoices/InvoiceService.h"
#include "services/payments/PaymentService.h"
#include "services/settings/SettingsService.h"

using namespace stockbook;
using namespace stockbook::test;

namespace {

const QDate March10(2026, 3, 10);

InvoiceLineInput line(qint64 product, qint64 quantity, std::optional<qint64> price = std::nullopt,
                      qint64 discountBp = 0, std::optional<qint64> taxBp = std::nullopt)
{
    InvoiceLineInput l;
    l.productId = product;
    l.quantity = quantity;
    l.unitPrice = price;
    l.discountBp = discountBp;
    l.taxRateBp = taxBp;
    return l;
}

InvoiceDraft draft(InvoiceType type, qint64 partner, QList<InvoiceLineInput> lines, QDate issue = March10,
                   qint64 warehouse = ShopData::Main)
{
    InvoiceDraft d;
    d.type = type;
    d.partnerId = partner;
    d.warehouseId = warehouse;
    d.issueDate = issue;
    d.lines = std::move(lines);
    return d;
}

// Three products priced so the rounding of each line shows.
struct Shop {
    TestCompany tc;
    ShopData data{tc};
    qint64 alice = data.customer(QStringLiteral("Alice"), QStringLiteral("alice@example.org"), 14);
    qint64 acme = data.supplier(QStringLiteral("Acme"), QStringLiteral("sales@acme.example"), 30);
    qint64 shirt = data.product(QStringLiteral("SHIRT"), 1299, 400, ShopData::Standard);
    qint64 flour = data.product(QStringLiteral("FLOUR"), 249, 100, ShopData::Reduced, QStringLiteral("kg"));
    qint64 book = data.product(QStringLiteral("BOOK"), 500, 300, ShopData::Zero);

    Shop()
    {
        tc.actAs(QStringLiteral("clerk"));
        data.stock(shirt, ShopData::Main, 100'000);
        data.stock(flour, ShopData::Main, 50'000);
        data.stock(book, ShopData::Main, 20'000);
    }

    QList<InvoiceLineInput> threeLines()
    {
        // 3 shirts at 12.99 with 10 % off, 1.5 kg flour at 2.49, 2 books at 5.00.
        return {line(shirt, 3000, std::nullopt, 1000), line(flour, 1500), line(book, 2000)};
    }
};

} // namespace

TEST_CASE("retail totals: prices include tax, each line rounded half away from zero")
{
    Shop s;
    s.data.setPricesIncludeTax(true);
    InvoiceService invoices(*s.tc.company);
    auto posted = invoices.createAndPost(draft(InvoiceType::Sale, s.alice, s.threeLines()));
    REQUIRE_OK(posted);
    const Invoice &inv = posted.value();
    REQUIRE(inv.lines.size() == 3);
    // Shirts: 3 x 12.99 x 0.90 = 35.073 -> total 35.07; net 3507 / 1.20 = 2922.5 -> 29.23; tax 5.84.
    CHECK(inv.lines[0].lineTotal == 3507);
    CHECK(inv.lines[0].lineNet == 2923);
    CHECK(inv.lines[0].lineTax == 584);
    // Flour: 1.5 x 2.49 = 3.735 -> 3.74; net 374 / 1.07 = 349.53 -> 3.50; tax 0.24.
    CHECK(inv.lines[1].lineTotal == 374);
    CHECK(inv.lines[1].lineNet == 350);
    CHECK(inv.lines[1].lineTax == 24);
    // Books: 2 x 5.00 = 10.00, zero rate.
    CHECK(inv.lines[2].lineTotal == 1000);
    CHECK(inv.lines[2].lineNet == 1000);
    CHECK(inv.lines[2].lineTax == 0);
    // Sums of the rounded lines: 29.23 + 3.50 + 10.00; 5.84 + 0.24; 35.07 + 3.74 + 10.00.
    CHECK(inv.subtotal == 4273);
    CHECK(inv.taxAmount == 608);
    CHECK(inv.totalAmount == 4881);
    CHECK(inv.pricesIncludeTax);
    // What is stored is what was returned.
    CHECK(s.data.scalar(QStringLiteral("SELECT total_amount FROM invoices WHERE id = ?"), {inv.id}) == 4881);
    CHECK(s.data.scalar(QStringLiteral("SELECT prices_include_tax FROM invoices WHERE id = ?"), {inv.id})
          == 1);
    CHECK(s.data.scalar(QStringLiteral("SELECT SUM(line_total) FROM invoice_items WHERE invoice_id = ?"),
                        {inv.id})
          == 4881);
}

TEST_CASE("trade totals: prices before tax, tax rounded per line")
{
    Shop s;
    s.data.setPricesIncludeTax(false);
    InvoiceService invoices(*s.tc.company);
    auto posted = invoices.createAndPost(draft(InvoiceType::Sale, s.alice, s.threeLines()));
    REQUIRE_OK(posted);
    const Invoice &inv = posted.value();
    // Shirts: net 35.073 -> 35.07; tax 3507 x 0.20 = 701.4 -> 7.01; total 42.08.
    CHECK(inv.lines[0].lineNet == 3507);
    CHECK(inv.lines[0].lineTax == 701);
    CHECK(inv.lines[0].lineTotal == 4208);
    // Flour: net 3.735 -> 3.74; tax 374 x 0.07 = 26.18 -> 0.26; total 4.00.
    CHECK(inv.lines[1].lineNet == 374);
    CHECK(inv.lines[1].lineTax == 26);
    CHECK(inv.lines[1].lineTotal == 400);
    // Books: 10.00 + 0.
    CHECK(inv.lines[2].lineTotal == 1000);
    // 35.07 + 3.74 + 10.00 = 48.81; 7.01 + 0.26 = 7.27; 42.08 + 4.00 + 10.00 = 56.08.
    CHECK(inv.subtotal == 4881);
    CHECK(inv.taxAmount == 727);
    CHECK(inv.totalAmount == 5608);
    CHECK_FALSE(inv.pricesIncludeTax);
    CHECK(s.data.scalar(QStringLiteral("SELECT prices_include_tax FROM invoices WHERE id = ?"), {inv.id})
          == 0);
}

TEST_CASE("line defaults: the product's price for sales, its cost for purchases, its tax rate")
{
    Shop s;
    s.data.setPricesIncludeTax(false);
    InvoiceService invoices(*s.tc.company);
    auto sale = invoices.createDraft(draft(InvoiceType::Sale, s.alice, {line(s.flour, 2000)}));
    REQUIRE_OK(sale);
    CHECK(sale->status == InvoiceStatus::Draft);
    CHECK(sale->number.isEmpty());
    CHECK(sale->lines[0].unitPrice == 249);
    CHECK(sale->lines[0].taxRateBp == 700);
    CHECK(sale->lines[0].description == QStringLiteral("Product FLOUR"));
    auto purchase = invoices.createDraft(
        draft(InvoiceType::Purchase, s.acme, {line(s.flour, 2000, std::nullopt, 0, 0)}));
    REQUIRE_OK(purchase);
    CHECK(purchase->lines[0].unitPrice == 100);
    CHECK(purchase->lines[0].taxRateBp == 0);
    // A draft moves no stock and uses no number.
    CHECK(s.data.level(s.flour) == 50'000);
    CHECK(s.data.scalar(QStringLiteral("SELECT COUNT(*) FROM number_sequences")) == 0);
}

TEST_CASE("validation names the field and the line")
{
    Shop s;
    InvoiceService invoices(*s.tc.company);
    auto noLines = invoices.createDraft(draft(InvoiceType::Sale, s.alice, {}));
    REQUIRE_ERROR(noLines, ErrorCode::InvalidArgument);
    CHECK(noLines.error().field == QStringLiteral("lines"));

    auto badQty = invoices.createDraft(
        draft(InvoiceType::Sale, s.alice, {line(s.shirt, 1000), line(s.book, 0)}));
    REQUIRE_ERROR(badQty, ErrorCode::InvalidArgument);
    CHECK(badQty.error().field == QStringLiteral("lines[1].quantity"));
    CHECK(badQty.error().message.contains(QStringLiteral("Line 2")));

    auto badProduct = invoices.createDraft(draft(InvoiceType::Sale, s.alice, {line(9999, 1000)}));
    REQUIRE_ERROR(badProduct, ErrorCode::InvalidArgument);
    CHECK(badProduct.error().field == QStringLiteral("lines[0].product"));

    auto badDiscount = invoices.createDraft(
        draft(InvoiceType::Sale, s.alice, {line(s.shirt, 1000, 100, 10001)}));
    REQUIRE_ERROR(badDiscount, ErrorCode::InvalidArgument);
    CHECK(badDiscount.error().field == QStringLiteral("lines[0].discount"));

    auto badPrice = invoices.createDraft(draft(InvoiceType::Sale, s.alice, {line(s.shirt, 1000, -1)}));
    REQUIRE_ERROR(badPrice, ErrorCode::InvalidArgument);
    CHECK(badPrice.error().field == QStringLiteral("lines[0].unit_price"));

    auto badTax = invoices.createDraft(
        draft(InvoiceType::Sale, s.alice, {line(s.shirt, 1000, 100, 0, 100001)}));
    REQUIRE_ERROR(badTax, ErrorCode::InvalidArgument);
    CHECK(badTax.error().field == QStringLiteral("lines[0].tax_rate"));

    // A supplier's id is not a customer: the partner of a sale is a customer.
    auto wrongPartner = invoices.createDraft(draft(InvoiceType::Sale, 4242, {line(s.shirt, 1000)}));
    REQUIRE_ERROR(wrongPartner, ErrorCode::InvalidArgument);
    CHECK(wrongPartner.error().field == QStringLiteral("partner"));

    auto noWarehouse = invoices.createDraft(
        draft(InvoiceType::Sale, s.alice, {line(s.shirt, 1000)}, March10, 77));
    REQUIRE_ERROR(noWarehouse, ErrorCode::InvalidArgument);
    CHECK(noWarehouse.error().field == QStringLiteral("warehouse"));

    exec(s.tc.sql(), QStringLiteral("UPDATE products SET active = 0 WHERE id = ?"), {s.book});
    auto inactive = invoices.createDraft(
        draft(InvoiceType::Sale, s.alice, {line(s.shirt, 1000), line(s.book, 1000)}));
    REQUIRE_ERROR(inactive, ErrorCode::InvalidArgument);
    CHECK(inactive.error().field == QStringLiteral("lines[1].product"));
    CHECK(inactive.error().message.contains(QStringLiteral("inactive")));
    CHECK(s.data.scalar(QStringLiteral("SELECT COUNT(*) FROM invoices")) == 0);
}

TEST_CASE("drafts are changed and deleted only by their author and only while draft")
{
    Shop s;
    InvoiceService invoices(*s.tc.company);
    auto created = invoices.createDraft(draft(InvoiceType::Sale, s.alice, {line(s.shirt, 1000)}));
    REQUIRE_OK(created);
    const qint64 id = created->id;

    auto updated = invoices.updateDraft(
        id, draft(InvoiceType::Sale, s.alice, {line(s.shirt, 2000), line(s.book, 1000)}));
    REQUIRE_OK(updated);
    CHECK(updated->lines.size() == 2);
    CHECK(s.data.scalar(QStringLiteral("SELECT COUNT(*) FROM invoice_items WHERE invoice_id = ?"), {id})
          == 2);

    s.tc.actAs(QStringLiteral("manager"));
    auto foreignUpdate = invoices.updateDraft(id, draft(InvoiceType::Sale, s.alice, {line(s.book, 1000)}));
    REQUIRE_ERROR(foreignUpdate, ErrorCode::PermissionDenied);
    CHECK(foreignUpdate.error().message.contains(QStringLiteral("author")));
    REQUIRE_ERROR(invoices.deleteDraft(id), ErrorCode::PermissionDenied);

    // Anyone allowed to post may post it.
    auto posted = invoices.post(id);
    REQUIRE_OK(posted);
    s.tc.actAs(QStringLiteral("clerk"));
    auto late = invoices.updateDraft(id, draft(InvoiceType::Sale, s.alice, {line(s.book, 1000)}));
    REQUIRE_ERROR(late, ErrorCode::InvalidState);
    CHECK(late.error().message.contains(posted->number));
    REQUIRE_ERROR(invoices.deleteDraft(id), ErrorCode::InvalidState);
    REQUIRE_ERROR(invoices.post(id), ErrorCode::InvalidState);

    auto other = invoices.createDraft(draft(InvoiceType::Sale, s.alice, {line(s.shirt, 1000)}));
    REQUIRE_OK(other);
    REQUIRE_OK(invoices.deleteDraft(other->id));
    CHECK(s.data.scalar(QStringLiteral("SELECT COUNT(*) FROM invoices WHERE id = ?"), {other->id}) == 0);
    CHECK(
        s.data.scalar(QStringLiteral("SELECT COUNT(*) FROM invoice_items WHERE invoice_id = ?"), {other->id})
        == 0);
    CHECK(s.data.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_logs WHERE action = 'invoice.delete'"))
          == 1);
}

TEST_CASE("a draft saved on another workstation since it was opened is not overwritten by an older copy")
{
    Shop s;
    InvoiceService invoices(*s.tc.company);
    auto opened = invoices.createDraft(draft(InvoiceType::Sale, s.alice, {line(s.shirt, 1000)}));
    REQUIRE_OK(opened);
    const qint64 id = opened->id;
    const QString seen = opened->updatedAt;
    REQUIRE_FALSE(seen.isEmpty());
    const auto quantityOf = [&](qint64 invoice, qint64 product) {
        return s.data.scalar(
            QStringLiteral("SELECT COALESCE(SUM(quantity), 0) FROM invoice_items WHERE invoice_id = ? AND "
                           "product_id = ?"),
            {invoice, product});
    };

    // Another workstation, which opened the same version, saves first: two shirts.
    InvoiceDraft theirs = draft(InvoiceType::Sale, s.alice, {line(s.shirt, 2000)});
    theirs.expectedUpdatedAt = seen;
    auto saved = invoices.updateDraft(id, theirs);
    REQUIRE_OK(saved);
    CHECK(saved->updatedAt > seen); // later, even within the same millisecond

    // This one's copy, opened before that save, is refused and changes nothing.
    InvoiceDraft mine = draft(InvoiceType::Sale, s.alice, {line(s.book, 3000)});
    mine.expectedUpdatedAt = seen;
    auto refused = invoices.updateDraft(id, mine);
    REQUIRE_ERROR(refused, ErrorCode::Conflict);
    CHECK(refused.error().message.contains(QStringLiteral("another workstation")));
    CHECK(quantityOf(id, s.shirt) == 2000);
    CHECK(quantityOf(id, s.book) == 0);

    // Kept at a lock, the older copy becomes a draft of its own: nothing typed is lost.
    auto kept = invoices.keepDraftOnLock(id, mine);
    REQUIRE_OK(kept);
    CHECK(kept->id != id);
    CHECK(quantityOf(kept->id, s.book) == 3000);
    CHECK(quantityOf(id, s.shirt) == 2000);

    // With the version just saved, the change goes through.
    mine.expectedUpdatedAt = saved->updatedAt;
    auto changed = invoices.updateDraft(id, mine);
    REQUIRE_OK(changed);
    CHECK(quantityOf(id, s.book) == 3000);
    CHECK(quantityOf(id, s.shirt) == 0);
}

TEST_CASE("posting a sale moves stock, records cost, due date and who posted")
{
    Shop s;
    InvoiceService invoices(*s.tc.company);
    auto posted = invoices.createAndPost(
        draft(InvoiceType::Sale, s.alice, {line(s.shirt, 3000), line(s.flour, 1500)}));
    REQUIRE_OK(posted);
    CHECK(posted->number == QStringLiteral("S-2026-000001"));
    CHECK(posted->status == InvoiceStatus::Posted);
    // 2026-03-10 + 14 days of terms.
    CHECK(posted->dueDate == QDate(2026, 3, 24));
    CHECK(posted->postedBy == s.tc.userIds.value(QStringLiteral("clerk")));
    CHECK(s.data.level(s.shirt) == 97'000);
    CHECK(s.data.level(s.flour) == 48'500);
    CHECK(s.data.scalar(QStringLiteral("SELECT quantity FROM products WHERE id = ?"), {s.shirt}) == 97'000);
    // unit_cost on the lines: the products' cost when posted.
    CHECK(s.data.scalar(
              QStringLiteral("SELECT unit_cost FROM invoice_items WHERE invoice_id = ? AND line_no = 1"),
              {posted->id})
          == 400);
    CHECK(s.data.scalar(
              QStringLiteral("SELECT COUNT(*) FROM stock_movements WHERE invoice_id = ? AND type = 'sale' "
                             "AND reference = 'S-2026-000001'"),
              {posted->id})
          == 2);
    CHECK(
        s.data.scalar(
            QStringLiteral("SELECT COUNT(*) FROM audit_logs WHERE action = 'invoice.post' AND entity_id = ?"),
            {QString::number(posted->id)})
        == 1);
    auto verified = StockLedger::verify(s.tc.db());
    REQUIRE_OK(verified);
    CHECK(verified->isEmpty());
}

TEST_CASE("posting a purchase receives stock at the net unit cost and moves the average cost")
{
    Shop s;
    s.data.setPricesIncludeTax(false);
    InvoiceService invoices(*s.tc.company);
    // On hand: 100 shirts at 4.00. Bought: 100 at 7.00 less 20 % = 5.60 net.
    auto posted = invoices.createAndPost(
        draft(InvoiceType::Purchase, s.acme, {line(s.shirt, 100'000, 700, 2000)}));
    REQUIRE_OK(posted);
    CHECK(posted->number == QStringLiteral("P-2026-000001"));
    // 2026-03-10 + 30 days.
    CHECK(posted->dueDate == QDate(2026, 4, 9));
    // net 100 x 7.00 x 0.80 = 560.00; tax 20 % = 112.00.
    CHECK(posted->subtotal == 56000);
    CHECK(posted->taxAmount == 11200);
    CHECK(posted->lines[0].unitCost == 560);
    CHECK(s.data.level(s.shirt) == 200'000);
    // (100 x 4.00 + 100 x 5.60) / 200 = 4.80.
    CHECK(s.data.scalar(QStringLiteral("SELECT cost FROM products WHERE id = ?"), {s.shirt}) == 480);
    CHECK(
        s.data.scalar(
            QStringLiteral("SELECT unit_cost FROM stock_movements WHERE invoice_id = ? AND type = 'receipt'"),
            {posted->id})
        == 560);
}

TEST_CASE("numbers run without gaps per type and year, also after a refused post")
{
    Shop s;
    InvoiceService invoices(*s.tc.company);
    auto n = [&](InvoiceType type, qint64 partner, qint64 product, qint64 qty, QDate date) {
        auto r = invoices.createAndPost(draft(type, partner, {line(product, qty)}, date));
        REQUIRE_OK(r);
        return r->number;
    };
    CHECK(n(InvoiceType::Sale, s.alice, s.book, 1000, March10) == QStringLiteral("S-2026-000001"));
    CHECK(n(InvoiceType::Purchase, s.acme, s.book, 1000, March10) == QStringLiteral("P-2026-000001"));
    CHECK(n(InvoiceType::Sale, s.alice, s.book, 1000, March10) == QStringLiteral("S-2026-000002"));
    CHECK(n(InvoiceType::Sale, s.alice, s.book, 1000, QDate(2025, 12, 31))
          == QStringLiteral("S-2025-000001"));
    // Refused: more books than there are.
    auto draftId = invoices.createDraft(draft(InvoiceType::Sale, s.alice, {line(s.book, 999'000)}));
    REQUIRE_OK(draftId);
    REQUIRE_ERROR(invoices.post(draftId->id), ErrorCode::InsufficientStock);
    CHECK(n(InvoiceType::Sale, s.alice, s.book, 1000, March10) == QStringLiteral("S-2026-000003"));
    CHECK(n(InvoiceType::Purchase, s.acme, s.book, 1000, QDate(2027, 1, 2))
          == QStringLiteral("P-2027-000001"));
}

TEST_CASE("a post refused on its last line changes nothing at all")
{
    Shop s;
    InvoiceService invoices(*s.tc.company);
    REQUIRE_OK(invoices.createAndPost(draft(InvoiceType::Sale, s.alice, {line(s.book, 1000)})));
    auto d = invoices.createDraft(
        draft(InvoiceType::Sale, s.alice, {line(s.shirt, 2000), line(s.flour, 1000), line(s.book, 25'000)}));
    REQUIRE_OK(d);
    const auto snapshot = [&] {
        QStringList out;
        QSqlQuery q = exec(s.tc.sql(),
                           QStringLiteral("SELECT status, COALESCE(invoice_number, ''), subtotal, "
                                          "tax_amount, total_amount, updated_at FROM invoices WHERE id = ?"),
                           {d->id});
        REQUIRE(q.next());
        for (int i = 0; i < 6; ++i)
            out << q.value(i).toString();
        out << QString::number(s.data.scalar(QStringLiteral("SELECT next_value FROM number_sequences")));
        out << QString::number(s.data.scalar(QStringLiteral("SELECT COUNT(*) FROM stock_movements")));
        out << QString::number(s.data.scalar(QStringLiteral("SELECT SUM(quantity) FROM stock_levels")));
        out << QString::number(s.data.scalar(QStringLiteral("SELECT SUM(quantity) FROM products")));
        out << QString::number(s.data.scalar(QStringLiteral("SELECT SUM(unit_cost) FROM invoice_items")));
        return out;
    };
    const QStringList before = snapshot();
    auto refused = invoices.post(d->id);
    REQUIRE_ERROR(refused, ErrorCode::InsufficientStock);
    // 19 books are left after selling one; the third line asks for 25.
    CHECK(refused.error().field == QStringLiteral("lines[2].quantity"));
    CHECK(refused.error().message.contains(QStringLiteral("BOOK")));
    CHECK(refused.error().message.contains(QStringLiteral("MAIN")));
    CHECK(refused.error().message.contains(QStringLiteral("19 available")));
    CHECK(snapshot() == before);
    CHECK(s.data.level(s.shirt) == 100'000);
    CHECK(s.data.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_logs WHERE action = 'invoice.post'"))
          == 1);
}

TEST_CASE("void puts a sale's stock back, keeps the number and needs a manager and a reason")
{
    Shop s;
    InvoiceService invoices(*s.tc.company);
    auto posted = invoices.createAndPost(
        draft(InvoiceType::Sale, s.alice, {line(s.shirt, 5000), line(s.book, 2000)}));
    REQUIRE_OK(posted);
    CHECK(s.data.level(s.shirt) == 95'000);

    auto clerk = invoices.voidInvoice(posted->id, QStringLiteral("typo"));
    REQUIRE_ERROR(clerk, ErrorCode::PermissionDenied);
    CHECK(s.data.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_logs WHERE action = 'permission.denied' "
                                       "AND changes LIKE '%invoice.void%'"))
          == 1);

    s.tc.actAs(QStringLiteral("manager"));
    auto noReason = invoices.voidInvoice(posted->id, QStringLiteral("  "));
    REQUIRE_ERROR(noReason, ErrorCode::InvalidArgument);
    CHECK(noReason.error().field == QStringLiteral("reason"));

    auto voided = invoices.voidInvoice(posted->id, QStringLiteral("customer cancelled"));
    REQUIRE_OK(voided);
    CHECK(voided->status == InvoiceStatus::Void);
    CHECK(voided->number == posted->number);
    CHECK(s.data.level(s.shirt) == 100'000);
    CHECK(s.data.level(s.book) == 20'000);
    CHECK(s.data.text(QStringLiteral("SELECT void_reason FROM invoices WHERE id = ?"), {posted->id})
          == QStringLiteral("customer cancelled"));
    CHECK(s.data.scalar(QStringLiteral("SELECT voided_by FROM invoices WHERE id = ?"), {posted->id})
          == s.tc.userIds.value(QStringLiteral("manager")));
    CHECK(s.data.scalar(QStringLiteral(
                            "SELECT COUNT(*) FROM stock_movements WHERE invoice_id = ? AND type = 'void_in'"),
                        {posted->id})
          == 2);
    REQUIRE_ERROR(invoices.voidInvoice(posted->id, QStringLiteral("again")), ErrorCode::InvalidState);
    // The next sale still takes the next number: the voided one keeps its own.
    auto next = invoices.createAndPost(draft(InvoiceType::Sale, s.alice, {line(s.book, 1000)}));
    REQUIRE_OK(next);
    CHECK(next->number == QStringLiteral("S-2026-000002"));
}

TEST_CASE("void of a purchase takes its stock out again, refused once the stock is gone")
{
    Shop s;
    InvoiceService invoices(*s.tc.company);
    const qint64 lamp = s.data.product(QStringLiteral("LAMP"), 3000, 0);
    auto bought = invoices.createAndPost(draft(InvoiceType::Purchase, s.acme, {line(lamp, 4000, 1500)}));
    REQUIRE_OK(bought);
    auto sold = invoices.createAndPost(draft(InvoiceType::Sale, s.alice, {line(lamp, 3000)}));
    REQUIRE_OK(sold);
    s.tc.actAs(QStringLiteral("manager"));
    auto refused = invoices.voidInvoice(bought->id, QStringLiteral("wrong supplier"));
    REQUIRE_ERROR(refused, ErrorCode::InsufficientStock);
    CHECK(refused.error().message.contains(QStringLiteral("no longer all there")));
    CHECK(refused.error().message.contains(QStringLiteral("1 available")));
    CHECK(s.data.text(QStringLiteral("SELECT status FROM invoices WHERE id = ?"), {bought->id})
          == QStringLiteral("posted"));
    REQUIRE_OK(invoices.voidInvoice(sold->id, QStringLiteral("returned unopened")));
    auto voided = invoices.voidInvoice(bought->id, QStringLiteral("wrong supplier"));
    REQUIRE_OK(voided);
    CHECK(s.data.level(lamp) == 0);
    CHECK(
        s.data.scalar(
            QStringLiteral("SELECT COUNT(*) FROM stock_movements WHERE invoice_id = ? AND type = 'void_out'"),
            {bought->id})
        == 1);
}

TEST_CASE("an invoice with payments or credit notes cannot be voided")
{
    Shop s;
    InvoiceService invoices(*s.tc.company);
    PaymentService payments(*s.tc.company);
    auto paid = invoices.createAndPost(draft(InvoiceType::Sale, s.alice, {line(s.book, 2000)}));
    REQUIRE_OK(paid);
    auto payment = payments.record({paid->id, 300, PaymentMethod::Cash, March10, {}});
    REQUIRE_OK(payment);
    s.tc.actAs(QStringLiteral("manager"));
    auto refused = invoices.voidInvoice(paid->id, QStringLiteral("mistake"));
    REQUIRE_ERROR(refused, ErrorCode::InvalidState);
    CHECK(refused.error().message.contains(QStringLiteral("Reverse them first")));
    REQUIRE_OK(payments.reverse(payment->id, QStringLiteral("card declined")));
    REQUIRE_OK(invoices.voidInvoice(paid->id, QStringLiteral("mistake")));

    auto credited = invoices.createAndPost(draft(InvoiceType::Sale, s.alice, {line(s.book, 2000)}));
    REQUIRE_OK(credited);
    REQUIRE_OK(invoices.creditNote(credited->id, {{1, 1000}}));
    auto refusedCredit = invoices.voidInvoice(credited->id, QStringLiteral("mistake"));
    REQUIRE_ERROR(refusedCredit, ErrorCode::InvalidState);
    CHECK(refusedCredit.error().message.contains(QStringLiteral("credit notes")));
}

TEST_CASE("credit notes return part of a sale, get their own numbers and lower the balance")
{
    Shop s;
    s.data.setPricesIncludeTax(true);
    InvoiceService invoices(*s.tc.company);
    auto sale = invoices.createAndPost(draft(InvoiceType::Sale, s.alice, s.threeLines()));
    REQUIRE_OK(sale);
    CHECK(sale->totalAmount == 4881);

    auto clerk = invoices.creditNote(sale->id, {{1, 1000}});
    REQUIRE_ERROR(clerk, ErrorCode::PermissionDenied);

    s.tc.actAs(QStringLiteral("manager"));
    // One of the three shirts comes back: 1 x 12.99 x 0.90 = 11.691 -> 11.69; net 1169 / 1.2 = 974.17
    // -> 9.74.
    auto credit = invoices.creditNote(sale->id, {{1, 1000}}, March10);
    REQUIRE_OK(credit);
    CHECK(credit->type == InvoiceType::CreditNote);
    CHECK(credit->status == InvoiceStatus::Posted);
    CHECK(credit->number == QStringLiteral("C-2026-000001"));
    CHECK(credit->creditOfInvoiceId == sale->id);
    CHECK(credit->totalAmount == 1169);
    CHECK(credit->subtotal == 974);
    CHECK(credit->taxAmount == 195);
    CHECK(credit->lines[0].lineNo == 1);
    CHECK(s.data.level(s.shirt) == 98'000); // 100 - 3 + 1
    CHECK(s.data.scalar(
              QStringLiteral("SELECT COUNT(*) FROM stock_movements WHERE invoice_id = ? AND type = 'return'"),
              {credit->id})
          == 1);
    // 48.81 - 11.69 = 37.12 still owed.
    auto balance = invoices.balance(sale->id);
    REQUIRE_OK(balance);
    CHECK(balance.value() == 3712);

    // Only two shirts are left to credit.
    auto tooMany = invoices.creditNote(sale->id, {{1, 2500}});
    REQUIRE_ERROR(tooMany, ErrorCode::InvalidArgument);
    CHECK(tooMany.error().field == QStringLiteral("lines[0].quantity"));
    CHECK(tooMany.error().message.contains(QStringLiteral("at most 2")));
    auto noLine = invoices.creditNote(sale->id, {{7, 1000}});
    REQUIRE_ERROR(noLine, ErrorCode::InvalidArgument);
    CHECK(noLine.error().field == QStringLiteral("lines[0].line"));

    // The rest of the sale comes back: everything credited, nothing owed.
    auto rest = invoices.creditNote(sale->id, {{1, 2000}, {2, 1500}, {3, 2000}});
    REQUIRE_OK(rest);
    CHECK(rest->number == QStringLiteral("C-2026-000002"));
    // 2 shirts: 2 x 12.99 x 0.9 = 23.382 -> 23.38; flour 3.74; books 10.00 -> 37.12.
    CHECK(rest->totalAmount == 3712);
    CHECK(invoices.balance(sale->id).value() == 0);
    auto left = invoices.creditableQuantities(sale->id);
    REQUIRE_OK(left);
    CHECK(left.value() == QList<qint64>{0, 0, 0});
    CHECK(s.data.level(s.shirt) == 100'000);
    CHECK(s.data.level(s.flour) == 50'000);
    REQUIRE_ERROR(invoices.voidInvoice(credit->id, QStringLiteral("x")), ErrorCode::InvalidState);
    REQUIRE_ERROR(invoices.creditNote(credit->id, {{1, 1}}), ErrorCode::InvalidState);
}

TEST_CASE("reads: by id, by number, lists with filters, look-ups")
{
    Shop s;
    InvoiceService invoices(*s.tc.company);
    auto a = invoices.createAndPost(draft(InvoiceType::Sale, s.alice, {line(s.book, 1000)}));
    REQUIRE_OK(a);
    auto b = invoices.createAndPost(draft(InvoiceType::Purchase, s.acme, {line(s.book, 1000)}));
    REQUIRE_OK(b);
    auto c = invoices.createDraft(draft(InvoiceType::Sale, s.alice, {line(s.book, 1000)}));
    REQUIRE_OK(c);

    auto found = invoices.byNumber(QStringLiteral("P-2026-000001"));
    REQUIRE_OK(found);
    CHECK(found->id == b->id);
    CHECK(found->partnerName == QStringLiteral("Acme"));
    CHECK(found->lines.size() == 1);
    CHECK(found->lines[0].sku == QStringLiteral("BOOK"));
    auto missing = invoices.byNumber(QStringLiteral("S-2026-999999"));
    REQUIRE_ERROR(missing, ErrorCode::NotFound);

    auto all = invoices.list();
    REQUIRE_OK(all);
    CHECK(all->size() == 3);
    InvoiceFilter sales;
    sales.type = InvoiceType::Sale;
    auto onlySales = invoices.list(sales);
    REQUIRE_OK(onlySales);
    CHECK(onlySales->size() == 2);
    sales.status = InvoiceStatus::Draft;
    auto drafts = invoices.list(sales);
    REQUIRE_OK(drafts);
    REQUIRE(drafts->size() == 1);
    CHECK(drafts->at(0).id == c->id);

    CHECK(invoices.partnerId(InvoiceType::Sale, QStringLiteral("ALICE@example.org")).value() == s.alice);
    CHECK(invoices.partnerId(InvoiceType::Purchase, QString::number(s.acme)).value() == s.acme);
    REQUIRE_ERROR(invoices.partnerId(InvoiceType::Purchase, QStringLiteral("alice@example.org")),
                  ErrorCode::NotFound);
    CHECK(invoices.productIdBySku(QStringLiteral("shirt")).value() == s.shirt);
    CHECK(invoices.warehouseIdByCode(QStringLiteral("main")).value() == ShopData::Main);
}

TEST_CASE("new invoices take the company's currency from the settings")
{
    Shop s;
    InvoiceService invoices(*s.tc.company);
    auto before = invoices.createAndPost(draft(InvoiceType::Sale, s.alice, {line(s.book, 1000)}));
    REQUIRE_OK(before);
    CHECK(before->currency == QStringLiteral("EUR")); // the seeded company.currency

    // An administrator changes it; what is already posted keeps its currency.
    s.tc.actAs(QStringLiteral("admin"));
    REQUIRE_OK(SettingsService(*s.tc.company).setCurrency(QStringLiteral("CHF")));
    s.tc.actAs(QStringLiteral("clerk"));
    auto kept = invoices.get(before->id);
    REQUIRE_OK(kept);
    CHECK(kept->currency == QStringLiteral("EUR"));

    SECTION("created and posted at once")
    {
        auto posted = invoices.createAndPost(draft(InvoiceType::Sale, s.alice, {line(s.book, 1000)}));
        REQUIRE_OK(posted);
        CHECK(posted->currency == QStringLiteral("CHF"));
        CHECK(s.data.text(QStringLiteral("SELECT currency FROM invoices WHERE id = ?"), {posted->id})
              == QStringLiteral("CHF"));
    }
    SECTION("a purchase draft, then posted after another change")
    {
        auto created = invoices.createDraft(draft(InvoiceType::Purchase, s.acme, {line(s.book, 1000)}));
        REQUIRE_OK(created);
        CHECK(created->currency == QStringLiteral("CHF"));
        s.tc.actAs(QStringLiteral("admin"));
        REQUIRE_OK(SettingsService(*s.tc.company).setCurrency(QStringLiteral("GBP")));
        s.tc.actAs(QStringLiteral("manager"));
        auto posted = invoices.post(created->id);
        REQUIRE_OK(posted);
        CHECK(posted->currency == QStringLiteral("GBP"));
        auto stored = invoices.get(created->id);
        REQUIRE_OK(stored);
        CHECK(stored->currency == QStringLiteral("GBP"));
    }
    SECTION("the invoice list shows each invoice's currency")
    {
        auto posted = invoices.createAndPost(draft(InvoiceType::Sale, s.alice, {line(s.book, 1000)}));
        REQUIRE_OK(posted);
        InvoiceListModel model(*s.tc.company);
        model.sort(InvoiceListModel::Number, Qt::AscendingOrder);
        REQUIRE(model.rowCount() == 2);
        CHECK(model.headerData(InvoiceListModel::Currency, Qt::Horizontal).toString()
              == QStringLiteral("Currency"));
        QStringList shown;
        for (int row = 0; row < model.rowCount(); ++row)
            shown << model.index(row, InvoiceListModel::Number).data().toString() + QLatin1Char(' ')
                    + model.index(row, InvoiceListModel::Currency).data().toString();
        CHECK(
            shown
            == QStringList{before->number + QStringLiteral(" EUR"), posted->number + QStringLiteral(" CHF")});
    }
}

TEST_CASE("the number series show their next numbers to an admin only and take none")
{
    Shop s;
    InvoiceService invoices(*s.tc.company);
    // Clerk: two sales and a purchase in 2026, one sale in 2025.
    REQUIRE_OK(invoices.createAndPost(draft(InvoiceType::Sale, s.alice, {line(s.book, 1000)})));
    REQUIRE_OK(invoices.createAndPost(draft(InvoiceType::Sale, s.alice, {line(s.book, 1000)})));
    REQUIRE_OK(invoices.createAndPost(draft(InvoiceType::Purchase, s.acme, {line(s.book, 1000)})));
    REQUIRE_OK(
        invoices.createAndPost(draft(InvoiceType::Sale, s.alice, {line(s.book, 1000)}, QDate(2025, 12, 31))));

    const auto denied = [&] {
        return s.data.scalar(
            QStringLiteral("SELECT COUNT(*) FROM audit_logs WHERE action = 'permission.denied' "
                           "AND changes LIKE '%invoice.numbering%'"));
    };
    REQUIRE_ERROR(invoices.numberSeries(2026), ErrorCode::PermissionDenied);
    s.tc.actAs(QStringLiteral("manager"));
    REQUIRE_ERROR(invoices.numberSeries(2026), ErrorCode::PermissionDenied);
    CHECK(denied() == 2);

    s.tc.actAs(QStringLiteral("admin"));
    auto year2026 = invoices.numberSeries(2026);
    REQUIRE_OK(year2026);
    REQUIRE(year2026->size() == 3);
    CHECK(year2026->at(0).type == InvoiceType::Sale);
    CHECK(year2026->at(0).year == 2026);
    CHECK(year2026->at(0).first == QStringLiteral("S-2026-000001"));
    CHECK(year2026->at(0).next == QStringLiteral("S-2026-000003"));
    CHECK(year2026->at(1).type == InvoiceType::Purchase);
    CHECK(year2026->at(1).first == QStringLiteral("P-2026-000001"));
    CHECK(year2026->at(1).next == QStringLiteral("P-2026-000002"));
    CHECK(year2026->at(2).type == InvoiceType::CreditNote);
    CHECK(year2026->at(2).first == QStringLiteral("C-2026-000001"));
    CHECK(year2026->at(2).next == QStringLiteral("C-2026-000001"));

    auto year2025 = invoices.numberSeries(2025);
    REQUIRE_OK(year2025);
    CHECK(year2025->at(0).next == QStringLiteral("S-2025-000002"));
    CHECK(year2025->at(1).next == QStringLiteral("P-2025-000001"));

    // Reading took no number: the next sale of 2026 gets the one shown.
    auto again = invoices.numberSeries(2026);
    REQUIRE_OK(again);
    CHECK(again->at(0).next == QStringLiteral("S-2026-000003"));
    auto posted = invoices.createAndPost(draft(InvoiceType::Sale, s.alice, {line(s.book, 1000)}));
    REQUIRE_OK(posted);
    CHECK(posted->number == QStringLiteral("S-2026-000003"));

    auto tooEarly = invoices.numberSeries(1999);
    REQUIRE_ERROR(tooEarly, ErrorCode::InvalidArgument);
    CHECK(tooEarly.error().field == QStringLiteral("year"));
    REQUIRE_ERROR(invoices.numberSeries(10000), ErrorCode::InvalidArgument);
}
