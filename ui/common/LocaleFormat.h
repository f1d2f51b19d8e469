// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "domain/NumberFormat.h"

#include <QDate>
#include <QLocale>
#include <QString>

namespace stockbook::ui {

// Money and dates as the user's locale writes them (1.234,50 in German,
// 1 234,50 in French), for text that is only shown. Everything a user reads or
// types goes through core's NumberFormat; this is its shorthand for screens.
inline QString displayMoney(qint64 minorUnits, int decimals = 2)
{
    return NumberFormat().money(minorUnits, decimals);
}

inline QString displayDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace stockbook::ui
