// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
// Voids and credit notes: the two ways a posted invoice is corrected.
#include "services/invoices/InvoiceService.h"

#include "Tr.h"
#include "domain/Money.h"
#include "services/CompanySession.h"
#include "services/ServiceSupport.h"
#include "services/invoices/InvoiceStore.h"
#include "services/stock/StockLedger.h"
#include "storage/Transaction.h"

#include <QJsonObject>

#include <map>

namespace stockbook {

namespace {

Result<qint64> countOf(InvoiceStore &s, const char *sql, qint64 id)
{
    auto q = s.run(sql, {id});
    if (!q.ok())
        return q.error();
    qint64 n = 0;
    if (q.value()->next())
        n = q.value()->value(0).toLongLong();
    while (q.value()->next()) { }
    return n;
}

// Quantity already returned per line number of a sale.
Result<std::map<int, qint64>> creditedPerLine(InvoiceStore &s, qint64 saleId)
{
    auto q = s.run(
        "SELECT it.line_no, SUM(it.quantity) FROM invoice_items it JOIN invoices cn ON cn.id = it.invoice_id "
        "WHERE cn.credit_of_invoice_id = ? AND cn.status <> 'void' GROUP BY it.line_no",
        {saleId});
    if (!q.ok())
        return q.error();
    std::map<int, qint64> out;
    while (q.value()->next())
        out[q.value()->value(0).toInt()] = q.value()->value(1).toLongLong();
    return out;
}

} // namespace

Result<Invoice> InvoiceService::voidInvoice(qint64 invoiceId, const QString &reason)
{
    if (auto ok = authorize(m_company, Permission::InvoiceVoid, QStringLiteral("invoice.void"),
                            QString::number(invoiceId));
        !ok.ok())
        return ok.error();
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return fieldError(QStringLiteral("reason"), Tr::tr("Say why the invoice is voided."));
    storage::Transaction tx(m_company.database());
    if (auto begun = tx.begin(); !begun.ok())
        return begun.error();
    InvoiceStore &s = store();
    auto loaded = s.invoice(invoiceId);
    if (!loaded.ok())
        return loaded;
    Invoice &inv = loaded.value();
    // The state first, so a draft or a credit note is refused before counting.
    if (auto allowed = mayVoid(inv); !allowed.ok())
        return allowed.error();
    auto payments = countOf(s, "SELECT COUNT(*) FROM payments WHERE invoice_id = ? AND reversed_at IS NULL",
                            inv.id);
    if (!payments.ok())
        return payments.error();
    auto credits = countOf(s, "SELECT COUNT(*) FROM invoices WHERE credit_of_invoice_id = ?", inv.id);
    if (!credits.ok())
        return credits.error();
    if (auto allowed = mayVoid(inv, {payments.value(), credits.value()}); !allowed.ok())
        return allowed.error();

    const bool sale = inv.type == InvoiceType::Sale;
    const qint64 userId = m_company.session().userId();
    const QDateTime nowTime = m_company.now();
    const QString now = isoTimestamp(nowTime);
    StockLedger ledger(s, userId, nowTime);
    for (qsizetype i = 0; i < inv.lines.size(); ++i) {
        const InvoiceLine &l = inv.lines.at(i);
        StockMovement m;
        m.productId = l.productId;
        m.warehouseId = inv.warehouseId;
        m.type = sale ? MovementType::VoidIn : MovementType::VoidOut;
        m.quantity = l.quantity;
        m.unitCost = l.unitCost;
        m.invoiceId = inv.id;
        m.reference = inv.number;
        m.reason = why;
        auto moved = ledger.apply(m);
        if (!moved.ok()) {
            Error e = moved.error();
            if (e.code == ErrorCode::InsufficientStock)
                e.message =
                    Tr::tr("Invoice %1 cannot be voided: the stock it brought in is no longer all there. %2")
                        .arg(inv.number, e.message);
            e.field = QStringLiteral("lines[%1].quantity").arg(i);
            return e;
        }
    }
    if (auto up = s.write(
            "UPDATE invoices SET status = 'void', void_reason = ?, voided_by = ?, voided_at = ?, "
            "updated_at = ? WHERE id = ?",
            {why, userId, now, now, inv.id});
        !up.ok())
        return up.error();
    if (auto logged = AuditLog::append(
            m_company.database(),
            auditEntry(m_company.session(), QStringLiteral("invoice.void"), QStringLiteral("invoices"),
                       inv.id,
                       QJsonObject{{QStringLiteral("number"), inv.number},
                                   {QStringLiteral("status"),
                                    QJsonObject{{QStringLiteral("old"), invoiceStatusName(inv.status)},
                                                {QStringLiteral("new"), QStringLiteral("void")}}},
                                   {QStringLiteral("reason"), why}}));
        !logged.ok())
        return logged.error();
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    inv.status = InvoiceStatus::Void;
    inv.voidReason = why;
    inv.voidedBy = userId;
    inv.voidedAt = nowTime;
    return loaded;
}

Result<Invoice> InvoiceService::creditNote(qint64 saleId, const QList<CreditLineInput> &input,
                                           const QDate &issueDate, const QString &notes)
{
    if (auto ok = authorize(m_company, Permission::InvoiceCredit, QStringLiteral("invoice.credit"),
                            QString::number(saleId));
        !ok.ok())
        return ok.error();
    storage::Transaction tx(m_company.database());
    if (auto begun = tx.begin(); !begun.ok())
        return begun.error();
    InvoiceStore &s = store();
    auto loaded = s.invoice(saleId);
    if (!loaded.ok())
        return loaded;
    const Invoice &sale = loaded.value();
    if (auto allowed = mayCredit(sale); !allowed.ok())
        return allowed.error();
    if (input.isEmpty())
        return fieldError(QStringLiteral("lines"), Tr::tr("Choose at least one line to credit."));
    const QDate issue = issueDate.isValid() ? issueDate : m_company.today();
    if (issue.year() < 2000 || issue.year() > 9999)
        return fieldError(QStringLiteral("issue_date"),
                          Tr::tr("The issue date must lie between 2000 and 9999."));

    auto credited = creditedPerLine(s, saleId);
    if (!credited.ok())
        return credited.error();
    std::map<int, qint64> wanted; // line number -> quantity, merged, in line order
    for (qsizetype i = 0; i < input.size(); ++i) {
        const CreditLineInput &c = input.at(i);
        const InvoiceLine *orig = nullptr;
        for (const InvoiceLine &l : sale.lines) {
            if (l.lineNo == c.lineNo)
                orig = &l;
        }
        if (!orig)
            return fieldError(QStringLiteral("lines[%1].line").arg(i),
                              Tr::tr("Sale %1 has no line %2.").arg(sale.number).arg(c.lineNo));
        const qint64 remaining = orig->quantity - credited.value()[c.lineNo] - wanted[c.lineNo];
        if (c.quantity <= 0 || c.quantity > remaining)
            return fieldError(
                QStringLiteral("lines[%1].quantity").arg(i),
                Tr::tr("Line %1 of %2 (%3): enter a quantity above zero and at most %4, what is not "
                       "yet credited.")
                    .arg(c.lineNo)
                    .arg(sale.number, orig->sku, formatQuantity(qMax<qint64>(0, remaining))));
        wanted[c.lineNo] += c.quantity;
    }

    auto number = s.takeNumber(InvoiceType::CreditNote, issue.year());
    if (!number.ok())
        return number.error();
    const qint64 userId = m_company.session().userId();
    const QDateTime nowTime = m_company.now();
    const QString now = isoTimestamp(nowTime);
    const QString issueText = issue.toString(Qt::ISODate);
    auto ins = s.insert(
        "INSERT INTO invoices (type, status, invoice_number, customer_id, warehouse_id, "
        "credit_of_invoice_id, issue_date, due_date, prices_include_tax, currency, notes, created_by, "
        "posted_by, created_at, updated_at, posted_at) "
        "VALUES ('credit_note', 'posted', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        {number.value(), sale.partnerId, sale.warehouseId, sale.id, issueText, issueText,
         sale.pricesIncludeTax ? 1 : 0, sale.currency, textOrEmpty(notes), userId, userId, now, now, now});
    if (!ins.ok())
        return ins.error();
    const qint64 creditId = ins.value();

    StockLedger ledger(s, userId, nowTime);
    qint64 subtotal = 0, tax = 0, total = 0;
    for (const auto &[lineNo, quantity] : wanted) {
        const InvoiceLine *orig = nullptr;
        for (const InvoiceLine &l : sale.lines) {
            if (l.lineNo == lineNo)
                orig = &l;
        }
        const LineAmounts a = computeLine(quantity, orig->unitPrice, orig->discountBp, orig->taxRateBp,
                                          sale.pricesIncludeTax);
        subtotal += a.net;
        tax += a.tax;
        total += a.total;
        if (auto item = s.write(
                "INSERT INTO invoice_items (invoice_id, line_no, product_id, description, quantity, "
                "unit_price, discount_bp, tax_rate_bp, line_net, line_tax, line_total, unit_cost) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                {creditId, lineNo, orig->productId, textOrEmpty(orig->description), quantity, orig->unitPrice,
                 orig->discountBp, orig->taxRateBp, a.net, a.tax, a.total, orig->unitCost});
            !item.ok())
            return item.error();
        StockMovement m;
        m.productId = orig->productId;
        m.warehouseId = sale.warehouseId;
        m.type = MovementType::Return;
        m.quantity = quantity;
        m.unitCost = orig->unitCost;
        m.invoiceId = creditId;
        m.reference = number.value();
        m.reason = textOrEmpty({});
        if (auto moved = ledger.apply(m); !moved.ok())
            return moved.error();
    }
    if (auto up = s.write("UPDATE invoices SET subtotal = ?, tax_amount = ?, total_amount = ? WHERE id = ?",
                          {subtotal, tax, total, creditId});
        !up.ok())
        return up.error();
    // The credit may settle what was still owed.
    if (auto st = s.setPaid(sale.id, sale.paidAmount, now); !st.ok())
        return st.error();
    if (auto logged = AuditLog::append(m_company.database(),
                                       auditEntry(m_company.session(), QStringLiteral("invoice.credit"),
                                                  QStringLiteral("invoices"), creditId,
                                                  QJsonObject{{QStringLiteral("number"), number.value()},
                                                              {QStringLiteral("credit_of"), sale.number},
                                                              {QStringLiteral("total"), total}}));
        !logged.ok())
        return logged.error();
    auto result = s.invoice(creditId);
    if (!result.ok())
        return result;
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return result;
}

Result<QList<qint64>> InvoiceService::creditableQuantities(qint64 saleId)
{
    if (auto ok = authorizeRead(QStringLiteral("invoice.view"), QString::number(saleId)); !ok.ok())
        return ok.error();
    auto lines = store().lines(saleId);
    if (!lines.ok())
        return lines.error();
    auto credited = creditedPerLine(store(), saleId);
    if (!credited.ok())
        return credited.error();
    QList<qint64> out;
    for (const InvoiceLine &l : lines.value())
        out.append(l.quantity - credited.value()[l.lineNo]);
    return out;
}

} // namespace stockbook
