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

} // namespace stockbook
