// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "TestSupport.h"

#include "domain/Money.h"

using namespace stockbook;

TEST_CASE("rounding is half away from zero")
{
    CHECK(roundedDiv(5, 10) == 1);   // 0.5 -> 1
    CHECK(roundedDiv(-5, 10) == -1); // -0.5 -> -1
    CHECK(roundedDiv(4, 10) == 0);
    CHECK(roundedDiv(15, 10) == 2);
    CHECK(roundedDiv(25, 10) == 3); // not banker's rounding
    CHECK(roundedDiv(-25, 10) == -3);
    CHECK(roundedDiv(14999, 10000) == 1);
}

TEST_CASE("a trade line (prices exclude tax) adds the tax to the net")
{
    // 3 x 19.99 = 59.97, 10 % off = 53.973 -> 53.97; 20 % tax = 10.794 -> 10.79.
    const LineAmounts a = computeLine(3000, 1999, 1000, 2000, false);
    CHECK(a.net == 5397);
    CHECK(a.tax == 1079);
    CHECK(a.total == 6476);
}

TEST_CASE("a retail line (prices include tax) takes the tax out of the total")
{
    // 1 x 10.00 at 20 %: net = 10.00 / 1.2 = 8.333.. -> 8.33, tax 1.67.
    const LineAmounts a = computeLine(1000, 1000, 0, 2000, true);
    CHECK(a.total == 1000);
    CHECK(a.net == 833);
    CHECK(a.tax == 167);
    // 0.250 kg at 12.90 per kg = 3.225 -> 3.23 (half away from zero); 7 %:
    // net = 3.23 / 1.07 = 3.01869.. -> 3.02, tax 0.21.
    const LineAmounts b = computeLine(250, 1290, 0, 700, true);
    CHECK(b.total == 323);
    CHECK(b.net == 302);
    CHECK(b.tax == 21);
}

TEST_CASE("a full discount and a zero rate give zero amounts")
{
    CHECK(computeLine(5000, 1234, 10000, 2000, false) == LineAmounts{0, 0, 0});
    CHECK(computeLine(2000, 500, 0, 0, true) == LineAmounts{1000, 0, 1000});
}

TEST_CASE("money and quantities parse exactly or not at all")
{
    CHECK(parseMoney(QStringLiteral("12")) == 1200);
    CHECK(parseMoney(QStringLiteral("12.3")) == 1230);
    CHECK(parseMoney(QStringLiteral(" 12.34 ")) == 1234);
    CHECK(parseMoney(QStringLiteral("-0.50")) == -50);
    CHECK(parseMoney(QStringLiteral(".5")) == 50);
    CHECK_FALSE(parseMoney(QStringLiteral("12.345")));
    CHECK_FALSE(parseMoney(QStringLiteral("12,34")));
    CHECK_FALSE(parseMoney(QStringLiteral("1e3")));
    CHECK_FALSE(parseMoney(QStringLiteral("")));
    CHECK_FALSE(parseMoney(QStringLiteral("12.")));
    CHECK_FALSE(parseMoney(QStringLiteral("9999999999999999")));
    CHECK(parseQuantity(QStringLiteral("1.5")) == 1500);
    CHECK(parseQuantity(QStringLiteral("0.125")) == 125);
    CHECK_FALSE(parseQuantity(QStringLiteral("0.1255")));
    CHECK(parsePercent(QStringLiteral("7.5%")) == 750);
    CHECK(parsePercent(QStringLiteral("20")) == 2000);
}

TEST_CASE("money and quantities format without loss")
{
    CHECK(formatMoney(1234) == QStringLiteral("12.34"));
    CHECK(formatMoney(5) == QStringLiteral("0.05"));
    CHECK(formatMoney(-50) == QStringLiteral("-0.50"));
    CHECK(formatQuantity(1500) == QStringLiteral("1.5"));
    CHECK(formatQuantity(2000) == QStringLiteral("2"));
    CHECK(formatQuantity(125) == QStringLiteral("0.125"));
    CHECK(formatPercent(750) == QStringLiteral("7.5"));
}
