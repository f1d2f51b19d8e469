// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "invoices/RefundDialog.h"
#include "common/FieldError.h"
#include "common/LocaleFormat.h"

#include "common/Forms.h"
#include "domain/NumberFormat.h"
#include "services/payments/PaymentService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace stockbook::ui {

RefundDialog::RefundDialog(CompanySession &company, const Invoice &invoice, QWidget *parent)
    : QDialog(parent), m_company(company), m_invoice(invoice)
{
    setObjectName(QStringLiteral("refundDialog"));
    setWindowTitle(tr("Refund on %1").arg(invoice.number));
    const qint64 over = refundable(invoice);
    const QString amount = displayMoney(over);
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(
        invoice.type == InvoiceType::Purchase
            ? tr("After its credit notes, %1 has %2 %3 more paid than it owes. Record the money received "
                 "back from %4: the balance returns to zero.")
                  .arg(invoice.number, amount, invoice.currency, invoice.partnerName)
            : tr("After its credit notes, %1 has %2 %3 more paid than it owes. Record the money paid back "
                 "to %4: the balance returns to zero.")
                  .arg(invoice.number, amount, invoice.currency, invoice.partnerName),
        this);
    text->setObjectName(QStringLiteral("refundText"));
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *form = new QFormLayout;
    m_amount = new QLineEdit(NumberFormat().money(over), this);
    m_amount->setObjectName(QStringLiteral("refundAmountEdit"));
    addFormRow(form, tr("&Amount:"), m_amount);
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("refundMethodCombo"));
    m_method->addItem(tr("Cash"), static_cast<int>(PaymentMethod::Cash));
    m_method->addItem(tr("Card"), static_cast<int>(PaymentMethod::Card));
    m_method->addItem(tr("Bank transfer"), static_cast<int>(PaymentMethod::BankTransfer));
    m_method->addItem(tr("Other"), static_cast<int>(PaymentMethod::Other));
    addFormRow(form, tr("&Method:"), m_method);
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("refundReferenceEdit"));
    addFormRow(form, tr("R&eference:"), m_reference);
    layout->addLayout(form);
    m_error = makeErrorLabel(this, QStringLiteral("refundError"));
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("refundButtons"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("refundOkButton"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record &refund"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("refundCancelButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Not now"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RefundDialog::refund);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_amount->selectAll();
    m_amount->setFocus();
    resize(qMax(480, sizeHint().width()), sizeHint().height());
}

bool RefundDialog::refund()
{
    const NumberFormat numbers;
    const auto amount = numbers.parseMoney(m_amount->text().trimmed());
    if (!amount || *amount <= 0) {
        showError(m_error,
                  tr("Enter the amount to refund as a number such as %1, at most %2.")
                      .arg(numbers.moneyExample(), numbers.money(refundable(m_invoice))));
        m_amount->setFocus();
        return false;
    }
    // The service refuses it too; here it is said in the user's own numbers.
    if (*amount > refundable(m_invoice)) {
        showError(m_error,
                  tr("%1 is more than the %2 paid over what %3 owes. Refund at most %2.")
                      .arg(numbers.money(*amount), numbers.money(refundable(m_invoice)), m_invoice.number));
        m_amount->setFocus();
        return false;
    }
    NewPayment in;
    in.invoiceId = m_invoice.id;
    in.amount = *amount;
    in.method = static_cast<PaymentMethod>(m_method->currentData().toInt());
    in.reference = m_reference->text().trimmed();
    auto done = PaymentService(m_company).refund(in);
    if (!done.ok()) {
        showError(m_error, done.error().message);
        m_amount->setFocus();
        return false;
    }
    showError(m_error, {});
    emit refunded(done.value());
    accept();
    return true;
}

} // namespace stockbook::ui
