// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "domain/Money.h"

#include <limits>

namespace stockbook {

qint64 roundedDiv(WideInt num, WideInt den)
{
    Q_ASSERT(den > 0);
    const bool negative = num < 0;
    const WideInt magnitude = negative ? -num : num;
    const WideInt q = (magnitude * 2 + den) / (den * 2);
    return static_cast<qint64>(negative ? -q : q);
}

LineAmounts computeLine(qint64 quantityMilli, qint64 unitPrice, qint64 discountBp, qint64 taxRateBp,
                        bool pricesIncludeTax)
{
    const WideInt amountNum = static_cast<WideInt>(quantityMilli) * unitPrice * (BasisPoints - discountBp);
    const qint64 amount = roundedDiv(amountNum, static_cast<WideInt>(QuantityScale) * BasisPoints);
    LineAmounts out;
    if (pricesIncludeTax) {
        out.total = amount;
        out.net = roundedDiv(static_cast<WideInt>(amount) * BasisPoints, BasisPoints + taxRateBp);
        out.tax = out.total - out.net;
    } else {
        out.net = amount;
        out.tax = roundedDiv(static_cast<WideInt>(amount) * taxRateBp, BasisPoints);
        out.total = out.net + out.tax;
    }
    return out;
}

namespace {

std::optional<qint64> parseFixed(QString text, int decimals)
{
    text = text.trimmed();
    if (text.isEmpty() || decimals < 0 || decimals > 6)
        return std::nullopt;
    bool negative = false;
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(QLatin1Char('+'))) {
        negative = text.startsWith(QLatin1Char('-'));
        text.remove(0, 1);
    }
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? text : text.left(dot);
    const QString fraction = dot < 0 ? QString() : text.mid(dot + 1);
    if (whole.isEmpty() && fraction.isEmpty())
        return std::nullopt;
    if (fraction.size() > decimals || (dot >= 0 && fraction.isEmpty()))
        return std::nullopt;
    if (whole.size() > 15)
        return std::nullopt;
    for (QChar c : whole + fraction) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    qint64 value = 0;
    for (QChar c : whole)
        value = value * 10 + (c.unicode() - '0');
    for (int i = 0; i < decimals; ++i)
        value = value * 10 + (i < fraction.size() ? fraction.at(i).unicode() - '0' : 0);
    return negative ? -value : value;
}

QString formatFixed(qint64 value, int decimals, bool trimZeros)
{
    const bool negative = value < 0;
    // qint64 min has no positive counterpart; work in unsigned.
    quint64 magnitude = negative ? 0 - static_cast<quint64>(value) : static_cast<quint64>(value);
    quint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    QString out = QString::number(magnitude / scale);
    if (decimals > 0) {
        QString fraction = QString::number(magnitude % scale).rightJustified(decimals, QLatin1Char('0'));
        if (trimZeros) {
            while (fraction.endsWith(QLatin1Char('0')))
                fraction.chop(1);
        }
        if (!fraction.isEmpty())
            out += QLatin1Char('.') + fraction;
    }
    return negative ? QLatin1Char('-') + out : out;
}

} // namespace

std::optional<qint64> parseMoney(const QString &text, int decimals)
{
    return parseFixed(text, decimals);
}

QString formatMoney(qint64 minorUnits, int decimals)
{
    return formatFixed(minorUnits, decimals, false);
}

std::optional<qint64> parseQuantity(const QString &text)
{
    return parseFixed(text, 3);
}

QString formatQuantity(qint64 thousandths)
{
    return formatFixed(thousandths, 3, true);
}

std::optional<qint64> parsePercent(const QString &text)
{
    QString t = text.trimmed();
    if (t.endsWith(QLatin1Char('%')))
        t.chop(1);
    return parseFixed(t, 2);
}

QString formatPercent(qint64 basisPoints)
{
    return formatFixed(basisPoints, 2, true);
}

} // namespace stockbook
