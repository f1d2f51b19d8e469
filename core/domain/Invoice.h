// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace stockbook {

enum class InvoiceType { Sale, Purchase, CreditNote };
enum class InvoiceStatus { Draft, Posted, PartlyPaid, Paid, Void };

// The invoices.type / invoices.status values ("sale", "partly_paid", ...).
QString invoiceTypeName(InvoiceType type);
std::optional<InvoiceType> invoiceTypeFromName(const QString &name);
QString invoiceStatusName(InvoiceStatus status);
std::optional<InvoiceStatus> invoiceStatusFromName(const QString &name);

// One line as entered. Unset price: the product's sale price (sale) or cost
// (purchase); unset tax rate: the product's rate.
struct InvoiceLineInput {
    qint64 productId = 0;
    QString description;             // empty: the product's name
    qint64 quantity = 0;             // thousandths, > 0
    std::optional<qint64> unitPrice; // minor units
    qint64 discountBp = 0;           // 0..10000
    std::optional<qint64> taxRateBp; // see checkTaxRate (domain/Catalog.h)
};

struct InvoiceDraft {
    InvoiceType type = InvoiceType::Sale; // Sale or Purchase
    qint64 partnerId = 0;                 // customer for a sale, supplier for a purchase
    qint64 warehouseId = 0;
    QDate issueDate; // invalid: today
    QString notes;
    QString supplierReference; // the supplier's own number (purchases)
    QList<InvoiceLineInput> lines;
    // Changing a saved draft: its Invoice::updatedAt as the editor read it.
    // When another workstation saved the draft since, the change is refused
    // (Conflict) instead of overwriting theirs. Empty: not checked.
    QString expectedUpdatedAt;
};

struct InvoiceLine {
    qint64 id = 0;
    int lineNo = 0;
    qint64 productId = 0;
    QString sku;
    QString productName;
    QString unit;
    QString description;
    qint64 quantity = 0;
    qint64 unitPrice = 0;
    qint64 discountBp = 0;
    qint64 taxRateBp = 0;
    qint64 lineNet = 0;
    qint64 lineTax = 0;
    qint64 lineTotal = 0;
    qint64 unitCost = 0; // sale: the product's cost when posted; purchase: the net unit cost
};

struct Invoice {
    qint64 id = 0;
    InvoiceType type = InvoiceType::Sale;
    InvoiceStatus status = InvoiceStatus::Draft;
    QString number;       // empty while draft
    qint64 partnerId = 0; // customer_id or supplier_id
    QString partnerName;
    qint64 warehouseId = 0;
    QString warehouseCode;
    std::optional<qint64> creditOfInvoiceId;
    QDate issueDate;
    QDate dueDate;
    bool pricesIncludeTax = true;
    QString currency;
    qint64 subtotal = 0;
    qint64 taxAmount = 0;
    qint64 totalAmount = 0;
    qint64 paidAmount = 0;
    qint64 creditedAmount = 0; // sales: total of their credit notes
    QString supplierReference;
    QString notes;
    QString voidReason;
    qint64 createdBy = 0;
    std::optional<qint64> postedBy;
    std::optional<qint64> voidedBy;
    QDateTime createdAt;
    QDateTime postedAt;
    QDateTime voidedAt;
    // updated_at as stored (UTC, milliseconds): changes with every save.
    QString updatedAt;
    QList<InvoiceLine> lines;

    // total - paid - credited.
    qint64 balance() const { return totalAmount - paidAmount - creditedAmount; }
};

// A credit note line: which line of the sale (its line number) and how much
// of it comes back.
struct CreditLineInput {
    int lineNo = 0;
    qint64 quantity = 0; // thousandths, up to what is not yet credited
};

struct InvoiceFilter {
    std::optional<InvoiceType> type;
    std::optional<InvoiceStatus> status;
    std::optional<qint64> partnerId;
    QDate from; // issue date, inclusive; invalid: open
    QDate to;
    int limit = 500;
    int offset = 0;
};

struct InvoiceSummary {
    qint64 id = 0;
    QString number;
    InvoiceType type = InvoiceType::Sale;
    InvoiceStatus status = InvoiceStatus::Draft;
    QDate issueDate;
    QDate dueDate;
    qint64 partnerId = 0;
    QString partnerName;
    qint64 totalAmount = 0;
    qint64 paidAmount = 0;
};

// What stands in the way of voiding, counted by the caller from the database.
// A screen that has not counted them leaves them at 0 and learns the rest
// from the service.
struct VoidBlockers {
    qint64 activePayments = 0; // payments not reversed
    qint64 creditNotes = 0;    // credit notes issued against the invoice
};

// The rules on what may happen to an invoice in each status. Each returns
// nothing when the operation is allowed, or an InvalidState error that says
// why not and what to do (Error::field names what is in the way: type,
// status, payments, credit_notes). Services check them inside their
// transaction; screens use them to enable their buttons.
//
//               draft   posted  partly_paid  paid  void
//   void          no     yes       yes       yes    no    (sale or purchase, no
//                                                          payment, no credit note)
//   credit        no     yes       yes       yes    no    (sales only)
//   pay           no     yes       yes        no    no    (sale or purchase)
//   refund        no     yes       yes       yes    no    (sale or purchase, only
//                                                          while the balance is below
//                                                          zero)
Result<void> mayVoid(const Invoice &invoice, const VoidBlockers &blockers = {});
Result<void> mayCredit(const Invoice &invoice);
// The status and type only; the amount against the balance is the service's
// check (an invoice credited in full is posted and still owes nothing).
Result<void> mayPay(const Invoice &invoice);
// A refund pays back what was paid over the total once credit notes lowered
// what is owed; refused (field "balance") while nothing is paid over.
Result<void> mayRefund(const Invoice &invoice);
// How much a refund may pay back: the balance below zero (at most what is
// paid), else 0.
qint64 refundable(const Invoice &invoice);

// The status of a posted invoice once paidAmount is paid on it (payments less
// refunds): posted while nothing is paid, paid once paid + credited covers the
// total, partly paid between the two. A sale paid in full, credited in part
// and refunded the difference stays paid: paid + credited = total.
InvoiceStatus statusAfterPayments(const Invoice &invoice, qint64 paidAmount);

} // namespace stockbook
