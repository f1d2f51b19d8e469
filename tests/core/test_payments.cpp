// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "InvoiceTestData.h"

#include "services/invoices/InvoiceService.h"
#include "services/payments/PaymentService.h"

using namespace stockbook;
using namespace stockbook::test;

namespace {

struct Shop {
    TestCompany tc;
    ShopData data{tc};
    qint64 bob = data.customer(QStringLiteral("Bob"));
    qint64 acme = data.supplier(QStringLiteral("Acme"));
    qint64 kettle = data.product(QStringLiteral("KETTLE"), 2500, 1200);

    Shop()
    {
        data.setPricesIncludeTax(true);
        data.stock(kettle, ShopData::Main, 10'000);
        tc.actAs(QStringLiteral("clerk"));
    }

    // A posted sale of `pieces` kettles at 25.00 (tax included): 25.00 each.
    Invoice sale(qint64 pieces)
    {
        InvoiceDraft d;
        d.type = InvoiceType::Sale;
        d.partnerId = bob;
        d.warehouseId = ShopData::Main;
        d.issueDate = QDate(2026, 5, 2);
        d.lines = {InvoiceLineInput{kettle, {}, pieces * 1000, std::nullopt, 0, std::nullopt}};
        auto r = InvoiceService(*tc.company).createAndPost(d);
        REQUIRE_OK(r);
        return r.value();
    }

    QString status(qint64 id)
    {
        return data.text(QStringLiteral("SELECT status FROM invoices WHERE id = ?"), {id});
    }
    qint64 paid(qint64 id)
    {
        return data.scalar(QStringLiteral("SELECT paid_amount FROM invoices WHERE id = ?"), {id});
    }
};

} // namespace

TEST_CASE("partial payments make an invoice partly paid, the last one paid")
{
    Shop s;
    PaymentService payments(*s.tc.company);
    const Invoice inv = s.sale(2); // 2 x 25.00 = 50.00
    REQUIRE(inv.totalAmount == 5000);
    auto first = payments.record(
        {inv.id, 2000, PaymentMethod::Card, QDate(2026, 5, 3), QStringLiteral("slip 17")});
    REQUIRE_OK(first);
    CHECK(first->method == PaymentMethod::Card);
    CHECK(first->paidOn == QDate(2026, 5, 3));
    CHECK(first->reference == QStringLiteral("slip 17"));
    CHECK(s.status(inv.id) == QStringLiteral("partly_paid"));
    CHECK(s.paid(inv.id) == 2000);
    // 50.00 - 20.00 = 30.00 settles it.
    REQUIRE_OK(payments.record({inv.id, 3000, PaymentMethod::BankTransfer, {}, {}}));
    CHECK(s.status(inv.id) == QStringLiteral("paid"));
    CHECK(s.paid(inv.id) == 5000);
    CHECK(s.data.text(
              QStringLiteral("SELECT method FROM payments WHERE invoice_id = ? ORDER BY id DESC LIMIT 1"),
              {inv.id})
          == QStringLiteral("bank_transfer"));
    auto more = payments.record({inv.id, 1, PaymentMethod::Cash, {}, {}});
    REQUIRE_ERROR(more, ErrorCode::InvalidState);
    CHECK(s.data.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_logs WHERE action = 'payment.record'"))
          == 2);
}

TEST_CASE("an overpayment is refused with the amount still due")
{
    Shop s;
    PaymentService payments(*s.tc.company);
    const Invoice inv = s.sale(3); // 75.00
    REQUIRE_OK(payments.record({inv.id, 5000, PaymentMethod::Cash, {}, {}}));
    auto over = payments.record({inv.id, 2501, PaymentMethod::Cash, {}, {}});
    REQUIRE_ERROR(over, ErrorCode::InvalidArgument);
    CHECK(over.error().field == QStringLiteral("amount"));
    // 75.00 - 50.00 = 25.00 due.
    CHECK(over.error().message.contains(QStringLiteral("25.00")));
    CHECK(s.paid(inv.id) == 5000);
    REQUIRE_ERROR(payments.record({inv.id, 0, PaymentMethod::Cash, {}, {}}), ErrorCode::InvalidArgument);
    REQUIRE_ERROR(payments.record({inv.id, -100, PaymentMethod::Cash, {}, {}}), ErrorCode::InvalidArgument);
}

TEST_CASE("credit notes count against what is due")
{
    Shop s;
    InvoiceService invoices(*s.tc.company);
    PaymentService payments(*s.tc.company);
    const Invoice inv = s.sale(4); // 100.00
    REQUIRE_OK(payments.record({inv.id, 4000, PaymentMethod::Cash, {}, {}}));
    s.tc.actAs(QStringLiteral("manager"));
    REQUIRE_OK(invoices.creditNote(inv.id, {{1, 1000}})); // 25.00 back
    // 100.00 - 40.00 - 25.00 = 35.00.
    auto over = payments.record({inv.id, 3501, PaymentMethod::Cash, {}, {}});
    REQUIRE_ERROR(over, ErrorCode::InvalidArgument);
    CHECK(over.error().message.contains(QStringLiteral("35.00")));
    REQUIRE_OK(payments.record({inv.id, 3500, PaymentMethod::Other, {}, {}}));
    CHECK(s.status(inv.id) == QStringLiteral("paid"));
    CHECK(s.paid(inv.id) == 7500);
}

TEST_CASE("reversal restores the paid amount and the status, needs a manager and a reason")
{
    Shop s;
    PaymentService payments(*s.tc.company);
    const Invoice inv = s.sale(2); // 50.00
    auto a = payments.record({inv.id, 1000, PaymentMethod::Cash, {}, {}});
    REQUIRE_OK(a);
    auto b = payments.record({inv.id, 4000, PaymentMethod::Card, {}, {}});
    REQUIRE_OK(b);
    CHECK(s.status(inv.id) == QStringLiteral("paid"));

    auto clerk = payments.reverse(b->id, QStringLiteral("chargeback"));
    REQUIRE_ERROR(clerk, ErrorCode::PermissionDenied);
    CHECK(clerk.error().message.contains(QStringLiteral("payment.reverse")));

    s.tc.actAs(QStringLiteral("manager"));
    auto noReason = payments.reverse(b->id, {});
    REQUIRE_ERROR(noReason, ErrorCode::InvalidArgument);
    CHECK(noReason.error().field == QStringLiteral("reason"));

    auto reversed = payments.reverse(b->id, QStringLiteral("chargeback"));
    REQUIRE_OK(reversed);
    CHECK(reversed->reversed);
    CHECK(reversed->reversedBy == s.tc.userIds.value(QStringLiteral("manager")));
    CHECK(reversed->reversalReason == QStringLiteral("chargeback"));
    CHECK(s.paid(inv.id) == 1000);
    CHECK(s.status(inv.id) == QStringLiteral("partly_paid"));
    REQUIRE_ERROR(payments.reverse(b->id, QStringLiteral("again")), ErrorCode::InvalidState);
    REQUIRE_OK(payments.reverse(a->id, QStringLiteral("wrong invoice")));
    CHECK(s.paid(inv.id) == 0);
    CHECK(s.status(inv.id) == QStringLiteral("posted"));
    auto list = payments.forInvoice(inv.id);
    REQUIRE_OK(list);
    CHECK(list->size() == 2);
    CHECK(s.data.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_logs WHERE action = 'payment.reverse'"))
          == 2);
}

TEST_CASE("payments only on posted sales and purchases")
{
    Shop s;
    InvoiceService invoices(*s.tc.company);
    PaymentService payments(*s.tc.company);
    InvoiceDraft d;
    d.type = InvoiceType::Purchase;
    d.partnerId = s.acme;
    d.warehouseId = ShopData::Main;
    d.lines = {InvoiceLineInput{s.kettle, {}, 1000, 1000, 0, std::nullopt}};
    auto draft = invoices.createDraft(d);
    REQUIRE_OK(draft);
    auto onDraft = payments.record({draft->id, 100, PaymentMethod::Cash, {}, {}});
    REQUIRE_ERROR(onDraft, ErrorCode::InvalidState);
    CHECK(onDraft.error().message.contains(QStringLiteral("post it first")));
    auto purchase = invoices.post(draft->id);
    REQUIRE_OK(purchase);
    // 10.00 tax included.
    REQUIRE_OK(payments.record({purchase->id, 1000, PaymentMethod::BankTransfer, {}, {}}));
    CHECK(s.status(purchase->id) == QStringLiteral("paid"));

    const Invoice sale = s.sale(1);
    s.tc.actAs(QStringLiteral("manager"));
    auto credit = invoices.creditNote(sale.id, {{1, 1000}});
    REQUIRE_OK(credit);
    REQUIRE_ERROR(payments.record({credit->id, 100, PaymentMethod::Cash, {}, {}}), ErrorCode::InvalidState);
    // Fully credited: nothing left to pay.
    REQUIRE_ERROR(payments.record({sale.id, 1, PaymentMethod::Cash, {}, {}}), ErrorCode::InvalidArgument);
    // Paid purchases are not voided while the payment stands.
    REQUIRE_ERROR(invoices.voidInvoice(purchase->id, QStringLiteral("x")), ErrorCode::InvalidState);
}

TEST_CASE("a refund pays back what credit notes left paid over, to a balance of zero, as a manager")
{
    Shop s;
    InvoiceService invoices(*s.tc.company);
    PaymentService payments(*s.tc.company);
    const Invoice inv = s.sale(4); // 4 x 25.00 = 100.00
    auto paid = payments.record({inv.id, 10000, PaymentMethod::Card, {}, {}});
    REQUIRE_OK(paid);
    CHECK(paid->kind == PaymentKind::Payment);

    // Nothing paid over yet: no refund, whoever asks.
    s.tc.actAs(QStringLiteral("manager"));
    auto early = payments.refund({inv.id, 100, PaymentMethod::Cash, {}, {}});
    REQUIRE_ERROR(early, ErrorCode::InvalidState);
    CHECK(early.error().field == QStringLiteral("balance"));

    // One kettle back: credited 25.00, balance 100.00 - 100.00 - 25.00 = -25.00.
    REQUIRE_OK(invoices.creditNote(inv.id, {{1, 1000}}));
    auto after = invoices.get(inv.id);
    REQUIRE_OK(after);
    REQUIRE(after->balance() == -2500);
    CHECK(refundable(after.value()) == 2500);

    // The clerk records payments but may not pay money back.
    s.tc.actAs(QStringLiteral("clerk"));
    auto clerk = payments.refund({inv.id, 2500, PaymentMethod::Cash, {}, {}});
    REQUIRE_ERROR(clerk, ErrorCode::PermissionDenied);
    CHECK(s.data.scalar(QStringLiteral("SELECT COUNT(*) FROM payments WHERE kind = 'refund'")) == 0);
    CHECK(s.data
              .text(QStringLiteral("SELECT changes FROM audit_logs WHERE action = 'permission.denied' "
                                   "ORDER BY seq DESC LIMIT 1"))
              .contains(QStringLiteral("\"action\":\"payment.refund\"")));

    s.tc.actAs(QStringLiteral("manager"));
    // At most the 25.00 paid over.
    auto over = payments.refund({inv.id, 2501, PaymentMethod::Cash, {}, {}});
    REQUIRE_ERROR(over, ErrorCode::InvalidArgument);
    CHECK(over.error().field == QStringLiteral("amount"));
    CHECK(over.error().message.contains(QStringLiteral("25.00")));
    REQUIRE_ERROR(payments.refund({inv.id, 0, PaymentMethod::Cash, {}, {}}), ErrorCode::InvalidArgument);
    REQUIRE_ERROR(payments.refund({inv.id, -500, PaymentMethod::Cash, {}, {}}), ErrorCode::InvalidArgument);
    CHECK(s.paid(inv.id) == 10000);

    // 10.00 back in cash: paid 100.00 - 10.00 = 90.00, balance -15.00, still paid (90 + 25 >= 100).
    auto first = payments.refund(
        {inv.id, 1000, PaymentMethod::Cash, QDate(2026, 5, 6), QStringLiteral("till 2")});
    REQUIRE_OK(first);
    CHECK(first->kind == PaymentKind::Refund);
    CHECK(first->amount == 1000);
    CHECK(first->signedAmount() == -1000);
    CHECK(first->paidOn == QDate(2026, 5, 6));
    CHECK(first->reference == QStringLiteral("till 2"));
    CHECK(s.paid(inv.id) == 9000);
    CHECK(s.status(inv.id) == QStringLiteral("paid"));
    // The other 15.00 by bank: paid 75.00, balance 100.00 - 75.00 - 25.00 = 0.
    REQUIRE_OK(payments.refund({inv.id, 1500, PaymentMethod::BankTransfer, {}, {}}));
    CHECK(s.paid(inv.id) == 7500);
    auto settled = invoices.get(inv.id);
    REQUIRE_OK(settled);
    CHECK(settled->balance() == 0);
    CHECK(settled->status == InvoiceStatus::Paid);
    REQUIRE_ERROR(payments.refund({inv.id, 1, PaymentMethod::Cash, {}, {}}), ErrorCode::InvalidState);

    CHECK(s.data.scalar(QStringLiteral("SELECT COUNT(*) FROM payments WHERE kind = 'refund' AND amount > 0"))
          == 2);
    CHECK(s.data.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_logs WHERE action = 'payment.refund'"))
          == 2);
    CHECK(s.data
              .text(QStringLiteral("SELECT changes FROM audit_logs WHERE action = 'payment.refund' "
                                   "ORDER BY seq LIMIT 1"))
              .contains(QStringLiteral("\"balance\":-1500")));

    // The 100.00 payment cannot be reversed while 25.00 of it is refunded:
    // 75.00 - 100.00 would be less than nothing paid.
    auto reversePayment = payments.reverse(paid->id, QStringLiteral("chargeback"));
    REQUIRE_ERROR(reversePayment, ErrorCode::InvalidState);
    CHECK(reversePayment.error().message.contains(QStringLiteral("refund first")));
    CHECK(s.paid(inv.id) == 7500);
    // Reversing the 10.00 refund puts it back on the paid side: 85.00, balance -10.00.
    auto reversed = payments.reverse(first->id, QStringLiteral("refund was never paid out"));
    REQUIRE_OK(reversed);
    CHECK(reversed->reversed);
    CHECK(s.paid(inv.id) == 8500);
    CHECK(s.data.text(QStringLiteral("SELECT changes FROM audit_logs WHERE action = 'payment.reverse'"))
              .contains(QStringLiteral("\"kind\":\"refund\"")));

    auto list = payments.forInvoice(inv.id);
    REQUIRE_OK(list);
    REQUIRE(list->size() == 3);
    CHECK(list->at(0).kind == PaymentKind::Payment);
    CHECK(list->at(1).kind == PaymentKind::Refund);
    CHECK(list->at(2).kind == PaymentKind::Refund);
}

TEST_CASE("no refund on a credit note, a draft or an invoice still owing")
{
    Shop s;
    InvoiceService invoices(*s.tc.company);
    PaymentService payments(*s.tc.company);
    const Invoice inv = s.sale(2); // 50.00
    REQUIRE_OK(payments.record({inv.id, 2000, PaymentMethod::Cash, {}, {}}));
    s.tc.actAs(QStringLiteral("manager"));
    // 50.00 - 20.00 - 25.00 = 5.00 still owed after one kettle back: nothing to refund.
    auto credit = invoices.creditNote(inv.id, {{1, 1000}});
    REQUIRE_OK(credit);
    auto owing = payments.refund({inv.id, 100, PaymentMethod::Cash, {}, {}});
    REQUIRE_ERROR(owing, ErrorCode::InvalidState);
    CHECK(owing.error().field == QStringLiteral("balance"));
    auto onCredit = payments.refund({credit->id, 100, PaymentMethod::Cash, {}, {}});
    REQUIRE_ERROR(onCredit, ErrorCode::InvalidState);
    CHECK(onCredit.error().field == QStringLiteral("invoice"));
    CHECK(s.paid(inv.id) == 2000);
    CHECK(s.data.scalar(QStringLiteral("SELECT COUNT(*) FROM payments WHERE kind = 'refund'")) == 0);
}

TEST_CASE("refundable: the balance below zero, never more than is paid, and a refunded sale stays paid")
{
    Invoice inv;
    inv.type = InvoiceType::Sale;
    inv.status = InvoiceStatus::Paid;
    inv.number = QStringLiteral("S-2026-000009");
    inv.totalAmount = 10000;
    inv.paidAmount = 10000;
    inv.creditedAmount = 2500;
    // 100.00 - 100.00 - 25.00 = -25.00.
    CHECK(refundable(inv) == 2500);
    CHECK(mayRefund(inv).ok());
    // Paid 75.00 after the refund: 75.00 + 25.00 covers the 100.00 total.
    CHECK(statusAfterPayments(inv, 7500) == InvoiceStatus::Paid);
    // Credits rounded line by line a cent over the total: still at most what is paid.
    inv.paidAmount = 100;
    inv.creditedAmount = 10001;
    CHECK(inv.balance() == -101);
    CHECK(refundable(inv) == 100);
    // Owing 10.00: nothing to refund.
    inv.paidAmount = 6500;
    inv.creditedAmount = 2500;
    CHECK(refundable(inv) == 0);
    auto owing = mayRefund(inv);
    REQUIRE_ERROR(owing, ErrorCode::InvalidState);
    CHECK(owing.error().field == QStringLiteral("balance"));
    inv.status = InvoiceStatus::Void;
    inv.paidAmount = 10000;
    REQUIRE_ERROR(mayRefund(inv), ErrorCode::InvalidState);
    CHECK(mayRefund(inv).error().field == QStringLiteral("status"));
    inv.status = InvoiceStatus::Posted;
    inv.type = InvoiceType::CreditNote;
    CHECK(mayRefund(inv).error().field == QStringLiteral("invoice"));
}
