// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace stockbook {

// Money is an integer count of minor units (cents); quantities are integer
// thousandths of the product's unit; tax rates and discounts are basis points
// (2000 = 20.00 %). Nothing here touches a double.

inline constexpr qint64 QuantityScale = 1000;
inline constexpr qint64 BasisPoints = 10000;

// Products of quantity, price and basis points need more than 64 bits.
__extension__ typedef __int128 WideInt;

// num / den rounded half away from zero. den must be > 0.
qint64 roundedDiv(WideInt num, WideInt den);

struct LineAmounts {
    qint64 net = 0; // before tax
    qint64 tax = 0;
    qint64 total = 0; // net + tax
    bool operator==(const LineAmounts &) const = default;
};

// One invoice line, rounded once per amount, half away from zero.
// pricesIncludeTax (retail): the discounted amount is the line total and the
// tax is taken out of it: net = round(total * 10000 / (10000 + rate)).
// Otherwise (trade): the discounted amount is the net and
// tax = round(net * rate / 10000). Invoice totals are sums of the lines.
LineAmounts computeLine(qint64 quantityMilli, qint64 unitPrice, qint64 discountBp, qint64 taxRateBp,
                        bool pricesIncludeTax);

// "12", "12.3", "12.34", "-0.50" -> minor units with `decimals` places.
// Dot as the decimal separator, no grouping; more places than `decimals` is
// refused rather than rounded, so nothing typed is silently changed.
std::optional<qint64> parseMoney(const QString &text, int decimals = 2);
QString formatMoney(qint64 minorUnits, int decimals = 2);

// "2", "1.5", "0.125" -> thousandths.
std::optional<qint64> parseQuantity(const QString &text);
// Thousandths as the shortest exact decimal: 1500 -> "1.5", 2000 -> "2".
QString formatQuantity(qint64 thousandths);

// "20", "20%", "7.5" -> basis points (2000, 2000, 750).
std::optional<qint64> parsePercent(const QString &text);
QString formatPercent(qint64 basisPoints);

} // namespace stockbook
