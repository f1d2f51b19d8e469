// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "domain/Invoice.h"

#include "Tr.h"

#include <array>
#include <utility>

namespace stockbook {

namespace {

constexpr std::array<std::pair<InvoiceType, const char *>, 3> TypeNames{{
    {InvoiceType::Sale, "sale"},
    {InvoiceType::Purchase, "purchase"},
    {InvoiceType::CreditNote, "credit_note"},
}};

constexpr std::array<std::pair<InvoiceStatus, const char *>, 5> StatusNames{{
    {InvoiceStatus::Draft, "draft"},
    {InvoiceStatus::Posted, "posted"},
    {InvoiceStatus::PartlyPaid, "partly_paid"},
    {InvoiceStatus::Paid, "paid"},
    {InvoiceStatus::Void, "void"},
}};

template <typename E, std::size_t N>
QString nameOf(const std::array<std::pair<E, const char *>, N> &names, E value)
{
    for (const auto &[v, name] : names) {
        if (v == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char *>, N> &names, const QString &text)
{
    for (const auto &[v, name] : names) {
        if (text == QLatin1String(name))
            return v;
    }
    return std::nullopt;
}

} // namespace

QString invoiceTypeName(InvoiceType type)
{
    return nameOf(TypeNames, type);
}

std::optional<InvoiceType> invoiceTypeFromName(const QString &name)
{
    return valueOf(TypeNames, name);
}

QString invoiceStatusName(InvoiceStatus status)
{
    return nameOf(StatusNames, status);
}

std::optional<InvoiceStatus> invoiceStatusFromName(const QString &name)
{
    return valueOf(StatusNames, name);
}

namespace {

Error refused(const QString &message, const char *field)
{
    return makeError(ErrorCode::InvalidState, message, QString::fromLatin1(field));
}

} // namespace

Result<void> mayVoid(const Invoice &invoice, const VoidBlockers &blockers)
{
    if (invoice.type == InvoiceType::CreditNote)
        return refused(
            Tr::tr("Credit note %1 cannot be voided: it is final once issued.").arg(invoice.number), "type");
    if (invoice.status == InvoiceStatus::Draft)
        return refused(Tr::tr("A draft is not voided: delete it instead."), "status");
    if (invoice.status == InvoiceStatus::Void)
        return refused(Tr::tr("Invoice %1 is already void.").arg(invoice.number), "status");
    if (blockers.activePayments > 0)
        return refused(
            Tr::tr("Invoice %1 has %2 payment(s) recorded. Reverse them first, then void the invoice.")
                .arg(invoice.number)
                .arg(blockers.activePayments),
            "payments");
    if (blockers.creditNotes > 0)
        return refused(Tr::tr("Invoice %1 has credit notes and cannot be voided. Credit its remaining lines "
                              "instead.")
                           .arg(invoice.number),
                       "credit_notes");
    return {};
}

Result<void> mayCredit(const Invoice &invoice)
{
    if (invoice.type != InvoiceType::Sale)
        return refused(Tr::tr("Credit notes are issued for sales only."), "type");
    if (invoice.status == InvoiceStatus::Draft || invoice.status == InvoiceStatus::Void)
        return refused(Tr::tr("Only a posted sale can be credited; this one is %1.")
                           .arg(invoiceStatusName(invoice.status)),
                       "status");
    return {};
}

Result<void> mayPay(const Invoice &invoice)
{
    if (invoice.type == InvoiceType::CreditNote)
        return refused(Tr::tr("A credit note takes no payments."), "invoice");
    switch (invoice.status) {
    case InvoiceStatus::Posted:
    case InvoiceStatus::PartlyPaid:
        return {};
    case InvoiceStatus::Paid:
        return refused(Tr::tr("Invoice %1 is paid in full.").arg(invoice.number), "status");
    case InvoiceStatus::Draft:
    case InvoiceStatus::Void:
        break;
    }
    return refused(Tr::tr("Invoice %1 is %2 and takes no payments; post it first.")
                       .arg(invoice.number.isEmpty() ? Tr::tr("(draft)") : invoice.number,
                            invoiceStatusName(invoice.status)),
                   "status");
}

Result<void> mayRefund(const Invoice &invoice)
{
    if (invoice.type == InvoiceType::CreditNote)
        return refused(Tr::tr("A credit note takes no refunds: refund on the invoice it credits."),
                       "invoice");
    if (invoice.status == InvoiceStatus::Draft || invoice.status == InvoiceStatus::Void)
        return refused(Tr::tr("Invoice %1 is %2 and has nothing to refund.")
                           .arg(invoice.number.isEmpty() ? Tr::tr("(draft)") : invoice.number,
                                invoiceStatusName(invoice.status)),
                       "status");
    if (refundable(invoice) <= 0)
        return refused(Tr::tr("Invoice %1 has nothing paid over what it owes, so there is nothing to refund.")
                           .arg(invoice.number),
                       "balance");
    return {};
}

qint64 refundable(const Invoice &invoice)
{
    // Never more than was paid, even should credits rounded line by line
    // come to a cent over the total.
    return qMax<qint64>(0, qMin(-invoice.balance(), invoice.paidAmount));
}

InvoiceStatus statusAfterPayments(const Invoice &invoice, qint64 paidAmount)
{
    if (paidAmount <= 0)
        return InvoiceStatus::Posted;
    return paidAmount + invoice.creditedAmount >= invoice.totalAmount ? InvoiceStatus::Paid
                                                                      : InvoiceStatus::PartlyPaid;
}

} // namespace stockbook
