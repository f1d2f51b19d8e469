// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"
#include "domain/Invoice.h"

#include <QDate>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace stockbook {

class CompanySession;
class InvoiceStore;

// One series of document numbers in one year, as the settings show it.
struct NumberSeries {
    InvoiceType type = InvoiceType::Sale;
    int year = 0;
    QString first; // e.g. "S-2026-000001"
    QString next;  // the number the series' next posted document gets
};

// Sales, purchases and credit notes.
//
// Drafts are edited only by their author (invoice.create). post()
// (invoice.post) freezes the lines' amounts with computeLine() and the
// company's prices_include_tax setting, takes the next number of its series
// and year without gaps, moves the stock through StockLedger and writes its
// audit entry, all in one transaction: a refusal (e.g. InsufficientStock on
// any line) leaves no trace, not even a used number. void() (invoice.void)
// reverses the stock and keeps the number; creditNote() (invoice.credit)
// returns goods of a posted sale under its own series.
//
// Validation errors are InvalidArgument with Error::field naming the field:
// "partner", "warehouse", "issue_date", "lines", or for a line
// "lines[I].product", "lines[I].quantity", "lines[I].unit_price",
// "lines[I].discount", "lines[I].tax_rate" with I the 0-based index of the
// line in the list given (the message counts lines from 1).
class InvoiceService {
public:
    explicit InvoiceService(CompanySession &company);
    ~InvoiceService();
    InvoiceService(const InvoiceService &) = delete;
    InvoiceService &operator=(const InvoiceService &) = delete;

    // Drafts (invoice.create). Returns the draft with its computed lines.
    Result<Invoice> createDraft(const InvoiceDraft &draft);
    // Replaces the header and all lines; only while draft, only by its author.
    Result<Invoice> updateDraft(qint64 invoiceId, const InvoiceDraft &draft);
    Result<void> deleteDraft(qint64 invoiceId);
    // The idle lock keeps an invoice being typed as its author's draft
    // (invoice.create, checked as authorizeAtLock() does: the session has
    // just gone idle): a new draft, or the author's draft draftId updated,
    // with an "invoice.draft_kept_on_lock" audit entry. The same checks as a
    // draft saved by hand; a refusal keeps nothing.
    Result<Invoice> keepDraftOnLock(std::optional<qint64> draftId, const InvoiceDraft &draft);

    // invoice.post. Returns the posted invoice (with its number).
    Result<Invoice> post(qint64 invoiceId);
    // invoice.create + invoice.post: saves and posts in one transaction, so a
    // refused post leaves no draft behind either.
    Result<Invoice> createAndPost(const InvoiceDraft &draft);

    // invoice.void (manager); the reason is required.
    Result<Invoice> voidInvoice(qint64 invoiceId, const QString &reason);

    // invoice.credit (manager): a credit note for a posted sale, numbered
    // C-YYYY-NNNNNN and posted at once; its lines keep the line numbers of
    // the sale's lines they return. Field errors name "lines[I].line" and
    // "lines[I].quantity".
    Result<Invoice> creditNote(qint64 saleId, const QList<CreditLineInput> &lines,
                               const QDate &issueDate = {}, const QString &notes = {});

    // Reads (invoice.create or report.view).
    Result<Invoice> get(qint64 invoiceId);
    Result<Invoice> byNumber(const QString &number);
    Result<QList<InvoiceSummary>> list(const InvoiceFilter &filter = {});
    // What the customer (or we, for a purchase) still owes: total - paid -
    // credited; negative when more was paid than is now due.
    Result<qint64> balance(qint64 invoiceId);
    // Quantity of each line of a sale not yet returned by credit notes,
    // indexed like Invoice::lines.
    Result<QList<qint64>> creditableQuantities(qint64 saleId);

    // Look-ups for the command line and forms: a customer (sale) or supplier
    // (purchase) by e-mail or id, a product by SKU, a warehouse by code.
    Result<qint64> partnerId(InvoiceType type, const QString &emailOrId);
    Result<qint64> productIdBySku(const QString &sku);
    Result<qint64> warehouseIdByCode(const QString &code);

    // settings.edit (the numbering settings): the sale, purchase and credit
    // note series of a year (2000 to 9999), in that order, each with its first
    // number and the number its next posted document gets. Numbers are given
    // without gaps when a document is posted and are never set by hand, so
    // there is no call that changes them.
    Result<QList<NumberSeries>> numberSeries(int year);

private:
    Result<void> authorizeRead(const QString &action, const QString &target);
    InvoiceStore &store();
    // Inside an open transaction.
    // previousUpdatedAt: the existing draft's updated_at, which the save's
    // own comes after (a version, see InvoiceDraft::expectedUpdatedAt).
    Result<qint64> saveDraft(std::optional<qint64> existingId, const InvoiceDraft &draft,
                             const QString &previousUpdatedAt = {});
    Result<Invoice> postLocked(qint64 invoiceId);
    Result<Invoice> ownDraft(qint64 invoiceId, const QString &action);

    CompanySession &m_company;
    std::unique_ptr<InvoiceStore> m_store;
};

} // namespace stockbook
