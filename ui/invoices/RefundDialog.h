// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "domain/Invoice.h"
#include "domain/Payment.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace stockbook {
class CompanySession;
}

namespace stockbook::ui {

// Offered when credit notes leave an invoice paid over what it owes (its
// balance below zero): records the money paid back to the customer of a
// sale, or received back from the supplier of a purchase, as a refund
// (PaymentService::refund, payment.refund, a manager's permission). The
// amount starts at what is paid over; a refusal (more than that, not a
// number, not allowed) is shown in the dialog, which stays open.
class RefundDialog : public QDialog {
    Q_OBJECT

public:
    RefundDialog(CompanySession &company, const Invoice &invoice, QWidget *parent = nullptr);

public slots:
    bool refund();

signals:
    void refunded(const stockbook::Payment &refund);

private:
    CompanySession &m_company;
    Invoice m_invoice;
    QLineEdit *m_amount = nullptr;
    QComboBox *m_method = nullptr;
    QLineEdit *m_reference = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace stockbook::ui
