// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"
#include "domain/Invoice.h"
#include "domain/Payment.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <utility>

namespace stockbook {

class CompanySession;
class InvoiceStore;

// Payments received for sales and made for purchases, and refunds going back
// the other way. Each call is one transaction with its audit entry; the
// invoice's paid_amount (payments less refunds) and status (posted ->
// partly_paid -> paid) follow every payment, refund and reversal.
class PaymentService {
public:
    explicit PaymentService(CompanySession &company);
    ~PaymentService();
    PaymentService(const PaymentService &) = delete;
    PaymentService &operator=(const PaymentService &) = delete;

    // payment.record, on a posted or partly paid sale or purchase. More than
    // is still owed (total - paid - credited) is refused, naming what is due.
    Result<Payment> record(const NewPayment &payment);
    // payment.reverse (manager); the reason is required. Reversing a refund
    // adds its amount back to what is paid; reversing a payment that would
    // leave less paid than was refunded is refused: reverse the refund first.
    Result<Payment> reverse(qint64 paymentId, const QString &reason);
    // payment.refund, with the payment.reverse permission (manager): pays
    // back (sale) or takes back (purchase) what was paid over the invoice's
    // total once credit notes lowered it, at most the balance below zero
    // (mayRefund, refundable in domain/Invoice.h). Recorded as a payment of
    // kind Refund; the balance rises by the amount, to zero for the whole.
    Result<Payment> refund(const NewPayment &refund);
    // The invoice's payments, reversed ones included, oldest first.
    Result<QList<Payment>> forInvoice(qint64 invoiceId);

private:
    InvoiceStore &store();
    Result<Payment> load(qint64 paymentId);
    // Inserts the payment or refund and sets the invoice's paid amount and
    // status, inside the caller's transaction: the new row's id and status.
    Result<std::pair<qint64, InvoiceStatus>> writePayment(const Invoice &inv, const NewPayment &in,
                                                          const QDate &paidOn, PaymentKind kind,
                                                          const QString &now);

    CompanySession &m_company;
    std::unique_ptr<InvoiceStore> m_store;
};

} // namespace stockbook
