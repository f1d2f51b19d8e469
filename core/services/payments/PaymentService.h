// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"
#include "services/invoices/InvoiceTypes.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace stockbook {

class CompanySession;
class InvoiceStore;

enum class PaymentMethod { Cash, Card, BankTransfer, Other };
QString paymentMethodName(PaymentMethod method); // "cash", "card", "bank_transfer", "other"
std::optional<PaymentMethod> paymentMethodFromName(const QString &name);

struct NewPayment {
    qint64 invoiceId = 0;
    qint64 amount = 0; // minor units, > 0
    PaymentMethod method = PaymentMethod::Cash;
    QDate paidOn; // invalid: today
    QString reference;
};

struct Payment {
    qint64 id = 0;
    qint64 invoiceId = 0;
    qint64 amount = 0;
    PaymentMethod method = PaymentMethod::Cash;
    QDate paidOn;
    QString reference;
    qint64 createdBy = 0;
    QDateTime createdAt;
    bool reversed = false;
    QDateTime reversedAt;
    std::optional<qint64> reversedBy;
    QString reversalReason;
};

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
