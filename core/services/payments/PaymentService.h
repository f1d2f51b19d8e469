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

namespace stockbook {

class CompanySession;
class InvoiceStore;

// Payments received for sales and made for purchases. Each call is one
// transaction with its audit entry; the invoice's paid_amount and status
// (posted -> partly_paid -> paid) follow every payment and reversal.
class PaymentService {
public:
    explicit PaymentService(CompanySession &company);
    ~PaymentService();
    PaymentService(const PaymentService &) = delete;
    PaymentService &operator=(const PaymentService &) = delete;

    // payment.record, on a posted or partly paid sale or purchase. More than
    // is still owed (total - paid - credited) is refused, naming what is due.
    Result<Payment> record(const NewPayment &payment);
    // payment.reverse (manager); the reason is required.
    Result<Payment> reverse(qint64 paymentId, const QString &reason);
    // The invoice's payments, reversed ones included, oldest first.
    Result<QList<Payment>> forInvoice(qint64 invoiceId);

private:
    InvoiceStore &store();
    Result<Payment> load(qint64 paymentId);

    CompanySession &m_company;
    std::unique_ptr<InvoiceStore> m_store;
};

} // namespace stockbook
