// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "domain/Payment.h"

#include <array>
#include <utility>

namespace stockbook {

namespace {

constexpr std::array<std::pair<PaymentMethod, const char *>, 4> MethodNames{{
    {PaymentMethod::Cash, "cash"},
    {PaymentMethod::Card, "card"},
    {PaymentMethod::BankTransfer, "bank_transfer"},
    {PaymentMethod::Other, "other"},
}};

constexpr std::array<std::pair<PaymentKind, const char *>, 2> KindNames{{
    {PaymentKind::Payment, "payment"},
    {PaymentKind::Refund, "refund"},
}};

} // namespace

QString paymentKindName(PaymentKind kind)
{
    for (const auto &[k, name] : KindNames) {
        if (k == kind)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<PaymentKind> paymentKindFromName(const QString &name)
{
    for (const auto &[k, text] : KindNames) {
        if (name == QLatin1String(text))
            return k;
    }
    return std::nullopt;
}

QString paymentMethodName(PaymentMethod method)
{
    for (const auto &[m, name] : MethodNames) {
        if (m == method)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<PaymentMethod> paymentMethodFromName(const QString &name)
{
    for (const auto &[m, text] : MethodNames) {
        if (name == QLatin1String(text))
            return m;
    }
    return std::nullopt;
}

} // namespace stockbook
