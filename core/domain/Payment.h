// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace stockbook {

enum class PaymentMethod { Cash, Card, BankTransfer, Other };
QString paymentMethodName(PaymentMethod method); // "cash", "card", "bank_transfer", "other"
std::optional<PaymentMethod> paymentMethodFromName(const QString &name);

// Which way the money goes. A payment settles what the invoice owes (received
// from the customer of a sale, paid to the supplier of a purchase); a refund
// goes back the other way once credit notes leave more paid than is owed
// (paid back to the customer, received back from the supplier). Both are
// stored with an amount above zero; the invoice's paid amount is its
// payments less its refunds, reversed ones left out.
enum class PaymentKind { Payment, Refund };
QString paymentKindName(PaymentKind kind); // "payment", "refund" (payments.kind)
std::optional<PaymentKind> paymentKindFromName(const QString &name);

// A payment, or a refund (PaymentService::refund).
struct NewPayment {
    qint64 invoiceId = 0;
    qint64 amount = 0; // minor units, > 0, whichever way it goes
    PaymentMethod method = PaymentMethod::Cash;
    QDate paidOn; // invalid: today
    QString reference;
};

struct Payment {
    qint64 id = 0;
    qint64 invoiceId = 0;
    PaymentKind kind = PaymentKind::Payment;
    qint64 amount = 0; // > 0 for both kinds
    PaymentMethod method = PaymentMethod::Cash;
    QDate paidOn;
    QString reference;
    qint64 createdBy = 0;
    QDateTime createdAt;
    bool reversed = false;
    QDateTime reversedAt;
    std::optional<qint64> reversedBy;
    QString reversalReason;

    bool isRefund() const { return kind == PaymentKind::Refund; }
    // What it adds to the invoice's paid amount while not reversed: the
    // amount, taken away for a refund.
    qint64 signedAmount() const { return isRefund() ? -amount : amount; }
};

} // namespace stockbook
