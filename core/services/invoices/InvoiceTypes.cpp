// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "services/invoices/InvoiceTypes.h"

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

} // namespace stockbook
