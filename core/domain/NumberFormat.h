// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include <QLocale>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace stockbook {

// The one way numbers a user reads or types are written: money, quantities
// and percentages in the user's locale ("1.353,47" and "1,5" in German,
// "1 353,47" in French, "1,353.47" in English). Values stay integers (minor
// units, thousandths, basis points, see Money.h); nothing passes a double.
//
// Parsing accepts what the locale writes: its decimal separator, and its
// group separator only between groups of three digits ("1.234,5" in German).
// Anything else is refused rather than guessed: "12.50" in German is neither
// twelve and a half nor 1250, so the caller can say what to type instead.
// Files and the command line keep the locale-free forms of Money.h.
class NumberFormat {
public:
    // The application's default locale (the user's language) unless given.
    explicit NumberFormat(const QLocale &locale = QLocale());

    QString money(qint64 minorUnits, int decimals = 2) const;
    // Shortest exact decimal: 1500 -> "1,5" in German, 2000 -> "2".
    QString quantity(qint64 thousandths) const;
    // Basis points without the sign: 2000 -> "20", 750 -> "7,5" in German.
    QString percent(qint64 basisPoints) const;

    std::optional<qint64> parseMoney(const QString &text, int decimals = 2) const;
    std::optional<qint64> parseQuantity(const QString &text) const;
    // "20", "20 %", "7,5" -> basis points.
    std::optional<qint64> parsePercent(const QString &text) const;

    // Examples for messages ("e.g. 12,50"), written as this locale writes them.
    QString moneyExample() const;
    QString quantityExample() const;

    const QLocale &locale() const { return m_locale; }

private:
    QString fixed(qint64 value, int decimals, bool trimZeros) const;
    std::optional<qint64> parseFixed(const QString &text, int decimals) const;

    QLocale m_locale;
};

} // namespace stockbook
