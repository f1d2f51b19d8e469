// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
// Reading invoices and the look-ups that turn what a person types into ids.
#include "services/invoices/InvoiceService.h"

#include "Tr.h"
#include "domain/Stock.h"
#include "services/CompanySession.h"
#include "services/ServiceSupport.h"
#include "services/invoices/InvoiceStore.h"

namespace stockbook {

namespace {

QVariant nullText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

Result<qint64> singleId(InvoiceStore &s, const char *sql, const QVariant &value, const QString &field,
                        const QString &missing)
{
    auto q = s.run(sql, {value});
    if (!q.ok())
        return q.error();
    if (!q.value()->next())
        return makeError(ErrorCode::NotFound, missing, field);
    const qint64 id = q.value()->value(0).toLongLong();
    while (q.value()->next()) { }
    return id;
}

} // namespace

Result<Invoice> InvoiceService::get(qint64 invoiceId)
{
    if (auto ok = authorizeRead(QStringLiteral("invoice.view"), QString::number(invoiceId)); !ok.ok())
        return ok.error();
    return store().invoice(invoiceId);
}

Result<Invoice> InvoiceService::byNumber(const QString &number)
{
    if (auto ok = authorizeRead(QStringLiteral("invoice.view"), number); !ok.ok())
        return ok.error();
    auto id = singleId(store(), "SELECT id FROM invoices WHERE invoice_number = ?", number.trimmed(),
                       QStringLiteral("number"),
                       Tr::tr("There is no invoice numbered %1. Check the number.").arg(number.trimmed()));
    if (!id.ok())
        return id.error();
    return store().invoice(id.value());
}

Result<qint64> InvoiceService::balance(qint64 invoiceId)
{
    if (auto ok = authorizeRead(QStringLiteral("invoice.view"), QString::number(invoiceId)); !ok.ok())
        return ok.error();
    auto inv = store().header(invoiceId);
    if (!inv.ok())
        return inv.error();
    return inv->balance();
}

Result<QList<InvoiceSummary>> InvoiceService::list(const InvoiceFilter &f)
{
    if (auto ok = authorizeRead(QStringLiteral("invoice.list"), {}); !ok.ok())
        return ok.error();
    const QVariant type = nullText(f.type ? invoiceTypeName(*f.type) : QString());
    const QVariant status = nullText(f.status ? invoiceStatusName(*f.status) : QString());
    const QVariant partner = f.partnerId ? QVariant(*f.partnerId) : QVariant(QMetaType(QMetaType::LongLong));
    const QVariant from = nullText(f.from.isValid() ? f.from.toString(Qt::ISODate) : QString());
    const QVariant to = nullText(f.to.isValid() ? f.to.toString(Qt::ISODate) : QString());
    auto q = store().run(
        "SELECT i.id, i.invoice_number, i.type, i.status, i.issue_date, i.due_date, "
        "COALESCE(i.customer_id, i.supplier_id), COALESCE(c.name, s.name, ''), i.total_amount, i.paid_amount "
        "FROM invoices i LEFT JOIN customers c ON c.id = i.customer_id LEFT JOIN suppliers s ON s.id = "
        "i.supplier_id "
        "WHERE (CAST(? AS TEXT) IS NULL OR i.type = ?) AND (CAST(? AS TEXT) IS NULL OR i.status = ?) "
        "AND (CAST(? AS BIGINT) IS NULL OR COALESCE(i.customer_id, i.supplier_id) = ?) "
        "AND (CAST(? AS TEXT) IS NULL OR i.issue_date >= ?) AND (CAST(? AS TEXT) IS NULL OR i.issue_date <= "
        "?) "
        "ORDER BY i.issue_date DESC, i.id DESC LIMIT ? OFFSET ?",
        {type, type, status, status, partner, partner, from, from, to, to, qMax(0, f.limit),
         qMax(0, f.offset)});
    if (!q.ok())
        return q.error();
    QSqlQuery &r = *q.value();
    QList<InvoiceSummary> out;
    while (r.next()) {
        InvoiceSummary row;
        row.id = r.value(0).toLongLong();
        row.number = r.value(1).toString();
        row.type = invoiceTypeFromName(r.value(2).toString()).value_or(InvoiceType::Sale);
        row.status = invoiceStatusFromName(r.value(3).toString()).value_or(InvoiceStatus::Draft);
        row.issueDate = QDate::fromString(r.value(4).toString(), Qt::ISODate);
        row.dueDate = QDate::fromString(r.value(5).toString(), Qt::ISODate);
        row.partnerId = r.value(6).toLongLong();
        row.partnerName = r.value(7).toString();
        row.totalAmount = r.value(8).toLongLong();
        row.paidAmount = r.value(9).toLongLong();
        out.append(row);
    }
    return out;
}

Result<qint64> InvoiceService::partnerId(InvoiceType type, const QString &emailOrId)
{
    if (auto ok = authorizeRead(QStringLiteral("invoice.lookup"), emailOrId); !ok.ok())
        return ok.error();
    const QString text = emailOrId.trimmed();
    const bool purchase = type == InvoiceType::Purchase;
    const QString missing = purchase ? Tr::tr("No supplier matches %1.").arg(text)
                                     : Tr::tr("No customer matches %1.").arg(text);
    if (text.contains(QLatin1Char('@')))
        return purchase ? singleId(store(), "SELECT id FROM suppliers WHERE lower(email) = lower(?)", text,
                                   QStringLiteral("partner"), missing)
                        : singleId(store(), "SELECT id FROM customers WHERE lower(email) = lower(?)", text,
                                   QStringLiteral("partner"), missing);
    bool numeric = false;
    const qint64 id = text.toLongLong(&numeric);
    if (!numeric)
        return makeError(ErrorCode::InvalidArgument, Tr::tr("Give the partner's e-mail address or id."),
                         QStringLiteral("partner"));
    return purchase
        ? singleId(store(), "SELECT id FROM suppliers WHERE id = ?", id, QStringLiteral("partner"), missing)
        : singleId(store(), "SELECT id FROM customers WHERE id = ?", id, QStringLiteral("partner"), missing);
}

Result<qint64> InvoiceService::productIdBySku(const QString &sku)
{
    if (auto ok = authorizeRead(QStringLiteral("invoice.lookup"), sku); !ok.ok())
        return ok.error();
    // SKUs and codes compare without case (COLLATE NOCASE on the file).
    const bool server = m_company.dialect().isPostgres();
    return singleId(store(),
                    server ? "SELECT id FROM products WHERE lower(sku) = lower(?)"
                           : "SELECT id FROM products WHERE sku = ?",
                    sku.trimmed(), QStringLiteral("sku"),
                    Tr::tr("No product has the SKU %1.").arg(sku.trimmed()));
}

Result<qint64> InvoiceService::warehouseIdByCode(const QString &code)
{
    if (auto ok = authorizeRead(QStringLiteral("invoice.lookup"), code); !ok.ok())
        return ok.error();
    const bool server = m_company.dialect().isPostgres();
    return singleId(store(),
                    server ? "SELECT id FROM warehouses WHERE lower(code) = lower(?)"
                           : "SELECT id FROM warehouses WHERE code = ?",
                    code.trimmed(), QStringLiteral("warehouse"), noSuchWarehouse(code).message);
}

} // namespace stockbook
