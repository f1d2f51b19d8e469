// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "domain/Labels.h"

#include "Tr.h"

#include <iterator>

namespace stockbook {

namespace {

struct Label {
    const char *code;
    const char *text;
};

template <std::size_t N>
QString lookUp(const Label (&labels)[N], const QString &code)
{
    for (const Label &l : labels) {
        if (code == QLatin1String(l.code))
            return Tr::tr(l.text);
    }
    return code;
}

} // namespace

QString unitLabel(const QString &unit)
{
    static const Label labels[] = {
        {"piece", QT_TRANSLATE_NOOP("Stockbook", "piece")},
        {"kg", QT_TRANSLATE_NOOP("Stockbook", "kg")},
        {"litre", QT_TRANSLATE_NOOP("Stockbook", "litre")},
        {"metre", QT_TRANSLATE_NOOP("Stockbook", "metre")},
    };
    return lookUp(labels, unit);
}

QString roleLabel(const QString &role)
{
    static const Label labels[] = {
        {"admin", QT_TRANSLATE_NOOP("Stockbook", "Administrator")},
        {"manager", QT_TRANSLATE_NOOP("Stockbook", "Manager")},
        {"clerk", QT_TRANSLATE_NOOP("Stockbook", "Clerk")},
    };
    return lookUp(labels, role);
}

QString movementTypeLabel(const QString &type)
{
    static const Label labels[] = {
        {"receipt", QT_TRANSLATE_NOOP("Stockbook", "Receipt")},
        {"sale", QT_TRANSLATE_NOOP("Stockbook", "Sale")},
        {"return", QT_TRANSLATE_NOOP("Stockbook", "Return")},
        {"transfer_out", QT_TRANSLATE_NOOP("Stockbook", "Transfer out")},
        {"transfer_in", QT_TRANSLATE_NOOP("Stockbook", "Transfer in")},
        {"adjustment_in", QT_TRANSLATE_NOOP("Stockbook", "Adjustment in")},
        {"adjustment_out", QT_TRANSLATE_NOOP("Stockbook", "Adjustment out")},
        {"void_in", QT_TRANSLATE_NOOP("Stockbook", "Void (in)")},
        {"void_out", QT_TRANSLATE_NOOP("Stockbook", "Void (out)")},
    };
    return lookUp(labels, type);
}

QString paymentMethodLabel(const QString &method)
{
    static const Label labels[] = {
        {"cash", QT_TRANSLATE_NOOP("Stockbook", "Cash")},
        {"card", QT_TRANSLATE_NOOP("Stockbook", "Card")},
        {"bank_transfer", QT_TRANSLATE_NOOP("Stockbook", "Bank transfer")},
        {"other", QT_TRANSLATE_NOOP("Stockbook", "Other")},
    };
    return lookUp(labels, method);
}

QString paymentMethodLabel(PaymentMethod method)
{
    return paymentMethodLabel(paymentMethodName(method));
}

} // namespace stockbook
