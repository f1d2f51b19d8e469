// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "services/payments/PaymentService.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace stockbook {
class CompanySession;
}

namespace stockbook::ui {

// Asks why a payment is reversed and reverses it (PaymentService::reverse,
// permission payment.reverse). A refusal (no reason, already reversed, not
// allowed) is shown in the dialog, which stays open with the reason typed.
class ReversePaymentDialog : public QDialog {
    Q_OBJECT

public:
    ReversePaymentDialog(CompanySession &company, const Payment &payment, const QString &invoiceNumber,
                         QWidget *parent = nullptr);

public slots:
    bool reverse();

signals:
    void reversed(qint64 paymentId);

private:
    CompanySession &m_company;
    qint64 m_paymentId;
    QLineEdit *m_reason = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace stockbook::ui
