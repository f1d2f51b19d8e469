// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "TestSupport.h"

#include "domain/Money.h"
#include "domain/NumberFormat.h"

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

TEST_CASE("numbers are written as the user's locale writes them")
{
    const NumberFormat de(QLocale(QLocale::German, QLocale::Germany));
    const NumberFormat en(QLocale(QLocale::English, QLocale::UnitedStates));
    const NumberFormat fr(QLocale(QLocale::French, QLocale::France));
    CHECK(de.money(135347) == QStringLiteral("1.353,47"));
    CHECK(en.money(135347) == QStringLiteral("1,353.47"));
    CHECK(de.money(-5) == QStringLiteral("-0,05"));
    CHECK(de.money(100000000) == QStringLiteral("1.000.000,00"));
    CHECK(de.quantity(1500) == QStringLiteral("1,5"));
    CHECK(de.quantity(2000) == QStringLiteral("2"));
    CHECK(de.quantity(1234500) == QStringLiteral("1.234,5"));
    CHECK(en.quantity(125) == QStringLiteral("0.125"));
    CHECK(de.percent(750) == QStringLiteral("7,5"));
    // French groups with a (narrow) no-break space and writes a comma.
    const QString frMoney = fr.money(135347);
    CHECK(frMoney.endsWith(QStringLiteral("353,47")));
    CHECK(frMoney.startsWith(QLatin1Char('1')));
    CHECK(frMoney.size() == 8);
    CHECK(de.moneyExample() == QStringLiteral("12,50"));
    CHECK(en.quantityExample() == QStringLiteral("1.5"));
}

TEST_CASE("typed numbers are read as the user's locale writes them, and nothing is guessed")
{
    const NumberFormat de(QLocale(QLocale::German, QLocale::Germany));
    const NumberFormat en(QLocale(QLocale::English, QLocale::UnitedStates));
    const NumberFormat fr(QLocale(QLocale::French, QLocale::France));
    CHECK(de.parseQuantity(QStringLiteral("1,5")) == 1500);
    CHECK(de.parseMoney(QStringLiteral("12,50")) == 1250);
    CHECK(de.parseMoney(QStringLiteral(" 1.234,5 ")) == 123450);
    CHECK(de.parseMoney(QStringLiteral("-3")) == -300);
    CHECK(de.parseMoney(QStringLiteral("1.234.567")) == 123456700);
    CHECK(en.parseMoney(QStringLiteral("1,234.50")) == 123450);
    CHECK(en.parseQuantity(QStringLiteral("0.125")) == 125);
    CHECK(fr.parseMoney(QStringLiteral("1 234,50")) == 123450);
    CHECK(fr.parseMoney(QString(QStringLiteral("1")) + QChar(0x202F) + QStringLiteral("234,50")) == 123450);
    CHECK(fr.parseMoney(fr.money(987654321)) == 987654321);
    // Refused: the other convention, badly placed groups, too many places, letters.
    CHECK_FALSE(de.parseMoney(QStringLiteral("12.50")).has_value());
    CHECK_FALSE(en.parseQuantity(QStringLiteral("1,5")).has_value());
    CHECK_FALSE(de.parseMoney(QStringLiteral("1,234")).has_value());
    CHECK_FALSE(de.parseQuantity(QStringLiteral("1,2345")).has_value());
    CHECK_FALSE(de.parseQuantity(QStringLiteral("abc")).has_value());
    CHECK_FALSE(de.parseQuantity(QStringLiteral("1,5,0")).has_value());
    CHECK_FALSE(de.parseQuantity(QStringLiteral(".500")).has_value());
    CHECK_FALSE(de.parseQuantity(QString()).has_value());
    CHECK(de.parsePercent(QStringLiteral("7,5 %")) == 750);
    CHECK(de.parsePercent(QStringLiteral("20")) == 2000);
}
