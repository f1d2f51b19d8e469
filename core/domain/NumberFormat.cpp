// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "domain/NumberFormat.h"

#include "domain/Money.h"

#include <QStringList>

namespace stockbook {

namespace {

bool isGroupSpace(QChar c)
{
    // French writes a narrow no-break space; people type a plain or a no-break one.
    return c == QChar(0x0020) || c == QChar(0x00A0) || c == QChar(0x202F);
}

bool allDigits(const QString &s)
{
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

} // namespace

NumberFormat::NumberFormat(const QLocale &locale) : m_locale(locale) { }

QString NumberFormat::fixed(qint64 value, int decimals, bool trimZeros) const
{
    const bool negative = value < 0;
    const quint64 magnitude = negative ? 0 - static_cast<quint64>(value) : static_cast<quint64>(value);
    quint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    QString out = m_locale.toString(static_cast<qulonglong>(magnitude / scale));
    if (decimals > 0) {
        QString fraction = QString::number(magnitude % scale).rightJustified(decimals, QLatin1Char('0'));
        if (trimZeros) {
            while (fraction.endsWith(QLatin1Char('0')))
                fraction.chop(1);
        }
        if (!fraction.isEmpty())
            out += m_locale.decimalPoint() + fraction;
    }
    return negative ? m_locale.negativeSign() + out : out;
}

std::optional<qint64> NumberFormat::parseFixed(const QString &input, int decimals) const
{
    QString text = input.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    QString sign;
    const QString minus = m_locale.negativeSign();
    if (text.startsWith(minus) || text.startsWith(QChar(0x2212)) || text.startsWith(QLatin1Char('-'))) {
        sign = QStringLiteral("-");
        text = text.mid(text.startsWith(minus) ? minus.size() : 1).trimmed();
    } else if (text.startsWith(QLatin1Char('+'))) {
        text = text.mid(1).trimmed();
    }
    const QString point = m_locale.decimalPoint();
    const QString group = m_locale.groupSeparator();
    const QStringList parts = text.split(point);
    if (parts.size() > 2)
        return std::nullopt;
    QString whole = parts.at(0);
    const QString fraction = parts.size() == 2 ? parts.at(1) : QString();
    if (!allDigits(fraction))
        return std::nullopt;
    // The whole part: plain digits, or groups of three after the first.
    QStringList groups;
    QString current;
    const QChar groupChar = group.isEmpty() ? QChar() : group.at(0);
    for (QChar c : whole) {
        if (!groupChar.isNull() && (c == groupChar || (isGroupSpace(c) && isGroupSpace(groupChar)))) {
            groups << current;
            current.clear();
        } else {
            current += c;
        }
    }
    groups << current;
    if (groups.size() > 1) {
        if (groups.first().isEmpty() || groups.first().size() > 3)
            return std::nullopt;
        for (qsizetype i = 1; i < groups.size(); ++i) {
            if (groups.at(i).size() != 3)
                return std::nullopt;
        }
    }
    whole = groups.join(QString());
    if (!allDigits(whole))
        return std::nullopt;
    QString plain = sign + whole;
    if (parts.size() == 2)
        plain += QLatin1Char('.') + fraction;
    return stockbook::parseMoney(plain, decimals);
}

QString NumberFormat::money(qint64 minorUnits, int decimals) const
{
    return fixed(minorUnits, decimals, false);
}

QString NumberFormat::quantity(qint64 thousandths) const
{
    return fixed(thousandths, 3, true);
}

QString NumberFormat::percent(qint64 basisPoints) const
{
    return fixed(basisPoints, 2, true);
}

std::optional<qint64> NumberFormat::parseMoney(const QString &text, int decimals) const
{
    if (decimals < 0 || decimals > 6)
        return std::nullopt;
    return parseFixed(text, decimals);
}

std::optional<qint64> NumberFormat::parseQuantity(const QString &text) const
{
    return parseFixed(text, 3);
}

std::optional<qint64> NumberFormat::parsePercent(const QString &text) const
{
    QString t = text.trimmed();
    if (t.endsWith(m_locale.percent()))
        t.chop(m_locale.percent().size());
    else if (t.endsWith(QLatin1Char('%')))
        t.chop(1);
    return parseFixed(t, 2);
}

QString NumberFormat::moneyExample() const
{
    return money(1250);
}

QString NumberFormat::quantityExample() const
{
    return quantity(1500);
}

} // namespace stockbook
