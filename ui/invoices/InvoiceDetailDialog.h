// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "domain/Invoice.h"
#include "services/payments/PaymentService.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace stockbook {
class CompanySession;
}

namespace stockbook::ui {

// One invoice: lines, totals, balance and payments, with Record payment,
// Reverse payment (payment.reverse, on the selected payment), Refund
// (payment.refund, while credit notes leave it paid over), Void
// (invoice.void) and Credit note (invoice.credit, sales only). A credit note
// made is reported by its number and total; when it leaves the invoice paid
// over, the refund is offered at once.
class InvoiceDetailDialog : public QDialog {
    Q_OBJECT

public:
    InvoiceDetailDialog(CompanySession &company, qint64 invoiceId, QWidget *parent = nullptr);
    ~InvoiceDetailDialog() override;

    const Invoice &invoice() const { return m_invoice; }
    bool changed() const { return m_changed; }

public slots:
    bool reload();
    bool recordPayment();
    // Asks for the reason in a small window-modal dialog
    // ("reversePaymentDialog") over the selected payment; returns at once.
    void reversePayment();
    void voidInvoice();
    void creditNote();
    // Opens the refund dialog ("refundDialog", window-modal) for what is paid
    // over; returns at once.
    void offerRefund();

private:
    void updateReverseButton();

    CompanySession &m_company;
    qint64 m_invoiceId;
    Invoice m_invoice;
    bool m_changed = false;
    QList<Payment> m_paymentList;
    QLabel *m_header = nullptr;
    QTableWidget *m_lines = nullptr;
    QLabel *m_totals = nullptr;
    QTableWidget *m_payments = nullptr;
    QLineEdit *m_amount = nullptr;
    QComboBox *m_method = nullptr;
    QLineEdit *m_reference = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_notice = nullptr;
    QPushButton *m_payButton = nullptr;
    QPushButton *m_reverseButton = nullptr;
    QPushButton *m_refundButton = nullptr;
    QPushButton *m_voidButton = nullptr;
    QPushButton *m_creditButton = nullptr;
};

} // namespace stockbook::ui
