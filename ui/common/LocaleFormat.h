// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace stockbook::ui {

// Money, quantities and dates as the user's locale writes them (1.234,50 in
// German, 1 234,50 in French), for text that is only shown. Text that is typed
// and parsed again (prices, amounts in inputs) keeps core's formatMoney.
inline QString displayMoney(qint64 minorUnits, int decimals = 2)
{
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    return QLocale().toString(static_cast<double>(minorUnits) / static_cast<double>(scale), 'f', decimals);
}

inline QString displayDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace stockbook::ui
