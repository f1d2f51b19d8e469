// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "invoices/ReversePaymentDialog.h"
#include "common/FieldError.h"
#include "common/LocaleFormat.h"

#include "common/Forms.h"
#include "domain/Money.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace stockbook::ui {

ReversePaymentDialog::ReversePaymentDialog(CompanySession &company, const Payment &payment,
                                           const QString &invoiceNumber, QWidget *parent)
    : QDialog(parent), m_company(company), m_paymentId(payment.id)
{
    setObjectName(QStringLiteral("reversePaymentDialog"));
    setWindowTitle(tr("Reverse payment"));
    auto *layout = new QVBoxLayout(this);
    // A refund reversed counts as paid again: the balance falls below zero.
    auto *text = new QLabel(
        (payment.isRefund()
             ? tr("Reverse the refund of %1 made on %2 for %3? The invoice's balance falls by the "
                  "amount again; the refund stays listed as reversed.")
             : tr("Reverse the payment of %1 made on %2 for %3? The invoice's balance grows by the "
                  "amount again; the payment stays listed as reversed."))
            .arg(displayMoney(payment.amount), displayDate(payment.paidOn), invoiceNumber),
        this);
    text->setObjectName(QStringLiteral("reversePaymentText"));
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *form = new QFormLayout;
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reversalReasonEdit"));
    m_reason->setPlaceholderText(tr("For example: card payment charged back"));
    addFormRow(form, tr("&Reason:"), m_reason);
    layout->addLayout(form);
    m_error = makeErrorLabel(this, QStringLiteral("reversalError"));
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("reversalButtons"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("reversalOkButton"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Re&verse payment"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("reversalCancelButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReversePaymentDialog::reverse);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_reason->setFocus();
    resize(460, sizeHint().height());
}

bool ReversePaymentDialog::reverse()
{
    auto done = PaymentService(m_company).reverse(m_paymentId, m_reason->text());
    if (!done.ok()) {
        m_error->setText(done.error().message);
        m_error->show();
        m_reason->setFocus();
        return false;
    }
    emit reversed(m_paymentId);
    accept();
    return true;
}

} // namespace stockbook::ui
