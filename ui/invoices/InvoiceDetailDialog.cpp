// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "invoices/InvoiceDetailDialog.h"
#include "common/FieldError.h"
#include "common/LocaleFormat.h"

#include "domain/Labels.h"
#include "domain/NumberFormat.h"
#include "invoices/CreditNoteDialog.h"
#include "invoices/InvoiceDocument.h"
#include "invoices/RefundDialog.h"
#include "invoices/ReversePaymentDialog.h"
#include "models/InvoiceListModel.h"
#include "services/CompanySession.h"
#include "services/invoices/InvoiceService.h"
#include "services/payments/PaymentService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace stockbook::ui {

namespace {

QTableWidget *table(const QString &name, const QString &accessible, const QStringList &headers,
                    QWidget *parent)
{
    auto *t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setObjectName(name);
    t->setAccessibleName(accessible);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    return t;
}

void setCell(QTableWidget *t, int row, int column, const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    t->setItem(row, column, item);
}

} // namespace

InvoiceDetailDialog::InvoiceDetailDialog(CompanySession &company, qint64 invoiceId, QWidget *parent)
    : QDialog(parent), m_company(company), m_invoiceId(invoiceId)
{
    setObjectName(QStringLiteral("invoiceDetailDialog"));
    resize(820, 600);
    auto *layout = new QVBoxLayout(this);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("detailHeader"));
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setWordWrap(true);
    layout->addWidget(m_header);
    m_lines = table(QStringLiteral("detailLines"), tr("Lines"),
                    {tr("SKU"), tr("Description"), tr("Quantity"), tr("Unit price"), tr("Discount %"),
                     tr("Tax %"), tr("Total")},
                    this);
    m_lines->horizontalHeader()->setStretchLastSection(false);
    m_lines->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_lines, 2);
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("detailTotals"));
    m_totals->setAlignment(Qt::AlignRight);
    layout->addWidget(m_totals);
    auto *paymentsLabel = new QLabel(tr("Payments:"), this);
    layout->addWidget(paymentsLabel);
    m_payments = table(QStringLiteral("detailPayments"), tr("Payments"),
                       {tr("Date"), tr("Amount"), tr("Method"), tr("Reference"), tr("Status")}, this);
    paymentsLabel->setBuddy(m_payments);
    m_payments->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *paymentsRow = new QHBoxLayout;
    paymentsRow->addWidget(m_payments, 1);
    m_reverseButton = new QPushButton(tr("Reverse pa&yment…"), this);
    m_reverseButton->setObjectName(QStringLiteral("reversePaymentButton"));
    m_reverseButton->setToolTip(tr("Reverse the selected payment, with a reason"));
    m_refundButton = new QPushButton(tr("Re&fund…"), this);
    m_refundButton->setObjectName(QStringLiteral("refundButton"));
    m_refundButton->setToolTip(tr("Pay back what credit notes left paid over the total"));
    auto *paymentButtons = new QVBoxLayout;
    paymentButtons->addWidget(m_reverseButton);
    paymentButtons->addWidget(m_refundButton);
    paymentButtons->addStretch(1);
    paymentsRow->addLayout(paymentButtons);
    layout->addLayout(paymentsRow, 1);

    auto *payRow = new QHBoxLayout;
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("paymentAmountEdit"));
    auto *amountLabel = new QLabel(tr("&Amount:"), this);
    amountLabel->setBuddy(m_amount);
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("paymentMethodCombo"));
    m_method->addItem(tr("Cash"), static_cast<int>(PaymentMethod::Cash));
    m_method->addItem(tr("Card"), static_cast<int>(PaymentMethod::Card));
    m_method->addItem(tr("Bank transfer"), static_cast<int>(PaymentMethod::BankTransfer));
    m_method->addItem(tr("Other"), static_cast<int>(PaymentMethod::Other));
    auto *methodLabel = new QLabel(tr("&Method:"), this);
    methodLabel->setBuddy(m_method);
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("paymentReferenceEdit"));
    auto *referenceLabel = new QLabel(tr("R&eference:"), this);
    referenceLabel->setBuddy(m_reference);
    m_payButton = new QPushButton(tr("&Record payment"), this);
    m_payButton->setObjectName(QStringLiteral("recordPaymentButton"));
    for (QWidget *w : std::initializer_list<QWidget *>{amountLabel, m_amount, methodLabel, m_method,
                                                       referenceLabel, m_reference, m_payButton})
        payRow->addWidget(w);
    layout->addLayout(payRow);
    m_error = makeErrorLabel(this, QStringLiteral("detailError"));
    layout->addWidget(m_error);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("detailNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();
    layout->addWidget(m_notice);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("detailButtons"));
    m_voidButton = buttons->addButton(tr("&Void…"), QDialogButtonBox::ActionRole);
    m_voidButton->setObjectName(QStringLiteral("voidButton"));
    m_creditButton = buttons->addButton(tr("Credit &note…"), QDialogButtonBox::ActionRole);
    m_creditButton->setObjectName(QStringLiteral("creditNoteButton"));
    auto *pdf = buttons->addButton(tr("Save as P&DF…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("detailPdfButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_payButton, &QPushButton::clicked, this, &InvoiceDetailDialog::recordPayment);
    connect(m_reverseButton, &QPushButton::clicked, this, &InvoiceDetailDialog::reversePayment);
    connect(m_refundButton, &QPushButton::clicked, this, &InvoiceDetailDialog::offerRefund);
    connect(m_payments, &QTableWidget::itemSelectionChanged, this, &InvoiceDetailDialog::updateReverseButton);
    connect(m_voidButton, &QPushButton::clicked, this, &InvoiceDetailDialog::voidInvoice);
    connect(m_creditButton, &QPushButton::clicked, this, &InvoiceDetailDialog::creditNote);
    connect(pdf, &QPushButton::clicked, this,
            [this] { saveInvoicePdfInteractive(m_company, m_invoice, this); });
    reload();
}

InvoiceDetailDialog::~InvoiceDetailDialog() = default;

bool InvoiceDetailDialog::reload()
{
    auto invoice = InvoiceService(m_company).get(m_invoiceId);
    if (!invoice.ok()) {
        m_error->setText(invoice.error().message);
        m_error->show();
        return false;
    }
    m_invoice = invoice.value();
    const Invoice &inv = m_invoice;
    const NumberFormat numbers;
    setWindowTitle(tr("Invoice %1").arg(inv.number.isEmpty() ? tr("draft") : inv.number));
    m_header->setText(tr("%1 · %2 · %3\nIssued %4, due %5 · warehouse %6")
                          .arg(inv.number, inv.partnerName, invoiceStatusLabel(invoiceStatusName(inv.status)),
                               displayDate(inv.issueDate), displayDate(inv.dueDate), inv.warehouseCode)
                      + (inv.voidReason.isEmpty() ? QString() : tr("\nVoid: %1").arg(inv.voidReason)));
    m_lines->setRowCount(static_cast<int>(inv.lines.size()));
    for (int r = 0; r < inv.lines.size(); ++r) {
        const InvoiceLine &l = inv.lines.at(r);
        setCell(m_lines, r, 0, l.sku);
        setCell(m_lines, r, 1, l.description.isEmpty() ? l.productName : l.description);
        setCell(m_lines, r, 2, tr("%1 %2").arg(numbers.quantity(l.quantity), unitLabel(l.unit)), true);
        setCell(m_lines, r, 3, numbers.money(l.unitPrice), true);
        setCell(m_lines, r, 4, numbers.percent(l.discountBp), true);
        setCell(m_lines, r, 5, numbers.percent(l.taxRateBp), true);
        setCell(m_lines, r, 6, numbers.money(l.lineTotal), true);
    }
    for (int c : {0, 2, 3, 4, 5, 6})
        m_lines->resizeColumnToContents(c);
    m_totals->setText(tr("Net %1 · Tax %2 · Total %3 %4\nPaid %5 · Credited %6 · Balance %7")
                          .arg(numbers.money(inv.subtotal), numbers.money(inv.taxAmount),
                               numbers.money(inv.totalAmount), inv.currency, numbers.money(inv.paidAmount),
                               numbers.money(inv.creditedAmount), numbers.money(inv.balance())));
    auto payments = PaymentService(m_company).forInvoice(m_invoiceId);
    const qint64 selected = [this] {
        const int row = m_payments->currentRow();
        return row >= 0 && row < m_paymentList.size() ? m_paymentList.at(row).id : qint64{0};
    }();
    m_paymentList = payments.ok() ? payments.value() : QList<Payment>();
    const QList<Payment> &list = m_paymentList;
    m_payments->setRowCount(static_cast<int>(list.size()));
    for (int r = 0; r < list.size(); ++r) {
        const Payment &p = list.at(r);
        setCell(m_payments, r, 0, displayDate(p.paidOn));
        // A refund goes the other way: shown below zero, as it counts.
        setCell(m_payments, r, 1, numbers.money(p.signedAmount()), true);
        setCell(m_payments, r, 2, m_method->itemText(m_method->findData(static_cast<int>(p.method))));
        setCell(m_payments, r, 3, p.reference);
        if (p.isRefund())
            setCell(m_payments, r, 4, p.reversed ? tr("Refund reversed") : tr("Refund"));
        else
            setCell(m_payments, r, 4, p.reversed ? tr("Reversed") : tr("Recorded"));
        if (p.reversed)
            m_payments->item(r, 4)->setToolTip(tr("Reversed: %1").arg(p.reversalReason));
        if (p.id == selected)
            m_payments->selectRow(r);
    }
    const Session &session = m_company.session();
    const bool payable = mayPay(inv).ok() && inv.balance() > 0;
    for (QWidget *w : std::initializer_list<QWidget *>{m_amount, m_method, m_reference, m_payButton})
        w->setEnabled(payable && session.has(Permission::PaymentRecord));
    if (payable && m_amount->text().isEmpty())
        m_amount->setText(numbers.money(inv.balance()));
    m_voidButton->setVisible(session.has(Permission::InvoiceVoid));
    // Payments and credit notes are not counted here: the service refuses
    // those with a message that says what to do.
    const auto voidable = mayVoid(inv);
    m_voidButton->setEnabled(voidable.ok());
    m_voidButton->setToolTip(voidable.ok() ? QString() : voidable.error().message);
    m_creditButton->setVisible(session.has(Permission::InvoiceCredit) && inv.type == InvoiceType::Sale);
    m_creditButton->setEnabled(mayCredit(inv).ok());
    m_reverseButton->setVisible(session.has(Permission::PaymentReverse));
    // Refunds need the reversal permission too (PaymentService::refund).
    const auto refundAllowed = mayRefund(inv);
    m_refundButton->setVisible(session.has(Permission::PaymentReverse)
                               && inv.type != InvoiceType::CreditNote);
    m_refundButton->setEnabled(refundAllowed.ok());
    m_refundButton->setToolTip(
        refundAllowed.ok() ? tr("Pay back the %1 paid over the total").arg(numbers.money(refundable(inv)))
                           : tr("Nothing is paid over the total: there is nothing to refund."));
    updateReverseButton();
    return true;
}

void InvoiceDetailDialog::updateReverseButton()
{
    const int row = m_payments->currentRow();
    const bool selected = m_payments->selectionModel()->hasSelection() && row >= 0
        && row < m_paymentList.size();
    m_reverseButton->setEnabled(selected && !m_paymentList.at(row).reversed);
}

void InvoiceDetailDialog::reversePayment()
{
    const int row = m_payments->currentRow();
    if (row < 0 || row >= m_paymentList.size())
        return;
    auto *dialog = new ReversePaymentDialog(m_company, m_paymentList.at(row), m_invoice.number, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReversePaymentDialog::reversed, this, [this] {
        m_error->hide();
        m_changed = true;
        reload();
    });
    dialog->open();
}

bool InvoiceDetailDialog::recordPayment()
{
    const NumberFormat numbers;
    const auto amount = numbers.parseMoney(m_amount->text().trimmed());
    if (!amount || *amount <= 0) {
        m_error->setText(tr("Enter the amount paid as a number such as %1.").arg(numbers.moneyExample()));
        m_error->show();
        m_amount->setFocus();
        return false;
    }
    NewPayment payment;
    payment.invoiceId = m_invoiceId;
    payment.amount = *amount;
    payment.method = static_cast<PaymentMethod>(m_method->currentData().toInt());
    payment.reference = m_reference->text().trimmed();
    auto recorded = PaymentService(m_company).record(payment);
    if (!recorded.ok()) {
        m_error->setText(recorded.error().message);
        m_error->show();
        return false;
    }
    m_error->hide();
    m_amount->clear();
    m_reference->clear();
    m_changed = true;
    reload();
    return true;
}

void InvoiceDetailDialog::voidInvoice()
{
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Void invoice"),
        tr("Why is %1 void? The reason is kept with the invoice.").arg(m_invoice.number), QLineEdit::Normal,
        {}, &ok);
    if (!ok)
        return;
    auto voided = InvoiceService(m_company).voidInvoice(m_invoiceId, reason.trimmed());
    if (!voided.ok()) {
        m_error->setText(voided.error().message);
        m_error->show();
        return;
    }
    m_error->hide();
    m_changed = true;
    reload();
}

void InvoiceDetailDialog::creditNote()
{
    auto creditable = InvoiceService(m_company).creditableQuantities(m_invoiceId);
    if (!creditable.ok()) {
        m_error->setText(creditable.error().message);
        m_error->show();
        return;
    }
    CreditNoteDialog dialog(m_company, m_invoice, creditable.value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Invoice &note = dialog.note();
    m_error->hide();
    m_changed = true;
    reload();
    m_notice->setText(tr("Credit note %1 made for %2 %3.")
                          .arg(note.number, NumberFormat().money(note.totalAmount), note.currency));
    m_notice->show();
    if (mayRefund(m_invoice).ok() && m_company.session().has(Permission::PaymentReverse))
        offerRefund();
}

void InvoiceDetailDialog::offerRefund()
{
    if (!mayRefund(m_invoice).ok())
        return;
    auto *dialog = new RefundDialog(m_company, m_invoice, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RefundDialog::refunded, this, [this](const Payment &refund) {
        m_error->hide();
        m_changed = true;
        reload();
        m_notice->setText(tr("Refund of %1 %2 recorded; the balance is %3.")
                              .arg(NumberFormat().money(refund.amount), m_invoice.currency,
                                   NumberFormat().money(m_invoice.balance())));
        m_notice->show();
    });
    dialog->open();
}

} // namespace stockbook::ui
