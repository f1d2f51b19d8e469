// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "services/payments/PaymentService.h"

#include "Tr.h"
#include "domain/Money.h"
#include "services/CompanySession.h"
#include "services/ServiceSupport.h"
#include "services/invoices/InvoiceStore.h"
#include "storage/Transaction.h"

#include <QJsonObject>

namespace stockbook {

PaymentService::PaymentService(CompanySession &company) : m_company(company) { }

PaymentService::~PaymentService() = default;

InvoiceStore &PaymentService::store()
{
    if (!m_store || !m_store->servesConnection(m_company.database()))
        m_store = std::make_unique<InvoiceStore>(m_company.database());
    return *m_store;
}

Result<Payment> PaymentService::load(qint64 paymentId)
{
    auto q = store().run("SELECT id, invoice_id, amount, method, paid_on, reference, created_by, created_at, "
                         "reversed_at, reversed_by, reversal_reason, kind FROM payments WHERE id = ?",
                         {paymentId});
    if (!q.ok())
        return q.error();
    QSqlQuery &r = *q.value();
    if (!r.next())
        return makeError(ErrorCode::NotFound, Tr::tr("There is no payment with the id %1.").arg(paymentId),
                         QStringLiteral("payment"));
    Payment p;
    p.id = r.value(0).toLongLong();
    p.invoiceId = r.value(1).toLongLong();
    p.amount = r.value(2).toLongLong();
    p.method = paymentMethodFromName(r.value(3).toString()).value_or(PaymentMethod::Other);
    p.paidOn = QDate::fromString(r.value(4).toString(), Qt::ISODate);
    p.reference = r.value(5).toString();
    p.createdBy = r.value(6).toLongLong();
    p.createdAt = QDateTime::fromString(r.value(7).toString(), Qt::ISODateWithMs);
    p.reversed = !r.value(8).isNull();
    p.reversedAt = QDateTime::fromString(r.value(8).toString(), Qt::ISODateWithMs);
    if (!r.value(9).isNull())
        p.reversedBy = r.value(9).toLongLong();
    p.reversalReason = r.value(10).toString();
    p.kind = paymentKindFromName(r.value(11).toString()).value_or(PaymentKind::Payment);
    while (r.next()) { }
    return p;
}

Result<std::pair<qint64, InvoiceStatus>> PaymentService::writePayment(const Invoice &inv,
                                                                      const NewPayment &in,
                                                                      const QDate &paidOn, PaymentKind kind,
                                                                      const QString &now)
{
    InvoiceStore &s = store();
    auto ins = s.insert(
        "INSERT INTO payments (invoice_id, kind, amount, method, paid_on, reference, created_by, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        {inv.id, paymentKindName(kind), in.amount, paymentMethodName(in.method), paidOn.toString(Qt::ISODate),
         textOrEmpty(in.reference.trimmed()), m_company.session().userId(), now});
    if (!ins.ok())
        return ins.error();
    const qint64 id = ins.value();
    // A payment adds to what is paid; a refund gives some of it back.
    const qint64 paid = inv.paidAmount + (kind == PaymentKind::Refund ? -in.amount : in.amount);
    auto status = s.setPaid(inv.id, paid, now);
    if (!status.ok())
        return status.error();
    return std::pair{id, status.value()};
}

Result<Payment> PaymentService::record(const NewPayment &in)
{
    if (auto ok = authorize(m_company, Permission::PaymentRecord, QStringLiteral("payment.record"),
                            QString::number(in.invoiceId));
        !ok.ok())
        return ok.error();
    if (in.amount <= 0)
        return fieldError(QStringLiteral("amount"), Tr::tr("Enter an amount above zero."));
    const QDate paidOn = in.paidOn.isValid() ? in.paidOn : m_company.today();
    storage::Transaction tx(m_company.database());
    if (auto begun = tx.begin(); !begun.ok())
        return begun.error();
    InvoiceStore &s = store();
    auto inv = s.header(in.invoiceId);
    if (!inv.ok())
        return inv.error();
    if (auto allowed = mayPay(inv.value()); !allowed.ok())
        return allowed.error();
    const qint64 due = inv->balance();
    if (in.amount > due)
        return fieldError(QStringLiteral("amount"),
                          Tr::tr("%1 is more than the %2 still due on invoice %3.")
                              .arg(formatMoney(in.amount), formatMoney(qMax<qint64>(0, due)), inv->number));
    const QString now = isoNow(m_company);
    auto written = writePayment(inv.value(), in, paidOn, PaymentKind::Payment, now);
    if (!written.ok())
        return written.error();
    const auto [id, status] = written.value();
    if (auto logged = AuditLog::append(
            m_company.database(),
            auditEntry(m_company.session(), QStringLiteral("payment.record"), QStringLiteral("payments"), id,
                       QJsonObject{{QStringLiteral("invoice"), inv->number},
                                   {QStringLiteral("amount"), in.amount},
                                   {QStringLiteral("method"), paymentMethodName(in.method)},
                                   {QStringLiteral("status"), invoiceStatusName(status)}}));
        !logged.ok())
        return logged.error();
    auto p = load(id);
    if (!p.ok())
        return p;
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return p;
}

Result<Payment> PaymentService::reverse(qint64 paymentId, const QString &reason)
{
    if (auto ok = authorize(m_company, Permission::PaymentReverse, QStringLiteral("payment.reverse"),
                            QString::number(paymentId));
        !ok.ok())
        return ok.error();
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return fieldError(QStringLiteral("reason"), Tr::tr("Say why the payment is reversed."));
    storage::Transaction tx(m_company.database());
    if (auto begun = tx.begin(); !begun.ok())
        return begun.error();
    auto p = load(paymentId);
    if (!p.ok())
        return p;
    if (p->reversed)
        return makeError(ErrorCode::InvalidState,
                         p->isRefund() ? Tr::tr("This refund was already reversed.")
                                       : Tr::tr("This payment was already reversed."),
                         QStringLiteral("payment"));
    InvoiceStore &s = store();
    auto inv = s.header(p->invoiceId);
    if (!inv.ok())
        return inv.error();
    // Reversing a refund puts its amount back on the paid side.
    const qint64 paidAfter = inv->paidAmount - p->signedAmount();
    if (paidAfter < 0)
        return makeError(ErrorCode::InvalidState,
                         Tr::tr("Reversing this payment of %1 would leave less paid on invoice %2 than was "
                                "refunded on it. Reverse the refund first.")
                             .arg(formatMoney(p->amount), inv->number),
                         QStringLiteral("payment"));
    const QString now = isoNow(m_company);
    if (auto up = s.write("UPDATE payments SET reversed_at = ?, reversed_by = ?, reversal_reason = ? "
                          "WHERE id = ? AND reversed_at IS NULL",
                          {now, m_company.session().userId(), why, paymentId});
        !up.ok())
        return up.error();
    auto status = s.setPaid(inv->id, paidAfter, now);
    if (!status.ok())
        return status.error();
    QJsonObject changes{{QStringLiteral("invoice"), inv->number},
                        {QStringLiteral("amount"), p->amount},
                        {QStringLiteral("reason"), why},
                        {QStringLiteral("status"), invoiceStatusName(status.value())}};
    if (p->isRefund())
        changes.insert(QStringLiteral("kind"), paymentKindName(p->kind));
    if (auto logged = AuditLog::append(m_company.database(),
                                       auditEntry(m_company.session(), QStringLiteral("payment.reverse"),
                                                  QStringLiteral("payments"), paymentId, changes));
        !logged.ok())
        return logged.error();
    auto reversed = load(paymentId);
    if (!reversed.ok())
        return reversed;
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return reversed;
}

Result<Payment> PaymentService::refund(const NewPayment &in)
{
    // Money going back out is a manager's correction, like a reversal.
    if (auto ok = authorize(m_company, Permission::PaymentReverse, QStringLiteral("payment.refund"),
                            QString::number(in.invoiceId));
        !ok.ok())
        return ok.error();
    if (in.amount <= 0)
        return fieldError(QStringLiteral("amount"), Tr::tr("Enter an amount above zero."));
    const QDate paidOn = in.paidOn.isValid() ? in.paidOn : m_company.today();
    storage::Transaction tx(m_company.database());
    if (auto begun = tx.begin(); !begun.ok())
        return begun.error();
    InvoiceStore &s = store();
    auto inv = s.header(in.invoiceId);
    if (!inv.ok())
        return inv.error();
    if (auto allowed = mayRefund(inv.value()); !allowed.ok())
        return allowed.error();
    const qint64 over = refundable(inv.value());
    if (in.amount > over)
        return fieldError(QStringLiteral("amount"),
                          Tr::tr("%1 is more than the %2 paid over what invoice %3 owes. Refund at most %2.")
                              .arg(formatMoney(in.amount), formatMoney(over), inv->number));
    const QString now = isoNow(m_company);
    auto written = writePayment(inv.value(), in, paidOn, PaymentKind::Refund, now);
    if (!written.ok())
        return written.error();
    const auto [id, status] = written.value();
    if (auto logged = AuditLog::append(
            m_company.database(),
            auditEntry(m_company.session(), QStringLiteral("payment.refund"), QStringLiteral("payments"), id,
                       QJsonObject{{QStringLiteral("invoice"), inv->number},
                                   {QStringLiteral("amount"), in.amount},
                                   {QStringLiteral("method"), paymentMethodName(in.method)},
                                   {QStringLiteral("balance"), inv->balance() + in.amount},
                                   {QStringLiteral("status"), invoiceStatusName(status)}}));
        !logged.ok())
        return logged.error();
    auto p = load(id);
    if (!p.ok())
        return p;
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return p;
}

Result<QList<Payment>> PaymentService::forInvoice(qint64 invoiceId)
{
    const Permission p = m_company.session().has(Permission::ReportView) ? Permission::ReportView
                                                                         : Permission::PaymentRecord;
    if (auto ok = authorize(m_company, p, QStringLiteral("payment.list"), QString::number(invoiceId));
        !ok.ok())
        return ok.error();
    auto q = store().run("SELECT id FROM payments WHERE invoice_id = ? ORDER BY id", {invoiceId});
    if (!q.ok())
        return q.error();
    QList<qint64> ids;
    while (q.value()->next())
        ids.append(q.value()->value(0).toLongLong());
    QList<Payment> out;
    for (qint64 id : ids) {
        auto one = load(id);
        if (!one.ok())
            return one.error();
        out.append(one.value());
    }
    return out;
}

} // namespace stockbook
